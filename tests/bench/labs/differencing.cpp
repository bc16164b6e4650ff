// Differencing lab figures against ../shared/baselines/sensitivity_numpy.py and
// sensitivity_lists.py (measured in the same run).
#include "bench.h"

#include "labs/differencing/attack.h"
#include "labs/differencing/bitdb.h"
#include "labs/differencing/differencing.h"
#include "labs/differencing/sensitivity.h"
#include "random/rng.h"

#include <string>

namespace bench {

namespace {
std::string rowsText(std::uint64_t n)
{
    return "N=" + std::to_string(n);
}
} // namespace

namespace {
void benchDifferencing(Reporter &r, bool quick)
{
    std::optional<double> numpySeconds, listsSeconds;
    if (!quick) {
        numpySeconds = runBaseline("sensitivity_numpy.py", "10000000", "seconds");
        listsSeconds = runBaseline("sensitivity_lists.py", "20000 sum", "seconds");
    }

    // Leave-one-out sensitivity of the mean over 10^7 rows (database in memory).
    {
        const std::uint64_t n = quick ? 1'000'000 : 10'000'000;
        dp::Rng rng(1);
        const dp::BitDatabase db = dp::BitDatabase::random(n, 0.5, rng);
        double sink = 0.0;
        const double secsValue = medianSeconds(
            [&] {
                sink +=
                    dp::measuredSensitivity(db, dp::Query::Mean, dp::Neighbour::Remove, 0).value;
            },
            quick ? 3 : 21);
        const double secsSeries = medianSeconds(
            [&] {
                sink +=
                    dp::measuredSensitivity(db, dp::Query::Mean, dp::Neighbour::Remove, 0).value;
                sink += dp::neighbourSeriesDecimated(db, dp::Query::Mean, dp::Neighbour::Remove, 0,
                                                     dp::kDifferencingBuckets)
                            .size();
            },
            quick ? 3 : 21);
        const double secsAll = medianSeconds(
            [&] {
                sink += dp::neighbourSeries(db, dp::Query::Mean, dp::Neighbour::Remove, 0).back();
            },
            quick ? 1 : 5);
        doNotOptimize(sink);
        Figure f;
        f.name = "differencing.mean_sensitivity_1e7";
        f.value = secsSeries * 1e3;
        f.unit = "ms";
        f.target = 15.0;
        f.note =
            "measured sensitivity + row + decimated leave-one-out series (2000 pts), bit-packed, " +
            rowsText(n);
        if (numpySeconds) {
            f.baseline = *numpySeconds * 1e3;
            f.baselineName = "sensitivity_numpy.py (needs >= 40x)";
        }
        r.add(f);
        f.baselineName = numpySeconds ? "sensitivity_numpy.py" : "";
        Figure g = f;
        g.name = "differencing.mean_sensitivity_value_only_1e7";
        g.value = secsValue * 1e3;
        g.note = "sensitivity value and its row only (popcount), " + rowsText(n);
        r.add(g);
        Figure h = f;
        h.name = "differencing.mean_loo_materialised_1e7";
        h.value = secsAll * 1e3;
        h.target.reset();
        h.note = "all N leave-one-out means as doubles (what numpy builds; the lab never does), " +
                 rowsText(n);
        r.add(h);
    }

    // Same query at N = 20,000 against the quadratic seed algorithm.
    {
        const std::uint64_t n = 20'000;
        dp::Rng rng(1);
        const dp::BitDatabase db = dp::BitDatabase::random(n, 0.5, rng);
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] {
                sink += dp::measuredSensitivity(db, dp::Query::Sum, dp::Neighbour::Remove, 0).value;
                sink += dp::neighbourSeriesDecimated(db, dp::Query::Sum, dp::Neighbour::Remove, 0,
                                                     dp::kDifferencingBuckets)
                            .size();
            },
            quick ? 3 : 101);
        doNotOptimize(sink);
        Figure f;
        f.name = "differencing.sum_sensitivity_2e4";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.note = "sensitivity + decimated series, " + rowsText(n);
        if (listsSeconds) {
            f.baseline = *listsSeconds * 1e3;
            f.baselineName = "sensitivity_lists.py (seed form, O(N^2))";
        }
        r.add(f);
    }

    // Median over 10^6 rows.
    {
        const std::uint64_t n = 1'000'000;
        dp::Rng rng(2);
        const dp::BitDatabase db = dp::BitDatabase::random(n, 0.5, rng);
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] {
                sink +=
                    dp::measuredSensitivity(db, dp::Query::Median, dp::Neighbour::Remove, 0).value;
                sink += dp::neighbourSeriesDecimated(db, dp::Query::Median, dp::Neighbour::Remove,
                                                     0, dp::kDifferencingBuckets)
                            .size();
            },
            quick ? 3 : 51);
        doNotOptimize(sink);
        r.add({"differencing.median_sensitivity_1e6",
               secs * 1e3,
               "ms",
               {},
               "",
               100.0,
               false,
               "sensitivity + decimated series; 0/1 data: counts decide the median, O(N/64)"});
    }

    // 100,000 noisy attack trials (kept per trial for the CSV, as the lab does).
    {
        const std::uint64_t trials = quick ? 10'000 : 100'000;
        std::uint64_t sink = 0, seed = 0;
        const double secs = medianSeconds(
            [&] {
                dp::AttackTrials out;
                dp::simulateAttackTrials(dp::Query::Sum, 5000, 2500, 0, 1.0, trials, ++seed, 1,
                                         true, out);
                sink += out.successes;
            },
            quick ? 3 : 21);
        doNotOptimize(sink);
        r.add({"differencing.attack_trials_1e5",
               secs * 1e3,
               "ms",
               {},
               "",
               10.0,
               false,
               std::to_string(trials) + " trials, Laplace b = 1, one sub-stream per trial"});
    }

    // A whole lab run (what a slider move costs in core) at the largest sizes.
    for (std::uint64_t n : {std::uint64_t(10'000'000), std::uint64_t(100'000'000)}) {
        if (quick && n > 10'000'000)
            continue;
        dp::DifferencingParams p;
        p.rows = quick ? 1'000'000 : n;
        p.laplaceNoise = true;
        p.target = p.rows / 3;
        std::uint64_t seed = 0;
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] { sink += dp::simulateDifferencing(p, ++seed)->successRate; }, quick ? 1 : 7);
        doNotOptimize(sink);
        r.add({"differencing.run_" + std::string(n > 10'000'000 ? "1e8" : "1e7"),
               secs * 1e3,
               "ms",
               {},
               "",
               100.0,
               false,
               "whole simulateDifferencing(): new database, table, series, 2000 trials + 20x2000 "
               "curve, " +
                   rowsText(p.rows)});
    }
}

const RegisterSuite registered("differencing", &benchDifferencing);
} // namespace

} // namespace bench
