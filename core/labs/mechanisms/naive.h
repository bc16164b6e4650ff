#pragma once
// The exhibit: textbook Laplace noise in doubles, and the check that shows
// its floating-point leak (Mironov, "On significance of the least
// significant bits for differential privacy", CCS 2012).
//
// The naive sampler (used ONLY here, to be looked at; never a mechanism of
// another lab): one 64-bit word w, k = w >> 11 (53 bits; k = 0 redrawn),
// u = k·2⁻⁵³, sign from the lowest bit, and
//     o = f + s·(−b·ln u)     evaluated in IEEE doubles in exactly this order.
// Only 2⁵³ − 1 values of u exist, so each input f reaches a finite set of
// doubles, and far in the tails (where consecutive u give outputs more than
// one double apart) the set reached from f(x) differs from the set reached
// from f(y). An output that only one input can produce reveals the input:
// the privacy loss is infinite.
//
// The check, exact up to the monotonicity of the C library's log: for an
// output o and the other input f′, o is producible iff some k and sign give
// g(k) = fl(f′ ± fl(−b·fl(ln(k·2⁻⁵³))))) = o. For each sign g is monotone in
// k, so we start from the inverse k₀ ≈ e^(−|o − f′|/b)·2⁵³, gallop to a
// bracket and bisect to the first k with g(k) on the far side of o, then
// compare (a few log() calls per output).
//
// The exact discrete samplers (mechanisms/discrete.h) output integers, every
// one of which both inputs produce with positive probability: the check
// finds nothing there, by construction.

#include "random/rng.h"

#include <cmath>
#include <cstdint>

namespace dp {

// True when input f (with scale b) can produce output o with the naive sampler.
bool naiveCanProduce(double o, double f, double b);

inline double naiveLaplaceNoise(std::uint64_t k, bool positive, double b)
{
    const double u = static_cast<double>(k) * 0x1.0p-53;
    const double magnitude = -b * std::log(u);
    return positive ? magnitude : -magnitude;
}

inline double naiveLaplaceOutput(Rng &rng, double f, double b)
{
    for (;;) {
        const std::uint64_t w = rng.next();
        const std::uint64_t k = w >> 11;
        if (k != 0)
            return f + naiveLaplaceNoise(k, (w & 1) != 0, b);
    }
}

} // namespace dp
