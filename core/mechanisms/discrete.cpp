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
// Algorithm 1 from step k on, in 128 bits.
bool bernoulliExpFracFrom(Rng &rng, Uint128 n, Uint128 d, std::uint64_t k)
{
    Uint128 dk = 0;
    if (__builtin_mul_overflow(d, static_cast<Uint128>(k), &dk))
        return (k & 1) != 0;
    while (bernoulliRatio(rng, n, dk)) {
        ++k;
        if (__builtin_mul_overflow(d, static_cast<Uint128>(k), &dk))
            break;
    }
    return (k & 1) != 0;
}

inline bool bernoulliExpFrac(Rng &rng, Uint128 n, Uint128 d)
{
    if (n == 0)
        return true;
    std::uint64_t k = 1;
    if (d <= std::numeric_limits<std::uint64_t>::max()) { // 64-bit fast path
        const auto d64 = static_cast<std::uint64_t>(d), n64 = static_cast<std::uint64_t>(n);
        std::uint64_t dk = d64;
        while (rng.below(dk) < n64) {
            ++k;
            if (__builtin_mul_overflow(d64, k, &dk))
                return bernoulliExpFracFrom(rng, n, d, k);
        }
        return (k & 1) != 0;
    }
    return bernoulliExpFracFrom(rng, n, d, k);
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
    Uint128 whole, rest;
    if (n <= std::numeric_limits<std::uint64_t>::max()) { // 64-bit division when it fits
        const auto n64 = static_cast<std::uint64_t>(n), d64 = static_cast<std::uint64_t>(d);
        whole = n64 / d64;
        rest = n64 % d64;
    } else {
        whole = n / d;
        rest = n % d;
    }
    for (; whole > 0; --whole)
        if (!bernoulliExpMinusOne(rng))
            return false;
    return bernoulliExpFrac(rng, rest, d);
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
    m_shift = std::countr_zero(m_s);
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
        const Uint128 y = x >> m_shift; // s = 2^shift (a double's denominator)
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

namespace {
// σ² rounded UP to 24 significant bits: a rational n/d with small n and d, so
// the acceptance test runs in 64-bit integers; the noise only grows (by a
// relative 2⁻²⁴ at most), so every privacy guarantee computed for the given
// σ² still holds, and the sampler is exact for the returned value.
double roundUp24(double sigma2)
{
    int exp = 0;
    const double fr = std::frexp(sigma2, &exp); // [½, 1)
    const double m = std::ceil(std::ldexp(fr, 24));
    return std::ldexp(m, exp - 24);
}
} // namespace

DiscreteGaussian::DiscreteGaussian(double sigma2)
    : m_sigma2(roundUp24(sigma2)),
      m_t(static_cast<std::uint64_t>(std::floor(std::sqrt(m_sigma2))) + 1),
      m_proposal(static_cast<double>(m_t))
{
    const Rational r = exactRational(m_sigma2);
    m_n = r.num;
    m_d = r.den;
    m_td = static_cast<Uint128>(m_t) * m_d;
    m_den = 2 * static_cast<Uint128>(m_n) * m_t * m_t * m_d;
    m_norm = 1.0 / discreteGaussianNormalizer(m_sigma2);
}

// CKS 2020, Algorithm 3: propose Y from the discrete Laplace of scale t,
// accept with probability exp(−(|Y| − σ²/t)²/(2σ²))
//   = exp(−(|Y|·t·d − n)² / (2·n·t²·d))   with σ² = n/d, in exact integers
// (64-bit when they fit, else 128-bit).
std::int64_t DiscreteGaussian::operator()(Rng &rng) const
{
    for (;;) {
        const std::int64_t y = m_proposal(rng);
        const Uint128 absY =
            static_cast<Uint128>(y < 0 ? -static_cast<Uint128>(y) : static_cast<Uint128>(y));
        Uint128 a = 0;
        if (__builtin_mul_overflow(absY, m_td, &a) || a >= (Uint128(1) << 64) * k63)
            continue; // |Y| ≳ 1000σ: see the header
        const Uint128 diff = a >= m_n ? a - m_n : m_n - a;
        Uint128 num = 0;
        if (__builtin_mul_overflow(diff, diff, &num))
            continue; // same case
        if (bernoulliExp(rng, num, m_den))
            return y;
    }
}

double discreteGaussianNormalizer(double sigma2)
{
    const double sigma = std::sqrt(sigma2);
    // Poisson summation: Σ_z e^(−z²/(2σ²)) = √(2π)σ·(1 + 2Σ_k e^(−2π²σ²k²)); for
    // σ > 6 the correction is below e^(−700): the closed form is exact in doubles.
    if (sigma > 6.0)
        return 2.5066282746310002 * sigma;
    double sum = 0.0;
    const auto limit = static_cast<std::int64_t>(40.0 * sigma + 40.0);
    for (std::int64_t z = -limit; z <= limit; ++z)
        sum += std::exp(-static_cast<double>(z) * static_cast<double>(z) / (2.0 * sigma2));
    return sum;
}

double discreteGaussianDelta(double epsilon, double sigma2, std::int64_t sensitivity)
{
    // Neighbours at 0 and Δ; the loss at output z is L = Δ(2z − Δ)/(2σ²) (x at Δ, y at 0),
    // and δ = Σ_{L > ε} p_x(z)(1 − e^(ε − L)) (CKS 2020, Thm 7, by direct summation).
    const double d = static_cast<double>(sensitivity);
    const double norm = discreteGaussianNormalizer(sigma2);
    const double sigma = std::sqrt(sigma2);
    const double first = std::floor(epsilon * sigma2 / d + d / 2.0) + 1.0;
    double delta = 0.0;
    for (double z = first; z <= first + 40.0 * sigma + 40.0; z += 1.0) {
        const double px = std::exp(-(z - d) * (z - d) / (2.0 * sigma2)) / norm;
        const double loss = d * (2.0 * z - d) / (2.0 * sigma2);
        if (loss > epsilon)
            delta += px * -std::expm1(epsilon - loss);
        if (px < 1e-30 * delta)
            break;
    }
    return delta;
}

double discreteGaussianSigma2(double epsilon, double delta, std::int64_t sensitivity, double sigma2)
{
    double lo = sigma2, hi = roundUp24(sigma2);
    if (discreteGaussianDelta(epsilon, hi, sensitivity) <= delta)
        return hi;
    while (discreteGaussianDelta(epsilon, hi, sensitivity) > delta)
        hi *= 1.25;
    for (int i = 0; i < 60 && hi > lo * (1.0 + 1e-12); ++i) {
        const double mid = 0.5 * (lo + hi);
        (discreteGaussianDelta(epsilon, mid, sensitivity) > delta ? lo : hi) = mid;
    }
    return roundUp24(hi);
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
