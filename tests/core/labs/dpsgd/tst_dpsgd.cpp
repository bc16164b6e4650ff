// The DP-SGD lab's core (core/labs/dpsgd/): gradients, clipping, the
// SGD/DP-SGD equivalence without noise, determinism, the accountant's figure,
// the canary audit against the accountant, and refused parameters.
#include <QTest>

#include "labs/dpsgd/dpsgd.h"
#include "labs/dpsgd/dpsgd_lab.h"
#include "random/samplers.h"
#include "stats/audit.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace dp;

Q_DECLARE_METATYPE(dp::DpsgdModel)

namespace {
QByteArray describe(double got, double want)
{
    return QByteArray("got ") + QByteArray::number(got, 'g', 15) + ", expected " +
           QByteArray::number(want, 'g', 15);
}

DpsgdParams small()
{
    DpsgdParams p;
    p.points = 300;
    p.batch = 30;
    p.epochs = 10;
    return p;
}

bool sameBits(const std::vector<float> &a, const std::vector<float> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}
} // namespace

class TestDpsgd : public QObject
{
    Q_OBJECT
private slots:
    void gradientsMatchFiniteDifferences_data();
    void gradientsMatchFiniteDifferences();
    void clippingBoundsEveryContribution();
    void oneStepMovesAtMostClip();
    void noNoiseNoClipIsSgd_data();
    void noNoiseNoClipIsSgd();
    void sameSeedSameModel();
    void accountantFigures();
    void deltaDefaultsToOneOverNSquared();
    void canaryStory();
    void auditBoundFormula();
    void auditBelowAccountant();
    void auditHighWithoutNoise();
    void auditCancels();
    void badParameters_data();
    void badParameters();
    void exportColumns();
};

void TestDpsgd::gradientsMatchFiniteDifferences_data()
{
    QTest::addColumn<DpsgdModel>("model");
    QTest::newRow("logistic") << DpsgdModel::Logistic;
    QTest::newRow("mlp") << DpsgdModel::Mlp;
}

void TestDpsgd::gradientsMatchFiniteDifferences()
{
    QFETCH(DpsgdModel, model);
    Rng rng(7, 1);
    const int dim = dpsgdParameterCount(model);
    // Central differences with h = 1e-6: truncation error O(h²·ℓ''') plus
    // rounding O(ε_mach/h) ≈ 1e-10; 1e-6 leaves a wide margin.
    const double h = 1e-6;
    for (int trial = 0; trial < 20; ++trial) {
        std::vector<double> theta = dpsgdInitialWeights(model, rng);
        for (double &t : theta)
            t += 0.5 * standardNormal(rng);
        const double x = 2.0 * standardNormal(rng), y = 2.0 * standardNormal(rng);
        const int label = trial % 2;
        double grad[kDpsgdMaxParameters];
        const double loss = dpsgdGradient(model, theta.data(), x, y, label, grad);
        QVERIFY2(std::abs(loss - dpsgdLoss(dpsgdLogit(model, theta.data(), x, y), label)) < 1e-12,
                 "gradient call returns the loss");
        for (int k = 0; k < dim; ++k) {
            std::vector<double> up = theta, down = theta;
            up[k] += h;
            down[k] -= h;
            const double fd = (dpsgdLoss(dpsgdLogit(model, up.data(), x, y), label) -
                               dpsgdLoss(dpsgdLogit(model, down.data(), x, y), label)) /
                              (2 * h);
            QVERIFY2(std::abs(fd - grad[k]) <= 1e-6 * std::max(1.0, std::abs(fd)),
                     describe(grad[k], fd) + " at parameter " + QByteArray::number(k));
        }
    }
}

void TestDpsgd::clippingBoundsEveryContribution()
{
    Rng rng(3, 1);
    for (double clip : {0.01, 0.5, 1.0, 7.0})
        for (int trial = 0; trial < 200; ++trial) {
            double g[kDpsgdMaxParameters], original[kDpsgdMaxParameters];
            const double scale = std::exp(4.0 * standardNormal(rng)); // norms from 1e-5 to 1e5
            for (int k = 0; k < kDpsgdMaxParameters; ++k)
                original[k] = g[k] = scale * standardNormal(rng);
            const double before = dpsgdClip(g, kDpsgdMaxParameters, clip);
            double after2 = 0.0, dot = 0.0, orig2 = 0.0;
            for (int k = 0; k < kDpsgdMaxParameters; ++k) {
                after2 += g[k] * g[k];
                dot += g[k] * original[k];
                orig2 += original[k] * original[k];
            }
            const double after = std::sqrt(after2);
            QVERIFY2(after <= clip * (1 + 1e-12), describe(after, clip));
            QVERIFY2(std::abs(before - std::sqrt(orig2)) <= 1e-12 * before,
                     describe(before, std::sqrt(orig2)));
            if (before <= clip) // short gradients pass bit for bit
                QVERIFY(std::memcmp(g, original, sizeof g) == 0);
            else // long ones keep their direction and get length C
                QVERIFY2(std::abs(dot / (after * std::sqrt(orig2)) - 1.0) < 1e-12 &&
                             std::abs(after - clip) <= 1e-12 * clip,
                         describe(after, clip));
        }
}

void TestDpsgd::oneStepMovesAtMostClip()
{
    // One full-batch step without noise, B = n, η = n: θ moves by exactly the
    // sum of the clipped gradients, so by at most n·C.
    Rng rng(5, 1);
    const LabelledPoints data = makeDataset(DpsgdDataset::Moons, 40, 0.05, rng);
    TrainSettings s;
    s.model = DpsgdModel::Mlp;
    s.clip = 0.05;
    s.noiseMultiplier = 0.0;
    s.samplingRate = 1.0;
    s.expectedBatch = 40.0;
    s.learningRate = 40.0;
    s.epochs = 1;
    s.stepsPerEpoch = 1;
    std::vector<double> theta = dpsgdInitialWeights(s.model, rng), before = theta;
    std::vector<double> norms;
    Rng sampling(5, 2), noise(5, 3);
    QVERIFY(dpsgdTrain(data, s, theta, sampling, noise, {nullptr, &norms}));
    QCOMPARE(norms.size(), std::size_t(40)); // q = 1: everybody is in the batch
    double moved2 = 0.0;
    for (std::size_t k = 0; k < theta.size(); ++k)
        moved2 += (theta[k] - before[k]) * (theta[k] - before[k]);
    QVERIFY2(std::sqrt(moved2) <= 40 * s.clip * (1 + 1e-12),
             describe(std::sqrt(moved2), 40 * s.clip));
    // and the gradients here are far longer than C: clipping really acted.
    QVERIFY2(*std::min_element(norms.begin(), norms.end()) > s.clip, "no gradient was clipped");
}

void TestDpsgd::noNoiseNoClipIsSgd_data()
{
    QTest::addColumn<DpsgdModel>("model");
    QTest::newRow("logistic") << DpsgdModel::Logistic;
    QTest::newRow("mlp") << DpsgdModel::Mlp;
}

void TestDpsgd::noNoiseNoClipIsSgd()
{
    QFETCH(DpsgdModel, model);
    // The weights themselves, bit for bit, after 10 epochs.
    {
        Rng rng(9, 1);
        const LabelledPoints data = makeDataset(DpsgdDataset::Moons, 200, 0.05, rng);
        TrainSettings s;
        s.model = model;
        s.noiseMultiplier = 0.0;
        s.clip = std::numeric_limits<double>::infinity();
        s.samplingRate = 0.1;
        s.expectedBatch = 20.0;
        s.epochs = 10;
        s.stepsPerEpoch = 10;
        const std::vector<double> start = dpsgdInitialWeights(model, rng);
        std::vector<double> a = start, b = start;
        Rng sa(9, 2), na(9, 3), sb(9, 2), nb(9, 3);
        s.privatise = false;
        QVERIFY(dpsgdTrain(data, s, a, sa, na));
        s.privatise = true;
        QVERIFY(dpsgdTrain(data, s, b, sb, nb));
        QVERIFY(a != start);
        QVERIFY(std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
    }
    DpsgdParams p = small();
    p.model = model;
    p.noiseMultiplier = 0.0;
    p.clip = std::numeric_limits<double>::infinity();
    QCOMPARE(checkDpsgdParams(p), DpsgdError::None);
    const auto r = simulateDpsgd(p, 11, nullptr, DpsgdParts::WithoutAudit);
    QVERIFY(r);
    QVERIFY(sameBits(r->probabilitySgd, r->probabilityDpsgd));
    for (const DpsgdEpoch &e : r->curve) {
        QCOMPARE(e.accuracySgd, e.accuracyDpsgd);
        QCOMPARE(e.heldoutSgd, e.heldoutDpsgd);
    }
    QCOMPARE(r->clippedShare, 0.0);
    QVERIFY(std::isinf(r->epsilon));
    // With a finite C the two differ (the check above is not vacuous).
    p.clip = 0.01;
    const auto clipped = simulateDpsgd(p, 11, nullptr, DpsgdParts::WithoutAudit);
    QVERIFY(!sameBits(clipped->probabilitySgd, clipped->probabilityDpsgd));
}

void TestDpsgd::sameSeedSameModel()
{
    const DpsgdParams p = small();
    const auto a = simulateDpsgd(p, 5, nullptr, DpsgdParts::WithoutAudit);
    const auto b = simulateDpsgd(p, 5, nullptr, DpsgdParts::WithoutAudit);
    const auto c = simulateDpsgd(p, 6, nullptr, DpsgdParts::WithoutAudit);
    QVERIFY(sameBits(a->probabilityDpsgd, b->probabilityDpsgd));
    QVERIFY(sameBits(a->probabilitySgd, b->probabilitySgd));
    QVERIFY(a->gradientNorms == b->gradientNorms);
    QCOMPARE(a->sweep.size(), b->sweep.size());
    for (std::size_t i = 0; i < a->sweep.size(); ++i)
        QCOMPARE(a->sweep[i].heldoutAccuracy, b->sweep[i].heldoutAccuracy);
    QVERIFY(!sameBits(a->probabilityDpsgd, c->probabilityDpsgd));
}

void TestDpsgd::accountantFigures()
{
    const DpsgdParams p = small();
    const auto r = simulateDpsgd(p, 1, nullptr, DpsgdParts::WithoutAudit);
    QCOMPARE(r->samplingRate, 30.0 / 300.0);
    QCOMPARE(r->stepsPerEpoch, 10);
    QCOMPARE(r->steps, std::uint64_t(100));
    const double want =
        dpSgdEpsilon(0.1, p.noiseMultiplier, 100, r->delta, RdpConversion::Standard).epsilon;
    QCOMPARE(r->epsilon, want);
    QCOMPARE(r->curve.back().epsilon, want);
    QVERIFY(r->epsilonBalle < r->epsilon);
    for (std::size_t e = 1; e < r->curve.size(); ++e)
        QVERIFY(r->curve[e].epsilon > r->curve[e - 1].epsilon);
    // The sweep: ε falls as σ rises, each point a run with its own σ.
    for (std::size_t i = 1; i < r->sweep.size(); ++i)
        QVERIFY(r->sweep[i].epsilon < r->sweep[i - 1].epsilon);
}

void TestDpsgd::deltaDefaultsToOneOverNSquared()
{
    DpsgdParams p = small();
    QCOMPARE(p.delta, 0.0);
    QCOMPARE(p.effectiveDelta(), 1.0 / (300.0 * 300.0));
    p.delta = 1e-5;
    QCOMPARE(p.effectiveDelta(), 1e-5);
}

void TestDpsgd::canaryStory()
{
    // The lab's claim at its defaults: plain SGD fits Alice's mislabelled
    // record, DP-SGD mostly does not. Over 10 seeds (measured: 9 and 1).
    const DpsgdParams p;
    int sgd = 0, dpsgd = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const auto r = simulateDpsgd(p, seed, nullptr, DpsgdParts::WithoutAudit);
        sgd += r->canaryCorrectSgd;
        dpsgd += r->canaryCorrectDpsgd;
    }
    QVERIFY2(sgd >= 7 && dpsgd <= 3, QByteArray("SGD fitted Alice ") + QByteArray::number(sgd) +
                                         "/10, DP-SGD " + QByteArray::number(dpsgd) + "/10");
}

void TestDpsgd::auditBoundFormula()
{
    // Perfectly separated losses, 100 runs a side: chosen on the first 50,
    // counted on the other 50 → ε_lb = ln((p_low − δ)/p_high) with one-sided
    // 97.5 % Clopper–Pearson bounds at 50/50 and 0/50.
    DpsgdAudit a;
    for (int i = 0; i < 100; ++i) {
        a.lossIn.push_back(0.01 + 0.001 * i);
        a.lossOut.push_back(5.0 + 0.001 * i);
    }
    dpsgdAuditBound(a, 1e-6);
    const double low = std::pow(0.025, 1.0 / 50.0), high = 1.0 - std::pow(0.025, 1.0 / 50.0);
    const double want = std::log((low - 1e-6) / high);
    QVERIFY2(std::abs(a.epsilonLowerBound - want) < 1e-9, describe(a.epsilonLowerBound, want));
    QCOMPARE(a.countedRuns, std::uint64_t(50));
    QCOMPARE(a.truePositiveRate, 1.0);
    QCOMPARE(a.falsePositiveRate, 0.0);
    // Identical samples prove nothing.
    DpsgdAudit same;
    same.lossIn = same.lossOut = a.lossIn;
    dpsgdAuditBound(same, 1e-6);
    QCOMPARE(same.epsilonLowerBound, 0.0);
}

void TestDpsgd::auditBelowAccountant()
{
    // A correct DP-SGD keeps ε_lb ≤ ε with probability ≥ 95 % per audit; the
    // seeds are fixed, so this is deterministic. 100 runs a side.
    for (double sigma : {1.0, 4.0}) {
        DpsgdParams p;
        p.noiseMultiplier = sigma;
        p.auditRuns = 100;
        const auto r = simulateDpsgd(p, 3, nullptr, DpsgdParts::All);
        QVERIFY(r && r->audit.done);
        QCOMPARE(r->audit.lossIn.size(), std::size_t(100));
        QVERIFY2(r->audit.epsilonLowerBound <= r->epsilon,
                 describe(r->audit.epsilonLowerBound, r->epsilon));
    }
}

void TestDpsgd::auditHighWithoutNoise()
{
    // Without noise or clipping Alice is remembered: the audit proves a large
    // ε (the most 100 counted runs a side can prove is ln(0.9638/0.0362) ≈
    // 3.28), far above what the accountant promises for σ = 4.
    DpsgdParams p;
    p.noiseMultiplier = 0.0;
    p.clip = std::numeric_limits<double>::infinity();
    const DpsgdAudit open = auditDpsgd(p, 3);
    DpsgdParams strong;
    strong.noiseMultiplier = 4.0;
    const auto guarded = simulateDpsgd(strong, 3, nullptr, DpsgdParts::WithoutAudit);
    QVERIFY2(open.epsilonLowerBound >= 2.0 && open.epsilonLowerBound > 2.0 * guarded->epsilon,
             describe(open.epsilonLowerBound, guarded->epsilon));
    QVERIFY2(open.auc > 0.95, describe(open.auc, 0.95));
}

void TestDpsgd::auditCancels()
{
    DpsgdParams p = small();
    CancelFlag cancel{true};
    const DpsgdAudit a = auditDpsgd(p, 1, &cancel);
    QVERIFY(!a.done);
    QVERIFY(!simulateDpsgd(p, 1, &cancel));
    std::uint64_t calls = 0, total = 0;
    p.auditRuns = 4;
    const DpsgdAudit b = auditDpsgd(p, 1, nullptr, [&](std::uint64_t done, std::uint64_t all) {
        ++calls;
        total = all;
        QVERIFY(done <= all);
    });
    QVERIFY(b.done);
    QCOMPARE(calls, std::uint64_t(4));
    QCOMPARE(total, std::uint64_t(4));
}

void TestDpsgd::badParameters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("param");
    QTest::newRow("batch > points") << "batch" << 2000.0 << "batch";
    QTest::newRow("sigma < 0") << "noise_multiplier" << -0.5 << "noise_multiplier";
    QTest::newRow("C = 0") << "clip" << 0.0 << "clip";
    QTest::newRow("C < 0") << "clip" << -1.0 << "clip";
    QTest::newRow("learning rate 0") << "learning_rate" << 0.0 << "learning_rate";
    QTest::newRow("epochs 0") << "epochs" << 0.0 << "epochs";
    QTest::newRow("delta 1") << "delta" << 1.0 << "delta";
    QTest::newRow("delta < 0") << "delta" << -1e-6 << "delta";
    QTest::newRow("audit runs 1") << "audit_runs" << 1.0 << "audit_runs";
    QTest::newRow("points 1") << "points" << 1.0 << "points";
    QTest::newRow("points NaN") << "points" << std::numeric_limits<double>::quiet_NaN() << "points";
}

void TestDpsgd::badParameters()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, param);
    const LabModel *lab = findLab("dpsgd");
    QVERIFY(lab);
    ParamValues v = defaultValues(lab->params());
    QVERIFY(!lab->validate(v));
    v.set(key.toStdString(), value);
    const auto error = lab->validate(v);
    QVERIFY2(error.has_value(), qPrintable(key));
    QCOMPARE(QString::fromStdString(error->param), param);
    // The refusal carries the number asked for (NaN: the code says "not finite";
    // a cross-parameter rule: its stable id, worded by the page).
    if (error->code == ParamErrorCode::Rule)
        QVERIFY2(!error->rule.empty(), debugString(*error).c_str());
    else if (std::isnan(value))
        QVERIFY2(error->code == ParamErrorCode::NotFinite, debugString(*error).c_str());
    else
        QVERIFY2(error->value == value, debugString(*error).c_str());
}

void TestDpsgd::exportColumns()
{
    const LabModel *lab = findLab("dpsgd");
    const std::vector<std::string> want{"epoch",       "accuracy_sgd",  "accuracy_dpsgd",
                                        "heldout_sgd", "heldout_dpsgd", "epsilon"};
    QVERIFY(lab->csvColumns() == want);
    const auto keys = lab->jsonKeys();
    for (const char *k :
         {"epsilon", "accuracy_sgd", "accuracy_dpsgd", "clipped_share", "audit_epsilon_lower_bound",
          "canary_correct_sgd", "canary_correct_dpsgd", "delta"})
        QVERIFY2(std::find(keys.begin(), keys.end(), k) != keys.end(), k);
}

QTEST_APPLESS_MAIN(TestDpsgd)
#include "tst_dpsgd.moc"
