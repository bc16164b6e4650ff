// The ziggurat normal sampler (see samplers.h for the method and sources).
#include "random/samplers.h"

#include <cmath>
#include <cstdint>

namespace dp {
namespace detail {

namespace {
ZigguratTable makeTable()
{
    ZigguratTable t{};
    constexpr int n = ZigguratTable::kLayers;
    double f = std::exp(-0.5 * ZigguratTable::kR * ZigguratTable::kR);
    t.x[0] = ZigguratTable::kV / f; // the base layer, tail included, as a rectangle of area V
    t.x[1] = ZigguratTable::kR;
    t.x[n] = 0.0;
    for (int i = 2; i < n; ++i) {
        t.x[i] = std::sqrt(-2.0 * std::log(ZigguratTable::kV / t.x[i - 1] + f));
        f = std::exp(-0.5 * t.x[i] * t.x[i]);
    }
    for (int i = 0; i < n; ++i)
        t.ratio[i] = t.x[i + 1] / t.x[i];
    return t;
}

// The tail beyond r (Marsaglia 1964): x = −ln U₁/r, y = −ln U₂, accept if 2y > x².
double normalTail(Rng &rng, double r, bool negative)
{
    double x, y;
    do {
        x = std::log(rng.uniformOpen()) / r;
        y = std::log(rng.uniformOpen());
    } while (-2.0 * y < x * x);
    return negative ? x - r : r - x;
}
} // namespace

const ZigguratTable zigguratTable = makeTable();

double standardNormalSlow(Rng &rng, std::uint64_t w)
{
    const ZigguratTable &z = zigguratTable;
    for (;;) {
        const int i = static_cast<int>(w & (ZigguratTable::kLayers - 1));
        const double u = static_cast<double>(w >> 11) * 0x1.0p-52 - 1.0;
        if (std::abs(u) < z.ratio[i])
            return u * z.x[i];
        if (i == 0)
            return normalTail(rng, ZigguratTable::kR, u < 0.0);
        const double xx = u * z.x[i];
        const double f0 = std::exp(-0.5 * (z.x[i] * z.x[i] - xx * xx));
        const double f1 = std::exp(-0.5 * (z.x[i + 1] * z.x[i + 1] - xx * xx));
        if (f1 + rng.uniform() * (f0 - f1) < 1.0)
            return xx;
        w = rng.next();
    }
}

} // namespace detail

void fillStandardNormals(Rng &rng, double *out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = standardNormal(rng);
}

} // namespace dp
