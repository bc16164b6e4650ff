#pragma once
// The two models of the DP-SGD lab, their per-example gradients, and one
// training run of SGD or DP-SGD.
//
// Models (input (x, y) ∈ ℝ², output the logit z; P(class 1) = sigmoid(z)):
//  * logistic: z = w₀x + w₁y + b                          (3 parameters)
//  * mlp:      h = tanh(W₁(x, y) + b₁) with 16 hidden units (tanh in
//              its Padé (3, 2) form clamped at ±1 beyond |u| = 3: plain
//              arithmetic, see train.cpp),
//              z = w₂·h + b₂                                (65 parameters)
// Loss: binary cross-entropy ℓ = ln(1 + e^z) − label·z (nats), computed as
// max(z, 0) − label·z + ln(1 + e^(−|z|)). Its gradient: ∂ℓ/∂z = sigmoid(z) −
// label, back-propagated by hand per example (plain loops: at 65 parameters
// that is faster than any matrix library call).
// Parameter layout of the mlp: W₁ row-major [16][2] at 0…31, b₁ at 32…47,
// w₂ at 48…63, b₂ at 64.
// Initial weights (from the run's random stream): logistic all 0; mlp W₁ and
// b₁ ~ N(0, 1), w₂ ~ N(0, ¼²), b₂ = 0.
//
// One step (Abadi et al., CCS 2016, Algorithm 1, with Poisson sampling):
//   every example joins the batch independently with probability q;
//   g_i = ∇ℓ(θ; example i);
//   SGD:     θ ← θ − η · Σ_i g_i / B
//   DP-SGD:  θ ← θ − η · (Σ_i g_i·min(1, C/‖g_i‖) + N(0, σ²C²·I)) / B
// with B = q·n the expected batch size (dividing by the expected, not the
// drawn, size keeps the noise's scale independent of the data). An epoch is
// round(1/q) steps. SGD and DP-SGD given the same sampling stream draw the
// same batches; the noise comes from a separate stream, so with σ = 0 and
// C = ∞ DP-SGD is SGD bit for bit.

#include "framework/lab.h"
#include "labs/dpsgd/data.h"
#include "random/rng.h"

#include <cstddef>
#include <vector>

namespace dp {

enum class DpsgdModel { Logistic = 0, Mlp = 1 };

inline constexpr int kDpsgdHidden = 16;
inline constexpr int kDpsgdMaxParameters = 3 * kDpsgdHidden + kDpsgdHidden + 1; // 65

int dpsgdParameterCount(DpsgdModel model);

// The logit z at (x, y).
double dpsgdLogit(DpsgdModel model, const double *theta, double x, double y);
// ℓ for a logit and a label (0/1).
double dpsgdLoss(double logit, int label);
// Writes ∇ℓ at (x, y, label) into grad (dpsgdParameterCount entries); returns ℓ.
double dpsgdGradient(DpsgdModel model, const double *theta, double x, double y, int label,
                     double *grad);

// Scales grad (dim entries) to ℓ2 norm at most `clip` when it is longer:
// g·min(1, C/‖g‖); leaves it bit for bit unchanged otherwise. Returns ‖g‖
// before clipping.
double dpsgdClip(double *grad, int dim, double clip);

std::vector<double> dpsgdInitialWeights(DpsgdModel model, Rng &rng);

struct TrainSettings
{
    DpsgdModel model = DpsgdModel::Mlp;
    bool privatise = true;        // false: plain SGD (no clipping, no noise)
    double clip = 1.0;            // C > 0 (may be +∞ when noiseMultiplier is 0)
    double noiseMultiplier = 1.0; // σ ≥ 0
    double samplingRate = 0.05;   // q ∈ (0, 1]
    double expectedBatch = 50.0;  // B = q·n of the ordinary examples
    int epochs = 20;
    int stepsPerEpoch = 20;
    double learningRate = 0.5; // η
};

// What a run may record besides the final weights (null pointers: nothing).
struct TrainRecorder
{
    std::vector<std::vector<double>> *epochWeights = nullptr; // θ after each epoch
    std::vector<double> *lastEpochNorms =
        nullptr; // ‖g_i‖ of every sampled example in the last epoch
};

// Trains `theta` in place on `data`. Batches come from `sampling`, noise from
// `noise`. Returns false when cancelled (polled once per epoch).
bool dpsgdTrain(const LabelledPoints &data, const TrainSettings &settings,
                std::vector<double> &theta, Rng &sampling, Rng &noise,
                const TrainRecorder &recorder = {}, const CancelFlag *cancel = nullptr);

// Share of points the model puts in their labelled class.
double dpsgdAccuracy(DpsgdModel model, const std::vector<double> &theta,
                     const LabelledPoints &points);

} // namespace dp
