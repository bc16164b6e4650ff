// The figures that the English lessons (resources/lessons/en/*.md) state
// about the labs, recomputed here from first principles and looked up in the
// lesson text: a lesson that states a figure the computation does not give
// (or drops the statement) fails. Each figure is formatted exactly as the
// lesson writes it.

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

#define VERIFY_STATES(text, figure)                                                                \
    QVERIFY2((text).contains(figure),                                                              \
             qPrintable(QStringLiteral("the lesson does not state \"%1\"").arg(figure)))

} // namespace

class TestLessonFigures : public QObject
{
    Q_OBJECT

private slots:
    void surveyIntervalCoverage();
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

QTEST_APPLESS_MAIN(TestLessonFigures)
#include "tst_lesson_figures.moc"
