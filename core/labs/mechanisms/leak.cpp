// The floating-point leak check (naive.h) and local against global noise.
#include "labs/mechanisms/mechanisms.h"

#include "labs/mechanisms/naive.h"
#include "mechanisms/noise.h"
#include "random/samplers.h"

#include <algorithm>
#include <cmath>

namespace dp {

namespace {
constexpr std::size_t kLeakExamples = 6;
constexpr std::uint64_t kPoll = 4096;
bool cancelled(const CancelFlag *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}
} // namespace

bool floatLeakCheck(const MechanismsParams &p, const NoiseSetup &s, double fx, double fy,
                    std::uint64_t seed, FloatLeak &out, const CancelFlag *cancel,
                    const std::vector<double> *drawnX, const std::vector<double> *drawnY)
{
    out = FloatLeak{};
    const std::uint64_t m = std::min<std::uint64_t>(p.samples, kLeakOutputsPerSide);
    out.naiveSampler = !isDiscrete(s.kind);
    const double b = laplaceScale(p.epsilon, p.sensitivity);
    std::vector<double> outputs(m);
    for (int side = 0; side < 2; ++side) {
        const double f = side == 0 ? fx : fy, other = side == 0 ? fy : fx;
        Rng rng(seed, 4 + side);
        const std::vector<double> *drawn = side == 0 ? drawnX : drawnY;
        if (!out.naiveSampler && !(drawn && drawn->size() >= m)) {
            if (!drawOutputs(s, f, rng, outputs.data(), m, cancel))
                return false;
            drawn = &outputs;
        }
        for (std::uint64_t i = 0; i < m; ++i) {
            if (i % kPoll == 0 && cancelled(cancel))
                return false;
            bool possible = true;
            double o = 0.0;
            if (out.naiveSampler) {
                o = naiveLaplaceOutput(rng, f, b);
                possible = naiveCanProduce(o, other, b);
            } else {
                // The exact samplers reach every integer from every integer input.
                o = (*drawn)[i];
                possible = (o - other) == std::round(o - other);
            }
            if (!possible) {
                ++(side == 0 ? out.onlyX : out.onlyY);
                if (out.examples.size() < kLeakExamples) {
                    out.examples.push_back(o);
                    out.exampleFromX.push_back(side == 0);
                }
            }
        }
        out.checked += m;
    }
    return true;
}

bool localVsGlobal(const MechanismsParams &p, std::uint64_t seed, LocalGlobal &out,
                   const CancelFlag *cancel)
{
    out = LocalGlobal{};
    const double eps = p.epsilon;
    const double pt =
        std::exp(eps) / (1.0 + std::exp(eps)); // truth probability of randomized response
    const double slope = std::tanh(0.5 * eps); // 2p − 1
    const double b = 1.0 / eps;                // Laplace on a count: Δ = 1
    const auto run = [&](std::uint64_t n, std::uint64_t stream, double &local, double &global,
                         double &localTh, double &globalTh) {
        const auto ones =
            static_cast<std::uint64_t>(std::llround(kLocalGlobalShare * static_cast<double>(n)));
        const double truth = static_cast<double>(ones) / static_cast<double>(n);
        const double lambda = truth * pt + (1 - truth) * (1 - pt);
        Rng rng(seed, stream);
        double sl = 0.0, sg = 0.0;
        for (int r = 0; r < kLocalGlobalRuns; ++r) {
            const std::uint64_t yes = binomial(rng, ones, pt) + binomial(rng, n - ones, 1 - pt);
            const double estLocal =
                (static_cast<double>(yes) / static_cast<double>(n) - (1 - pt)) / slope;
            const double estGlobal =
                (static_cast<double>(ones) + laplaceNoise(rng, b)) / static_cast<double>(n);
            sl += (estLocal - truth) * (estLocal - truth);
            sg += (estGlobal - truth) * (estGlobal - truth);
        }
        local = std::sqrt(sl / kLocalGlobalRuns);
        global = std::sqrt(sg / kLocalGlobalRuns);
        localTh = std::sqrt(lambda * (1 - lambda) / static_cast<double>(n)) / slope;
        globalTh = std::sqrt(2.0) * b / static_cast<double>(n);
    };
    for (int k = 2; k <= 16; ++k) { // N = 10 … 10^8 in half decades
        if (cancelled(cancel))
            return false;
        const auto n = static_cast<std::uint64_t>(std::llround(std::pow(10.0, 0.5 * k)));
        double l = 0, g = 0, lt = 0, gt = 0;
        run(n, 100 + k, l, g, lt, gt);
        out.n.push_back(static_cast<double>(n));
        out.localSim.push_back(l);
        out.globalSim.push_back(g);
        out.localTheory.push_back(lt);
        out.globalTheory.push_back(gt);
    }
    run(p.population, 99, out.localError, out.globalError, out.localTheoryAtN, out.globalTheoryAtN);
    out.ratio = out.localTheoryAtN / out.globalTheoryAtN;
    return true;
}

} // namespace dp
