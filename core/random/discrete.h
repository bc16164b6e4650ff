#pragma once
// Sampling from a fixed finite distribution in O(1) per draw: Walker's alias
// method (A. J. Walker 1977, "An efficient method for generating discrete
// random variables with general distributions", ACM TOMS 3(3)) with Vose's
// numerically stable construction (M. D. Vose 1991, IEEE TSE 17(9)).
//
// Weights w_0 … w_{n−1} ≥ 0 (not all zero) give P(i) = w_i / Σw. One draw uses
// one 64-bit word: Lemire's below(n) picks a column, 53 fresh bits compare with
// its threshold (a second word). Built from dp::Rng bits only, so the same seed
// gives the same draws everywhere (no std::discrete_distribution).

#include "random/rng.h"

#include <cstdint>
#include <vector>

namespace dp {

class AliasTable
{
public:
    AliasTable() = default;
    // Precondition: weights non-empty, every weight finite and ≥ 0, sum > 0.
    explicit AliasTable(const std::vector<double> &weights);

    std::uint32_t operator()(Rng &rng) const
    {
        const auto column = static_cast<std::uint32_t>(rng.below(m_threshold.size()));
        return rng.uniform() < m_threshold[column] ? column : m_alias[column];
    }
    std::size_t size() const { return m_threshold.size(); }
    // The probability the table was built for (for tests).
    double probability(std::size_t i) const { return m_probability[i]; }

private:
    std::vector<double> m_threshold;
    std::vector<std::uint32_t> m_alias;
    std::vector<double> m_probability;
};

} // namespace dp
