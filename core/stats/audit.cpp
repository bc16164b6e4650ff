#include "stats/audit.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace dp {

namespace {

// Continued fraction of I_x(a, b) without its prefactor (modified Lentz).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0, d = 1.0 - qab * x / qap;
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m < 1000000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < 1e-16)
            break;
    }
    return h;
}

// Smallest double p in [0, 1] with g(p) ≥ target, g non-decreasing: bisection
// over the bit patterns (non-negative doubles are ordered like their bits).
template <typename G> double bisectIncreasing(G g, double target)
{
    std::uint64_t lo = 0;                                 // g(lo) < target assumed (p = 0)
    std::uint64_t hi = std::bit_cast<std::uint64_t>(1.0); // g(1) ≥ target assumed
    while (hi - lo > 1) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        (g(std::bit_cast<double>(mid)) < target ? lo : hi) = mid;
    }
    return std::bit_cast<double>(hi);
}

} // namespace

BetaInc betaIncBoth(double a, double b, double x)
{
    if (x <= 0.0)
        return {0.0, 1.0};
    if (x >= 1.0)
        return {1.0, 0.0};
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0)) {
        const double v = front * betaContinuedFraction(a, b, x) / a;
        return {v, 1.0 - v};
    }
    const double w = front * betaContinuedFraction(b, a, 1.0 - x) / b;
    return {1.0 - w, w};
}

double clopperPearsonLower(std::uint64_t k, std::uint64_t n, double alpha)
{
    if (k == 0)
        return 0.0;
    const double a = static_cast<double>(k), b = static_cast<double>(n - k) + 1.0;
    return bisectIncreasing([&](double p) { return betaIncBoth(a, b, p).value; }, alpha);
}

// P(Bin(n, p) ≤ k) = 1 − I_p(k + 1, n − k), which falls as p grows.
double clopperPearsonUpper(std::uint64_t k, std::uint64_t n, double alpha)
{
    if (k >= n)
        return 1.0;
    const double a = static_cast<double>(k) + 1.0, b = static_cast<double>(n - k);
    return bisectIncreasing([&](double p) { return -betaIncBoth(a, b, p).complement; }, -alpha);
}

double epsilonLowerBound(std::uint64_t k1, std::uint64_t n1, std::uint64_t k2, std::uint64_t n2,
                         double alphaPerBound, double delta)
{
    const double num = clopperPearsonLower(k1, n1, alphaPerBound) - delta;
    if (!(num > 0.0))
        return -std::numeric_limits<double>::infinity();
    return std::log(num / clopperPearsonUpper(k2, n2, alphaPerBound));
}

AuditBound auditEvents(const std::vector<AuditEvent> &events, std::uint64_t nX, std::uint64_t nY,
                       double delta, double familyAlpha)
{
    AuditBound r;
    r.epsilonLb = -std::numeric_limits<double>::infinity();
    const double alpha =
        familyAlpha / (4.0 * static_cast<double>(std::max<std::size_t>(1, events.size())));
    for (std::size_t i = 0; i < events.size(); ++i) {
        const AuditEvent &e = events[i];
        const double xy = epsilonLowerBound(e.inX, nX, e.inY, nY, alpha, delta);
        const double yx = epsilonLowerBound(e.inY, nY, e.inX, nX, alpha, delta);
        if (xy > r.epsilonLb || i == 0) {
            r.epsilonLb = xy;
            r.worstEvent = i;
            r.xOverY = true;
        }
        if (yx > r.epsilonLb) {
            r.epsilonLb = yx;
            r.worstEvent = i;
            r.xOverY = false;
        }
    }
    return r;
}

} // namespace dp
