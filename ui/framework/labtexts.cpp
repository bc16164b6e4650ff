#include "framework/labtexts.h"

#include <QCoreApplication>

const ParamText *LabTexts::param(const std::string &id) const
{
    for (const ParamText &p : params)
        if (id == p.id)
            return &p;
    return nullptr;
}

QString LabTexts::translatedTitle() const
{
    return *title ? QCoreApplication::translate("labs", title) : QString();
}

QString LabTexts::label(const std::string &id) const
{
    const ParamText *p = param(id);
    return p && *p->label ? QCoreApplication::translate("params", p->label)
                          : QString::fromStdString(id);
}

QString LabTexts::help(const std::string &id) const
{
    const ParamText *p = param(id);
    return p && *p->help ? QCoreApplication::translate("params", p->help) : QString();
}

QString LabTexts::unit(const std::string &id) const
{
    const ParamText *p = param(id);
    return p && *p->unit ? QCoreApplication::translate("units", p->unit) : QString();
}

QString LabTexts::choice(const std::string &id, int index, const std::string &fallback) const
{
    const ParamText *p = param(id);
    if (p && index >= 0 && static_cast<std::size_t>(index) < p->choices.size())
        return QCoreApplication::translate("choices", p->choices[static_cast<std::size_t>(index)]);
    return QString::fromStdString(fallback);
}

QString LabTexts::rule(const std::string &ruleId) const
{
    for (const RuleText &r : rules)
        if (ruleId == r.rule)
            return QCoreApplication::translate("rules", r.text);
    return QString();
}
