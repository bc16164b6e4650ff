#include "samplers.h"

#include <cmath>
#include <limits>

namespace dp {

bool bernoulli(Rng &rng, double p)
{
    if (!(p > 0.0))
        return false;
    if (p >= 1.0)
        return true;
    return rng.uniform() < p;
}

std::uint64_t bernoulliWord(Rng &rng, double p)
{
    if (!(p > 0.0))
        return 0;
    if (p >= 1.0)
        return ~std::uint64_t(0);
    // p = m · 2^e with m in [0.5, 1); mantissa as a 53-bit integer.
    int e = 0;
    const double m = std::frexp(p, &e);
    std::uint64_t mantissa = static_cast<std::uint64_t>(std::ldexp(m, 53));
    std::uint64_t result = 0;
    std::uint64_t undecided = ~std::uint64_t(0);
    // -e leading zero bits after the binary point: a lane whose random bit is
    // 1 there is already above p, so it is decided as 0.
    for (int i = 0; i < -e && undecided != 0; ++i)
        undecided &= ~rng.next();
    // Then the mantissa bits, most significant first, until no 1 bit is left
    // (lanes still undecided then are equal to p's expansion so far and any
    // further random bit makes them larger: they are 0).
    for (int bit = 52; undecided != 0 && mantissa != 0; --bit) {
        const std::uint64_t r = rng.next();
        const std::uint64_t mask = std::uint64_t(1) << bit;
        if (mantissa & mask) {
            result |= undecided & ~r; // random bit 0 < p's bit 1: below p
            undecided &= r;
            mantissa &= ~mask;
        } else {
            undecided &= ~r; // random bit 1 > p's bit 0: above p
        }
    }
    return result;
}

namespace {

// Stirling-series remainder: ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π].
double stirlingTail(double k)
{
    static constexpr double kTable[10] = {
        0.08106146679532733,  0.04134069595540946,  0.027677925684997717,
        0.02079067210376584,  0.01664469118982126,  0.013876128823072875,
        0.011896709945893313, 0.010411265261973668, 0.00925546218270945,
        0.008330563433359472};
    if (k <= 9.0)
        return kTable[static_cast<int>(k)];
    const double kp1sq = (k + 1.0) * (k + 1.0);
    return (1.0 / 12.0 - (1.0 / 360.0 - 1.0 / 1260.0 / kp1sq) / kp1sq) / (k + 1.0);
}

// Inversion by sequential search; used when n·p < 10 (p ≤ ½).
std::uint64_t binomialInversion(Rng &rng, double n, double p)
{
    const double q = 1.0 - p;
    const double s = p / q;
    const double a = (n + 1.0) * s;
    const double r0 = std::exp(n * std::log1p(-p));
    for (;;) {
        double r = r0;
        double u = rng.uniform();
        double x = 0.0;
        bool ok = true;
        while (u > r) {
            u -= r;
            x += 1.0;
            r *= (a / x - s);
            // Rounding can leave a sliver of u uncovered: start again.
            if (x > n || r <= 0.0) {
                ok = false;
                break;
            }
        }
        if (ok)
            return static_cast<std::uint64_t>(x);
    }
}

// BTRS (Hörmann 1993, algorithm on p. 105); requires n·p ≥ 10, p ≤ ½.
std::uint64_t binomialBtrs(Rng &rng, double n, double p)
{
    const double spq = std::sqrt(n * p * (1.0 - p));
    const double b = 1.15 + 2.53 * spq;
    const double a = -0.0873 + 0.0248 * b + 0.01 * p;
    const double c = n * p + 0.5;
    const double vr = 0.92 - 4.2 / b;
    const double r = p / (1.0 - p);
    const double alpha = (2.83 + 5.1 / b) * spq;
    const double m = std::floor((n + 1.0) * p);
    const double lpq = std::log(r);
    const double h = stirlingTail(m) + stirlingTail(n - m);
    for (;;) {
        const double u = rng.uniform() - 0.5;
        double v = rng.uniform();
        const double us = 0.5 - std::fabs(u);
        const double k = std::floor((2.0 * a / us + b) * u + c);
        if (k < 0.0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return static_cast<std::uint64_t>(k);
        v = std::log(v * alpha / (a / (us * us) + b));
        const double bound = h - stirlingTail(k) - stirlingTail(n - k) +
                             (m + 0.5) * std::log((m + 1.0) / (n - m + 1.0)) +
                             (n + 1.0) * std::log((n - m + 1.0) / (n - k + 1.0)) +
                             (k + 0.5) * std::log((n - k + 1.0) / (k + 1.0)) + (k - m) * lpq;
        if (v <= bound)
            return static_cast<std::uint64_t>(k);
    }
}

} // namespace

std::uint64_t binomial(Rng &rng, std::uint64_t n, double p)
{
    if (n == 0 || !(p > 0.0))
        return 0;
    if (p >= 1.0)
        return n;
    if (p > 0.5)
        return n - binomial(rng, n, 1.0 - p);
    const double dn = static_cast<double>(n);
    if (dn * p < 10.0)
        return binomialInversion(rng, dn, p);
    return binomialBtrs(rng, dn, p);
}

double normal(Rng &rng, double mean, double sd)
{
    for (;;) {
        const double u = 2.0 * rng.uniform() - 1.0;
        const double v = 2.0 * rng.uniform() - 1.0;
        const double s = u * u + v * v;
        if (s >= 1.0 || s == 0.0)
            continue;
        return mean + sd * u * std::sqrt(-2.0 * std::log(s) / s);
    }
}

double laplace(Rng &rng, double scale)
{
    const std::uint64_t bits = rng.next();
    // Top 53 bits give the magnitude's uniform in (0,1), the lowest bit the sign.
    const double u = (double(bits >> 11) + 0.5) * 0x1.0p-53;
    const double magnitude = -scale * std::log(u);
    return (bits & 1) ? magnitude : -magnitude;
}

std::uint64_t geometric(Rng &rng, double p)
{
    if (p >= 1.0)
        return 0;
    if (!(p > 0.0))
        return std::numeric_limits<std::uint64_t>::max();
    const double k = std::floor(std::log(rng.uniformOpen()) / std::log1p(-p));
    if (k >= 1.8e19)
        return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(k);
}

} // namespace dp
