// Privacy-budget lab: composition rules against published values, the
// accountant's arithmetic and refusals, the averaging and reconstruction attacks.
#include <QFile>
#include <QTest>

#include "labs/budget/budget.h"
#include "mechanisms/accountant.h"
#include "mechanisms/composition.h"

#include <cmath>
#include <limits>

using namespace dp;

namespace {

QByteArray describe(double got, double want, double tol = 0.0)
{
    return QByteArray("got ") + QByteArray::number(got, 'g', 15) + ", expected " +
           QByteArray::number(want, 'g', 15) +
           (tol > 0 ? " ± " + QByteArray::number(tol, 'g', 4) : "");
}

struct Snapshot
{
    double spent, remaining;
    std::uint64_t queries;
    BoundUsed bound;
    std::int64_t units;
    bool operator==(const Snapshot &o) const
    {
        // Bit-for-bit: a refused query must not even perturb the floating sums.
        return std::memcmp(&spent, &o.spent, sizeof spent) == 0 &&
               std::memcmp(&remaining, &o.remaining, sizeof remaining) == 0 &&
               queries == o.queries && bound == o.bound && units == o.units;
    }
};
Snapshot snap(const Accountant &a)
{
    return {a.spent(), a.remaining(), a.queries(), a.boundUsed(), a.spentUnitsBasic()};
}

} // namespace

class TestBudget : public QObject
{
    Q_OBJECT
private slots:
    void publishedComposition();
    void advancedWorseForFewQueries();
    void crossoverIsExact();
    void zcdpRoundTrip_data();
    void zcdpRoundTrip();
    void queriesAllowedAreLargestFitting();
    void tenTimesPointOne();
    void exactlyAtBoundary();
    void roundingNeverOverspends();
    void offGridSpendRoundsUp();
    void refusedQueryChangesNothing();
    void badSpends();
    void parallelCostsMaximum();
    void accountantUsesBetterBound_data();
    void accountantUsesBetterBound();
    void averagingErrorMatchesTheory_data();
    void averagingErrorMatchesTheory();
    void exactRoundingProbability();
    void exactRecoveryBoundary();
    void reconstructionLowNoise();
    void reconstructionHighNoise();
    void simulateIsDeterministic();
    void badParameters_data();
    void badParameters();
    void exportHasColumnsAndKeys();
    void lessonFiguresMatch();
};

void TestBudget::publishedComposition()
{
    // science.md, computed from Dwork & Roth Thm 3.20 and Bun & Steinke 2016.
    const double adv = advancedEpsilon(100, 0.1, 1e-5);
    QVERIFY2(std::fabs(adv - 5.850235) < 5e-7, describe(adv, 5.850235));
    const double rho = 100 * zcdpRhoPure(0.1);
    QVERIFY2(std::fabs(rho - 0.5) < 1e-12, describe(rho, 0.5));
    const double bs = zcdpToEpsilonBunSteinke(rho, 1e-5);
    QVERIFY2(std::fabs(bs - 5.298526) < 5e-7, describe(bs, 5.298526));
    const double cks = zcdpToEpsilonCks(rho, 1e-5);
    QVERIFY2(std::fabs(cks - 4.728387) < 5e-6, describe(cks, 4.728387));
    QVERIFY(std::fabs(basicEpsilon(100, 0.1) - 10.0) < 1e-12);
    // Gaussian ρ = Δ²/(2σ²).
    QCOMPARE(zcdpRhoGaussian(2.0, 1.0), 0.125);
}

void TestBudget::advancedWorseForFewQueries()
{
    // k = 4, ε = 0.1: advanced exceeds 1 where basic gives 0.4.
    const double adv = advancedEpsilon(4, 0.1, 1e-5);
    QVERIFY2(adv > 1.0, describe(adv, 1.0));
    QVERIFY(basicEpsilon(4, 0.1) < 0.41);
}

void TestBudget::crossoverIsExact()
{
    for (double eps : {0.01, 0.1, 0.3, 0.6}) {
        const std::uint64_t k = advancedCrossover(eps, 1e-5);
        QVERIFY2(k > 1, qPrintable(QString::number(eps)));
        QVERIFY(advancedEpsilon(double(k), eps, 1e-5) < basicEpsilon(double(k), eps));
        QVERIFY(advancedEpsilon(double(k - 1), eps, 1e-5) >= basicEpsilon(double(k - 1), eps));
    }
    QCOMPARE(advancedCrossover(std::log(2.0) + 1e-9, 1e-5), std::uint64_t(0)); // never better
    QCOMPARE(advancedCrossover(1.0, 1e-5), std::uint64_t(0));
}

void TestBudget::zcdpRoundTrip_data()
{
    QTest::addColumn<double>("rho");
    QTest::addColumn<double>("delta");
    for (double rho : {1e-6, 1e-3, 0.05, 0.5, 3.0, 40.0})
        for (double delta : {1e-10, 1e-5, 1e-2})
            QTest::addRow("rho=%g delta=%g", rho, delta) << rho << delta;
}

void TestBudget::zcdpRoundTrip()
{
    QFETCH(double, rho);
    QFETCH(double, delta);
    const double eps = zcdpToEpsilonBunSteinke(rho, delta);
    const double back = epsilonToZcdpRho(eps, delta);
    QVERIFY2(std::fabs(back - rho) <= 1e-10 * rho, describe(back, rho));
    const double cks = zcdpToEpsilonCks(rho, delta);
    // CKS is never looser than Bun–Steinke (it may reach 0 when δ covers everything).
    QVERIFY2(cks <= eps && cks >= 0.0, describe(cks, eps));
}

void TestBudget::queriesAllowedAreLargestFitting()
{
    QCOMPARE(queriesAllowedBasic(1.0, 0.1), std::uint64_t(10));
    QCOMPARE(queriesAllowedBasic(0.3, 0.1), std::uint64_t(3));
    QCOMPARE(queriesAllowedBasic(1.0, 0.3), std::uint64_t(3));
    for (double eps : {0.01, 0.1, 0.5}) {
        const std::uint64_t k = queriesAllowedAdvanced(1.0, eps, 1e-5);
        QVERIFY(advancedEpsilon(double(k + 1), eps, 1e-5) > 1.0 - 1e-12);
        if (k > 0)
            QVERIFY(advancedEpsilon(double(k), eps, 1e-5) <= 1.0);
        const std::uint64_t z =
            queriesAllowedZcdp(1.0, zcdpRhoPure(eps), 1e-5, ZcdpConversion::CanonneKamathSteinke);
        QVERIFY(zcdpToEpsilonCks(double(z + 1) * zcdpRhoPure(eps), 1e-5) > 1.0 - 1e-12);
        if (z > 0)
            QVERIFY(zcdpToEpsilonCks(double(z) * zcdpRhoPure(eps), 1e-5) <= 1.0);
    }
    // ε = 0.01: advanced allows more than basic; ε = 0.1: fewer (0 for budget 1).
    QVERIFY(queriesAllowedAdvanced(1.0, 0.01, 1e-5) > queriesAllowedBasic(1.0, 0.01));
    QVERIFY(queriesAllowedAdvanced(1.0, 0.1, 1e-5) < queriesAllowedBasic(1.0, 0.1));
}

void TestBudget::tenTimesPointOne()
{
    // The double 0.1 is slightly above 1/10, and 0.1 + … + 0.1 (10 times) in
    // doubles is 0.9999999999999999: neither may decide the 10th or 11th query.
    Accountant a(1.0, CompositionRule::Basic, 1e-5);
    for (int i = 0; i < 10; ++i)
        QVERIFY2(a.spend(0.1).status == SpendStatus::Accepted, qPrintable(QString::number(i)));
    QCOMPARE(a.spend(0.1).status, SpendStatus::OverBudget);
    QCOMPARE(a.queries(), std::uint64_t(10));
    QCOMPARE(a.spent(), 1.0);
    QCOMPARE(a.remaining(), 0.0);
    QVERIFY(a.spent() <= a.budget());
}

void TestBudget::exactlyAtBoundary()
{
    Accountant a(1.0, CompositionRule::Basic, 1e-5);
    QCOMPARE(a.spend(0.1).status, SpendStatus::Accepted);
    QCOMPARE(a.spend(0.2).status, SpendStatus::Accepted);
    // 0.1 + 0.2 + 0.7 is 1.0000000000000002 in doubles; exactly 1 in the ledger.
    QCOMPARE(a.check(0.7000000001).status, SpendStatus::OverBudget);
    QCOMPARE(a.spend(0.7).status, SpendStatus::Accepted);
    QCOMPARE(a.spent(), 1.0);
    QCOMPARE(a.spend(1e-9).status, SpendStatus::OverBudget); // one ledger unit more
    Accountant b(0.3, CompositionRule::Basic, 1e-5);
    QCOMPARE(b.spend(0.1).status, SpendStatus::Accepted);
    QCOMPARE(b.spend(0.2).status, SpendStatus::Accepted);
    QCOMPARE(b.spend(1e-9).status, SpendStatus::OverBudget);
}

void TestBudget::roundingNeverOverspends()
{
    // Random decimal spends of 0.001 … 0.500 against budgets of 0.5 … 5:
    // every decision must match exact integer arithmetic in thousandths.
    Rng rng(2024, 11);
    const int kAccountants = 400;
    for (int n = 0; n < kAccountants; ++n) {
        const std::int64_t budgetMilli = 500 + std::int64_t(rng.below(4501));
        Accountant a(double(budgetMilli) / 1000.0, CompositionRule::Basic, 1e-5);
        std::int64_t spentMilli = 0;
        for (int q = 0; q < 60; ++q) {
            const std::int64_t e = 1 + std::int64_t(rng.below(500));
            const bool fits = spentMilli + e <= budgetMilli;
            const SpendOutcome out = a.spend(double(e) / 1000.0);
            QVERIFY2((out.status == SpendStatus::Accepted) == fits,
                     qPrintable(QStringLiteral("budget %1 spent %2 ask %3")
                                    .arg(budgetMilli)
                                    .arg(spentMilli)
                                    .arg(e)));
            if (fits)
                spentMilli += e;
            QVERIFY(a.spent() <= a.budget());
            QCOMPARE(a.spentUnitsBasic(), spentMilli * 1'000'000);
        }
    }
}

void TestBudget::offGridSpendRoundsUp()
{
    // 1/7 is not a 9-place decimal: it rounds up, so seven of them no longer fit
    // a budget of 1 — the tolerance errs towards refusing, never overspending.
    Accountant a(1.0, CompositionRule::Basic, 1e-5);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(a.spend(1.0 / 7.0).status, SpendStatus::Accepted);
    QCOMPARE(a.spend(1.0 / 7.0).status, SpendStatus::OverBudget);
    QCOMPARE(epsilonToUnits(1.0 / 7.0), std::int64_t(142857143));
    QCOMPARE(budgetToUnits(1.0 / 7.0), std::int64_t(142857142));
    QCOMPARE(epsilonToUnits(0.1), std::int64_t(100000000));
    QCOMPARE(budgetToUnits(0.3), std::int64_t(300000000));
}

void TestBudget::refusedQueryChangesNothing()
{
    for (CompositionRule rule :
         {CompositionRule::Basic, CompositionRule::Advanced, CompositionRule::Zcdp}) {
        Accountant a(1.0, rule, 1e-5, 3);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.spend(0.15, i % 2 ? 1 : kWholeDatabase).status, SpendStatus::Accepted);
        const Snapshot before = snap(a);
        QCOMPARE(a.spend(0.5).status, SpendStatus::OverBudget);
        QCOMPARE(a.spend(0.9, 1).status, SpendStatus::OverBudget);
        QCOMPARE(a.spend(std::numeric_limits<double>::quiet_NaN()).status, SpendStatus::BadEpsilon);
        QCOMPARE(a.spend(0.1, 7).status, SpendStatus::BadGroup);
        QVERIFY2(snap(a) == before, qPrintable(QString::number(int(rule))));
        // What fitted before the refusals still fits, and the same amount.
        const SpendOutcome out = a.spend(0.25);
        QCOMPARE(out.status, SpendStatus::Accepted);
        QVERIFY(a.spent() <= 1.0);
    }
}

void TestBudget::badSpends()
{
    Accountant a(1.0, CompositionRule::Basic, 1e-5);
    for (double e : {0.0, -0.1, std::numeric_limits<double>::infinity(),
                     std::numeric_limits<double>::quiet_NaN(), 2e6})
        QCOMPARE(a.spend(e).status, SpendStatus::BadEpsilon);
    QCOMPARE(a.spend(0.1, 0).status, SpendStatus::BadGroup); // no groups
    QCOMPARE(a.queries(), std::uint64_t(0));
    QCOMPARE(a.spent(), 0.0);
    QCOMPARE(a.boundUsed(), BoundUsed::None);
}

void TestBudget::parallelCostsMaximum()
{
    // Ten disjoint histogram bins, each asked at ε = 1: total ε is 1, not 10.
    Accountant a(1.0, CompositionRule::Basic, 1e-5, 10);
    for (int g = 0; g < 10; ++g)
        QCOMPARE(a.spend(1.0, g).status, SpendStatus::Accepted);
    QCOMPARE(a.spent(), 1.0);
    QCOMPARE(a.spend(0.1, 3).status, SpendStatus::OverBudget);
    QCOMPARE(a.spend(0.1).status, SpendStatus::OverBudget); // the whole database touches every bin
    Accountant b(1.0, CompositionRule::Basic, 1e-5, 4);
    QCOMPARE(b.spend(0.5).status, SpendStatus::Accepted);
    QCOMPARE(b.spend(0.3, 0).status, SpendStatus::Accepted);
    QCOMPARE(b.spend(0.5, 1).status, SpendStatus::Accepted);
    QCOMPARE(b.spent(), 1.0);
    QCOMPARE(b.spentOn(0), 0.8);
    QCOMPARE(b.spend(0.2, 0).status, SpendStatus::Accepted);
    QCOMPARE(b.spend(0.1, 2).status, SpendStatus::Accepted);
}

void TestBudget::accountantUsesBetterBound_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<double>("eps");
    QTest::addRow("advanced eps=0.01") << int(CompositionRule::Advanced) << 0.01;
    QTest::addRow("advanced eps=0.1") << int(CompositionRule::Advanced) << 0.1;
    QTest::addRow("zcdp eps=0.01") << int(CompositionRule::Zcdp) << 0.01;
    QTest::addRow("zcdp eps=0.1") << int(CompositionRule::Zcdp) << 0.1;
    QTest::addRow("zcdp eps=0.5") << int(CompositionRule::Zcdp) << 0.5;
}

void TestBudget::accountantUsesBetterBound()
{
    QFETCH(int, rule);
    QFETCH(double, eps);
    const auto r = CompositionRule(rule);
    Accountant a(1.0, r, 1e-5);
    while (a.spend(eps).status == SpendStatus::Accepted)
        QVERIFY(a.queries() < 100000);
    const std::uint64_t basic = queriesAllowedBasic(1.0, eps);
    const std::uint64_t ruleAllows =
        r == CompositionRule::Advanced
            ? queriesAllowedAdvanced(1.0, eps, 1e-5)
            : queriesAllowedZcdp(1.0, zcdpRhoPure(eps), 1e-5, ZcdpConversion::CanonneKamathSteinke);
    QCOMPARE(a.queries(), std::max(basic, ruleAllows));
    QCOMPARE(a.boundUsed(),
             ruleAllows > basic
                 ? (r == CompositionRule::Advanced ? BoundUsed::Advanced : BoundUsed::Zcdp)
                 : BoundUsed::Basic);
    QVERIFY2(a.spent() <= 1.0, describe(a.spent(), 1.0));
}

void TestBudget::averagingErrorMatchesTheory_data()
{
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("k");
    for (int mech : {0, 1})
        for (int mode : {1, 2})
            for (int k : {1, 10, 400})
                QTest::addRow("%s %s k=%d", mech ? "gaussian" : "laplace",
                              mode == 1 ? "per-answer" : "aggregate", k)
                    << mech << mode << k;
}

void TestBudget::averagingErrorMatchesTheory()
{
    QFETCH(int, mechanism);
    QFETCH(int, mode);
    QFETCH(int, k);
    const auto mech = NoiseMechanism(mechanism);
    const double scale = budgetNoiseScale(mech, 0.5, 1e-5);
    const double sd = budgetAnswerSd(mech, 0.5, 1e-5) / std::sqrt(double(k)); // σ/√k
    const int kTrials = 20000;
    double sum = 0.0, sq = 0.0;
    int inside = 0;
    for (int t = 0; t < kTrials; ++t) {
        Rng rng(77, std::uint64_t(t));
        const double e = averagingError(rng, mech, scale, std::uint64_t(k), AveragingMode(mode));
        sum += e;
        sq += e * e;
        inside += std::fabs(e) < 0.5;
    }
    // Kurtosis of the mean of k answers: 3 + 3/k (Laplace), 3 (Gaussian).
    const double kurtosis = 3.0 + (mech == NoiseMechanism::Laplace ? 3.0 / k : 0.0);
    const double rms = std::sqrt(sq / kTrials);
    const double tolSd = 5.0 * sd * std::sqrt((kurtosis - 1.0) / (4.0 * kTrials));
    QVERIFY2(std::fabs(rms - sd) < tolSd, describe(rms, sd, tolSd));
    const double tolMean = 5.0 * sd / std::sqrt(double(kTrials));
    QVERIFY2(std::fabs(sum / kTrials) < tolMean, describe(sum / kTrials, 0.0, tolMean));
    // The share that rounds to the secret against the exact probability.
    const double p = dp::exactRoundingProbability(mech, scale, std::uint64_t(k));
    const double tolP = 5.0 * std::sqrt(p * (1 - p) / kTrials) + 1e-9;
    QVERIFY2(std::fabs(double(inside) / kTrials - p) < tolP,
             describe(double(inside) / kTrials, p, tolP));
}

void TestBudget::exactRoundingProbability()
{
    // k = 1, Laplace: P(|X| < ½) = 1 − e^(−1/(2b)) in closed form.
    for (double b : {0.3, 1.0, 10.0}) {
        const double p = dp::exactRoundingProbability(NoiseMechanism::Laplace, b, 1);
        const double want = -std::expm1(-0.5 / b);
        QVERIFY2(std::fabs(p - want) < 1e-8, describe(p, want));
    }
    // k = 2, Laplace(1): the sum S has density (1 + |s|)e^(−|s|)/4, so
    // P(|S| < a) = 1 − e^(−a)(1 + a/2); the mean is within ½ when |S| < 1.
    const double p2 = dp::exactRoundingProbability(NoiseMechanism::Laplace, 1.0, 2);
    const double want2 = 1.0 - std::exp(-1.0) * 1.5;
    QVERIFY2(std::fabs(p2 - want2) < 1e-8, describe(p2, want2));
    const double g = dp::exactRoundingProbability(NoiseMechanism::Gaussian, 2.0, 16);
    QVERIFY2(std::fabs(g - std::erf(1.0 / std::sqrt(2.0))) < 1e-14, describe(g, 0.6826894921));
}

void TestBudget::exactRecoveryBoundary()
{
    for (auto mech : {NoiseMechanism::Laplace, NoiseMechanism::Gaussian}) {
        for (double eps : {0.1, 1.0}) {
            const double scale = budgetNoiseScale(mech, eps, 1e-5);
            const std::uint64_t k = exactRecoveryQueries(mech, scale);
            QVERIFY(k >= 1);
            QVERIFY(dp::exactRoundingProbability(mech, scale, k) >= 0.95);
            if (k > 1)
                QVERIFY(dp::exactRoundingProbability(mech, scale, k - 1) < 0.95);
            // Near the normal-theory value (2·1.96·σ)² for large k.
            const double sd = budgetAnswerSd(mech, eps, 1e-5);
            const double normal = std::pow(2 * 1.959964 * sd, 2);
            if (normal > 100)
                QVERIFY2(std::fabs(double(k) / normal - 1.0) < 0.05, describe(double(k), normal));
        }
    }
}

void TestBudget::reconstructionLowNoise()
{
    // 100 rows from 1,000 queries with noise of scale 1: ≥ 95 % come back.
    Rng rng(11, 3);
    ReconstructionRun run;
    QVERIFY(runReconstruction(100, {1000}, NoiseMechanism::Gaussian, rng, run));
    const ReconstructionScore s = scoreReconstruction(run, 0, 1.0);
    QVERIFY2(s.share >= 0.95, describe(s.share, 0.95));
    // Least-squares error per row ≈ 2σ/√m.
    const double theory = 2.0 / std::sqrt(1000.0);
    QVERIFY2(std::fabs(s.rmsError / theory - 1.0) < 0.3, describe(s.rmsError, theory));
}

void TestBudget::reconstructionHighNoise()
{
    // 100 rows from 2,000 queries with noise 10·√rows: at most 60 %.
    Rng rng(12, 3);
    ReconstructionRun run;
    QVERIFY(runReconstruction(100, {2000}, NoiseMechanism::Laplace, rng, run));
    const ReconstructionScore s = scoreReconstruction(run, 0, 100.0);
    QVERIFY2(s.share <= 0.60, describe(s.share, 0.60));
    const double theory = 2.0 * 100.0 / std::sqrt(2000.0);
    QVERIFY2(std::fabs(s.rmsError / theory - 1.0) < 0.3, describe(s.rmsError, theory));
}

void TestBudget::simulateIsDeterministic()
{
    BudgetParams p;
    p.trials = 200;
    const auto a = simulateBudget(p, 5), b = simulateBudget(p, 5), c = simulateBudget(p, 6);
    QVERIFY(a && b && c);
    QVERIFY(a->csvError == b->csvError);
    QVERIFY(a->csvError != c->csvError);
    QCOMPARE(a->reconstructedShare, b->reconstructedShare);
    QCOMPARE(a->queriesAllowedBasic, std::uint64_t(10));
    QCOMPARE(a->csvError.size(), std::size_t(200) * a->averaging.size());
    QCOMPARE(a->averaging.back().k, std::uint64_t(100));
    CancelFlag cancel{true};
    QVERIFY(!simulateBudget(p, 5, &cancel));
}

void TestBudget::badParameters_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addRow("budget 0") << "budget" << 0.0;
    QTest::addRow("budget negative") << "budget" << -1.0;
    QTest::addRow("epsilon 0") << "epsilon_per_query" << 0.0;
    QTest::addRow("delta 1") << "delta" << 1.0;
    QTest::addRow("delta 0") << "delta" << 0.0;
    QTest::addRow("queries 0") << "queries" << 0.0;
    QTest::addRow("queries 20000") << "queries" << 20000.0;
    QTest::addRow("queries 2.5") << "queries" << 2.5;
    QTest::addRow("rows 5000") << "rows" << 5000.0;
    QTest::addRow("trials 0") << "trials" << 0.0;
    QTest::addRow("noise negative") << "noise_scale" << -1.0;
    QTest::addRow("composition 3") << "composition" << 3.0;
    QTest::addRow("mechanism nan") << "mechanism" << std::numeric_limits<double>::quiet_NaN();
}

void TestBudget::badParameters()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    const auto &lab = TypedLab<BudgetLab>::instance();
    ParamValues v = defaultValues(lab.params());
    QVERIFY(!lab.validate(v));
    v.set(id.toStdString(), value);
    const auto err = lab.validate(v);
    QVERIFY2(err, qPrintable(id));
    QCOMPARE(QString::fromStdString(err->param), id);
    // The refusal carries the number asked for (NaN: the code says "not finite").
    if (std::isnan(value))
        QVERIFY2(err->code == ParamErrorCode::NotFinite, debugString(*err).c_str());
    else
        QVERIFY2(err->value == value, debugString(*err).c_str());
}

void TestBudget::exportHasColumnsAndKeys()
{
    BudgetParams p;
    p.trials = 10;
    const auto r = simulateBudget(p, 1);
    const ExportData d = r->exportData();
    QCOMPARE(d.csvColumns,
             (std::vector<std::string>{"queries", "trial", "attacker_estimate", "error"}));
    for (const char *key :
         {"epsilon_basic", "epsilon_advanced", "epsilon_zcdp", "queries_allowed_basic",
          "queries_allowed_advanced", "queries_allowed_zcdp", "attacker_exact_after",
          "reconstructed_share"}) {
        bool found = false;
        for (const auto &f : d.figures)
            found = found || f.first == key;
        QVERIFY2(found, key);
    }
    QCOMPARE(r->epsilonBasic, 100 * 0.1);
    QVERIFY(std::fabs(r->epsilonAdvanced - 5.850235) < 1e-6);
    QVERIFY(std::fabs(r->epsilonZcdp - 4.728387) < 1e-5);
}

void TestBudget::lessonFiguresMatch()
{
    // Every figure the English and German lessons state, recomputed.
    for (const char *lang : {"en", "de"}) {
        QFile f(QStringLiteral(EPSILON_LESSON_DIR "/%1/budget.md").arg(QLatin1String(lang)));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString text = QString::fromUtf8(f.readAll());
        const bool de = QLatin1String(lang) == QLatin1String("de");
        auto has = [&](const QString &en, const QString &ger) {
            const QString want = de ? ger : en;
            QVERIFY2(text.contains(want), qPrintable(f.fileName() + QStringLiteral(": ") + want));
        };
        // Step 1: ≈ 3,000 answers (exact k), error after the 10 allowed.
        const std::uint64_t k = exactRecoveryQueries(NoiseMechanism::Laplace, 10.0);
        QVERIFY2(k > 2900 && k < 3150, qPrintable(QString::number(k)));
        QCOMPARE(queriesAllowedBasic(1.0, 0.1), std::uint64_t(10));
        QVERIFY(std::fabs(std::sqrt(2.0) * 10.0 / std::sqrt(10.0) - 4.5) < 0.05);
        has(QStringLiteral("About 3,000 answers"), QStringLiteral("Etwa 3.000 Antworten"));
        // Step 2: ε = 1 → 31.
        QCOMPARE(exactRecoveryQueries(NoiseMechanism::Laplace, 1.0), std::uint64_t(31));
        has(QStringLiteral("About 31."), QStringLiteral("Etwa 31."));
        // Step 4: 10 against 3, crossover 29 at ε ≈ 2.9, 400 against 100.
        QCOMPARE(queriesAllowedAdvanced(1.0, 0.1, 1e-5), std::uint64_t(3));
        QCOMPARE(advancedCrossover(0.1, 1e-5), std::uint64_t(29));
        QVERIFY(std::fabs(advancedEpsilon(29, 0.1, 1e-5) - 2.9) < 0.05);
        QCOMPARE(queriesAllowedAdvanced(1.0, 0.01, 1e-5), std::uint64_t(400));
        QCOMPARE(queriesAllowedBasic(1.0, 0.01), std::uint64_t(100));
        has(QStringLiteral("10 queries against 3"), QStringLiteral("10 Abfragen gegen 3"));
        has(QStringLiteral("k = 29"), QStringLiteral("k = 29"));
        has(QStringLiteral("allows 400 queries where basic allows 100"),
            QStringLiteral("400 Abfragen, die einfache nur 100"));
        // Step 5 and the formulas: 4.7, 10 and 5.9 / 5.85.
        QVERIFY(std::fabs(zcdpToEpsilonCks(0.5, 1e-5) - 4.7) < 0.05);
        has(QStringLiteral("ε ≈ 4.7"), QStringLiteral("ε ≈ 4,7"));
        has(QStringLiteral("ε′ = 5.85"), QStringLiteral("ε′ = 5,85"));
    }
}

QTEST_APPLESS_MAIN(TestBudget)
#include "tst_budget.moc"
