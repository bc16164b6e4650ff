#pragma once
// DP in machine learning: plain SGD and DP-SGD (Abadi et al., CCS 2016)
// trained side by side on a small 2-D data set, the accountant's ε, and an
// audit of whether the model remembers one "canary" record.
//
// Parameters (ids as on the command line):
//   dataset          blobs | moons | circles (data.h), label noise 5 %
//   points           n = 50 … 10,000 ordinary training examples (held-out set:
//                    min(max(n, 500), 2000) more points from the same shape)
//   model            logistic | mlp (train.h)
//   clip             C > 0, the ℓ2 bound on each example's gradient
//   noise_multiplier σ ≥ 0 (0 = no noise, then ε = ∞)
//   batch            expected batch size B, 1 … n; sampling rate q = B/n
//   epochs           E; an epoch is round(n/B) steps, T = E·round(n/B)
//   learning_rate    η
//   delta            δ of the (ε, δ) claim; 0 means "1/n²" (the default; the
//                    value used is reported as `delta` in the result)
//   canary           on | off: Alice's record (a mislabelled outlier) is
//                    added as example n + 1; q stays B/n either way, so the
//                    data sets with and without her are neighbours under
//                    the same mechanism
//   audit_runs       R models with the canary and R without (audit.h)
//
// ε: RDP accountant of the subsampled Gaussian (mechanisms/rdp.h) with
// q = B/n, σ, T, δ. The figure shown is the standard conversion
// (RdpConversion::Standard, the one behind TF Privacy's published 3.01);
// the tighter Balle et al. 2020 value is reported beside it.
//
// Random streams of Rng(seed, s): s = 1 training data, 2 held-out data,
// 3 initial weights (both models start from the same θ₀), 4 batches (SGD and
// DP-SGD see the same batches), 5 DP-SGD noise; the σ sweep reruns DP-SGD
// with the same streams 3–5, so its points differ only in σ; the audit uses
// streams from 1,000,000 on.
//
// Results carry numbers only; the page words them.

#include "framework/lab.h"
#include "labs/dpsgd/audit.h"
#include "labs/dpsgd/data.h"
#include "labs/dpsgd/train.h"
#include "mechanisms/rdp.h"
#include "stats/stats.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace dp {

struct DpsgdParams
{
    DpsgdDataset dataset = DpsgdDataset::Moons;
    std::uint64_t points = 1000;
    DpsgdModel model = DpsgdModel::Mlp;
    double clip = 1.0;
    double noiseMultiplier = 1.0;
    std::uint64_t batch = 50;
    std::uint64_t epochs = 20;
    double learningRate = 2.0;
    double delta = 0.0; // 0: 1/points²
    bool canary = true;
    std::uint64_t auditRuns = 200;

    double effectiveDelta() const
    {
        return delta > 0.0 ? delta : 1.0 / (double(points) * double(points));
    }
};

// What simulate computes: everything, or everything but the audit (the page
// runs the audit on its own when asked; it takes seconds).
enum class DpsgdParts { All, WithoutAudit };

// Why parameters are refused (checked in this order).
enum class DpsgdError {
    None,
    Points,           // points < 2
    BatchAbovePoints, // batch > points
    BatchZero,        // batch < 1
    Clip,             // C ≤ 0 or NaN
    NoiseMultiplier,  // σ < 0 or not finite
    InfiniteNoise,    // σ > 0 with C = ∞
    Epochs,           // epochs < 1
    LearningRate,     // η ≤ 0 or not finite
    Delta,            // δ < 0 or δ ≥ 1 (0 means 1/n²)
    AuditRuns,        // audit_runs < 2
};
DpsgdError checkDpsgdParams(const DpsgdParams &p);

struct DpsgdEpoch
{
    int epoch = 0;
    double accuracySgd = 0.0, accuracyDpsgd = 0.0; // on the ordinary training points
    double heldoutSgd = 0.0, heldoutDpsgd = 0.0;
    double epsilon = 0.0; // after this epoch (standard conversion)
};

struct DpsgdSweepPoint
{
    double noiseMultiplier = 0.0;
    double epsilon = 0.0; // standard conversion, at the end of training
    double heldoutAccuracy = 0.0;
};

inline constexpr int kDpsgdGrid = 60; // decision regions: 60 × 60 cells over kDpsgdPlane

struct DpsgdResult final : LabResult
{
    DpsgdParams params;
    double delta = 0.0;        // the δ used (params.delta or 1/n²)
    double samplingRate = 0.0; // q
    int stepsPerEpoch = 0;
    std::uint64_t steps = 0;                            // T
    RdpConversion conversion = RdpConversion::Standard; // what `epsilon` uses
    double epsilon = 0.0;                               // after T steps; +∞ without noise
    int epsilonOrder = 0;                               // the Rényi order α attaining it
    double epsilonBalle = 0.0; // the tighter conversion (Balle et al. 2020)

    LabelledPoints train; // ordinary training points (without the canary)
    LabelledPoints heldout;
    Canary canary; // shown and trained on only when params.canary

    std::vector<DpsgdEpoch> curve; // one row per epoch

    // P(class 1) over kDpsgdGrid × kDpsgdGrid cells, row by row from yMin,
    // each row from xMin; cell centres.
    std::vector<float> probabilitySgd;
    std::vector<float> probabilityDpsgd;

    std::vector<double> gradientNorms; // DP-SGD, every sampled example of the last epoch
    Histogram gradientHistogram;       // of those norms, [0, max(1.5·C, largest)]
    double clippedShare = 0.0;         // share of those norms above C

    std::vector<DpsgdSweepPoint> sweep; // σ over kDpsgdSweepSigmas (a real run each)

    double canaryLossSgd = 0.0, canaryLossDpsgd = 0.0;
    bool canaryCorrectSgd = false, canaryCorrectDpsgd = false; // model predicts her (wrong) label

    DpsgdAudit audit; // audit.done false unless computed

    ExportData exportData() const override;
};

inline constexpr double kDpsgdSweepSigmas[] = {0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0};

// The training settings of the lab's DP-SGD (privatise = true).
TrainSettings dpsgdSettings(const DpsgdParams &p);

// Pure in (p, seed); nullptr only when cancelled. Precondition: checkDpsgdParams(p) == None.
std::shared_ptr<const DpsgdResult> simulateDpsgd(const DpsgdParams &p, std::uint64_t seed,
                                                 const CancelFlag *cancel = nullptr,
                                                 DpsgdParts parts = DpsgdParts::All);

// The audit alone, on the data set of (p, seed), as simulateDpsgd computes it.
DpsgdAudit auditDpsgd(const DpsgdParams &p, std::uint64_t seed, const CancelFlag *cancel = nullptr,
                      const DpsgdProgress &progress = {});

} // namespace dp
