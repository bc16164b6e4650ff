#pragma once
// The reconstruction attack (Dinur & Nissim 2003, "Revealing information
// while preserving privacy", PODS): a database of n secret bits x; the
// attacker asks m random subset-sum queries (each row in each subset with
// probability ½, a 0/1 matrix A of m × n) and gets b = A·x + noise, each
// noise of standard deviation s (Gaussian, or Laplace with scale s/√2).
// Least squares, then rounding: x̂ = argmin ‖A·x̂ − b‖₂, bit i guessed as
// 1 when x̂_i ≥ ½. With m ≥ n the error of each x̂_i is about 2s/√m
// (AᵀA ≈ (m/4)(I + 11ᵀ)), so noise well below √m/4 gives nearly every row
// back; noise of order √n and more leaves the attacker near a coin flip.
// With m < n the minimum-norm solution x̂ = Aᵀ(AAᵀ)⁻¹b is used.
//
// One pass serves a whole curve: the Gram matrix AᵀA and the vectors Aᵀ(Ax)
// and Aᵀz (z the standard noise) are accumulated block by block, so at each
// checkpoint m the solution for ANY noise level s is x̂(s) = u + s·w with
// u = (AᵀA)⁻¹Aᵀ(Ax), w = (AᵀA)⁻¹Aᵀz (same A, same z: common random
// numbers, so curves are smooth). Solved with Eigen's Cholesky (LLT); a
// rank-deficient Gram (rare for m ≥ n) falls back to a 10⁻⁹·m ridge.
// Cost ≈ n²·m/2 multiply-adds for the Gram, n³/3 per checkpoint.
// Cancellable: the flag is polled every block of 128 queries.

#include "framework/lab.h"
#include "labs/budget/averaging.h"
#include "random/rng.h"

#include <cstdint>
#include <vector>

namespace dp {

// The attacker's least-squares solutions at each checkpoint, for any noise:
// x̂(s) = signal[i] + s·noise[i].
struct ReconstructionRun
{
    std::vector<double> secret;              // the n bits (0/1)
    std::vector<std::uint64_t> queries;      // checkpoints m (ascending)
    std::vector<std::vector<double>> signal; // u at each checkpoint
    std::vector<std::vector<double>> noise;  // w at each checkpoint
};

struct ReconstructionScore
{
    double share = 0.0;    // share of rows whose rounded x̂ equals the secret bit
    double rmsError = 0.0; // √(mean (x̂_i − x_i)²) before rounding
};

// Precondition: rows ≥ 1, checkpoints ascending and ≥ 1.
// Returns false when cancelled (the run is then incomplete).
bool runReconstruction(std::uint64_t rows, const std::vector<std::uint64_t> &checkpoints,
                       NoiseMechanism shape, Rng &rng, ReconstructionRun &out,
                       const CancelFlag *cancel = nullptr);
// The attacker's result at checkpoint index i with noise standard deviation s.
ReconstructionScore scoreReconstruction(const ReconstructionRun &run, std::size_t i, double s);

} // namespace dp
