// Privacy-budget lab figures (issue 11 targets): composition curves, the
// averaging attack, one reconstruction, and the whole simulation at defaults.
#include "bench.h"

#include "labs/budget/budget.h"
#include "random/rng.h"

#include <string>

namespace bench {

namespace {
void benchBudget(Reporter &r, bool quick)
{
    const int reps = quick ? 1 : 7;
    {
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] {
                const auto curve = dp::compositionCurve(0.1, 1e-5, dp::NoiseMechanism::Laplace);
                sink += curve.back().zcdp + double(dp::queriesAllowedAdvanced(1.0, 0.1, 1e-5)) +
                        double(dp::queriesAllowedZcdp(1.0, dp::zcdpRhoPure(0.1), 1e-5,
                                                      dp::ZcdpConversion::CanonneKamathSteinke)) +
                        double(dp::advancedCrossover(0.1, 1e-5));
            },
            reps);
        doNotOptimize(sink);
        Figure f;
        f.name = "budget.composition_curves_k_1_to_1e6";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 20.0;
        f.note = "basic, advanced, zCDP (CKS) at 241 log-spaced k from 1 to 10^6, plus queries "
                 "allowed and crossover";
        r.add(f);
    }
    for (auto mech : {dp::NoiseMechanism::Laplace, dp::NoiseMechanism::Gaussian}) {
        const std::uint64_t trials = 1000, k = quick ? 1000 : 10000;
        const double scale = dp::budgetNoiseScale(mech, 0.1, 1e-5);
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] {
                for (std::uint64_t t = 0; t < trials; ++t) {
                    dp::Rng rng(3, t);
                    sink += dp::averagingError(rng, mech, scale, k, dp::AveragingMode::Aggregate);
                }
            },
            reps);
        doNotOptimize(sink);
        Figure f;
        const std::string m = mech == dp::NoiseMechanism::Laplace ? "laplace" : "gaussian";
        f.name = "budget.averaging_1000_trials_k_1e4." + m;
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 50.0;
        f.note =
            "exact aggregate (" +
            std::string(mech == dp::NoiseMechanism::Laplace ? "Gamma difference" : "one normal") +
            "), k = " + std::to_string(k);
        r.add(f);
    }
    {
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] {
                dp::Rng rng(5, 1);
                dp::ReconstructionRun run;
                dp::runReconstruction(500, {quick ? 600u : 2000u}, dp::NoiseMechanism::Gaussian,
                                      rng, run);
                sink += dp::scoreReconstruction(run, 0, 1.0).share;
            },
            quick ? 1 : 5);
        doNotOptimize(sink);
        Figure f;
        f.name = "budget.reconstruction_500_rows_2000_queries";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 500.0;
        f.note = "Gram matrix by blocks + Eigen Cholesky, 1 core";
        r.add(f);
    }
    {
        dp::BudgetParams p; // defaults
        if (quick)
            p.trials = 100;
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::simulateBudget(p, 7)->reconstructedShare); }, reps);
        Figure f;
        f.name = "budget.simulate_defaults";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.note = "whole simulateBudget() at default parameters (composition, averaging, "
                 "reconstruction curve)";
        r.add(f);
    }
}

const RegisterSuite registered("budget", &benchBudget);
} // namespace

} // namespace bench
