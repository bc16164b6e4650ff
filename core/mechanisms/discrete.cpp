#include "mechanisms/discrete.h"

#include <bit>
#include <cmath>
#include <limits>

namespace dp {

namespace {

constexpr std::uint64_t k63 = std::uint64_t(1) << 63;

// Bernoulli(n/d) exactly, 0 ≤ n ≤ d, d > 0: a uniform integer below d is < n.
inline bool bernoulliRatio(Rng &rng, Uint128 n, Uint128 d)
{
    if (d <= std::numeric_limits<std::uint64_t>::max())
        return rng.below(static_cast<std::uint64_t>(d)) < n;
    // Uniform below d by rejection from the bit length of d − 1 (≥ 64 bits).
    const Uint128 m = d - 1;
    const int hiBits = 64 - std::countl_zero(static_cast<std::uint64_t>(m >> 64));
    for (;;) {
        const std::uint64_t hi = hiBits == 0 ? 0 : rng.next() >> (64 - hiBits);
        const Uint128 v = (static_cast<Uint128>(hi) << 64) | rng.next();
        if (v < d)
            return v < n;
    }
}

// Bernoulli(exp(−n/d)) for 0 ≤ n ≤ d (CKS 2020, Algorithm 1): K counts the
// successes of Bernoulli(γ/K), K = 1, 2, …; the result is "K odd". If d·K
// ever overflowed 128 bits (K > 2^14 for our d ≤ 2^114, probability below
// 1/(2^14)!) the loop would stop there.
inline bool bernoulliExpFrac(Rng &rng, Uint128 n, Uint128 d)
{
    if (n == 0)
        return true;
    std::uint64_t k = 1;
    Uint128 dk = d;
    while (bernoulliRatio(rng, n, dk)) {
        ++k;
        if (__builtin_mul_overflow(d, static_cast<Uint128>(k), &dk))
            break;
    }
    return (k & 1) != 0;
}

// Bernoulli(exp(−1)): Algorithm 1 with γ = 1, where Bernoulli(1/K) is "below(K) == 0".
inline bool bernoulliExpMinusOne(Rng &rng)
{
    std::uint64_t k = 2; // Bernoulli(1/1) always succeeds
    while (rng.below(k) == 0)
        ++k;
    return (k & 1) != 0;
}

} // namespace

bool bernoulliExp(Rng &rng, Uint128 n, Uint128 d)
{
    if (n <= d)
        return bernoulliExpFrac(rng, n, d);
    // γ > 1: ⌊γ⌋ independent Bernoulli(exp(−1)) and one Bernoulli(exp(−(γ − ⌊γ⌋))).
    Uint128 whole = n / d;
    for (; whole > 0; --whole)
        if (!bernoulliExpMinusOne(rng))
            return false;
    return bernoulliExpFrac(rng, n % d, d);
}

Rational exactRational(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return {0, 0};
    int exp = 0;
    const double fr = std::frexp(value, &exp); // value = fr·2^exp, fr ∈ [½, 1)
    std::uint64_t m = static_cast<std::uint64_t>(std::ldexp(fr, 53));
    int e = exp - 53;
    const int tz = std::countr_zero(m);
    m >>= tz;
    e += tz;
    if (e >= 0) {
        if (e >= 63 || (m >> (63 - e)) != 0)
            return {0, 0};
        return {m << e, 1};
    }
    if (-e >= 63)
        return {0, 0};
    return {m, std::uint64_t(1) << -e};
}

bool discreteLaplaceScaleOk(double scale)
{
    if (!(scale > 0.0) || !(scale <= kDiscreteLaplaceMaxScale))
        return false;
    const Rational r = exactRational(scale);
    return r.den != 0;
}

bool discreteGaussianVarianceOk(double sigma2)
{
    if (!(sigma2 >= kDiscreteGaussianMinVariance) || !(sigma2 <= kDiscreteGaussianMaxVariance))
        return false;
    return exactRational(sigma2).den != 0;
}

DiscreteLaplace::DiscreteLaplace(double scale) : m_scale(scale)
{
    const Rational r = exactRational(scale);
    m_t = r.num;
    m_s = r.den;
}

// CKS 2020, Algorithm 2, scale t/s.
std::int64_t DiscreteLaplace::operator()(Rng &rng) const
{
    for (;;) {
        const std::uint64_t u = m_t == 1 ? 0 : rng.below(m_t);
        if (!bernoulliExpFrac(rng, u, m_t))
            continue;
        std::uint64_t v = 0;
        while (bernoulliExpMinusOne(rng))
            ++v;
        const Uint128 x = static_cast<Uint128>(u) + static_cast<Uint128>(m_t) * v;
        const Uint128 y = m_s == 1 ? x : x / m_s;
        const bool negative = (rng.next() >> 63) != 0;
        if (negative && y == 0)
            continue;
        if (y >= k63) // beyond int64 (scale ≤ 2^40: probability < e^(−2^22))
            continue;
        const auto z = static_cast<std::int64_t>(y);
        return negative ? -z : z;
    }
}

double DiscreteLaplace::pmf(std::int64_t z) const
{
    // (1 − q)/(1 + q)·q^|z| with q = e^(−1/b); (1 − q)/(1 + q) = tanh(1/(2b)).
    return std::tanh(0.5 / m_scale) * std::exp(-std::fabs(static_cast<double>(z)) / m_scale);
}

double DiscreteLaplace::variance() const
{
    const double q = std::exp(-1.0 / m_scale);
    const double oneMinusQ = -std::expm1(-1.0 / m_scale);
    return 2.0 * q / (oneMinusQ * oneMinusQ);
}

DiscreteGaussian::DiscreteGaussian(double sigma2)
    : m_sigma2(sigma2), m_t(static_cast<std::uint64_t>(std::floor(std::sqrt(sigma2))) + 1),
      m_proposal(static_cast<double>(m_t))
{
    const Rational r = exactRational(sigma2);
    m_n = r.num;
    m_d = r.den;
    double sum = 0.0;
    const auto limit = static_cast<std::int64_t>(40.0 * std::sqrt(sigma2) + 40.0);
    for (std::int64_t z = -limit; z <= limit; ++z)
        sum += std::exp(-static_cast<double>(z) * static_cast<double>(z) / (2.0 * sigma2));
    m_norm = 1.0 / sum;
}

// CKS 2020, Algorithm 3: propose Y from the discrete Laplace of scale t,
// accept with probability exp(−(|Y| − σ²/t)²/(2σ²))
//   = exp(−(|Y|·t·d − n)² / (2·n·t²·d))   with σ² = n/d, in 128-bit integers.
std::int64_t DiscreteGaussian::operator()(Rng &rng) const
{
    for (;;) {
        const std::int64_t y = m_proposal(rng);
        const Uint128 absY =
            static_cast<Uint128>(y < 0 ? -static_cast<Uint128>(y) : static_cast<Uint128>(y));
        Uint128 a = 0;
        if (__builtin_mul_overflow(absY, static_cast<Uint128>(m_t) * m_d, &a) ||
            a >= (Uint128(1) << 64) * k63)
            continue; // |Y| ≳ 1000σ: see the header
        const Uint128 diff = a >= m_n ? a - m_n : m_n - a;
        Uint128 num = 0;
        if (__builtin_mul_overflow(diff, diff, &num))
            continue; // same case
        const Uint128 den = 2 * static_cast<Uint128>(m_n) * m_t * m_t * m_d;
        if (bernoulliExp(rng, num, den))
            return y;
    }
}

double DiscreteGaussian::pmf(std::int64_t z) const
{
    const double zz = static_cast<double>(z);
    return m_norm * std::exp(-zz * zz / (2.0 * m_sigma2));
}

double DiscreteGaussian::variance() const
{
    double v = 0.0;
    const auto limit = static_cast<std::int64_t>(40.0 * std::sqrt(m_sigma2) + 40.0);
    for (std::int64_t z = -limit; z <= limit; ++z)
        v += static_cast<double>(z) * static_cast<double>(z) * pmf(z);
    return v;
}

void fillDiscreteLaplace(Rng &rng, const DiscreteLaplace &d, std::int64_t *out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = d(rng);
}

void fillDiscreteGaussian(Rng &rng, const DiscreteGaussian &d, std::int64_t *out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = d(rng);
}

} // namespace dp
