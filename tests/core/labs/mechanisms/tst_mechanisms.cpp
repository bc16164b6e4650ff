// The mechanisms lab ("Noise and the definition"): calibration check values,
// the posterior ceiling, the empirical ε check (below the claim for correct
// mechanisms, above it for each broken one), the floating-point leak (positive
// for the naive double sampler, zero for the exact discrete ones, and never a
// false alarm on an output's own input), local against global error, exports
// and bad parameters. Fixed seeds; tolerances derived from the sample sizes.
#include <QTest>

#include "labs/mechanisms/mechanisms.h"
#include "labs/mechanisms/naive.h"
#include "mechanisms/discrete.h"
#include "mechanisms/gaussian.h"
#include "mechanisms/noise.h"

#include <cmath>
#include <vector>

using namespace dp;

Q_DECLARE_METATYPE(dp::MechanismKind)

namespace {

constexpr std::uint64_t kAuditSamples = 1'000'000; // per side, correct mechanisms
constexpr std::uint64_t kInverterOutputs = 200'000;

QByteArray got(const char *what, double value, double want)
{
    return QByteArray(what) + ": got " + QByteArray::number(value, 'g', 12) + ", expected " +
           QByteArray::number(want, 'g', 12);
}

MechanismsParams withKind(MechanismKind k)
{
    MechanismsParams p;
    p.mechanism = k;
    return p;
}

} // namespace

class TestMechanisms : public QObject
{
    Q_OBJECT
private slots:
    void calibrationCheckValues();
    void densitiesAreDistributions_data();
    void densitiesAreDistributions();
    void posteriorCeiling_data();
    void posteriorCeiling();
    void bestAttacker();
    void gaussianEscape();
    void discreteGaussianMeetsDelta();
    void empiricalBelowClaimWhenCorrect_data();
    void empiricalBelowClaimWhenCorrect();
    void empiricalAboveClaimWhenBroken_data();
    void empiricalAboveClaimWhenBroken();
    void floatLeak();
    void naiveInverterHasNoFalseAlarms();
    void localVsGlobalFormulas();
    void sameSeedSameBits();
    void exportsKeys();
    void badParameters_data();
    void badParameters();
    void refusedAssignmentLeavesValues();
};

void TestMechanisms::calibrationCheckValues()
{
    auto r = simulateMechanisms(withKind(MechanismKind::Gaussian), 1);
    // Balle & Wang's doctest value and Dwork & Roth Thm 3.22 at ε = 1, δ = 1e-5, Δ = 1.
    QVERIFY2(std::fabs(r->gaussianSigma - 3.7306316349) < 1e-8,
             got("analytic sigma", r->gaussianSigma, 3.7306316349));
    QVERIFY2(std::fabs(r->gaussianSigmaClassic - 4.844805) < 1e-6,
             got("classic sigma", r->gaussianSigmaClassic, 4.844805));
    QVERIFY(!r->classicApplies);
    auto l = simulateMechanisms(withKind(MechanismKind::Laplace), 1);
    QCOMPARE(l->laplaceScale, 1.0);
    QVERIFY(std::isnan(l->gaussianSigma));
    QVERIFY2(std::fabs(l->noiseSd * l->noiseSd - 2.0) < 1e-12,
             got("Laplace variance 2b^2", l->noiseSd * l->noiseSd, 2.0));
}

void TestMechanisms::densitiesAreDistributions_data()
{
    QTest::addColumn<MechanismKind>("kind");
    QTest::newRow("laplace") << MechanismKind::Laplace;
    QTest::newRow("gaussian") << MechanismKind::Gaussian;
    QTest::newRow("discrete_laplace") << MechanismKind::DiscreteLaplace;
    QTest::newRow("discrete_gaussian") << MechanismKind::DiscreteGaussian;
    QTest::newRow("wrong_sensitivity") << MechanismKind::WrongSensitivity;
    QTest::newRow("uniform") << MechanismKind::Uniform;
    QTest::newRow("forced_yes") << MechanismKind::ForcedYes;
}

void TestMechanisms::densitiesAreDistributions()
{
    QFETCH(MechanismKind, kind);
    MechanismsParams p = withKind(kind);
    p.samples = 1000;
    const NoiseSetup s = noiseSetup(p);
    // Σ pmf over integers, or a fine Riemann sum of the density (kinks make it ~1e-4 accurate).
    double total = 0.0;
    const double sd = 12.0 * s.scale + 5.0;
    if (isDiscrete(kind)) {
        for (double o = 40 - sd; o <= 40 + sd; o += 1.0)
            total += outputDensity(s, std::round(o), 40.0);
    } else {
        const double h = sd / 200000.0;
        for (double o = 40 - sd; o < 40 + sd; o += h)
            total += outputDensity(s, o + 0.5 * h, 40.0) * h;
    }
    QVERIFY2(std::fabs(total - 1.0) < 1e-3, got("total probability", total, 1.0));
}

void TestMechanisms::posteriorCeiling_data()
{
    QTest::addColumn<MechanismKind>("kind");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("prior");
    for (auto k : {MechanismKind::Laplace, MechanismKind::DiscreteLaplace})
        for (double eps : {0.3, 1.0, 2.0})
            for (double prior : {0.5, 0.2, 0.9})
                QTest::addRow("%s eps %g prior %g",
                              k == MechanismKind::Laplace ? "laplace" : "discrete", eps, prior)
                    << k << eps << prior;
}

void TestMechanisms::posteriorCeiling()
{
    QFETCH(MechanismKind, kind);
    QFETCH(double, epsilon);
    QFETCH(double, prior);
    MechanismsParams p = withKind(kind);
    p.epsilon = epsilon;
    p.prior = prior;
    p.samples = 1000;
    auto r = simulateMechanisms(p, 5);
    const double odds = prior / (1 - prior);
    const double ceiling = std::exp(epsilon) * odds / (1 + std::exp(epsilon) * odds);
    QVERIFY2(std::fabs(r->ceiling - ceiling) < 1e-15, got("ceiling", r->ceiling, ceiling));
    if (prior == 0.5 && epsilon == 1.0) // "50:50 can at most move to 73:27"
        QVERIFY2(std::fabs(r->ceiling - 0.7310585786300049) < 1e-15,
                 got("ceiling", r->ceiling, 0.7310585786300049));
    // ε-DP: never above the ceiling, and Laplace reaches it (every output beyond f(x)).
    QVERIFY2(r->maxPosterior <= ceiling + 1e-12, got("max posterior", r->maxPosterior, ceiling));
    QVERIFY2(r->maxPosterior >= ceiling - 1e-9, got("max posterior", r->maxPosterior, ceiling));
    for (double post : r->posterior.y)
        QVERIFY(post <= ceiling + 1e-12);
}

void TestMechanisms::bestAttacker()
{
    // Prior ½: success = ½(1 + TV). Laplace shift Δ = εb: TV = 1 − e^(−ε/2);
    // Gaussian: TV = 2Φ(Δ/(2σ)) − 1; discrete Laplace with Δ = 1: e^ε/(1 + e^ε).
    for (double eps : {0.5, 1.0, 3.0}) {
        MechanismsParams p = withKind(MechanismKind::Laplace);
        p.epsilon = eps;
        p.samples = 100;
        auto r = simulateMechanisms(p, 1);
        const double want = 1.0 - 0.5 * std::exp(-eps / 2);
        QVERIFY2(std::fabs(r->bestAttackerSuccess - want) < 1e-6,
                 got("Laplace success", r->bestAttackerSuccess, want));
        QVERIFY(r->bestAttackerSuccess <= std::exp(eps) / (1 + std::exp(eps)) + 1e-12);
        p.mechanism = MechanismKind::DiscreteLaplace;
        r = simulateMechanisms(p, 1);
        const double dl = std::exp(eps) / (1 + std::exp(eps));
        QVERIFY2(std::fabs(r->bestAttackerSuccess - dl) < 1e-9,
                 got("discrete Laplace success", r->bestAttackerSuccess, dl));
        p.mechanism = MechanismKind::Gaussian;
        r = simulateMechanisms(p, 1);
        const double g = 0.5 * std::erfc(-1.0 / (2 * r->gaussianSigma) / std::sqrt(2.0));
        QVERIFY2(std::fabs(r->bestAttackerSuccess - g) < 1e-6,
                 got("Gaussian success", r->bestAttackerSuccess, g));
        QCOMPARE(int(r->replayRight.size()), kReplays);
    }
}

void TestMechanisms::gaussianEscape()
{
    auto r = simulateMechanisms(withKind(MechanismKind::Gaussian), 1);
    // P_x[L > ε] ≈ 1.6e-4 = 16δ (science sheet, computed); δ itself is E[(1 − e^(ε − L))⁺].
    QVERIFY2(r->escapeMass > 1.55e-4 && r->escapeMass < 1.65e-4,
             got("escape mass", r->escapeMass, 1.6e-4));
    QVERIFY2(std::fabs(r->deltaExact - 1e-5) < 1e-10, got("delta", r->deltaExact, 1e-5));
    // The loss crosses ε exactly at the escape threshold.
    QVERIFY(std::fabs(gaussianPrivacyLoss(r->escapeThreshold, r->fx, r->fy, r->gaussianSigma) -
                      1.0) < 1e-12);
    auto l = simulateMechanisms(withKind(MechanismKind::Laplace), 1);
    QCOMPARE(l->escapeMass, 0.0);
    for (double loss : l->privacyLoss.y)
        QVERIFY(std::fabs(loss) <= 1.0 + 1e-12);
}

void TestMechanisms::discreteGaussianMeetsDelta()
{
    for (double eps : {0.1, 1.0, 3.0})
        for (double delta : {1e-3, 1e-5, 1e-9}) {
            MechanismsParams p = withKind(MechanismKind::DiscreteGaussian);
            p.epsilon = eps;
            p.delta = delta;
            const NoiseSetup s = noiseSetup(p);
            const double d = discreteGaussianDelta(eps, s.sigma2, 1);
            QVERIFY2(d <= delta, got("discrete delta", d, delta));
            const double continuous = analyticGaussianSigma(eps, delta, 1.0);
            QVERIFY2(s.sigma2 <= 1.1 * continuous * continuous,
                     got("discrete sigma^2 (not wasteful)", s.sigma2, continuous * continuous));
        }
}

void TestMechanisms::empiricalBelowClaimWhenCorrect_data()
{
    QTest::addColumn<MechanismKind>("kind");
    QTest::addColumn<double>(
        "minPower"); // ε_lb must reach this share of ε (the check is not vacuous)
    QTest::newRow("laplace") << MechanismKind::Laplace << 0.9;
    QTest::newRow("discrete_laplace") << MechanismKind::DiscreteLaplace << 0.9;
    QTest::newRow("gaussian") << MechanismKind::Gaussian << 0.5;
    QTest::newRow("discrete_gaussian") << MechanismKind::DiscreteGaussian << 0.5;
}

void TestMechanisms::empiricalBelowClaimWhenCorrect()
{
    QFETCH(MechanismKind, kind);
    QFETCH(double, minPower);
    for (std::uint64_t seed : {1, 2, 3}) {
        MechanismsParams p = withKind(kind);
        const NoiseSetup s = noiseSetup(p);
        std::vector<double> x(kAuditSamples), y(kAuditSamples);
        Rng rx(seed, 1), ry(seed, 2);
        drawOutputs(s, 40, rx, x.data(), x.size());
        drawOutputs(s, 39, ry, y.data(), y.size());
        const EmpiricalCheck c =
            empiricalCheck(x, y, isGaussianKind(kind) ? p.delta : 0.0, isDiscrete(kind));
        qInfo("seed %llu: eps_lb = %.4f (claim 1), event t = %g, %llu vs %llu of %llu",
              (unsigned long long)seed, c.epsilonLowerBound, c.threshold,
              (unsigned long long)c.inFirst, (unsigned long long)c.inSecond,
              (unsigned long long)c.evaluated);
        QVERIFY2(c.epsilonLowerBound <= p.epsilon, got("eps_lb", c.epsilonLowerBound, p.epsilon));
        QVERIFY2(c.epsilonLowerBound >= minPower * p.epsilon,
                 got("eps_lb (power)", c.epsilonLowerBound, minPower));
    }
}

void TestMechanisms::empiricalAboveClaimWhenBroken_data()
{
    QTest::addColumn<MechanismKind>("kind");
    QTest::newRow("wrong_sensitivity") << MechanismKind::WrongSensitivity;
    QTest::newRow("uniform") << MechanismKind::Uniform;
    QTest::newRow("forced_yes") << MechanismKind::ForcedYes;
}

void TestMechanisms::empiricalAboveClaimWhenBroken()
{
    QFETCH(MechanismKind, kind);
    for (double eps : {0.5, 1.0, 2.0}) {
        MechanismsParams p = withKind(kind); // default samples (10^5 per side)
        p.epsilon = eps;
        auto r = simulateMechanisms(p, 7);
        QVERIFY2(r->check.epsilonLowerBound > eps,
                 got("eps_lb of a broken mechanism", r->check.epsilonLowerBound, eps));
        QVERIFY(r->trueEpsilon > eps);
        QVERIFY2(r->deltaExact > 0.01, got("delta needed at the claimed eps", r->deltaExact, 0.01));
        QVERIFY(r->check.maxDetectable >= r->check.epsilonLowerBound);
    }
}

void TestMechanisms::floatLeak()
{
    auto r = simulateMechanisms(withKind(MechanismKind::Laplace), 1);
    QVERIFY(r->leak.naiveSampler);
    QCOMPARE(r->leak.checked, 2 * std::min<std::uint64_t>(100000, kLeakOutputsPerSide));
    QVERIFY2(r->leak.total() > 100, got("naive leak outputs", double(r->leak.total()), 100));
    QVERIFY(r->leak.onlyX > 0 && r->leak.onlyY > 0);
    // Each example really is out of the other input's reach, and within its own.
    for (std::size_t i = 0; i < r->leak.examples.size(); ++i) {
        const double o = r->leak.examples[i];
        const bool fromX = r->leak.exampleFromX[i];
        QVERIFY(naiveCanProduce(o, fromX ? r->fx : r->fy, r->laplaceScale));
        QVERIFY(!naiveCanProduce(o, fromX ? r->fy : r->fx, r->laplaceScale));
    }
    for (auto k : {MechanismKind::DiscreteLaplace, MechanismKind::DiscreteGaussian}) {
        auto d = simulateMechanisms(withKind(k), 1);
        QVERIFY(!d->leak.naiveSampler);
        QVERIFY(d->leak.checked > 0);
        QCOMPARE(d->leak.total(), 0ull);
    }
}

void TestMechanisms::naiveInverterHasNoFalseAlarms()
{
    // Every naive output must be found producible from the input that produced it:
    // otherwise a "leak" could be an artefact of the inverter.
    for (double b : {1.0, 0.1, 7.5}) {
        Rng rng(99);
        for (std::uint64_t i = 0; i < kInverterOutputs; ++i) {
            const double o = naiveLaplaceOutput(rng, 40.0, b);
            if (!naiveCanProduce(o, 40.0, b))
                QFAIL(got("own output judged impossible", o, 40.0).constData());
        }
    }
    // A value between two reachable far-tail outputs is not reachable.
    const double far = 40.0 + naiveLaplaceNoise(3, true, 1.0);
    QVERIFY(naiveCanProduce(far, 40.0, 1.0));
    QVERIFY(!naiveCanProduce(std::nextafter(far, 1e9), 40.0, 1.0) ||
            !naiveCanProduce(std::nextafter(std::nextafter(far, 1e9), 1e9), 40.0, 1.0));
}

void TestMechanisms::localVsGlobalFormulas()
{
    for (double eps : {0.5, 1.0}) {
        MechanismsParams p;
        p.epsilon = eps;
        p.samples = 100;
        LocalGlobal g;
        QVERIFY(localVsGlobal(p, 11, g));
        // RMS over R = 400 releases: relative SE ≈ √((κ − 1)/(4R)), κ the kurtosis
        // of the error (3 for the normal-like local error, 6 for Laplace): 5 SE.
        const double tolLocal = 5 * std::sqrt(2.0 / (4 * kLocalGlobalRuns));
        const double tolGlobal = 5 * std::sqrt(5.0 / (4 * kLocalGlobalRuns));
        for (std::size_t i = 0; i < g.n.size(); ++i) {
            QVERIFY2(std::fabs(g.localSim[i] / g.localTheory[i] - 1) < tolLocal + 3.0 / g.n[i],
                     got("local RMS / theory at N", g.localSim[i] / g.localTheory[i], g.n[i]));
            QVERIFY2(std::fabs(g.globalSim[i] / g.globalTheory[i] - 1) < tolGlobal,
                     got("global RMS / theory at N", g.globalSim[i] / g.globalTheory[i], g.n[i]));
            QCOMPARE(g.globalTheory[i], std::sqrt(2.0) / (eps * g.n[i]));
        }
        // Asymptotic forms: local ≈ 2√(λ(1−λ))/(ε√N) for small ε; the ratio grows like √N.
        QVERIFY(g.ratio > 10);
        QVERIFY2(std::fabs(g.ratio / std::sqrt(double(p.population)) -
                           g.localTheoryAtN * std::sqrt(double(p.population)) /
                               (std::sqrt(2.0) / eps)) < 1e-9,
                 "ratio is local over global");
    }
}

void TestMechanisms::sameSeedSameBits()
{
    for (int k = 0; k < kMechanismKinds; ++k) {
        MechanismsParams p = withKind(static_cast<MechanismKind>(k));
        p.samples = 2000;
        auto a = simulateMechanisms(p, 42), b = simulateMechanisms(p, 42),
             c = simulateMechanisms(p, 43);
        QVERIFY(a->outputX == b->outputX && a->outputY == b->outputY);
        QVERIFY(a->check.epsilonLowerBound == b->check.epsilonLowerBound ||
                std::isnan(a->check.epsilonLowerBound));
        QVERIFY(a->outputX != c->outputX);
    }
}

void TestMechanisms::exportsKeys()
{
    const auto &lab = TypedLab<MechanismsLab>::instance();
    QCOMPARE(lab.csvColumns(), (std::vector<std::string>{"sample", "output_x", "output_y"}));
    const auto keys = lab.jsonKeys();
    for (const char *k : {"laplace_scale", "gaussian_sigma", "gaussian_sigma_classic",
                          "empirical_epsilon_lower_bound", "claimed_epsilon", "max_posterior",
                          "local_error", "global_error", "float_leak_outputs"})
        QVERIFY2(std::find(keys.begin(), keys.end(), k) != keys.end(), k);
    MechanismsParams p;
    p.samples = 500;
    const ExportData d = simulateMechanisms(p, 3)->exportData();
    QCOMPARE(d.csvRows.size(), std::size_t(500));
    QCOMPARE(d.csvRows[0][0], 1.0);
    QCOMPARE(int(d.figures.size() + d.notes.size()), int(keys.size()));
}

void TestMechanisms::badParameters_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("param");
    QTest::newRow("epsilon 0") << "epsilon=0"
                               << "epsilon";
    QTest::newRow("epsilon negative") << "epsilon=-1"
                                      << "epsilon";
    QTest::newRow("epsilon too large") << "epsilon=11"
                                       << "epsilon";
    QTest::newRow("delta 0") << "delta=0"
                             << "delta";
    QTest::newRow("prior 1") << "prior=1"
                             << "prior";
    QTest::newRow("samples 0") << "samples=0"
                               << "samples";
    QTest::newRow("samples too many") << "samples=20000000"
                                      << "samples";
    QTest::newRow("population small") << "population=1"
                                      << "population";
    QTest::newRow("unknown mechanism") << "mechanism=magic"
                                       << "mechanism";
}

void TestMechanisms::badParameters()
{
    QFETCH(QString, assignment);
    QFETCH(QString, param);
    const auto &lab = TypedLab<MechanismsLab>::instance();
    ParamValues v = defaultValues(lab.params());
    const ParamValues before = v;
    std::optional<ParamError> err = parseAssignment(lab.params(), assignment.toStdString(), v);
    if (!err)
        err = lab.validate(v);
    QVERIFY2(err.has_value(), qPrintable(assignment));
    QVERIFY2(err->param == param.toStdString(), debugString(*err).c_str());
}

void TestMechanisms::refusedAssignmentLeavesValues()
{
    const auto &lab = TypedLab<MechanismsLab>::instance();
    ParamValues v = defaultValues(lab.params());
    QVERIFY(!lab.validate(v));
    // Cross-parameter rule: the discrete mechanisms add whole numbers.
    v.set("mechanism", 2);
    v.set("sensitivity", 1.5);
    auto err = lab.validate(v);
    QVERIFY(err.has_value());
    QCOMPARE(err->param, std::string("sensitivity"));
    v.set("sensitivity", 2);
    QVERIFY(!lab.validate(v));
    // A refused parse leaves the values as they were.
    const ParamValues before = v;
    QVERIFY(parseAssignment(lab.params(), "epsilon=-3", v).has_value());
    QVERIFY(v == before);
    QVERIFY(parseAssignment(lab.params(), "mechanism=nonsense", v).has_value());
    QVERIFY(v == before);
}

QTEST_APPLESS_MAIN(TestMechanisms)
#include "tst_mechanisms.moc"
