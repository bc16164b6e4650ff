#pragma once
// The differencing-attack lab: parallel databases, sensitivity, and the
// attacker that noise defeats.
//
// A database of N people (2 ≤ N ≤ 10^8), each with a private 0/1 attribute
// drawn independently with P(1) = share (stream 0 of the seed). The lab shows
//  * the "parallel databases": the query's value on every neighbour of the
//    database (each person removed, or each person's value flipped) against
//    its value on the full database; the largest change is the sensitivity
//    MEASURED on this database (sensitivity.h);
//  * the GLOBAL sensitivity (worst case over all 0/1 databases of N people,
//    Dwork & Roth 2014, Def. 3.1) of every query, under both notions;
//  * the differencing attack on the row `target` (attack.h): one illustrative
//    attack on the real database, then `trials` repeated attacks in which the
//    target's secret is a fresh fair coin, with Laplace noise on each answer
//    (noise = laplace) released as release.h describes: ε-DP per query under
//    the chosen neighbour notion (remove-one: no scale depends on the
//    private N, the mean goes out as a noisy sum and a noisy count), the
//    exact success probability, and the DP ceiling e^ε/(1 + e^ε) with the ε
//    that protects her value (release.h: targetReplace);
//  * the success rate against ε (20 log-spaced ε in [0.01, 10], always with
//    Laplace noise, `trials` attacks per point).
// Everything is a pure function of (params, seed).

#include "framework/typedlab.h"
#include "labs/differencing/attack.h"
#include "labs/differencing/release.h"
#include "labs/differencing/sensitivity.h"
#include "stats/stats.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dp {

struct DifferencingParams
{
    std::uint64_t rows = 5000;
    double share = 0.5;
    Query query = Query::Sum;
    std::uint64_t threshold = 2500; // T of "is the sum above T"
    std::uint64_t target = 0;       // 0-based row of the person attacked
    Neighbour neighbour = Neighbour::Remove;
    bool laplaceNoise = false;
    double epsilon = 1.0; // spent by each of the two queries
    std::uint64_t trials = 2000;
};

inline constexpr std::uint64_t kDifferencingStripMax = 200; // people drawn in the strip
inline constexpr std::size_t kDifferencingBuckets = 1000;   // series: ≤ 2000 points
inline constexpr int kDifferencingCurvePoints = 20;

// Which account of the noise and the budget applies (the page words it).
// "Her secret" is her value, so the cases read the replace-one budget
// (DifferencingResult::epsilonTargetReplace).
enum class DifferencingNoiseCase {
    None,                 // exact answers: no guarantee, ε = ∞
    NoneTargetIgnored,    // exact, but the query ignores her value: ε for her secret is 0
    Laplace,              // Laplace noise scaled to the global Δ (release.h) on each answer
    LaplaceZeroDelta,     // Δ = 0: the answer depends on nobody, no noise is needed
    LaplaceGroupPrivacy,  // median, N odd, remove-one: her value is protected only at 2ε
    LaplaceTargetIgnored, // the count ignores her value: nothing is spent on her secret
};
std::string
noiseCaseName(DifferencingNoiseCase c); // stable export id, e.g. "laplace_group_privacy"

// Special cases of the database the page points out.
enum class DifferencingSpecialCase {
    TwoRows,       // N = 2: the database without her is one person's own value
    EveryoneAlike, // all 0 or all 1: some neighbours do not exist
    FewTrials,     // fewer than 100 repeated attacks: rough success rates
};

// One row of the table of all queries.
struct SensitivityRow
{
    Query query = Query::Sum;
    std::string name;             // "sum", "count", ...
    double measuredRemove = 0.0;  // on this database, remove-one neighbours
    double globalRemove = 0.0;    // worst case over all databases of N people
    double measuredReplace = 0.0; // on this database, replace-one neighbours
    double globalReplace = 0.0;
};

// The single attack on the real database (the target's stored value).
struct AttackExample
{
    int targetValue = 0;       // her real secret
    double exactFull = 0.0;    // f(database)
    double exactWithout = 0.0; // f(database without her)
    double noiseFull = 0.0;    // Laplace noise added (0 without noise)
    double noiseWithout = 0.0;
    // For the mean under remove-one (ReleaseForm::SumAndCount) the exact,
    // noise and answer fields above are the SUM's; these are the noisy counts
    // released with them (0 otherwise). The released mean is sum/count.
    double countFull = 0.0;
    double countWithout = 0.0;
    double answerFull = 0.0; // what the attacker sees
    double answerWithout = 0.0;
    double recovered = 0.0; // r = α·answerFull − β·answerWithout
    int guess = 0;          // 1 iff recovered > ½
    bool correct = false;
};

struct SuccessCurvePoint
{
    double epsilon = 0.0;       // per query (x axis, log)
    double epsilonTarget = 0.0; // ε protecting her value (release.h targetReplace): the ceiling's ε
    double simulated = 0.0;     // success rate over `trials` attacks
    double simulatedLow = 0.0; // Wilson 95 % interval
    double simulatedHigh = 0.0;
    double exact = 0.0;   // exact success probability (attack.h)
    double ceiling = 0.0; // e^ε_target / (1 + e^ε_target)
};

struct DifferencingResult final : LabResult
{
    DifferencingParams params;
    std::uint64_t ones = 0;       // k: people with the attribute
    std::uint64_t othersOnes = 0; // k − x_target
    std::uint64_t seed = 0;

    // Strip of people: rows [stripStart, stripStart + strip.size()), containing
    // the target; the whole database when N ≤ kDifferencingStripMax.
    std::uint64_t stripStart = 0;
    std::vector<std::uint8_t> strip;
    bool stripComplete = false;

    // Parallel databases for the chosen query and notion: y = value on the
    // neighbour that removes/flips row x; decimated (min/max per bucket, at
    // most 2·kDifferencingBuckets points, exact for N ≤ 2000).
    std::vector<Point> series;
    double fullValue = 0.0;          // value on the whole database (horizontal line)
    double valueIfZeroRemoved = 0.0; // neighbour value when the changed row holds 0
    double valueIfOneRemoved = 0.0;  // ... holds 1 (both notions: "removed" or flipped)
    MeasuredSensitivity measured;    // value, row, full, atRow (mark this point)
    double globalSensitivity = 0.0;

    std::vector<SensitivityRow> table; // every query, both notions

    AttackRule rule;
    AttackExample example;
    double noiseFreeSuccess = 0.0; // the attack's exact success without noise (1: it always works)

    // Noise (release.h). Scales of each released number: with her (N rows)
    // and without her (N − 1); equal under remove-one, where N is private.
    ReleaseForm releaseForm = ReleaseForm::Value;
    double noiseSensitivity = 0.0; // Δ the noise with her is scaled to
    double laplaceScale = 0.0;     // Δ/ε (sum and count: 2/ε each); 0 when noise = none
    double laplaceScaleWithout = 0.0;
    double deltaWithout = 0.0; // Δ the noise without her is scaled to
    // Budget (release.h), +∞ without noise where a query can reveal anything.
    double epsilonTarget = 0.0;        // the query with her, chosen notion
    double epsilonTotal = 0.0;         // both queries, chosen notion
    double epsilonTargetReplace = 0.0; // the query with her, replace-one: protects her value
    double epsilonTotalReplace = 0.0;  // both queries, replace-one
    DifferencingNoiseCase noiseCase = DifferencingNoiseCase::None;

    AttackTrials trials; // per trial (CSV)
    double successRate = 0.0;
    Interval successInterval;  // Wilson 95 %
    double exactSuccess = 0.0; // exact probability for these settings
    double dpCeiling = 1.0;    // e^ε/(1 + e^ε), ε = epsilonTargetReplace; 1 without noise

    std::vector<SuccessCurvePoint> curve; // 20 ε values, always Laplace noise
    std::vector<DifferencingSpecialCase>
        specialCases; // in this order: N = 2, all alike, few trials

    ExportData exportData() const override;
};

std::optional<ParamError> validateDifferencing(const DifferencingParams &params);
// Returns nullptr only when cancelled. Precondition: validateDifferencing passed.
std::shared_ptr<const DifferencingResult> simulateDifferencing(const DifferencingParams &params,
                                                               std::uint64_t seed,
                                                               const CancelFlag *cancel = nullptr);

// The lab definition (framework/typedlab.h); its model is TypedLab<DifferencingLab>.
struct DifferencingLab
{
    using Params = DifferencingParams;
    using Result = DifferencingResult;
    static constexpr const char *id = "differencing";
    static std::vector<Param<Params>> params();
    static std::optional<ParamError> validate(const Params &params)
    {
        return validateDifferencing(params);
    }
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel)
    {
        return simulateDifferencing(params, seed, cancel);
    }
};

} // namespace dp
