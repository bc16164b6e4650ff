#pragma once
// Income obscuring: local Gaussian noise.
//
// Each of N friends has an income X (Normal(μ, s²), or log-normal with the same
// mean μ and standard deviation s: σ_L² = ln(1 + s²/μ²), μ_L = ln μ − σ_L²/2).
// With clipping on, the income is first clipped to Y = min(max(X, 0), C);
// otherwise Y = X. Each friend reports R = Y + Z, Z ~ Normal(μ_o, σ_o²), and the
// analyst estimates the mean income as  est = mean(R) − μ_a,  where μ_a is the
// noise mean the analyst assumes (μ_a = μ_o unless the "wrong μ_o" switch is on).
//
//   error = est − mean(X) = mean(Y − X) + (mean(Z) − μ_a)
//   E[error]   = E[Y − X] + (μ_o − μ_a)         (clipping bias + wrong-mean bias)
//   Var[error] = (σ_o² + Var(Y − X)) / N        (σ_o²/N alone without clipping)
//   standard error shown: σ_o/√N (the noise part, error against these friends'
//   own mean); against the population mean: √((Var Y + σ_o²)/N).
//   Clipping bias E[Y − X] = E[(−X)⁺] − E[(X − C)⁺], in closed form:
//     normal:     E[(X − C)⁺] = s·(φ(b) − b·(1 − Φ(b))), b = (C − μ)/s;
//                 E[(−X)⁺]    = s·(φ(a) + a·Φ(a)),       a = −μ/s
//     log-normal: E[(X − C)⁺] = μ·Φ(d₁) − C·Φ(d₂), d₁ = (μ_L + σ_L² − ln C)/σ_L,
//                 d₂ = d₁ − σ_L (the Black–Scholes partial expectation); X > 0.
//
// Privacy (one report, neighbouring = one friend's income replaced): with
// clipping, Y ∈ [0, C] so the report is the Gaussian mechanism with sensitivity
// Δ = C, and its (ε, δ) comes from the analytic calibration (Balle & Wang 2018)
// and the classic bound √(2 ln(1.25/δ))·C/σ_o (Dwork & Roth 2014, Thm 3.22,
// valid only for ε < 1). Without clipping Δ = ∞ and no finite ε exists.
// Local vs central at the same (ε, δ): a trusted curator adds ONE N(0, σ_o²) to
// the clipped sum (also sensitivity C), so its error on the mean is σ_o/N; the
// local scheme's is σ_o/√N — √N times larger (science.md: C = 200,000, ε = 1,
// δ = 1e-5 → σ = 746,126; N = 1000 → 746 against 23,595).
//
// Simulation modes (rounds use Rng(seed, round + 1); each round draws a fresh
// group of N friends):
//  * Person:    every income and every noise is drawn (dp::standardNormal, samplers.h).
//  * Aggregate: mean(Z) ~ Normal(μ_o, σ_o²/N) exactly. The income part
//               (mean X, mean Y) is exact for normal incomes without clipping
//               (mean X ~ Normal(μ, s²/N), Y = X); otherwise it is drawn from
//               the bivariate normal with the exact means and covariances of
//               (X, Y) — the central-limit approximation, whose error shrinks
//               like 1/√N. Round 1 always draws its first min(N, 100,000)
//               friends one by one (the display sample) and adds the rest in
//               aggregate, which is exact in distribution.
//  * Auto:      Person while N × rounds ≤ 5·10⁶ draws, else Aggregate.

#include "framework/typedlab.h"
#include "random/rng.h"
#include "random/samplers.h"
#include "stats/stats.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dp {

enum class IncomeMode { Auto = 0, Person = 1, Aggregate = 2 };
enum class IncomeDistribution { Normal = 0, LogNormal = 1 };

struct IncomeParams
{
    std::uint64_t friends = 1000;
    IncomeDistribution distribution = IncomeDistribution::Normal;
    double incomeMean = 70000.0;
    double incomeSd = 10000.0;
    double noiseMean = 30000.0; // μ_o
    double noiseSd = 30000.0;   // σ_o
    bool clipping = true;
    double clip = 200000.0; // C
    double delta = 1e-5;
    std::uint64_t trials = 2000;
    bool wrongNoiseMean = false;
    double assumedNoiseMean = 25000.0; // μ_a, used only when wrongNoiseMean
    std::uint64_t friendIndex = 0;     // 0-based, < min(friends, kIncomeSampleCap)
    IncomeMode mode = IncomeMode::Auto;

    double analystNoiseMean() const { return wrongNoiseMean ? assumedNoiseMean : noiseMean; }
};

inline constexpr double kIncomePersonBudget =
    5e6; // auto: per-person up to this many friends × rounds
inline constexpr double kIncomePersonLimit = 2e9;         // forced per-person refused beyond this
inline constexpr std::uint64_t kIncomeSampleCap = 100000; // friends materialised for display
inline constexpr std::uint64_t kIncomeMaxFriends = 100000000;

// Exact moments of one friend's income X and clipped income Y.
struct IncomeMoments
{
    double meanX = 0.0, varX = 0.0;
    double meanY = 0.0, varY = 0.0, covXY = 0.0;
    double excessAbove = 0.0;          // E[(X − C)⁺] (0 without clipping)
    double shortfallBelow = 0.0;       // E[(−X)⁺]   (0 without clipping)
    double pAbove = 0.0, pBelow = 0.0; // P(X > C), P(X < 0) (0 without clipping)
    double varDiff = 0.0; // Var(Y − X), from E[((X − C)⁺)²] + E[((−X)⁺)²] − bias²
    double clipBias() const { return shortfallBelow - excessAbove; } // E[Y − X]
};
IncomeMoments incomeMoments(const IncomeParams &params);

// Sums over a group of friends in one round.
struct IncomeSums
{
    double income = 0.0;  // Σ X
    double clipped = 0.0; // Σ Y
    double noise = 0.0;   // Σ Z
};

// Per-person: draws `count` friends and adds them to `sums`. When `incomes` and
// `reports` are not null they receive (after clearing) the true income X and
// the report R of the first min(count, sampleCap) friends. Returns false when
// cancelled (polled every 32,768 friends).
bool incomePersonSums(const IncomeParams &params, std::uint64_t count, Rng &rng, IncomeSums &sums,
                      std::vector<double> *incomes = nullptr,
                      std::vector<double> *reports = nullptr, std::uint64_t sampleCap = 0,
                      const CancelFlag *cancel = nullptr);
// Aggregate: sums of `count` friends drawn as described in the header comment.
IncomeSums incomeAggregateSums(const IncomeParams &params, const IncomeMoments &moments,
                               std::uint64_t count, Rng &rng);

struct ErrorVsNPoint
{
    double friends = 0.0;
    double rmsError = 0.0;  // simulated √(mean error²) over `rounds` rounds
    double noiseSd = 0.0;   // σ_o/√N: the line to compare with
    double theoryRms = 0.0; // √(bias² + (σ_o² + Var(Y − X))/N)
    std::uint64_t rounds = 0;
    bool perPerson = false; // simulated per person (small N) or in aggregate
};

struct IncomeResult final : LabResult
{
    IncomeParams params;
    IncomeMode modeUsed = IncomeMode::Person;
    bool aggregateIsExact =
        false; // aggregate mode draws the means exactly (normal incomes, no clipping)

    // Round 1, as the analyst sees it (currency units).
    double trueMean = 0.0;                // mean of the friends' true incomes
    double clippedMean = 0.0;             // mean after clipping (= trueMean without clipping)
    double reportedMean = 0.0;            // mean of the reports
    double estimatedMean = 0.0;           // reportedMean − assumed μ_o
    double standardError = 0.0;           // σ_o/√N
    double ciLow = 0.0, ciHigh = 0.0;     // estimatedMean ± 1.96·standardError
    double populationStandardError = 0.0; // √((Var Y + σ_o²)/N): against the population mean
    double populationMean = 0.0;          // E[X] (= income_mean)

    // Display sample: the first `sampleSize` friends of round 1, on shared bins.
    std::uint64_t sampleSize = 0;
    bool sampleIsPartial = false; // friends > kIncomeSampleCap
    Histogram incomeHistogram;    // true incomes X
    Histogram clippedHistogram;   // clipped incomes Y (same bins)
    Histogram reportHistogram;    // reports R (same bins)

    // One friend (params.friendIndex, from the display sample).
    double friendIncome = 0.0, friendClipped = 0.0, friendNoise = 0.0, friendReport = 0.0;
    double friendGuess = 0.0;                 // report − assumed μ_o: the observer's best guess
    double friendLow = 0.0, friendHigh = 0.0; // friendGuess ± 1.96·σ_o (95 %)
    double friendCoverShare = 0.0; // share of the display sample whose (clipped) income lies
                                   // in [friendLow, friendHigh]: how many friends the report fits

    // Repeated rounds (CSV rows).
    std::vector<double> trueMeans, estimates, errors;
    double meanError = 0.0, sdError = 0.0, rmsError = 0.0;
    double errorTheoryMean = 0.0; // clipping bias + wrong-mean bias
    double errorTheorySd = 0.0;   // √((σ_o² + Var(Y − X))/N)
    Histogram errorHistogram;
    std::vector<Point>
        errorTheoryCurve; // N(errorTheoryMean, errorTheorySd²) in expected rounds per bin
    std::vector<ErrorVsNPoint> errorVsN; // N = 1, √10, 10, … 10⁸

    // Differential privacy of one report.
    double sensitivity = 0.0;     // C, or +∞ without clipping
    double epsilonAnalytic = 0.0; // +∞ without clipping or when σ_o = 0
    double epsilonClassic = 0.0;  // √(2 ln(1.25/δ))·C/σ_o
    bool classicApplies = false;  // epsilonClassic < 1
    double clippingBias = 0.0;    // E[Y − X], closed form (≤ 0 unless X < 0 is likely)
    double clipExcessAbove = 0.0, clipShortfallBelow = 0.0;
    double pClippedAbove = 0.0, pClippedBelow = 0.0;
    double sigmaForEpsilon1 = 0.0; // analytic σ_o for ε = 1 at this δ and C (NaN w/o clipping)
    double classicSigmaForEpsilon1 = 0.0;
    double localStandardError = 0.0;   // σ_o/√N
    double centralStandardError = 0.0; // σ_o/N: one N(0, σ_o²) on the clipped sum, same (ε, δ)
    double localCentralRatio = 0.0;    // √N
    double localSeAtEpsilon1 = 0.0;    // sigmaForEpsilon1/√N
    double centralSeAtEpsilon1 = 0.0;  // sigmaForEpsilon1/N
    double wrongMeanBias = 0.0;        // μ_o − assumed μ_o

    ExportData exportData() const override;
};

IncomeMode chooseIncomeMode(const IncomeParams &params);
std::optional<ParamError> validateIncome(const IncomeParams &params);
// Precondition: validateIncome passed. nullptr only when cancelled.
std::shared_ptr<const IncomeResult> simulateIncome(const IncomeParams &params, std::uint64_t seed,
                                                   const CancelFlag *cancel = nullptr);

// The lab definition (framework/typedlab.h); its model is TypedLab<IncomeLab>.
struct IncomeLab
{
    using Params = IncomeParams;
    using Result = IncomeResult;
    static constexpr const char *id = "income";
    static std::vector<Param<Params>> params();
    static std::optional<ParamError> validate(const Params &params)
    {
        return validateIncome(params);
    }
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel)
    {
        return simulateIncome(params, seed, cancel);
    }
};

} // namespace dp
