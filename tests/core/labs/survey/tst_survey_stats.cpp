// Statistical tests of the coin-flip survey (core/survey.h): the estimator is
// unbiased at many settings in both simulation modes, its spread matches the
// fixed-population formula, the per-person and aggregate modes have the same
// (exact) distribution, and the analyst's formula λ(1 − λ)/(N p²) is the
// spread when the respondents are themselves a random sample.
//
// Fixed seeds, named sample sizes, 5-standard-error or α = 1e-6 tolerances
// (stattest.h); expected values from the formulas in surveytest.h.

#include "random/samplers.h"
#include "surveytest.h"

#include <QTest>

using namespace surveytest;

class TestSurveyStats : public QObject
{
    Q_OBJECT

private slots:
    void unbiased_data();
    void unbiased();
    void variance_data();
    void variance();
    void personMatchesAggregate_data();
    void personMatchesAggregate();
    void superpopulationStatistical();
};

// ---------------------------------------------------------------- statistics

void TestSurveyStats::unbiased_data()
{
    // The trap: a course notebook's biased-coin estimator compared the coin
    // the wrong way round; it is only caught when p ≠ ½ or q ≠ ½. So: many
    // settings, both modes.
    QTest::addColumn<dp::SurveyMode>("mode");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("pi");
    for (auto mode : {dp::SurveyMode::Person, dp::SurveyMode::Aggregate})
        for (double p : {0.1, 0.3, 0.5, 0.75, 0.95, 1.0})
            for (double q : {0.0, 0.2, 0.5, 0.9, 1.0})
                for (double pi : {0.0, 0.04, 0.3, 0.5, 1.0})
                    QTest::addRow("%s p=%g q=%g pi=%g",
                                  mode == dp::SurveyMode::Person ? "person" : "aggregate", p, q, pi)
                        << mode << p << q << pi;
}

void TestSurveyStats::unbiased()
{
    // Mean of kSurveys estimates within 5 standard errors of the true share,
    // standard error = (fixed-population sd)/√kSurveys from the formula.
    QFETCH(dp::SurveyMode, mode);
    QFETCH(double, p);
    QFETCH(double, q);
    QFETCH(double, pi);
    constexpr std::uint64_t kPopulation = 500, kSurveys = 2000;
    const auto r = dp::simulateSurvey(makeParams(kPopulation, pi, p, q, kSurveys, mode), 77);
    QVERIFY(r);
    QVERIFY(r->modeUsed == mode);
    const double k = std::round(pi * kPopulation);
    const double truth = k / kPopulation;
    const double se = std::sqrt(fixedVariance(k, kPopulation, p, q) / kSurveys);
    if (se == 0.0) { // p = 1, or every answer certain: the estimate is exact
        for (double e : r->estimates)
            QVERIFY2(std::fabs(e - truth) < 1e-12, qPrintable(num(e)));
        return;
    }
    const auto z = stattest::zCheck(r->meanEstimate, truth, se);
    QVERIFY2(z.pass, z.text.c_str());
}

void TestSurveyStats::variance_data()
{
    QTest::addColumn<dp::SurveyMode>("mode");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("pi");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    for (auto mode : {dp::SurveyMode::Person, dp::SurveyMode::Aggregate}) {
        const char *m = mode == dp::SurveyMode::Person ? "person" : "aggregate";
        QTest::addRow("%s fair coins N=1000 pi=0.3", m)
            << mode << quint64(1000) << 0.3 << 0.5 << 0.5;
        QTest::addRow("%s N=1000 pi=0.1 p=0.75 q=0.2", m)
            << mode << quint64(1000) << 0.1 << 0.75 << 0.2;
        QTest::addRow("%s N=400 pi=0.5 p=0.25 q=0.9", m)
            << mode << quint64(400) << 0.5 << 0.25 << 0.9;
        QTest::addRow("%s N=2000 pi=0.02 p=0.9 q=0.5", m)
            << mode << quint64(2000) << 0.02 << 0.9 << 0.5;
    }
}

void TestSurveyStats::variance()
{
    // Repeated surveys of one fixed population: the sample variance of the
    // estimates matches Var_fixed. Its standard error is √(κ₄/S + 2σ⁴/(S − 1))
    // (exact for the sample variance of i.i.d. draws), κ₄ from fixedKappa4.
    QFETCH(dp::SurveyMode, mode);
    QFETCH(quint64, n);
    QFETCH(double, pi);
    QFETCH(double, p);
    QFETCH(double, q);
    constexpr std::uint64_t kSurveys = 20000;
    const auto r = dp::simulateSurvey(makeParams(n, pi, p, q, kSurveys, mode), 78);
    const double k = std::round(pi * double(n));
    const double var = fixedVariance(k, double(n), p, q);
    QVERIFY(std::fabs(r->fixedPopulationSd * r->fixedPopulationSd - var) < 1e-12 * var);
    const double se =
        std::sqrt(fixedKappa4(k, double(n), p, q) / kSurveys + 2 * var * var / (kSurveys - 1));
    const auto z = stattest::zCheck(r->sdEstimate * r->sdEstimate, var, se);
    QVERIFY2(z.pass, z.text.c_str());
}

void TestSurveyStats::personMatchesAggregate_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("pi");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::newRow("fair coins N=200 pi=0.3") << quint64(200) << 0.3 << 0.5 << 0.5;
    QTest::newRow("N=200 pi=0.1 p=0.75 q=0.2") << quint64(200) << 0.1 << 0.75 << 0.2;
    QTest::newRow("N=130 pi=0.6 p=0.2 q=0.95") << quint64(130) << 0.6 << 0.2 << 0.95;
    QTest::newRow("N=64 pi=0.5 p=0.9 q=0.1") << quint64(64) << 0.5 << 0.9 << 0.1;
}

void TestSurveyStats::personMatchesAggregate()
{
    // Both modes' yes counts against the EXACT pmf Binomial(k, a) ⊛
    // Binomial(N − k, b) (chi-square, α = 1e-6), and against each other
    // (two-sample chi-square).
    QFETCH(quint64, n);
    QFETCH(double, pi);
    QFETCH(double, p);
    QFETCH(double, q);
    constexpr std::uint64_t kSurveys = 20000;
    const auto person =
        dp::simulateSurvey(makeParams(n, pi, p, q, kSurveys, dp::SurveyMode::Person), 79);
    const auto aggregate =
        dp::simulateSurvey(makeParams(n, pi, p, q, kSurveys, dp::SurveyMode::Aggregate), 80);
    const auto k = static_cast<std::uint64_t>(std::round(pi * double(n)));
    const auto pmf = yesCountPmf(n, k, p, q);
    const auto hp = histogramOf(person->yesCounts, n), ha = histogramOf(aggregate->yesCounts, n);
    auto v = stattest::chiSquareGof(hp, pmf);
    QVERIFY2(v.pass, ("person mode vs exact pmf: " + v.text).c_str());
    v = stattest::chiSquareGof(ha, pmf);
    QVERIFY2(v.pass, ("aggregate mode vs exact pmf: " + v.text).c_str());
    v = stattest::chiSquareTwoSample(hp, ha);
    QVERIFY2(v.pass, ("person vs aggregate: " + v.text).c_str());
}

void TestSurveyStats::superpopulationStatistical()
{
    // The analyst's formula λ(1 − λ)/(N p²) is the spread when the N people
    // are themselves drawn from a large population: simulate k ~ Binomial(N, π)
    // per survey, then the aggregate count for that k.
    struct Case
    {
        std::uint64_t n;
        double pi, p, q;
    };
    for (const Case c :
         {Case{1000, 0.3, 0.5, 0.5}, Case{500, 0.1, 0.75, 0.2}, Case{2000, 0.6, 0.3, 0.8}}) {
        constexpr int kSurveys = 20000;
        const auto params = makeParams(c.n, c.pi, c.p, c.q, 1, dp::SurveyMode::Aggregate);
        dp::RunningStats est;
        for (int s = 0; s < kSurveys; ++s) {
            dp::Rng rng(81, s);
            const auto k = dp::binomial(rng, c.n, c.pi);
            const auto yes = dp::surveyAggregateCount(params, k, rng);
            est.add(dp::rrEstimate(double(yes) / double(c.n), c.p, c.q));
        }
        const double var = std::pow(dp::rrStandardError(c.pi, c.n, c.p, c.q), 2);
        const QString name = QString("N %1 pi %2 p %3 q %4: ").arg(c.n).arg(c.pi).arg(c.p).arg(c.q);
        auto z = stattest::zCheck(est.mean(), c.pi, std::sqrt(var / kSurveys));
        QVERIFY2(z.pass, qPrintable(name + "mean " + z.text.c_str()));
        // Near-normal estimates: SE of the sample variance σ²·√(2/(S − 1)).
        z = stattest::zCheck(est.variance(), var, var * std::sqrt(2.0 / (kSurveys - 1)));
        QVERIFY2(z.pass, qPrintable(name + "variance " + z.text.c_str()));
        // And it is NOT the fixed-population variance (they differ by π(1 − π)/N,
        // here > 10 standard errors of the sample variance).
        const double fix = fixedVariance(std::round(c.pi * c.n), c.n, c.p, c.q);
        QVERIFY(std::fabs(est.variance() - fix) > 5 * var * std::sqrt(2.0 / (kSurveys - 1)));
    }
}

QTEST_APPLESS_MAIN(TestSurveyStats)
#include "tst_survey_stats.moc"
