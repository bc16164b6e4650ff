#include "labs/differencing/release.h"

#include <limits>

namespace dp {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

// Loss of one released number: Δ/scale, 0 when Δ = 0, ∞ when exact but Δ > 0.
double loss(double delta, double scale)
{
    if (delta == 0.0)
        return 0.0;
    return scale > 0.0 ? delta / scale : kInf;
}

// The query's loss on m rows, counted with neighbours `view`, released as
// calibrated for notion nb (view = nb, or view = Replace).
double queryLoss(Query q, Neighbour nb, Neighbour view, std::uint64_t m, std::uint64_t threshold,
                 double epsilon, bool noise)
{
    if (releaseForm(q, nb) == ReleaseForm::SumAndCount) {
        const double b = noise ? releaseScale(q, nb, m, threshold, epsilon) : 0.0;
        const double countDelta = view == Neighbour::Remove ? 1.0 : 0.0; // the count ignores values
        return loss(1.0, b) + loss(countDelta, b);
    }
    const double b = noise ? releaseScale(q, nb, m, threshold, epsilon) : 0.0;
    const double delta = view == nb ? noiseSensitivity(q, nb, m, threshold)
                                    : globalSensitivity(q, view, m, threshold);
    return loss(delta, b);
}
} // namespace

ReleaseForm releaseForm(Query q, Neighbour nb)
{
    return q == Query::Mean && nb == Neighbour::Remove ? ReleaseForm::SumAndCount
                                                       : ReleaseForm::Value;
}

double noiseSensitivity(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold)
{
    if (nb == Neighbour::Replace)
        return globalSensitivity(q, Neighbour::Replace, n, threshold);
    switch (q) {
    case Query::Sum:
    case Query::Count:
    case Query::Max:
    case Query::Threshold:
        return 1.0;
    case Query::Mean:
        return 1.0; // each of the noisy sum and count
    case Query::Median:
        return 0.5;
    }
    return 1.0;
}

double releaseScale(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold, double epsilon)
{
    const double delta = noiseSensitivity(q, nb, n, threshold);
    const double share = releaseForm(q, nb) == ReleaseForm::SumAndCount ? 0.5 : 1.0; // ε/2 each
    return delta / (share * epsilon);
}

std::vector<ReleasedNumber> releasedNumbers(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                                            std::uint64_t threshold, double epsilon)
{
    const double b = releaseScale(q, nb, n, threshold, epsilon);
    if (releaseForm(q, nb) == ReleaseForm::SumAndCount)
        return {{static_cast<double>(k), b}, {static_cast<double>(n), b}};
    return {{queryValue(q, n, k, threshold), b}};
}

ReleaseBudget releaseBudget(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold,
                            double epsilon, bool noise)
{
    ReleaseBudget r;
    r.target = queryLoss(q, nb, nb, n, threshold, epsilon, noise);
    r.total = r.target + queryLoss(q, nb, nb, n - 1, threshold, epsilon, noise);
    r.targetReplace = queryLoss(q, nb, Neighbour::Replace, n, threshold, epsilon, noise);
    r.totalReplace =
        r.targetReplace + queryLoss(q, nb, Neighbour::Replace, n - 1, threshold, epsilon, noise);
    return r;
}

} // namespace dp
