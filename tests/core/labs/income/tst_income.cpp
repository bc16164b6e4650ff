// Income-obscuring lab: estimator, clipping bias, privacy figures, modes.
#include <QTest>

#include "labs/income/income.h"
#include "mechanisms/gaussian.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using namespace dp;

namespace {
constexpr double kZ95 = 1.959963984540054;
constexpr double kInf = std::numeric_limits<double>::infinity();

QByteArray describe(double got, double want, double tol)
{
    return QByteArray("got ") + QByteArray::number(got, 'g', 12) + ", expected " +
           QByteArray::number(want, 'g', 12) + " ± " + QByteArray::number(tol, 'g', 4);
}

double simpson(const std::function<double(double)> &f, double a, double b, int n = 4000)
{
    const double h = (b - a) / n;
    double s = f(a) + f(b);
    for (int i = 1; i < n; ++i)
        s += f(a + i * h) * (i % 2 ? 4.0 : 2.0);
    return s * h / 3.0;
}

// E[g(X)] by numerical integration over z (X = income(z), z ~ N(0, 1)), split
// at the clipping kinks so Simpson's rule stays accurate. Independent of the
// closed forms in the code under test.
struct Numeric
{
    double clipBias = 0.0; // E[Y − X]
    double varDiff = 0.0;  // Var(Y − X)
    double varY = 0.0;
};

Numeric numericMoments(const IncomeParams &p)
{
    std::function<double(double)> income;
    double zLow = -kInf, zHigh = kInf; // where X = 0 and X = C
    if (p.distribution == IncomeDistribution::Normal) {
        income = [&](double z) { return p.incomeMean + p.incomeSd * z; };
        zLow = -p.incomeMean / p.incomeSd;
        zHigh = (p.clip - p.incomeMean) / p.incomeSd;
    } else {
        const double s2 = std::log(1.0 + (p.incomeSd / p.incomeMean) * (p.incomeSd / p.incomeMean));
        const double ml = std::log(p.incomeMean) - s2 / 2.0, sl = std::sqrt(s2);
        income = [=](double z) { return std::exp(ml + sl * z); };
        zHigh = (std::log(p.clip) - ml) / sl;
    }
    auto pdf = [](double z) { return std::exp(-z * z / 2.0) / std::sqrt(2.0 * M_PI); };
    auto expect = [&](const std::function<double(double)> &g) {
        std::vector<double> cuts{-14.0};
        for (double z : {zLow, zHigh})
            if (z > -14.0 && z < 14.0)
                cuts.push_back(z);
        cuts.push_back(14.0);
        std::sort(cuts.begin(), cuts.end());
        double total = 0.0;
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
            total += simpson([&](double z) { return g(income(z)) * pdf(z); }, cuts[i], cuts[i + 1]);
        return total;
    };
    auto clipped = [&](double x) { return std::min(std::max(x, 0.0), p.clip); };
    Numeric n;
    n.clipBias = expect([&](double x) { return clipped(x) - x; });
    n.varDiff = expect([&](double x) { return (clipped(x) - x) * (clipped(x) - x); }) -
                n.clipBias * n.clipBias;
    const double ey = expect(clipped);
    n.varY = expect([&](double x) { return clipped(x) * clipped(x); }) - ey * ey;
    return n;
}

IncomeParams makeParams(std::uint64_t friends, std::uint64_t trials)
{
    IncomeParams p;
    p.friends = friends;
    p.trials = trials;
    return p;
}

// Two-sample Kolmogorov–Smirnov statistic.
double ksTwoSample(std::vector<double> a, std::vector<double> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::size_t i = 0, j = 0;
    double d = 0.0;
    while (i < a.size() && j < b.size()) {
        const double x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] <= x)
            ++i;
        while (j < b.size() && b[j] <= x)
            ++j;
        d = std::max(d, std::abs(double(i) / a.size() - double(j) / b.size()));
    }
    return d;
}

double sampleVariance(const std::vector<double> &v)
{
    double m = 0.0;
    for (double x : v)
        m += x;
    m /= v.size();
    double s = 0.0;
    for (double x : v)
        s += (x - m) * (x - m);
    return s / (v.size() - 1);
}

ParamValues withAssignments(const QString &assignments)
{
    ParamValues v = defaultValues(TypedLab<IncomeLab>::instance().params());
    for (const QString &a : assignments.split(';', Qt::SkipEmptyParts)) {
        const auto kv = a.split('=');
        v.set(kv[0].toStdString(), kv[1].toDouble());
    }
    return v;
}
} // namespace

class TestIncome : public QObject
{
    Q_OBJECT
private slots:
    void registeredWithDefaults();
    void badParams_data();
    void badParams();
    void clippingBiasClosedForm_data();
    void clippingBiasClosedForm();
    void unbiased_data();
    void unbiased();
    void standardError_data();
    void standardError();
    void modesAgree_data();
    void modesAgree();
    void normalSampler();
    void privacyFigures();
    void classicBoundValidity();
    void noClippingIsInfinite();
    void friendView();
    void friendIntervalCoverage();
    void friendCoverShare();
    void errorTheoryCurve();
    void oneFriend();
    void displaySample();
    void errorVsN();
    void exportData();
    void deterministic();
    void cancel();
};

void TestIncome::registeredWithDefaults()
{
    const LabModel *lab = findLab("income");
    QVERIFY(lab);
    const ParamValues v = defaultValues(lab->params());
    QVERIFY(!lab->validate(v));
    const IncomeParams p = TypedLab<IncomeLab>::toParams(v);
    QCOMPARE(p.friends, std::uint64_t(1000));
    QCOMPARE(p.incomeMean, 70000.0);
    QCOMPARE(p.noiseSd, 30000.0);
    QVERIFY(p.clipping);
    QCOMPARE(p.clip, 200000.0);
    QCOMPARE(p.delta, 1e-5);
    QCOMPARE(p.trials, std::uint64_t(2000));
    QCOMPARE(lab->csvColumns(),
             (std::vector<std::string>{"trial", "true_mean", "estimated_mean", "error"}));
}

void TestIncome::badParams_data()
{
    QTest::addColumn<QString>("assignments");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("negative income sd") << "income_sd=-1"
                                        << "income_sd"
                                        << "min=0";
    QTest::newRow("negative noise sd") << "noise_sd=-5"
                                       << "noise_sd"
                                       << "min=10";
    QTest::newRow("no friends") << "friends=0"
                                << "friends"
                                << "min=1";
    QTest::newRow("too many friends") << "friends=1e9"
                                      << "friends"
                                      << "out_of_range";
    QTest::newRow("C = 0") << "clip=0"
                           << "clip"
                           << "min=1000";
    QTest::newRow("C < 0") << "clip=-100"
                           << "clip"
                           << "min=1000";
    QTest::newRow("delta = 0") << "delta=0"
                               << "delta"
                               << "min=1e-12 max=0.1";
    QTest::newRow("delta = 1") << "delta=1"
                               << "delta"
                               << "min=1e-12 max=0.1";
    QTest::newRow("delta > 1") << "delta=1.5"
                               << "delta"
                               << "min=1e-12 max=0.1";
    QTest::newRow("delta < 0") << "delta=-0.1"
                               << "delta"
                               << "min=1e-12 max=0.1";
    QTest::newRow("friend beyond friends") << "friends=10;friend=10"
                                           << "friend"
                                           << "value=10 min=0 max=9";
    QTest::newRow("lognormal zero mean") << "income_dist=1;income_mean=0"
                                         << "income_mean"
                                         << "positive_for_lognormal";
    QTest::newRow("person mode too big") << "mode=1;friends=1e8;trials=1e5"
                                         << "mode"
                                         << "person_mode_limit";
    QTest::newRow("zero rounds") << "trials=0"
                                 << "trials"
                                 << "out_of_range";
    QTest::newRow("fractional friends") << "friends=10.5"
                                        << "friends"
                                        << "not_whole 'friends' value=10.5";
}

void TestIncome::badParams()
{
    QFETCH(QString, assignments);
    QFETCH(QString, param);
    QFETCH(QString, phrase);
    const auto err = TypedLab<IncomeLab>::instance().validate(withAssignments(assignments));
    QVERIFY2(err.has_value(), "expected a refusal");
    QCOMPARE(QString::fromStdString(err->param), param);
    QVERIFY2(QString::fromStdString(dp::debugString(*err)).contains(phrase),
             dp::debugString(*err).c_str());
}

void TestIncome::clippingBiasClosedForm_data()
{
    QTest::addColumn<int>("dist");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("clip");
    QTest::newRow("normal, C far above") << 0 << 70000.0 << 10000.0 << 200000.0;
    QTest::newRow("normal, C near mean") << 0 << 70000.0 << 10000.0 << 75000.0;
    QTest::newRow("normal, C below mean") << 0 << 70000.0 << 10000.0 << 60000.0;
    QTest::newRow("normal, many below 0") << 0 << 5000.0 << 10000.0 << 200000.0;
    QTest::newRow("normal, both ends") << 0 << 20000.0 << 30000.0 << 40000.0;
    QTest::newRow("lognormal, skewed") << 1 << 70000.0 << 50000.0 << 100000.0;
    QTest::newRow("lognormal, narrow") << 1 << 70000.0 << 10000.0 << 80000.0;
}

void TestIncome::clippingBiasClosedForm()
{
    QFETCH(int, dist);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, clip);
    IncomeParams p;
    p.distribution = static_cast<IncomeDistribution>(dist);
    p.incomeMean = mean;
    p.incomeSd = sd;
    p.clip = clip;
    const IncomeMoments m = incomeMoments(p);
    const Numeric n = numericMoments(p);
    const double tol = 1e-7 * sd;
    QVERIFY2(std::abs(m.clipBias() - n.clipBias) <= tol, describe(m.clipBias(), n.clipBias, tol));
    QVERIFY2(std::abs(m.varDiff - n.varDiff) <= 1e-6 * sd * sd,
             describe(m.varDiff, n.varDiff, 1e-6 * sd * sd));
    QVERIFY2(std::abs(m.varY - n.varY) <= 1e-6 * sd * sd, describe(m.varY, n.varY, 1e-6 * sd * sd));
    // Downward bias E[(X − C)⁺] when only the top is cut.
    if (p.distribution == IncomeDistribution::LogNormal)
        QVERIFY2(std::abs(m.clipBias() + m.excessAbove) <= tol,
                 "log-normal incomes are never below 0");
}

void TestIncome::unbiased_data()
{
    // Expected mean error: E[Y − X] (numeric, above) + μ_o − μ_assumed.
    QTest::addColumn<QString>("assignments");
    QTest::newRow("normal, no clipping, person") << "clipping=0;friends=100;trials=4000";
    QTest::newRow("normal, default clip, person") << "friends=300;trials=4000";
    QTest::newRow("lognormal, no clipping, person")
        << "income_dist=1;income_sd=40000;clipping=0;friends=100;trials=4000";
    QTest::newRow("clip bites, person") << "clip=75000;friends=100;trials=4000";
    QTest::newRow("clip bites, aggregate") << "clip=75000;friends=1000000;trials=20000";
    QTest::newRow("lognormal clip bites, aggregate")
        << "income_dist=1;income_sd=40000;clip=90000;friends=100000;trials=20000";
    QTest::newRow("wrong noise mean, person")
        << "wrong_noise_mean=1;assumed_noise_mean=25000;friends=100;trials=4000";
    QTest::newRow("wrong noise mean, aggregate")
        << "wrong_noise_mean=1;assumed_noise_mean=36000;friends=10000000;trials=20000";
}

void TestIncome::unbiased()
{
    QFETCH(QString, assignments);
    const ParamValues v = withAssignments(assignments);
    QVERIFY(!TypedLab<IncomeLab>::instance().validate(v));
    const IncomeParams p = TypedLab<IncomeLab>::toParams(v);
    const auto r = simulateIncome(p, 20240601);
    const double expected = (p.clipping ? numericMoments(p).clipBias : 0.0) +
                            (p.wrongNoiseMean ? p.noiseMean - p.assumedNoiseMean : 0.0);
    const double tol = 5.0 * r->sdError / std::sqrt(double(p.trials)); // 5 standard errors
    QVERIFY2(std::abs(r->meanError - expected) <= tol, describe(r->meanError, expected, tol));
    QVERIFY2(std::abs(r->errorTheoryMean - expected) <= 1e-6 * std::max(1.0, std::abs(expected)),
             describe(r->errorTheoryMean, expected, 1e-6));
}

void TestIncome::standardError_data()
{
    QTest::addColumn<quint64>("friends");
    QTest::addColumn<int>("mode");
    QTest::newRow("N=10 person") << quint64(10) << 1;
    QTest::newRow("N=1000 person") << quint64(1000) << 1;
    QTest::newRow("N=1000 aggregate") << quint64(1000) << 2;
    QTest::newRow("N=10^7 aggregate") << quint64(10000000) << 2;
}

void TestIncome::standardError()
{
    // Unclipped normal incomes: error = mean noise − μ_o, sd σ_o/√N; the
    // estimate against the population mean has sd √((s² + σ_o²)/N).
    QFETCH(quint64, friends);
    QFETCH(int, mode);
    constexpr std::uint64_t kRounds = 4000;
    IncomeParams p = makeParams(friends, kRounds);
    p.clipping = false;
    p.mode = static_cast<IncomeMode>(mode);
    const auto r = simulateIncome(p, 77);
    const double n = double(friends);
    const double noiseSe = 30000.0 / std::sqrt(n);
    QVERIFY2(std::abs(r->standardError - noiseSe) <= 1e-9 * noiseSe,
             describe(r->standardError, noiseSe, 0));
    QVERIFY2(std::abs((r->ciHigh - r->ciLow) - 2 * kZ95 * noiseSe) <= 1e-6 * noiseSe,
             "CI must be ±1.96·σ_o/√N");
    // sd of a sample sd ≈ σ/√(2(T − 1)) for normal data.
    const double tolFactor = 5.0 / std::sqrt(2.0 * (kRounds - 1));
    QVERIFY2(std::abs(r->sdError - noiseSe) <= tolFactor * noiseSe,
             describe(r->sdError, noiseSe, tolFactor * noiseSe));
    std::vector<double> popErrors;
    for (double e : r->estimates)
        popErrors.push_back(e - 70000.0);
    const double popSe = std::sqrt((10000.0 * 10000.0 + 30000.0 * 30000.0) / n);
    const double popSd = std::sqrt(sampleVariance(popErrors));
    QVERIFY2(std::abs(popSd - popSe) <= tolFactor * popSe,
             describe(popSd, popSe, tolFactor * popSe));
    QVERIFY2(std::abs(r->populationStandardError - popSe) <= 1e-9 * popSe,
             describe(r->populationStandardError, popSe, 0));
}

void TestIncome::modesAgree_data()
{
    QTest::addColumn<QString>("assignments");
    QTest::newRow("defaults") << "friends=200";
    QTest::newRow("no clipping") << "friends=200;clipping=0";
    QTest::newRow("heavy clipping") << "friends=200;clip=60000";
    QTest::newRow("lognormal clipped") << "friends=200;income_dist=1;income_sd=30000;clip=100000";
    // Little noise: the error is mostly the clipping part, where aggregate
    // mode uses the normal approximation (N = 1000 keeps it close).
    QTest::newRow("clipping dominates") << "friends=1000;clip=65000;noise_sd=100";
}

void TestIncome::modesAgree()
{
    QFETCH(QString, assignments);
    constexpr std::uint64_t kRounds = 4000;
    IncomeParams p = TypedLab<IncomeLab>::toParams(withAssignments(assignments));
    p.trials = kRounds;
    p.mode = IncomeMode::Person;
    const auto person = simulateIncome(p, 5);
    p.mode = IncomeMode::Aggregate;
    const auto aggregate = simulateIncome(p, 6);
    QCOMPARE(person->modeUsed, IncomeMode::Person);
    QCOMPARE(aggregate->modeUsed, IncomeMode::Aggregate);
    const double se = std::sqrt(
        (person->sdError * person->sdError + aggregate->sdError * aggregate->sdError) / kRounds);
    QVERIFY2(std::abs(person->meanError - aggregate->meanError) <= 5.0 * se,
             describe(aggregate->meanError, person->meanError, 5.0 * se));
    // Ratio of variances: each has relative sd √(2/(T − 1)).
    const double ratio =
        aggregate->sdError * aggregate->sdError / (person->sdError * person->sdError);
    const double ratioTol = 5.0 * std::sqrt(2.0 * 2.0 / (kRounds - 1));
    QVERIFY2(std::abs(ratio - 1.0) <= ratioTol, describe(ratio, 1.0, ratioTol));
    // Each against the exact error sd √((σ_o² + Var(Y − X))/N), whose parts are
    // checked against numerical integration in clippingBiasClosedForm; a
    // sample sd has relative sd ≈ 1/√(2(T − 1)) for near-normal errors.
    const double theory =
        std::sqrt((p.noiseSd * p.noiseSd + numericMoments(p).varDiff) / double(p.friends));
    const double sdTol = 5.0 / std::sqrt(2.0 * (kRounds - 1)) * theory;
    for (const auto &r : {person, aggregate})
        QVERIFY2(std::abs(r->sdError - theory) <= sdTol, describe(r->sdError, theory, sdTol));
    // Two-sample KS at α = 1e-6: c(α)·√((n + m)/(n m)), c(α) = √(−½ ln(α/2)).
    const double crit = std::sqrt(-0.5 * std::log(0.5e-6)) * std::sqrt(2.0 / kRounds);
    const double d = ksTwoSample(person->errors, aggregate->errors);
    QVERIFY2(d <= crit, describe(d, 0.0, crit));
}

void TestIncome::normalSampler()
{
    // The ziggurat against Φ: one-sample KS at α = 1e-6, mean, variance, and
    // the share beyond the tail start r (where a separate algorithm runs).
    constexpr std::size_t kSamples = 1000000;
    std::vector<double> z(kSamples);
    Rng rng(99, 3);
    fillStandardNormals(rng, z.data(), z.size());
    double mean = 0.0, sq = 0.0;
    std::size_t tail = 0;
    const double r = 3.442619855899;
    for (double x : z) {
        mean += x;
        sq += x * x;
        tail += std::abs(x) > r;
    }
    mean /= kSamples;
    const double var = sq / kSamples - mean * mean;
    QVERIFY2(std::abs(mean) <= 5.0 / std::sqrt(double(kSamples)),
             describe(mean, 0.0, 5.0 / 1000.0));
    const double varTol = 5.0 * std::sqrt(2.0 / kSamples);
    QVERIFY2(std::abs(var - 1.0) <= varTol, describe(var, 1.0, varTol));
    const double pTail = std::erfc(r / std::sqrt(2.0));
    const double expectTail = pTail * kSamples, tailTol = 5.0 * std::sqrt(expectTail);
    QVERIFY2(std::abs(double(tail) - expectTail) <= tailTol,
             describe(double(tail), expectTail, tailTol));
    std::sort(z.begin(), z.end());
    double d = 0.0;
    for (std::size_t i = 0; i < kSamples; ++i) {
        const double f = 0.5 * std::erfc(-z[i] / std::sqrt(2.0));
        d = std::max(
            {d, std::abs(f - double(i) / kSamples), std::abs(f - double(i + 1) / kSamples)});
    }
    const double crit = std::sqrt(-0.5 * std::log(0.5e-6)) / std::sqrt(double(kSamples));
    QVERIFY2(d <= crit, describe(d, 0.0, crit));
}

void TestIncome::privacyFigures()
{
    // science.md: C = 200,000, ε = 1, δ = 1e-5 → σ = 746,126; N = 1000 →
    // central sd 746, local 23,595 (a factor √1000).
    const auto r = simulateIncome(makeParams(1000, 10), 1);
    QVERIFY2(std::abs(r->sigmaForEpsilon1 - 746126.0) <= 0.5,
             describe(r->sigmaForEpsilon1, 746126.0, 0.5));
    QVERIFY2(std::abs(r->centralSeAtEpsilon1 - 746.0) <= 0.5,
             describe(r->centralSeAtEpsilon1, 746.0, 0.5));
    QVERIFY2(std::abs(r->localSeAtEpsilon1 - 23595.0) <= 0.5,
             describe(r->localSeAtEpsilon1, 23595.0, 0.5));
    QVERIFY2(std::abs(r->localCentralRatio - std::sqrt(1000.0)) < 1e-9, "ratio must be √N");
    // At the lab's own σ_o: local σ_o/√N, central σ_o/N.
    QVERIFY(std::abs(r->localStandardError - 30000.0 / std::sqrt(1000.0)) < 1e-9);
    QVERIFY(std::abs(r->centralStandardError - 30.0) < 1e-9);
    // ε for σ_o = 30,000 meets the definition δ(ε; σ_o) = δ with Δ = C.
    QCOMPARE(r->sensitivity, 200000.0);
    QVERIFY(std::isfinite(r->epsilonAnalytic) && r->epsilonAnalytic > 1.0);
    const double d = analyticGaussianDelta(r->epsilonAnalytic, 30000.0, 200000.0);
    QVERIFY2(std::abs(d - 1e-5) <= 1e-6 * 1e-5, describe(d, 1e-5, 1e-11));
    const double classic = std::sqrt(2.0 * std::log(1.25 / 1e-5)) * 200000.0 / 30000.0;
    QVERIFY2(std::abs(r->epsilonClassic - classic) <= 1e-12 * classic,
             describe(r->epsilonClassic, classic, 0));
}

void TestIncome::classicBoundValidity()
{
    IncomeParams p = makeParams(1000, 10);
    const auto big = simulateIncome(p, 1);
    QVERIFY(!big->classicApplies);
    const auto noted = [](const IncomeResult &r, const std::string &key, const std::string &value) {
        for (const auto &[k, v] : r.exportData().notes)
            if (k == key)
                return v == value;
        return false;
    };
    QVERIFY(noted(*big, "classic_bound", "outside_its_theorem"));
    p.noiseSd = 2e6; // classic ε = 4.8448·0.1 ≈ 0.48
    const auto small = simulateIncome(p, 1);
    QVERIFY(small->classicApplies);
    QVERIFY(small->epsilonAnalytic < small->epsilonClassic);
    QVERIFY(noted(*small, "classic_bound", "applies"));
}

void TestIncome::noClippingIsInfinite()
{
    IncomeParams p = makeParams(1000, 10);
    p.clipping = false;
    const auto r = simulateIncome(p, 1);
    QCOMPARE(r->epsilonAnalytic, kInf);
    QCOMPARE(r->epsilonClassic, kInf);
    QCOMPARE(r->sensitivity, kInf);
    QVERIFY(!r->classicApplies);
    QCOMPARE(r->clippingBias, 0.0);
    const ExportData d = r->exportData();
    bool noted = false;
    for (const auto &[k, text] : d.notes)
        noted |= k == "epsilon" && text == "infinite";
    QVERIFY(noted);
    QCOMPARE(QString::fromStdString(jsonNumber(r->epsilonAnalytic)), QStringLiteral("null"));
}

void TestIncome::friendView()
{
    IncomeParams p = makeParams(5000, 5);
    p.friendIndex = 4321;
    p.wrongNoiseMean = true;
    p.assumedNoiseMean = 20000.0;
    const auto r = simulateIncome(p, 8);
    QVERIFY2(std::abs((r->friendHigh - r->friendLow) - 2 * kZ95 * 30000.0) < 1e-6,
             "interval must be ±1.96 σ_o");
    QVERIFY(std::abs(r->friendGuess - (r->friendReport - 20000.0)) < 1e-9);
    QVERIFY(std::abs(r->friendReport - (r->friendClipped + r->friendNoise)) < 1e-6);
    QCOMPARE(r->friendClipped, std::min(std::max(r->friendIncome, 0.0), 200000.0));
    QVERIFY(std::abs(r->wrongMeanBias - 10000.0) < 1e-9);
}

void TestIncome::friendIntervalCoverage()
{
    // Plausible deniability, quantified: report − μ_o ± 1.96 σ_o covers the
    // (clipped) income of 95 % of friends.
    constexpr std::uint64_t kFriends = 40000;
    IncomeParams p = makeParams(kFriends, 1);
    Rng rng(3, 1);
    IncomeSums sums;
    std::vector<double> incomes, reports;
    QVERIFY(incomePersonSums(p, kFriends, rng, sums, &incomes, &reports, kFriends));
    QCOMPARE(incomes.size(), std::size_t(kFriends));
    std::size_t covered = 0;
    for (std::size_t i = 0; i < kFriends; ++i)
        covered += std::abs(reports[i] - 30000.0 - incomes[i]) <= kZ95 * 30000.0;
    const double share = double(covered) / kFriends;
    const double tol = 5.0 * std::sqrt(0.95 * 0.05 / kFriends);
    QVERIFY2(std::abs(share - 0.95) <= tol, describe(share, 0.95, tol));
}

void TestIncome::friendCoverShare()
{
    // The share of the 100,000 displayed incomes X ~ N(70,000, 10,000²) that
    // fall in the friend's range [lo, hi] is Φ((hi − μ)/s) − Φ((lo − μ)/s),
    // up to sampling noise: 5 binomial standard errors.
    constexpr std::uint64_t kFriends = 100000;
    IncomeParams p = makeParams(kFriends, 1);
    p.clipping = false;
    for (std::uint64_t seed : {3u, 9u}) {
        for (double sigma : {30000.0, 3000.0}) {
            p.noiseSd = sigma;
            const auto r = simulateIncome(p, seed);
            const double want = normalCdf((r->friendHigh - 70000.0) / 10000.0) -
                                normalCdf((r->friendLow - 70000.0) / 10000.0);
            const double tol =
                5.0 * std::sqrt(std::max(want * (1.0 - want), 1e-4) / kFriends) + 1.0 / kFriends;
            QVERIFY2(std::abs(r->friendCoverShare - want) <= tol,
                     describe(r->friendCoverShare, want, tol));
        }
    }
}

void TestIncome::errorTheoryCurve()
{
    // The curve is N(m, sd²) scaled to rounds per bin: its area divided by the
    // bin width is the number of rounds times the normal mass on the range,
    // and its peak is rounds·w/(sd·√(2π)).
    constexpr std::uint64_t kRounds = 500;
    const auto r = simulateIncome(makeParams(1000, kRounds), 5);
    const auto &c = r->errorTheoryCurve;
    QVERIFY(c.size() > 100);
    const double w = r->errorHistogram.binWidth();
    const double m = r->errorTheoryMean, sd = r->errorTheorySd;
    double area = 0.0, peak = 0.0;
    for (std::size_t i = 1; i < c.size(); ++i)
        area += 0.5 * (c[i].y + c[i - 1].y) * (c[i].x - c[i - 1].x);
    for (const auto &pt : c)
        peak = std::max(peak, pt.y);
    const double mass = normalCdf((c.back().x - m) / sd) - normalCdf((c.front().x - m) / sd);
    const double want = kRounds * mass;
    QVERIFY2(std::abs(area / w - want) <= 2e-3 * want, describe(area / w, want, 2e-3 * want));
    const double wantPeak = kRounds * w / (sd * std::sqrt(2.0 * M_PI));
    QVERIFY2(std::abs(peak - wantPeak) <= 1e-2 * wantPeak,
             describe(peak, wantPeak, 1e-2 * wantPeak));
    // No noise and no clipping bias: nothing to draw, and no NaN.
    IncomeParams p = makeParams(10, 5);
    p.noiseSd = 0.0;
    p.clipping = false;
    QVERIFY(simulateIncome(p, 1)->errorTheoryCurve.empty());
}

void TestIncome::oneFriend()
{
    IncomeParams p = makeParams(1, 200);
    const auto r = simulateIncome(p, 4);
    QCOMPARE(r->standardError, 30000.0);
    QCOMPARE(r->sampleSize, std::uint64_t(1));
    QVERIFY(std::abs(r->estimatedMean - r->friendGuess) < 1e-6);
}

void TestIncome::displaySample()
{
    IncomeParams p = makeParams(1000000, 1);
    const auto big = simulateIncome(p, 2);
    QCOMPARE(big->sampleSize, kIncomeSampleCap);
    QVERIFY(big->sampleIsPartial);
    QCOMPARE(big->incomeHistogram.total(), kIncomeSampleCap);
    QCOMPARE(big->reportHistogram.total(), kIncomeSampleCap);
    QCOMPARE(big->clippedHistogram.total(), kIncomeSampleCap);
    QVERIFY(big->incomeHistogram.underflow + big->incomeHistogram.overflow <
            kIncomeSampleCap / 100);
    p.friends = 100000000;
    p.trials = 100;
    const auto huge = simulateIncome(p, 2); // aggregate, round 1 partly per person
    QCOMPARE(huge->modeUsed, IncomeMode::Aggregate);
    QCOMPARE(huge->reportHistogram.total(), kIncomeSampleCap);
    const auto small = simulateIncome(makeParams(300, 10), 2);
    QCOMPARE(small->sampleSize, std::uint64_t(300));
    QVERIFY(!small->sampleIsPartial);
}

void TestIncome::errorVsN()
{
    // RMS over R = 1000 rounds: its square has relative sd √(2/R), so the RMS
    // itself about √(1/(2R)) ≈ 2.2 %; allow 5 of those.
    const auto r = simulateIncome(makeParams(1000, 10), 12);
    QCOMPARE(r->errorVsN.size(), std::size_t(17));
    QCOMPARE(r->errorVsN.front().friends, 1.0);
    QCOMPARE(r->errorVsN.back().friends, 1e8);
    for (const auto &pt : r->errorVsN) {
        const double line = 30000.0 / std::sqrt(pt.friends);
        QVERIFY(std::abs(pt.noiseSd - line) <= 1e-9 * line);
        const double tol = 5.0 * std::sqrt(1.0 / (2.0 * pt.rounds));
        QVERIFY2(std::abs(pt.rmsError / pt.theoryRms - 1.0) <= tol,
                 describe(pt.rmsError, pt.theoryRms, tol * pt.theoryRms));
    }
}

void TestIncome::exportData()
{
    const auto r = simulateIncome(makeParams(500, 37), 3);
    const ExportData d = r->exportData();
    QCOMPARE(d.csvColumns,
             (std::vector<std::string>{"trial", "true_mean", "estimated_mean", "error"}));
    QCOMPARE(d.csvRows.size(), std::size_t(37));
    for (std::size_t t = 0; t < d.csvRows.size(); ++t) {
        QCOMPARE(d.csvRows[t][0], double(t + 1));
        QVERIFY(std::abs(d.csvRows[t][3] - (d.csvRows[t][2] - d.csvRows[t][1])) < 1e-6);
    }
    const std::vector<std::string> required{"true_mean",
                                            "estimated_mean",
                                            "ci_low",
                                            "ci_high",
                                            "standard_error",
                                            "epsilon_analytic",
                                            "epsilon_classic",
                                            "delta",
                                            "clipping_bias",
                                            "central_standard_error",
                                            "local_standard_error"};
    const auto keys = TypedLab<IncomeLab>::instance().jsonKeys();
    for (const auto &k : required) {
        bool found = false;
        for (const auto &f : d.figures)
            found |= f.first == k;
        QVERIFY2(found, k.c_str());
        QVERIFY2(std::find(keys.begin(), keys.end(), k) != keys.end(), k.c_str());
    }
}

void TestIncome::deterministic()
{
    const IncomeParams p = makeParams(2000, 50);
    const auto a = simulateIncome(p, 11);
    const auto b = simulateIncome(p, 11);
    const auto c = simulateIncome(p, 12);
    QVERIFY(a->errors == b->errors);
    QCOMPARE(a->friendReport, b->friendReport);
    QVERIFY(a->errors != c->errors);
}

void TestIncome::cancel()
{
    CancelFlag flag{true};
    QVERIFY(!simulateIncome(makeParams(1000, 100), 1, &flag));
    QVERIFY(!TypedLab<IncomeLab>::instance().run(
        defaultValues(TypedLab<IncomeLab>::instance().params()), 1, &flag));
}

QTEST_APPLESS_MAIN(TestIncome)
#include "tst_income.moc"
