// DP-SGD lab figures (issue 14): one training run, the accountant, the audit,
// and the whole slider-time simulation (the UI figure is in bench_ui.cpp).
#include "bench.h"

#include "labs/dpsgd/dpsgd.h"
#include "mechanisms/rdp.h"

#include <string>

namespace bench {

namespace {
void benchDpsgd(Reporter &r, bool quick)
{
    const dp::DpsgdParams defaults; // moons, 1,000 points, MLP, 20 epochs, batch 50
    {
        dp::Rng dataRng(1, 1);
        const dp::LabelledPoints data =
            dp::makeDataset(defaults.dataset, defaults.points, dp::kDpsgdLabelNoise, dataRng);
        const dp::TrainSettings s = dp::dpsgdSettings(defaults);
        dp::Rng initRng(1, 3);
        const std::vector<double> start = dp::dpsgdInitialWeights(s.model, initRng);
        std::uint64_t stream = 0;
        const double secs = medianSeconds(
            [&] {
                std::vector<double> theta = start;
                dp::Rng sampling(1, 100 + ++stream), noise(1, 10'000 + stream);
                dp::dpsgdTrain(data, s, theta, sampling, noise);
                doNotOptimize(theta[0]);
            },
            quick ? 1 : 9);
        Figure f;
        f.name = "dpsgd.train.mlp_1000_points_20_epochs";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 50.0;
        f.note = "one DP-SGD run: 400 steps, per-example gradients, clipping, noise, 1 core";
        r.add(f);
    }
    {
        double steps = 1e5;
        const double secs = medianSeconds(
            [&] {
                steps += 1.0; // a fresh call each time
                doNotOptimize(
                    dp::dpSgdEpsilon(256.0 / 60000.0, 1.1, steps, 1e-5, dp::RdpConversion::Standard)
                        .epsilon);
            },
            quick ? 1 : 21);
        Figure f;
        f.name = "dpsgd.accountant.1e5_steps";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 10.0;
        f.note = "RDP of the subsampled Gaussian at orders 2..256, composed and converted";
        r.add(f);
    }
    {
        dp::DpsgdParams p = defaults;
        p.auditRuns = quick ? 10 : 200;
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::auditDpsgd(p, 7).epsilonLowerBound); }, quick ? 1 : 3);
        Figure f;
        f.name = "dpsgd.audit." + std::to_string(p.auditRuns) + "_runs";
        f.value = secs * 1e3;
        f.unit = "ms";
        if (!quick)
            f.target = 5000.0;
        f.note = std::to_string(2 * p.auditRuns) +
                 " DP-SGD models at the defaults and the bound, 1 core";
        r.add(f);
    }
    {
        std::uint64_t seed = 0;
        const double secs = medianSeconds(
            [&] {
                doNotOptimize(
                    dp::simulateDpsgd(defaults, ++seed, nullptr, dp::DpsgdParts::WithoutAudit)
                        ->epsilon);
            },
            quick ? 1 : 9);
        Figure f;
        f.name = "dpsgd.simulate.default_without_audit";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.note =
            "what a slider change computes: SGD + DP-SGD with curves, grids and the 8-run σ sweep";
        r.add(f);
    }
}

const RegisterSuite registered("dpsgd", &benchDpsgd);
} // namespace

} // namespace bench
