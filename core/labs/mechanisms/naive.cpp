#include "labs/mechanisms/naive.h"

#include <algorithm>
#include <cmath>

namespace dp {

namespace {

constexpr std::uint64_t kMaxK = (std::uint64_t(1) << 53) - 1;

// Smallest k in [1, kMaxK] with pred(k), pred monotone (false … false true … true),
// searched from the guess k0 by galloping, then bisection; 0 when none.
template <typename Pred> std::uint64_t firstTrue(Pred pred, std::uint64_t k0)
{
    k0 = std::clamp<std::uint64_t>(k0, 1, kMaxK);
    std::uint64_t lo = 0, hi = 0; // pred(lo) false (0 = "before 1"), pred(hi) true
    if (pred(k0)) {
        hi = k0;
        for (std::uint64_t step = 1;; step *= 2) {
            if (hi <= step) { // below 1
                lo = 0;
                break;
            }
            const std::uint64_t cand = hi - step;
            if (!pred(cand)) {
                lo = cand;
                break;
            }
            hi = cand;
        }
    } else {
        lo = k0;
        for (std::uint64_t step = 1;; step *= 2) {
            if (kMaxK - lo <= step) {
                if (!pred(kMaxK))
                    return 0;
                hi = kMaxK;
                break;
            }
            const std::uint64_t cand = lo + step;
            if (pred(cand)) {
                hi = cand;
                break;
            }
            lo = cand;
        }
    }
    while (hi - lo > 1) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        (pred(mid) ? hi : lo) = mid;
    }
    return hi;
}

} // namespace

bool naiveCanProduce(double o, double f, double b)
{
    const double guess = std::exp(-std::fabs(o - f) / b) * 0x1.0p53;
    const auto k0 = static_cast<std::uint64_t>(std::min(guess, static_cast<double>(kMaxK)));
    // Fast path: the inverse itself often lands on o (dense region).
    if (k0 >= 1 && f + naiveLaplaceNoise(k0, o >= f, b) == o)
        return true;
    // Fast path: the inverse itself often lands on o (the dense region).
    if (f + naiveLaplaceNoise(std::max<std::uint64_t>(k0, 1), o >= f, b) == o)
        return true;
    if (o >= f) {
        // g(k) = f + |noise(k)| does not increase with k: first k with g(k) ≤ o.
        const auto g = [&](std::uint64_t k) { return f + naiveLaplaceNoise(k, true, b); };
        const std::uint64_t k = firstTrue([&](std::uint64_t kk) { return g(kk) <= o; }, k0);
        if (k != 0 && g(k) == o)
            return true;
    }
    if (o <= f) {
        // g(k) = f − |noise(k)| does not decrease with k: first k with g(k) ≥ o.
        const auto g = [&](std::uint64_t k) { return f + naiveLaplaceNoise(k, false, b); };
        const std::uint64_t k = firstTrue([&](std::uint64_t kk) { return g(kk) >= o; }, k0);
        if (k != 0 && g(k) == o)
            return true;
    }
    return false;
}

} // namespace dp
