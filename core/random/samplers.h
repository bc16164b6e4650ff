#pragma once
// Samplers built from the uniform bits of dp::Rng only.
//
// std::*_distribution is deliberately not used: its algorithms are left to
// each standard library, so the same seed would give different numbers on
// different machines. Every sampler here is a fixed algorithm:
//
//  * bernoulli(p)        one uniform double compared with p.
//  * bernoulliWord(p)    64 independent Bernoulli(p) lanes at once, exactly:
//                        each lane compares a stream of fair random bits with
//                        the binary expansion of p, most significant bit first
//                        (the "lazy comparison" view of a uniform draw), and
//                        stops once every lane is decided. About
//                        log2(64) + 1.3 ≈ 7.3 words of randomness per call on
//                        average; exactly 1 word for p = 1/2.
//  * binomial(n, p)      exact for n up to 2^53 (≈ 9·10^15): inversion by
//                        sequential search when n·min(p,1−p) < 10, otherwise
//                        BTRS, the transformed-rejection-with-squeeze method of
//                        Hörmann, "The generation of binomial random variates",
//                        J. Stat. Comput. Simul. 46 (1993) 101–110.
//  * normal(μ, σ)        the ziggurat method (standardNormal below).
//  * laplace(b)          inversion: b·(−ln U) with a random sign; density
//                        e^(−|x|/b)/(2b), variance 2b² (Dwork & Roth 2014, §3.3).
//  * geometric(p)        failures before the first success, by inversion:
//                        floor(ln U / ln(1−p)), P(k) = (1−p)^k p.
//
// These use std::log / std::sqrt from the C library; sqrt is exact in IEEE 754
// and glibc's log is accurate to within one unit in the last place, so golden
// values hold across x86-64 and ARM builds of the same C library.

#include "random/rng.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace dp {

bool bernoulli(Rng &rng, double p);
// One word; for many words with the same p use BernoulliWords below (this
// prepares p's expansion on every call).
std::uint64_t bernoulliWord(Rng &rng, double p);

// bernoulliWord with p's binary expansion prepared once, for hot loops.
// Lanes are decided in blocks of kBlock bits without a branch per bit (the
// data-dependent exit of a bit-by-bit loop costs a branch misprediction per
// call); a block ends early only where p's expansion ends. After 8 bits all
// 64 lanes are decided with probability (1 − 2⁻⁸)⁶⁴ ≈ 78 %, so a call costs
// about 9.8 random words and rarely mispredicts.
class BernoulliWords
{
public:
    explicit BernoulliWords(double p);
    [[gnu::always_inline]] std::uint64_t operator()(Rng &rng) const
    {
        if (m_constant)
            return m_value;
        std::uint64_t undecided = ~std::uint64_t(0);
        std::uint64_t result = 0;
        int i = 0;
        for (;;) {
            if (m_steps - i >= kBlock && i + kBlock <= kCachedBits) {
                for (int k = 0; k < kBlock; ++k, ++i)
                    step(rng.next(), m_masks[i], undecided, result);
            } else {
                const int end = std::min(m_steps, i + kBlock);
                for (; i < end; ++i)
                    step(rng.next(), maskAt(i), undecided, result);
            }
            if (undecided == 0 || i >= m_steps)
                return result;
        }
    }

private:
    static constexpr int kBlock = 8;
    static constexpr int kCachedBits = 64;
    // One bit of p against one random bit per lane. m is all ones where p's
    // bit is 1: lanes with random bit 0 there are below p (decided 1); lanes
    // whose random bit equals p's bit stay undecided; the rest are above p.
    [[gnu::always_inline]] static void step(std::uint64_t r, std::uint64_t m,
                                            std::uint64_t &undecided, std::uint64_t &result)
    {
        result |= undecided & ~r & m;
        undecided &= ~(r ^ m);
    }
    std::uint64_t maskAt(int i) const;

    bool m_constant = false;
    std::uint64_t m_value = 0;
    int m_leadingZeros = 0;       // zero bits of p right after the binary point
    std::uint64_t m_mantissa = 0; // then these 53 bits, most significant first
    int m_steps = 0;              // position of p's last 1 bit (1 = the ½ bit)
    std::uint64_t m_masks[kCachedBits] = {};
};
std::uint64_t binomial(Rng &rng, std::uint64_t n, double p);
// N(mean, sd²) = mean + sd · standardNormal().
double normal(Rng &rng, double mean = 0.0, double sd = 1.0);
// N(0, 1) by the ziggurat method with Doornik's correction (J. A. Doornik
// 2005, "An improved ziggurat method to generate normal random samples";
// Marsaglia & Tsang 2000, J. Stat. Softw. 5(8)): 128 layers, r = 3.442619855899,
// layer area v = 9.91256303526217e-3. Per draw one 64-bit word: its low 7 bits
// pick the layer and its top 53 bits give the uniform, so they never share
// bits; 98.8 % of draws end there. The tail beyond r uses Marsaglia's (1964)
// exact method. A fixed algorithm on dp::Rng bits, so seeds reproduce everywhere.
namespace detail {
struct ZigguratTable
{
    static constexpr int kLayers = 128;
    static constexpr double kR = 3.442619855899;      // start of the tail
    static constexpr double kV = 9.91256303526217e-3; // area of each layer
    double x[kLayers + 1];
    double ratio[kLayers];
};
extern const ZigguratTable zigguratTable;
// Everything after the first word failed the fast test (1.2 % of draws).
double standardNormalSlow(Rng &rng, std::uint64_t word);
} // namespace detail

// Inline: the fast path is a handful of instructions and sits in hot loops.
inline double standardNormal(Rng &rng)
{
    const std::uint64_t w = rng.next();
    const int i =
        static_cast<int>(w & (detail::ZigguratTable::kLayers - 1));  // low 7 bits: the layer
    const double u = static_cast<double>(w >> 11) * 0x1.0p-52 - 1.0; // top 53 bits: [-1, 1)
    if (std::abs(u) < detail::zigguratTable.ratio[i]) [[likely]]
        return u * detail::zigguratTable.x[i];
    return detail::standardNormalSlow(rng, w);
}
void fillStandardNormals(Rng &rng, double *out, std::size_t n);

double laplace(Rng &rng, double scale);
std::uint64_t geometric(Rng &rng, double p);

// Largest n for which binomial() is exact (doubles hold integers exactly).
inline constexpr std::uint64_t kMaxBinomialN = (std::uint64_t(1) << 53);

} // namespace dp
