// Tests for the coin-flip survey (core/survey.h): randomized response.
//
// Formulas (Warner 1965; Dwork & Roth 2014 §3.2; science.md):
//   a = p + (1 − p)q, b = (1 − p)q, ε = max(ln(a/b), ln((1 − b)/(1 − a))),
//   π̂ = (λ̂ − b)/p, Var_super = λ(1 − λ)/(N p²) with λ = aπ + b(1 − π),
//   Var_fixed = (k·a(1 − a) + (N − k)·b(1 − b))/(N² p²) for k = πN true yes.
// Statistical checks use fixed seeds, named sample sizes and 5-standard-error
// or α = 1e-6 tolerances (stattest.h); expected values come from the
// formulas above, never from the code under test.

#include "samplers.h"
#include "stattest.h"
#include "survey.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(dp::SurveyMode)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

dp::SurveyParams makeParams(std::uint64_t n, double pi, double p, double q, std::uint64_t surveys,
                            dp::SurveyMode mode)
{
    dp::SurveyParams s;
    s.population = n;
    s.trueRate = pi;
    s.pHonest = p;
    s.pYes = q;
    s.surveys = surveys;
    s.mode = mode;
    return s;
}

// Independent restatement of the variance formulas of the header comment.
double fixedVariance(double k, double n, double p, double q)
{
    const double a = p + (1 - p) * q, b = (1 - p) * q;
    return (k * a * (1 - a) + (n - k) * b * (1 - b)) / (n * n * p * p);
}

// Fourth cumulant of the estimate: the yes count is a sum of independent
// Bernoulli(r) answers, each with κ₄ = r(1 − r)(1 − 6r(1 − r)).
double fixedKappa4(double k, double n, double p, double q)
{
    const double a = p + (1 - p) * q, b = (1 - p) * q;
    auto k4 = [](double r) { return r * (1 - r) * (1 - 6 * r * (1 - r)); };
    return (k * k4(a) + (n - k) * k4(b)) / std::pow(n * p, 4);
}

// Exact pmf of the yes count: Binomial(k, a) + Binomial(N − k, b) (convolution).
std::vector<double> yesCountPmf(std::uint64_t n, std::uint64_t k, double p, double q)
{
    const double a = p + (1 - p) * q, b = (1 - p) * q;
    std::vector<double> x(k + 1), y(n - k + 1), out(n + 1, 0.0);
    for (std::uint64_t i = 0; i <= k; ++i)
        x[i] = std::exp(stattest::binomialLogPmf(double(k), double(i), a));
    for (std::uint64_t j = 0; j <= n - k; ++j)
        y[j] = std::exp(stattest::binomialLogPmf(double(n - k), double(j), b));
    for (std::uint64_t i = 0; i <= k; ++i)
        for (std::uint64_t j = 0; j <= n - k; ++j)
            out[i + j] += x[i] * y[j];
    return out;
}

std::vector<std::uint64_t> histogramOf(const std::vector<std::uint64_t> &values, std::uint64_t n)
{
    std::vector<std::uint64_t> h(n + 1, 0);
    for (auto v : values)
        ++h[v];
    return h;
}

bool closeTo(double got, double want, double relTol = 4e-16)
{
    if (std::isinf(want))
        return got == want;
    return std::fabs(got - want) <= relTol * std::max(1.0, std::fabs(want));
}

QString num(double x) { return QString::number(x, 'g', 17); }

} // namespace

class TestSurvey : public QObject
{
    Q_OBJECT

private slots:
    void epsilonPublished_data();
    void epsilonPublished();
    void epsilonInfinite_data();
    void epsilonInfinite();
    void ratiosAndProbabilities();
    void estimatorInvertsTheChannel();
    void varianceFormulaValues();
    void superpopulationIdentity();
    void trueCount();
    void unbiased_data();
    void unbiased();
    void variance_data();
    void variance();
    void personMatchesAggregate_data();
    void personMatchesAggregate();
    void superpopulationStatistical();
    void gridPeople_data();
    void gridPeople();
    void gridSampleForLargePopulations();
    void determinism();
    void autoMode();
    void validation_data();
    void validation();
    void labValidateFromCommandLine();
    void pHonestZero();
    void pHonestOne();
    void cancel();
    void exportData();
};

// ---------------------------------------------------------------- formulas

void TestSurvey::epsilonPublished_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    QTest::newRow("two fair coins: ln 3 (Dwork & Roth 3.2)") << 0.5 << 0.5 << 1.0986122886681098;
    QTest::newRow("(0.75, 0.5): ln 7, not ln 3") << 0.75 << 0.5 << std::log(7.0);
    QTest::newRow("(0.25, 0.5): ln(5/3)") << 0.25 << 0.5 << std::log(5.0 / 3.0);
    QTest::newRow("(0.5, 0.25): ln 5") << 0.5 << 0.25 << std::log(5.0);
    QTest::newRow("(0.5, 0.75): ln 5") << 0.5 << 0.75 << std::log(5.0);
    QTest::newRow("q = 1/2: ln((1+p)/(1-p)) at p = 0.9") << 0.9 << 0.5 << std::log(19.0);
    QTest::newRow("p_honest = 0: no information, 0") << 0.0 << 0.5 << 0.0;
    QTest::newRow("p_honest = 0, q = 0.3") << 0.0 << 0.3 << 0.0;
    QTest::newRow("p_honest = 0, q = 1") << 0.0 << 1.0 << 0.0;
}

void TestSurvey::epsilonPublished()
{
    QFETCH(double, p);
    QFETCH(double, q);
    QFETCH(double, expected);
    const double eps = dp::rrEpsilon(p, q);
    QVERIFY2(closeTo(eps, expected, 1e-15), qPrintable(QString("epsilon %1, expected %2").arg(num(eps), num(expected))));
    // science.md's printed 6-decimal values agree with the closed forms.
    QVERIFY(std::fabs(std::log(7.0) - 1.945910) < 5e-7);
    QVERIFY(std::fabs(std::log(5.0 / 3.0) - 0.510826) < 5e-7);
    QVERIFY(std::fabs(std::log(5.0) - 1.609438) < 5e-7);
    QCOMPARE(std::log(3.0), 1.0986122886681098);
}

void TestSurvey::epsilonInfinite_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::newRow("forced yes q = 1") << 0.5 << 1.0;
    QTest::newRow("forced no q = 0") << 0.5 << 0.0;
    QTest::newRow("forced yes, p = 0.1") << 0.1 << 1.0;
    QTest::newRow("p_honest = 1 (plain truth)") << 1.0 << 0.5;
    QTest::newRow("p_honest = 1, q = 0") << 1.0 << 0.0;
    QTest::newRow("p_honest = 1, q = 1") << 1.0 << 1.0;
}

void TestSurvey::epsilonInfinite()
{
    // One answer is only ever given by one group: not ε-DP for any ε.
    QFETCH(double, p);
    QFETCH(double, q);
    QCOMPARE(dp::rrEpsilon(p, q), kInf);
}

void TestSurvey::ratiosAndProbabilities()
{
    const auto fair = dp::rrProbabilities(0.5, 0.5);
    QCOMPARE(fair.yesIfTrue, 0.75);
    QCOMPARE(fair.yesIfFalse, 0.25);
    QVERIFY(closeTo(dp::rrYesRatio(0.5, 0.5), 3.0, 1e-15));
    QVERIFY(closeTo(dp::rrNoRatio(0.5, 0.5), 3.0, 1e-15));
    // Forced yes (q = 1): a = 1, b = 1/2: yes ratio 2, a "no" only from true no.
    QVERIFY(closeTo(dp::rrYesRatio(0.5, 1.0), 2.0, 1e-15));
    QCOMPARE(dp::rrNoRatio(0.5, 1.0), kInf);
    // ε is the larger log-ratio.
    for (double p : {0.1, 0.4, 0.8})
        for (double q : {0.1, 0.5, 0.7}) {
            const auto [a, b] = dp::rrProbabilities(p, q);
            QVERIFY(closeTo(a, p + (1 - p) * q, 1e-15) && closeTo(b, (1 - p) * q, 1e-15));
            const double eps = std::max(std::log(a / b), std::log((1 - b) / (1 - a)));
            QVERIFY(closeTo(dp::rrEpsilon(p, q), eps, 1e-14));
            QVERIFY(closeTo(std::log(std::max(dp::rrYesRatio(p, q), dp::rrNoRatio(p, q))), eps, 1e-14));
        }
}

void TestSurvey::estimatorInvertsTheChannel()
{
    // Feeding the exact expected yes-share λ = aπ + b(1 − π) returns π.
    for (double p : {0.05, 0.3, 0.5, 0.75, 1.0})
        for (double q : {0.0, 0.2, 0.5, 0.9, 1.0})
            for (double pi : {0.0, 0.1, 0.3, 0.5, 0.99, 1.0}) {
                const double a = p + (1 - p) * q, b = (1 - p) * q;
                const double lambda = a * pi + b * (1 - pi);
                const double est = dp::rrEstimate(lambda, p, q);
                QVERIFY2(std::fabs(est - pi) < 1e-13,
                         qPrintable(QString("p %1 q %2 pi %3: estimate %4").arg(p).arg(q).arg(pi).arg(num(est))));
            }
    QVERIFY(std::isnan(dp::rrEstimate(0.4, 0.0, 0.5)));
}

void TestSurvey::varianceFormulaValues()
{
    // science.md: n = 1000, p = q = ½, π = 0.3 → Var = 9.6e-4; a plain survey
    // π(1 − π)/n = 2.1e-4.
    const double se = dp::rrStandardError(0.3, 1000, 0.5, 0.5);
    QVERIFY2(std::fabs(se * se - 9.6e-4) < 1e-15, qPrintable(num(se * se)));
    const auto r = dp::simulateSurvey(makeParams(1000, 0.3, 0.5, 0.5, 10, dp::SurveyMode::Aggregate), 1);
    QVERIFY(std::fabs(r->standardError * r->standardError - 9.6e-4) < 1e-15);
    QVERIFY(std::fabs(r->nonprivateStandardError * r->nonprivateStandardError - 2.1e-4) < 1e-15);
    // Fixed population k = 300: (300 + 700)·(3/16)/(10^6/4) = 7.5e-4.
    const double sd = dp::rrFixedPopulationSd(300, 1000, 0.5, 0.5);
    QVERIFY2(std::fabs(sd * sd - 7.5e-4) < 1e-15, qPrintable(num(sd * sd)));
    QVERIFY(std::fabs(r->fixedPopulationSd - sd) < 1e-16);
    QCOMPARE(dp::rrStandardError(0.3, 1000, 0.0, 0.5), kInf);
    QCOMPARE(dp::rrStandardError(0.3, 0, 0.5, 0.5), kInf);
    QCOMPARE(dp::rrFixedPopulationSd(300, 1000, 0.0, 0.5), kInf);
    QCOMPARE(dp::rrFixedPopulationSd(0, 1000, 1.0, 0.5), 0.0);
}

void TestSurvey::superpopulationIdentity()
{
    // λ(1 − λ) − [π·a(1 − a) + (1 − π)·b(1 − b)] = π(1 − π)(a − b)² and
    // a − b = p, so Var_super = Var_fixed + π(1 − π)/N (π = k/N).
    for (std::uint64_t n : {10, 1000, 123457})
        for (double p : {0.1, 0.5, 0.75, 1.0})
            for (double q : {0.0, 0.3, 0.5, 1.0})
                for (double share : {0.0, 0.2, 0.5, 0.9}) {
                    const auto k = static_cast<std::uint64_t>(std::round(share * n));
                    const double pi = double(k) / double(n);
                    const double sup = std::pow(dp::rrStandardError(pi, n, p, q), 2);
                    const double fix = std::pow(dp::rrFixedPopulationSd(k, n, p, q), 2);
                    QVERIFY2(std::fabs(sup - (fix + pi * (1 - pi) / n)) <= 1e-12 * sup + 1e-300,
                             qPrintable(QString("n %1 p %2 q %3 pi %4: %5 vs %6")
                                            .arg(n).arg(p).arg(q).arg(pi).arg(num(sup), num(fix + pi * (1 - pi) / n))));
                    QVERIFY(std::fabs(fix - fixedVariance(k, n, p, q)) <= 1e-12 * fix + 1e-300);
                }
}

void TestSurvey::trueCount()
{
    QCOMPARE(dp::surveyTrueCount(1000, 0.3), std::uint64_t(300));
    QCOMPARE(dp::surveyTrueCount(10, 0.25), std::uint64_t(3)); // round half away from zero
    QCOMPARE(dp::surveyTrueCount(7, 0.0), std::uint64_t(0));
    QCOMPARE(dp::surveyTrueCount(7, 1.0), std::uint64_t(7));
    QCOMPARE(dp::surveyTrueCount(1000000000, 0.3), std::uint64_t(300000000));
}

// ---------------------------------------------------------------- statistics

void TestSurvey::unbiased_data()
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
                    QTest::addRow("%s p=%g q=%g pi=%g", mode == dp::SurveyMode::Person ? "person" : "aggregate",
                                  p, q, pi)
                        << mode << p << q << pi;
}

void TestSurvey::unbiased()
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

void TestSurvey::variance_data()
{
    QTest::addColumn<dp::SurveyMode>("mode");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("pi");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    for (auto mode : {dp::SurveyMode::Person, dp::SurveyMode::Aggregate}) {
        const char *m = mode == dp::SurveyMode::Person ? "person" : "aggregate";
        QTest::addRow("%s fair coins N=1000 pi=0.3", m) << mode << quint64(1000) << 0.3 << 0.5 << 0.5;
        QTest::addRow("%s N=1000 pi=0.1 p=0.75 q=0.2", m) << mode << quint64(1000) << 0.1 << 0.75 << 0.2;
        QTest::addRow("%s N=400 pi=0.5 p=0.25 q=0.9", m) << mode << quint64(400) << 0.5 << 0.25 << 0.9;
        QTest::addRow("%s N=2000 pi=0.02 p=0.9 q=0.5", m) << mode << quint64(2000) << 0.02 << 0.9 << 0.5;
    }
}

void TestSurvey::variance()
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
    const double se = std::sqrt(fixedKappa4(k, double(n), p, q) / kSurveys + 2 * var * var / (kSurveys - 1));
    const auto z = stattest::zCheck(r->sdEstimate * r->sdEstimate, var, se);
    QVERIFY2(z.pass, z.text.c_str());
}

void TestSurvey::personMatchesAggregate_data()
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

void TestSurvey::personMatchesAggregate()
{
    // Both modes' yes counts against the EXACT pmf Binomial(k, a) ⊛
    // Binomial(N − k, b) (chi-square, α = 1e-6), and against each other
    // (two-sample chi-square).
    QFETCH(quint64, n);
    QFETCH(double, pi);
    QFETCH(double, p);
    QFETCH(double, q);
    constexpr std::uint64_t kSurveys = 20000;
    const auto person = dp::simulateSurvey(makeParams(n, pi, p, q, kSurveys, dp::SurveyMode::Person), 79);
    const auto aggregate = dp::simulateSurvey(makeParams(n, pi, p, q, kSurveys, dp::SurveyMode::Aggregate), 80);
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

void TestSurvey::superpopulationStatistical()
{
    // The analyst's formula λ(1 − λ)/(N p²) is the spread when the N people
    // are themselves drawn from a large population: simulate k ~ Binomial(N, π)
    // per survey, then the aggregate count for that k.
    struct Case { std::uint64_t n; double pi, p, q; };
    for (const Case c : {Case{1000, 0.3, 0.5, 0.5}, Case{500, 0.1, 0.75, 0.2}, Case{2000, 0.6, 0.3, 0.8}}) {
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

// ---------------------------------------------------------------- individuals

void TestSurvey::gridPeople_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("pi");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::newRow("N=10") << quint64(10) << 0.3 << 0.5 << 0.5;
    QTest::newRow("N=63") << quint64(63) << 0.5 << 0.3 << 0.7;
    QTest::newRow("N=64") << quint64(64) << 0.25 << 0.5 << 0.5;
    QTest::newRow("N=65") << quint64(65) << 0.9 << 0.75 << 0.2;
    QTest::newRow("N=129 forced yes") << quint64(129) << 0.4 << 0.5 << 1.0;
    QTest::newRow("N=400") << quint64(400) << 0.5 << 0.5 << 0.5;
    QTest::newRow("N=400 all true") << quint64(400) << 1.0 << 0.1 << 0.0;
}

void TestSurvey::gridPeople()
{
    QFETCH(quint64, n);
    QFETCH(double, pi);
    QFETCH(double, p);
    QFETCH(double, q);
    const auto r = dp::simulateSurvey(makeParams(n, pi, p, q, 3, dp::SurveyMode::Person), 90);
    QCOMPARE(r->people.size(), std::size_t(n));
    std::uint64_t truths = 0, answers = 0;
    for (const auto &person : r->people) {
        QCOMPARE(person.answer, person.firstHeads ? person.truth : person.secondYes);
        truths += person.truth;
        answers += person.answer;
    }
    QCOMPARE(truths, r->trueCount);
    QCOMPARE(truths, static_cast<std::uint64_t>(std::round(pi * double(n))));
    QCOMPARE(answers, r->yesCounts[0]);

    // Forced aggregate mode on a small population still shows an example
    // survey (not survey #1): consistent people, right number of true yes.
    const auto agg = dp::simulateSurvey(makeParams(n, pi, p, q, 3, dp::SurveyMode::Aggregate), 90);
    QCOMPARE(agg->people.size(), std::size_t(n));
    truths = 0;
    for (const auto &person : agg->people) {
        QCOMPARE(person.answer, person.firstHeads ? person.truth : person.secondYes);
        truths += person.truth;
    }
    QCOMPARE(truths, agg->trueCount);
}

void TestSurvey::gridSampleForLargePopulations()
{
    // Larger populations keep a stratified sample of kSurveyGridMax people of
    // survey #1 (lead's design change): true "yes" in proportion round(400·k/N).
    const std::uint64_t big = 10 * dp::kSurveyGridMax + 3;
    const auto r = dp::simulateSurvey(makeParams(big, 0.3, 0.5, 0.5, 2, dp::SurveyMode::Person), 91);
    QCOMPARE(r->people.size(), std::size_t(dp::kSurveyGridMax));
    QVERIFY(r->peopleFromSurvey1);
    std::uint64_t sampleTrue = 0;
    for (const auto &person : r->people) {
        QCOMPARE(person.answer, person.firstHeads ? person.truth : person.secondYes);
        sampleTrue += person.truth;
    }
    QCOMPARE(sampleTrue, static_cast<std::uint64_t>(std::llround(
                             double(dp::kSurveyGridMax) * double(r->trueCount) / double(big))));
    // The grid is shown in a shuffled order, not "true yes first": with 200
    // true yes among 400, the first 200 shown are not all true (P = 1/C(400,200)).
    const auto s = dp::simulateSurvey(makeParams(400, 0.5, 0.5, 0.5, 1, dp::SurveyMode::Person), 92);
    int firstHalf = 0;
    for (int i = 0; i < 200; ++i)
        firstHalf += s->people[i].truth;
    QVERIFY2(firstHalf < 200, "people are not shuffled");
}

void TestSurvey::determinism()
{
    for (auto mode : {dp::SurveyMode::Person, dp::SurveyMode::Aggregate}) {
        const auto params = makeParams(300, 0.3, 0.6, 0.4, 50, mode);
        const auto a = dp::simulateSurvey(params, 1234), b = dp::simulateSurvey(params, 1234);
        const auto c = dp::simulateSurvey(params, 1235);
        QVERIFY(a->yesCounts == b->yesCounts);
        QCOMPARE(a->people.size(), b->people.size());
        for (std::size_t i = 0; i < a->people.size(); ++i) {
            QCOMPARE(a->people[i].truth, b->people[i].truth);
            QCOMPARE(a->people[i].firstHeads, b->people[i].firstHeads);
            QCOMPARE(a->people[i].secondYes, b->people[i].secondYes);
        }
        QVERIFY(a->yesCounts != c->yesCounts);
        // Survey s uses its own stream: the first 10 surveys do not depend on
        // how many are run in total (a parallel run equals a serial one).
        auto shorter = params;
        shorter.surveys = 10;
        const auto d = dp::simulateSurvey(shorter, 1234);
        QVERIFY(std::equal(d->yesCounts.begin(), d->yesCounts.end(), a->yesCounts.begin()));
    }
}

void TestSurvey::autoMode()
{
    using dp::SurveyMode;
    QVERIFY(dp::chooseSurveyMode(makeParams(1000, 0.3, 0.5, 0.5, 2000, SurveyMode::Auto)) == SurveyMode::Person);
    QVERIFY(dp::chooseSurveyMode(makeParams(50000, 0.3, 0.5, 0.5, 1000, SurveyMode::Auto)) == SurveyMode::Person); // 5e7
    QVERIFY(dp::chooseSurveyMode(makeParams(50001, 0.3, 0.5, 0.5, 1000, SurveyMode::Auto)) == SurveyMode::Aggregate);
    QVERIFY(dp::chooseSurveyMode(makeParams(10, 0.3, 0.5, 0.5, 1, SurveyMode::Aggregate)) == SurveyMode::Aggregate);
    QVERIFY(dp::chooseSurveyMode(makeParams(1000000000, 0.3, 0.5, 0.5, 1, SurveyMode::Person)) == SurveyMode::Person);
}

// ---------------------------------------------------------------- refusals

void TestSurvey::validation_data()
{
    using dp::SurveyMode;
    QTest::addColumn<quint64>("n");
    QTest::addColumn<double>("pi");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("q");
    QTest::addColumn<quint64>("surveys");
    QTest::addColumn<dp::SurveyMode>("mode");
    QTest::addColumn<QString>("param"); // "" = accepted
    QTest::addColumn<QString>("message");
    const double nan = std::nan("");
    QTest::newRow("population 0") << quint64(0) << 0.3 << 0.5 << 0.5 << quint64(10) << SurveyMode::Auto << "population" << "at least one person";
    QTest::newRow("population 2^53 + 1") << quint64(dp::kMaxBinomialN + 1) << 0.3 << 0.5 << 0.5 << quint64(1) << SurveyMode::Aggregate << "population" << "larger than";
    QTest::newRow("surveys 0") << quint64(100) << 0.3 << 0.5 << 0.5 << quint64(0) << SurveyMode::Auto << "surveys" << "at least one survey";
    QTest::newRow("true_rate -0.1") << quint64(100) << -0.1 << 0.5 << 0.5 << quint64(10) << SurveyMode::Auto << "true_rate" << "between 0 and 1";
    QTest::newRow("true_rate 1.1") << quint64(100) << 1.1 << 0.5 << 0.5 << quint64(10) << SurveyMode::Auto << "true_rate" << "between 0 and 1";
    QTest::newRow("true_rate NaN") << quint64(100) << nan << 0.5 << 0.5 << quint64(10) << SurveyMode::Auto << "true_rate" << "probability";
    QTest::newRow("p_honest -0.01") << quint64(100) << 0.3 << -0.01 << 0.5 << quint64(10) << SurveyMode::Auto << "p_honest" << "between 0 and 1";
    QTest::newRow("p_honest 1.5") << quint64(100) << 0.3 << 1.5 << 0.5 << quint64(10) << SurveyMode::Auto << "p_honest" << "between 0 and 1";
    QTest::newRow("p_honest NaN") << quint64(100) << 0.3 << nan << 0.5 << quint64(10) << SurveyMode::Auto << "p_honest" << "probability";
    QTest::newRow("p_yes 2") << quint64(100) << 0.3 << 0.5 << 2.0 << quint64(10) << SurveyMode::Auto << "p_yes" << "between 0 and 1";
    QTest::newRow("p_yes -inf") << quint64(100) << 0.3 << 0.5 << -kInf << quint64(10) << SurveyMode::Auto << "p_yes" << "between 0 and 1";
    QTest::newRow("person mode 1e9 x 1e5 refused") << quint64(1000000000) << 0.3 << 0.5 << 0.5 << quint64(100000) << SurveyMode::Person << "mode" << "use mode=aggregate";
    QTest::newRow("aggregate mode 1e9 x 1e5 fine") << quint64(1000000000) << 0.3 << 0.5 << 0.5 << quint64(100000) << SurveyMode::Aggregate << "" << "";
    QTest::newRow("auto mode 1e9 x 1e5 fine") << quint64(1000000000) << 0.3 << 0.5 << 0.5 << quint64(100000) << SurveyMode::Auto << "" << "";
    QTest::newRow("person mode at the 2e10 limit") << quint64(1000000) << 0.3 << 0.5 << 0.5 << quint64(20000) << SurveyMode::Person << "" << "";
    QTest::newRow("edges 0 and 1") << quint64(1) << 0.0 << 1.0 << 0.0 << quint64(1) << SurveyMode::Auto << "" << "";
}

void TestSurvey::validation()
{
    QFETCH(quint64, n);
    QFETCH(double, pi);
    QFETCH(double, p);
    QFETCH(double, q);
    QFETCH(quint64, surveys);
    QFETCH(dp::SurveyMode, mode);
    QFETCH(QString, param);
    QFETCH(QString, message);
    const auto err = dp::validateSurvey(makeParams(n, pi, p, q, surveys, mode));
    if (param.isEmpty()) {
        QVERIFY2(!err, err ? err->message.c_str() : "");
        return;
    }
    QVERIFY(err.has_value());
    QCOMPARE(QString::fromStdString(err->param), param);
    QVERIFY2(err->message.find(message.toStdString()) != std::string::npos, err->message.c_str());
}

void TestSurvey::labValidateFromCommandLine()
{
    // The command line's path: defaults, key=value assignments, validate().
    dp::SurveyLab lab;
    auto v = dp::defaultValues(lab.params());
    QVERIFY(!lab.validate(v));
    for (const char *a : {"population=1e9", "surveys=100000", "mode=person"})
        QVERIFY2(!dp::parseAssignment(lab.params(), a, v), a);
    auto err = lab.validate(v);
    QVERIFY(err && err->param == "mode");
    QVERIFY2(err->message.find("aggregate") != std::string::npos, err->message.c_str());
    QVERIFY(!dp::parseAssignment(lab.params(), "mode=aggregate", v));
    QVERIFY(!lab.validate(v));
    QCOMPARE(dp::SurveyLab::fromValues(v).population, std::uint64_t(1000000000));
    QVERIFY(dp::SurveyLab::fromValues(v).mode == dp::SurveyMode::Aggregate);

    const std::pair<const char *, const char *> refused[] = {
        {"population=5", "population"}, {"population=0", "population"},
        {"population=2.5e3x", "population"}, {"p_honest=1.5", "p_honest"},
        {"p_yes=-0.1", "p_yes"},        {"true_rate=nan", "true_rate"},
        {"surveys=0", "surveys"},       {"surveys=100001", "surveys"},
        {"mode=fast", "mode"},          {"hide_truth=maybe", "hide_truth"},
        {"coins=2", "coins"}};
    const auto before = v;
    for (auto [text, param] : refused) {
        err = dp::parseAssignment(lab.params(), text, v);
        QVERIFY2(err && err->param == param, text);
        QVERIFY2(err->message.find(param) != std::string::npos, err->message.c_str());
        QVERIFY(v == before);
    }
    // checkRanges catches what bypasses the parser.
    v.set("p_honest", 1.5);
    err = lab.validate(v);
    QVERIFY(err && err->param == "p_honest");
}

// ---------------------------------------------------------------- edge cases

void TestSurvey::pHonestZero()
{
    // Nobody answers truthfully: ε = 0 and the answers carry no information,
    // so the estimate is undefined (NaN, never a made-up number).
    const auto r = dp::simulateSurvey(makeParams(500, 0.3, 0.0, 0.4, 200, dp::SurveyMode::Person), 93);
    QCOMPARE(r->epsilon, 0.0);
    QVERIFY(!r->estimateDefined);
    for (double e : r->estimates)
        QVERIFY(std::isnan(e));
    QVERIFY(std::isnan(r->estimate));
    QVERIFY(std::isnan(r->meanEstimate));
    QVERIFY(std::isnan(r->sdEstimate));
    QCOMPARE(r->standardError, kInf);
    // Answers are then plain Bernoulli(q): mean yes share within 5 SE.
    double yes = 0;
    for (auto c : r->yesCounts)
        yes += double(c);
    const double trials = 500.0 * 200;
    const auto z = stattest::zCheck(yes / trials, 0.4, std::sqrt(0.24 / trials));
    QVERIFY2(z.pass, z.text.c_str());
    const auto d = r->exportData();
    bool noted = false;
    for (const auto &[key, text] : d.notes)
        noted = noted || (key == "estimate_text" && text.find("undefined") != std::string::npos);
    QVERIFY(noted);
    for (const auto &[key, value] : d.figures)
        if (key == "estimate")
            QCOMPARE(dp::jsonNumber(value), std::string("null"));
}

void TestSurvey::pHonestOne()
{
    const auto r = dp::simulateSurvey(makeParams(300, 0.3, 1.0, 0.5, 20, dp::SurveyMode::Person), 94);
    QCOMPARE(r->epsilon, kInf);
    for (auto c : r->yesCounts)
        QCOMPARE(c, std::uint64_t(90));
    QCOMPARE(r->sdEstimate, 0.0);
    QCOMPARE(r->fixedPopulationSd, 0.0);
    bool noted = false;
    for (const auto &[key, text] : r->exportData().notes)
        noted = noted || (key == "implied_epsilon_text" && text.find("infinite") != std::string::npos);
    QVERIFY(noted);
}

void TestSurvey::cancel()
{
    dp::CancelFlag raised{true};
    QVERIFY(!dp::simulateSurvey(makeParams(1000, 0.3, 0.5, 0.5, 1000, dp::SurveyMode::Person), 1, &raised));
    dp::SurveyLab lab;
    QVERIFY(!lab.run(dp::defaultValues(lab.params()), 1, &raised));
    dp::CancelFlag lowered{false};
    QVERIFY(lab.run(dp::defaultValues(lab.params()), 1, &lowered));
}

void TestSurvey::exportData()
{
    dp::SurveyLab lab;
    auto v = dp::defaultValues(lab.params());
    QVERIFY(!dp::parseAssignment(lab.params(), "surveys=25", v));
    const auto result = lab.run(v, 5, nullptr);
    QVERIFY(result);
    const auto d = result->exportData();
    QVERIFY(d.csvColumns == lab.csvColumns());
    QCOMPARE(d.csvRows.size(), std::size_t(25));
    const auto &r = static_cast<const dp::SurveyResult &>(*result);
    for (std::size_t s = 0; s < d.csvRows.size(); ++s) {
        QCOMPARE(d.csvRows[s].size(), d.csvColumns.size());
        QCOMPARE(d.csvRows[s][0], double(s + 1));
        QCOMPARE(d.csvRows[s][1], double(r.yesCounts[s]));
        QCOMPARE(d.csvRows[s][2], double(r.yesCounts[s]) / 1000.0);
        QCOMPARE(d.csvRows[s][3], r.estimates[s]);
    }
    // Every documented JSON key is exported, and nothing undocumented.
    std::vector<std::string> keys;
    for (const auto &f : d.figures)
        keys.push_back(f.first);
    for (const auto &n : d.notes)
        keys.push_back(n.first);
    auto documented = lab.jsonKeys();
    std::sort(keys.begin(), keys.end());
    std::sort(documented.begin(), documented.end());
    QVERIFY(keys == documented);
}

QTEST_APPLESS_MAIN(TestSurvey)
#include "tst_survey.moc"
