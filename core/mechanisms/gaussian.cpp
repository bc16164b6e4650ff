#include "mechanisms/gaussian.h"

#include <cmath>
#include <limits>
#include <string>

namespace dp {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kLogSqrt2Pi = 0.91893853320467274178; // ln √(2π)

std::optional<ParamError> checkPositive(const char *name, double v)
{
    if (!std::isfinite(v))
        return ParamError{name, ParamErrorCode::NotFinite};
    if (!(v > 0.0))
        return ParamError::broken(name, "positive", v);
    return std::nullopt;
}

std::optional<ParamError> checkDelta(double delta)
{
    if (!std::isfinite(delta) || !(delta > 0.0 && delta < 1.0))
        return ParamError::broken("delta", "probability_open", delta);
    return std::nullopt;
}

// ln δ(ε; σ) − ln δ target, with both terms of δ(ε; σ) in log space.
double logDelta(double epsilon, double sigma, double sensitivity)
{
    const double r = sensitivity / (2.0 * sigma);
    const double s = epsilon * sigma / sensitivity;
    const double la = logNormalCdf(r - s);
    const double lb = epsilon + logNormalCdf(-r - s);
    const double d = lb - la;
    if (!(d < 0.0))
        return -std::numeric_limits<double>::infinity();
    return la + std::log(-std::expm1(d));
}
} // namespace

double logNormalCdf(double x)
{
    if (x > 0.0)
        return std::log1p(-0.5 * std::erfc(x * kInvSqrt2));
    if (x > -30.0)
        return std::log(0.5 * std::erfc(-x * kInvSqrt2));
    // Φ(x) = φ(x)/|x| · (1 − 1/x² + 3/x⁴ − 15/x⁶ + 105/x⁸ − 945/x¹⁰ + 10395/x¹²…)
    // (Abramowitz & Stegun 26.2.12); the next term is below 1e-14 for x ≤ −30.
    const double z = 1.0 / (x * x);
    const double series =
        1.0 + z * (-1.0 + z * (3.0 + z * (-15.0 + z * (105.0 + z * (-945.0 + z * 10395.0)))));
    return -0.5 * x * x - kLogSqrt2Pi - std::log(-x) + std::log(series);
}

std::optional<ParamError> checkGaussianSigmaInputs(double epsilon, double delta, double sensitivity)
{
    if (auto e = checkPositive("epsilon", epsilon))
        return e;
    if (auto e = checkDelta(delta))
        return e;
    return checkPositive("sensitivity", sensitivity);
}

std::optional<ParamError> checkGaussianEpsilonInputs(double sigma, double delta, double sensitivity)
{
    if (auto e = checkPositive("sigma", sigma))
        return e;
    if (auto e = checkDelta(delta))
        return e;
    return checkPositive("sensitivity", sensitivity);
}

double analyticGaussianDelta(double epsilon, double sigma, double sensitivity)
{
    return std::exp(logDelta(epsilon, sigma, sensitivity));
}

namespace {
// Bisection for a decreasing g with g(lo) > 0 ≥ g(hi), to 1e-14 relative;
// geometric halves the interval on a log scale (for σ, which spans decades).
// Returns the upper end, where g ≤ 0 (the bound is met).
template <typename G>
double narrowRoot(const G &g, double lo, double hi, int maxSteps, bool geometric)
{
    for (int i = 0; i < maxSteps && hi - lo > 1e-14 * hi; ++i) {
        const double mid = geometric ? std::sqrt(lo * hi) : 0.5 * (lo + hi);
        if (g(mid) > 0.0)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}
} // namespace

double analyticGaussianSigma(double epsilon, double delta, double sensitivity)
{
    if (checkGaussianSigmaInputs(epsilon, delta, sensitivity))
        return kNaN;
    const double target = std::log(delta);
    // g(σ) = ln δ(ε; σ) − ln δ decreases in σ. Bracket in powers of 2 of Δ.
    auto g = [&](double sigma) { return logDelta(epsilon, sigma, sensitivity) - target; };
    double lo = sensitivity, hi = sensitivity;
    if (g(lo) > 0.0) {
        for (int i = 0; i < 2100 && g(hi) > 0.0; ++i) {
            lo = hi;
            hi *= 2.0;
        }
    } else {
        for (int i = 0; i < 2100 && !(g(lo) > 0.0); ++i) {
            hi = lo;
            lo *= 0.5;
        }
    }
    return narrowRoot(g, lo, hi, 200, true); // bisection on ln σ
}

double analyticGaussianEpsilon(double sigma, double delta, double sensitivity)
{
    if (checkGaussianEpsilonInputs(sigma, delta, sensitivity))
        return kNaN;
    const double target = std::log(delta);
    auto g = [&](double eps) { return logDelta(eps, sigma, sensitivity) - target; };
    if (!(g(0.0) > 0.0))
        return 0.0; // even ε = 0 meets δ: the noise hides everything but δ
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 2100 && g(hi) > 0.0; ++i) {
        lo = hi;
        hi *= 2.0;
    }
    return narrowRoot(g, lo, hi, 400, false);
}

double classicGaussianSigma(double epsilon, double delta, double sensitivity)
{
    if (checkGaussianSigmaInputs(epsilon, delta, sensitivity))
        return kNaN;
    return std::sqrt(2.0 * std::log(1.25 / delta)) * sensitivity / epsilon;
}

double classicGaussianEpsilon(double sigma, double delta, double sensitivity)
{
    if (checkGaussianEpsilonInputs(sigma, delta, sensitivity))
        return kNaN;
    return std::sqrt(2.0 * std::log(1.25 / delta)) * sensitivity / sigma;
}

} // namespace dp
