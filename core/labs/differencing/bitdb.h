#pragma once
// A database of N people with one private 0/1 attribute each, stored as bits:
// 64 people per machine word (N = 10^8 takes 12.5 MB instead of 800 MB of
// doubles). Row i is bit (i mod 64) of word ⌊i/64⌋; the bits past N in the
// last word are always 0, so counting ones is a popcount per word.
//
// Random databases draw every row independently: P(x_i = 1) = share, 64 rows at
// a time with dp::bernoulliWord (exact, one random word per 64 rows when
// share = ½). The number of ones is therefore Binomial(N, share), not exactly
// share·N.

#include "random/rng.h"

#include <cstdint>
#include <vector>

namespace dp {

class BitDatabase
{
public:
    BitDatabase() = default;
    explicit BitDatabase(std::uint64_t size); // all zeros
    static BitDatabase random(std::uint64_t size, double share, Rng &rng);
    static BitDatabase fromValues(const std::vector<int> &values); // nonzero -> 1

    std::uint64_t size() const { return m_size; }
    bool at(std::uint64_t i) const { return (m_words[i >> 6] >> (i & 63)) & 1; }
    void set(std::uint64_t i, bool value);
    // Number of ones among rows [begin, end).
    std::uint64_t ones(std::uint64_t begin, std::uint64_t end) const;
    std::uint64_t ones() const { return ones(0, m_size); }
    // First row in [begin, end) holding `value`, or `end` when there is none.
    std::uint64_t find(bool value, std::uint64_t begin, std::uint64_t end) const;
    const std::vector<std::uint64_t> &words() const { return m_words; }

private:
    std::uint64_t m_size = 0;
    std::vector<std::uint64_t> m_words;
};

} // namespace dp
