#pragma once
// Portable seeded random numbers for every simulation in Epsilon Lab.
//
// Generator: xoshiro256** 1.0 (Blackman & Vigna, "Scrambled linear
// pseudorandom number generators", ACM TOMS 2021), seeded through SplitMix64
// as its authors recommend. Both are specified bit for bit, so the same seed
// gives the same numbers with every compiler and standard library — which is
// what lets a class follow the instructor's demo number for number.
//
// Sub-streams: Rng(seed, stream) derives an independent-looking state from the
// pair (seed, stream), so trial t of an experiment always uses stream t and a
// parallel run gives exactly the same result as a serial one.

#include <cstdint>

namespace dp {

__extension__ typedef unsigned __int128 Uint128;

// SplitMix64 (Steele, Lea & Flood 2014): a 64-bit mixer used for seeding.
constexpr std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng
{
public:
    using result_type = std::uint64_t;

    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0)
    {
        std::uint64_t sm = seed;
        std::uint64_t mixedSeed = splitMix64(sm);
        std::uint64_t st = stream ^ 0xD1B54A32D192ED03ULL;
        std::uint64_t mixedStream = splitMix64(st);
        std::uint64_t state = mixedSeed ^ (mixedStream + 0x632BE59BD9B4E019ULL);
        for (auto &word : m_s)
            word = splitMix64(state);
        // xoshiro's state must not be all zero; SplitMix64 output never gives
        // four zero words in a row, but keep the guarantee explicit.
        if ((m_s[0] | m_s[1] | m_s[2] | m_s[3]) == 0)
            m_s[0] = 1;
    }

    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }

    // Next 64 uniformly distributed bits.
    result_type operator()() { return next(); }

    result_type next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform double in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    // Uniform double in (0, 1): never 0, never 1 (safe for log()). 52 bits
    // plus one half: every value (k + ½)·2⁻⁵² is exact, the largest is
    // 1 − 2⁻⁵³ (with 53 bits, k + ½ would round up to 2⁵³ and give 1).
    double uniformOpen() { return openUnitFromBits(next()); }
    static constexpr double openUnitFromBits(std::uint64_t bits)
    {
        return (double(bits >> 12) + 0.5) * 0x1.0p-52;
    }

    // Uniform integer in [0, n) without modulo bias (Lemire 2019). n > 0.
    std::uint64_t below(std::uint64_t n)
    {
        Uint128 m = static_cast<Uint128>(next()) * n;
        auto low = static_cast<std::uint64_t>(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<Uint128>(next()) * n;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k)
    {
        return (x << k) | (x >> (64 - k));
    }
    std::uint64_t m_s[4];
};

} // namespace dp
