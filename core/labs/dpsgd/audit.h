#pragma once
// Auditing a DP-SGD model with a canary (Jagielski, Ullman & Oprea 2020,
// "Auditing Differentially Private Machine Learning: How Private is Private
// SGD?", NeurIPS; Nasr, Song, Thakurta, Papernot & Carlini 2021, "Adversary
// Instantiation: Lower Bounds for Differentially Private Machine Learning",
// IEEE S&P).
//
// R models are trained on the data set with the canary ("in") and R without
// it ("out"), each with its own random batches and noise, all from the same
// public initial weights (DP-SGD's guarantee holds for any fixed start, and a
// fixed start makes the audit sharper); the two data sets are neighbours
// (one record added). The attacker
// sees a model and the canary's loss ℓ on it, and says "in" when ℓ is small.
// For any event S on a model, (ε, δ)-DP bounds P_in(S) ≤ e^ε·P_out(S) + δ and
// P_out(S) ≤ e^ε·P_in(S) + δ, so
//   ε ≥ ln((P_in(S) − δ)/P_out(S))   (and the same with in/out swapped).
// With S = {ℓ ≤ t}: P_in(S) is the attack's true-positive rate, P_out(S) its
// false-positive rate: ε_lb = ln((TPR − δ)/FPR).
//
// The statement is made with confidence, not from point estimates: the
// threshold t (halfway between two observed losses; and which of the four
// event/direction pairs) is chosen on the first half of the runs of each side, then counted on the
// other half, and ε_lb uses one-sided Clopper–Pearson bounds (stats/audit.h) at 97.5 % each, so "ε
// ≥ ε_lb" holds with probability ≥ 95 % for a correct DP-SGD. Choosing t on the same runs it is
// counted on would void that. With R = 200 (100 per side counted) the largest provable bound is
// ln(0.9638/0.0362) ≈ 3.28. The ROC curve and the histograms use all runs (point estimates).

#include "framework/lab.h"
#include "labs/dpsgd/data.h"
#include "labs/dpsgd/train.h"
#include "stats/stats.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace dp {

inline constexpr double kDpsgdAuditConfidence = 0.95; // for the whole statement

struct DpsgdAudit
{
    bool done = false;
    std::uint64_t runs = 0;      // R per side
    std::vector<double> lossIn;  // canary loss of each model trained with it
    std::vector<double> lossOut; // … and without it
    Histogram histogramIn;       // both on the same bins
    Histogram histogramOut;
    std::vector<double> rocFalsePositive; // "in if ℓ ≤ t" over every t, all runs
    std::vector<double> rocTruePositive;
    double auc = 0.0;               // area under that ROC (0.5: no better than guessing)
    double threshold = 0.0;         // t chosen on the first half
    bool lossBelowMeansIn = true;   // the event S is {ℓ ≤ t} (else {ℓ > t})
    bool inOverOut = true;          // the bound compares P_in(S) with P_out(S) (else swapped)
    std::uint64_t countedRuns = 0;  // runs per side in the counting half
    double truePositiveRate = 0.0;  // P_in(S) (or P_out(S) when swapped), counting half
    double falsePositiveRate = 0.0; // the other side
    double epsilonLowerBound = 0.0; // ε_lb; 0 when the data give no evidence
};

// Progress: called after each pair of runs with (pairs done, pairs total).
using DpsgdProgress = std::function<void(std::uint64_t, std::uint64_t)>;

// `data` without the canary; `settings` the DP-SGD settings of the lab;
// `delta` the δ of the claim. Returns done = false when cancelled (polled
// after every run).
DpsgdAudit runDpsgdAudit(const LabelledPoints &data, const Canary &canary,
                         const TrainSettings &settings, const std::vector<double> &initialWeights,
                         double delta, std::uint64_t runs, std::uint64_t seed,
                         const CancelFlag *cancel = nullptr, const DpsgdProgress &progress = {});

// The bound from two samples of losses (exposed for tests): chooses the event
// on the first half and counts it on the second as described above.
void dpsgdAuditBound(DpsgdAudit &audit, double delta);

} // namespace dp
