#pragma once
// Empirical privacy audit: a statistical lower bound on ε from samples.
//
// A mechanism M is ε-DP when P[M(x) ∈ S] ≤ e^ε·P[M(y) ∈ S] for neighbouring
// x, y and every output event S (Dwork & Roth 2014, Def. 2.4), and (ε, δ)-DP
// when P[M(x) ∈ S] ≤ e^ε·P[M(y) ∈ S] + δ. The audit (as in DP-Sniper,
// Bichsel, Steffen, Bogunovic & Vechev 2021, IEEE S&P; Jagielski, Ullman &
// Oprea 2020 for the (ε, δ) form) draws n₁ outputs of M(x) and n₂ of M(y),
// counts k₁, k₂ of them in S and reports
//   ε_lb = ln( (p₁,low − δ) / p₂,high )
// with exact one-sided Clopper–Pearson bounds (Clopper & Pearson 1934,
// Biometrika 26(4):404–413):
//   p_low  = the p with P(Bin(n, p) ≥ k) = α   ⇔ I_p(k, n − k + 1) = α   (0 if k = 0)
//   p_high = the p with P(Bin(n, p) ≤ k) = α   ⇔ I_{1−p}(n − k, k + 1) = α (1 if k = n)
// where I_x(a, b) is the regularized incomplete beta function. If M is
// (ε, δ)-DP then P[ε_lb > ε] ≤ 2α for an event S fixed before the counts are
// seen (with m events and both directions, split α by Bonferroni: α/(4m)).
// Choosing S on the same samples it is evaluated on voids the guarantee:
// choose it on other samples (see the mechanisms lab).
//
// I_x(a, b) = x^a (1 − x)^b / (a·B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …))),
//   d_{2m+1} = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)),
//   d_{2m}   = m(b − m)x / ((a + 2m − 1)(a + 2m)),
// evaluated by the modified Lentz method for x < (a + 1)/(a + b + 2) and via
// I_x(a, b) = 1 − I_{1−x}(b, a) otherwise (Numerical Recipes, 3rd ed., §6.4).
// It converges in O(√max(a, b)) terms, so n = 10^7 samples are fine. The
// bounds are found by bisection over the bit patterns of the doubles in
// [0, 1] (62 steps), i.e. to the last bit of a double.
//
// Units: probabilities in [0, 1], ε in nats. Valid inputs: k ≤ n, α ∈ (0, 1),
// δ ∈ [0, 1).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dp {

// I_x(a, b) and 1 − I_x(a, b), each computed directly on its small side so
// that a tail of 1e-8 keeps its relative accuracy. a, b > 0, x ∈ [0, 1].
struct BetaInc
{
    double value = 0.0;      // I_x(a, b)
    double complement = 1.0; // 1 − I_x(a, b)
};
BetaInc betaIncBoth(double a, double b, double x);
inline double betaInc(double a, double b, double x)
{
    return betaIncBoth(a, b, x).value;
}

// One-sided lower Clopper–Pearson bound: P(Bin(n, p_low) ≥ k) = alpha.
double clopperPearsonLower(std::uint64_t k, std::uint64_t n, double alpha);
// One-sided upper Clopper–Pearson bound: P(Bin(n, p_high) ≤ k) = alpha.
double clopperPearsonUpper(std::uint64_t k, std::uint64_t n, double alpha);

// ln((p1,low − δ)/p2,high) at confidence 1 − alphaPerBound per bound;
// −∞ when the numerator is ≤ 0 (no evidence).
double epsilonLowerBound(std::uint64_t k1, std::uint64_t n1, std::uint64_t k2, std::uint64_t n2,
                         double alphaPerBound, double delta = 0.0);

// An output event S counted on both sides: inX of the nX draws of M(x),
// inY of the nY draws of M(y).
struct AuditEvent
{
    std::uint64_t inX = 0;
    std::uint64_t inY = 0;
};

struct AuditBound
{
    double epsilonLb = 0.0;     // max over events and directions (−∞ if no evidence)
    std::size_t worstEvent = 0; // index of the event reaching it
    bool xOverY = true;         // direction: P[M(x) ∈ S] against P[M(y) ∈ S]
};

// The audit over a family of events fixed in advance, both directions, with
// familyAlpha split by Bonferroni (α = familyAlpha/(4m) per bound).
AuditBound auditEvents(const std::vector<AuditEvent> &events, std::uint64_t nX, std::uint64_t nY,
                       double delta = 0.0, double familyAlpha = 1e-6);

} // namespace dp
