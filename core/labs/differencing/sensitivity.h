#pragma once
// Queries on a 0/1 database, their neighbouring ("parallel") databases, and
// their sensitivity.
//
// Sensitivity (Dwork & Roth 2014, The Algorithmic Foundations of Differential
// Privacy, Def. 3.1): Δf = max over neighbouring databases x, y of |f(x) − f(y)|.
// Two notions of neighbour:
//  * Remove: y is x with one person removed (unbounded DP). "Global" here means
//    the worst case over every 0/1 database x of N people and every person.
//  * Replace: y is x with one person's value changed (bounded DP), same size N.
// "Measured" (local) sensitivity is the same maximum over the neighbours of the
// one database at hand only (what a leave-one-out script computes). It can be
// far below the global one, and noise calibrated to it leaks (Nissim,
// Raskhodnikova & Smith 2007, "Smooth sensitivity and sampling").
//
// Queries over N rows x_i ∈ {0, 1} with k = Σ x_i (k ones):
//   sum        k
//   count      N (how many people there are; it ignores the secret)
//   mean       k / N
//   median     convention: the AVERAGE OF THE TWO MIDDLE VALUES when N is even
//              (as numpy.median): 0 if k < N/2, ½ if k = N/2, 1 if k > N/2
//   max        1 if k ≥ 1, else 0
//   threshold  "is the sum above T": 1 if k > T, else 0
//
// Global sensitivities over 0/1 data, N ≥ 2 (each checked in the tests by
// enumerating all 2^N databases for small N):
//   query       remove                  replace
//   sum         1                       1
//   count       1                       0
//   mean        1/N                     1/N
//   median      ½                       ½ (N even), 1 (N odd)
//   max         1                       1
//   threshold   1 if 0 ≤ T ≤ N−1, else 0 (both notions)
// (Mean: for values in [0, 1] still 1/N; without bounds on the values it is
// unbounded. Median: with the "lower median" convention it would be 1.)
//
// Every query depends on the database only through (N, k), so the value on the
// neighbour that changes row i depends only on x_i: the leave-one-out series,
// its maximum change and the row where it occurs come from popcounts in
// O(N/64) word operations, never from copying N databases.

#include "labs/differencing/bitdb.h"
#include "stats/stats.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace dp {

enum class Query { Sum = 0, Count, Mean, Median, Max, Threshold };
enum class Neighbour { Remove = 0, Replace };

inline constexpr std::array<Query, 6> kAllQueries{Query::Sum,    Query::Count, Query::Mean,
                                                  Query::Median, Query::Max,   Query::Threshold};

std::string queryName(Query q);         // "sum", "count", ... (command-line names)
std::string neighbourName(Neighbour n); // "remove", "replace"

// f on a 0/1 database of n rows with k ones. n ≥ 1, k ≤ n.
double queryValue(Query q, std::uint64_t n, std::uint64_t k, std::uint64_t threshold);

// The full database's value and the value on the neighbour that changes a row
// holding 0 (ifZero) or 1 (ifOne): removes it, or flips it.
struct NeighbourValues
{
    double full = 0.0;
    double ifZero = 0.0;
    double ifOne = 0.0;
};
NeighbourValues neighbourValues(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                                std::uint64_t threshold);

// Worst case over all 0/1 databases of n ≥ 2 rows (table above).
double globalSensitivity(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold);

struct MeasuredSensitivity
{
    double value = 0.0;    // max_i |f(x) − f(neighbour i)|
    std::uint64_t row = 0; // first row where that maximum is reached
    double full = 0.0;     // f(x)
    double atRow = 0.0;    // f(neighbour row)
};
MeasuredSensitivity measuredSensitivity(const BitDatabase &db, Query q, Neighbour nb,
                                        std::uint64_t threshold);
// Just the value, from the counts: max over the kinds of row present (0s when
// k < n, 1s when k > 0) of |f(neighbour) − f(x)|.
double measuredSensitivityValue(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                                std::uint64_t threshold);

// All N neighbour values, materialised (O(N) doubles: for tests and small N).
std::vector<double> neighbourSeries(const BitDatabase &db, Query q, Neighbour nb,
                                    std::uint64_t threshold);

// Identical to decimateMinMax(neighbourSeries(...), buckets) (x = row index),
// computed from the bits in O(N/64) without materialising N doubles.
std::vector<Point> neighbourSeriesDecimated(const BitDatabase &db, Query q, Neighbour nb,
                                            std::uint64_t threshold, std::size_t buckets);

} // namespace dp
