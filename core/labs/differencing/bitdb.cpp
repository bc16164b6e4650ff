#include "labs/differencing/bitdb.h"

#include "random/samplers.h"

#include <bit>

namespace dp {

namespace {
// Mask of the bits [lo, hi) of a word, 0 ≤ lo ≤ hi ≤ 64.
inline std::uint64_t rangeMask(unsigned lo, unsigned hi)
{
    const std::uint64_t upTo = hi >= 64 ? ~std::uint64_t(0) : ((std::uint64_t(1) << hi) - 1);
    return upTo & (~std::uint64_t(0) << lo);
}
} // namespace

BitDatabase::BitDatabase(std::uint64_t size) : m_size(size), m_words((size + 63) / 64, 0) {}

BitDatabase BitDatabase::random(std::uint64_t size, double share, Rng &rng)
{
    BitDatabase db(size);
    const BernoulliWords draw(share); // p's expansion prepared once
    Rng local = rng;                  // state in registers in the hot loop
    for (auto &w : db.m_words)
        w = draw(local);
    rng = local;
    if (size % 64 != 0 && !db.m_words.empty())
        db.m_words.back() &= (std::uint64_t(1) << (size % 64)) - 1;
    return db;
}

BitDatabase BitDatabase::fromValues(const std::vector<int> &values)
{
    BitDatabase db(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        db.set(i, values[i] != 0);
    return db;
}

void BitDatabase::set(std::uint64_t i, bool value)
{
    const std::uint64_t bit = std::uint64_t(1) << (i & 63);
    if (value)
        m_words[i >> 6] |= bit;
    else
        m_words[i >> 6] &= ~bit;
}

std::uint64_t BitDatabase::ones(std::uint64_t begin, std::uint64_t end) const
{
    if (begin >= end)
        return 0;
    const std::uint64_t w0 = begin >> 6, w1 = (end - 1) >> 6;
    const unsigned lo = begin & 63, hi = static_cast<unsigned>((end - 1) & 63) + 1;
    if (w0 == w1)
        return std::popcount(m_words[w0] & rangeMask(lo, hi));
    std::uint64_t count = std::popcount(m_words[w0] & rangeMask(lo, 64));
    const std::uint64_t *w = m_words.data();
    // Four independent accumulators let the popcounts overlap.
    std::uint64_t c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    std::uint64_t k = w0 + 1;
    for (; k + 4 <= w1; k += 4) {
        c0 += std::popcount(w[k]);
        c1 += std::popcount(w[k + 1]);
        c2 += std::popcount(w[k + 2]);
        c3 += std::popcount(w[k + 3]);
    }
    for (; k < w1; ++k)
        c0 += std::popcount(w[k]);
    count += c0 + c1 + c2 + c3;
    return count + std::popcount(m_words[w1] & rangeMask(0, hi));
}

std::uint64_t BitDatabase::find(bool value, std::uint64_t begin, std::uint64_t end) const
{
    if (begin >= end)
        return end;
    const std::uint64_t flip = value ? 0 : ~std::uint64_t(0);
    std::uint64_t k = begin >> 6;
    std::uint64_t word = (m_words[k] ^ flip) & rangeMask(begin & 63, 64);
    const std::uint64_t last = (end - 1) >> 6;
    while (true) {
        if (word != 0) {
            const std::uint64_t i = (k << 6) + static_cast<std::uint64_t>(std::countr_zero(word));
            return i < end ? i : end;
        }
        if (++k > last)
            return end;
        word = m_words[k] ^ flip;
    }
}

} // namespace dp
