// The figures that the English lessons (resources/lessons/en/*.md) state
// about the labs, recomputed here from first principles and looked up in the
// lesson text: a lesson that states a figure the computation does not give
// (or drops the statement) fails. Each figure is formatted exactly as the
// lesson writes it.

#include "labs/differencing/differencing.h"
#include "mechanisms/gaussian.h"
#include "stats/stats.h"
#include "surveytest.h"

#include <QFile>
#include <QTest>

using namespace surveytest;

namespace {

QString lesson(const char *lab)
{
    QFile f(QStringLiteral(EPSILON_LESSON_DIR "/en/%1.md").arg(QLatin1String(lab)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// "97.4 %": one decimal, a space before the percent sign (the lessons' style).
QString pct(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

// 58800 -> "58,800": the lessons' thousands separator.
QString grouped(double v)
{
    QString s = QString::number(std::llround(v));
    for (int i = s.size() - 3; i > (s.startsWith(QLatin1Char('-')) ? 1 : 0); i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

// Composite Simpson over [a, b] with n (even) panels.
template <typename F> double simpson(F f, double a, double b, int n = 200000)
{
    const double h = (b - a) / n;
    double s = f(a) + f(b);
    for (int i = 1; i < n; ++i)
        s += f(a + i * h) * (i % 2 ? 4.0 : 2.0);
    return s * h / 3.0;
}

#define VERIFY_STATES(text, figure)                                                                \
    QVERIFY2((text).contains(figure),                                                              \
             qPrintable(QStringLiteral("the lesson does not state \"%1\"").arg(figure)))

} // namespace

class TestLessonFigures : public QObject
{
    Q_OBJECT

private slots:
    void surveyIntervalCoverage();
    void incomeDeltaIsNotTheFailureChance();
    void incomeIntervalRounding();
    void incomeClippingSides();
    void differencingCeilingAndMean();
};

void TestLessonFigures::surveyIntervalCoverage()
{
    // Issue 8, point 5: exact coverage of the shown 95 % interval for the
    // lab's repeated surveys of one fixed population (N = 1000, 30 % true
    // share, fair second coin), first coin ½ and ¾:
    // Σ_y P(Y = y)·[truth ∈ interval(y)], Y = Bin(k, a) + Bin(N − k, b).
    const QString text = lesson("survey");
    QVERIFY(!text.isEmpty());
    for (double p : {0.5, 0.75}) {
        constexpr std::uint64_t n = 1000, k = 300;
        const auto pmf = yesCountPmf(n, k, p, 0.5);
        double coverage = 0;
        for (std::uint64_t y = 0; y <= n; ++y) {
            const auto ci = dp::rrInterval(y, n, p, 0.5);
            if (ci.low <= 0.3 && 0.3 <= ci.high)
                coverage += pmf[y];
        }
        VERIFY_STATES(text, pct(coverage));
    }
}

void TestLessonFigures::incomeDeltaIsNotTheFailureChance()
{
    // Issue 8, point 4. Gaussian mechanism, sensitivity Δ = 1 (C in units of
    // C), ε = 1, δ = 1e-5, σ from the analytic calibration (Balle & Wang 2018,
    // Thm 8; 3.7306316349). With m = Δ/σ the privacy loss on the output of x
    // is L ~ N(m²/2, m²). (ε, δ)-DP with equality at this σ means
    //   E[(1 − e^(ε − L))⁺] = δ          (integrated numerically here),
    // while the chance that the loss exceeds ε is
    //   P(L > ε) = Φ(m/2 − ε/m) ≈ 1.6e-4 ≈ 16 δ   (not δ).
    constexpr double eps = 1.0, delta = 1e-5;
    const double sigma = dp::analyticGaussianSigma(eps, delta, 1.0);
    QVERIFY2(std::fabs(sigma - 3.7306316349) < 1e-8, qPrintable(QString::number(sigma, 'g', 12)));
    const double m = 1.0 / sigma, mean = m * m / 2, sd = m;
    const auto pdf = [&](double l) { return dp::normalPdf((l - mean) / sd) / sd; };
    const double hi = mean + 40 * sd;
    const double excess =
        simpson([&](double l) { return (1 - std::exp(eps - l)) * pdf(l); }, eps, hi);
    QVERIFY2(std::fabs(excess - delta) < 1e-6 * delta,
             qPrintable(QStringLiteral("E[(1 - e^(eps - L))+] = %1, delta = %2")
                            .arg(excess, 0, 'g', 12)
                            .arg(delta)));
    const double pExceed = dp::normalCdf(m / 2 - eps / m);
    const double pExceedIntegrated = simpson(pdf, eps, hi);
    QVERIFY2(std::fabs(pExceed - pExceedIntegrated) < 1e-8 * pExceed,
             qPrintable(QStringLiteral("%1 vs %2").arg(pExceed).arg(pExceedIntegrated)));
    QCOMPARE(QString::number(pExceed, 'f', 5), QStringLiteral("0.00016"));
    const long times = std::lround(pExceed / delta);
    QCOMPARE(times, 16L);
    const QString text = lesson("income");
    VERIFY_STATES(text, QStringLiteral("1.6·10⁻⁴"));
    VERIFY_STATES(text, QStringLiteral("about %1 times δ").arg(times));
    VERIFY_STATES(text, QStringLiteral("σ_o = %1 × C").arg(QString::number(sigma, 'f', 4)));
    QVERIFY2(!text.contains(QStringLiteral("chance that this bound fails")),
             "the wrong gloss of δ is back");
}

void TestLessonFigures::incomeIntervalRounding()
{
    // Issue 8, point 7: the lesson's "1.96 ×" products multiply out as
    // written, and the app's figures (exact z = Φ⁻¹(0.975)) are named as such.
    // Defaults: σ_o = 30,000, N = 1000.
    const double z = dp::normalQuantile(0.975), sigma = 30000.0, se = sigma / std::sqrt(1000.0);
    const QString text = lesson("income");
    VERIFY_STATES(text, QStringLiteral("1.96 × 30,000 = ± %1").arg(grouped(1.96 * sigma)));
    VERIFY_STATES(text, QStringLiteral("shows ± %1").arg(grouped(z * sigma)));
    VERIFY_STATES(text, QStringLiteral("≈ %1").arg(grouped(se)));
    VERIFY_STATES(
        text, QStringLiteral("1.96 × %1 ≈ ± %2").arg(grouped(se), grouped(1.96 * std::round(se))));
    VERIFY_STATES(text, QStringLiteral("shows ± %1").arg(grouped(z * se)));
}

void TestLessonFigures::incomeClippingSides()
{
    // Issue 8, point 6: normal against log-normal incomes, mean 70,000,
    // spread 40,000, C = 100,000. E[(X − C)⁺] and E[(−X)⁺] integrated
    // numerically (log-normal: X = e^Y, Y ~ N(μ_L, σ_L²), σ_L² = ln(1 + s²/μ²)).
    const double mu = 70000, s = 40000, c = 100000;
    const auto normal = [&](double x) { return dp::normalPdf((x - mu) / s) / s; };
    const double aboveNormal =
        simpson([&](double x) { return (x - c) * normal(x); }, c, mu + 40 * s);
    const double belowNormal = simpson([&](double x) { return -x * normal(x); }, mu - 40 * s, 0.0);
    const double pBelow = simpson(normal, mu - 40 * s, 0.0);
    const double sl2 = std::log(1 + s * s / (mu * mu)), sl = std::sqrt(sl2),
                 ml = std::log(mu) - sl2 / 2;
    const auto logPdf = [&](double y) { return dp::normalPdf((y - ml) / sl) / sl; };
    const double aboveLog =
        simpson([&](double y) { return (std::exp(y) - c) * logPdf(y); }, std::log(c), ml + 40 * sl);
    const QString text = lesson("income");
    VERIFY_STATES(text, QStringLiteral("costs more: %1 instead of %2")
                            .arg(grouped(aboveLog), grouped(aboveNormal)));
    VERIFY_STATES(text, QStringLiteral("%1 *negative* incomes").arg(pct(pBelow)));
    VERIFY_STATES(text, QStringLiteral("adds %1 back").arg(grouped(belowNormal)));
    VERIFY_STATES(text, QStringLiteral("net bias is only %1")
                            .arg(grouped(std::round((aboveNormal - belowNormal) / 100) * 100)));
}

void TestLessonFigures::differencingCeilingAndMean()
{
    // Issue 8, points 2 and 3. Median of 11 people, Laplace, ε = 1,
    // remove-one: budget 1 and 2 (remove-one), 2 and 3 (replace-one); exact
    // success 77.7 % beats e/(1 + e) = 73.1 %, the ceiling uses 2ε: 88.1 %.
    // Mean of 5,000, remove-one: sum and count at ε/2, success
    // 1 − ½e^(−ε/4)(1 + ε/8) = 56.2 %, ceiling at ε/2: 62.2 %.
    dp::DifferencingParams p;
    p.rows = 11;
    p.query = dp::Query::Median;
    p.laplaceNoise = true;
    p.epsilon = 1.0;
    p.trials = 10;
    const auto median = dp::simulateDifferencing(p, 42);
    p.rows = 5000;
    p.query = dp::Query::Mean;
    const auto mean = dp::simulateDifferencing(p, 42);
    const double meanFormula = 1 - 0.5 * std::exp(-0.25) * (1 + 1.0 / 8);
    QVERIFY(std::fabs(mean->exactSuccess - meanFormula) < 1e-12);
    const QString text = lesson("differencing");
    VERIFY_STATES(text, QStringLiteral("query with her spends ε = %1 and both queries %2")
                            .arg(median->epsilonTarget)
                            .arg(median->epsilonTotal));
    VERIFY_STATES(text, QStringLiteral("they spend %1 and %2")
                            .arg(median->epsilonTargetReplace)
                            .arg(median->epsilonTotalReplace));
    VERIFY_STATES(text, QStringLiteral("succeeds %1 of the time, above the %2")
                            .arg(pct(median->exactSuccess), pct(dp::dpSuccessCeiling(1.0))));
    VERIFY_STATES(text, QStringLiteral("uses 2ε: %1").arg(pct(median->dpCeiling)));
    VERIFY_STATES(text, QStringLiteral("%1 at ε = 1").arg(pct(mean->exactSuccess)));
    VERIFY_STATES(text, QStringLiteral("the ceiling is %1").arg(pct(mean->dpCeiling)));
}

QTEST_APPLESS_MAIN(TestLessonFigures)
#include "tst_lesson_figures.moc"
