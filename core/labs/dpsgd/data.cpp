// Data sets and canary of the DP-SGD lab (shapes in data.h).
#include "labs/dpsgd/data.h"

#include "random/samplers.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dp {

LabelledPoints makeDataset(DpsgdDataset kind, std::size_t n, double labelNoise, Rng &rng)
{
    LabelledPoints points;
    points.x.reserve(n);
    points.y.reserve(n);
    points.label.reserve(n);
    const double pi = std::numbers::pi;
    for (std::size_t i = 0; i < n; ++i) {
        const int cls = static_cast<int>(i % 2);
        double px = 0.0, py = 0.0;
        switch (kind) {
        case DpsgdDataset::Blobs:
            px = (cls == 0 ? -1.0 : 1.0) + 0.6 * standardNormal(rng);
            py = (cls == 0 ? -0.6 : 0.6) + 0.6 * standardNormal(rng);
            break;
        case DpsgdDataset::Moons: {
            const double t = pi * rng.uniform();
            const double mx = cls == 0 ? std::cos(t) : 1.0 - std::cos(t);
            const double my = cls == 0 ? std::sin(t) : 0.5 - std::sin(t);
            px = 1.5 * (mx + 0.1 * standardNormal(rng) - 0.5);
            py = 1.5 * (my + 0.1 * standardNormal(rng) - 0.25);
            break;
        }
        case DpsgdDataset::Circles: {
            const double a = 2.0 * pi * rng.uniform();
            const double r = (cls == 0 ? 1.6 : 0.8) + 0.15 * standardNormal(rng);
            px = r * std::cos(a);
            py = r * std::sin(a);
            break;
        }
        }
        // Keep every point inside the plotted plane (a 6-SD outlier at most).
        px = std::clamp(px, kDpsgdPlane.xMin, kDpsgdPlane.xMax);
        py = std::clamp(py, kDpsgdPlane.yMin, kDpsgdPlane.yMax);
        const bool flip = bernoulli(rng, labelNoise);
        points.push(px, py, flip ? 1 - cls : cls);
    }
    return points;
}

Canary canaryFor(DpsgdDataset kind)
{
    switch (kind) {
    case DpsgdDataset::Blobs: // beyond class 1's blob, labelled 0
        return {2.5, 2.5, 0};
    case DpsgdDataset::Moons: // below the lower (class 1) moon's left end, labelled 0
        return {-1.7, -2.5, 0};
    case DpsgdDataset::Circles: // outside the outer (class 0) ring, labelled 1
        return {2.5, 1.7, 1};
    }
    return {};
}

} // namespace dp
