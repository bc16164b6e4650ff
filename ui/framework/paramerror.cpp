#include "framework/paramerror.h"

#include "framework/format.h"
#include "framework/labfactory.h"
#include "framework/labtexts.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace {

QString plain(double v)
{
    return std::isfinite(v) ? fmt::compact(v)
                            : (v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞"));
}
} // namespace

QString describe(const dp::ParamError &e, const dp::LabModel *lab, ParamNames names)
{
    using Code = dp::ParamErrorCode;
    const LabTexts *texts = lab ? &labTexts(lab->id()) : nullptr;
    const dp::ParamSpec *spec = lab ? dp::findSpec(lab->params(), e.param) : nullptr;
    // Numbers in the parameter's own unit: a share in percent, money in €.
    const auto num = [spec](double v) {
        if (spec && std::isfinite(v) && spec->unit == "%")
            return fmt::compact(100.0 * v) + QStringLiteral(" %");
        if (spec && std::isfinite(v) && spec->unit == "€")
            return fmt::money(v);
        return plain(v);
    };
    const QString name = names == ParamNames::Labels && texts && texts->param(e.param)
                             ? QStringLiteral("“%1”").arg(texts->label(e.param))
                             : QStringLiteral("'%1'").arg(QString::fromStdString(e.param));
    const QString given = QString::fromStdString(e.text);
    switch (e.code) {
    case Code::Syntax:
        return QCoreApplication::translate("ParamError", "expected key=value, got '%1'").arg(given);
    case Code::Unknown:
        return QCoreApplication::translate("ParamError", "there is no setting called %1").arg(name);
    case Code::Missing:
        return QCoreApplication::translate("ParamError", "%1 has no value").arg(name);
    case Code::NoValue:
        return QCoreApplication::translate("ParamError", "%1 needs a value").arg(name);
    case Code::NotANumber:
        return QCoreApplication::translate("ParamError", "%1 must be a number, not '%2'")
            .arg(name, given);
    case Code::NotFinite:
        return QCoreApplication::translate("ParamError", "%1 must be a finite number").arg(name);
    case Code::NotWhole:
        return QCoreApplication::translate("ParamError", "%1 must be a whole number, not %2")
            .arg(name, num(e.value));
    case Code::OutOfRange:
        if (std::isinf(e.max))
            return QCoreApplication::translate("ParamError", "%1 must be at least %2, not %3")
                .arg(name, num(e.min), num(e.value));
        return QCoreApplication::translate("ParamError", "%1 must be between %2 and %3, not %4")
            .arg(name, num(e.min), num(e.max), num(e.value));
    case Code::NotAChoice: {
        QStringList ids;
        for (std::size_t i = 0; i < e.choices.size(); ++i)
            ids << QString::fromStdString(e.choices[i]);
        return QCoreApplication::translate("ParamError", "%1 must be one of: %2")
            .arg(name, ids.join(QStringLiteral(", ")));
    }
    case Code::NotOnOff:
        return QCoreApplication::translate("ParamError", "%1 must be on or off").arg(name);
    case Code::Rule: {
        QString sentence = texts ? texts->rule(e.rule) : QString();
        if (sentence.isEmpty()) {
            if (e.rule == "positive")
                sentence =
                    QCoreApplication::translate("ParamError", "%3 must be greater than 0, not %1");
            else if (e.rule == "probability_open")
                sentence = QCoreApplication::translate("ParamError",
                                                       "%3 is a probability: it must lie strictly "
                                                       "between 0 and 1, not %1");
            else if (e.rule == "person_mode_limit")
                sentence = QCoreApplication::translate(
                    "ParamError", "drawing every person would take %1 draws, more than the %2 the "
                                  "per-person mode allows; choose the aggregate mode");
            else if (std::isfinite(e.value))
                // A rule without a sentence of its own (each lab's LabTexts should have one).
                sentence = QCoreApplication::translate("ParamError",
                                                       "%3 = %1 does not fit the other settings");
            else
                sentence =
                    QCoreApplication::translate("ParamError", "%3 does not fit the other settings");
        }
        // %1 value, %2 limit, %3 the parameter's name (each optional in the sentence).
        return sentence.replace(QLatin1String("%1"), num(e.value))
            .replace(QLatin1String("%2"), num(e.max))
            .replace(QLatin1String("%3"), name);
    }
    }
    return name;
}
