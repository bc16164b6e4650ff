// Every lab from allLabs() at the screen sizes a classroom has, in normal and
// presentation mode: nothing overlaps, nothing is cut, every plot area stays
// readable (layoutcheck.h says what is checked). A second ctest entry runs it
// at device pixel ratio 2 (QT_SCALE_FACTOR=2, EPSILON_LAYOUT_SIZES with the
// logical sizes of a 2560×1440 and a 3840×2160 screen), a third in German
// (EPSILON_LAYOUT_LANG=de: longer words in the lab list, labels and strip).
// In presentation every slide fits the screen without scrolling
// (layoutcheck::checkSlideFits; labs not there yet are listed in
// kNotYetOneScreen) and the control strip shows every control
// (layoutcheck::checkStrip).
#include "layoutcheck.h"

#include "framework/labpage.h"
#include "framework/language.h"
#include "framework/mainwindow.h"

#include <QCoreApplication>
#include <QHash>
#include <QTest>

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void everyLabFitsEveryScreen();
};

namespace {
// Labs whose presentation still scrolls somewhere: budget and mechanisms lay
// their charts out in their own scroll area, not yet as ChartGrid slides;
// differencing's two result headlines leave too little room for the charts
// of slide 2 below 1920×1080. Their slides are reported, not failed.
const QStringList kNotYetOneScreen = {QStringLiteral("differencing")};
// In German the longer headline and control words still push these over
// at 1280×720 or 1366×768 (dpsgd: the long y-axis title of its trade-off chart).
const QStringList kNotYetOneScreenGerman = {QStringLiteral("survey"), QStringLiteral("income"),
                                            QStringLiteral("dpsgd")};

QList<QSize> sizes()
{
    QList<QSize> out;
    const QString env = qEnvironmentVariable("EPSILON_LAYOUT_SIZES");
    const QStringList list =
        env.isEmpty() ? QStringList{QStringLiteral("1280x720"), QStringLiteral("1366x768"),
                                    QStringLiteral("1920x1080"), QStringLiteral("3840x2160")}
                      : env.split(QLatin1Char(','));
    for (const QString &s : list)
        out.append(QSize(s.section(QLatin1Char('x'), 0, 0).toInt(),
                         s.section(QLatin1Char('x'), 1, 1).toInt()));
    return out;
}

void settle(QWidget *window)
{
    // Layouts, then the charts' own graphics layouts, are activated by posted
    // events: a few rounds reach a fixed point.
    for (int i = 0; i < 12; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    Q_UNUSED(window);
}
} // namespace

void TestLayout::everyLabFitsEveryScreen()
{
    const QString lang = qEnvironmentVariable("EPSILON_LAYOUT_LANG", QStringLiteral("en"));
    QCOMPARE(language::install(lang), lang);
    MainWindow window(false);
    window.resize(1440, 900);
    window.show();
    QVERIFY(!window.pages().isEmpty());
    QStringList failures;
    QHash<QString, QStringList> scrolling; // slides that need scrolling, by lab
    const QStringList notYet =
        kNotYetOneScreen + (lang == QLatin1String("de") ? kNotYetOneScreenGerman : QStringList());
    int views = 0;
    for (LabPage *page : window.pages()) {
        const QString lab = page->objectName();
        QVERIFY(window.showLab(lab));
        page->waitUntilDrawn();
        QVERIFY2(page->lastResult(), qPrintable(lab));
        for (const bool presentation : {false, true}) {
            window.setPresentation(presentation, false);
            for (const QSize &size : sizes()) {
                window.resize(size);
                settle(&window);
                const int slides = presentation ? page->slideCount() : 1;
                for (int s = 0; s < slides; ++s) {
                    if (presentation) {
                        page->showSlide(s);
                        settle(&window);
                    }
                    ++views;
                    const QString where =
                        QStringLiteral("%1 %2 %3x%4 %5%6: ")
                            .arg(lang, lab)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(presentation ? QStringLiteral("presentation")
                                              : QStringLiteral("normal"))
                            .arg(presentation ? QStringLiteral(" slide %1").arg(s + 1) : QString());
                    for (const QString &p : layoutcheck::check(&window))
                        failures << where + p;
                    if (presentation)
                        for (const QString &p : layoutcheck::checkStrip(page))
                            failures << where + p;
                    if (presentation)
                        for (const QString &p : layoutcheck::checkSlideFits(page)) {
                            scrolling[lab] << where + p;
                            if (!notYet.contains(lab))
                                failures << where + p;
                        }
                }
            }
        }
        window.setPresentation(false, false);
    }
    // A lab on the list that fits now must come off it, so the list only shrinks.
    for (const QString &lab : notYet) {
        for (const QString &p : scrolling.value(lab))
            qInfo().noquote() << "not yet one screen (known):" << p;
        if (window.page(lab) && scrolling.value(lab).isEmpty())
            failures << QStringLiteral("%1: every slide fits now; take it off kNotYetOneScreen")
                            .arg(lab);
    }
    for (const QString &f : failures)
        qWarning().noquote() << f;
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 layout problems in %2 views (listed above)")
                            .arg(failures.size())
                            .arg(views)));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
