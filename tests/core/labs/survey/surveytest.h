#pragma once
// Shared helpers of tst_survey and tst_survey_stats: an independent
// restatement of the randomized-response formulas (forced-response design,
// Boruch 1971, as analysed by Dwork & Roth 2014 §3.2; science.md)
//   a = p + (1 − p)q, b = (1 − p)q,
//   Var_fixed = (k·a(1 − a) + (N − k)·b(1 − b))/(N² p²) for k true yes,
// the exact pmf of the yes count, and small comparison utilities.

#include "labs/survey/survey.h"
#include "stattest.h"

#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>
#include <vector>

Q_DECLARE_METATYPE(dp::SurveyMode)

namespace surveytest {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

inline dp::SurveyParams makeParams(std::uint64_t n, double pi, double p, double q,
                                   std::uint64_t surveys, dp::SurveyMode mode)
{
    dp::SurveyParams s;
    s.population = n;
    s.trueRate = pi;
    s.pHonest = p;
    s.pYes = q;
    s.surveys = surveys;
    s.mode = mode;
    return s;
}

// Independent restatement of the variance formulas of the header comment.
inline double fixedVariance(double k, double n, double p, double q)
{
    const double a = p + (1 - p) * q, b = (1 - p) * q;
    return (k * a * (1 - a) + (n - k) * b * (1 - b)) / (n * n * p * p);
}

// Fourth cumulant of the estimate: the yes count is a sum of independent
// Bernoulli(r) answers, each with κ₄ = r(1 − r)(1 − 6r(1 − r)).
inline double fixedKappa4(double k, double n, double p, double q)
{
    const double a = p + (1 - p) * q, b = (1 - p) * q;
    auto k4 = [](double r) { return r * (1 - r) * (1 - 6 * r * (1 - r)); };
    return (k * k4(a) + (n - k) * k4(b)) / std::pow(n * p, 4);
}

// Exact pmf of the yes count: Binomial(k, a) + Binomial(N − k, b) (convolution).
inline std::vector<double> yesCountPmf(std::uint64_t n, std::uint64_t k, double p, double q)
{
    const double a = p + (1 - p) * q, b = (1 - p) * q;
    std::vector<double> x(k + 1), y(n - k + 1), out(n + 1, 0.0);
    for (std::uint64_t i = 0; i <= k; ++i)
        x[i] = std::exp(stattest::binomialLogPmf(double(k), double(i), a));
    for (std::uint64_t j = 0; j <= n - k; ++j)
        y[j] = std::exp(stattest::binomialLogPmf(double(n - k), double(j), b));
    for (std::uint64_t i = 0; i <= k; ++i)
        for (std::uint64_t j = 0; j <= n - k; ++j)
            out[i + j] += x[i] * y[j];
    return out;
}

inline std::vector<std::uint64_t> histogramOf(const std::vector<std::uint64_t> &values,
                                              std::uint64_t n)
{
    std::vector<std::uint64_t> h(n + 1, 0);
    for (auto v : values)
        ++h[v];
    return h;
}

inline bool closeTo(double got, double want, double relTol = 4e-16)
{
    if (std::isinf(want))
        return got == want;
    return std::fabs(got - want) <= relTol * std::max(1.0, std::fabs(want));
}

inline QString num(double x)
{
    return QString::number(x, 'g', 17);
}

} // namespace surveytest
