// Survey lab figures against ../shared/baselines/rr_numpy.py (same run).
#include "bench.h"

#include "rng.h"
#include "survey.h"

namespace bench {

void benchSurvey(Reporter &r, bool quick)
{
    // numpy baseline: per-person randomized response, fair coins.
    std::optional<double> numpyNs;
    if (!quick) {
        if (auto s = runBaseline("rr_numpy.py", "1000000 20", "per_response_ns"))
            numpyNs = *s;
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

} // namespace bench
