#include "framework/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fmt {

QString percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return QCoreApplication::translate("fmt", "undefined");
    return QCoreApplication::translate("fmt", "%1 %")
        .arg(QLocale().toString(100.0 * share, 'f', decimals));
}

QString percentPoints(double share, int decimals)
{
    if (!std::isfinite(share))
        return QCoreApplication::translate("fmt", "unbounded");
    return QCoreApplication::translate("fmt", "%1 pp")
        .arg(QLocale().toString(100.0 * share, 'f', decimals));
}

QString number(double value, int decimals)
{
    if (std::isnan(value))
        return QCoreApplication::translate("fmt", "undefined");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QLocale().toString(value, 'f', decimals);
}

QString compact(double value)
{
    if (!std::isfinite(value))
        return number(value);
    const double a = std::fabs(value);
    if (a == 0.0)
        return QStringLiteral("0");
    if (a >= 1000.0 && value == std::floor(value))
        return QLocale().toString(value, 'f', 0);
    if (a >= 0.01)
        return QLocale().toString(value, 'g', 4);
    return QLocale().toString(value, 'g', 3);
}

QString epsilon(double eps)
{
    if (std::isinf(eps))
        return QStringLiteral("∞");
    if (eps == 0.0)
        return QStringLiteral("0");
    return QLocale().toString(eps, 'f', eps < 0.1 ? 3 : 2);
}

QString ratio(double r)
{
    if (std::isinf(r))
        return QStringLiteral("∞");
    return QCoreApplication::translate("fmt", "%1×")
        .arg(QLocale().toString(r, 'f', r < 10 ? 2 : 1));
}

QString money(double value)
{
    if (!std::isfinite(value))
        return number(value);
    // Whole euros with separators; amounts under 10 € keep enough decimals
    // to stay meaningful ("2.9 €", "0.00030 €"); never "-0 €".
    const double a = std::fabs(value);
    int decimals = 0;
    if (a < 1.0)
        decimals = std::min(8, static_cast<int>(std::ceil(-std::log10(a))) + 1);
    else if (a < 10.0)
        decimals = 1;
    const double scale = std::pow(10.0, decimals);
    const double rounded = a == 0.0 ? 0.0 : std::round(value * scale) / scale;
    if (rounded == 0.0)
        return QCoreApplication::translate("fmt", "0 €");
    return QCoreApplication::translate("fmt", "%1 €")
        .arg(QLocale().toString(rounded, 'f', decimals));
}

} // namespace fmt
