#include "labs/survey/survey.h"

#include "random/samplers.h"
#include "stats/stats.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

namespace dp {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

// ln(x/y) for probabilities, with the conventions ln(0/0) = 0 (no answer of
// that kind is ever given, so it reveals nothing) and ln(x/0) = ∞.
double logRatio(double x, double y)
{
    if (x == y)
        return 0.0;
    if (y <= 0.0)
        return kInf;
    if (x <= 0.0)
        return -kInf;
    return std::log(x / y);
}
} // namespace

RrProbabilities rrProbabilities(double pHonest, double pYes)
{
    const double b = (1.0 - pHonest) * pYes;
    return {pHonest + b, b};
}

double rrEpsilon(double pHonest, double pYes)
{
    const auto [a, b] = rrProbabilities(pHonest, pYes);
    return std::max({0.0, logRatio(a, b), logRatio(1.0 - b, 1.0 - a)});
}

double rrYesRatio(double pHonest, double pYes)
{
    const auto [a, b] = rrProbabilities(pHonest, pYes);
    return std::exp(logRatio(a, b));
}

double rrNoRatio(double pHonest, double pYes)
{
    const auto [a, b] = rrProbabilities(pHonest, pYes);
    return std::exp(logRatio(1.0 - b, 1.0 - a));
}

double rrEstimate(double observedRate, double pHonest, double pYes)
{
    if (!(pHonest > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    return (observedRate - (1.0 - pHonest) * pYes) / pHonest;
}

double rrStandardError(double trueRate, std::uint64_t n, double pHonest, double pYes)
{
    if (!(pHonest > 0.0) || n == 0)
        return kInf;
    const auto [a, b] = rrProbabilities(pHonest, pYes);
    const double lambda = a * trueRate + b * (1.0 - trueRate);
    return std::sqrt(lambda * (1.0 - lambda) / static_cast<double>(n)) / pHonest;
}

double rrFixedPopulationSd(std::uint64_t k, std::uint64_t n, double pHonest, double pYes)
{
    if (!(pHonest > 0.0) || n == 0)
        return kInf;
    const auto [a, b] = rrProbabilities(pHonest, pYes);
    const double var =
        static_cast<double>(k) * a * (1.0 - a) + static_cast<double>(n - k) * b * (1.0 - b);
    return std::sqrt(var) / (static_cast<double>(n) * pHonest);
}

RrInterval rrInterval(std::uint64_t yes, std::uint64_t n, double pHonest, double pYes, double alpha)
{
    if (!(pHonest > 0.0) || n == 0) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan, nan};
    }
    const double b = (1.0 - pHonest) * pYes;
    const Interval lambda = wilsonInterval(yes, n, alpha);
    RrInterval r;
    r.rawLow = (lambda.low - b) / pHonest;
    r.rawHigh = (lambda.high - b) / pHonest;
    r.low = std::clamp(r.rawLow, 0.0, 1.0);
    r.high = std::clamp(r.rawHigh, 0.0, 1.0);
    return r;
}

std::uint64_t surveyTrueCount(std::uint64_t population, double trueRate)
{
    const double k = std::round(trueRate * static_cast<double>(population));
    return std::min<std::uint64_t>(population, static_cast<std::uint64_t>(std::max(0.0, k)));
}

namespace {

// The hot loop for fair coins: the same random words in the same order as
// the recording loop below, so with fair coins a survey's count does not
// depend on whether its respondents are kept for display.
template <typename FirstCoin, typename SecondCoin>
[[gnu::always_inline]] inline std::uint64_t countAnswers(std::uint64_t n, std::uint64_t trueCount,
                                                         Rng &stream, const FirstCoin &firstCoin,
                                                         const SecondCoin &secondCoin)
{
    // A local copy of the generator lets the compiler keep its state in
    // registers (through the reference it must assume aliasing).
    Rng rng = stream;
    std::uint64_t yes = 0;
    const std::uint64_t fullTrueWords = trueCount / 64;
    std::uint64_t w = 0;
    for (; w < fullTrueWords; ++w) { // everyone in these words truly did it
        const std::uint64_t first = firstCoin(rng);
        const std::uint64_t second = secondCoin(rng);
        yes += static_cast<std::uint64_t>(std::popcount(first | second));
    }
    const std::uint64_t words = (n + 63) / 64;
    for (; w < words; ++w) {
        const std::uint64_t start = w * 64;
        const std::uint64_t lanes = std::min<std::uint64_t>(64, n - start);
        const std::uint64_t valid =
            lanes == 64 ? ~std::uint64_t(0) : ((std::uint64_t(1) << lanes) - 1);
        const std::uint64_t truth =
            start >= trueCount ? 0
                               : ((std::uint64_t(1) << (trueCount - start)) - 1); // partial word
        const std::uint64_t first = firstCoin(rng);
        const std::uint64_t second = secondCoin(rng);
        yes += static_cast<std::uint64_t>(
            std::popcount(((truth & (first | second)) | (~truth & ~first & second)) & valid));
    }
    stream = rng;
    return yes;
}

// Compiled twice: with the POPCNT instruction for processors that have it
// (chosen at load time) and without. Same result either way.
[[gnu::target_clones("popcnt", "default")]] std::uint64_t countFair(std::uint64_t n,
                                                                    std::uint64_t k, Rng &rng)
{
    const auto fair = [](Rng &r) { return r.next(); };
    return countAnswers(n, k, rng, fair, fair);
}

// Any coin bias: a respondent who did it answers "yes" with probability a,
// one who did not with probability b (the two coins folded into one exact
// draw per person), so one Bernoulli word serves 64 people instead of two.
// Same distribution as flipping both coins; the coins themselves are drawn
// only where they are shown (the recording loop below).
[[gnu::target_clones("popcnt", "default")]] std::uint64_t
countBiased(std::uint64_t n, std::uint64_t trueCount, Rng &stream, double a, double b)
{
    Rng rng = stream;
    const BernoulliWords yesIfTrue(a), yesIfFalse(b);
    std::uint64_t yes = 0;
    const std::uint64_t fullTrueWords = trueCount / 64;
    std::uint64_t w = 0;
    for (; w < fullTrueWords; ++w)
        yes += static_cast<std::uint64_t>(std::popcount(yesIfTrue(rng)));
    const std::uint64_t words = (n + 63) / 64;
    for (; w < words; ++w) {
        const std::uint64_t start = w * 64;
        const std::uint64_t lanes = std::min<std::uint64_t>(64, n - start);
        const std::uint64_t valid =
            lanes == 64 ? ~std::uint64_t(0) : ((std::uint64_t(1) << lanes) - 1);
        std::uint64_t answer;
        if (start < trueCount) { // the one word with both kinds of people
            const std::uint64_t truth = (std::uint64_t(1) << (trueCount - start)) - 1;
            const std::uint64_t ifTrue = yesIfTrue(rng);
            answer = (truth & ifTrue) | (~truth & yesIfFalse(rng));
        } else {
            answer = yesIfFalse(rng);
        }
        yes += static_cast<std::uint64_t>(std::popcount(answer & valid));
    }
    stream = rng;
    return yes;
}

} // namespace

std::uint64_t surveyPersonCount(const SurveyParams &params, std::uint64_t trueCount, Rng &rng,
                                std::vector<Respondent> *people)
{
    if (!people) {
        if (params.pHonest == 0.5 && params.pYes == 0.5)
            return countFair(params.population, trueCount, rng);
        const auto [a, b] = rrProbabilities(params.pHonest, params.pYes);
        return countBiased(params.population, trueCount, rng, a, b);
    }
    // The population is laid out with its trueCount "yes" people first; which
    // lane is which person does not change any count. Answer per lane:
    // truth = 1: heads ? 1 : second  ->  first | second
    // truth = 0: heads ? 0 : second  -> ~first & second
    const std::uint64_t n = params.population;
    const double p = params.pHonest;
    const double q = params.pYes;
    const bool fair = (p == 0.5 && q == 0.5);
    const BernoulliWords firstCoin(p), secondCoin(q);
    std::uint64_t yes = 0;
    // Respondents kept for display: everyone when n ≤ kSurveyGridMax, else a
    // stratified sample: the first m1 true-"yes" lanes and the first m0
    // true-"no" lanes, in proportion (lanes are independent given the truth).
    std::uint64_t m1 = n, m0 = 0;
    if (people) {
        people->clear();
        if (n > kSurveyGridMax) {
            m1 = static_cast<std::uint64_t>(
                std::llround(static_cast<double>(kSurveyGridMax) * static_cast<double>(trueCount) /
                             static_cast<double>(n)));
            m0 = kSurveyGridMax - m1;
        }
        people->reserve(std::min<std::uint64_t>(n, kSurveyGridMax));
    }
    for (std::uint64_t start = 0; start < n; start += 64) {
        const std::uint64_t lanes = std::min<std::uint64_t>(64, n - start);
        const std::uint64_t valid =
            lanes == 64 ? ~std::uint64_t(0) : ((std::uint64_t(1) << lanes) - 1);
        std::uint64_t truth;
        if (start + lanes <= trueCount)
            truth = ~std::uint64_t(0);
        else if (start >= trueCount)
            truth = 0;
        else
            truth = (std::uint64_t(1) << (trueCount - start)) - 1;
        std::uint64_t first, second;
        if (fair) {
            first = rng.next();
            second = rng.next();
        } else {
            first = firstCoin(rng);
            second = secondCoin(rng);
        }
        const std::uint64_t answer =
            ((truth & (first | second)) | (~truth & ~first & second)) & valid;
        yes += static_cast<std::uint64_t>(std::popcount(answer));
        if (people && (start < m1 || (start + lanes > trueCount && start < trueCount + m0))) {
            for (std::uint64_t lane = 0; lane < lanes; ++lane) {
                const std::uint64_t g = start + lane;
                if (!(g < m1 || (g >= trueCount && g < trueCount + m0)))
                    continue;
                Respondent r;
                r.truth = (truth >> lane) & 1;
                r.firstHeads = (first >> lane) & 1;
                r.secondYes = (second >> lane) & 1;
                r.answer = (answer >> lane) & 1;
                people->push_back(r);
            }
        }
    }
    return yes;
}

std::uint64_t surveyAggregateCount(const SurveyParams &params, std::uint64_t trueCount, Rng &rng)
{
    const auto [a, b] = rrProbabilities(params.pHonest, params.pYes);
    return binomial(rng, trueCount, a) + binomial(rng, params.population - trueCount, b);
}

SurveyMode chooseSurveyMode(const SurveyParams &params)
{
    if (params.mode != SurveyMode::Auto)
        return params.mode;
    const double work =
        static_cast<double>(params.population) * static_cast<double>(params.surveys);
    return work <= kPersonModeBudget ? SurveyMode::Person : SurveyMode::Aggregate;
}

std::optional<ParamError> validateSurvey(const SurveyParams &params)
{
    if (params.population < 1)
        return ParamError::outOfRange("population", static_cast<double>(params.population), 1,
                                      static_cast<double>(kMaxBinomialN));
    if (params.population > kMaxBinomialN)
        return ParamError::outOfRange("population", static_cast<double>(params.population), 1,
                                      static_cast<double>(kMaxBinomialN));
    if (params.surveys < 1)
        return ParamError::outOfRange("surveys", 0, 1, 100000);
    for (auto [id, v] : {std::pair{"true_rate", params.trueRate},
                         std::pair{"p_honest", params.pHonest}, std::pair{"p_yes", params.pYes}}) {
        if (!(v >= 0.0 && v <= 1.0))
            return ParamError::outOfRange(id, v, 0, 1);
    }
    if (params.mode == SurveyMode::Person &&
        static_cast<double>(params.population) * static_cast<double>(params.surveys) >
            kPersonModeLimit)
        return ParamError::broken("mode", "person_mode_limit",
                                  static_cast<double>(params.population) *
                                      static_cast<double>(params.surveys),
                                  kPersonModeLimit);
    return std::nullopt;
}

std::shared_ptr<const SurveyResult> simulateSurvey(const SurveyParams &params, std::uint64_t seed,
                                                   const CancelFlag *cancel)
{
    auto result = std::make_shared<SurveyResult>();
    SurveyResult &r = *result;
    r.params = params;
    r.modeUsed = chooseSurveyMode(params);
    const std::uint64_t n = params.population;
    const double nn = static_cast<double>(n);
    r.trueCount = surveyTrueCount(n, params.trueRate);
    const double pi = static_cast<double>(r.trueCount) / nn;
    const auto probs = rrProbabilities(params.pHonest, params.pYes);
    r.a = probs.yesIfTrue;
    r.b = probs.yesIfFalse;
    r.epsilon = rrEpsilon(params.pHonest, params.pYes);
    r.yesRatio = rrYesRatio(params.pHonest, params.pYes);
    r.noRatio = rrNoRatio(params.pHonest, params.pYes);
    r.estimateDefined = params.pHonest > 0.0;

    r.yesCounts.resize(params.surveys);
    r.estimates.resize(params.surveys);
    RunningStats spread;
    std::uint64_t covered = 0;
    for (std::uint64_t s = 0; s < params.surveys; ++s) {
        if (cancel && (s & 63) == 0 && cancel->load(std::memory_order_relaxed))
            return nullptr;
        Rng rng(seed, s + 1); // stream 0 is kept for choices that are not per survey
        std::uint64_t yes;
        if (r.modeUsed == SurveyMode::Person)
            yes = surveyPersonCount(params, r.trueCount, rng, s == 0 ? &r.people : nullptr);
        else
            yes = surveyAggregateCount(params, r.trueCount, rng);
        r.yesCounts[s] = yes;
        const double est = rrEstimate(static_cast<double>(yes) / nn, params.pHonest, params.pYes);
        r.estimates[s] = est;
        if (std::isfinite(est)) {
            spread.add(est);
            if (est < 0.0 || est > 1.0)
                ++r.outsideUnitInterval;
            const RrInterval ci = rrInterval(yes, n, params.pHonest, params.pYes);
            if (ci.low <= pi && pi <= ci.high)
                ++covered;
        }
    }
    r.intervalCoverage = r.estimateDefined
                             ? static_cast<double>(covered) / static_cast<double>(params.surveys)
                             : std::numeric_limits<double>::quiet_NaN();
    r.peopleFromSurvey1 = r.modeUsed == SurveyMode::Person;
    if (r.modeUsed == SurveyMode::Aggregate) {
        // No individual exists in the aggregate mode: show an example group
        // of respondents with the same coins and true share (stream 0).
        SurveyParams example = params;
        example.population = std::min<std::uint64_t>(n, kSurveyGridMax);
        Rng rng(seed, 0);
        surveyPersonCount(example, surveyTrueCount(example.population, params.trueRate), rng,
                          &r.people);
    }
    // People are laid out "true yes first"; show them in a seeded shuffled order.
    if (!r.people.empty()) {
        Rng shuffleRng(seed, ~std::uint64_t(0));
        for (std::size_t i = r.people.size() - 1; i > 0; --i)
            std::swap(r.people[i], r.people[shuffleRng.below(i + 1)]);
    }

    r.observedRate = static_cast<double>(r.yesCounts[0]) / nn;
    r.estimate = r.estimates[0];
    const RrInterval ci = rrInterval(r.yesCounts[0], n, params.pHonest, params.pYes);
    r.ciLow = ci.low;
    r.ciHigh = ci.high;
    r.ciLowUnclipped = ci.rawLow;
    r.ciHighUnclipped = ci.rawHigh;
    r.standardError = rrStandardError(pi, n, params.pHonest, params.pYes);
    r.nonprivateStandardError = std::sqrt(pi * (1.0 - pi) / nn);
    r.fixedPopulationSd = rrFixedPopulationSd(r.trueCount, n, params.pHonest, params.pYes);
    r.meanEstimate = spread.count() ? spread.mean() : std::numeric_limits<double>::quiet_NaN();
    r.sdEstimate = spread.count() > 1 ? spread.sd() : std::numeric_limits<double>::quiet_NaN();

    // Histogram over a range that holds the estimates and the theory's ±4 sd.
    {
        std::vector<double> finite;
        finite.reserve(r.estimates.size());
        for (double e : r.estimates)
            if (std::isfinite(e))
                finite.push_back(e);
        if (!finite.empty()) {
            auto [lo, hi] = paddedRange(finite, 1e-3);
            if (std::isfinite(r.fixedPopulationSd)) {
                lo = std::min(lo, pi - 4.0 * r.fixedPopulationSd);
                hi = std::max(hi, pi + 4.0 * r.fixedPopulationSd);
            }
            const std::size_t bins = std::clamp<std::size_t>(
                static_cast<std::size_t>(2.0 * std::cbrt(static_cast<double>(finite.size()))), 5,
                60);
            // Estimates live on a lattice (y − N·b)/(N·p), y = 0…N. When the
            // lattice step is coarse, bins hold a whole number of steps each
            // so that the histogram shows no comb pattern.
            std::size_t nBins = bins;
            const double step = 1.0 / (nn * params.pHonest);
            if (std::isfinite(step) && step * 10.0 > (hi - lo) / static_cast<double>(bins)) {
                const double width = std::ceil((hi - lo) / static_cast<double>(bins) / step) * step;
                const double offset = -r.b / params.pHonest;
                lo = offset + std::floor((lo - offset) / step) * step - 0.5 * step;
                nBins = static_cast<std::size_t>(std::ceil((hi - lo) / width));
                hi = lo + static_cast<double>(nBins) * width;
            }
            r.estimateHistogram = Histogram(lo, hi, nBins);
            for (double e : finite)
                r.estimateHistogram.add(e);
            const double sd = r.fixedPopulationSd;
            if (std::isfinite(sd) && sd > 0.0) {
                const double scale =
                    static_cast<double>(finite.size()) * r.estimateHistogram.binWidth() / sd;
                constexpr int kCurvePoints = 161;
                for (int i = 0; i < kCurvePoints; ++i) {
                    const double x = lo + (hi - lo) * i / (kCurvePoints - 1);
                    r.theoryCurve.push_back({x, scale * normalPdf((x - pi) / sd)});
                }
            }
        }
    }

    constexpr int kTradeoffPoints = 61;
    for (int i = 0; i < kTradeoffPoints; ++i) {
        const double p = 0.02 + 0.96 * i / (kTradeoffPoints - 1);
        r.tradeoff.push_back(
            {p, rrEpsilon(p, params.pYes), rrStandardError(pi, n, p, params.pYes)});
    }
    return result;
}

ExportData SurveyResult::exportData() const
{
    ExportData d;
    d.csvColumns = {"survey", "yes_count", "observed_rate", "estimate"};
    d.csvRows.reserve(yesCounts.size());
    const double nn = static_cast<double>(params.population);
    for (std::size_t s = 0; s < yesCounts.size(); ++s)
        d.csvRows.push_back({static_cast<double>(s + 1), static_cast<double>(yesCounts[s]),
                             static_cast<double>(yesCounts[s]) / nn, estimates[s]});
    d.figures = {{"observed_rate", observedRate},
                 {"estimate", estimate},
                 {"ci_low", ciLow},
                 {"ci_high", ciHigh},
                 {"ci_low_unclipped", ciLowUnclipped},
                 {"ci_high_unclipped", ciHighUnclipped},
                 {"interval_coverage", intervalCoverage},
                 {"standard_error", standardError},
                 {"nonprivate_standard_error", nonprivateStandardError},
                 {"implied_epsilon", epsilon},
                 {"true_rate", static_cast<double>(trueCount) / nn},
                 {"true_count", static_cast<double>(trueCount)},
                 {"p_yes_if_true", a},
                 {"p_yes_if_false", b},
                 {"fixed_population_sd", fixedPopulationSd},
                 {"mean_estimate", meanEstimate},
                 {"sd_estimate", sdEstimate},
                 {"surveys", static_cast<double>(yesCounts.size())},
                 {"population", nn}};
    d.notes = {{"mode", modeUsed == SurveyMode::Person ? "person" : "aggregate"},
               {"implied_epsilon_text", std::isfinite(epsilon) ? "finite" : "infinite"}};
    d.notes.push_back({"estimate_text", estimateDefined ? "defined" : "undefined"});
    return d;
}

std::vector<Param<SurveyParams>> SurveyLab::params()
{
    return {
        bind(&Params::population, {.id = "population", .min = 10, .max = 1e9, .log = true}),
        bind(&Params::trueRate,
             {.id = "true_rate", .min = 0, .max = 1, .unit = "%", .decimals = 1}),
        bind(&Params::hideTruth, {.id = "hide_truth", .displayOnly = true}),
        bind(&Params::pHonest, {.id = "p_honest", .min = 0, .max = 1, .unit = "%", .decimals = 1}),
        bind(&Params::pYes, {.id = "p_yes", .min = 0, .max = 1, .unit = "%", .decimals = 1}),
        bind(&Params::surveys, {.id = "surveys", .min = 1, .max = 100000, .log = true}),
        bind(&Params::mode, {.id = "mode", .choices = {"auto", "person", "aggregate"}}),
    };
}

} // namespace dp
