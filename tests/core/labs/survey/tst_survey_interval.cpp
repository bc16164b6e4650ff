// The coin-flip survey's 95 % interval (core/labs/survey/survey.h, rrInterval):
// the Wilson score interval on the yes-share λ (Wilson 1927; Agresti & Coull
// 1998) mapped through (· − b)/p and clamped to [0, 1].
//
// The reference is EXACT: the yes count of the lab's survey of a fixed
// population is Binomial(k, a) + Binomial(N − k, b), so the coverage of any
// interval rule is Σ_y P(Y = y)·[truth ∈ interval(y)], computed here with an
// independent restatement of the Wilson interval. The simulated coverage
// over kSeeds seeded surveys must match it within 5 binomial standard errors
// √(c(1 − c)/kSeeds).
//
// The old plug-in (Wald) interval estimate ± 1.96·√(λ̂(1 − λ̂)/N)/p has
// exact coverage 53.1 %, 63.2 % and 86.1 % at the three edge settings below
// (it collapses to zero width whenever nobody answers "yes"); the Wilson
// interval 96.2 %, 92.0 % and 94.2 %.

#include "surveytest.h"

#include <QTest>

using namespace surveytest;

namespace {

constexpr double kZ = 1.959963984540054; // Φ⁻¹(0.975)

// Independent restatement: Wilson on λ, mapped, each end clamped to [0, 1].
std::pair<double, double> referenceInterval(std::uint64_t y, std::uint64_t n, double p, double q)
{
    const double nn = double(n), ph = double(y) / nn, z2 = kZ * kZ;
    const double centre = (ph + z2 / (2 * nn)) / (1 + z2 / nn);
    const double half = kZ / (1 + z2 / nn) * std::sqrt(ph * (1 - ph) / nn + z2 / (4 * nn * nn));
    const double b = (1 - p) * q;
    auto map = [&](double l) { return std::clamp((std::clamp(l, 0.0, 1.0) - b) / p, 0.0, 1.0); };
    return {map(centre - half), map(centre + half)};
}

// Exact coverage of the interval at the true share k/N for the lab's fixed population.
double exactCoverage(std::uint64_t n, std::uint64_t k, double p, double q)
{
    const auto pmf = yesCountPmf(n, k, p, q);
    const double truth = double(k) / double(n);
    double c = 0;
    for (std::uint64_t y = 0; y <= n; ++y) {
        const auto [lo, hi] = referenceInterval(y, n, p, q);
        if (lo <= truth && truth <= hi)
            c += pmf[y];
    }
    return c;
}

} // namespace

class TestSurveyInterval : public QObject
{
    Q_OBJECT

private slots:
    void matchesReference();
    void issueExampleDoesNotCollapse();
    void coverageAtEdges_data();
    void coverageAtEdges();
    void repeatedSurveyCoverage();
    void undefinedAtPZero();
};

void TestSurveyInterval::matchesReference()
{
    // Every yes count at a few settings: core and the restatement agree.
    struct Case
    {
        std::uint64_t n;
        double p, q;
    };
    for (const Case c : {Case{30, 0.5, 0.05}, Case{10, 0.5, 0.5}, Case{200, 0.9, 0.01},
                         Case{57, 0.25, 0.9}, Case{40, 1.0, 0.5}}) {
        for (std::uint64_t y = 0; y <= c.n; ++y) {
            const auto got = dp::rrInterval(y, c.n, c.p, c.q);
            const auto [lo, hi] = referenceInterval(y, c.n, c.p, c.q);
            const QString what = QString("N %1 p %2 q %3 y %4: got [%5, %6], want [%7, %8]")
                                     .arg(c.n)
                                     .arg(c.p)
                                     .arg(c.q)
                                     .arg(y)
                                     .arg(num(got.low), num(got.high), num(lo), num(hi));
            QVERIFY2(std::fabs(got.low - lo) < 1e-12 && std::fabs(got.high - hi) < 1e-12,
                     qPrintable(what));
            QVERIFY2(got.low <= got.high && got.low >= 0.0 && got.high <= 1.0, qPrintable(what));
            // The clamped ends are the raw ones wherever those lie in [0, 1].
            QVERIFY2(got.low == std::clamp(got.rawLow, 0.0, 1.0) &&
                         got.high == std::clamp(got.rawHigh, 0.0, 1.0),
                     qPrintable(what));
        }
    }
}

void TestSurveyInterval::issueExampleDoesNotCollapse()
{
    // Issue 8, point 1: seed 2000, 30 people, share 0, p = ½, q = 0.05, one
    // survey. Nobody answers "yes"; the Wald interval was [−5 %, −5 %].
    const auto r =
        dp::simulateSurvey(makeParams(30, 0.0, 0.5, 0.05, 1, dp::SurveyMode::Auto), 2000);
    QCOMPARE(r->yesCounts.front(), std::uint64_t(0));
    const QString what = QString("interval [%1, %2]").arg(num(r->ciLow), num(r->ciHigh));
    QVERIFY2(r->ciHigh - r->ciLow > 0.1, qPrintable(what));
    QVERIFY2(r->ciLow <= 0.0 && 0.0 <= r->ciHigh, qPrintable(what));
    // Before clamping the interval reaches below 0 (−b/p = −5 %).
    QVERIFY2(std::fabs(r->ciLowUnclipped + 0.05) < 1e-12, qPrintable(num(r->ciLowUnclipped)));
}

void TestSurveyInterval::coverageAtEdges_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("pi");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("floor"); // exact coverage must stay at least this
    // The issue's three edge settings (Wald: 53 %, 63 %, 86 %).
    QTest::newRow("N=30 share 0 p=0.5 q=0.05") << quint64(30) << 0.0 << 0.5 << 0.05 << 0.95;
    QTest::newRow("N=1000 share 0 p=0.9 q=0.01") << quint64(1000) << 0.0 << 0.9 << 0.01 << 0.91;
    QTest::newRow("N=10 share 0.1 fair coins") << quint64(10) << 0.1 << 0.5 << 0.5 << 0.93;
    // Everybody "yes", and a case whose raw interval lies wholly below 0
    // for y = 0 (N = 300 > z²(1 − b)/b, P(y = 0) = 0.975^300 ≈ 5e-4).
    QTest::newRow("N=30 share 1 p=0.5 q=0.95") << quint64(30) << 1.0 << 0.5 << 0.95 << 0.95;
    QTest::newRow("N=300 share 0 p=0.5 q=0.05") << quint64(300) << 0.0 << 0.5 << 0.05 << 0.93;
}

void TestSurveyInterval::coverageAtEdges()
{
    // kSeeds independent one-survey runs (seed s), survey #1's interval
    // each, against the exact coverage; 5 binomial standard errors.
    QFETCH(quint64, n);
    QFETCH(double, pi);
    QFETCH(double, p);
    QFETCH(double, q);
    QFETCH(double, floor);
    constexpr int kSeeds = 4000;
    const auto k = static_cast<std::uint64_t>(std::round(pi * double(n)));
    const double truth = double(k) / double(n);
    const double exact = exactCoverage(n, k, p, q);
    QVERIFY2(exact >= floor,
             qPrintable(QString("exact coverage %1 below %2").arg(num(exact), num(floor))));
    int covered = 0;
    for (int s = 0; s < kSeeds; ++s) {
        const auto r =
            dp::simulateSurvey(makeParams(n, pi, p, q, 1, dp::SurveyMode::Auto), 5000 + s);
        if (r->ciLow <= truth && truth <= r->ciHigh)
            ++covered;
    }
    const double got = double(covered) / kSeeds;
    const double tol = 5 * std::sqrt(exact * (1 - exact) / kSeeds);
    QVERIFY2(std::fabs(got - exact) <= tol,
             qPrintable(QString("simulated coverage %1 over %2 seeds, exact %3, tolerance %4")
                            .arg(num(got))
                            .arg(kSeeds)
                            .arg(num(exact), num(tol))));
}

void TestSurveyInterval::repeatedSurveyCoverage()
{
    // The exported coverage over the repeated surveys of one run, against
    // the exact coverage (5 standard errors over kSurveys surveys). At the
    // defaults it is 97.4 %, not 95 %: the interval is built for a random
    // sample, the lab re-surveys one fixed population.
    struct Case
    {
        std::uint64_t n;
        double pi, p, q;
    };
    for (const Case c :
         {Case{1000, 0.3, 0.5, 0.5}, Case{1000, 0.3, 0.75, 0.5}, Case{30, 0.0, 0.5, 0.05}}) {
        constexpr std::uint64_t kSurveys = 20000;
        const auto r =
            dp::simulateSurvey(makeParams(c.n, c.pi, c.p, c.q, kSurveys, dp::SurveyMode::Auto), 91);
        const auto k = static_cast<std::uint64_t>(std::round(c.pi * double(c.n)));
        const double exact = exactCoverage(c.n, k, c.p, c.q);
        const double tol = 5 * std::sqrt(exact * (1 - exact) / kSurveys);
        QVERIFY2(std::fabs(r->intervalCoverage - exact) <= tol,
                 qPrintable(QString("N %1 p %2: coverage %3, exact %4, tolerance %5")
                                .arg(c.n)
                                .arg(c.p)
                                .arg(num(r->intervalCoverage), num(exact), num(tol))));
    }
}

void TestSurveyInterval::undefinedAtPZero()
{
    const auto ci = dp::rrInterval(3, 10, 0.0, 0.5);
    QVERIFY(std::isnan(ci.low) && std::isnan(ci.high));
    const auto r = dp::simulateSurvey(makeParams(10, 0.3, 0.0, 0.5, 5, dp::SurveyMode::Auto), 1);
    QVERIFY(std::isnan(r->ciLow) && std::isnan(r->intervalCoverage));
}

QTEST_APPLESS_MAIN(TestSurveyInterval)
#include "tst_survey_interval.moc"
