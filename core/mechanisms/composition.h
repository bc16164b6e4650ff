#pragma once
// Composition rules: how the privacy loss of k answers adds up (ε in nats,
// δ a probability, k a count of queries).
//
//  * Basic (Dwork & Roth 2014, Thm 3.16): (ε₁, δ₁) … (ε_k, δ_k) compose to
//    (Σ ε_i, Σ δ_i); k equal queries give (k·ε, k·δ).
//  * Advanced (Dwork, Rothblum & Vadhan 2010; Dwork & Roth 2014, Thm 3.20):
//    k queries of (ε, δ) are (ε′, k·δ + δ′)-DP with
//        ε′ = ε·√(2k·ln(1/δ′)) + k·ε·(e^ε − 1).
//    For queries of different ε_i the same proof gives (Kairouz, Oh &
//    Viswanath 2015, Thm 3.5 with the DRV form)
//        ε′ = √(2·ln(1/δ′)·Σ ε_i²) + Σ ε_i·(e^{ε_i} − 1).
//    Check value: k = 100, ε = 0.1, δ′ = 1e-5 → 5.850235. For small k it is
//    worse than basic composition (k = 4, ε = 0.1 already gives > 0.4).
//  * zero-concentrated DP (Bun & Steinke 2016, Prop 1.3, 1.4, Lemma 2.3):
//    a pure ε-DP query is (ε²/2)-zCDP, the Gaussian mechanism with ℓ2
//    sensitivity Δ and standard deviation σ is Δ²/(2σ²)-zCDP, ρ's add, and
//    ρ-zCDP implies (ρ + 2·√(ρ·ln(1/δ)), δ)-DP  [zcdpToEpsilonBunSteinke].
//    The tighter conversion of Canonne, Kamath & Steinke 2020 (Prop. 12 /
//    Cor. 13, the same as Balle et al. 2020 for Rényi DP at α):
//        ε = min_{α>1}  α·ρ + ln((α − 1)/α) − (ln δ + ln α)/(α − 1)
//    [zcdpToEpsilonCks; minimised over real α by golden-section search on
//    ln(α − 1), never larger than Bun–Steinke's]. The lab shows the CKS value
//    (ZcdpConversion::CanonneKamathSteinke). 100 × 0.1-DP → ρ = 0.5 →
//    5.298526 (Bun–Steinke) and 4.728387 (CKS) at δ = 1e-5.
//    epsilonToZcdpRho inverts the Bun–Steinke conversion: the largest ρ
//    whose conversion stays within ε at δ, ρ = (√(L + ε) − √L)² with
//    L = ln(1/δ).
//
// Queries allowed: the largest k whose total ε stays within a budget, found
// by exact integer search (the totals grow with k), capped at kMaxQueries.
// Inputs: ε > 0, 0 < δ < 1, finite; otherwise NaN (callers validate first).

#include <cstdint>

namespace dp {

enum class CompositionRule { Basic = 0, Advanced = 1, Zcdp = 2 };
enum class ZcdpConversion { BunSteinke = 0, CanonneKamathSteinke = 1 };

inline constexpr std::uint64_t kMaxQueries = 1'000'000'000'000ULL; // search cap (10¹²)

double basicEpsilon(double k, double epsilon);
double advancedEpsilon(double k, double epsilon, double deltaPrime);
// Heterogeneous form from Σε_i² and Σ ε_i(e^{ε_i} − 1).
double advancedEpsilonFromSums(double sumSquares, double sumExpTerms, double deltaPrime);
// ε·(e^ε − 1) without cancellation for small ε.
double advancedExpTerm(double epsilon);

double zcdpRhoPure(double epsilon);                       // ε²/2
double zcdpRhoGaussian(double sigma, double sensitivity); // Δ²/(2σ²)
double zcdpToEpsilonBunSteinke(double rho, double delta);
double zcdpToEpsilonCks(double rho, double delta);
double zcdpToEpsilon(double rho, double delta, ZcdpConversion conversion);
double epsilonToZcdpRho(double epsilon, double delta); // inverse of Bun–Steinke

// Largest k ≤ kMaxQueries with total ε ≤ budget (0 when even one query is
// over budget). Basic uses exact ledger units (see accountant.h), so 10 × 0.1
// fits a budget of 1.0 exactly.
std::uint64_t queriesAllowedBasic(double budget, double epsilon);
std::uint64_t queriesAllowedAdvanced(double budget, double epsilon, double deltaPrime);
// ρ per query; the total ρ·k is converted with `conversion`.
std::uint64_t queriesAllowedZcdp(double budget, double rhoPerQuery, double delta,
                                 ZcdpConversion conversion);

// Smallest k at which advanced composition gives a smaller total than basic,
// or 0 when it never does (ε ≥ ln 2 or beyond kMaxQueries). Exact search on
// the closed form k > 2·ln(1/δ′)/(2 − e^ε)².
std::uint64_t advancedCrossover(double epsilon, double deltaPrime);

} // namespace dp
