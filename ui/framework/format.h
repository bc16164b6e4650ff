#pragma once
// Numbers that say what they mean: percentages, ε with its odds ratio, people
// counts with thousands separators — always through QLocale.

#include <QString>

namespace fmt {
QString percent(double share, int decimals = 1);       // 0.312 -> "31.2 %"
QString percentPoints(double share, int decimals = 1); // 0.029 -> "2.9 pp"
QString number(double value, int decimals = 0);        // 1234567 -> "1,234,567"
QString compact(double value); // 1e9 -> "1,000,000,000"; 0.00012 -> "0.00012"
QString epsilon(double eps);   // "1.10" or "∞"
QString ratio(double r);       // "3.0×" or "∞"
QString money(double value);   // "70,000 €", "2.9 €", "0.00030 €"
} // namespace fmt
