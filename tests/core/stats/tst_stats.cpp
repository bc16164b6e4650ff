// Tests for core/stats.h and for the test helpers of stattest.h.
//
// Reference values: Φ and Φ⁻¹ computed with mpmath at 40 digits (ncdf,
// √2·erfinv(2p − 1)); the known constants Φ⁻¹(0.975) = 1.959963984540054
// and Φ(−1) = (1 − 0.682689492137086)/2. Wilson intervals: Newcombe (1998),
// "Two-sided confidence intervals for the single proportion", Stat. Med.
// 17:857–872, Table I, method 3 (score), re-derived from the formula.
// χ² quantiles at α = 1e-6: mpmath gammainc bisection; df = 2 is exactly
// −2·ln(1e-6).

#include "random/rng.h"
#include "stats/stats.h"
#include "stattest.h"

#include <QTest>

#include <algorithm>
#include <iterator>

class TestStats : public QObject
{
    Q_OBJECT

private slots:
    void runningStatsMatchesTwoPass();
    void runningStatsSmall();
    void histogramBins();
    void histogramDegenerate();
    void normalCdfKnownValues_data();
    void normalCdfKnownValues();
    void normalQuantileKnownValues_data();
    void normalQuantileKnownValues();
    void normalQuantileRoundTrip();
    void normalQuantileEdges();
    void wilsonPublished_data();
    void wilsonPublished();
    void wilsonEdges();
    void decimateShortSeries();
    void decimateKeepsExtremes();
    void paddedRangeCases();
    void helperChiSquareQuantiles();
    void helperDetectsWrongDistribution();
};

void TestStats::runningStatsMatchesTwoPass()
{
    // Values around 1e9 with spread ~1: a naive Σx² − n·mean² loses every
    // digit; Welford must agree with the two-pass formula (long double).
    constexpr int kCount = 100000;
    std::vector<double> xs;
    dp::Rng rng(1);
    for (int i = 0; i < kCount; ++i)
        xs.push_back(1e9 + rng.uniform() * 3.0 - 1.0);
    dp::RunningStats rs;
    long double sum = 0;
    for (double x : xs) {
        rs.add(x);
        sum += x;
    }
    const long double mean = sum / kCount;
    long double ss = 0;
    for (double x : xs)
        ss += (x - mean) * (x - mean);
    const double var = static_cast<double>(ss / (kCount - 1));
    QCOMPARE(rs.count(), std::uint64_t(kCount));
    QVERIFY2(
        std::fabs(rs.mean() - static_cast<double>(mean)) < 1e-12 * 1e9,
        qPrintable(
            QString("mean %1 vs %2").arg(rs.mean(), 0, 'g', 17).arg(double(mean), 0, 'g', 17)));
    QVERIFY2(std::fabs(rs.variance() - var) < 1e-6 * var,
             qPrintable(
                 QString("variance %1 vs %2").arg(rs.variance(), 0, 'g', 17).arg(var, 0, 'g', 17)));
    QVERIFY(std::fabs(rs.sd() - std::sqrt(var)) < 1e-6 * std::sqrt(var));
    QVERIFY(std::fabs(rs.standardError() - std::sqrt(var / kCount)) <
            1e-6 * std::sqrt(var / kCount));
}

void TestStats::runningStatsSmall()
{
    dp::RunningStats empty;
    QCOMPARE(empty.count(), std::uint64_t(0));
    QCOMPARE(empty.variance(), 0.0);
    QCOMPARE(empty.standardError(), 0.0);
    dp::RunningStats one;
    one.add(5.0);
    QCOMPARE(one.mean(), 5.0);
    QCOMPARE(one.variance(), 0.0);
    // {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, Σ(x − 5)² = 32, sample variance 32/7.
    dp::RunningStats rs;
    for (double x : {2, 4, 4, 4, 5, 5, 7, 9})
        rs.add(x);
    QCOMPARE(rs.mean(), 5.0);
    QVERIFY(std::fabs(rs.variance() - 32.0 / 7.0) < 1e-14);
    QVERIFY(std::fabs(rs.standardError() - std::sqrt(32.0 / 7.0 / 8.0)) < 1e-14);
}

void TestStats::histogramBins()
{
    dp::Histogram h(0.0, 10.0, 5); // bins [0,2) [2,4) [4,6) [6,8) [8,10)
    QCOMPARE(h.binWidth(), 2.0);
    QCOMPARE(h.binCenter(0), 1.0);
    QCOMPARE(h.binCenter(4), 9.0);
    for (double x :
         {0.0, 1.99, 2.0, 5.0, 9.999999, -0.001, -100.0, 10.0, 1e300,
          std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()})
        h.add(x);
    h.add(std::nan(""));                     // ignored: neither a bin nor under/overflow
    QCOMPARE(h.counts[0], std::uint64_t(2)); // 0, 1.99
    QCOMPARE(h.counts[1], std::uint64_t(1)); // 2
    QCOMPARE(h.counts[2], std::uint64_t(1)); // 5
    QCOMPARE(h.counts[3], std::uint64_t(0));
    QCOMPARE(h.counts[4], std::uint64_t(1)); // 9.999999
    QCOMPARE(h.underflow, std::uint64_t(3)); // -0.001, -100, -inf
    QCOMPARE(h.overflow, std::uint64_t(3));  // 10 (hi is exclusive), 1e300, +inf
    QCOMPARE(h.total(), std::uint64_t(11));
    // The largest double below hi lands in the last bin even if (x − lo)/width
    // rounds up to the bin count.
    dp::Histogram g(0.0, 0.3, 3);
    g.add(std::nextafter(0.3, 0.0));
    QCOMPARE(g.counts[2], std::uint64_t(1));
    QCOMPARE(g.overflow, std::uint64_t(0));
}

void TestStats::histogramDegenerate()
{
    dp::Histogram h(5.0, 5.0, 0); // empty range and no bins: [5, 6), one bin
    QCOMPARE(h.counts.size(), std::size_t(1));
    QCOMPARE(h.hi, 6.0);
    h.add(5.5);
    QCOMPARE(h.counts[0], std::uint64_t(1));
    dp::Histogram d;
    QCOMPARE(d.total(), std::uint64_t(0));
}

void TestStats::normalCdfKnownValues_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::newRow("0") << 0.0 << 0.5;
    QTest::newRow("-1") << -1.0 << 0.15865525393145705;
    QTest::newRow("1") << 1.0 << 0.84134474606854295;
    QTest::newRow("1.959963984540054") << 1.959963984540054 << 0.975;
    QTest::newRow("3") << 3.0 << 0.99865010196836991;
    QTest::newRow("-8") << -8.0 << 6.2209605742717841e-16;
    QTest::newRow("-20") << -20.0 << 2.7536241186062337e-89;
    QTest::newRow("-30") << -30.0 << 4.9067139271481871e-198;
    QTest::newRow("-37.5 (near the smallest normal double)") << -37.5 << 4.6053530095819548e-308;
}

void TestStats::normalCdfKnownValues()
{
    QFETCH(double, x);
    QFETCH(double, expected);
    const double got = dp::normalCdf(x);
    // Relative condition number of Φ at x is about x² (d ln Φ/dx ≈ |x|), so
    // the rounding of x/√2 alone allows ~x²·1e-16 relative error; near the
    // smallest normal double erfc itself loses a few more digits.
    const double tolerance = (1e-14 + 1e-14 * x * x) * expected;
    QVERIFY2(std::fabs(got - expected) <= tolerance, qPrintable(QString("Phi(%1) = %2, expected %3")
                                                                    .arg(x)
                                                                    .arg(got, 0, 'g', 17)
                                                                    .arg(expected, 0, 'g', 17)));
    QVERIFY(std::fabs(dp::normalPdf(x) - std::exp(-0.5 * x * x) / std::sqrt(2 * M_PI)) <=
            1e-15 * (std::exp(-0.5 * x * x) + 1e-300));
}

void TestStats::normalQuantileKnownValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::newRow("0.975") << 0.975 << 1.959963984540054;
    QTest::newRow("0.025") << 0.025 << -1.959963984540054;
    QTest::newRow("0.5") << 0.5 << 0.0;
    QTest::newRow("0.995") << 0.995 << 2.5758293035489008;
    QTest::newRow("1e-4 (lower-tail branch)") << 1e-4 << -3.7190164854556806;
    QTest::newRow("1e-10") << 1e-10 << -6.3613409024040562;
    QTest::newRow("1e-300") << 1e-300 << -37.047096299361199;
    QTest::newRow("0.84134474606854293") << 0.84134474606854293 << 1.0; // Φ(1), nearest double
}

void TestStats::normalQuantileKnownValues()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    const double got = dp::normalQuantile(p);
    QVERIFY2(std::fabs(got - expected) <= 1e-13 * std::max(1.0, std::fabs(expected)),
             qPrintable(QString("quantile(%1) = %2, expected %3")
                            .arg(p)
                            .arg(got, 0, 'g', 17)
                            .arg(expected, 0, 'g', 17)));
}

void TestStats::normalQuantileRoundTrip()
{
    // x → Φ(x) → Φ⁻¹ over [−37, 5]. Above 5, 1 − Φ(x) < 3e-7 is stored with
    // absolute precision 1.1e-16 only, so x cannot be recovered better than
    // 1.1e-16/φ(x) ≈ 7e-11 at x = 5: the tolerance is 1e-9.
    for (double x = -37.0; x <= 5.0; x += 0.01) {
        const double back = dp::normalQuantile(dp::normalCdf(x));
        QVERIFY2(
            std::fabs(back - x) <= 1e-9 * std::max(1.0, std::fabs(x)),
            qPrintable(QString("x = %1 came back as %2").arg(x, 0, 'g', 17).arg(back, 0, 'g', 17)));
    }
    // p → Φ⁻¹(p) → Φ over a log grid of lower-tail probabilities.
    for (double p = 1e-300; p < 0.5; p *= 1.7) {
        const double back = dp::normalCdf(dp::normalQuantile(p));
        QVERIFY2(
            std::fabs(back - p) <= 1e-12 * p,
            qPrintable(QString("p = %1 came back as %2").arg(p, 0, 'g', 17).arg(back, 0, 'g', 17)));
    }
}

void TestStats::normalQuantileEdges()
{
    QCOMPARE(dp::normalQuantile(0.0), -std::numeric_limits<double>::infinity());
    QCOMPARE(dp::normalQuantile(1.0), std::numeric_limits<double>::infinity());
    QVERIFY(std::isnan(dp::normalQuantile(-0.1)));
    QVERIFY(std::isnan(dp::normalQuantile(1.1)));
    QVERIFY(std::isnan(dp::normalQuantile(std::nan(""))));
    // Symmetry Φ⁻¹(1 − p) = −Φ⁻¹(p) for p where 1 − p is exact.
    for (double p : {0.25, 0.125, 0.0625, 0.01, 0.001})
        QVERIFY(std::fabs(dp::normalQuantile(1.0 - p) + dp::normalQuantile(p)) < 1e-12);
}

void TestStats::wilsonPublished_data()
{
    QTest::addColumn<quint64>("successes");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Newcombe (1998) Table I, Wilson score method, printed to 4 decimals.
    QTest::newRow("81/263") << quint64(81) << quint64(263) << 0.2553 << 0.3662;
    QTest::newRow("15/148") << quint64(15) << quint64(148) << 0.0624 << 0.1605;
    QTest::newRow("0/20") << quint64(0) << quint64(20) << 0.0 << 0.1611;
    QTest::newRow("1/29") << quint64(1) << quint64(29) << 0.0061 << 0.1718;
}

void TestStats::wilsonPublished()
{
    QFETCH(quint64, successes);
    QFETCH(quint64, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto ci = dp::wilsonInterval(successes, n);
    QVERIFY2(std::fabs(ci.low - low) <= 5e-5 && std::fabs(ci.high - high) <= 5e-5,
             qPrintable(QString("[%1, %2], published [%3, %4]")
                            .arg(ci.low, 0, 'f', 6)
                            .arg(ci.high, 0, 'f', 6)
                            .arg(low)
                            .arg(high)));
}

void TestStats::wilsonEdges()
{
    // Full precision against the formula (centre ± half-width, z = Φ⁻¹(1 − α/2))
    // evaluated in Python: 81/263 at 95 % and 99 %.
    auto ci = dp::wilsonInterval(81, 263);
    QVERIFY(std::fabs(ci.low - 0.2552885198782742) < 1e-14);
    QVERIFY(std::fabs(ci.high - 0.36620957698280004) < 1e-14);
    ci = dp::wilsonInterval(81, 263, 0.01);
    QVERIFY(std::fabs(ci.low - 0.24013690268760773) < 1e-13);
    QVERIFY(std::fabs(ci.high - 0.38528250231822986) < 1e-13);
    // All successes: [0.8830, 1]; n = 0: the uninformative [0, 1].
    ci = dp::wilsonInterval(29, 29);
    QVERIFY(std::fabs(ci.low - 0.8830302015002593) < 1e-13);
    QCOMPARE(ci.high, 1.0);
    ci = dp::wilsonInterval(0, 0);
    QCOMPARE(ci.low, 0.0);
    QCOMPARE(ci.high, 1.0);
    // Always inside [0, 1] and containing the observed share.
    for (std::uint64_t k = 0; k <= 50; ++k) {
        ci = dp::wilsonInterval(k, 50);
        QVERIFY(ci.low >= 0.0 && ci.high <= 1.0);
        QVERIFY(ci.low <= k / 50.0 && k / 50.0 <= ci.high);
    }
}

void TestStats::decimateShortSeries()
{
    const std::vector<double> y{3, 1, 4, 1, 5, 9};
    const auto pts = dp::decimateMinMax(y, 3, 10.0, 0.5); // 6 ≤ 2·3: unchanged
    QCOMPARE(pts.size(), y.size());
    for (std::size_t i = 0; i < y.size(); ++i) {
        QCOMPARE(pts[i].x, 10.0 + 0.5 * i);
        QCOMPARE(pts[i].y, y[i]);
    }
    QVERIFY(dp::decimateMinMax({}, 10).empty());
    QCOMPARE(dp::decimateMinMax(y, 0).size(), std::size_t(2)); // 0 buckets act as 1
}

void TestStats::decimateKeepsExtremes()
{
    // A noisy series with spikes at fixed places: at most 2 points per
    // bucket, x strictly increasing, every bucket's min and max (hence the
    // global extremes and every spike) kept.
    constexpr std::size_t kLength = 100003, kBuckets = 500;
    std::vector<double> y(kLength);
    dp::Rng rng(2);
    for (auto &v : y)
        v = rng.uniform();
    const std::size_t spikes[] = {0, 17, 4242, 50000, 99999, kLength - 1};
    for (std::size_t i = 0; i < std::size(spikes); ++i)
        y[spikes[i]] = (i % 2 ? -1.0 : 1.0) * (10.0 + i);
    const auto pts = dp::decimateMinMax(y, kBuckets, 0.0, 1.0);
    QVERIFY2(pts.size() <= 2 * kBuckets, qPrintable(QString("%1 points").arg(pts.size())));
    QVERIFY(pts.size() >= kBuckets);
    for (std::size_t i = 1; i < pts.size(); ++i)
        QVERIFY(pts[i].x > pts[i - 1].x);
    for (const auto &p : pts)
        QCOMPARE(p.y, y[static_cast<std::size_t>(p.x)]);
    for (auto s : spikes) {
        bool found = false;
        for (const auto &p : pts)
            found = found || (p.x == double(s) && p.y == y[s]);
        QVERIFY2(found, qPrintable(QString("spike at %1 lost").arg(s)));
    }
    // Per bucket: the same index ranges as documented (b·n/B to (b+1)·n/B).
    std::size_t at = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        const std::size_t begin = b * kLength / kBuckets, end = (b + 1) * kLength / kBuckets;
        const double lo = *std::min_element(y.begin() + begin, y.begin() + end);
        const double hi = *std::max_element(y.begin() + begin, y.begin() + end);
        double seenLo = HUGE_VAL, seenHi = -HUGE_VAL;
        while (at < pts.size() && pts[at].x < double(end)) {
            seenLo = std::min(seenLo, pts[at].y);
            seenHi = std::max(seenHi, pts[at].y);
            ++at;
        }
        QCOMPARE(seenLo, lo);
        QCOMPARE(seenHi, hi);
    }
    QCOMPARE(at, pts.size());
}

void TestStats::paddedRangeCases()
{
    auto r = dp::paddedRange({}, 1.0);
    QCOMPARE(r.first, 0.0);
    QCOMPARE(r.second, 1.0);
    r = dp::paddedRange({2.0, 2.0}, 1.0); // constant: centred, minWidth wide
    QCOMPARE(r.first, 1.5);
    QCOMPARE(r.second, 2.5);
    r = dp::paddedRange({0.0, std::nan(""), 100.0, std::numeric_limits<double>::infinity()}, 1.0);
    QCOMPARE(r.first, -2.0); // 2 % padding; non-finite values ignored
    QCOMPARE(r.second, 102.0);
}

void TestStats::helperChiSquareQuantiles()
{
    // The exact χ² quantiles used by every goodness-of-fit test (α = 1e-6),
    // against mpmath; df = 2 has the closed form −2·ln α.
    const std::pair<double, double> table[] = {{1, 23.9281269769348},    {2, 27.6310211159285},
                                               {10, 46.8630468467844},   {100, 182.126777119548},
                                               {1000, 1227.15242118758}, {5000, 5489.81985882537}};
    for (auto [df, q] : table) {
        const double got = stattest::chiSquareQuantile(1e-6, df);
        QVERIFY2(
            std::fabs(got - q) < 1e-9 * q,
            qPrintable(QString("df %1: %2 vs %3").arg(df).arg(got, 0, 'g', 15).arg(q, 0, 'g', 15)));
    }
    QVERIFY(std::fabs(stattest::chiSquareQuantile(1e-6, 2) + 2 * std::log(1e-6)) < 1e-9);
    // df = 1: P(χ²₁ > x) = erfc(√(x/2)) for the series and fraction branches.
    for (double x : {0.1, 1.0, 2.0, 5.0, 30.0})
        QVERIFY(std::fabs(stattest::chiSquareSurvival(x, 1) - std::erfc(std::sqrt(x / 2))) <
                1e-13 * std::erfc(std::sqrt(x / 2)) + 1e-16);
    // KS: science.md's check value (α = 1e-6, n = 5000 → 0.0381).
    QVERIFY(std::fabs(stattest::ksCritical(1e-6, 5000) - 0.0381) < 5e-5);
}

void TestStats::helperDetectsWrongDistribution()
{
    // Power check of the helpers: they must reject a slightly wrong model at
    // the sample sizes the sampler tests use (100000 draws).
    constexpr int kDraws = 100000;
    dp::Rng rng(3);
    std::vector<std::uint64_t> counts(10, 0);
    for (int i = 0; i < kDraws; ++i)
        ++counts[rng.below(10)];
    std::vector<double> skewed(10, 0.1);
    skewed[0] = 0.105; // 5 % too many zeros expected
    skewed[9] = 0.095;
    QVERIFY(!stattest::chiSquareGof(counts, skewed).pass);
    QVERIFY(stattest::chiSquareGof(counts, std::vector<double>(10, 0.1)).pass);
    std::vector<double> xs(kDraws);
    for (auto &x : xs)
        x = rng.uniform();
    QVERIFY(!stattest::ksTest(xs, [](double x) { return std::clamp(x * 1.02, 0.0, 1.0); }).pass);
}

QTEST_APPLESS_MAIN(TestStats)
#include "tst_stats.moc"
