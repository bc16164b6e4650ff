// Tests for the samplers (core/samplers.h): goodness of fit against EXACT
// distributions with fixed seeds, α = 1e-6 (stattest.h), and mean/variance
// z-tests with a 5-standard-error tolerance at the named sample sizes.

#include "random/samplers.h"
#include "stattest.h"

#include <QTest>

#include <array>
#include <bit>

namespace {

// Binomial(n, p): chi-square against the exact pmf over a ±12 sd window.
// Draws outside the window (total mass < 1e-30) are reported separately.
struct BinomialFit
{
    stattest::Verdict verdict;
    std::uint64_t outside = 0;
};

BinomialFit binomialFit(std::uint64_t n, double p, int draws, std::uint64_t seed)
{
    const double dn = static_cast<double>(n);
    const double mean = dn * p, sd = std::sqrt(dn * p * (1.0 - p));
    const auto lo = static_cast<std::uint64_t>(std::max(0.0, std::floor(mean - 12.0 * sd - 20.0)));
    const auto hi = static_cast<std::uint64_t>(std::min(dn, std::ceil(mean + 12.0 * sd + 20.0)));
    std::vector<double> prob(hi - lo + 1);
    double sum = 0.0;
    for (std::uint64_t k = lo; k <= hi; ++k)
        sum += prob[k - lo] = std::exp(stattest::binomialLogPmf(dn, static_cast<double>(k), p));
    for (auto &x : prob)
        x /= sum; // the mass outside the window is below double precision
    std::vector<std::uint64_t> counts(prob.size(), 0);
    BinomialFit fit;
    dp::Rng rng(seed);
    for (int i = 0; i < draws; ++i) {
        const auto k = dp::binomial(rng, n, p);
        if (k < lo || k > hi)
            ++fit.outside;
        else
            ++counts[k - lo];
    }
    fit.verdict = stattest::chiSquareGof(counts, prob);
    return fit;
}

double normalCdfRef(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

} // namespace

class TestSamplers : public QObject
{
    Q_OBJECT

private slots:
    void bernoulliFrequency_data();
    void bernoulliFrequency();
    void bernoulliWordLanes_data();
    void bernoulliWordLanes();
    void bernoulliWordExtremes();
    void bernoulliWordIndependence();
    void binomialFit_data();
    void binomialFit();
    void binomialHuge_data();
    void binomialHuge();
    void binomialNearLimit_data();
    void binomialNearLimit();
    void binomialEdges();
    void normalFit();
    void laplaceFit();
    void laplaceVariance();
    void geometricFit_data();
    void geometricFit();
    void geometricEdges();
};

// ---------------------------------------------------------------- Bernoulli

void TestSamplers::bernoulliFrequency_data()
{
    QTest::addColumn<double>("p");
    QTest::newRow("p=0.5") << 0.5;
    QTest::newRow("p=0.3") << 0.3;
    QTest::newRow("p=0.01") << 0.01;
    QTest::newRow("p=0.999") << 0.999;
    QTest::newRow("p=1e-4") << 1e-4;
}

void TestSamplers::bernoulliFrequency()
{
    QFETCH(double, p);
    constexpr int kDraws = 400000;
    dp::Rng rng(101);
    double hits = 0;
    for (int i = 0; i < kDraws; ++i)
        hits += dp::bernoulli(rng, p);
    const auto z = stattest::zCheck(hits / kDraws, p, std::sqrt(p * (1 - p) / kDraws));
    QVERIFY2(z.pass, z.text.c_str());
}

void TestSamplers::bernoulliWordLanes_data()
{
    QTest::addColumn<double>("p");
    QTest::newRow("p=0.5") << 0.5;
    QTest::newRow("p=0.1 (infinite binary expansion)") << 0.1;
    QTest::newRow("p=1/3") << 1.0 / 3.0;
    QTest::newRow("p=0.75") << 0.75;
    QTest::newRow("p=0.9") << 0.9;
    QTest::newRow("p=0.999") << 0.999;
    QTest::newRow("p=2^-10 (leading zero bits)") << 0x1.0p-10;
    QTest::newRow("p=1e-4") << 1e-4;
    QTest::newRow("p=0.3000000000000001") << 0.3000000000000001;
}

void TestSamplers::bernoulliWordLanes()
{
    // Each of the 64 lanes is Bernoulli(p): per-lane z-tests and one z-test
    // over all lanes together (kWords·64 trials).
    QFETCH(double, p);
    constexpr int kWords = 100000;
    std::array<double, 64> lane{};
    dp::Rng rng(102);
    for (int w = 0; w < kWords; ++w) {
        const auto bits = dp::bernoulliWord(rng, p);
        for (int i = 0; i < 64; ++i)
            lane[i] += (bits >> i) & 1;
    }
    double total = 0;
    for (int i = 0; i < 64; ++i) {
        total += lane[i];
        const auto z = stattest::zCheck(lane[i] / kWords, p, std::sqrt(p * (1 - p) / kWords));
        QVERIFY2(z.pass, qPrintable(QString("lane %1: %2").arg(i).arg(z.text.c_str())));
    }
    const double trials = 64.0 * kWords;
    const auto z = stattest::zCheck(total / trials, p, std::sqrt(p * (1 - p) / trials));
    QVERIFY2(z.pass, z.text.c_str());
}

void TestSamplers::bernoulliWordExtremes()
{
    constexpr int kWords = 20000; // 1.28 million lanes
    dp::Rng rng(103);
    for (int w = 0; w < kWords; ++w) {
        QCOMPARE(dp::bernoulliWord(rng, 0.0), std::uint64_t(0));
        QCOMPARE(dp::bernoulliWord(rng, -0.5), std::uint64_t(0));
        QCOMPARE(dp::bernoulliWord(rng, std::nan("")), std::uint64_t(0));
        QCOMPARE(dp::bernoulliWord(rng, 1.0), ~std::uint64_t(0));
        QCOMPARE(dp::bernoulliWord(rng, 1.5), ~std::uint64_t(0));
    }
    // p = 1 − 2^-53 (the largest double below 1): a zero lane has probability
    // 2^-53 per lane, ~1e-10 over 1.28e6 lanes.
    const double almostOne = 1.0 - 0x1.0p-53;
    std::uint64_t zeros = 0;
    for (int w = 0; w < kWords; ++w)
        zeros += 64 - std::popcount(dp::bernoulliWord(rng, almostOne));
    QCOMPARE(zeros, std::uint64_t(0));
    // Tiny p: expected hits 1.28e6·p. For p = 1e-9 that is 0.00128; P(≥ 3 hits)
    // ≈ 3.5e-10. For the smallest subnormal, P(any hit) ≈ 6e-318.
    for (double tiny : {1e-9, 0x1.0p-60, 4.9406564584124654e-324}) {
        std::uint64_t hits = 0;
        for (int w = 0; w < kWords; ++w)
            hits += std::popcount(dp::bernoulliWord(rng, tiny));
        QVERIFY2(hits <= (tiny < 1e-15 ? 0u : 2u),
                 qPrintable(QString("p = %1: %2 hits in 1.28e6 lanes").arg(tiny).arg(hits)));
    }
}

void TestSamplers::bernoulliWordIndependence()
{
    // Lanes are independent: popcount of a word is Binomial(64, p) (chi-square
    // against the exact pmf), adjacent lanes (i, i+1), the far pair (0, 63) and
    // the same lane in consecutive words are jointly 1 with probability p².
    constexpr int kWords = 200000;
    for (double p : {0.5, 0.3, 0.05, 0.85}) {
        dp::Rng rng(104);
        std::vector<std::uint64_t> pop(65, 0);
        double adjacent = 0, far = 0, consecutive = 0;
        std::uint64_t prev = 0;
        for (int w = 0; w < kWords; ++w) {
            const auto bits = dp::bernoulliWord(rng, p);
            ++pop[std::popcount(bits)];
            adjacent += std::popcount(bits & (bits >> 1)); // 63 pairs per word
            far += (bits & 1) && (bits >> 63);
            if (w > 0)
                consecutive += std::popcount(bits & prev);
            prev = bits;
        }
        std::vector<double> prob(65);
        for (int k = 0; k <= 64; ++k)
            prob[k] = std::exp(stattest::binomialLogPmf(64, k, p));
        const auto v = stattest::chiSquareGof(pop, prob);
        QVERIFY2(v.pass, qPrintable(QString("p = %1 popcount: %2").arg(p).arg(v.text.c_str())));
        const double p2 = p * p;
        // Adjacent pairs overlap, so their count is not a plain binomial: with
        // pairs sharing a lane the variance per word is 63·p²(1−p²) +
        // 2·62·(p³ − p⁴) (covariance of overlapping pairs), exactly.
        const double varAdj = (63 * p2 * (1 - p2) + 2 * 62 * (p * p2 - p2 * p2)) * kWords;
        auto z = stattest::zCheck(adjacent, 63.0 * kWords * p2, std::sqrt(varAdj));
        QVERIFY2(z.pass,
                 qPrintable(QString("p = %1 adjacent lanes: %2").arg(p).arg(z.text.c_str())));
        z = stattest::zCheck(far / kWords, p2, std::sqrt(p2 * (1 - p2) / kWords));
        QVERIFY2(z.pass,
                 qPrintable(QString("p = %1 lanes 0 and 63: %2").arg(p).arg(z.text.c_str())));
        // Same overlap structure along the word sequence: per lane, kWords − 1
        // pairs of which kWords − 2 neighbouring ones share a word.
        const double varCons =
            64.0 * ((kWords - 1) * p2 * (1 - p2) + 2.0 * (kWords - 2) * (p * p2 - p2 * p2));
        z = stattest::zCheck(consecutive, 64.0 * (kWords - 1) * p2, std::sqrt(varCons));
        QVERIFY2(z.pass,
                 qPrintable(QString("p = %1 consecutive words: %2").arg(p).arg(z.text.c_str())));
    }
}

// ---------------------------------------------------------------- binomial

void TestSamplers::binomialFit_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("p");
    // Inversion: n·min(p, 1−p) < 10.
    QTest::newRow("inversion n=20 p=0.3") << quint64(20) << 0.3;
    QTest::newRow("inversion n=1 p=0.5") << quint64(1) << 0.5;
    QTest::newRow("inversion n=1000 p=0.005") << quint64(1000) << 0.005;
    QTest::newRow("inversion n=40 p=0.2499 (n·p just below 10)") << quint64(40) << 0.2499;
    QTest::newRow("inversion n=19 p=0.5") << quint64(19) << 0.5;
    QTest::newRow("inversion n=10^7 p=3e-7") << quint64(10000000) << 3e-7;
    // BTRS: n·min(p, 1−p) ≥ 10.
    QTest::newRow("btrs n=40 p=0.25 (n·p = 10)") << quint64(40) << 0.25;
    QTest::newRow("btrs n=20 p=0.5") << quint64(20) << 0.5;
    QTest::newRow("btrs n=100 p=0.5") << quint64(100) << 0.5;
    QTest::newRow("btrs n=10000 p=0.2") << quint64(10000) << 0.2;
    QTest::newRow("btrs n=10^6 p=1e-5") << quint64(1000000) << 1e-5;
    QTest::newRow("btrs n=10^6 p=0.5") << quint64(1000000) << 0.5;
    QTest::newRow("btrs n=10^9 p=1e-3") << quint64(1000000000) << 1e-3;
    // p > ½: symmetry n − Binomial(n, 1 − p), into either method.
    QTest::newRow("symmetric inversion n=10 p=0.97") << quint64(10) << 0.97;
    QTest::newRow("symmetric inversion n=500 p=0.99") << quint64(500) << 0.99;
    QTest::newRow("symmetric btrs n=1000 p=0.9") << quint64(1000) << 0.9;
    QTest::newRow("symmetric btrs n=64 p=0.75") << quint64(64) << 0.75;
}

void TestSamplers::binomialFit()
{
    QFETCH(quint64, n);
    QFETCH(double, p);
    constexpr int kDraws = 100000;
    const auto fit = ::binomialFit(n, p, kDraws, 200 + n);
    QVERIFY2(fit.outside == 0,
             qPrintable(QString("%1 draws more than 12 sd from the mean").arg(fit.outside)));
    QVERIFY2(fit.verdict.pass, fit.verdict.text.c_str());
}

void TestSamplers::binomialHuge_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("p");
    QTest::newRow("n=10^9 p=0.5") << quint64(1000000000) << 0.5;
    QTest::newRow("n=10^9 p=0.3") << quint64(1000000000) << 0.3;
    QTest::newRow("n=10^9 p=1e-6") << quint64(1000000000) << 1e-6;
    QTest::newRow("n=10^9 p=0.999") << quint64(1000000000) << 0.999;
    QTest::newRow("n=10^12 p=0.5") << quint64(1000000000000) << 0.5;
    QTest::newRow("n=10^12 p=0.25") << quint64(1000000000000) << 0.25;
    QTest::newRow("n=10^12 p=1e-9") << quint64(1000000000000) << 1e-9;
    QTest::newRow("n=10^12 p=0.75") << quint64(1000000000000) << 0.75;
}

void TestSamplers::binomialHuge()
{
    // Mean n·p and variance n·p·(1−p): z-tests over kDraws draws. The sample
    // variance has standard error σ²·√(2/(kDraws − 1)) (normal limit; the
    // binomial's excess kurtosis (1 − 6pq)/(npq) is negligible here).
    QFETCH(quint64, n);
    QFETCH(double, p);
    constexpr int kDraws = 20000;
    const double dn = static_cast<double>(n), var = dn * p * (1 - p);
    dp::Rng rng(300);
    long double sum = 0, sum2 = 0;
    std::vector<double> xs(kDraws);
    for (auto &x : xs) {
        const auto k = dp::binomial(rng, n, p);
        QVERIFY(k <= n);
        x = static_cast<double>(k);
        sum += x;
    }
    const double mean = static_cast<double>(sum / kDraws);
    for (double x : xs)
        sum2 += (x - mean) * (x - mean);
    const double sampleVar = static_cast<double>(sum2 / (kDraws - 1));
    auto z = stattest::zCheck(mean, dn * p, std::sqrt(var / kDraws));
    QVERIFY2(z.pass, ("mean: " + z.text).c_str());
    z = stattest::zCheck(sampleVar, var, var * std::sqrt(2.0 / (kDraws - 1)));
    QVERIFY2(z.pass, ("variance: " + z.text).c_str());
}

void TestSamplers::binomialNearLimit_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("p");
    QTest::newRow("n=4.5e15 p=0.5") << quint64(4500000000000000) << 0.5;
    QTest::newRow("n=2^53 p=0.25") << quint64(dp::kMaxBinomialN) << 0.25;
    QTest::newRow("n=2^53 p=1e-6") << quint64(dp::kMaxBinomialN) << 1e-6;
    QTest::newRow("n=2^53 p=0.9") << quint64(dp::kMaxBinomialN) << 0.9;
}

void TestSamplers::binomialNearLimit()
{
    // samplers.h promises exactness up to n = 2^53. Chi-square over kBins
    // equal-probability bins of the normal approximation with continuity
    // correction: at n·p·q ≥ 9·10^9 its error per bin is of order
    // 1/√(npq) ≈ 1e-5 of the bin's probability (Berry–Esseen), so ~0.05
    // counts per bin here, far below the ±70 of sampling noise. The textbook
    // BTRS bound, whose terms of size n cancel in floating point, fails this.
    QFETCH(quint64, n);
    QFETCH(double, p);
    constexpr int kDraws = 200000, kBins = 40;
    const double dn = static_cast<double>(n), mean = dn * p, sd = std::sqrt(dn * p * (1 - p));
    std::vector<double> upper; // bin j holds k ≤ upper[j]
    for (int j = 1; j < kBins; ++j) {
        double lo = -10, hi = 10; // z with Φ(z) = j/kBins, by bisection
        for (int i = 0; i < 100; ++i) {
            const double mid = 0.5 * (lo + hi);
            (normalCdfRef(mid) < double(j) / kBins ? lo : hi) = mid;
        }
        upper.push_back(std::floor(mean + lo * sd));
    }
    std::vector<double> prob(kBins);
    double below = 0.0;
    for (int j = 0; j < kBins; ++j) {
        const double cdf = j + 1 < kBins ? normalCdfRef((upper[j] + 0.5 - mean) / sd) : 1.0;
        prob[j] = cdf - below;
        below = cdf;
    }
    std::vector<std::uint64_t> counts(kBins, 0);
    dp::Rng rng(303);
    for (int i = 0; i < kDraws; ++i) {
        const double k = static_cast<double>(dp::binomial(rng, n, p));
        ++counts[std::lower_bound(upper.begin(), upper.end(), k) - upper.begin()];
    }
    const auto v = stattest::chiSquareGof(counts, prob);
    QVERIFY2(v.pass, v.text.c_str());
}

void TestSamplers::binomialEdges()
{
    dp::Rng rng(301);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(dp::binomial(rng, 0, 0.5), std::uint64_t(0));
        QCOMPARE(dp::binomial(rng, 1000, 0.0), std::uint64_t(0));
        QCOMPARE(dp::binomial(rng, 1000, -1.0), std::uint64_t(0));
        QCOMPARE(dp::binomial(rng, 1000, std::nan("")), std::uint64_t(0));
        QCOMPARE(dp::binomial(rng, 1000, 1.0), std::uint64_t(1000));
        QCOMPARE(dp::binomial(rng, 1000, 2.0), std::uint64_t(1000));
        QCOMPARE(dp::binomial(rng, dp::kMaxBinomialN, 1.0), dp::kMaxBinomialN);
        QVERIFY(dp::binomial(rng, dp::kMaxBinomialN, 0.5) <= dp::kMaxBinomialN);
        QVERIFY(dp::binomial(rng, 5, 0.999999) <= 5);
    }
    // Same seed, same draws.
    dp::Rng a(302), b(302);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(dp::binomial(a, 1000000, 0.37), dp::binomial(b, 1000000, 0.37));
}

// ---------------------------------------------------------------- continuous

void TestSamplers::normalFit()
{
    constexpr int kDraws = 100000;
    dp::Rng rng(400);
    std::vector<double> xs(kDraws);
    for (auto &x : xs)
        x = dp::normal(rng);
    auto v = stattest::ksTest(xs, normalCdfRef);
    QVERIFY2(v.pass, ("N(0,1): " + v.text).c_str());
    for (auto &x : xs)
        x = dp::normal(rng, 3.0, 2.0);
    v = stattest::ksTest(xs, [](double x) { return normalCdfRef((x - 3.0) / 2.0); });
    QVERIFY2(v.pass, ("N(3,4): " + v.text).c_str());
}

void TestSamplers::laplaceFit()
{
    // Exact Laplace(b) CDF: ½e^(x/b) for x < 0, 1 − ½e^(−x/b) for x ≥ 0.
    constexpr int kDraws = 100000;
    for (double b : {1.0, 1.0 / std::log(3.0), 0.01, 250.0}) {
        dp::Rng rng(500);
        std::vector<double> xs(kDraws);
        for (auto &x : xs)
            x = dp::laplace(rng, b);
        const auto v = stattest::ksTest(xs, [b](double x) {
            return x < 0 ? 0.5 * std::exp(x / b) : 1.0 - 0.5 * std::exp(-x / b);
        });
        QVERIFY2(v.pass, qPrintable(QString("b = %1: %2").arg(b).arg(v.text.c_str())));
    }
}

void TestSamplers::laplaceVariance()
{
    // Δ = 1, ε = ln 3 → b = 1/ln 3, variance 2b² = 1.6570708993804457
    // (science.md; a test value of Google's differential-privacy library).
    const double b = 1.0 / std::log(3.0);
    QCOMPARE(2 * b * b, 1.6570708993804457);
    // The mean is known (0), so E[X²] estimates the variance; Var(X²) =
    // E X⁴ − (E X²)² = 24b⁴ − 4b⁴ = 20b⁴.
    constexpr int kDraws = 400000;
    dp::Rng rng(501);
    double sum2 = 0, positive = 0;
    for (int i = 0; i < kDraws; ++i) {
        const double x = dp::laplace(rng, b);
        sum2 += x * x;
        positive += x > 0;
    }
    auto z =
        stattest::zCheck(sum2 / kDraws, 1.6570708993804457, std::sqrt(20 * b * b * b * b / kDraws));
    QVERIFY2(z.pass, ("variance: " + z.text).c_str());
    z = stattest::zCheck(positive / kDraws, 0.5, std::sqrt(0.25 / kDraws));
    QVERIFY2(z.pass, ("share positive: " + z.text).c_str());
}

// ---------------------------------------------------------------- geometric

void TestSamplers::geometricFit_data()
{
    QTest::addColumn<double>("p");
    QTest::newRow("p=0.5") << 0.5;
    QTest::newRow("p=0.1") << 0.1;
    QTest::newRow("p=0.01") << 0.01;
    QTest::newRow("p=0.9") << 0.9;
    QTest::newRow("p=1e-6") << 1e-6;
}

void TestSamplers::geometricFit()
{
    // P(K ≥ k) = (1 − p)^k, so the bin [e_j, e_{j+1}) has the exact probability
    // (1 − p)^e_j − (1 − p)^e_{j+1}. Edges at the j/kBins quantiles (merged
    // when equal), the last bin open-ended: chi-square with ≤ kBins bins.
    QFETCH(double, p);
    constexpr int kDraws = 100000, kBins = 200;
    const double q = 1.0 - p, lq = std::log1p(-p);
    std::vector<std::uint64_t> edges{0};
    for (int j = 1; j < kBins; ++j) {
        const auto e = static_cast<std::uint64_t>(std::ceil(std::log1p(-double(j) / kBins) / lq));
        if (e > edges.back())
            edges.push_back(e);
    }
    const auto survival = [lq](std::uint64_t k) { return std::exp(static_cast<double>(k) * lq); };
    std::vector<double> prob(edges.size());
    for (std::size_t j = 0; j < edges.size(); ++j)
        prob[j] = survival(edges[j]) - (j + 1 < edges.size() ? survival(edges[j + 1]) : 0.0);
    std::vector<std::uint64_t> counts(edges.size(), 0);
    dp::Rng rng(600);
    double sum = 0;
    for (int i = 0; i < kDraws; ++i) {
        const auto k = dp::geometric(rng, p);
        sum += static_cast<double>(k);
        ++counts[std::upper_bound(edges.begin(), edges.end(), k) - edges.begin() - 1];
    }
    const auto v = stattest::chiSquareGof(counts, prob);
    QVERIFY2(v.pass, v.text.c_str());
    // Mean (1 − p)/p, variance (1 − p)/p².
    const auto z = stattest::zCheck(sum / kDraws, q / p, std::sqrt(q / (p * p) / kDraws));
    QVERIFY2(z.pass, ("mean: " + z.text).c_str());
}

void TestSamplers::geometricEdges()
{
    dp::Rng rng(601);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(dp::geometric(rng, 1.0), std::uint64_t(0));
        QCOMPARE(dp::geometric(rng, 0.0), std::numeric_limits<std::uint64_t>::max());
        // Smallest positive p: the draw saturates instead of overflowing.
        const auto k = dp::geometric(rng, 4.9406564584124654e-324);
        QCOMPARE(k, std::numeric_limits<std::uint64_t>::max());
    }
}

QTEST_APPLESS_MAIN(TestSamplers)
#include "tst_samplers.moc"
