// Mechanisms lab figures: sampling rates of the continuous and exact discrete
// samplers, the empirical ε check, the float-leak check, a whole run.
#include "bench.h"

#include "labs/mechanisms/mechanisms.h"
#include "mechanisms/discrete.h"
#include "mechanisms/gaussian.h"
#include "mechanisms/noise.h"
#include "random/rng.h"

#include <string>
#include <vector>

namespace bench {

namespace {
void rate(Reporter &r, const std::string &name, double secs, double n, double targetM,
          const std::string &note)
{
    Figure f;
    f.name = "mechanisms." + name + ".msamples_per_s";
    f.value = n / secs / 1e6;
    f.unit = "M/s";
    f.target = targetM;
    f.higherIsBetter = true;
    f.note = note;
    r.add(f);
}
} // namespace

namespace {
void benchMechanisms(Reporter &r, bool quick)
{
    const std::size_t n = quick ? 200'000 : 10'000'000;
    const int reps = quick ? 1 : 5;
    std::vector<double> out(n);
    std::vector<std::int64_t> ints(n);
    std::uint64_t stream = 0;
    rate(r, "laplace",
         medianSeconds(
             [&] {
                 dp::Rng rng(1, ++stream);
                 dp::fillLaplace(rng, 40.0, 1.0, out.data(), n);
                 doNotOptimize(out[n - 1]);
             },
             reps),
         double(n), 100.0, "f + Lap(1) into an array, 1 core");
    rate(r, "gaussian",
         medianSeconds(
             [&] {
                 dp::Rng rng(2, ++stream);
                 dp::fillGaussian(rng, 40.0, 3.7306, out.data(), n);
                 doNotOptimize(out[n - 1]);
             },
             reps),
         double(n), 100.0, "f + N(0, 3.73²) (ziggurat), 1 core");
    const dp::DiscreteLaplace dl(1.0);
    rate(r, "discrete_laplace",
         medianSeconds(
             [&] {
                 dp::Rng rng(3, ++stream);
                 dp::fillDiscreteLaplace(rng, dl, ints.data(), n);
                 doNotOptimize(ints[n - 1]);
             },
             reps),
         double(n), 10.0, "exact, scale 1 (eps = 1), 1 core");
    const double sigma = dp::analyticGaussianSigma(1.0, 1e-5, 1.0);
    const dp::DiscreteGaussian dg(sigma * sigma);
    rate(r, "discrete_gaussian",
         medianSeconds(
             [&] {
                 dp::Rng rng(4, ++stream);
                 dp::fillDiscreteGaussian(rng, dg, ints.data(), n);
                 doNotOptimize(ints[n - 1]);
             },
             reps),
         double(n), 10.0, "exact, sigma 3.73 (eps 1, delta 1e-5), 1 core");

    {
        const std::size_t m = quick ? 200'000 : 10'000'000;
        std::vector<double> x(m), y(m);
        dp::Rng rx(5), ry(6);
        dp::fillLaplace(rx, 40.0, 1.0, x.data(), m);
        dp::fillLaplace(ry, 39.0, 1.0, y.data(), m);
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::empiricalCheck(x, y, 0.0, false).epsilonLowerBound); }, reps);
        Figure f;
        f.name = "mechanisms.empirical_epsilon.ms";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 200.0;
        f.note = std::to_string(m) +
                 " samples per side: choose the event on half, Clopper–Pearson on the other";
        r.add(f);
    }
    {
        dp::MechanismsParams p;
        p.samples = quick ? 20'000 : 500'000; // per side: 10^6 outputs checked in all
        const dp::NoiseSetup s = dp::noiseSetup(p);
        dp::FloatLeak leak;
        const double secs = medianSeconds(
            [&] {
                dp::floatLeakCheck(p, s, 40.0, 39.0, 7, leak);
                doNotOptimize(leak.onlyX);
            },
            reps);
        Figure f;
        f.name = "mechanisms.float_leak.ms";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 1000.0;
        f.note = std::to_string(leak.checked) + " naive outputs drawn and inverted (" +
                 std::to_string(leak.total()) + " leak)";
        r.add(f);
    }
    {
        const dp::MechanismsParams p; // defaults
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::simulateMechanisms(p, 9)->check.epsilonLowerBound); }, reps);
        Figure f;
        f.name = "mechanisms.simulate_defaults.ms";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.note = "whole simulateMechanisms() at the defaults (10^5 releases per side)";
        r.add(f);
    }
}

const RegisterSuite registered("mechanisms", &benchMechanisms);
} // namespace

} // namespace bench
