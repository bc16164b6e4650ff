#pragma once
// How the differencing lab releases a noisy answer, so that every query is
// ε-DP under the neighbour notion the student chose (issue 8; Dwork & Roth
// 2014, Def. 2.4 and Thm 3.6).
//
// Replace-one (bounded DP): databases have a public size N; neighbours have
// the same size. Each answer is f(x) + Laplace(Δ_replace(N)/ε), Δ from
// globalSensitivity(q, Replace, N, T); a scale that depends on the public N
// is fine. Δ = 0 (the count; the threshold when T ≥ N): exact answer.
//
// Remove-one (unbounded DP): the size is itself private, neighbours differ
// by one row, so NO noise scale may depend on N: two Laplace densities of
// different scales have an unbounded privacy-loss ratio. The scale is the
// worst case over neighbours of EVERY size ≥ 1 (noiseSensitivity):
//   sum 1, count 1, median ½, max 1, threshold 1 (a database of T + 1 rows
//   crosses T, whatever N is).
// The mean k/N has that worst case ½ (2 rows → 1), useless noise, so under
// remove-one the lab releases the mean as a noisy SUM and a noisy COUNT,
// each with ε/2 (scale 2/ε, both Δ = 1), and reports their ratio: ε in all
// by basic composition (Dwork & Roth Thm 3.14), the ratio is post-processing.
// The lab's databases have at least one row (N ≥ 2, the one without her ≥ 1).
//
// Budget, counted per query as Σ over released numbers of Δ_view/scale
// (0 where Δ = 0; ∞ without noise where Δ > 0):
//   target        the query with her, under the chosen notion
//   total         both queries (with and without her), chosen notion
//   targetReplace the query with her, counted with replace-one neighbours:
//                 what protects her VALUE (changing it), so the DP ceiling
//                 e^ε/(1 + e^ε) on guessing it uses this one. Under
//                 remove-one it can exceed target: changing a value is a
//                 removal plus an addition (group privacy, Thm 2.2), up to
//                 2ε — the median of an odd N: Δ_remove ½, Δ_replace 1.
//   totalReplace  both queries counted with replace-one neighbours.
// Example (rows = 11, median, Laplace, ε = 1, remove-one): target 1, total 2,
// targetReplace 2, totalReplace 3 (the query without her, 10 rows, Δ ½).

#include "labs/differencing/sensitivity.h"

#include <cstdint>
#include <vector>

namespace dp {

enum class ReleaseForm { Value = 0, SumAndCount = 1 };

// SumAndCount for the mean under remove-one, else Value.
ReleaseForm releaseForm(Query q, Neighbour nb);
// Δ the noise of each released number is scaled to (see above).
double noiseSensitivity(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold);
// Laplace scale of each released number on n rows at ε per query (SumAndCount: 2/ε each).
double releaseScale(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold,
                    double epsilon);

struct ReleasedNumber
{
    double value = 0.0; // exact value before noise
    double scale = 0.0; // Laplace scale of its noise (0: released exactly)
};
// What the lab releases for q on a database of n rows with k ones.
std::vector<ReleasedNumber> releasedNumbers(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                                            std::uint64_t threshold, double epsilon);

struct ReleaseBudget
{
    double target = 0.0, total = 0.0;               // chosen notion
    double targetReplace = 0.0, totalReplace = 0.0; // counted with replace-one neighbours
};
// n = rows with her; the query without her runs on n − 1 rows.
ReleaseBudget releaseBudget(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold,
                            double epsilon, bool noise);

} // namespace dp
