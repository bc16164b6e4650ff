// The shared noise mechanisms: exact discrete Laplace and discrete Gaussian
// samplers (Canonne, Kamath & Steinke 2020), the continuous Laplace and
// Gaussian mechanisms, their calibration and privacy-loss formulas.
// Statistical checks use fixed seeds, named sample sizes and α = 1e-6 (exact
// χ² quantiles, Kolmogorov–Smirnov with the DKW-conservative critical value,
// z-checks at 5 standard errors), and print both values on failure.
#include <QTest>

#include "stattest.h"

#include "mechanisms/discrete.h"
#include "mechanisms/gaussian.h"
#include "mechanisms/noise.h"
#include "random/rng.h"

#include <cmath>
#include <vector>

using namespace dp;

namespace {

constexpr std::size_t kGofSamples = 400'000; // per distribution checked by χ²
constexpr std::size_t kBernoulliSamples = 1'000'000;
constexpr std::size_t kKsSamples = 200'000;
constexpr std::size_t kVarianceSamples = 2'000'000;

QByteArray text(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

// Counts of z over [−L, L] with the tails folded into the end categories,
// and the exact probabilities of the same categories.
template <typename Sampler, typename Pmf>
stattest::Verdict integerGof(Sampler sample, Pmf pmf, std::int64_t limit, std::uint64_t seed)
{
    Rng rng(seed);
    std::vector<std::uint64_t> counts(2 * limit + 1, 0);
    for (std::size_t i = 0; i < kGofSamples; ++i) {
        const std::int64_t z = std::clamp<std::int64_t>(sample(rng), -limit, limit);
        ++counts[z + limit];
    }
    std::vector<double> prob(2 * limit + 1, 0.0);
    double inner = 0.0;
    for (std::int64_t z = -limit + 1; z < limit; ++z)
        inner += prob[z + limit] = pmf(z);
    prob.front() = prob.back() = (1.0 - inner) / 2.0; // symmetric tails
    return stattest::chiSquareGof(counts, prob);
}

} // namespace

class TestNoise : public QObject
{
    Q_OBJECT
private slots:
    void exactRational();
    void bernoulliExp_data();
    void bernoulliExp();
    void discreteLaplaceFit_data();
    void discreteLaplaceFit();
    void discreteGaussianFit_data();
    void discreteGaussianFit();
    void discreteSeedsReproduce();
    void laplaceMechanism_data();
    void laplaceMechanism();
    void gaussianCalibration();
    void gaussianEscapeAndLoss();
};

void TestNoise::exactRational()
{
    const Rational r = dp::exactRational(0.1); // 0.1 as a double is 3602879701896397/2^55
    QCOMPARE(r.num, 3602879701896397ull);
    QCOMPARE(r.den, 36028797018963968ull);
    const Rational three = dp::exactRational(3.0);
    QCOMPARE(three.num, 3ull);
    QCOMPARE(three.den, 1ull);
    QCOMPARE(dp::exactRational(-1.0).den, 0ull);
    QCOMPARE(dp::exactRational(1e300).den, 0ull);
}

void TestNoise::bernoulliExp_data()
{
    QTest::addColumn<qulonglong>("n");
    QTest::addColumn<qulonglong>("d");
    QTest::newRow("gamma 0") << 0ull << 1ull;
    QTest::newRow("gamma 1/3") << 1ull << 3ull;
    QTest::newRow("gamma 1") << 1ull << 1ull;
    QTest::newRow("gamma 7/4") << 7ull << 4ull;
    QTest::newRow("gamma 3") << 3ull << 1ull;
    QTest::newRow("gamma 0.1 exact") << 3602879701896397ull << 36028797018963968ull;
}

void TestNoise::bernoulliExp()
{
    QFETCH(qulonglong, n);
    QFETCH(qulonglong, d);
    Rng rng(2020, n);
    std::uint64_t ones = 0;
    for (std::size_t i = 0; i < kBernoulliSamples; ++i)
        ones += dp::bernoulliExp(rng, n, d);
    const double p = std::exp(-static_cast<double>(n) / static_cast<double>(d));
    const double share = static_cast<double>(ones) / kBernoulliSamples;
    const double se = std::sqrt(p * (1 - p) / kBernoulliSamples);
    if (se == 0.0) {
        QCOMPARE(share, p);
        return;
    }
    const auto z = stattest::zCheck(share, p, se);
    QVERIFY2(z.pass, text(z.text));
}

void TestNoise::discreteLaplaceFit_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("b = 1") << 1.0;
    QTest::newRow("b = 1/ln 3") << 1.0 / std::log(3.0);
    QTest::newRow("b = 0.3") << 0.3;
    QTest::newRow("b = 10/3") << 10.0 / 3.0;
    QTest::newRow("b = 25") << 25.0;
}

void TestNoise::discreteLaplaceFit()
{
    QFETCH(double, scale);
    QVERIFY(discreteLaplaceScaleOk(scale));
    const DiscreteLaplace lap(scale);
    const auto limit = static_cast<std::int64_t>(std::ceil(12.0 * scale)) + 2;
    const auto v = integerGof([&](Rng &r) { return lap(r); },
                              [&](std::int64_t z) { return lap.pmf(z); }, limit, 11);
    QVERIFY2(v.pass, text(v.text));
    // Variance 2q/(1 − q)² with q = e^(−1/b): the sample variance within 5 SE
    // (SE² = (μ₄ − σ⁴)/n, μ₄ from the exact pmf).
    Rng rng(12);
    double sum2 = 0.0;
    for (std::size_t i = 0; i < kVarianceSamples; ++i) {
        const double z = static_cast<double>(lap(rng));
        sum2 += z * z;
    }
    double mu4 = 0.0;
    for (std::int64_t z = -60 * limit; z <= 60 * limit; ++z)
        mu4 += std::pow(static_cast<double>(z), 4) * lap.pmf(z);
    const double var = lap.variance();
    const auto zc = stattest::zCheck(sum2 / kVarianceSamples, var,
                                     std::sqrt((mu4 - var * var) / kVarianceSamples));
    QVERIFY2(zc.pass, text(zc.text));
}

void TestNoise::discreteGaussianFit_data()
{
    QTest::addColumn<double>("sigma2");
    QTest::newRow("sigma^2 = 1") << 1.0;
    QTest::newRow("sigma^2 = 0.25") << 0.25;
    QTest::newRow("sigma = 3.7306 (analytic, eps 1)") << 3.7306316349 * 3.7306316349;
    QTest::newRow("sigma^2 = 100.5") << 100.5;
    QTest::newRow("sigma^2 = 0.3") << 0.3;
}

void TestNoise::discreteGaussianFit()
{
    QFETCH(double, sigma2);
    QVERIFY(discreteGaussianVarianceOk(sigma2));
    const DiscreteGaussian g(sigma2);
    const auto limit = static_cast<std::int64_t>(std::ceil(8.0 * std::sqrt(sigma2))) + 2;
    const auto v = integerGof([&](Rng &r) { return g(r); },
                              [&](std::int64_t z) { return g.pmf(z); }, limit, 21);
    QVERIFY2(v.pass, text(v.text));
}

void TestNoise::discreteSeedsReproduce()
{
    const DiscreteGaussian g(2.5);
    Rng a(7), b(7);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(g(a), g(b));
    // The smallest variance: P(Z ≠ 0) = 2e^(−50)/(1 + …) ≈ 4e-22, so 10^5 draws are all 0.
    const DiscreteGaussian tiny(kDiscreteGaussianMinVariance);
    for (int i = 0; i < 100000; ++i)
        QCOMPARE(tiny(a), std::int64_t(0));
    QVERIFY(!discreteGaussianVarianceOk(0.001));
    QVERIFY(!discreteLaplaceScaleOk(0.0));
    QVERIFY(!discreteLaplaceScaleOk(std::nan("")));
}

void TestNoise::laplaceMechanism_data()
{
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("sensitivity");
    QTest::newRow("eps 1") << 1.0 << 1.0;
    QTest::newRow("eps ln 3") << std::log(3.0) << 1.0;
    QTest::newRow("eps 0.1, sens 5") << 0.1 << 5.0;
}

void TestNoise::laplaceMechanism()
{
    QFETCH(double, epsilon);
    QFETCH(double, sensitivity);
    QVERIFY(!checkLaplaceInputs(epsilon, sensitivity));
    const double b = laplaceScale(epsilon, sensitivity);
    QCOMPARE(b, sensitivity / epsilon);
    if (sensitivity == 1.0 &&
        std::fabs(epsilon - std::log(3.0)) < 1e-15) // Google DP library's test value
        QVERIFY(std::fabs(2 * b * b - 1.6570708993804457) < 1e-12);
    std::vector<double> xs(kKsSamples);
    Rng rng(31);
    fillLaplace(rng, 40.0, b, xs.data(), xs.size());
    const auto ks = stattest::ksTest(xs, [&](double o) {
        const double z = (o - 40.0) / b;
        return z < 0 ? 0.5 * std::exp(z) : 1.0 - 0.5 * std::exp(-z);
    });
    QVERIFY2(ks.pass, text(ks.text));
    // Variance 2b², fourth central moment 24b⁴.
    std::vector<double> big(kVarianceSamples);
    fillLaplace(rng, 0.0, b, big.data(), big.size());
    double s2 = 0.0;
    for (double z : big)
        s2 += z * z;
    const double var = 2 * b * b;
    const auto zc = stattest::zCheck(s2 / big.size(), var,
                                     std::sqrt((24 * b * b * b * b - var * var) / big.size()));
    QVERIFY2(zc.pass, text(zc.text));
}

void TestNoise::gaussianCalibration()
{
    const GaussianCalibration c = calibrateGaussian(1.0, 1e-5, 1.0);
    // Balle & Wang's reference doctest and Dwork & Roth Thm 3.22 (computed).
    QVERIFY2(std::fabs(c.sigma - 3.7306316349) < 1e-8, QByteArray::number(c.sigma, 'g', 12));
    QVERIFY2(std::fabs(c.sigmaClassic - 4.844805) < 1e-6,
             QByteArray::number(c.sigmaClassic, 'g', 12));
    QVERIFY(!c.classicApplies); // ε = 1 is outside the theorem
    QVERIFY(calibrateGaussian(0.5, 1e-5, 1.0).classicApplies);
    std::vector<double> xs(kKsSamples);
    Rng rng(41);
    fillGaussian(rng, 1.0, c.sigma, xs.data(), xs.size());
    const auto ks = stattest::ksTest(
        xs, [&](double o) { return 0.5 * std::erfc(-(o - 1.0) / c.sigma / std::sqrt(2.0)); });
    QVERIFY2(ks.pass, text(ks.text));
}

void TestNoise::gaussianEscapeAndLoss()
{
    const double sigma = calibrateGaussian(1.0, 1e-5, 1.0).sigma;
    // P_x[L > ε] ≈ 1.6e-4 = 16δ at ε = 1, δ = 1e-5 (science sheet, computed),
    // and δ itself is the smaller E[(1 − e^(ε − L))⁺].
    const double escape = gaussianEscapeMass(1.0, sigma, 1.0);
    QVERIFY2(escape > 1.5e-4 && escape < 1.7e-4, QByteArray::number(escape, 'g', 6));
    QVERIFY(std::fabs(analyticGaussianDelta(1.0, sigma, 1.0) - 1e-5) < 1e-11);
    // Laplace: the loss never leaves ±ε; Gaussian: linear in o.
    const double b = 1.0;
    for (double o = -50; o <= 50; o += 0.25)
        QVERIFY(std::fabs(laplacePrivacyLoss(o, 40, 39, b)) <= 1.0 + 1e-12);
    QCOMPARE(gaussianPrivacyLoss(39.5, 40, 39, 2.0), 0.0);
    QVERIFY(std::fabs(gaussianPrivacyLoss(41.5, 40, 39, 2.0) - 2.0 / 4.0) < 1e-15);
    QVERIFY(std::fabs(laplaceDensity(40, 40, 2) - 0.25) < 1e-15);
}

QTEST_APPLESS_MAIN(TestNoise)
#include "tst_noise.moc"
