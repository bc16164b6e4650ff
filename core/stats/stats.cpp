#include "stats/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dp {

double RunningStats::sd() const
{
    return std::sqrt(variance());
}

double RunningStats::standardError() const
{
    return m_n > 0 ? sd() / std::sqrt(static_cast<double>(m_n)) : 0.0;
}

Histogram::Histogram(double lo_, double hi_, std::size_t bins)
    : lo(lo_), hi(hi_ > lo_ ? hi_ : lo_ + 1.0), counts(bins > 0 ? bins : 1, 0)
{
}

void Histogram::add(double x)
{
    if (std::isnan(x))
        return;
    if (x < lo) {
        ++underflow;
        return;
    }
    if (x >= hi) {
        ++overflow;
        return;
    }
    auto i = static_cast<std::size_t>((x - lo) / binWidth());
    if (i >= counts.size())
        i = counts.size() - 1;
    ++counts[i];
}

double Histogram::binWidth() const
{
    return (hi - lo) / static_cast<double>(counts.size());
}

double Histogram::binCenter(std::size_t i) const
{
    return lo + (static_cast<double>(i) + 0.5) * binWidth();
}

std::uint64_t Histogram::total() const
{
    std::uint64_t t = underflow + overflow;
    for (auto c : counts)
        t += c;
    return t;
}

std::pair<double, double> paddedRange(const std::vector<double> &values, double minWidth)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (!(lo <= hi))
        return {0.0, 1.0};
    double width = hi - lo;
    if (width < minWidth) {
        const double mid = 0.5 * (lo + hi);
        return {mid - 0.5 * minWidth, mid + 0.5 * minWidth};
    }
    return {lo - 0.02 * width, hi + 0.02 * width};
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normalPdf(double x)
{
    constexpr double invSqrt2Pi = 0.39894228040143267794;
    return invSqrt2Pi * std::exp(-0.5 * x * x);
}

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    // Acklam (2003) coefficients.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    double x;
    if (p < pLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - pLow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // One Halley step on Φ(x) − p.
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2.0 * M_PI) * std::exp(0.5 * x * x);
    return x - u / (1.0 + 0.5 * x * u);
}

Interval wilsonInterval(std::uint64_t successes, std::uint64_t n, double alpha)
{
    if (n == 0)
        return {0.0, 1.0};
    const double z = normalQuantile(1.0 - alpha / 2.0);
    const double nn = static_cast<double>(n);
    const double ph = static_cast<double>(successes) / nn;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / nn;
    const double centre = (ph + z2 / (2.0 * nn)) / denom;
    const double half = z * std::sqrt(ph * (1.0 - ph) / nn + z2 / (4.0 * nn * nn)) / denom;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::vector<Point> decimateMinMax(const std::vector<double> &y, std::size_t buckets, double x0,
                                  double dx)
{
    std::vector<Point> out;
    const std::size_t n = y.size();
    if (buckets == 0)
        buckets = 1;
    if (n <= 2 * buckets) {
        out.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            out.push_back({x0 + dx * static_cast<double>(i), y[i]});
        return out;
    }
    out.reserve(2 * buckets);
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::size_t begin = b * n / buckets;
        const std::size_t end = (b + 1) * n / buckets;
        std::size_t iMin = begin, iMax = begin;
        for (std::size_t i = begin + 1; i < end; ++i) {
            if (y[i] < y[iMin])
                iMin = i;
            if (y[i] > y[iMax])
                iMax = i;
        }
        const std::size_t first = std::min(iMin, iMax), second = std::max(iMin, iMax);
        out.push_back({x0 + dx * static_cast<double>(first), y[first]});
        if (second != first)
            out.push_back({x0 + dx * static_cast<double>(second), y[second]});
    }
    return out;
}

} // namespace dp
