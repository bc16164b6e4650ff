// Rényi-DP accountant of the subsampled Gaussian (core/mechanisms/rdp.h)
// against published values, the Gaussian mechanism's closed form, a direct
// (non-log-space) evaluation of Mironov, Talwar & Zhang's sum, and the
// monotonicity that any accountant must have.
#include <QTest>

#include "mechanisms/rdp.h"

#include <cmath>
#include <limits>

using namespace dp;

Q_DECLARE_METATYPE(dp::RdpConversion)
Q_DECLARE_METATYPE(dp::RdpInputError)

namespace {
QByteArray describe(double got, double want)
{
    return QByteArray("got ") + QByteArray::number(got, 'g', 15) + ", expected " +
           QByteArray::number(want, 'g', 15);
}

// A_α summed directly in double precision with lgamma binomials: an
// independent evaluation, valid where no term overflows (moderate α, σ ≥ 1).
double directRdp(double q, double sigma, int alpha)
{
    double sum = 0.0;
    for (int k = 0; k <= alpha; ++k) {
        const double logBinom =
            std::lgamma(alpha + 1.0) - std::lgamma(k + 1.0) - std::lgamma(alpha - k + 1.0);
        sum += std::exp(logBinom) * std::pow(1.0 - q, alpha - k) * std::pow(q, k) *
               std::exp((double(k) * k - k) / (2.0 * sigma * sigma));
    }
    return std::log(sum) / (alpha - 1.0);
}
} // namespace

class TestRdp : public QObject
{
    Q_OBJECT
private slots:
    void publishedValues_data();
    void publishedValues();
    void fullBatchIsGaussian_data();
    void fullBatchIsGaussian();
    void matchesDirectSum_data();
    void matchesDirectSum();
    void stableForSmallSigma();
    void growsWithStepsFallsWithSigma();
    void balleNeverLarger();
    void edgeCases();
    void badInputs_data();
    void badInputs();
};

void TestRdp::publishedValues_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("steps");
    QTest::addColumn<RdpConversion>("conversion");
    QTest::addColumn<double>("epsilon");
    // science.md, computed over integer orders 2..256, given to 4 decimals:
    // TF Privacy's MNIST tutorial (60,000 examples, batch 256, σ = 1.1,
    // 60 epochs = 14,062 steps) reports ε = 3.01.
    const double mnistQ = 256.0 / 60000.0;
    QTest::newRow("TF Privacy MNIST, standard")
        << mnistQ << 1.1 << 14062.0 << RdpConversion::Standard << 3.0091;
    QTest::newRow("TF Privacy MNIST, Balle et al.")
        << mnistQ << 1.1 << 14062.0 << RdpConversion::BalleEtAl2020 << 2.5970;
    // Abadi et al. 2016 (q = 0.01, σ = 4, T = 10,000) report ε = 1.26.
    QTest::newRow("Abadi et al., standard")
        << 0.01 << 4.0 << 10000.0 << RdpConversion::Standard << 1.2586;
    QTest::newRow("Abadi et al., Balle et al.")
        << 0.01 << 4.0 << 10000.0 << RdpConversion::BalleEtAl2020 << 1.0355;
}

void TestRdp::publishedValues()
{
    QFETCH(double, q);
    QFETCH(double, sigma);
    QFETCH(double, steps);
    QFETCH(RdpConversion, conversion);
    QFETCH(double, epsilon);
    const RdpEpsilon got = dpSgdEpsilon(q, sigma, steps, 1e-5, conversion);
    // Four decimals given: rounding error ≤ 5e-5.
    QVERIFY2(std::abs(got.epsilon - epsilon) <= 5e-5, describe(got.epsilon, epsilon));
    QVERIFY(got.order >= kRdpMinOrder && got.order <= kRdpMaxOrder);
}

void TestRdp::fullBatchIsGaussian_data()
{
    QTest::addColumn<double>("sigma");
    QTest::addColumn<int>("order");
    QTest::newRow("sigma=1 alpha=2") << 1.0 << 2;
    QTest::newRow("sigma=0.7 alpha=17") << 0.7 << 17;
    QTest::newRow("sigma=4 alpha=256") << 4.0 << 256;
}

void TestRdp::fullBatchIsGaussian()
{
    QFETCH(double, sigma);
    QFETCH(int, order);
    // Gaussian mechanism, sensitivity 1: RDP(α) = α/(2σ²) (Mironov 2017, Prop. 7).
    const double want = order / (2.0 * sigma * sigma);
    const double got = subsampledGaussianRdp(1.0, sigma, order);
    QVERIFY2(std::abs(got - want) <= 1e-12 * want, describe(got, want));
    // And just below q = 1 the sum converges to it (no special case there).
    const double near = subsampledGaussianRdp(1.0 - 1e-12, sigma, order);
    QVERIFY2(std::abs(near - want) <= 1e-6 * want, describe(near, want));
}

void TestRdp::matchesDirectSum_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<int>("order");
    QTest::newRow("q=0.01 sigma=1.1 alpha=8") << 0.01 << 1.1 << 8;
    QTest::newRow("q=0.1 sigma=2 alpha=32") << 0.1 << 2.0 << 32;
    QTest::newRow("q=0.5 sigma=1 alpha=3") << 0.5 << 1.0 << 3;
    QTest::newRow("q=0.004 sigma=4 alpha=64") << 0.004 << 4.0 << 64;
}

void TestRdp::matchesDirectSum()
{
    QFETCH(double, q);
    QFETCH(double, sigma);
    QFETCH(int, order);
    const double want = directRdp(q, sigma, order);
    const double got = subsampledGaussianRdp(q, sigma, order);
    QVERIFY2(std::abs(got - want) <= 1e-9 * want, describe(got, want));
}

void TestRdp::stableForSmallSigma()
{
    // exp((α² − α)/(2σ²)) overflows a double here (exponent ≈ 3.3e6); the
    // log-space sum stays finite and is dominated by the k = α term:
    // RDP ≈ (α ln q + α(α − 1)/(2σ²))/(α − 1).
    const double q = 0.01, sigma = 0.1;
    const int alpha = 256;
    const double got = subsampledGaussianRdp(q, sigma, alpha);
    const double want =
        (alpha * std::log(q) + alpha * (alpha - 1.0) / (2 * sigma * sigma)) / (alpha - 1.0);
    QVERIFY2(std::isfinite(got), describe(got, want));
    QVERIFY2(std::abs(got - want) <= 1e-9 * want, describe(got, want));
}

void TestRdp::growsWithStepsFallsWithSigma()
{
    const double q = 0.02, delta = 1e-5;
    for (auto conversion : {RdpConversion::Standard, RdpConversion::BalleEtAl2020}) {
        double previous = 0.0;
        for (double steps : {1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0}) {
            const double eps = dpSgdEpsilon(q, 1.0, steps, delta, conversion).epsilon;
            QVERIFY2(eps > previous, describe(eps, previous));
            previous = eps;
        }
        previous = std::numeric_limits<double>::infinity();
        for (double sigma : {0.5, 0.8, 1.0, 1.5, 2.0, 4.0, 8.0}) {
            const double eps = dpSgdEpsilon(q, sigma, 1000.0, delta, conversion).epsilon;
            QVERIFY2(eps < previous, describe(eps, previous));
            previous = eps;
        }
    }
}

void TestRdp::balleNeverLarger()
{
    for (double q : {0.001, 0.01, 0.1, 1.0})
        for (double sigma : {0.6, 1.0, 3.0})
            for (double steps : {1.0, 100.0, 10000.0}) {
                const double s =
                    dpSgdEpsilon(q, sigma, steps, 1e-6, RdpConversion::Standard).epsilon;
                const double b =
                    dpSgdEpsilon(q, sigma, steps, 1e-6, RdpConversion::BalleEtAl2020).epsilon;
                QVERIFY2(b <= s, describe(b, s));
            }
}

void TestRdp::edgeCases()
{
    QCOMPARE(checkSubsampledGaussianInputs(0.0, 0.0, 0.0, 0.5), RdpInputError::None);
    QCOMPARE(checkSubsampledGaussianInputs(1.0, 1e9, 1e9, 1e-300), RdpInputError::None);
    // No noise: nothing is private once an example can be sampled.
    QCOMPARE(subsampledGaussianRdp(0.1, 0.0, 2), std::numeric_limits<double>::infinity());
    const RdpEpsilon noNoise = dpSgdEpsilon(0.1, 0.0, 10.0, 1e-5, RdpConversion::Standard);
    QVERIFY(std::isinf(noNoise.epsilon));
    QCOMPARE(noNoise.order, 0);
    // No sampling or no steps: RDP 0, and ε is only the conversion's offset
    // at the largest order: ln(1/δ)/255 (standard), ln(255/256) −
    // (ln δ + ln 256)/255 (Balle et al.); 0·∞ (no steps, no noise) counts 0.
    QCOMPARE(subsampledGaussianRdp(0.0, 1.0, 5), 0.0);
    const double balleZero =
        dpSgdEpsilon(0.5, 0.0, 0.0, 1e-5, RdpConversion::BalleEtAl2020).epsilon;
    const double balleWant = std::log(255.0 / 256.0) - (std::log(1e-5) + std::log(256.0)) / 255.0;
    QVERIFY2(std::abs(balleZero - balleWant) < 1e-15, describe(balleZero, balleWant));
    const double standardZero = dpSgdEpsilon(0.5, 1.0, 0.0, 1e-5, RdpConversion::Standard).epsilon;
    QVERIFY2(std::abs(standardZero - std::log(1e5) / 255.0) < 1e-15,
             describe(standardZero, std::log(1e5) / 255.0));
    // Orders outside 2..256 are not computed.
    QVERIFY(std::isnan(subsampledGaussianRdp(0.1, 1.0, 1)));
    QVERIFY(std::isnan(subsampledGaussianRdp(0.1, 1.0, 257)));
}

void TestRdp::badInputs_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("steps");
    QTest::addColumn<double>("delta");
    QTest::addColumn<RdpInputError>("error");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("q < 0") << -0.1 << 1.0 << 10.0 << 1e-5 << RdpInputError::SamplingRate;
    QTest::newRow("q > 1") << 1.5 << 1.0 << 10.0 << 1e-5 << RdpInputError::SamplingRate;
    QTest::newRow("q NaN") << nan << 1.0 << 10.0 << 1e-5 << RdpInputError::SamplingRate;
    QTest::newRow("sigma < 0") << 0.1 << -1.0 << 10.0 << 1e-5 << RdpInputError::NoiseMultiplier;
    QTest::newRow("sigma inf") << 0.1 << std::numeric_limits<double>::infinity() << 10.0 << 1e-5
                               << RdpInputError::NoiseMultiplier;
    QTest::newRow("steps < 0") << 0.1 << 1.0 << -1.0 << 1e-5 << RdpInputError::Steps;
    QTest::newRow("steps 2.5") << 0.1 << 1.0 << 2.5 << 1e-5 << RdpInputError::Steps;
    QTest::newRow("delta 0") << 0.1 << 1.0 << 10.0 << 0.0 << RdpInputError::Delta;
    QTest::newRow("delta 1") << 0.1 << 1.0 << 10.0 << 1.0 << RdpInputError::Delta;
}

void TestRdp::badInputs()
{
    QFETCH(double, q);
    QFETCH(double, sigma);
    QFETCH(double, steps);
    QFETCH(double, delta);
    QFETCH(RdpInputError, error);
    QCOMPARE(checkSubsampledGaussianInputs(q, sigma, steps, delta), error);
    QVERIFY(std::isnan(dpSgdEpsilon(q, sigma, steps, delta, RdpConversion::Standard).epsilon));
}

QTEST_APPLESS_MAIN(TestRdp)
#include "tst_rdp.moc"
