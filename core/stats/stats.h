#pragma once
// Small statistics toolbox shared by the labs.
//
//  * RunningStats   Welford's one-pass mean and variance (Welford 1962).
//  * Histogram      fixed equal-width bins over [lo, hi); values outside are
//                   counted as underflow / overflow, never dropped silently.
//  * normalCdf      Φ(x) = ½·erfc(−x/√2).
//  * normalQuantile Φ⁻¹(p): Acklam's rational approximation refined by one
//                   Halley step against erfc (relative error < 1e-15).
//  * wilsonInterval Wilson score interval for a binomial proportion
//                   (Wilson 1927; Agresti & Coull 1998 recommend it over the
//                   Wald interval for small n and extreme shares).
//  * decimateMinMax reduce a long series to at most 2 points per bucket (the
//                   minimum and maximum, in index order), so a chart gets a few
//                   points per pixel yet shows every spike.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace dp {

class RunningStats
{
public:
    void add(double x)
    {
        ++m_n;
        const double d = x - m_mean;
        m_mean += d / static_cast<double>(m_n);
        m_m2 += d * (x - m_mean);
    }
    std::uint64_t count() const { return m_n; }
    double mean() const { return m_mean; }
    // Unbiased sample variance (divides by n − 1); 0 for fewer than 2 values.
    double variance() const { return m_n > 1 ? m_m2 / static_cast<double>(m_n - 1) : 0.0; }
    double sd() const;
    // Standard error of the mean: sd / √n.
    double standardError() const;

private:
    std::uint64_t m_n = 0;
    double m_mean = 0.0;
    double m_m2 = 0.0;
};

struct Histogram
{
    double lo = 0.0;
    double hi = 1.0;
    std::vector<std::uint64_t> counts;
    std::uint64_t underflow = 0;
    std::uint64_t overflow = 0;

    Histogram() = default;
    Histogram(double lo, double hi, std::size_t bins);
    void add(double x);
    double binWidth() const;
    double binCenter(std::size_t i) const;
    std::uint64_t total() const;
};

// Bounds that contain all the values, padded so that a single value or a
// constant series still gets a visible range.
std::pair<double, double> paddedRange(const std::vector<double> &values, double minWidth);

double normalCdf(double x);
double normalPdf(double x);
// p must be in (0, 1); returns ±infinity at 0 and 1, NaN outside.
double normalQuantile(double p);

struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

// Wilson score interval for `successes` out of `n` at confidence 1 − alpha.
Interval wilsonInterval(std::uint64_t successes, std::uint64_t n, double alpha = 0.05);

struct Point
{
    double x = 0.0;
    double y = 0.0;
};

// x_i = x0 + i·dx. Returns the series itself when it has at most 2·buckets
// points; otherwise min and max of each of `buckets` equal index ranges.
std::vector<Point> decimateMinMax(const std::vector<double> &y, std::size_t buckets,
                                  double x0 = 0.0, double dx = 1.0);

} // namespace dp
