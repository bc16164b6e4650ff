// Empirical privacy audit of the mechanisms in core, and of deliberately
// broken ones, which the audit must catch.
//
// Method (audit.h): DP-Sniper's lower bound (Bichsel et al. 2021, IEEE S&P),
// ε_lb = ln((p₁,low − δ)/p₂,high) over a fixed family of output events, with
// exact Clopper–Pearson bounds (Clopper & Pearson 1934) at a family-wise
// α = 1e-6 (Bonferroni over events and directions). A correct mechanism keeps
// ε_lb ≤ ε; each correct case also checks power (ε_lb close to ε) so that a
// pass is not vacuous.
// Mechanisms, always sampled through the project's own code:
//  * randomized response (core/survey.h; Boruch 1971, Dwork & Roth 2014 §3.2):
//    a = p + (1 − p)q, b = (1 − p)q, ε = max(ln(a/b), ln((1 − b)/(1 − a)));
//  * Laplace noise b = Δ/ε in the differencing attack (core/attack.h; Dwork &
//    Roth 2014, Thm 3.6);
//  * the analytic Gaussian mechanism (core/gaussian.h; Balle & Wang 2018),
//    audited as (ε, δ).
// dp::laplace is called directly only for the broken too-small-scale case.
#include <QTest>

#include "audit.h"

#include "labs/differencing/attack.h"
#include "labs/differencing/sensitivity.h"
#include "labs/survey/survey.h"
#include "mechanisms/gaussian.h"
#include "random/rng.h"
#include "random/samplers.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace dp;
using audit::AuditResult;
using audit::EventCounts;

Q_DECLARE_METATYPE(dp::Query)
Q_DECLARE_METATYPE(dp::Neighbour)

namespace {

// Sample sizes (draws of the mechanism on EACH neighbouring input).
constexpr std::uint64_t kRrSamples = 1'000'000;
constexpr std::uint64_t kRrShownPopulation =
    320; // respondents recorded per call (≤ kSurveyGridMax)
// simulateAttackTrials draws the target's secret as a fair coin: about half
// of these trials fall on each side.
constexpr std::uint64_t kAttackTrials = 2'000'000;
constexpr std::uint64_t kLaplaceSamples = 1'000'000;
constexpr std::uint64_t kGaussianSamples = 1'000'000;

// An event's name with a number in it, e.g. "output > 2.5".
std::string named(const char *fmt, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

QByteArray msg(const AuditResult &r, const char *what)
{
    return QByteArray(what) + ": " + QByteArray::fromStdString(r.text);
}

// qInfo already names the test function and data row; `label` adds what they do not.
void log(const char *label, const AuditResult &r)
{
    if (label)
        qInfo("%s: %s", label, r.text.c_str());
    else
        qInfo("%s", r.text.c_str());
}

// Randomized response, one answer per person: a population of n people all
// with truth `did`, so the yes count is the number of "yes" among n
// independent draws of the mechanism on that input. kernel 0: the survey's
// fast path (coins folded into one exact draw per person, 64 per word);
// kernel 1: the recorded respondents of the display path (both coins flipped).
std::uint64_t rrYesCount(double pHonest, double pYes, bool did, int kernel, std::uint64_t seed)
{
    SurveyParams s;
    s.pHonest = pHonest;
    s.pYes = pYes;
    s.mode = SurveyMode::Person;
    if (kernel == 0) {
        s.population = kRrSamples;
        Rng rng(seed);
        return surveyPersonCount(s, did ? kRrSamples : 0, rng);
    }
    s.population = kRrShownPopulation;
    std::uint64_t yes = 0;
    std::vector<Respondent> people;
    for (std::uint64_t call = 0; call < kRrSamples / kRrShownPopulation; ++call) {
        Rng rng(seed, call);
        surveyPersonCount(s, did ? kRrShownPopulation : 0, rng, &people);
        for (const Respondent &p : people)
            yes += p.answer;
    }
    return yes;
}

AuditResult auditRr(double pHonest, double pYes, int kernel, double claim, std::uint64_t seed)
{
    const std::uint64_t n =
        kernel == 0 ? kRrSamples : kRrSamples / kRrShownPopulation * kRrShownPopulation;
    const std::uint64_t yes1 = rrYesCount(pHonest, pYes, true, kernel, seed);
    const std::uint64_t yes0 = rrYesCount(pHonest, pYes, false, kernel, seed + 1);
    return audit::auditEvents({{"yes", yes1, yes0}, {"no", n - yes1, n - yes0}}, n, n, claim);
}

// Noisy answers to the query WITH the target, split by her secret (x = 1 is
// "x", x = 0 is "y"), from simulateAttackTrials.
struct AttackSamples
{
    std::vector<double> full[2];
    std::vector<std::uint8_t> guess[2];
};

void addAttackTrials(AttackSamples &out, int onlySide, Query q, std::uint64_t n,
                     std::uint64_t kOthers, std::uint64_t threshold, double scale,
                     std::uint64_t seed)
{
    AttackTrials t;
    simulateAttackTrials(q, n, kOthers, threshold, scale, kAttackTrials, seed, 0, true, t);
    for (std::size_t i = 0; i < t.targetValue.size(); ++i) {
        const int x = t.targetValue[i];
        if (onlySide >= 0 && x != onlySide)
            continue;
        out.full[x].push_back(t.answerFull[i]);
        out.guess[x].push_back(t.guess[i]);
    }
}

// Events on the answer with her: {a > hi + j·b} and {a < lo − j·b}, j = 0, ½, 1,
// (lo, hi the two noise-free answers, b the claimed scale), and the attacker's
// guess (a post-processing of both answers).
AuditResult auditAttack(const AttackSamples &s, double lo, double hi, double b, double claim)
{
    std::vector<EventCounts> events;
    for (double j : {0.0, 0.5, 1.0}) {
        EventCounts up{named("answer > hi + %g b", j)}, down{named("answer < lo - %g b", j)};
        for (int x = 0; x < 2; ++x) {
            std::uint64_t u = 0, d = 0;
            for (double a : s.full[x]) {
                u += a > hi + j * b;
                d += a < lo - j * b;
            }
            (x == 1 ? up.inX : up.inY) = u;
            (x == 1 ? down.inX : down.inY) = d;
        }
        events.push_back(up);
        events.push_back(down);
    }
    EventCounts g1{"guess = 1"}, g0{"guess = 0"};
    for (int x = 0; x < 2; ++x) {
        std::uint64_t ones = 0;
        for (auto g : s.guess[x])
            ones += g;
        (x == 1 ? g1.inX : g1.inY) = ones;
        (x == 1 ? g0.inX : g0.inY) = s.guess[x].size() - ones;
    }
    events.push_back(g1);
    events.push_back(g0);
    return audit::auditEvents(events, s.full[1].size(), s.full[0].size(), claim);
}

// Gaussian audits: events {output > t} on a fixed grid of t (units of Δ = 1).
const std::vector<double> kGaussianThresholds{1, 2, 3, 4, 5, 6, 8, 10, 12};

AuditResult auditGaussian(double sigma, double claim, double delta, std::uint64_t seed)
{
    std::vector<EventCounts> events;
    for (double t : kGaussianThresholds)
        events.push_back({named("output > %g", t), 0, 0});
    for (int side = 0; side < 2; ++side) {
        Rng rng(seed, side);
        const double f = side == 1 ? 1.0 : 0.0; // f(x) = 1, f(y) = 0
        for (std::uint64_t i = 0; i < kGaussianSamples; ++i) {
            const double out = f + normal(rng, 0.0, sigma);
            for (std::size_t e = 0; e < events.size(); ++e)
                (side == 1 ? events[e].inX : events[e].inY) += out > kGaussianThresholds[e];
        }
    }
    return audit::auditEvents(events, kGaussianSamples, kGaussianSamples, claim, delta);
}

QByteArray near(double got, double want, double relTol)
{
    return QByteArray("got ") + QByteArray::number(got, 'g', 17) + ", expected " +
           QByteArray::number(want, 'g', 17) + ", relative tolerance " +
           QByteArray::number(relTol, 'g', 3);
}

} // namespace

class TestPrivacyAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    // The statistics of the audit itself.
    void betaIncKnownValues_data();
    void betaIncKnownValues();
    void clopperPearsonKnownValues_data();
    void clopperPearsonKnownValues();
    void clopperPearsonEdges();
    // Randomized response.
    void randomizedResponse_data();
    void randomizedResponse();
    void forcedYesIsCaught();
    void misclaimedEpsilonIsCaught();
    // Laplace noise in the differencing attack.
    void laplaceAttack_data();
    void laplaceAttack();
    void measuredSensitivityIsCaught();
    void tooSmallLaplaceScaleIsCaught();
    // Analytic Gaussian mechanism.
    void gaussian_data();
    void gaussian();
    void tooSmallGaussianSigmaIsCaught_data();
    void tooSmallGaussianSigmaIsCaught();

private:
    std::chrono::steady_clock::time_point m_start;
};

void TestPrivacyAudit::initTestCase()
{
    m_start = std::chrono::steady_clock::now();
}

void TestPrivacyAudit::cleanupTestCase()
{
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    qInfo("privacy audit total: %.2f s", s);
}

void TestPrivacyAudit::betaIncKnownValues_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("relTol");
    // Closed forms: I_x(1,1) = x, I_x(a,1) = x^a, I_x(1,b) = 1 − (1−x)^b, I_½(a,a) = ½.
    QTest::newRow("I_x(1,1)=x") << 1.0 << 1.0 << 0.37 << 0.37 << 1e-13;
    QTest::newRow("I_x(3.5,1)=x^3.5") << 3.5 << 1.0 << 0.8 << std::pow(0.8, 3.5) << 1e-13;
    QTest::newRow("I_x(1,7)=1-(1-x)^7") << 1.0 << 7.0 << 0.2 << 1.0 - std::pow(0.8, 7.0) << 1e-13;
    QTest::newRow("I_half(2.5,2.5)=half") << 2.5 << 2.5 << 0.5 << 0.5 << 1e-13;
    QTest::newRow("I_half(1e5,1e5)=half") << 1e5 << 1e5 << 0.5 << 0.5 << 1e-9;
    // Integer a, b: I_x(a, b) = P(Bin(a + b − 1, x) ≥ a), summed exactly in
    // rational arithmetic (Python fractions) and rounded to 17 digits.
    QTest::newRow("I_0.3(5,8)") << 5.0 << 8.0 << 0.3 << 0.27634453047000002 << 1e-12;
    QTest::newRow("I_0.4(2,3)") << 2.0 << 3.0 << 0.4 << 0.52480000000000004 << 1e-12;
    QTest::newRow("I_0.1(100,900)") << 100.0 << 900.0 << 0.1 << 0.51121603047981179 << 1e-10;
    QTest::newRow("I_0.09(100,900)") << 100.0 << 900.0 << 0.09 << 0.14485017933814529 << 1e-10;
    QTest::newRow("I_0.7(30,20)") << 30.0 << 20.0 << 0.7 << 0.93001290669949266 << 1e-12;
    QTest::newRow("I_0.001(1,1000)") << 1.0 << 1000.0 << 0.001 << 0.63230457522903594 << 1e-12;
    // P(Bin(10^6, ½) ≥ 501000) = I_½(501000, 499001), summed in Python from
    // lgamma log-pmfs (≈ 1e-8 relative).
    QTest::newRow("P(Bin(1e6,0.5)>=501000)")
        << 501000.0 << 499001.0 << 0.5 << 0.022804149918422684 << 1e-6;
}

void TestPrivacyAudit::betaIncKnownValues()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    QFETCH(double, expected);
    QFETCH(double, relTol);
    const double got = audit::betaInc(a, b, x);
    QVERIFY2(std::fabs(got - expected) <= relTol * expected, near(got, expected, relTol));
    // Symmetry: I_x(a, b) = 1 − I_{1−x}(b, a), and the complement agrees.
    const double mirror = 1.0 - audit::betaInc(b, a, 1.0 - x);
    QVERIFY2(std::fabs(mirror - expected) <= std::max(relTol * expected, 1e-14),
             near(mirror, expected, relTol));
    const audit::BetaInc both = audit::betaIncBoth(a, b, x);
    QVERIFY2(std::fabs(both.value + both.complement - 1.0) < 1e-14,
             near(both.value + both.complement, 1.0, 1e-14));
}

void TestPrivacyAudit::clopperPearsonKnownValues_data()
{
    QTest::addColumn<qulonglong>("k");
    QTest::addColumn<qulonglong>("n");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // The exact two-sided 95 % interval of 3 successes in 10 (R's
    // binom.test: 0.06673951, 0.65245285), re-solved with exact rational
    // binomial sums in Python.
    QTest::newRow("3 of 10, 95% two-sided")
        << 3ull << 10ull << 0.025 << 0.066739511177734467 << 0.65245285005999731;
    QTest::newRow("40 of 200, alpha 1e-3")
        << 40ull << 200ull << 1e-3 << 0.12127166987814236 << 0.29926045581241378;
    // k = 0: the upper bound solves (1 − p)^n = α; k = n: the lower solves p^n = α.
    QTest::newRow("0 of 1e6") << 0ull << 1000000ull << 1e-8 << 0.0
                              << -std::expm1(std::log(1e-8) / 1e6);
    QTest::newRow("50 of 50") << 50ull << 50ull << 1e-3 << std::pow(1e-3, 1.0 / 50.0) << 1.0;
}

void TestPrivacyAudit::clopperPearsonKnownValues()
{
    QFETCH(qulonglong, k);
    QFETCH(qulonglong, n);
    QFETCH(double, alpha);
    QFETCH(double, low);
    QFETCH(double, high);
    const double gotLow = audit::clopperPearsonLower(k, n, alpha);
    const double gotHigh = audit::clopperPearsonUpper(k, n, alpha);
    QVERIFY2(std::fabs(gotLow - low) <= 1e-9 * low, near(gotLow, low, 1e-9));
    QVERIFY2(std::fabs(gotHigh - high) <= 1e-9 * high, near(gotHigh, high, 1e-9));
}

void TestPrivacyAudit::clopperPearsonEdges()
{
    // The bounds bracket k/n and shrink like 1/√n.
    const double lo = audit::clopperPearsonLower(500000, 1000000, 1e-8);
    const double hi = audit::clopperPearsonUpper(500000, 1000000, 1e-8);
    QVERIFY2(lo < 0.5 && hi > 0.5, near(lo, hi, 0));
    // Half-width ≈ z·√(p(1 − p)/n) with z(1e-8) = 5.612: 0.002806.
    QVERIFY2(std::fabs((hi - lo) / 2 - 0.002806) < 2e-5,
             near((hi - lo) / 2, 0.002806, 2e-5 / 0.002806));
    // Zero in S on one side and all on the other: the bound is the sample size's.
    const double eps = audit::epsilonLowerBound(1000, 1000, 0, 1000, 1e-6);
    // p_low = α^(1/n), p_high = 1 − α^(1/n).
    const double root = std::pow(1e-6, 1e-3);
    const double want = std::log(root / -std::expm1(std::log(1e-6) / 1000.0));
    QVERIFY2(std::fabs(eps - want) < 1e-9, near(eps, want, 1e-9));
    // δ above the lower bound: no evidence at all.
    QVERIFY(std::isinf(audit::epsilonLowerBound(1, 1000, 0, 1000, 1e-6, 0.5)));
}

void TestPrivacyAudit::randomizedResponse_data()
{
    QTest::addColumn<double>("pHonest");
    QTest::addColumn<double>("pYes");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<double>("claim");
    // ε = ln(a/b): (½,½) → ln(¾/¼) = ln 3; (¾,½) → ln(0.875/0.125) = ln 7;
    // (¼,½) → ln(0.625/0.375) = ln(5/3) (Boruch 1971; Dwork & Roth 2014 §3.2).
    const struct
    {
        const char *name;
        double p, q, eps;
    } settings[] = {
        {"p=0.5 q=0.5 (ln 3)", 0.5, 0.5, std::log(3.0)},
        {"p=0.75 q=0.5 (ln 7)", 0.75, 0.5, std::log(7.0)},
        {"p=0.25 q=0.5 (ln 5/3)", 0.25, 0.5, std::log(5.0 / 3.0)},
    };
    for (const auto &s : settings) {
        QTest::addRow("%s, folded coins", s.name) << s.p << s.q << 0 << s.eps;
        QTest::addRow("%s, both coins shown", s.name) << s.p << s.q << 1 << s.eps;
    }
}

void TestPrivacyAudit::randomizedResponse()
{
    QFETCH(double, pHonest);
    QFETCH(double, pYes);
    QFETCH(int, kernel);
    QFETCH(double, claim);
    const AuditResult r = auditRr(pHonest, pYes, kernel, claim, 1000 + kernel);
    log(nullptr, r);
    QVERIFY2(r.epsilonLb <= claim, msg(r, "randomized response exceeds its epsilon"));
    // Power: with 10^6 answers per side the bound reaches ≥ 97 % of ε
    // (normal approximation); 80 % leaves a wide margin.
    QVERIFY2(r.epsilonLb > 0.8 * claim, msg(r, "audit has no power (eps_lb <= 0.8 eps)"));
}

void TestPrivacyAudit::forcedYesIsCaught()
{
    // Forced-yes design (q = 1): P(no | did it) = 0, so ε = ∞ and the "no"
    // event gives ε_lb ≈ ln(½·n/ln(1/α)) ≈ 10 with n = 10^6.
    for (int kernel = 0; kernel < 2; ++kernel) {
        const AuditResult r = auditRr(0.5, 1.0, kernel, 5.0, 2000 + kernel);
        log(kernel == 0 ? "forced yes, folded coins" : "forced yes, both coins shown", r);
        QVERIFY2(r.epsilonLb > 5.0, msg(r, "forced-yes design not caught (claim 5)"));
    }
}

void TestPrivacyAudit::misclaimedEpsilonIsCaught()
{
    // (¾, ½) is ln 7-DP; claiming ln 3 must fail the audit.
    const double claim = std::log(3.0);
    const AuditResult r = auditRr(0.75, 0.5, 0, claim, 3000);
    log("p=0.75 q=0.5 claimed ln 3", r);
    QVERIFY2(r.epsilonLb > claim, msg(r, "a wrong claim of ln 3 passed the audit"));
}

void TestPrivacyAudit::laplaceAttack_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<Neighbour>("neighbour");
    QTest::addColumn<qulonglong>("n");
    QTest::addColumn<qulonglong>("kOthers");
    QTest::addColumn<qulonglong>("threshold");
    QTest::addColumn<double>("epsilon");     // per query
    QTest::addColumn<double>("claim");       // ε spent on her secret (derived here)
    QTest::addColumn<double>("minFraction"); // power: ε_lb > minFraction·claim
    QTest::addColumn<qulonglong>("seed");
    // Sum and threshold (k_o = T, so her value flips the answer): Δ = 1, ε on her = ε.
    QTest::newRow("sum eps=0.5") << Query::Sum << Neighbour::Remove << 1000ull << 500ull << 500ull
                                 << 0.5 << 0.5 << 0.9 << 4001ull;
    QTest::newRow("sum eps=1") << Query::Sum << Neighbour::Remove << 1000ull << 500ull << 500ull
                               << 1.0 << 1.0 << 0.9 << 4002ull;
    QTest::newRow("sum eps=2") << Query::Sum << Neighbour::Remove << 1000ull << 500ull << 500ull
                               << 2.0 << 2.0 << 0.9 << 4003ull;
    QTest::newRow("threshold eps=1") << Query::Threshold << Neighbour::Remove << 1000ull << 500ull
                                     << 500ull << 1.0 << 1.0 << 0.9 << 4004ull;
    // Mean: Δ = 1/N, her value moves it by 1/N.
    QTest::newRow("mean eps=1 replace") << Query::Mean << Neighbour::Replace << 1000ull << 500ull
                                        << 0ull << 1.0 << 1.0 << 0.9 << 4005ull;
    // Median, odd N, remove-one: Δ_remove = ½ but her value moves it by 1,
    // so the query spends 2ε on her (group privacy); the audit must exceed ε.
    QTest::newRow("median eps=0.5 odd N remove") << Query::Median << Neighbour::Remove << 1001ull
                                                 << 500ull << 0ull << 0.5 << 1.0 << 0.9 << 4006ull;
    // Count ignores her value: ε on her = 0.
    QTest::newRow("count eps=1") << Query::Count << Neighbour::Remove << 1000ull << 500ull << 0ull
                                 << 1.0 << 0.0 << 0.0 << 4007ull;
}

void TestPrivacyAudit::laplaceAttack()
{
    QFETCH(Query, query);
    QFETCH(Neighbour, neighbour);
    QFETCH(qulonglong, n);
    QFETCH(qulonglong, kOthers);
    QFETCH(qulonglong, threshold);
    QFETCH(double, epsilon);
    QFETCH(double, claim);
    QFETCH(double, minFraction);
    QFETCH(qulonglong, seed);
    // The lab's calibration: b = Δ_global/ε, and its own claim for her secret.
    const double scale = globalSensitivity(query, neighbour, n, threshold) / epsilon;
    const double labClaim = targetEpsilon(query, neighbour, n, threshold, epsilon, true);
    QVERIFY2(std::fabs(labClaim - claim) < 1e-12, near(labClaim, claim, 1e-12));
    AttackSamples s;
    addAttackTrials(s, -1, query, n, kOthers, threshold, scale, seed);
    const AttackSignal sig = attackSignal(query, n, kOthers, threshold);
    const AuditResult r = auditAttack(s, std::min(sig.full0, sig.full1),
                                      std::max(sig.full0, sig.full1), scale, claim);
    log(nullptr, r);
    QVERIFY2(s.full[0].size() > kAttackTrials / 2 - 10000 &&
                 s.full[1].size() > kAttackTrials / 2 - 10000,
             msg(r, "unbalanced secret coin"));
    QVERIFY2(r.epsilonLb <= claim, msg(r, "Laplace mechanism exceeds the epsilon spent on her"));
    if (minFraction > 0.0)
        QVERIFY2(r.epsilonLb > minFraction * claim, msg(r, "audit has no power"));
    if (query == Query::Median)
        QVERIFY2(r.epsilonLb > epsilon, msg(r, "median: the per-query epsilon should be exceeded"));
}

void TestPrivacyAudit::measuredSensitivityIsCaught()
{
    // "Is the sum above T" with k_o = T, remove-one neighbours: on her x = 0
    // database (k = T) no neighbour changes the answer, so the measured
    // sensitivity is 0 and noise calibrated to it is none; on x = 1 (k = T + 1)
    // it is 1. The global sensitivity is 1. Claim ε = 1.
    const std::uint64_t n = 1000, t = 500, kOthers = 500;
    const double epsilon = 1.0;
    const double local0 =
        measuredSensitivityValue(Query::Threshold, Neighbour::Remove, n, kOthers, t);
    const double local1 =
        measuredSensitivityValue(Query::Threshold, Neighbour::Remove, n, kOthers + 1, t);
    QCOMPARE(local0, 0.0);
    QCOMPARE(local1, 1.0);
    QCOMPARE(globalSensitivity(Query::Threshold, Neighbour::Remove, n, t), 1.0);
    AttackSamples s;
    addAttackTrials(s, 0, Query::Threshold, n, kOthers, t, local0 / epsilon, 5000);
    addAttackTrials(s, 1, Query::Threshold, n, kOthers, t, local1 / epsilon, 5001);
    const AuditResult r = auditAttack(s, 0.0, 1.0, 1.0 / epsilon, epsilon);
    log("threshold, noise from measured sensitivity", r);
    QVERIFY2(r.epsilonLb > 5.0, msg(r, "noise scaled to the measured sensitivity not caught"));
}

void TestPrivacyAudit::tooSmallLaplaceScaleIsCaught()
{
    // f(x) = 1, f(y) = 0 with Laplace noise b = 1/(3ε): really 3ε-DP; claim ε = 1.
    const double epsilon = 1.0, scale = 1.0 / (3.0 * epsilon);
    const std::vector<double> ts{0.0, 0.5, 1.0, 1.5, 2.0, 3.0};
    std::vector<EventCounts> events;
    for (double t : ts)
        events.push_back({named("output > %g", t), 0, 0});
    for (int side = 0; side < 2; ++side) {
        Rng rng(6000, side);
        for (std::uint64_t i = 0; i < kLaplaceSamples; ++i) {
            const double out = side + laplace(rng, scale);
            for (std::size_t e = 0; e < ts.size(); ++e)
                (side == 1 ? events[e].inX : events[e].inY) += out > ts[e];
        }
    }
    const AuditResult r = audit::auditEvents(events, kLaplaceSamples, kLaplaceSamples, epsilon);
    log("Laplace b = 1/(3 eps)", r);
    QVERIFY2(r.epsilonLb > epsilon, msg(r, "too small Laplace scale not caught"));
    // It should even come near the true 3ε.
    QVERIFY2(r.epsilonLb > 2.5 * epsilon, msg(r, "too small Laplace scale: weak bound"));
}

void TestPrivacyAudit::gaussian_data()
{
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("delta");
    QTest::addColumn<double>("minFraction");
    // Threshold events cannot reach ε for the Gaussian: the loss exceeds ε
    // only far in the tail. Expected ε_lb with 10^6 samples per side
    // (normal approximation of the bounds, best threshold of the grid, α
    // split over 4 events): ≈ 0.62, 2.05 and 0.86 — observed 0.59, 1.95 and
    // 0.83 with the grid of 9 events. Power demands half of ε.
    QTest::newRow("eps=1 delta=1e-5") << 1.0 << 1e-5 << 0.5;
    QTest::newRow("eps=3 delta=1e-5") << 3.0 << 1e-5 << 0.5;
    QTest::newRow("eps=1 delta=1e-3") << 1.0 << 1e-3 << 0.5;
}

void TestPrivacyAudit::gaussian()
{
    QFETCH(double, epsilon);
    QFETCH(double, delta);
    QFETCH(double, minFraction);
    const double sigma = analyticGaussianSigma(epsilon, delta, 1.0);
    const AuditResult r =
        auditGaussian(sigma, epsilon, delta, 7000 + static_cast<std::uint64_t>(epsilon));
    log(nullptr, r);
    QVERIFY2(r.epsilonLb <= epsilon, msg(r, "analytic Gaussian exceeds its (eps, delta)"));
    QVERIFY2(r.epsilonLb > minFraction * epsilon, msg(r, "audit has no power"));
}

void TestPrivacyAudit::tooSmallGaussianSigmaIsCaught_data()
{
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<double>("delta");
    // Half the analytic σ. (The classic σ = √(2 ln(1.25/δ))/ε is LARGER than
    // the analytic one even at ε = 3 — 1.615 against 1.391 — so it is not a
    // broken case.)
    QTest::newRow("eps=1 delta=1e-5, sigma/2") << 1.0 << 1e-5;
    QTest::newRow("eps=3 delta=1e-5, sigma/2") << 3.0 << 1e-5;
}

void TestPrivacyAudit::tooSmallGaussianSigmaIsCaught()
{
    QFETCH(double, epsilon);
    QFETCH(double, delta);
    const double sigma = analyticGaussianSigma(epsilon, delta, 1.0);
    QVERIFY2(classicGaussianSigma(epsilon, delta, 1.0) > sigma,
             near(classicGaussianSigma(epsilon, delta, 1.0), sigma, 0));
    const AuditResult r =
        auditGaussian(sigma / 2.0, epsilon, delta, 8000 + static_cast<std::uint64_t>(epsilon));
    log(nullptr, r);
    QVERIFY2(r.epsilonLb > epsilon, msg(r, "Gaussian noise with half the sigma not caught"));
}

QTEST_APPLESS_MAIN(TestPrivacyAudit)
#include "tst_privacy_audit.moc"
