#pragma once
// Goodness-of-fit helpers for the statistical core tests (test code only).
//
//  * chi-square: the statistic Σ (O − E)²/E over bins pooled in order until
//    each expects at least 5 counts (Cochran's rule), compared with the EXACT
//    upper quantile of the χ² distribution with (bins − 1 − fitted) degrees of
//    freedom. The quantile solves Q(df/2, x/2) = α, where Q is the regularized
//    upper incomplete gamma function, evaluated by its power series for
//    x < a + 1 and by Lentz's continued fraction otherwise (Numerical Recipes,
//    3rd ed., §6.2; relative accuracy ~1e-14), and inverted by bisection.
//  * Kolmogorov–Smirnov: D = sup |F_n − F| against a continuous CDF, with the
//    asymptotic critical value √(−½·ln(α/2))/√n (Massart's DKW bound gives
//    P(D > c) ≤ 2·exp(−2nc²) for every n, so the test is conservative).
//
// α is tiny (1e-6 by default) and the seeds are fixed, so a failure means a
// real mismatch, not bad luck. Every result can describe itself for QVERIFY2.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace stattest {

inline constexpr double kAlpha = 1e-6;

// Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), a > 0, x ≥ 0.
inline double gammaQ(double a, double x)
{
    if (x <= 0.0)
        return 1.0;
    const double logPrefix = -x + a * std::log(x) - std::lgamma(a);
    if (x < a + 1.0) {
        // Series for P(a, x); Q = 1 − P.
        double ap = a, sum = 1.0 / a, del = sum;
        for (int n = 0; n < 100000; ++n) {
            ap += 1.0;
            del *= x / ap;
            sum += del;
            if (std::fabs(del) < std::fabs(sum) * 1e-17)
                break;
        }
        return 1.0 - sum * std::exp(logPrefix);
    }
    // Continued fraction for Q(a, x), modified Lentz.
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    for (int i = 1; i < 100000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < 1e-16)
            break;
    }
    return std::exp(logPrefix) * h;
}

// P(χ²_df > x).
inline double chiSquareSurvival(double x, double df)
{
    return gammaQ(0.5 * df, 0.5 * x);
}

// x with P(χ²_df > x) = alpha, by bisection on the exact survival function.
inline double chiSquareQuantile(double alpha, double df)
{
    double lo = 0.0, hi = df + 10.0;
    while (chiSquareSurvival(hi, df) > alpha)
        hi *= 2.0;
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (chiSquareSurvival(mid, df) > alpha ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

struct Verdict
{
    bool pass = false;
    double statistic = 0.0;
    double critical = 0.0;
    double df = 0.0;
    std::string text;
};

inline std::string format(const char *fmt, double a, double b, double c)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, fmt, a, b, c);
    return buf;
}

// Chi-square goodness of fit. observed[i] counts category i; prob[i] is its
// exact probability. Categories must cover every possible value (the caller
// folds tails into the first/last category). `fitted` = parameters estimated
// from the same data (0 here: every expectation is exact).
inline Verdict chiSquareGof(const std::vector<std::uint64_t> &observed,
                            const std::vector<double> &prob, double alpha = kAlpha, int fitted = 0)
{
    double total = 0.0;
    for (auto o : observed)
        total += static_cast<double>(o);
    std::vector<double> obs, expd;
    double o = 0.0, e = 0.0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        o += static_cast<double>(observed[i]);
        e += prob[i] * total;
        if (e >= 5.0) {
            obs.push_back(o);
            expd.push_back(e);
            o = e = 0.0;
        }
    }
    if (!expd.empty()) {
        obs.back() += o;
        expd.back() += e;
    } else {
        obs.push_back(o);
        expd.push_back(e);
    }
    Verdict v;
    for (std::size_t i = 0; i < obs.size(); ++i) {
        if (expd[i] <= 0.0) {
            v.statistic = obs[i] > 0 ? std::numeric_limits<double>::infinity() : 0.0;
            continue;
        }
        v.statistic += (obs[i] - expd[i]) * (obs[i] - expd[i]) / expd[i];
    }
    v.df = static_cast<double>(obs.size()) - 1.0 - fitted;
    v.critical = v.df > 0 ? chiSquareQuantile(alpha, v.df) : 0.0;
    v.pass = v.df > 0 && v.statistic <= v.critical;
    v.text = format("chi-square = %.4g, critical value %.4g (df = %.0f, alpha = 1e-6)", v.statistic,
                    v.critical, v.df);
    return v;
}

// Chi-square test of homogeneity of two samples of counts over the same
// categories (bins pooled in order until each pooled bin holds ≥ 10 of the
// two samples together).
inline Verdict chiSquareTwoSample(const std::vector<std::uint64_t> &a,
                                  const std::vector<std::uint64_t> &b, double alpha = kAlpha)
{
    std::vector<double> pa, pb;
    double sa = 0.0, sb = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sa += static_cast<double>(a[i]);
        sb += static_cast<double>(b[i]);
        if (sa + sb >= 10.0) {
            pa.push_back(sa);
            pb.push_back(sb);
            sa = sb = 0.0;
        }
    }
    if (!pa.empty()) {
        pa.back() += sa;
        pb.back() += sb;
    }
    double na = 0.0, nb = 0.0;
    for (std::size_t i = 0; i < pa.size(); ++i) {
        na += pa[i];
        nb += pb[i];
    }
    Verdict v;
    for (std::size_t i = 0; i < pa.size(); ++i) {
        const double col = pa[i] + pb[i];
        const double ea = col * na / (na + nb), eb = col * nb / (na + nb);
        v.statistic += (pa[i] - ea) * (pa[i] - ea) / ea + (pb[i] - eb) * (pb[i] - eb) / eb;
    }
    v.df = static_cast<double>(pa.size()) - 1.0;
    v.critical = v.df > 0 ? chiSquareQuantile(alpha, v.df) : 0.0;
    v.pass = v.df > 0 && v.statistic <= v.critical;
    v.text = format("two-sample chi-square = %.4g, critical value %.4g (df = %.0f, alpha = 1e-6)",
                    v.statistic, v.critical, v.df);
    return v;
}

inline double ksCritical(double alpha, std::size_t n)
{
    return std::sqrt(-0.5 * std::log(alpha / 2.0)) / std::sqrt(static_cast<double>(n));
}

// One-sample Kolmogorov–Smirnov test of `sample` against a continuous CDF.
inline Verdict ksTest(std::vector<double> sample, const std::function<double(double)> &cdf,
                      double alpha = kAlpha)
{
    std::sort(sample.begin(), sample.end());
    const double n = static_cast<double>(sample.size());
    Verdict v;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        const double f = cdf(sample[i]);
        v.statistic = std::max(
            {v.statistic, (static_cast<double>(i) + 1.0) / n - f, f - static_cast<double>(i) / n});
    }
    v.critical = ksCritical(alpha, sample.size());
    v.pass = v.statistic <= v.critical;
    v.text = format("KS D = %.4g, critical value %.4g (n = %.0f, alpha = 1e-6)", v.statistic,
                    v.critical, n);
    return v;
}

// z = (observed − expected)/standardError, with a message naming all three.
struct ZCheck
{
    bool pass = false;
    std::string text;
};

inline ZCheck zCheck(double observed, double expected, double standardError, double maxZ = 5.0)
{
    const double z = standardError > 0 ? (observed - expected) / standardError
                                       : (observed == expected ? 0.0 : HUGE_VAL);
    ZCheck c;
    c.pass = std::fabs(z) <= maxZ;
    c.text = format("observed %.10g, expected %.10g, z = %.3g (limit 5 standard errors)", observed,
                    expected, z);
    return c;
}

// ln P(Binomial(n, p) = k), exact up to lgamma's rounding.
inline double binomialLogPmf(double n, double k, double p)
{
    if (p <= 0.0)
        return k == 0 ? 0.0 : -HUGE_VAL;
    if (p >= 1.0)
        return k == n ? 0.0 : -HUGE_VAL;
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) +
           k * std::log(p) + (n - k) * std::log1p(-p);
}

} // namespace stattest
