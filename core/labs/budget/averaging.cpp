#include "labs/budget/averaging.h"

#include "random/samplers.h"

#include <algorithm>
#include <cmath>

namespace dp {

double regularizedGammaP(double a, double x)
{
    if (!(x > 0.0))
        return 0.0;
    const double logPrefix = -x + a * std::log(x) - std::lgamma(a);
    if (x < a + 1.0) {
        double ap = a, sum = 1.0 / a, del = sum;
        for (int n = 0; n < 10'000'000; ++n) {
            ap += 1.0;
            del *= x / ap;
            sum += del;
            if (std::fabs(del) < std::fabs(sum) * 1e-16)
                break;
        }
        return std::min(1.0, sum * std::exp(logPrefix));
    }
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    for (int i = 1; i < 10'000'000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < 1e-16)
            break;
    }
    return std::max(0.0, 1.0 - std::exp(logPrefix) * h);
}

double gammaSample(Rng &rng, double shape)
{
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = standardNormal(rng);
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = rng.uniformOpen();
        const double x2 = x * x;
        if (u < 1.0 - 0.0331 * x2 * x2)
            return d * v;
        if (std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

double averagingError(Rng &rng, NoiseMechanism mechanism, double noiseScale, std::uint64_t k,
                      AveragingMode mode)
{
    const double kd = static_cast<double>(k);
    if (mode == AveragingMode::Auto)
        mode = kd <= kPerAnswerDraws ? AveragingMode::PerAnswer : AveragingMode::Aggregate;
    if (mode == AveragingMode::PerAnswer) {
        double sum = 0.0;
        if (mechanism == NoiseMechanism::Laplace)
            for (std::uint64_t i = 0; i < k; ++i)
                sum += laplace(rng, noiseScale);
        else
            for (std::uint64_t i = 0; i < k; ++i)
                sum += standardNormal(rng);
        return mechanism == NoiseMechanism::Laplace ? sum / kd : noiseScale * sum / kd;
    }
    if (mechanism == NoiseMechanism::Gaussian)
        return noiseScale / std::sqrt(kd) * standardNormal(rng);
    const double g1 = gammaSample(rng, kd);
    const double g2 = gammaSample(rng, kd);
    return noiseScale * (g1 - g2) / kd;
}

double exactRoundingProbability(NoiseMechanism mechanism, double noiseScale, std::uint64_t k)
{
    const double kd = static_cast<double>(k);
    if (k == 0)
        return 0.0;
    if (mechanism == NoiseMechanism::Gaussian)
        return std::erf(0.5 * std::sqrt(kd) / (noiseScale * std::sqrt(2.0)));
    // Laplace: |G1 − G2| < a with a = k/(2b).
    const double a = kd / (2.0 * noiseScale);
    const double sd = std::sqrt(kd);
    const double lo = std::max(0.0, kd - 10.0 * sd - 12.0);
    const double hi = kd + 10.0 * sd + 12.0;
    const double lgk = std::lgamma(kd);
    auto integrand = [&](double y) {
        double density = 0.0;
        if (y > 0.0)
            density = std::exp((kd - 1.0) * std::log(y) - y - lgk);
        else if (k == 1)
            density = 1.0;
        if (density == 0.0)
            return 0.0;
        return density *
               (regularizedGammaP(kd, y + a) - regularizedGammaP(kd, std::max(y - a, 0.0)));
    };
    auto simpson = [&](double from, double to, int n) { // n even
        const double h = (to - from) / n;
        double sum = integrand(from) + integrand(to);
        for (int i = 1; i < n; ++i)
            sum += (i % 2 ? 4.0 : 2.0) * integrand(from + h * i);
        return sum * h / 3.0;
    };
    // The integrand has a kink at y = a (where y − a reaches 0): split there.
    // Small k: the Gamma density changes on a scale of 1, not √k; more points.
    const int half = 64 * static_cast<int>(std::max(1.0, std::ceil(40.0 / sd)));
    double total = 0.0;
    if (a > lo && a < hi)
        total = simpson(lo, a, half) + simpson(a, hi, half);
    else
        total = simpson(lo, hi, 2 * half);
    return std::clamp(total, 0.0, 1.0);
}

std::uint64_t exactRecoveryQueries(NoiseMechanism mechanism, double noiseScale, double confidence)
{
    if (!(noiseScale > 0.0) || !std::isfinite(noiseScale))
        return 0;
    auto ok = [&](std::uint64_t k) {
        return exactRoundingProbability(mechanism, noiseScale, k) >= confidence;
    };
    // Start near the normal-theory answer (2·z·sd)², then find the exact boundary.
    const double sd =
        mechanism == NoiseMechanism::Laplace ? std::sqrt(2.0) * noiseScale : noiseScale;
    const double guess = std::pow(2.0 * 1.959963984540054 * sd, 2.0);
    if (guess > 2.0 * static_cast<double>(kMaxExactSearch))
        return 0;
    std::uint64_t lo = 0; // !ok(lo): k = 0 never recovers
    std::uint64_t hi = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(guess * 1.1));
    while (!ok(hi)) {
        lo = hi;
        if (hi >= kMaxExactSearch)
            return 0;
        hi = std::min<std::uint64_t>(hi * 2, kMaxExactSearch);
    }
    const auto below = static_cast<std::uint64_t>(guess * 0.9);
    if (below > lo && below < hi && !ok(below))
        lo = below;
    while (hi - lo > 1) { // !ok(lo), ok(hi)
        const std::uint64_t mid = lo + (hi - lo) / 2;
        (ok(mid) ? hi : lo) = mid;
    }
    return hi;
}

} // namespace dp
