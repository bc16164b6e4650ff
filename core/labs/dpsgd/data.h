#pragma once
// Two-class data sets in the plane for the DP-SGD lab, drawn from the seed
// with the project's own samplers (random/samplers.h), and the canary.
//
//  * blobs:   class 0 ~ N((−1, −0.6), 0.6²·I), class 1 ~ N((1, 0.6), 0.6²·I).
//  * moons:   scikit-learn's make_moons shape: t ~ U[0, π], class 0 at
//             (cos t, sin t), class 1 at (1 − cos t, ½ − sin t), plus
//             N(0, 0.1²) noise per coordinate, shifted by (−½, −¼) and scaled
//             by 1.5 (so both lie in about [−2.4, 2.4]²).
//  * circles: angle ~ U[0, 2π), class 0 on radius 1.6, class 1 on radius 0.8,
//             radius noise N(0, 0.15²).
// Classes alternate (example i has class i mod 2), so the two are balanced.
// Label noise: each label is flipped with probability kDpsgdLabelNoise = 5 %,
// so no model reaches 100 %: about 95 % is the best held-out accuracy.
//
// The canary ("Alice's record") is one mislabelled outlier: a point in an
// empty corner of the plane that the data put firmly in one class, carrying
// the other label. A model that fits it has memorised one person.
// Coordinates are unitless; every point lies inside kDpsgdPlane.

#include "random/rng.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dp {

enum class DpsgdDataset { Blobs = 0, Moons = 1, Circles = 2 };

inline constexpr double kDpsgdLabelNoise = 0.05;

struct PlaneBox
{
    double xMin = -3.0, xMax = 3.0, yMin = -3.0, yMax = 3.0;
};
inline constexpr PlaneBox kDpsgdPlane{};

struct LabelledPoints
{
    std::vector<double> x;           // first coordinate
    std::vector<double> y;           // second coordinate
    std::vector<std::uint8_t> label; // 0 or 1 (after label noise)
    std::size_t size() const { return label.size(); }
    void push(double px, double py, int l)
    {
        x.push_back(px);
        y.push_back(py);
        label.push_back(static_cast<std::uint8_t>(l));
    }
};

// n points of `kind`, labels flipped with probability labelNoise.
LabelledPoints makeDataset(DpsgdDataset kind, std::size_t n, double labelNoise, Rng &rng);

struct Canary
{
    double x = 0.0;
    double y = 0.0;
    int label = 0; // the (wrong) label it carries
};
Canary canaryFor(DpsgdDataset kind);

} // namespace dp
