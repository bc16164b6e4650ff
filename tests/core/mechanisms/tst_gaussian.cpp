// Gaussian mechanism calibration: analytic (Balle & Wang 2018) and classic
// (Dwork & Roth 2014, Thm 3.22), against published values and the definition.
#include <QTest>

#include "mechanisms/gaussian.h"

#include <cmath>
#include <limits>

using namespace dp;

namespace {
// δ(ε; σ) of Balle & Wang's Theorem 8, written out independently with erfc
// (valid where the terms do not underflow, i.e. moderate ε).
double directDelta(double eps, double sigma, double sens)
{
    const double a = sens / (2.0 * sigma) - eps * sigma / sens;
    const double b = -sens / (2.0 * sigma) - eps * sigma / sens;
    auto phi = [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); };
    return phi(a) - std::exp(eps) * phi(b);
}

QByteArray describe(double got, double want)
{
    return QByteArray("got ") + QByteArray::number(got, 'g', 15) + ", expected " +
           QByteArray::number(want, 'g', 15);
}
} // namespace

class TestGaussian : public QObject
{
    Q_OBJECT
private slots:
    void analyticSigma_data();
    void analyticSigma();
    void classicSigma();
    void classicApplies();
    void satisfiesDefinition_data();
    void satisfiesDefinition();
    void roundTrip_data();
    void roundTrip();
    void largeEpsilonIsStable();
    void epsilonZeroWhenNoiseHidesAll();
    void analyticBeatsClassic();
    void scalesWithSensitivity();
    void badInputs_data();
    void badInputs();
};

void TestGaussian::analyticSigma_data()
{
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("delta");
    QTest::addColumn<double>("sensitivity");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<double>("relTol");
    // The reference implementation's doctest (Balle & Wang 2018 code).
    QTest::newRow("eps=1 delta=1e-5") << 1.0 << 1e-5 << 1.0 << 3.730631634944469 << 1e-9;
    // science.md (computed from Theorem 8), given to 8 significant digits.
    QTest::newRow("eps=0.5 delta=1e-5") << 0.5 << 1e-5 << 1.0 << 7.0318267 << 1e-7;
    QTest::newRow("eps=0.1 delta=1e-5") << 0.1 << 1e-5 << 1.0 << 30.7495661 << 1e-7;
    // science.md: C = 200,000, ε = 1, δ = 1e-5 → 746,126 (rounded to a unit).
    QTest::newRow("C=200000") << 1.0 << 1e-5 << 200000.0 << 746126.0 << 0.5 / 746126.0;
}

void TestGaussian::analyticSigma()
{
    QFETCH(double, epsilon);
    QFETCH(double, delta);
    QFETCH(double, sensitivity);
    QFETCH(double, sigma);
    QFETCH(double, relTol);
    const double got = analyticGaussianSigma(epsilon, delta, sensitivity);
    QVERIFY2(std::abs(got - sigma) <= relTol * sigma, describe(got, sigma));
    const double eps = analyticGaussianEpsilon(got, delta, sensitivity);
    QVERIFY2(std::abs(eps - epsilon) <= 1e-6 * epsilon, describe(eps, epsilon));
}

void TestGaussian::classicSigma()
{
    // √(2 ln(1.25/δ))·Δ/ε: ε = 1, δ = 1e-5 → 4.844805 (science.md).
    const double got = classicGaussianSigma(1.0, 1e-5, 1.0);
    QVERIFY2(std::abs(got - 4.844805) < 5e-7, describe(got, 4.844805));
    const double want = std::sqrt(2.0 * std::log(1.25 / 1e-3)) * 3.0 / 0.4;
    QVERIFY2(std::abs(classicGaussianSigma(0.4, 1e-3, 3.0) - want) < 1e-12 * want,
             describe(classicGaussianSigma(0.4, 1e-3, 3.0), want));
    const double eps = classicGaussianEpsilon(4.844805, 1e-5, 1.0);
    QVERIFY2(std::abs(eps - 1.0) < 1e-6, describe(eps, 1.0));
}

void TestGaussian::classicApplies()
{
    QVERIFY(classicGaussianApplies(0.5));
    QVERIFY(classicGaussianApplies(0.999));
    QVERIFY(!classicGaussianApplies(1.0)); // Thm 3.22 needs ε < 1
    QVERIFY(!classicGaussianApplies(3.0));
    QVERIFY(!classicGaussianApplies(0.0));
}

void TestGaussian::satisfiesDefinition_data()
{
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("delta");
    QTest::newRow("0.05/1e-6") << 0.05 << 1e-6;
    QTest::newRow("0.3/1e-3") << 0.3 << 1e-3;
    QTest::newRow("1/1e-5") << 1.0 << 1e-5;
    QTest::newRow("4/1e-8") << 4.0 << 1e-8;
    QTest::newRow("10/0.1") << 10.0 << 0.1;
}

void TestGaussian::satisfiesDefinition()
{
    // The calibrated σ makes δ(ε; σ) = δ, and it is the smallest such σ:
    // 0.1 % less noise already breaks the guarantee.
    QFETCH(double, epsilon);
    QFETCH(double, delta);
    const double sigma = analyticGaussianSigma(epsilon, delta, 1.0);
    const double d = directDelta(epsilon, sigma, 1.0);
    QVERIFY2(std::abs(d - delta) <= 1e-6 * delta, describe(d, delta));
    QVERIFY2(directDelta(epsilon, 0.999 * sigma, 1.0) > delta,
             "a smaller sigma should break delta");
    QVERIFY(std::abs(analyticGaussianDelta(epsilon, sigma, 1.0) - delta) <= 1e-6 * delta);
}

void TestGaussian::roundTrip_data()
{
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("delta");
    for (double eps : {0.001, 0.01, 0.1, 1.0, 5.0, 20.0, 100.0})
        for (double delta : {1e-3, 1e-5, 1e-10})
            QTest::addRow("eps=%g delta=%g", eps, delta) << eps << delta;
}

void TestGaussian::roundTrip()
{
    QFETCH(double, epsilon);
    QFETCH(double, delta);
    const double sigma = analyticGaussianSigma(epsilon, delta, 7.0);
    QVERIFY(std::isfinite(sigma) && sigma > 0.0);
    const double back = analyticGaussianEpsilon(sigma, delta, 7.0);
    QVERIFY2(std::abs(back - epsilon) <= 1e-6 * epsilon, describe(back, epsilon));
    const double sigmaBack = analyticGaussianSigma(back, delta, 7.0);
    QVERIFY2(std::abs(sigmaBack - sigma) <= 1e-6 * sigma, describe(sigmaBack, sigma));
}

void TestGaussian::largeEpsilonIsStable()
{
    // e^ε overflows a double beyond ε ≈ 709; the log-space evaluation must not.
    double previous = std::numeric_limits<double>::infinity();
    for (double eps : {50.0, 300.0, 800.0, 5000.0}) {
        const double sigma = analyticGaussianSigma(eps, 1e-5, 1.0);
        QVERIFY2(std::isfinite(sigma) && sigma > 0.0 && sigma < previous,
                 describe(sigma, previous));
        const double back = analyticGaussianEpsilon(sigma, 1e-5, 1.0);
        QVERIFY2(std::abs(back - eps) <= 1e-6 * eps, describe(back, eps));
        previous = sigma;
    }
}

void TestGaussian::epsilonZeroWhenNoiseHidesAll()
{
    // δ(0; σ) = Φ(Δ/2σ) − Φ(−Δ/2σ) ≤ δ once σ ≥ Δ/(2·Φ⁻¹((1+δ)/2)) ≈ Δ/(2·δ·√(π/2)).
    const double delta = 1e-3;
    const double sigma = 1.0 / (2.0 * delta * std::sqrt(M_PI / 2.0)) * 1.01;
    QCOMPARE(analyticGaussianEpsilon(sigma, delta, 1.0), 0.0);
    QVERIFY(analyticGaussianEpsilon(sigma / 1.1, delta, 1.0) > 0.0);
}

void TestGaussian::analyticBeatsClassic()
{
    // Where the classic theorem applies, the exact calibration needs less noise.
    for (double eps : {0.05, 0.2, 0.5, 0.9})
        for (double delta : {1e-3, 1e-6, 1e-9}) {
            const double a = analyticGaussianSigma(eps, delta, 1.0);
            const double c = classicGaussianSigma(eps, delta, 1.0);
            QVERIFY2(a < c, describe(a, c));
        }
}

void TestGaussian::scalesWithSensitivity()
{
    // σ is proportional to Δ (Theorem 8 depends on σ/Δ only).
    const double one = analyticGaussianSigma(0.7, 1e-6, 1.0);
    const double many = analyticGaussianSigma(0.7, 1e-6, 12345.0);
    QVERIFY2(std::abs(many - 12345.0 * one) <= 1e-9 * many, describe(many, 12345.0 * one));
}

void TestGaussian::badInputs_data()
{
    QTest::addColumn<bool>("sigmaDirection"); // true: σ for ε; false: ε for σ
    QTest::addColumn<double>("value");        // ε or σ
    QTest::addColumn<double>("delta");
    QTest::addColumn<double>("sensitivity");
    QTest::addColumn<QString>("param");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("epsilon=0") << true << 0.0 << 1e-5 << 1.0 << "epsilon";
    QTest::newRow("epsilon<0") << true << -1.0 << 1e-5 << 1.0 << "epsilon";
    QTest::newRow("epsilon=NaN") << true << nan << 1e-5 << 1.0 << "epsilon";
    QTest::newRow("epsilon=inf") << true << inf << 1e-5 << 1.0 << "epsilon";
    QTest::newRow("delta=0") << true << 1.0 << 0.0 << 1.0 << "delta";
    QTest::newRow("delta=1") << true << 1.0 << 1.0 << 1.0 << "delta";
    QTest::newRow("delta<0") << true << 1.0 << -1e-5 << 1.0 << "delta";
    QTest::newRow("delta=NaN") << true << 1.0 << nan << 1.0 << "delta";
    QTest::newRow("sensitivity=0") << true << 1.0 << 1e-5 << 0.0 << "sensitivity";
    QTest::newRow("sensitivity<0") << true << 1.0 << 1e-5 << -2.0 << "sensitivity";
    QTest::newRow("sigma=0") << false << 0.0 << 1e-5 << 1.0 << "sigma";
    QTest::newRow("sigma<0") << false << -3.0 << 1e-5 << 1.0 << "sigma";
    QTest::newRow("sigma=NaN") << false << nan << 1e-5 << 1.0 << "sigma";
    QTest::newRow("eps-direction delta=1.5") << false << 3.0 << 1.5 << 1.0 << "delta";
    QTest::newRow("eps-direction sensitivity=0") << false << 3.0 << 1e-5 << 0.0 << "sensitivity";
}

void TestGaussian::badInputs()
{
    QFETCH(bool, sigmaDirection);
    QFETCH(double, value);
    QFETCH(double, delta);
    QFETCH(double, sensitivity);
    QFETCH(QString, param);
    const auto err = sigmaDirection ? checkGaussianSigmaInputs(value, delta, sensitivity)
                                    : checkGaussianEpsilonInputs(value, delta, sensitivity);
    QVERIFY2(err.has_value(), "expected an error");
    QCOMPARE(QString::fromStdString(err->param), param);
    QVERIFY2(QString::fromStdString(dp::debugString(*err)).contains(param),
             dp::debugString(*err).c_str());
    if (sigmaDirection) {
        QVERIFY(std::isnan(analyticGaussianSigma(value, delta, sensitivity)));
        QVERIFY(std::isnan(classicGaussianSigma(value, delta, sensitivity)));
    } else {
        QVERIFY(std::isnan(analyticGaussianEpsilon(value, delta, sensitivity)));
        QVERIFY(std::isnan(classicGaussianEpsilon(value, delta, sensitivity)));
    }
}

QTEST_APPLESS_MAIN(TestGaussian)
#include "tst_gaussian.moc"
