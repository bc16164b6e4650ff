#pragma once
// Money on the income page: "70,000 €" with thousands separators; amounts
// under 10 € keep enough decimals to stay meaningful ("2.9 €", "0.00030 €"),
// and a value that rounds to zero never shows as "-0 €".

#include "format.h"

#include <QLocale>
#include <QString>

#include <algorithm>
#include <cmath>

inline QString incomeMoney(double v)
{
    if (!std::isfinite(v))
        return fmt::money(v); // never reached with valid results; fmt says it in words
    const double a = std::fabs(v);
    int decimals = 0;
    if (a == 0.0)
        return QStringLiteral("0 €");
    if (a < 1.0)
        decimals = std::min(8, static_cast<int>(std::ceil(-std::log10(a))) + 1);
    else if (a < 10.0)
        decimals = 1;
    const double rounded = std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    if (rounded == 0.0)
        return QStringLiteral("0 €");
    return QLocale().toString(rounded, 'f', decimals) + QStringLiteral(" €");
}
