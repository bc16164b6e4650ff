// Every lab from allLabs() at the screen sizes a classroom has, in normal and
// presentation mode: nothing overlaps, nothing is cut, every plot area stays
// readable (layoutcheck.h says what is checked). A second ctest entry runs it
// at device pixel ratio 2 (QT_SCALE_FACTOR=2, EPSILON_LAYOUT_SIZES with the
// logical sizes of a 2560×1440 and a 3840×2160 screen), a third in German
// (EPSILON_LAYOUT_LANG=de: longer words in the lab list, labels and strip).
// In presentation the control strip must show every control
// (layoutcheck::checkStrip).
#include "layoutcheck.h"

#include "framework/labpage.h"
#include "framework/language.h"
#include "framework/mainwindow.h"

#include <QCoreApplication>
#include <QTest>

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void everyLabFitsEveryScreen();
};

namespace {
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
                }
            }
        }
        window.setPresentation(false, false);
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
