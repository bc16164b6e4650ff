#pragma once
// Noise and the definition: the Laplace and Gaussian mechanisms on two
// neighbouring databases, ε as the attacker's odds, an empirical privacy
// check, the floating-point leak, and local against global noise.
//
// Setting. A counting query f with sensitivity Δ: on x (the target is in the
// data) f(x) = true_count; on its neighbour y (the target removed) f(y) =
// true_count − Δ, the worst case the noise must hide. Mechanisms, each
// claiming ε (and δ for the Gaussian ones):
//   laplace            f + Lap(b), b = Δ/ε                 ε-DP (Dwork & Roth Thm 3.6)
//   gaussian           f + N(0, σ²), σ analytic (Balle & Wang 2018)  (ε, δ)-DP
//   discrete_laplace   f + discrete Laplace, scale Δ/ε     ε-DP (Canonne, Kamath & Steinke 2020)
//   discrete_gaussian  f + discrete Gaussian, same σ²      (ε, δ_discrete)-DP (CKS 2020, Thm 7)
// and three broken ones that still CLAIM ε (the empirical check must catch them):
//   wrong_sensitivity  Laplace with b = (Δ/10)/ε — noise for a local sensitivity
//                      ten times too small: the true ε is 10ε.
//   uniform            f + Uniform(−A, A), A = b√6 (the Laplace variance 2b²):
//                      bounded noise, so outputs in (f(y) + A, f(x) + A] are
//                      impossible without the target: ε = ∞.
//   forced_yes         f + |Lap(b)|: noise that can only add, like a survey
//                      coin that can only force a "yes": outputs in
//                      [f(y), f(x)) are impossible with the target: ε = ∞.
//
// What simulate() computes (all exact unless "simulated"):
//  * exact densities p_x, p_y on a grid of outputs (pmf at integers for the
//    discrete ones), and histograms of `samples` simulated outputs per side;
//  * privacy loss L(o) = ln(p_x(o)/p_y(o)) on the grid (±∞ where one side is
//    0), the band ±ε, and for Gaussian mechanisms the escape region
//    {o: L(o) > ε} with its mass P_x[L > ε] and δ = E_x[(1 − e^(ε−L))⁺];
//  * the attacker: prior π, posterior P(in | o) = π p_x/(π p_x + (1−π) p_y)
//    on the grid, the ceiling e^ε·O/(1 + e^ε·O) with O = π/(1 − π) (Dwork &
//    Roth 2014; science sheet), the best (Bayes) attacker's exact success
//    probability Σ max(π p_x, (1−π) p_y), and 100 simulated replays;
//  * empirical ε lower bound (stats/audit.h): the event {o ≥ t} or {o < t}
//    and its direction are CHOSEN on the first half of the samples (largest
//    normal-approximation lower bound over a threshold grid) and EVALUATED on
//    the second half with exact Clopper–Pearson bounds at confidence 1 − α,
//    α = 0.05 split over the two bounds: ε_lb = ln((p₁,low − δ)/p₂,high).
//    A correct mechanism exceeds its ε with probability ≤ α.
//  * floating-point leak (Mironov 2012) for the mechanism's sampler: see naive.h.
//  * local vs global (population N, share of 1s π₁ = 0.3): randomized
//    response with truth probability e^ε/(1 + e^ε) per person against one
//    Laplace(1/ε) on the count. RMS error of the share estimate:
//      local  √(λ(1 − λ)/N)/tanh(ε/2),  λ = π₁·p + (1 − π₁)(1 − p)   (≈ 2√(λ(1−λ))/(ε√N))
//      global √2/(εN)
//    simulated on a grid of N (kLocalGlobalRuns releases each) beside the lines.
//
// Units: outputs in the query's units (counts), ε in nats, probabilities in [0, 1].
// Seeds: Rng(seed, stream) with one stream per part, so each part reproduces alone.

#include "framework/typedlab.h"
#include "random/rng.h"
#include "stats/stats.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace dp {

enum class MechanismKind {
    Laplace = 0,
    Gaussian,
    DiscreteLaplace,
    DiscreteGaussian,
    WrongSensitivity,
    Uniform,
    ForcedYes,
};
inline constexpr int kMechanismKinds = 7;
bool isDiscrete(MechanismKind k);
bool isGaussianKind(MechanismKind k); // claims (ε, δ)
bool isBroken(MechanismKind k);

struct MechanismsParams
{
    MechanismKind mechanism = MechanismKind::Laplace;
    double epsilon = 1.0;             // 0.01 … 10
    double delta = 1e-5;              // 1e-10 … 0.1, Gaussian mechanisms only
    double sensitivity = 1.0;         // Δ, 0.1 … 100 (whole for the discrete mechanisms)
    std::int64_t trueCount = 40;      // f(x), 0 … 10^6
    std::uint64_t samples = 100000;   // per side, 1 … 10^7
    double prior = 0.5;               // attacker's P(target in the data), 0.01 … 0.99
    std::uint64_t population = 10000; // N for local vs global, 10 … 10^8
};

inline constexpr double kWrongSensitivityFactor = 10.0; // the broken mechanism's Δ is 10× too small
inline constexpr double kLocalGlobalShare = 0.3;        // share of 1s in the population
inline constexpr int kLocalGlobalRuns = 400;            // releases per N on the error chart
inline constexpr int kReplays = 100;                    // icon array
inline constexpr double kAuditAlpha = 0.05;             // empirical check: 95 % confidence
inline constexpr std::uint64_t kLeakOutputsPerSide = 500000; // float-leak check: ≤ 10^6 outputs
inline constexpr int kGridPoints = 601;
inline constexpr int kHistogramBins = 80;

// Parameter rules (each range assumed checked); nullopt when fine. The error
// names the parameter: "sensitivity" (not whole for a discrete mechanism, or
// the discrete noise would be out of the exact samplers' range), "delta"/"epsilon".
std::optional<ParamError> validateMechanisms(const MechanismsParams &p);

struct Curve
{
    std::vector<double> x;
    std::vector<double> y;
};

enum class AuditEventKind { AtLeast = 0, Below = 1 }; // {o ≥ t} or {o < t}

struct EmpiricalCheck
{
    double epsilonLowerBound = 0.0; // −∞ when the second half shows no evidence
    double confidence = 1.0 - kAuditAlpha;
    AuditEventKind event = AuditEventKind::AtLeast;
    double threshold = 0.0;
    bool xOverY = true;                      // which side is more likely in the event
    std::uint64_t inFirst = 0, inSecond = 0; // evaluation-half counts (favoured side, other side)
    std::uint64_t evaluated = 0;             // samples per side in the evaluation half
    double pHigh = 0.0, pLow = 0.0;          // Clopper–Pearson p₁,low and p₂,high
    double maxDetectable = 0.0; // the largest ε_lb these sample sizes can show (all against none)
};

struct FloatLeak
{
    bool naiveSampler =
        true; // the double exhibit (laplace/gaussian/broken) or the exact discrete sampler
    std::uint64_t checked = 0;              // outputs checked (both sides)
    std::uint64_t onlyX = 0;                // outputs of x that y can never produce
    std::uint64_t onlyY = 0;                // and the other way round
    std::vector<double> examples;           // a few such outputs
    std::vector<std::uint8_t> exampleFromX; // 1: the example came from x
    std::uint64_t total() const { return onlyX + onlyY; }
};

struct LocalGlobal
{
    std::vector<double> n;                         // population sizes on the chart
    std::vector<double> localSim, globalSim;       // simulated RMS error of the share
    std::vector<double> localTheory, globalTheory; // the formulas above
    double localError = 0.0, globalError = 0.0;    // simulated, at today's N
    double localTheoryAtN = 0.0, globalTheoryAtN = 0.0;
    double ratio = 0.0; // localTheoryAtN / globalTheoryAtN
};

struct MechanismsResult final : LabResult
{
    MechanismsParams params;
    double fx = 0.0, fy = 0.0; // the two true answers
    double claimedEpsilon = 0.0, claimedDelta = 0.0;
    double laplaceScale = 0.0;  // b used by the Laplace-type noise (NaN for Gaussian)
    double gaussianSigma = 0.0; // analytic σ (NaN unless Gaussian)
    double gaussianSigmaClassic = 0.0;
    bool classicApplies = false;
    double noiseSd = 0.0; // standard deviation of the noise actually added
    double trueEpsilon =
        0.0; // the mechanism's real ε (∞ for uniform/forced_yes; = claim for correct)

    // Exact densities on the grid (pmf for discrete mechanisms).
    Curve densityX, densityY;
    // Simulated outputs, as densities on shared bins (count/(n·width)).
    Histogram histX, histY;
    // Privacy loss on the grid (±∞ where one side is 0; NaN where both are).
    Curve privacyLoss;
    double escapeThreshold = 0.0; // L(o) > ε for o beyond this (Gaussian; NaN otherwise)
    double escapeMass = 0.0;      // P_x[L > ε]
    double deltaExact = 0.0;      // E_x[(1 − e^(ε−L))⁺]: the δ actually needed at ε

    // The attacker.
    Curve posterior;                       // P(in | o) on the grid
    double ceiling = 0.0;                  // e^ε·O/(1 + e^ε·O)
    double maxPosterior = 0.0;             // max over the grid
    double bestAttackerSuccess = 0.0;      // exact Σ/∫ max(π p_x, (1−π) p_y)
    double baselineSuccess = 0.0;          // max(π, 1 − π): guessing without the release
    std::vector<std::uint8_t> replayIn;    // 100 replays: was the target in?
    std::vector<std::uint8_t> replayRight; // did the best attacker guess right?
    int replaysRight = 0;

    EmpiricalCheck check;
    FloatLeak leak;
    LocalGlobal localGlobal;

    // The first min(samples, kCsvRows) outputs per side, for the CSV.
    std::vector<double> outputX, outputY;

    ExportData exportData() const override;
};

inline constexpr std::uint64_t kCsvRows = 10000000;

std::shared_ptr<const MechanismsResult> simulateMechanisms(const MechanismsParams &p,
                                                           std::uint64_t seed,
                                                           const CancelFlag *cancel = nullptr);

// Parts, exposed for tests and the benchmark.
// Draws n outputs of the chosen mechanism centred at f into out (Rng stream per caller).
struct NoiseSetup
{
    MechanismKind kind = MechanismKind::Laplace;
    double scale = 1.0;  // b (Laplace-type, uniform uses A = b√6), or σ
    double sigma2 = 1.0; // σ² for the Gaussian ones
    double norm = 1.0;   // Σ_z exp(−z²/(2σ²)) for the discrete Gaussian
};
NoiseSetup noiseSetup(const MechanismsParams &p);
// Returns false when cancelled (polled every 65,536 draws).
bool drawOutputs(const NoiseSetup &s, double f, Rng &rng, double *out, std::size_t n,
                 const CancelFlag *cancel = nullptr);
double outputDensity(const NoiseSetup &s, double o, double f); // pmf for discrete

// The float-leak check of naive.h on min(samples, kLeakOutputsPerSide) naive
// outputs per side, or (discrete mechanisms) on the exact sampler's outputs
// (drawnX/drawnY when given: the outputs already simulated).
bool floatLeakCheck(const MechanismsParams &p, const NoiseSetup &s, double fx, double fy,
                    std::uint64_t seed, FloatLeak &out, const CancelFlag *cancel = nullptr,
                    const std::vector<double> *drawnX = nullptr,
                    const std::vector<double> *drawnY = nullptr);
bool localVsGlobal(const MechanismsParams &p, std::uint64_t seed, LocalGlobal &out,
                   const CancelFlag *cancel = nullptr);

EmpiricalCheck empiricalCheck(const std::vector<double> &x, const std::vector<double> &y,
                              double delta, bool discrete, double alpha = kAuditAlpha);

} // namespace dp

namespace dp {

// The lab definition (framework/typedlab.h); its model is TypedLab<MechanismsLab>.
struct MechanismsLab
{
    using Params = MechanismsParams;
    using Result = MechanismsResult;
    static constexpr const char *id = "mechanisms";
    static std::vector<Param<Params>> params();
    static std::optional<ParamError> validate(const Params &params)
    {
        return validateMechanisms(params);
    }
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel)
    {
        return simulateMechanisms(params, seed, cancel);
    }
};

} // namespace dp
