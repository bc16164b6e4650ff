#pragma once
// Empirical privacy audit helpers for the core tests (test code only).
//
// A mechanism M is ε-DP when P[M(x) ∈ S] ≤ e^ε·P[M(y) ∈ S] for neighbouring
// x, y and every output event S (Dwork & Roth 2014, Def. 2.4), and (ε, δ)-DP
// when P[M(x) ∈ S] ≤ e^ε·P[M(y) ∈ S] + δ. The audit (as in DP-Sniper,
// Bichsel, Steffen, Bogunovic & Vechev 2021, "DP-Sniper: Black-Box Discovery
// of Differential Privacy Violations using Classifiers", IEEE S&P) draws n₁
// outputs of M(x) and n₂ of M(y), counts k₁, k₂ of them in S and reports
//   ε_lb = ln( (p₁,low − δ) / p₂,high )
// with exact one-sided Clopper–Pearson bounds (Clopper & Pearson 1934,
// Biometrika 26(4):404–413):
//   p_low  = the p with P(Bin(n, p) ≥ k) = α   ⇔ I_p(k, n − k + 1) = α   (0 if k = 0)
//   p_high = the p with P(Bin(n, p) ≤ k) = α   ⇔ I_{1−p}(n − k, k + 1) = α (1 if k = n)
// where I_x(a, b) is the regularized incomplete beta function. If M is
// (ε, δ)-DP then P[ε_lb > ε] ≤ 2α per event; with m events, both directions
// (x against y and y against x) and α = familyAlpha/(4m) (Bonferroni), a
// correct mechanism fails with probability ≤ familyAlpha = 1e-6. Seeds are
// fixed, so a failure is a real violation, not bad luck.
//
// I_x(a, b) = x^a (1 − x)^b / (a·B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …))),
//   d_{2m+1} = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)),
//   d_{2m}   = m(b − m)x / ((a + 2m − 1)(a + 2m)),
// evaluated by the modified Lentz method for x < (a + 1)/(a + b + 2) and via
// I_x(a, b) = 1 − I_{1−x}(b, a) otherwise (Numerical Recipes, 3rd ed., §6.4).
// It converges in O(√max(a, b)) terms, so n = 10^7 samples are fine. The
// bounds are found by bisection to the last bit of a double.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

namespace audit {

inline constexpr double kFamilyAlpha = 1e-6;

// Continued fraction of I_x(a, b) without its prefactor (modified Lentz).
inline double betaContinuedFraction(double a, double b, double x)
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

// I_x(a, b) and 1 − I_x(a, b), each computed directly on its small side so
// that a tail of 1e-8 keeps its relative accuracy. a, b > 0, x ∈ [0, 1].
struct BetaInc
{
    double value = 0.0;      // I_x(a, b)
    double complement = 1.0; // 1 − I_x(a, b)
};

inline BetaInc betaIncBoth(double a, double b, double x)
{
    if (x <= 0.0)
        return {0.0, 1.0};
    if (x >= 1.0)
        return {1.0, 0.0};
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) +
                            b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0)) {
        const double v = front * betaContinuedFraction(a, b, x) / a;
        return {v, 1.0 - v};
    }
    const double w = front * betaContinuedFraction(b, a, 1.0 - x) / b;
    return {1.0 - w, w};
}

inline double betaInc(double a, double b, double x) { return betaIncBoth(a, b, x).value; }

// Smallest double p in [0, 1] with g(p) ≥ target, g increasing.
template <typename G>
double bisectIncreasing(G g, double target)
{
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 4000; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        (g(mid) < target ? lo : hi) = mid;
    }
    return hi;
}

// One-sided lower Clopper–Pearson bound: P(Bin(n, p_low) ≥ k) = alpha.
inline double clopperPearsonLower(std::uint64_t k, std::uint64_t n, double alpha)
{
    if (k == 0)
        return 0.0;
    const double a = static_cast<double>(k), b = static_cast<double>(n - k) + 1.0;
    return bisectIncreasing([&](double p) { return betaIncBoth(a, b, p).value; }, alpha);
}

// One-sided upper Clopper–Pearson bound: P(Bin(n, p_high) ≤ k) = alpha.
// P(Bin(n, p) ≤ k) = 1 − I_p(k + 1, n − k), which falls as p grows.
inline double clopperPearsonUpper(std::uint64_t k, std::uint64_t n, double alpha)
{
    if (k >= n)
        return 1.0;
    const double a = static_cast<double>(k) + 1.0, b = static_cast<double>(n - k);
    return bisectIncreasing([&](double p) { return -betaIncBoth(a, b, p).complement; }, -alpha);
}

// An output event S counted on both sides: inX of nX draws of M(x), inY of
// nY draws of M(y).
struct EventCounts
{
    std::string name;
    std::uint64_t inX = 0;
    std::uint64_t inY = 0;
};

struct AuditResult
{
    double epsilonLb = -std::numeric_limits<double>::infinity(); // max over events and directions
    std::string worst;                                            // the event (and direction) reaching it
    std::string text;                                             // one line for QVERIFY2 / the log
};

// ln((p1,low − δ)/p2,high); −∞ when the numerator is ≤ 0.
inline double epsilonLowerBound(std::uint64_t k1, std::uint64_t n1, std::uint64_t k2, std::uint64_t n2,
                                double alphaPerBound, double delta = 0.0)
{
    const double num = clopperPearsonLower(k1, n1, alphaPerBound) - delta;
    if (!(num > 0.0))
        return -std::numeric_limits<double>::infinity();
    return std::log(num / clopperPearsonUpper(k2, n2, alphaPerBound));
}

// The audit over a family of events, both directions, Bonferroni-split familyAlpha.
inline AuditResult auditEvents(const std::vector<EventCounts> &events, std::uint64_t nX, std::uint64_t nY,
                               double claim, double delta = 0.0, double familyAlpha = kFamilyAlpha)
{
    AuditResult r;
    const double alpha = familyAlpha / (4.0 * static_cast<double>(std::max<std::size_t>(1, events.size())));
    for (const EventCounts &e : events) {
        const double xy = epsilonLowerBound(e.inX, nX, e.inY, nY, alpha, delta);
        const double yx = epsilonLowerBound(e.inY, nY, e.inX, nX, alpha, delta);
        if (xy > r.epsilonLb || r.worst.empty()) {
            r.epsilonLb = xy;
            r.worst = e.name + " (x over y)";
        }
        if (yx > r.epsilonLb) {
            r.epsilonLb = yx;
            r.worst = e.name + " (y over x)";
        }
    }
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  "eps_lb = %.4f vs claimed eps = %.4f (delta = %.3g); worst event: %s; "
                  "samples %llu (x) and %llu (y); %zu events, family alpha = %.0e",
                  r.epsilonLb, claim, delta, r.worst.c_str(), static_cast<unsigned long long>(nX),
                  static_cast<unsigned long long>(nY), events.size(), familyAlpha);
    r.text = buf;
    return r;
}

} // namespace audit
