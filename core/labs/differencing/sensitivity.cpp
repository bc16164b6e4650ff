#include "labs/differencing/sensitivity.h"

#include <algorithm>
#include <cmath>

namespace dp {

std::string queryName(Query q)
{
    switch (q) {
    case Query::Sum:
        return "sum";
    case Query::Count:
        return "count";
    case Query::Mean:
        return "mean";
    case Query::Median:
        return "median";
    case Query::Max:
        return "max";
    case Query::Threshold:
        return "threshold";
    }
    return "?";
}

std::string neighbourName(Neighbour n)
{
    return n == Neighbour::Remove ? "remove" : "replace";
}

double queryValue(Query q, std::uint64_t n, std::uint64_t k, std::uint64_t threshold)
{
    const double kk = static_cast<double>(k);
    switch (q) {
    case Query::Sum:
        return kk;
    case Query::Count:
        return static_cast<double>(n);
    case Query::Mean:
        return kk / static_cast<double>(n);
    case Query::Median:
        // Compare 2k with n exactly in integers: k > n/2, k = n/2, k < n/2.
        if (2 * k > n)
            return 1.0;
        return 2 * k == n ? 0.5 : 0.0;
    case Query::Max:
        return k > 0 ? 1.0 : 0.0;
    case Query::Threshold:
        return k > threshold ? 1.0 : 0.0;
    }
    return 0.0;
}

NeighbourValues neighbourValues(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                                std::uint64_t threshold)
{
    NeighbourValues v;
    v.full = queryValue(q, n, k, threshold);
    if (nb == Neighbour::Remove) {
        v.ifZero = queryValue(q, n - 1, k, threshold);
        v.ifOne = k > 0 ? queryValue(q, n - 1, k - 1, threshold) : v.full; // no row holds 1
    } else {
        v.ifZero = k < n ? queryValue(q, n, k + 1, threshold) : v.full;
        v.ifOne = k > 0 ? queryValue(q, n, k - 1, threshold) : v.full;
    }
    return v;
}

double globalSensitivity(Query q, Neighbour nb, std::uint64_t n, std::uint64_t threshold)
{
    const bool remove = nb == Neighbour::Remove;
    switch (q) {
    case Query::Sum:
        return 1.0;
    case Query::Count:
        return remove ? 1.0 : 0.0;
    case Query::Mean:
        return 1.0 / static_cast<double>(n);
    case Query::Median:
        return remove || n % 2 == 0 ? 0.5 : 1.0;
    case Query::Max:
        return 1.0;
    case Query::Threshold:
        return threshold + 1 <= n ? 1.0 : 0.0;
    }
    return 0.0;
}

MeasuredSensitivity measuredSensitivity(const BitDatabase &db, Query q, Neighbour nb,
                                        std::uint64_t threshold)
{
    const std::uint64_t n = db.size();
    const std::uint64_t k = db.ones();
    const NeighbourValues v = neighbourValues(q, nb, n, k, threshold);
    const double d0 = k < n ? std::abs(v.ifZero - v.full) : -1.0; // -1: no such row
    const double d1 = k > 0 ? std::abs(v.ifOne - v.full) : -1.0;
    MeasuredSensitivity m;
    m.full = v.full;
    const std::uint64_t first0 = k < n ? db.find(false, 0, n) : n;
    const std::uint64_t first1 = k > 0 ? db.find(true, 0, n) : n;
    // Changes equal up to rounding (e.g. the mean: |k/n − (k−1)/(n−1)| and
    // |k/n − k/(n−1)|) count as a tie: the first row wins.
    bool useOne;
    if (std::abs(d0 - d1) <= 1e-12 * std::max(d0, d1))
        useOne = first1 < first0;
    else
        useOne = d1 > d0;
    m.value = std::max(d0, d1);
    m.row = useOne ? first1 : first0;
    m.atRow = useOne ? v.ifOne : v.ifZero;
    return m;
}

double measuredSensitivityValue(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                                std::uint64_t threshold)
{
    const NeighbourValues v = neighbourValues(q, nb, n, k, threshold);
    const double d0 = k < n ? std::abs(v.ifZero - v.full) : 0.0;
    const double d1 = k > 0 ? std::abs(v.ifOne - v.full) : 0.0;
    return std::max(d0, d1);
}

std::vector<double> neighbourSeries(const BitDatabase &db, Query q, Neighbour nb,
                                    std::uint64_t threshold)
{
    const NeighbourValues v = neighbourValues(q, nb, db.size(), db.ones(), threshold);
    const std::uint64_t n = db.size();
    std::vector<double> out;
    out.reserve(n);
    const double pick[2] = {v.ifZero, v.ifOne};
    for (std::uint64_t w = 0; w < db.words().size(); ++w) {
        const std::uint64_t word = db.words()[w];
        const unsigned lanes = static_cast<unsigned>(std::min<std::uint64_t>(64, n - w * 64));
        for (unsigned b = 0; b < lanes; ++b)
            out.push_back(pick[(word >> b) & 1]);
    }
    return out;
}

std::vector<Point> neighbourSeriesDecimated(const BitDatabase &db, Query q, Neighbour nb,
                                            std::uint64_t threshold, std::size_t buckets)
{
    const std::uint64_t n = db.size();
    if (buckets == 0)
        buckets = 1;
    if (n <= 2 * buckets)
        return decimateMinMax(neighbourSeries(db, q, nb, threshold), buckets);
    const NeighbourValues v = neighbourValues(q, nb, n, db.ones(), threshold);
    std::vector<Point> out;
    out.reserve(2 * buckets);
    // Per bucket, decimateMinMax keeps the first index of the smallest and of
    // the largest value (strict comparisons), in index order. With two
    // possible values that is the first row of each value present.
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::uint64_t begin = b * n / buckets;
        const std::uint64_t end = (b + 1) * n / buckets;
        const bool firstValue = db.at(begin);
        const std::uint64_t other = db.find(!firstValue, begin + 1, end);
        const double yFirst = firstValue ? v.ifOne : v.ifZero;
        out.push_back({static_cast<double>(begin), yFirst});
        if (other < end) {
            const double yOther = firstValue ? v.ifZero : v.ifOne;
            if (yOther != yFirst)
                out.push_back({static_cast<double>(other), yOther});
        }
    }
    return out;
}

} // namespace dp
