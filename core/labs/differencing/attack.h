#pragma once
// The differencing attack on one person (the "target") and how Laplace noise
// defeats it.
//
// Set-up. The other N − 1 rows are fixed (k_o of them hold 1); the target's
// secret x ∈ {0, 1} is, in each repeated trial, a fresh fair coin (the
// attacker's prior is 50/50, so a blind guess is right half the time). The
// attacker asks the same query f twice: on the whole database (with the
// target) and on the database without her, and gets
//   a_full = f(N, k_o + x) + L₁,   a_without = f(N − 1, k_o) + L₂,
// with L₁, L₂ independent Laplace(b) noise (density e^(−|z|/b)/(2b)), or none.
// b = Δ/ε with Δ the GLOBAL sensitivity of f for the chosen neighbour notion
// (Dwork & Roth 2014, Def. 3.3, Thm 3.6): each query spends ε. The attack
// always compares "with her" and "without her", whichever notion is used to
// calibrate the noise.
//
// The attacker's estimate of x is r = α·a_full − β·a_without and she guesses
// 1 iff r > ½ (the nearer of 0 and 1):
//   sum, count, max, threshold   α = 1, β = 1      (the difference)
//   mean                         α = N, β = N − 1  (N·m_full − (N−1)·m_without = x)
//   median                       α = 2, β = 1      (if the median moved up she is a 1,
//        down she is a 0; if it did not move, she is on the side where it sits)
// Without noise r equals x for sum and mean always, and for the others only on
// some databases (count never: the count ignores her value; max only when
// nobody else has it; threshold only when k_o = T; median only near balance).
//
// Exact success probability. With r₀(x) the noise-free r and
// Z = α·L₁ − β·L₂ (a sum of independent Laplace variables of scales c₁ = αb and
// c₂ = βb, symmetric about 0), with Q(t) = P(Z > t):
//   P(success) = ½·[Q(½ − r₀(1)) + 1 − Q(½ − r₀(0))]
//   Q(t) = (c₁²·e^(−t/c₁) − c₂²·e^(−t/c₂)) / (2(c₁² − c₂²))   for t ≥ 0, c₁ ≠ c₂
//   Q(t) = ½·e^(−t/c)·(1 + t/(2c))                           for c₁ = c₂ = c
//   Q(−t) = 1 − Q(t)
// (density of a sum of two Laplace variables from the partial fractions of its
// characteristic function 1/((1 + c₁²ω²)(1 + c₂²ω²)).) For the sum with
// b = 1/ε this is 1 − ½·e^(−ε/2)·(1 + ε/4).
//
// DP ceiling. Only the query with the target depends on x; changing x moves f
// by at most Δ_replace, so the pair of answers is ε_target-DP for her secret,
// ε_target = ε·Δ_replace/Δ (= ε for sum, mean, max and threshold under either
// notion; 0 for count; 2ε for the median of an odd N calibrated to
// remove-one neighbours: group privacy, Dwork & Roth 2014 Thm 2.2). Any
// ε_target-DP release caps the success of guessing a 50/50 bit at
// e^ε_target/(1 + e^ε_target) (posterior odds ≤ e^ε·prior odds). Each query
// is calibrated to its own global sensitivity (Δ(N) with her, Δ(N − 1)
// without), so each spends ε, or nothing when its Δ is 0: ε_total ≤ 2ε.

#include "framework/lab.h"
#include "labs/differencing/sensitivity.h"

#include <cstdint>
#include <vector>

namespace dp {

struct AttackRule
{
    double alpha = 1.0; // weight of the answer with the target
    double beta = 1.0;  // weight of the answer without her
};
AttackRule attackRule(Query q, std::uint64_t n);

// Noise-free answers for a database of n rows whose n − 1 others hold kOthers ones.
struct AttackSignal
{
    double full0 = 0.0;   // f with her, if x = 0
    double full1 = 0.0;   // f with her, if x = 1
    double without = 0.0; // f without her
    double r0 = 0.0;      // attacker's estimate if x = 0
    double r1 = 0.0;      // attacker's estimate if x = 1
};
AttackSignal attackSignal(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold);

// Q(t) = P(Z > t) for Z the sum of independent Laplace variables of scales c1,
// c2 ≥ 0 (scale 0 means no noise). Numerically stable for c1 ≈ c2.
double laplaceSumTail(double t, double c1, double c2);

// Exact success probability of the attack above. Each answer's noise has the
// scale of its own query: b_full = Δ(N)/ε on the database with her, b_without
// = Δ(N − 1)/ε on the one without her (they differ for the mean, 1/N against
// 1/(N − 1), and for the median whose Δ depends on N's parity); 0: no noise.
double exactAttackSuccess(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scaleFull, double scaleWithout);
// Both answers with the same scale.
double exactAttackSuccess(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scale);

// e^ε/(1 + e^ε); 1 for ε = ∞.
double dpSuccessCeiling(double epsilon);

// ε·Δ_replace/Δ_neighbour with Laplace noise; without noise +∞ when the query
// can depend on one person's value, else 0.
double targetEpsilon(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold,
                     double epsilon, bool noise);

struct AttackTrials
{
    std::uint64_t successes = 0;
    // Per trial (filled only when keep = true).
    std::vector<std::uint8_t> targetValue;
    std::vector<double> answerFull;
    std::vector<double> answerWithout;
    std::vector<std::uint8_t> guess;
};

// `trials` attacks, trial t using Rng(seed, firstStream + t): x = fair coin,
// then L₁, L₂. Returns false when cancelled.
bool simulateAttackTrials(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scaleFull, double scaleWithout, std::uint64_t trials,
                          std::uint64_t seed, std::uint64_t firstStream, bool keep,
                          AttackTrials &out, const CancelFlag *cancel = nullptr);
// Both answers with the same scale.
bool simulateAttackTrials(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                          double scale, std::uint64_t trials, std::uint64_t seed,
                          std::uint64_t firstStream, bool keep, AttackTrials &out,
                          const CancelFlag *cancel = nullptr);

} // namespace dp
