// Survey lab figures against ../shared/baselines/rr_numpy.py (same run).
#include "bench.h"

#include "labs/survey/survey.h"
#include "random/rng.h"

namespace bench {

namespace {
void benchSurvey(Reporter &r, bool quick)
{
    // numpy baseline: per-person randomized response, fair coins.
    std::optional<double> numpyNs;
    if (!quick) {
        if (auto s = runBaseline("rr_numpy.py", "1000000 20", "per_response_ns"))
            numpyNs = *s;
    }

    {
        // The generator itself: every kernel here is bounded by it.
        const std::uint64_t words = quick ? 1'000'000 : 200'000'000;
        std::uint64_t sink = 0;
        const double secs = medianSeconds(
            [&] {
                dp::Rng rng(3);
                std::uint64_t acc = 0;
                for (std::uint64_t i = 0; i < words; ++i)
                    acc += rng.next();
                sink += acc;
            },
            quick ? 1 : 3);
        doNotOptimize(sink);
        Figure f;
        f.name = "rng.xoshiro256ss.words_per_second";
        f.value = static_cast<double>(words) / secs / 1e9;
        f.unit = "G/s";
        f.higherIsBetter = true;
        f.note =
            "64-bit words, 1 core; a hand-written loop reached 0.9 G/s on the reference machine";
        r.add(f);
    }

    const std::uint64_t n = quick ? 10'000'000 : 1'000'000'000;
    for (bool fair : {true, false}) {
        dp::SurveyParams p;
        p.population = n;
        p.trueRate = 0.3;
        p.pHonest = fair ? 0.5 : 0.73;
        p.pYes = fair ? 0.5 : 0.31;
        const std::uint64_t k = dp::surveyTrueCount(p.population, p.trueRate);
        std::uint64_t sink = 0;
        std::uint64_t stream = 0;
        const double secs = medianSeconds(
            [&] {
                dp::Rng rng(1, ++stream);
                sink += dp::surveyPersonCount(p, k, rng);
            },
            quick ? 1 : 5);
        doNotOptimize(sink);
        Figure f;
        f.name = fair ? "survey.person.fair_coins" : "survey.person.biased_coins(0.73,0.31)";
        f.value = secs * 1e9 / static_cast<double>(n);
        f.unit = "ns";
        f.target = fair ? 0.05 : 0.5;
        f.note = "per respondent, 1 core, N=" + std::to_string(n);
        if (numpyNs) {
            f.baseline = *numpyNs;
            f.baselineName = "rr_numpy.py (fair coins)";
        }
        r.add(f);
    }

    {
        dp::SurveyParams p;
        p.population = 1'000'000'000;
        p.surveys = quick ? 1000 : 100'000;
        p.mode = dp::SurveyMode::Aggregate;
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::simulateSurvey(p, 7)->meanEstimate); }, quick ? 1 : 5);
        Figure f;
        f.name = "survey.aggregate.100k_surveys_of_1e9";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 50.0;
        f.note = "whole simulateSurvey(), " + std::to_string(p.surveys) + " surveys";
        r.add(f);
    }
}

const RegisterSuite registered("survey", &benchSurvey);
} // namespace

} // namespace bench
