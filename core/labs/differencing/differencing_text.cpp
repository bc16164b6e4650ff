#include "labs/differencing/differencing_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dp::difftext {

namespace {
// Thousands separators from 10,000 up: "49,997,999", "2500".
std::string grouped(std::string digits)
{
    const bool negative = !digits.empty() && digits[0] == '-';
    const std::string body = negative ? digits.substr(1) : digits;
    std::string out = negative ? "−" : "";
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body.size() > 4 && i > 0 && (body.size() - i) % 3 == 0)
            out += ',';
        out += body[i];
    }
    return out;
}

std::string count(std::uint64_t v)
{
    return grouped(std::to_string(v));
}
} // namespace

std::string num(double v)
{
    if (std::isnan(v))
        return "undefined";
    if (std::isinf(v))
        return v > 0 ? "∞" : "−∞";
    char buf[64];
    const double a = std::fabs(v);
    if (a == 0.0)
        return "0";
    if (a < 1e15 && v == std::round(v)) {
        std::snprintf(buf, sizeof buf, "%.0f", v); // whole numbers in full: "5,000,123", never "5e+06"
        return grouped(buf);
    }
    // Never exponent notation: at most 4 significant digits after the point
    // ("0.0002", "0.00000001"), at most 2 decimals for large values.
    const int magnitude = static_cast<int>(std::floor(std::log10(a)));
    const int decimals = a >= 1000.0 ? 2 : std::clamp(3 - magnitude, 0, 20);
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s;
}

std::string sensitivityWhy(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                           std::uint64_t threshold, double measured, double global)
{
    const bool remove = nb == Neighbour::Remove;
    const std::string here = " Here (" + count(k) + " of " + count(n) + " have it) ";
    switch (q) {
    case Query::Sum:
        if (!remove)
            return "Changing one person's value moves the sum by exactly 1, on every database.";
        return std::string("Removing a person lowers the sum by her own value, 0 or 1, so the worst case is 1.") +
               (k == 0 ? here + "nobody has it, so no removal changes the sum: measured 0."
                       : here + "anyone who has it reaches that worst case.");
    case Query::Count:
        return remove ? "Removing anyone lowers the count by exactly 1, on every database: measured and "
                        "global agree. The count says nothing about anyone's secret, though."
                      : "Changing a value does not change how many people there are: 0 on every database.";
    case Query::Mean: {
        std::string s = "For 0/1 data one person moves the mean by at most 1/N = " + num(global) + ".";
        if (remove)
            s += here + "removing someone moves it by at most " + num(measured) +
                 ": the full 1/N needs everyone else to hold the other value.";
        else
            s += " Changing one value moves it by exactly 1/N, on every database.";
        return s + " Without bounds on the values (incomes, say) one person could move a mean by any "
                   "amount: the sensitivity would be unbounded.";
    }
    case Query::Median: {
        std::string s = "Median = average of the two middle values; for 0/1 data it is 0, ½ or 1 and it "
                        "moves only when the 0s and 1s are nearly balanced.";
        s += here + (measured == 0.0 ? std::string("they are not, so nobody moves it: measured 0.")
                                     : "they are, and one person moves it by " + num(measured) + ".");
        if (remove)
            s += " Worst case ½: removing one person never takes it from 0 all the way to 1.";
        else if (n % 2 == 1)
            s += " Worst case 1: with N odd, flipping one value can swing it from 0 to 1.";
        else
            s += " Worst case ½: with N even, one flip moves it only to or from ½.";
        return s;
    }
    case Query::Max:
        return std::string("The maximum of 0/1 data is 1 as soon as anyone has it.") + here +
               (measured == 0.0 ? "no single person changes it: measured 0."
                                : "one person changes it: measured 1.") +
               (remove ? " Worst case 1: a database where exactly one person has it."
                       : " Worst case 1: a database where at most one person has it.");
    case Query::Threshold: {
        const std::string t = count(threshold);
        if (threshold + 1 > n)
            return "T = " + t + " is not below N = " + count(n) +
                   ": the sum can never be above T, the answer is always \"no\", and nobody can change it.";
        std::string s = remove ? "\"Is the sum above T\" changes only when one removal crosses the edge: "
                                 "sum = T + 1 = " + count(threshold + 1) + "."
                               : "\"Is the sum above T\" changes only when one flip crosses the edge: "
                                 "sum = T = " + t + " or T + 1.";
        s += " Here the sum is " + count(k) +
             (measured == 0.0 ? ", away from the edge: nobody changes the answer (measured 0)."
                              : ", right at the edge: one person flips the answer (measured 1).");
        return s + " Worst case 1, so noise must be scaled to 1 even where the measured value is 0.";
    }
    }
    return {};
}

std::string ruleText(Query q)
{
    std::string s;
    switch (q) {
    case Query::Sum: s = "The attacker subtracts: sum with her − sum without her = her value."; break;
    case Query::Count:
        s = "The attacker subtracts the two counts. The difference is 1 whatever the secret: she learns "
            "only that the target is in the database.";
        break;
    case Query::Mean:
        s = "The attacker turns the means back into sums: N × (mean with her) − (N − 1) × (mean without "
            "her) = her value.";
        break;
    case Query::Median:
        s = "The median goes up when a 1 joins and down when a 0 joins. The attacker computes 2 × (median "
            "with her) − (median without her): if the median did not move, this bets that she is on the "
            "side where it sits.";
        break;
    case Query::Max:
        s = "The attacker subtracts: max with her − max without her. That is her value only if nobody "
            "else has it.";
        break;
    case Query::Threshold:
        s = "The attacker subtracts the two yes/no answers (yes = 1). They differ only when the others' "
            "sum is exactly T.";
        break;
    }
    return s + " She guesses 1 when the result is above ½, otherwise 0.";
}

std::string queryNote(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                      double noiseFreeSuccess)
{
    const std::string others = count(kOthers) + " of the other " + count(n - 1);
    switch (q) {
    case Query::Sum:
    case Query::Mean:
        return "Without noise this attack recovers her value every time, whoever she is.";
    case Query::Count:
        return "The count does not depend on the target's value, so this attack can only guess: right "
               "half the time, with or without noise.";
    case Query::Max:
        return kOthers > 0
                   ? "Someone else already has it (" + others +
                         "), so the maximum is 1 with or without her: the attack learns nothing and is "
                         "right half the time."
                   : "Nobody else has it, so the maximum is exactly her value: the attack works like the sum.";
    case Query::Threshold:
        if (kOthers == threshold)
            return "The others' sum is exactly T = " + count(threshold) +
                   ": the answer is \"yes\" exactly when she has it, so the attack works.";
        return "The others' sum is " + count(kOthers) + ", not T = " + count(threshold) +
               ": both answers agree whatever her value, so the attack learns nothing (right half the "
               "time). Set threshold = " + count(kOthers) + " to see it work.";
    case Query::Median:
        if (noiseFreeSuccess >= 1.0)
            return "The others are balanced (" + others +
                   "), so her value decides how the median moves: without noise the attack always works.";
        return "The others are not balanced (" + others +
               "), so the median is the same whatever her value: the attack can only guess, right half "
               "the time.";
    }
    return {};
}

} // namespace dp::difftext
