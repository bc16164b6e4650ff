// Income lab figures against ../shared/baselines/income_numpy_loop.py (same run).
#include "bench.h"

#include "labs/income/income.h"
#include "mechanisms/gaussian.h"
#include "random/rng.h"

#include <string>

namespace bench {

namespace {
void benchIncome(Reporter &r, bool quick)
{
    // The seed's loop: one np.random.normal call per friend and per noise.
    const std::uint64_t n = quick ? 100'000 : 1'000'000;
    std::optional<double> seedNs;
    if (!quick) {
        if (auto s = runBaseline("income_numpy_loop.py", std::to_string(n), "seconds"))
            seedNs = *s * 1e9 / static_cast<double>(n);
    }

    {
        dp::IncomeParams p; // defaults: normal incomes, clipping on
        std::uint64_t stream = 0;
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] {
                dp::Rng rng(1, ++stream);
                dp::IncomeSums s;
                dp::incomePersonSums(p, n, rng, s);
                sink += s.noise;
            },
            quick ? 1 : 7);
        doNotOptimize(sink);
        Figure f;
        f.name = "income.person.ns_per_friend";
        f.value = secs * 1e9 / static_cast<double>(n);
        f.unit = "ns";
        f.note = "income + noise + clipping per friend, 1 core, N=" + std::to_string(n);
        if (seedNs) {
            f.baseline = *seedNs;
            f.baselineName = "income_numpy_loop.py (seed loop)";
            f.target = *seedNs / 100.0; // ≥ 100× the seed loop
        }
        r.add(f);
    }

    {
        dp::IncomeParams p;
        p.friends = 100'000'000;
        p.trials = quick ? 1000 : 100'000;
        p.mode = dp::IncomeMode::Aggregate;
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::simulateIncome(p, 7)->meanError); }, quick ? 1 : 5);
        Figure f;
        f.name = "income.aggregate.100k_rounds_of_1e8";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 50.0;
        f.note = "whole simulateIncome(), " + std::to_string(p.trials) +
                 " rounds (incl. display sample and error-vs-N series)";
        r.add(f);
    }

    const int calls = quick ? 100 : 20'000;
    for (bool sigmaDirection : {true, false}) {
        double sink = 0.0;
        const double secs = medianSeconds(
            [&] {
                for (int i = 0; i < calls; ++i) {
                    const double x = 0.05 + 4.0 * i / calls; // ε or σ/Δ over a wide range
                    sink += sigmaDirection ? dp::analyticGaussianSigma(x, 1e-5, 1.0)
                                           : dp::analyticGaussianEpsilon(x, 1e-5, 1.0);
                }
            },
            quick ? 1 : 5);
        doNotOptimize(sink);
        Figure f;
        f.name = sigmaDirection ? "gaussian.analytic.sigma_for_epsilon"
                                : "gaussian.analytic.epsilon_for_sigma";
        f.value = secs * 1e6 / calls;
        f.unit = "us";
        f.target = 50.0;
        f.note = "per call, to 1e-13 relative, delta=1e-5";
        r.add(f);
    }
}

const RegisterSuite registered("income", &benchIncome);
} // namespace

} // namespace bench
