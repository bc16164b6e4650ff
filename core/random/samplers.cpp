#include "random/samplers.h"

#include <bit>
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

BernoulliWords::BernoulliWords(double p)
{
    if (!(p > 0.0)) {
        m_constant = true;
        m_value = 0;
        return;
    }
    if (p >= 1.0) {
        m_constant = true;
        m_value = ~std::uint64_t(0);
        return;
    }
    // p = m · 2^e with m in [0.5, 1): -e zero bits after the binary point,
    // then the 53-bit mantissa, most significant bit first. A lane whose
    // random bit is 1 where p has 0 is above p (decided 0); 0 where p has 1 is
    // below p (decided 1). Lanes still equal after p's last 1 bit are above p.
    int e = 0;
    const double m = std::frexp(p, &e);
    m_leadingZeros = -e;
    m_mantissa = static_cast<std::uint64_t>(std::ldexp(m, 53));
    m_steps = m_leadingZeros + 53 - std::countr_zero(m_mantissa);
    for (int i = 0; i < kCachedBits; ++i)
        m_masks[i] = maskAt(i);
}

std::uint64_t BernoulliWords::maskAt(int i) const
{
    const int bit = 52 - (i - m_leadingZeros);
    if (i < m_leadingZeros || bit < 0)
        return 0;
    return 0 - ((m_mantissa >> bit) & 1);
}

std::uint64_t bernoulliWord(Rng &rng, double p)
{
    return BernoulliWords(p)(rng);
}

namespace {

// Stirling-series remainder: ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π].
double stirlingTail(double k)
{
    static constexpr double kTable[10] = {
        0.08106146679532733, 0.04134069595540946,  0.027677925684997717, 0.02079067210376584,
        0.01664469118982126, 0.013876128823072875, 0.011896709945893313, 0.010411265261973668,
        0.00925546218270945, 0.008330563433359472};
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
        // ln(f(k)/f(m)) (Hörmann's step 3.4), regrouped so that no terms of
        // size ~n cancel: the textbook (m + ½)·ln((m + 1)/(n − m + 1)) +
        // (n + 1)·ln(...) + (k + ½)·ln(...) + (k − m)·ln r loses ~log2(n) bits
        // and is visibly wrong near n = 2^53. Here every log is of a ratio
        // near 1 (log1p), so the bound stays accurate to ~1e-7 at n = 2^53.
        const double d = k - m, nm = n - m + 1.0, nk = n - k + 1.0;
        const double bound = h - stirlingTail(k) - stirlingTail(n - k) +
                             (n + 1.0) * std::log1p(d / nk) + d * std::log(r * nk / (k + 1.0)) +
                             (m + 0.5) * (std::log1p(-d / nm) + std::log1p(-d / (k + 1.0)));
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
    return mean + sd * standardNormal(rng);
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
