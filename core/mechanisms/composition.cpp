#include "mechanisms/composition.h"

#include "mechanisms/accountant.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace dp {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool validEpsilon(double e)
{
    return std::isfinite(e) && e > 0.0;
}
bool validDelta(double d)
{
    return std::isfinite(d) && d > 0.0 && d < 1.0;
}

// Largest k in [0, kMaxQueries] with fits(k); fits is monotone (true, then false).
std::uint64_t largestFitting(const std::function<bool(std::uint64_t)> &fits)
{
    if (!fits(1))
        return 0;
    std::uint64_t lo = 1, hi = 2;
    while (hi < kMaxQueries && fits(hi)) {
        lo = hi;
        hi = std::min<std::uint64_t>(hi * 2, kMaxQueries);
    }
    if (hi == kMaxQueries && fits(hi))
        return hi;
    while (hi - lo > 1) { // fits(lo), !fits(hi)
        const std::uint64_t mid = lo + (hi - lo) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

// A floating-point total is accepted only with room for its rounding error.
bool withinBudget(double total, double budget)
{
    return std::isfinite(total) && total <= budget - kBoundTolerance * std::max(1.0, budget);
}

double cksAt(double logAlphaMinus1, double rho, double logDelta)
{
    const double am1 = std::exp(logAlphaMinus1);
    const double alpha = 1.0 + am1;
    return alpha * rho + std::log1p(-1.0 / alpha) - (logDelta + std::log(alpha)) / am1;
}

} // namespace

double basicEpsilon(double k, double epsilon)
{
    return k * epsilon;
}

double advancedExpTerm(double epsilon)
{
    return epsilon * std::expm1(epsilon);
}

double advancedEpsilon(double k, double epsilon, double deltaPrime)
{
    if (!validEpsilon(epsilon) || !validDelta(deltaPrime) || !(k >= 0.0))
        return kNaN;
    return epsilon * std::sqrt(2.0 * k * std::log(1.0 / deltaPrime)) + k * advancedExpTerm(epsilon);
}

double advancedEpsilonFromSums(double sumSquares, double sumExpTerms, double deltaPrime)
{
    if (!validDelta(deltaPrime))
        return kNaN;
    return std::sqrt(2.0 * std::log(1.0 / deltaPrime) * std::max(0.0, sumSquares)) + sumExpTerms;
}

double zcdpRhoPure(double epsilon)
{
    return 0.5 * epsilon * epsilon;
}

double zcdpRhoGaussian(double sigma, double sensitivity)
{
    return sensitivity * sensitivity / (2.0 * sigma * sigma);
}

double zcdpToEpsilonBunSteinke(double rho, double delta)
{
    if (!validDelta(delta) || !(rho >= 0.0))
        return kNaN;
    return rho + 2.0 * std::sqrt(rho * std::log(1.0 / delta));
}

double zcdpToEpsilonCks(double rho, double delta)
{
    if (!validDelta(delta) || !(rho >= 0.0))
        return kNaN;
    if (rho == 0.0)
        return 0.0;
    if (!std::isfinite(rho))
        return rho;
    const double logDelta = std::log(delta);
    // Coarse grid on t = ln(α − 1), then golden-section search around the best point.
    double bestT = -12.0, best = cksAt(bestT, rho, logDelta);
    for (double t = -12.0; t <= 60.0; t += 0.5) {
        const double v = cksAt(t, rho, logDelta);
        if (v < best) {
            best = v;
            bestT = t;
        }
    }
    const double g = 0.5 * (std::sqrt(5.0) - 1.0);
    double a = bestT - 0.5, b = bestT + 0.5;
    double c = b - g * (b - a), d = a + g * (b - a);
    double fc = cksAt(c, rho, logDelta), fd = cksAt(d, rho, logDelta);
    for (int i = 0; i < 80; ++i) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = cksAt(c, rho, logDelta);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = cksAt(d, rho, logDelta);
        }
    }
    best = std::min({best, fc, fd});
    return std::max(0.0, std::min(best, zcdpToEpsilonBunSteinke(rho, delta)));
}

double zcdpToEpsilon(double rho, double delta, ZcdpConversion conversion)
{
    return conversion == ZcdpConversion::BunSteinke ? zcdpToEpsilonBunSteinke(rho, delta)
                                                    : zcdpToEpsilonCks(rho, delta);
}

double epsilonToZcdpRho(double epsilon, double delta)
{
    if (!validDelta(delta) || !(epsilon >= 0.0) || !std::isfinite(epsilon))
        return kNaN;
    // ρ + 2√(ρL) = ε  ⇔  (√ρ + √L)² = ε + L.
    const double L = std::log(1.0 / delta);
    const double r = std::sqrt(L + epsilon) - std::sqrt(L);
    return r * r;
}

std::uint64_t queriesAllowedBasic(double budget, double epsilon)
{
    const std::int64_t e = epsilonToUnits(epsilon);
    const std::int64_t b = budgetToUnits(budget);
    if (e <= 0 || b < 0)
        return 0;
    return std::min<std::uint64_t>(static_cast<std::uint64_t>(b / e), kMaxQueries);
}

std::uint64_t queriesAllowedAdvanced(double budget, double epsilon, double deltaPrime)
{
    if (!validEpsilon(epsilon) || !validDelta(deltaPrime) || !(budget > 0.0))
        return 0;
    return largestFitting([&](std::uint64_t k) {
        return withinBudget(advancedEpsilon(static_cast<double>(k), epsilon, deltaPrime), budget);
    });
}

std::uint64_t queriesAllowedZcdp(double budget, double rhoPerQuery, double delta,
                                 ZcdpConversion conversion)
{
    if (!(rhoPerQuery > 0.0) || !std::isfinite(rhoPerQuery) || !validDelta(delta) ||
        !(budget > 0.0))
        return 0;
    return largestFitting([&](std::uint64_t k) {
        return withinBudget(zcdpToEpsilon(static_cast<double>(k) * rhoPerQuery, delta, conversion),
                            budget);
    });
}

std::uint64_t advancedCrossover(double epsilon, double deltaPrime)
{
    if (!validEpsilon(epsilon) || !validDelta(deltaPrime))
        return 0;
    const double gap = 2.0 - std::exp(epsilon); // 1 − (e^ε − 1)
    if (!(gap > 0.0))
        return 0;
    const double bound = 2.0 * std::log(1.0 / deltaPrime) / (gap * gap);
    if (!(bound < static_cast<double>(kMaxQueries)))
        return 0;
    auto better = [&](std::uint64_t k) {
        const double kd = static_cast<double>(k);
        return advancedEpsilon(kd, epsilon, deltaPrime) < basicEpsilon(kd, epsilon);
    };
    // Start at the closed form and step to the exact first k in floating point.
    std::uint64_t k = static_cast<std::uint64_t>(std::max(1.0, std::floor(bound)));
    while (k > 1 && better(k - 1))
        --k;
    while (!better(k) && k < kMaxQueries)
        ++k;
    return k;
}

} // namespace dp
