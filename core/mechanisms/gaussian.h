#pragma once
// Calibrating the Gaussian mechanism M(x) = f(x) + N(0, σ²) for (ε, δ)-DP,
// where Δ is the ℓ2 sensitivity of f (same units as f and σ).
//
// Analytic Gaussian mechanism (Balle & Wang 2018, "Improving the Gaussian
// Mechanism for Differential Privacy: Analytical Calibration and Optimal
// Denoising", ICML, Theorem 8 / Algorithm 1). M is (ε, δ)-DP exactly when
//
//   δ(ε; σ) = Φ(Δ/(2σ) − εσ/Δ) − e^ε·Φ(−Δ/(2σ) − εσ/Δ) ≤ δ.
//
// δ(ε; σ) falls as σ grows and as ε grows, so
//   analyticGaussianSigma(ε, δ, Δ)   = the smallest σ with δ(ε; σ) ≤ δ,
//   analyticGaussianEpsilon(σ, δ, Δ) = the smallest ε ≥ 0 with δ(ε; σ) ≤ δ
//                                      (0 when even ε = 0 satisfies it).
// Both solve δ(ε; σ) = δ by bisection to 1e-13 relative (well inside the
// promised 1e-6), evaluating both terms in log space (ln Φ through erfc, an
// asymptotic series deep in the tail), so e^ε·Φ(·) neither overflows nor
// underflows for large ε. A call costs a few microseconds.
// Check value (the reference implementation's doctest): ε = 1, δ = 1e-5,
// Δ = 1 → σ = 3.7306316349.
//
// Classic Gaussian mechanism (Dwork & Roth 2014, The Algorithmic Foundations
// of Differential Privacy, Theorem 3.22):
//   σ = √(2·ln(1.25/δ))·Δ/ε, equivalently ε = √(2·ln(1.25/δ))·Δ/σ,
// a sufficient condition proved only for ε ∈ (0, 1): classicGaussianApplies()
// says whether the theorem covers a given ε. ε = 1, δ = 1e-5, Δ = 1 →
// σ = 4.844805 (the bound is then outside its theorem).
//
// Errors: valid inputs are δ ∈ (0, 1), ε > 0, σ > 0, Δ > 0, all finite (ε and
// σ may be any positive finite number). check…Inputs() return a ParamError
// naming the bad argument ("epsilon", "delta", "sigma", "sensitivity") and the
// rule it breaks ("positive", "probability_open") or NotFinite; the calibration functions return
// NaN for such inputs, so callers check first and never show that NaN.

#include "framework/lab.h"

#include <optional>

namespace dp {

std::optional<ParamError> checkGaussianSigmaInputs(double epsilon, double delta,
                                                   double sensitivity);
std::optional<ParamError> checkGaussianEpsilonInputs(double sigma, double delta,
                                                     double sensitivity);

// δ(ε; σ) of the formula above (valid inputs; ε ≥ 0). In [0, 1].
double analyticGaussianDelta(double epsilon, double sigma, double sensitivity);

double analyticGaussianSigma(double epsilon, double delta, double sensitivity);
double analyticGaussianEpsilon(double sigma, double delta, double sensitivity);

double classicGaussianSigma(double epsilon, double delta, double sensitivity);
double classicGaussianEpsilon(double sigma, double delta, double sensitivity);
// Dwork & Roth's Theorem 3.22 is proved for 0 < ε < 1 only.
inline bool classicGaussianApplies(double epsilon)
{
    return epsilon > 0.0 && epsilon < 1.0;
}

// ln Φ(x), accurate far into both tails (x down to −1e150).
double logNormalCdf(double x);

} // namespace dp
