#pragma once
// Exact samplers for the discrete Laplace and discrete Gaussian distributions
// on the integers (Canonne, Kamath & Steinke 2020, "The Discrete Gaussian for
// Differential Privacy", NeurIPS; Algorithms 1–3), driven by dp::Rng only.
//
//  * Discrete Laplace with scale b > 0:  P(Z = z) = (1 − e^(−1/b))/(1 + e^(−1/b)) · e^(−|z|/b).
//    Variance 2e^(−1/b)/(1 − e^(−1/b))². Adding it to an integer query of
//    sensitivity Δ (whole) with b = Δ/ε is ε-DP (CKS 2020, §2.2 / Ghosh,
//    Roughgarden & Sundararajan 2009 for the geometric mechanism).
//  * Discrete Gaussian with variance parameter σ² > 0:  P(Z = z) ∝ e^(−z²/(2σ²)).
//    Adding it to an integer query of ℓ2 sensitivity Δ is Δ²/(2σ²)-zCDP
//    (CKS 2020, Thm 4); (ε, δ) follows from their Thm 7.
//
// Exactness, and how. The paper's algorithms are exact when every Bernoulli
// step is taken with rational parameters in exact arithmetic. Here every
// Bernoulli(n/d) step is "a uniform integer below d is smaller than n", with
// Lemire's unbiased integer draw (Rng::below) or, for d ≥ 2^64, by rejection
// from 128 random bits — so each step has exactly probability n/d. The
// distribution parameters are taken as rationals: the double you pass (b or
// σ²) IS a rational, m·2^e, and is used exactly as that rational — no
// rounding anywhere. Hence the samplers are exact for the parameter's exact
// double value, with two documented limits:
//  * discreteLaplace: b's rational t/s must have t, s < 2^63 and the sample
//    must fit in int64 (b ≤ 2^40; refused outside, see checkDiscreteScale);
//    within that range there is no approximation.
//  * discreteGaussian: σ² is first rounded UP to 24 significant bits (more
//    noise by at most a relative 6e-8, so privacy only improves) to keep the
//    integers small; the sampler is exact for that value (sigma2()). The
//    acceptance exponent (|Y| − σ²/t)²/(2σ²) is
//    evaluated exactly in 128-bit integers; when a proposal Y is so far out
//    that those products would overflow (|Y| > ~1000σ, proposal probability
//    below e^(−1000)), the proposal is rejected, which changes the output
//    distribution by less than e^(−1000) in total variation. σ² in
//    [1e-2, 1e12] (below 1e-2 the exact products outgrow 128 bits).
// Cost: about 8 (discrete Laplace) and 20–30 (discrete Gaussian) 64-bit
// random words per sample; see epsilon-bench for rates.
//
// Floating point never decides an outcome here, so these samplers have no
// floating-point leak (Mironov 2012): every integer has positive probability
// under every input, exactly as in the analysis.

#include "random/rng.h"

#include <cstddef>
#include <cstdint>

namespace dp {

// Exact rational parameters (numerator/denominator, both positive).
struct Rational
{
    std::uint64_t num = 1;
    std::uint64_t den = 1;
};
// The exact value of a positive finite double as a reduced rational, or
// {0, 0} when it does not fit 63-bit numerator and denominator.
Rational exactRational(double value);

// Bernoulli(exp(−n/d)) exactly (CKS 2020, Algorithm 1, with its γ > 1 step). d > 0.
bool bernoulliExp(Rng &rng, Uint128 n, Uint128 d);

// Valid parameter ranges (see above).
inline constexpr double kDiscreteLaplaceMaxScale = 1099511627776.0; // 2^40
inline constexpr double kDiscreteGaussianMinVariance = 1e-2;
inline constexpr double kDiscreteGaussianMaxVariance = 1e12;
bool discreteLaplaceScaleOk(double scale);
bool discreteGaussianVarianceOk(double sigma2);

class DiscreteLaplace
{
public:
    explicit DiscreteLaplace(double scale); // precondition: discreteLaplaceScaleOk
    std::int64_t operator()(Rng &rng) const;
    double scale() const { return m_scale; }
    // P(Z = z) and the variance, from the closed forms above.
    double pmf(std::int64_t z) const;
    double variance() const;

private:
    double m_scale;
    std::uint64_t m_t; // scale = t/s (CKS 2020, Algorithm 2)
    std::uint64_t m_s;
    int m_shift = 0; // s = 2^m_shift
};

class DiscreteGaussian
{
public:
    // Uses σ² rounded UP to 24 significant bits (see discrete.cpp): sigma2()
    // is the value actually sampled, never below the requested one.
    explicit DiscreteGaussian(double sigma2); // precondition: discreteGaussianVarianceOk
    std::int64_t operator()(Rng &rng) const;
    double sigma2() const { return m_sigma2; }
    // P(Z = z), normalized by summing the pmf over |z| ≤ 40σ + 40.
    double pmf(std::int64_t z) const;
    // Exact variance of the discrete Gaussian (≤ σ²), by the same sum.
    double variance() const;

private:
    double m_sigma2;
    double m_norm = 1.0;
    std::uint64_t m_n; // σ² = n/d
    std::uint64_t m_d;
    std::uint64_t m_t; // proposal scale ⌊σ⌋ + 1 (CKS 2020, Algorithm 3)
    DiscreteLaplace m_proposal;
    Uint128 m_td = 0;  // t·d
    Uint128 m_den = 0; // 2·n·t²·d
};

// Σ_z exp(−z²/(2σ²)) (closed form for σ > 6, a direct sum below).
double discreteGaussianNormalizer(double sigma2);
// The exact δ at ε of the discrete Gaussian with variance parameter σ² on an
// integer query of sensitivity Δ (CKS 2020, Thm 7), by direct summation.
double discreteGaussianDelta(double epsilon, double sigma2, std::int64_t sensitivity);
// The smallest σ² ≥ start (up to 1e-12 relative, then rounded up to 24
// significant bits as the sampler does) whose exact discrete δ at ε is ≤ δ.
// Start from the continuous analytic σ²: the discrete δ is close to it.
double discreteGaussianSigma2(double epsilon, double delta, std::int64_t sensitivity, double start);

void fillDiscreteLaplace(Rng &rng, const DiscreteLaplace &d, std::int64_t *out, std::size_t n);
void fillDiscreteGaussian(Rng &rng, const DiscreteGaussian &d, std::int64_t *out, std::size_t n);

} // namespace dp
