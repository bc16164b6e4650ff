#pragma once
// Rényi-DP accountant for the Poisson-subsampled Gaussian mechanism, the
// privacy analysis of DP-SGD.
//
// One DP-SGD step (Abadi et al., CCS 2016) samples each example with
// probability q (Poisson sampling), clips each gradient to ℓ2 norm C and adds
// N(0, σ²C²) to the sum: the subsampled Gaussian mechanism with noise
// multiplier σ. Neighbours: add or remove one example.
//
// Rényi DP of one step at integer order α ≥ 2 (Mironov, Talwar & Zhang 2019,
// "Rényi Differential Privacy of the Sampled Gaussian Mechanism", §3.3):
//
//   A_α = Σ_{k=0..α} C(α,k) (1 − q)^(α−k) q^k exp((k² − k)/(2σ²)),
//   RDP(α) = ln(A_α)/(α − 1)                                   (nats).
//
// A_α is summed in log space (log-sum-exp over the α + 1 terms), so σ down to
// 0.05 and α up to 256 neither overflow nor lose the small terms. q = 1 gives
// the Gaussian mechanism's α/(2σ²) exactly; σ = 0 (no noise) gives +∞ for
// q > 0; q = 0 gives 0. T steps compose by adding: T·RDP(α) (Mironov 2017).
//
// Conversion to (ε, δ)-DP over the orders α = 2 … 256 (inclusive):
//   Standard (Mironov 2017, Prop. 3):
//       ε = min_α T·RDP(α) + ln(1/δ)/(α − 1)
//   Balle et al. 2020 ("Hypothesis testing interpretations and Rényi
//   differential privacy", AISTATS, Thm 21), never larger:
//       ε = min_α T·RDP(α) + ln((α − 1)/α) − (ln δ + ln α)/(α − 1)
// Both are clamped at 0 (ε < 0 is meaningless; it happens only for q·T tiny).
//
// Check values (integer orders 2..256, δ = 1e-5):
//   q = 256/60000, σ = 1.1, T = 14062 (60 epochs) → 3.0091 standard (TF
//     Privacy's MNIST tutorial reports 3.01), 2.5970 Balle et al.;
//   q = 0.01, σ = 4, T = 10000 → 1.2586 standard (Abadi et al. 2016 report
//     1.26), 1.0355 Balle et al.
//
// Valid inputs: q ∈ [0, 1], σ ≥ 0 (0 means no noise: ε = ∞ when q > 0),
// T ≥ 0 whole steps, δ ∈ (0, 1). checkSubsampledGaussianInputs() names the
// first bad argument (an enum; the words are made in ui/); the numeric
// functions return NaN for inputs it would refuse.
// Cost: one curve (255 orders, ≤ 257 terms each) ≈ 0.3 ms; each conversion
// afterwards is 255 multiply-adds, independent of T.

#include <vector>

namespace dp {

inline constexpr int kRdpMinOrder = 2;
inline constexpr int kRdpMaxOrder = 256;
inline constexpr int kRdpOrderCount = kRdpMaxOrder - kRdpMinOrder + 1;

// Which (ε, δ) conversion a figure was made with; the UI names it.
enum class RdpConversion {
    Standard,      // Mironov 2017: T·RDP(α) + ln(1/δ)/(α − 1)
    BalleEtAl2020, // Balle, Barthe, Gaboardi, Hsu & Sato 2020 (tighter)
};

enum class RdpInputError {
    None,
    SamplingRate,    // q outside [0, 1] or not a number
    NoiseMultiplier, // σ negative, infinite or not a number
    Steps,           // T negative, fractional or not finite
    Delta,           // δ outside (0, 1)
};
RdpInputError checkSubsampledGaussianInputs(double samplingRate, double noiseMultiplier,
                                            double steps, double delta);

// RDP(α) of ONE step, α an integer in [2, 256]. NaN for invalid inputs.
double subsampledGaussianRdp(double samplingRate, double noiseMultiplier, int order);

// RDP of one step at every order 2 … 256 (index i ↔ α = i + 2).
std::vector<double> subsampledGaussianRdpCurve(double samplingRate, double noiseMultiplier);

struct RdpEpsilon
{
    double epsilon = 0.0; // ε of the (ε, δ) guarantee; +∞ when no order gives a finite value
    int order = 0;        // the α attaining the minimum (0 when ε is +∞ or NaN)
};

// ε after `steps` steps from a one-step curve as returned above.
RdpEpsilon rdpToEpsilon(const std::vector<double> &oneStepCurve, double steps, double delta,
                        RdpConversion conversion);

// Convenience: the whole computation for DP-SGD with T steps.
RdpEpsilon dpSgdEpsilon(double samplingRate, double noiseMultiplier, double steps, double delta,
                        RdpConversion conversion);

} // namespace dp
