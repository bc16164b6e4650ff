#pragma once
// The averaging attack: ask the same noisy count k times and average.
//
// Each answer is true_count + noise, with noise of one query of the chosen
// mechanism at ε per query (counts: sensitivity Δ = 1):
//   Laplace:  scale b = 1/ε, standard deviation σ = √2·b (Dwork & Roth §3.3);
//   Gaussian: σ = analytic σ(ε, δ) (Balle & Wang 2018; mechanisms/gaussian.h).
// The attacker's estimate is the mean of the k answers; its error has
// standard deviation σ/√k. The attacker rounds the estimate to the nearest
// whole number and has the exact secret when |error| < ½.
//
// Two exact ways to simulate one trial (AveragingMode):
//   PerAnswer: k noises drawn one by one (samplers.h: laplace, normal).
//   Aggregate: Gaussian — the mean is N(c, σ²/k), one draw;
//              Laplace  — a Laplace(b) variable is b·(E₁ − E₂) with E's
//              standard exponential, so the sum of k is b·(G₁ − G₂) with
//              G's Gamma(k, 1) (exact; gamma by Marsaglia & Tsang 2000,
//              "A simple method for generating gamma variables", ACM TOMS
//              26(3), an exact rejection method). No normal approximation.
// Auto picks PerAnswer while k × trials ≤ kPerAnswerDraws, else Aggregate.
//
// P(|error| < ½) after k answers (exactRoundingProbability), exactly:
//   Gaussian: erf(½·√k/(σ√2));
//   Laplace:  P(|G₁ − G₂| < a), a = k/(2b) = kε/2, as
//             ∫ f_k(y)·[P(k, y + a) − P(k, max(y − a, 0))] dy, with f_k the
//             Gamma(k,1) density and P the regularized lower incomplete gamma
//             (series / continued fraction, Numerical Recipes 3rd ed. §6.2),
//             by Simpson's rule over y ∈ [k − 10√k − 12, k + 10√k + 12]
//             (outside it the Gamma mass is below 10⁻¹¹), split at the kink
//             y = a, 64·max(1, ⌈40/√k⌉) intervals per side; tested against
//             closed forms for k = 1, 2 (to 10⁻⁸) and against simulation.
// exactRecoveryQueries: the smallest k with that probability ≥ 95 %,
// by binary search in a bracket around the normal-theory value (2·1.96·sd)²,
// widened until it holds (the probability grows with k).

#include "framework/lab.h"
#include "random/rng.h"

#include <cstdint>
#include <vector>

namespace dp {

enum class NoiseMechanism { Laplace = 0, Gaussian = 1 };
enum class AveragingMode { Auto = 0, PerAnswer = 1, Aggregate = 2 };

inline constexpr double kPerAnswerDraws = 2e6;
inline constexpr double kExactConfidence = 0.95;
inline constexpr std::uint64_t kMaxExactSearch = 1'000'000'000; // k searched up to 10⁹

// Regularized lower incomplete gamma P(a, x), a > 0, x ≥ 0.
double regularizedGammaP(double a, double x);
// Gamma(shape, 1) for shape ≥ 1 (Marsaglia–Tsang).
double gammaSample(Rng &rng, double shape);

// The attacker's error (estimate − true count) after averaging k answers.
double averagingError(Rng &rng, NoiseMechanism mechanism, double noiseScale, std::uint64_t k,
                      AveragingMode mode);
// noiseScale is b for Laplace, σ for Gaussian.
double exactRoundingProbability(NoiseMechanism mechanism, double noiseScale, std::uint64_t k);
// 0 when not found up to kMaxExactSearch.
std::uint64_t exactRecoveryQueries(NoiseMechanism mechanism, double noiseScale,
                                   double confidence = kExactConfidence);

} // namespace dp
