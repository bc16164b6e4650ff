#include "labs/differencing/attack.h"

#include "random/rng.h"
#include "random/samplers.h"

#include <cmath>
#include <limits>
#include <utility>

namespace dp {

AttackRule attackRule(Query q, std::uint64_t n)
{
    switch (q) {
    case Query::Mean:
        return {static_cast<double>(n), static_cast<double>(n - 1)};
    case Query::Median:
        return {2.0, 1.0};
    default:
        return {1.0, 1.0};
    }
}

AttackSignal attackSignal(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold)
{
    const AttackRule rule = attackRule(q, n);
    AttackSignal s;
    s.full0 = queryValue(q, n, kOthers, threshold);
    s.full1 = queryValue(q, n, kOthers + 1, threshold);
    s.without = queryValue(q, n - 1, kOthers, threshold);
    s.r0 = rule.alpha * s.full0 - rule.beta * s.without;
    s.r1 = rule.alpha * s.full1 - rule.beta * s.without;
    return s;
}

double laplaceSumTail(double t, double c1, double c2)
{
    if (t < 0.0)
        return 1.0 - laplaceSumTail(-t, c1, c2);
    if (c1 < c2)
        std::swap(c1, c2);
    if (!(c1 > 0.0))
        return 0.0; // Z = 0 and t ≥ 0
    if (!(c2 > 0.0))
        return 0.5 * std::exp(-t / c1);
    if (c1 - c2 <= 1e-9 * c1) {
        const double c = 0.5 * (c1 + c2);
        return 0.5 * std::exp(-t / c) * (1.0 + t / (2.0 * c));
    }
    // ½·e^(−t/c₁)·(1 − s²·e^(−(t/c₂ − t/c₁))) / (1 − s²), s = c₂/c₁, via expm1.
    const double twoLogS = 2.0 * std::log1p((c2 - c1) / c1);
    const double gap = t * (c1 - c2) / (c1 * c2);
    return 0.5 * std::exp(-t / c1) * std::expm1(twoLogS - gap) / std::expm1(twoLogS);
}

double exactAttackSuccess(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scale)
{
    return exactAttackSuccess(q, n, kOthers, threshold, scale, scale);
}

double exactAttackSuccess(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scaleFull, double scaleWithout)
{
    const AttackRule rule = attackRule(q, n);
    const AttackSignal s = attackSignal(q, n, kOthers, threshold);
    const double c1 = rule.alpha * scaleFull, c2 = rule.beta * scaleWithout;
    return 0.5 * (laplaceSumTail(0.5 - s.r1, c1, c2) + 1.0 - laplaceSumTail(0.5 - s.r0, c1, c2));
}

double dpSuccessCeiling(double epsilon)
{
    if (std::isinf(epsilon))
        return 1.0;
    return 1.0 / (1.0 + std::exp(-epsilon));
}

double targetEpsilon(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold,
                     double epsilon, bool noise)
{
    const double dReplace = globalSensitivity(q, Neighbour::Replace, n, threshold);
    if (!noise)
        return dReplace > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
    const double d = globalSensitivity(q, nb, n, threshold);
    return d > 0.0 ? epsilon * dReplace / d : 0.0;
}

bool simulateAttackTrials(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scale, std::uint64_t trials, std::uint64_t seed,
                          std::uint64_t firstStream, bool keep, AttackTrials &out,
                          const CancelFlag *cancel)
{
    return simulateAttackTrials(q, n, kOthers, threshold, scale, scale, trials, seed, firstStream,
                                keep, out, cancel);
}

bool simulateAttackTrials(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scaleFull, double scaleWithout, std::uint64_t trials,
                          std::uint64_t seed, std::uint64_t firstStream, bool keep,
                          AttackTrials &out, const CancelFlag *cancel)
{
    const AttackRule rule = attackRule(q, n);
    const AttackSignal s = attackSignal(q, n, kOthers, threshold);
    const double full[2] = {s.full0, s.full1};
    out = AttackTrials{};
    if (keep) {
        out.targetValue.resize(trials);
        out.answerFull.resize(trials);
        out.answerWithout.resize(trials);
        out.guess.resize(trials);
    }
    const bool noisy = scaleFull > 0.0 || scaleWithout > 0.0;
    std::uint64_t successes = 0;
    for (std::uint64_t t = 0; t < trials; ++t) {
        if (cancel && (t & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
        Rng rng(seed, firstStream + t);
        const unsigned x = static_cast<unsigned>(rng.next() >> 63);
        double aFull = full[x], aWithout = s.without;
        if (noisy) {
            aFull += laplace(rng, scaleFull);
            aWithout += laplace(rng, scaleWithout);
        }
        const unsigned guess = rule.alpha * aFull - rule.beta * aWithout > 0.5 ? 1u : 0u;
        successes += guess == x;
        if (keep) {
            out.targetValue[t] = static_cast<std::uint8_t>(x);
            out.answerFull[t] = aFull;
            out.answerWithout[t] = aWithout;
            out.guess[t] = static_cast<std::uint8_t>(guess);
        }
    }
    out.successes = successes;
    return true;
}

} // namespace dp
