#pragma once
// The continuous noise mechanisms M(x) = f(x) + Z on a real-valued query f.
//
//  * Laplace mechanism (Dwork, McSherry, Nissim & Smith 2006; Dwork & Roth
//    2014, Thm 3.6): Z ~ Lap(b), density e^(−|z|/b)/(2b), with scale
//    b = Δ₁/ε for ℓ1 sensitivity Δ₁: ε-DP. Variance 2b²,
//    P(|Z| > t) = e^(−t/b), 95 % of the noise within ±b·ln 20.
//    Privacy loss between neighbours with f(x) − f(y) = Δ:
//    L(o) = (|o − f(y)| − |o − f(x)|)/b, always within ±Δ/b = ±ε.
//  * Gaussian mechanism: Z ~ N(0, σ²) with σ from the analytic calibration
//    (Balle & Wang 2018, mechanisms/gaussian.h) — exact (ε, δ)-DP — and the
//    classic σ = √(2 ln(1.25/δ))·Δ₂/ε beside it (Dwork & Roth Thm 3.22,
//    proved only for ε < 1: `classicApplies`).
//    Privacy loss L(o) = Δ·(o − (f(x) + f(y))/2)/σ², unbounded: it exceeds ε
//    with probability P_x[L > ε] = Φ(Δ/(2σ) − εσ/Δ) (the "escape mass"), and
//    δ = E_x[(1 − e^(ε − L))⁺] = Φ(Δ/(2σ) − εσ/Δ) − e^ε·Φ(−Δ/(2σ) − εσ/Δ),
//    which is smaller: δ is not the probability that the promise fails.
//
// Sampling is in doubles: −b·ln U with U = (k + ½)·2⁻⁵² from the top 52 bits
// of one random word and the sign from its lowest bit; Gaussian by the
// ziggurat (random/samplers.h). Doubles leave gaps whose pattern depends on
// f(x) (Mironov 2012), so a continuous sampler is NOT exactly ε-DP as
// computed; for releases that must be, use mechanisms/discrete.h. Units: the
// query's units throughout; ε in nats.

#include "framework/lab.h"
#include "random/rng.h"

#include <cmath>
#include <cstddef>
#include <optional>

namespace dp {

// "sensitivity" and "epsilon" finite and > 0; a ParamError naming the culprit.
std::optional<ParamError> checkLaplaceInputs(double epsilon, double sensitivity);
inline double laplaceScale(double epsilon, double sensitivity)
{
    return sensitivity / epsilon;
}

// One Laplace draw of scale b (b > 0).
inline double laplaceNoise(Rng &rng, double scale)
{
    const std::uint64_t bits = rng.next();
    const double magnitude = -scale * std::log(Rng::openUnitFromBits(bits));
    return (bits & 1) ? magnitude : -magnitude;
}
// out[i] = value + Lap(scale), i < n.
void fillLaplace(Rng &rng, double value, double scale, double *out, std::size_t n);
// out[i] = value + N(0, σ²), i < n.
void fillGaussian(Rng &rng, double value, double sigma, double *out, std::size_t n);

double laplaceDensity(double o, double centre, double scale);
double gaussianDensity(double o, double centre, double sigma);

struct GaussianCalibration
{
    double sigma = 0.0;          // analytic (Balle & Wang 2018): the smallest valid σ
    double sigmaClassic = 0.0;   // Dwork & Roth Thm 3.22
    bool classicApplies = false; // the theorem covers this ε (0 < ε < 1)
};
// Preconditions: checkGaussianSigmaInputs(ε, δ, Δ) passed.
GaussianCalibration calibrateGaussian(double epsilon, double delta, double sensitivity);

// Privacy loss ln(p_x(o)/p_y(o)) with centres fx, fy.
double laplacePrivacyLoss(double o, double fx, double fy, double scale);
double gaussianPrivacyLoss(double o, double fx, double fy, double sigma);
// P_x[L > ε] for the Gaussian mechanism, Δ = |fx − fy|.
double gaussianEscapeMass(double epsilon, double sigma, double sensitivity);

} // namespace dp
