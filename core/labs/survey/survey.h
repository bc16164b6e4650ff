#pragma once
// The coin-flip survey: randomized response.
//
// Each respondent flips a first coin: heads (probability p) -> answers the
// true answer; tails -> flips a second coin and answers "yes" with
// probability q. This two-coin scheme is the forced-response design of
// randomized response (Boruch 1971, "Assuring confidentiality of responses in
// social research: a note on strategies", The American Sociologist 6:308–311),
// the form Dwork & Roth (2014), The Algorithmic Foundations of Differential
// Privacy, §3.2 analyse; with two fair coins it is (ln 3)-DP. (Warner 1965,
// the first randomized response, asks one of two complementary questions.)
//
//   a = P(yes | truly yes) = p + (1 − p)·q
//   b = P(yes | truly no)  = (1 − p)·q
//   ε = max( ln(a/b), ln((1 − b)/(1 − a)) )          (∞ when b = 0 or a = 1)
//   estimate π̂ = (λ̂ − b) / p, λ̂ = observed share of "yes" (undefined at p = 0)
//   Var(π̂) = λ(1 − λ)/(N p²),  λ = a·π + b·(1 − π)   (respondents drawn from a
//            large population; the analyst's standard error)
//   For a fixed population with k = round(π·N) true "yes" the repeated-survey
//   spread is Var = (k·a(1 − a) + (N − k)·b(1 − b)) / (N² p²).
//   95 % interval: the Wilson score interval [L, U] for λ from the yes count
//   (Wilson 1927; Agresti & Coull 1998), mapped through (· − b)/p, then each
//   end clamped to [0, 1]. The map keeps Wilson's coverage of λ (it is
//   monotone); clamping keeps it for every true share in [0, 1] (it only
//   cuts off impossible shares; at π = 0 it can only add coverage). Unlike
//   the plug-in (Wald) interval it does not collapse to zero width when
//   nobody or everybody answers "yes". It is built for respondents drawn at
//   random from a large population, so for the lab's repeated surveys of one
//   fixed population (smaller spread, see above) it covers more than 95 %.
//
// Two simulation modes with the same distribution:
//  * Person:    every respondent's answer is drawn individually, 64
//               respondents per machine word (dp::BernoulliWords). Both coins
//               are flipped for the respondents that are shown; elsewhere,
//               with biased coins, they are folded into one exact draw with
//               P(yes) = a or b, which has the same distribution at half the
//               cost.
//  * Aggregate: yes-count = Binomial(k, a) + Binomial(N − k, b), exact, so a
//               survey of 10^9 people costs two binomial draws.

#include "framework/typedlab.h"
#include "random/rng.h"
#include "stats/stats.h"

#include <cstdint>
#include <vector>

namespace dp {

enum class SurveyMode { Auto = 0, Person = 1, Aggregate = 2 };

struct SurveyParams
{
    std::uint64_t population = 1000;
    double trueRate = 0.3;
    double pHonest = 0.5;
    double pYes = 0.5;
    std::uint64_t surveys = 2000;
    SurveyMode mode = SurveyMode::Auto;
    bool hideTruth = false; // display only: the page hides the true share (guess, then reveal)
};

// Per-person mode is chosen automatically while population × surveys stays
// below this many simulated answers (about 10 ms at any coin bias).
inline constexpr double kPersonModeBudget = 5e7;
// Forcing the per-person mode beyond this is refused (it would take minutes).
inline constexpr double kPersonModeLimit = 2e10;
// At most this many respondents of the first survey are kept for display.
inline constexpr std::uint64_t kSurveyGridMax = 400;

struct RrProbabilities
{
    double yesIfTrue = 0.0;  // a
    double yesIfFalse = 0.0; // b
};

RrProbabilities rrProbabilities(double pHonest, double pYes);
// ε = max(ln(a/b), ln((1−b)/(1−a))); +∞ when one answer is given only by one group.
double rrEpsilon(double pHonest, double pYes);
// How many times more likely a "yes" is from a true yes than from a true no (a/b).
double rrYesRatio(double pHonest, double pYes);
// How many times more likely a "no" is from a true no than from a true yes ((1−b)/(1−a)).
double rrNoRatio(double pHonest, double pYes);
// (λ̂ − b)/p; NaN when pHonest = 0.
double rrEstimate(double observedRate, double pHonest, double pYes);
// √(λ(1 − λ)/(N p²)); +∞ when pHonest = 0.
double rrStandardError(double trueRate, std::uint64_t n, double pHonest, double pYes);
// Spread of repeated surveys of one fixed population with k true "yes".
double rrFixedPopulationSd(std::uint64_t k, std::uint64_t n, double pHonest, double pYes);
struct RrInterval
{
    double low = 0.0, high = 0.0;       // clamped to [0, 1]: what is shown
    double rawLow = 0.0, rawHigh = 0.0; // (L − b)/p, (U − b)/p: may leave [0, 1]
};
// The 95 % (1 − alpha) interval for the true share from `yes` of `n` answers
// (see the header comment); all NaN when pHonest = 0 or n = 0.
RrInterval rrInterval(std::uint64_t yes, std::uint64_t n, double pHonest, double pYes,
                      double alpha = 0.05);
// Number of people who truly answer yes: round(π·N).
std::uint64_t surveyTrueCount(std::uint64_t population, double trueRate);

struct Respondent
{
    bool truth = false;
    bool firstHeads = false; // answered honestly
    bool secondYes = false;  // the second coin (used only when firstHeads is false)
    bool answer = false;
};

struct TradeoffPoint
{
    double pHonest = 0.0;
    double epsilon = 0.0;
    double standardError = 0.0;
};

struct SurveyResult final : LabResult
{
    SurveyParams params;
    SurveyMode modeUsed = SurveyMode::Person;
    std::uint64_t trueCount = 0;
    double a = 0.0, b = 0.0;
    double epsilon = 0.0;
    double yesRatio = 1.0, noRatio = 1.0;
    bool estimateDefined = true; // false when p_honest = 0

    std::vector<std::uint64_t> yesCounts; // one per survey
    std::vector<double> estimates;        // one per survey (NaN when undefined)

    // Survey #1 as the analyst sees it.
    double observedRate = 0.0;
    double estimate = 0.0;
    double ciLow = 0.0, ciHigh = 0.0; // rrInterval: Wilson on λ, mapped, clamped to [0, 1]
    double ciLowUnclipped = 0.0, ciHighUnclipped = 0.0; // the same before clamping
    double standardError = 0.0;                         // √(λ(1−λ)/(N p²)) at the true λ
    double nonprivateStandardError = 0.0;               // √(π(1−π)/N)
    double fixedPopulationSd = 0.0; // spread of repeated surveys of this population

    // Over all repeated surveys.
    double meanEstimate = 0.0;
    double sdEstimate = 0.0;
    std::uint64_t outsideUnitInterval = 0; // estimates below 0 or above 1
    // Share of the repeated surveys whose 95 % interval holds the true share
    // (NaN when p_honest = 0). Above 95 % here: the interval is built for a
    // random sample, the lab re-surveys one fixed population.
    double intervalCoverage = 0.0;

    // Histogram of the estimates over all surveys, and the theoretical normal
    // curve N(π, fixedPopulationSd²) scaled to expected counts per bin.
    Histogram estimateHistogram;
    std::vector<Point> theoryCurve;

    // Respondents to draw (at most kSurveyGridMax, in a seeded shuffled
    // order): everyone of survey #1 when the population is that small, else
    // a stratified sample of survey #1; in the aggregate mode, where no
    // individual is simulated, an example group with the same coins.
    std::vector<Respondent> people;
    bool peopleFromSurvey1 = true;
    std::vector<TradeoffPoint> tradeoff; // ε and standard error as p_honest varies

    ExportData exportData() const override;
};

// Per-person simulation of one survey: number of "yes" answers. When `people`
// is not null it receives every respondent (only sensible for small N).
std::uint64_t surveyPersonCount(const SurveyParams &params, std::uint64_t trueCount, Rng &rng,
                                std::vector<Respondent> *people = nullptr);
std::uint64_t surveyAggregateCount(const SurveyParams &params, std::uint64_t trueCount, Rng &rng);

SurveyMode chooseSurveyMode(const SurveyParams &params);
std::optional<ParamError> validateSurvey(const SurveyParams &params);
// Returns nullptr only when cancelled.
std::shared_ptr<const SurveyResult> simulateSurvey(const SurveyParams &params, std::uint64_t seed,
                                                   const CancelFlag *cancel = nullptr);

// The lab definition (framework/typedlab.h); its model is TypedLab<SurveyLab>.
struct SurveyLab
{
    using Params = SurveyParams;
    using Result = SurveyResult;
    static constexpr const char *id = "survey";
    static std::vector<Param<Params>> params();
    static std::optional<ParamError> validate(const Params &params)
    {
        return validateSurvey(params);
    }
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel)
    {
        return simulateSurvey(params, seed, cancel);
    }
};

} // namespace dp
