#pragma once
// Privacy budget lab: every answer costs, the averaging and reconstruction
// attacks, and composition (how fast the budget drains).
//
// Parameters (ids as on the command line):
//   budget             total ε allowed, (0, 100], default 1
//   epsilon_per_query  ε of one noisy count (Δ = 1), [0.01, 10], default 0.1
//   delta              δ (δ′ for advanced composition, δ of the zCDP
//                      conversion and of each Gaussian answer), default 1e-5
//   queries            k, 1 … 10,000 (log), default 100
//   composition        basic | advanced | zcdp: the rule the accountant uses
//   mechanism          laplace | gaussian: noise on each answer
//   true_count         the secret count the attacker wants, default 40
//   trials             repetitions of the averaging attack, default 1,000
//   rows               secret bits of the reconstruction attack, 10 … 2,000
//   noise_scale        standard deviation of the noise on each subset sum
//
// Composition (mechanisms/composition.h), all at k = queries:
//   Laplace answers are pure ε-DP:  basic k·ε (δ = 0); advanced ε′ at δ′ = δ;
//     zCDP ρ = k·ε²/2 converted at δ.
//   Gaussian answers are (ε, δ)-DP with the analytic σ: basic (k·ε, k·δ);
//     advanced (ε′, k·δ + δ); zCDP ρ = k/(2σ²) converted at δ.
//   The zCDP conversion shown is Canonne–Kamath–Steinke 2020 (tighter than
//   Bun–Steinke; both are exported).
// Queries allowed within `budget`: the largest k whose total ε fits, per
// rule (exact integer search). The accountant charges the better of basic
// and the chosen rule, so it allows max(basic, rule) queries and says which
// bound it used (BoundUsed).
//
// Averaging attack (averaging.h): errors at k = 1, 2, 5, 10, … ≤ queries
// and k = queries, over `trials` trials; trial t at grid point g uses
// Rng(seed, 1 + g·2³² + t), so a run is the same bits for the same seed.
// Reconstruction attack (reconstruction.h): Rng(seed, kReconstructionStream).
//
// Same (params, seed) → same result, bit for bit.

#include "framework/typedlab.h"
#include "labs/budget/averaging.h"
#include "labs/budget/reconstruction.h"
#include "mechanisms/accountant.h"
#include "mechanisms/composition.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace dp {

struct BudgetParams
{
    double budget = 1.0;
    double epsilonPerQuery = 0.1;
    double delta = 1e-5;
    std::uint64_t queries = 100;
    CompositionRule composition = CompositionRule::Basic;
    NoiseMechanism mechanism = NoiseMechanism::Laplace;
    double trueCount = 40.0;
    std::uint64_t trials = 1000;
    std::uint64_t rows = 100;
    double noiseScale = 1.0;
    AveragingMode averagingMode = AveragingMode::Auto; // not a command-line parameter
};

inline constexpr std::uint64_t kBudgetMaxQueries = 10000;
inline constexpr std::uint64_t kBudgetMaxRows = 2000;
inline constexpr std::uint64_t kBudgetMaxTrials = 100000;
inline constexpr double kCompositionCurveMaxK = 1e6;
inline constexpr std::uint64_t kReconstructionStream = 0xFFFF'FFFF'0000'0000ULL;

struct CompositionPoint
{
    double k = 0.0;
    double basic = 0.0, advanced = 0.0, zcdp = 0.0; // total ε
};

struct AveragingPoint
{
    std::uint64_t k = 0;
    double rmsError = 0.0;         // √(mean error²) over the trials
    double theoryError = 0.0;      // σ/√k
    double exactShare = 0.0;       // share of trials that round to the secret
    double exactProbability = 0.0; // P(|error| < ½), exact
    AveragingMode mode = AveragingMode::PerAnswer;
};

struct BudgetResult final : LabResult
{
    BudgetParams params;

    // One answer's noise.
    double noiseScale = 0.0;  // Laplace b or Gaussian σ
    double answerSd = 0.0;    // standard deviation of one answer's noise
    double rhoPerQuery = 0.0; // zCDP ρ of one answer

    // Composition at k = queries.
    double epsilonBasic = 0.0, epsilonAdvanced = 0.0, epsilonZcdp = 0.0;
    double epsilonZcdpBunSteinke = 0.0;
    double deltaBasic = 0.0, deltaAdvanced = 0.0, deltaZcdp = 0.0;
    double rho = 0.0;
    ZcdpConversion zcdpConversion = ZcdpConversion::CanonneKamathSteinke;
    std::uint64_t queriesAllowedBasic = 0, queriesAllowedAdvanced = 0, queriesAllowedZcdp = 0;
    std::uint64_t queriesAllowedAccountant = 0;     // the chosen rule, never worse than basic
    BoundUsed accountantBound = BoundUsed::Basic;   // which bound gives that count
    bool ruleWorseThanBasic = false;                // the chosen rule alone allows fewer than basic
    std::uint64_t crossover = 0;                    // first k where advanced < basic (0: never)
    std::vector<CompositionPoint> compositionCurve; // k = 1 … 10⁶, log-spaced

    // Averaging attack.
    std::vector<AveragingPoint> averaging;
    std::vector<std::uint64_t> csvQueries, csvTrial; // one per (k, trial)
    std::vector<double> csvEstimate, csvError;
    std::uint64_t attackerExactAfter = 0; // smallest k with P(round = secret) ≥ 95 % (0: > 10⁹)
    double finalRmsError = 0.0;           // at k = queries
    double finalExactShare = 0.0;

    // Reconstruction attack.
    struct ReconstructionPoint
    {
        std::uint64_t queries = 0;
        double shareAtNoise = 0.0;    // noise_scale
        double shareAtSqrtRows = 0.0; // noise √rows
        double shareAtDpNoise = 0.0;  // Laplace noise for the whole budget over these queries
        double dpNoise = 0.0;         // its standard deviation: √2·m/budget
    };
    struct NoisePoint
    {
        double noise = 0.0; // standard deviation of each answer's noise
        double share = 0.0; // at m = queries
    };
    std::vector<ReconstructionPoint> reconstructionCurve; // share vs queries
    std::vector<NoisePoint> noiseSweep;                   // share vs noise at m = queries
    std::uint64_t reconstructionSecretOnes = 0;
    double reconstructedShare = 0.0; // at queries and noise_scale
    double reconstructionRmsError = 0.0;
    double reconstructionTheoryError = 0.0; // 2·noise_scale/√queries (queries ≥ rows)
    double dpNoiseScale = 0.0;              // √2·queries/budget
    double dpReconstructedShare = 0.0;      // share at that noise

    ExportData exportData() const override;
};

std::optional<ParamError> validateBudget(const BudgetParams &params);
// Precondition: validateBudget passed. nullptr only when cancelled.
std::shared_ptr<const BudgetResult> simulateBudget(const BudgetParams &params, std::uint64_t seed,
                                                   const CancelFlag *cancel = nullptr);

// Pieces the page and the bench use directly.
double budgetNoiseScale(NoiseMechanism mechanism, double epsilon, double delta); // b or σ
double budgetAnswerSd(NoiseMechanism mechanism, double epsilon, double delta);
std::vector<CompositionPoint> compositionCurve(double epsilon, double delta,
                                               NoiseMechanism mechanism, int points = 241);
// Half width of the 95 % interval of one answer's noise: b·ln 20 (Laplace,
// P(|X| > t) = e^(−t/b)) or 1.959964·σ (Gaussian).
double answerHalfWidth95(NoiseMechanism mechanism, double epsilon, double delta);
// A noisy count: trueCount + one noise of the mechanism at ε (Δ = 1).
double noisyCount(Rng &rng, double trueCount, NoiseMechanism mechanism, double epsilon,
                  double delta);

// The lab definition (framework/typedlab.h); its model is TypedLab<BudgetLab>.
struct BudgetLab
{
    using Params = BudgetParams;
    using Result = BudgetResult;
    static constexpr const char *id = "budget";
    static std::vector<Param<Params>> params();
    static std::optional<ParamError> validate(const Params &params)
    {
        return validateBudget(params);
    }
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel)
    {
        return simulateBudget(params, seed, cancel);
    }
};

} // namespace dp
