// The empirical privacy check: an event chosen on one half of the samples,
// evaluated on the other (see mechanisms.h).
#include "labs/mechanisms/mechanisms.h"

#include "stats/audit.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dp {

EmpiricalCheck empiricalCheck(const std::vector<double> &x, const std::vector<double> &y,
                              double delta, bool discrete, double alpha)
{
    EmpiricalCheck c;
    c.confidence = 1.0 - alpha;
    c.epsilonLowerBound = -std::numeric_limits<double>::infinity();
    const std::size_t n = std::min(x.size(), y.size());
    const std::size_t half = n / 2;
    c.evaluated = n - half;
    if (half == 0)
        return c;

    // 1. Choose on the first half: cumulative counts over bins of the pooled range.
    double lo = x[0], hi = x[0];
    for (std::size_t i = 0; i < half; ++i) {
        lo = std::min({lo, x[i], y[i]});
        hi = std::max({hi, x[i], y[i]});
    }
    std::size_t bins = 512;
    double start = lo, width = (hi - lo) / bins;
    if (discrete && hi - lo + 1 <= 4096) { // one bin per integer: edges at k − ½
        bins = static_cast<std::size_t>(hi - lo + 1);
        start = lo - 0.5;
        width = 1.0;
    }
    if (!(width > 0.0)) {
        width = 1.0;
        bins = 1;
    }
    std::vector<std::uint64_t> cx(bins, 0), cy(bins, 0);
    const double inv = 1.0 / width;
    const auto bin = [&](double o) {
        const double b = (o - start) * inv;
        return b <= 0.0 ? std::size_t(0) : std::min(bins - 1, static_cast<std::size_t>(b));
    };
    for (std::size_t i = 0; i < half; ++i) {
        ++cx[bin(x[i])];
        ++cy[bin(y[i])];
    }
    // Score of "A more likely than B" from counts kA, kB of m: a normal-
    // approximation lower bound of ln((pA − δ)/pB) at about 2.5 SE on each side.
    const double m = static_cast<double>(half);
    const auto score = [&](double kA, double kB) {
        const double pA = (kA - 2.5 * std::sqrt(kA)) / m - delta;
        const double pB = (kB + 2.5 * std::sqrt(kB) + 3.0) / m;
        return pA > 0.0 ? std::log(pA / pB) : -std::numeric_limits<double>::infinity();
    };
    double best = -std::numeric_limits<double>::infinity();
    // {o ≥ edge_b}: bins b … end; {o < edge_b} = {o < edge_b} up to a null set: bins 0 … b−1.
    std::vector<std::uint64_t> sx(bins + 1, 0), sy(bins + 1, 0); // suffix sums
    for (std::size_t b = bins; b-- > 0;) {
        sx[b] = sx[b + 1] + cx[b];
        sy[b] = sy[b + 1] + cy[b];
    }
    for (std::size_t b = 1; b < bins; ++b) {
        const double edge = start + static_cast<double>(b) * width;
        const double upX = static_cast<double>(sx[b]), upY = static_cast<double>(sy[b]);
        const double downX = m - upX, downY = m - upY;
        const struct
        {
            AuditEventKind kind;
            bool xOverY;
            double kA, kB;
        } cands[] = {
            {AuditEventKind::AtLeast, true, upX, upY},
            {AuditEventKind::AtLeast, false, upY, upX},
            {AuditEventKind::Below, true, downX, downY},
            {AuditEventKind::Below, false, downY, downX},
        };
        for (const auto &cand : cands) {
            const double sc = score(cand.kA, cand.kB);
            if (sc > best) {
                best = sc;
                c.event = cand.kind;
                c.xOverY = cand.xOverY;
                c.threshold = edge;
            }
        }
    }
    if (!(best > -std::numeric_limits<double>::infinity())) {
        c.threshold = start + 0.5 * bins * width;
    }

    // 2. Evaluate the chosen event on the second half (never seen by step 1).
    const double t = c.threshold;
    std::uint64_t inX = 0, inY = 0;
    if (c.event == AuditEventKind::AtLeast) {
        for (std::size_t i = half; i < n; ++i) {
            inX += x[i] >= t;
            inY += y[i] >= t;
        }
    } else {
        for (std::size_t i = half; i < n; ++i) {
            inX += x[i] < t;
            inY += y[i] < t;
        }
    }
    c.inFirst = c.xOverY ? inX : inY;
    c.inSecond = c.xOverY ? inY : inX;
    const double a = alpha / 2.0; // one bound each: P(ε_lb > ε) ≤ α for an (ε, δ)-DP mechanism
    c.pLow = clopperPearsonLower(c.inFirst, c.evaluated, a);
    c.pHigh = clopperPearsonUpper(c.inSecond, c.evaluated, a);
    c.epsilonLowerBound =
        epsilonLowerBound(c.inFirst, c.evaluated, c.inSecond, c.evaluated, a, delta);
    c.maxDetectable = epsilonLowerBound(c.evaluated, c.evaluated, 0, c.evaluated, a, delta);
    return c;
}

} // namespace dp
