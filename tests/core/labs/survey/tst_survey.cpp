// Tests for the coin-flip survey (core/survey.h): randomized response.
//
// Formulas (forced-response design, Boruch 1971; Dwork & Roth 2014 §3.2; science.md):
//   a = p + (1 − p)q, b = (1 − p)q, ε = max(ln(a/b), ln((1 − b)/(1 − a))),
//   π̂ = (λ̂ − b)/p, Var_super = λ(1 − λ)/(N p²) with λ = aπ + b(1 − π),
//   Var_fixed = (k·a(1 − a) + (N − k)·b(1 − b))/(N² p²) for k = πN true yes.
// Expected values come from the formulas above, never from the code under
// test. The statistical checks (unbiasedness, variance, per-person vs
// aggregate) are in tst_survey_stats.cpp.

#include "random/samplers.h" // dp::kMaxBinomialN
#include "surveytest.h"

#include <QTest>

#include <cmath>

using namespace surveytest;

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
    QVERIFY2(closeTo(eps, expected, 1e-15),
             qPrintable(QString("epsilon %1, expected %2").arg(num(eps), num(expected))));
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
            QVERIFY(
                closeTo(std::log(std::max(dp::rrYesRatio(p, q), dp::rrNoRatio(p, q))), eps, 1e-14));
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
                         qPrintable(QString("p %1 q %2 pi %3: estimate %4")
                                        .arg(p)
                                        .arg(q)
                                        .arg(pi)
                                        .arg(num(est))));
            }
    QVERIFY(std::isnan(dp::rrEstimate(0.4, 0.0, 0.5)));
}

void TestSurvey::varianceFormulaValues()
{
    // science.md: n = 1000, p = q = ½, π = 0.3 → Var = 9.6e-4; a plain survey
    // π(1 − π)/n = 2.1e-4.
    const double se = dp::rrStandardError(0.3, 1000, 0.5, 0.5);
    QVERIFY2(std::fabs(se * se - 9.6e-4) < 1e-15, qPrintable(num(se * se)));
    const auto r =
        dp::simulateSurvey(makeParams(1000, 0.3, 0.5, 0.5, 10, dp::SurveyMode::Aggregate), 1);
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
                                            .arg(n)
                                            .arg(p)
                                            .arg(q)
                                            .arg(pi)
                                            .arg(num(sup), num(fix + pi * (1 - pi) / n))));
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
    QVERIFY(r->peopleFromSurvey1);

    // Forced aggregate mode on a small population still shows an example
    // survey (not survey #1): consistent people, right number of true yes.
    const auto agg = dp::simulateSurvey(makeParams(n, pi, p, q, 3, dp::SurveyMode::Aggregate), 90);
    QCOMPARE(agg->people.size(), std::size_t(n));
    QVERIFY(!agg->peopleFromSurvey1);
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
    for (std::uint64_t big :
         {dp::kSurveyGridMax + 1, 10 * dp::kSurveyGridMax + 3, std::uint64_t(100000)})
        for (double pi : {0.0, 0.3, 0.999, 1.0}) {
            const auto r =
                dp::simulateSurvey(makeParams(big, pi, 0.6, 0.3, 2, dp::SurveyMode::Person), 91);
            QCOMPARE(r->people.size(), std::size_t(dp::kSurveyGridMax));
            QVERIFY(r->peopleFromSurvey1);
            std::uint64_t sampleTrue = 0;
            for (const auto &person : r->people) {
                QCOMPARE(person.answer, person.firstHeads ? person.truth : person.secondYes);
                sampleTrue += person.truth;
            }
            const double k = std::round(pi * double(big));
            QCOMPARE(sampleTrue, static_cast<std::uint64_t>(
                                     std::llround(double(dp::kSurveyGridMax) * k / double(big))));
        }
    // Aggregate mode: an example group, not respondents of survey #1.
    const auto agg =
        dp::simulateSurvey(makeParams(100000, 0.3, 0.6, 0.3, 2, dp::SurveyMode::Aggregate), 91);
    QCOMPARE(agg->people.size(), std::size_t(dp::kSurveyGridMax));
    QVERIFY(!agg->peopleFromSurvey1);
    // The grid is shown in a shuffled order, not "true yes first": with 200
    // true yes among 400, the first 200 shown are not all true (P = 1/C(400,200)).
    const auto s =
        dp::simulateSurvey(makeParams(400, 0.5, 0.5, 0.5, 1, dp::SurveyMode::Person), 92);
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
    QVERIFY(dp::chooseSurveyMode(makeParams(1000, 0.3, 0.5, 0.5, 2000, SurveyMode::Auto)) ==
            SurveyMode::Person);
    QVERIFY(dp::chooseSurveyMode(makeParams(50000, 0.3, 0.5, 0.5, 1000, SurveyMode::Auto)) ==
            SurveyMode::Person); // 5e7
    QVERIFY(dp::chooseSurveyMode(makeParams(50001, 0.3, 0.5, 0.5, 1000, SurveyMode::Auto)) ==
            SurveyMode::Aggregate);
    QVERIFY(dp::chooseSurveyMode(makeParams(10, 0.3, 0.5, 0.5, 1, SurveyMode::Aggregate)) ==
            SurveyMode::Aggregate);
    QVERIFY(dp::chooseSurveyMode(makeParams(1000000000, 0.3, 0.5, 0.5, 1, SurveyMode::Person)) ==
            SurveyMode::Person);
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
    QTest::newRow("population 0") << quint64(0) << 0.3 << 0.5 << 0.5 << quint64(10)
                                  << SurveyMode::Auto << "population"
                                  << "min=1";
    QTest::newRow("population 2^53 + 1") << quint64(dp::kMaxBinomialN + 1) << 0.3 << 0.5 << 0.5
                                         << quint64(1) << SurveyMode::Aggregate << "population"
                                         << "min=1";
    QTest::newRow("surveys 0") << quint64(100) << 0.3 << 0.5 << 0.5 << quint64(0)
                               << SurveyMode::Auto << "surveys"
                               << "min=1";
    QTest::newRow("true_rate -0.1")
        << quint64(100) << -0.1 << 0.5 << 0.5 << quint64(10) << SurveyMode::Auto << "true_rate"
        << "min=0 max=1";
    QTest::newRow("true_rate 1.1")
        << quint64(100) << 1.1 << 0.5 << 0.5 << quint64(10) << SurveyMode::Auto << "true_rate"
        << "min=0 max=1";
    QTest::newRow("true_rate NaN")
        << quint64(100) << nan << 0.5 << 0.5 << quint64(10) << SurveyMode::Auto << "true_rate"
        << "min=0 max=1";
    QTest::newRow("p_honest -0.01")
        << quint64(100) << 0.3 << -0.01 << 0.5 << quint64(10) << SurveyMode::Auto << "p_honest"
        << "min=0 max=1";
    QTest::newRow("p_honest 1.5") << quint64(100) << 0.3 << 1.5 << 0.5 << quint64(10)
                                  << SurveyMode::Auto << "p_honest"
                                  << "min=0 max=1";
    QTest::newRow("p_honest NaN") << quint64(100) << 0.3 << nan << 0.5 << quint64(10)
                                  << SurveyMode::Auto << "p_honest"
                                  << "min=0 max=1";
    QTest::newRow("p_yes 2") << quint64(100) << 0.3 << 0.5 << 2.0 << quint64(10) << SurveyMode::Auto
                             << "p_yes"
                             << "min=0 max=1";
    QTest::newRow("p_yes -inf") << quint64(100) << 0.3 << 0.5 << -kInf << quint64(10)
                                << SurveyMode::Auto << "p_yes"
                                << "min=0 max=1";
    QTest::newRow("person mode 1e9 x 1e5 refused")
        << quint64(1000000000) << 0.3 << 0.5 << 0.5 << quint64(100000) << SurveyMode::Person
        << "mode"
        << "person_mode_limit";
    QTest::newRow("aggregate mode 1e9 x 1e5 fine") << quint64(1000000000) << 0.3 << 0.5 << 0.5
                                                   << quint64(100000) << SurveyMode::Aggregate << ""
                                                   << "";
    QTest::newRow("auto mode 1e9 x 1e5 fine")
        << quint64(1000000000) << 0.3 << 0.5 << 0.5 << quint64(100000) << SurveyMode::Auto << ""
        << "";
    QTest::newRow("person mode at the 2e10 limit")
        << quint64(1000000) << 0.3 << 0.5 << 0.5 << quint64(20000) << SurveyMode::Person << ""
        << "";
    QTest::newRow("edges 0 and 1")
        << quint64(1) << 0.0 << 1.0 << 0.0 << quint64(1) << SurveyMode::Auto << ""
        << "";
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
        QVERIFY2(!err, err ? dp::debugString(*err).c_str() : "");
        return;
    }
    QVERIFY(err.has_value());
    QCOMPARE(QString::fromStdString(err->param), param);
    QVERIFY2(dp::debugString(*err).find(message.toStdString()) != std::string::npos,
             dp::debugString(*err).c_str());
}

void TestSurvey::labValidateFromCommandLine()
{
    // The command line's path: defaults, key=value assignments, validate().
    const auto &lab = dp::TypedLab<dp::SurveyLab>::instance();
    auto v = dp::defaultValues(lab.params());
    QVERIFY(!lab.validate(v));
    for (const char *a : {"population=1e9", "surveys=100000", "mode=person"})
        QVERIFY2(!dp::parseAssignment(lab.params(), a, v), a);
    auto err = lab.validate(v);
    QVERIFY(err && err->param == "mode");
    QVERIFY2(dp::debugString(*err).find("person_mode_limit") != std::string::npos,
             dp::debugString(*err).c_str());
    QVERIFY(!dp::parseAssignment(lab.params(), "mode=aggregate", v));
    QVERIFY(!lab.validate(v));
    QCOMPARE(dp::TypedLab<dp::SurveyLab>::toParams(v).population, std::uint64_t(1000000000));
    QVERIFY(dp::TypedLab<dp::SurveyLab>::toParams(v).mode == dp::SurveyMode::Aggregate);

    const std::pair<const char *, const char *> refused[] = {{"population=5", "population"},
                                                             {"population=0", "population"},
                                                             {"population=2.5e3x", "population"},
                                                             {"p_honest=1.5", "p_honest"},
                                                             {"p_yes=-0.1", "p_yes"},
                                                             {"true_rate=nan", "true_rate"},
                                                             {"surveys=0", "surveys"},
                                                             {"surveys=100001", "surveys"},
                                                             {"mode=fast", "mode"},
                                                             {"hide_truth=maybe", "hide_truth"},
                                                             {"coins=2", "coins"}};
    const auto before = v;
    for (auto [text, param] : refused) {
        err = dp::parseAssignment(lab.params(), text, v);
        QVERIFY2(err && err->param == param, text);
        QVERIFY2(dp::debugString(*err).find(param) != std::string::npos,
                 dp::debugString(*err).c_str());
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
    const auto r =
        dp::simulateSurvey(makeParams(500, 0.3, 0.0, 0.4, 200, dp::SurveyMode::Person), 93);
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
    const auto r =
        dp::simulateSurvey(makeParams(300, 0.3, 1.0, 0.5, 20, dp::SurveyMode::Person), 94);
    QCOMPARE(r->epsilon, kInf);
    for (auto c : r->yesCounts)
        QCOMPARE(c, std::uint64_t(90));
    QCOMPARE(r->sdEstimate, 0.0);
    QCOMPARE(r->fixedPopulationSd, 0.0);
    bool noted = false;
    for (const auto &[key, text] : r->exportData().notes)
        noted =
            noted || (key == "implied_epsilon_text" && text.find("infinite") != std::string::npos);
    QVERIFY(noted);
}

void TestSurvey::cancel()
{
    dp::CancelFlag raised{true};
    QVERIFY(!dp::simulateSurvey(makeParams(1000, 0.3, 0.5, 0.5, 1000, dp::SurveyMode::Person), 1,
                                &raised));
    const auto &lab = dp::TypedLab<dp::SurveyLab>::instance();
    QVERIFY(!lab.run(dp::defaultValues(lab.params()), 1, &raised));
    dp::CancelFlag lowered{false};
    QVERIFY(lab.run(dp::defaultValues(lab.params()), 1, &lowered));
}

void TestSurvey::exportData()
{
    const auto &lab = dp::TypedLab<dp::SurveyLab>::instance();
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
