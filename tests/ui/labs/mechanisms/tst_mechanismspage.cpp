// The mechanisms page offscreen: every chart drawn with title, axis titles and
// a summary; the headline leads with the odds ("50:50 … 73:27"); the icon
// array shows 100 replays; the empirical check says "consistent" for Laplace
// and "false" for a broken mechanism; the float-leak panel counts leaks for
// the naive sampler and none for the exact discrete one; one or two columns
// by width; bad input is refused with a reason and the last result stays.
#include "charts/chartview.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "labs/mechanisms/mechanismspage.h"

#include <QTest>

#include "pagetest.h"

class TestMechanismsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunDrawsEverything();
    void brokenMechanismFailsTheCheck();
    void discreteSamplerHasNoLeak();
    void badInputIsRefusedAndKeepsResult();
    void fitsSmallAndLargeWindows();
    void cleanupTestCase();

private:
    MainWindow *m_window = nullptr;
    MechanismsPage *m_page = nullptr;
};

void TestMechanismsPage::initTestCase()
{
    m_page = pagetest::openLab<MechanismsPage>(m_window, QStringLiteral("mechanisms"));
    QVERIFY(m_page);
}

void TestMechanismsPage::cleanupTestCase()
{
    delete m_window;
}

void TestMechanismsPage::firstRunDrawsEverything()
{
    QCOMPARE(m_page->charts().size(), 4);
    for (ChartPanel *c : m_page->charts()) {
        QVERIFY2(!c->title().isEmpty(), "chart without title");
        for (const QString &axisTitle : c->axisTitles())
            QVERIFY2(!axisTitle.isEmpty(), qPrintable(c->title()));
        QVERIFY2(!c->summary().isEmpty(), qPrintable(c->title()));
        QVERIFY2(c->seriesCount() > 0, qPrintable(c->title()));
        QVERIFY2(!c->summary().contains(QStringLiteral("nan"), Qt::CaseInsensitive),
                 qPrintable(c->summary()));
    }
    const QString h = m_page->headlineText();
    QVERIFY2(h.contains(QStringLiteral("50:50")) && h.contains(QStringLiteral("73:27")),
             qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral("2.7 times")), qPrintable(h));
    QVERIFY2(m_page->checkText().contains(QStringLiteral("Consistent")),
             qPrintable(m_page->checkText()));
    QVERIFY2(m_page->leakText().contains(QStringLiteral("only one of the two")),
             qPrintable(m_page->leakText()));
    QVERIFY(m_page->summary().contains(QStringLiteral("100 replays")));
}

void TestMechanismsPage::brokenMechanismFailsTheCheck()
{
    QString error;
    for (const char *kind : {"wrong_sensitivity", "uniform", "forced_yes"}) {
        QVERIFY2(m_page->assign(QStringLiteral("mechanism"), QString::fromLatin1(kind), &error),
                 qPrintable(error));
        QVERIFY(pagetest::settle(m_page));
        QVERIFY2(m_page->checkText().contains(QStringLiteral("The claim is false")),
                 qPrintable(m_page->checkText()));
        QVERIFY2(m_page->headlineText().contains(QStringLiteral("breaks the promise")),
                 qPrintable(m_page->headlineText()));
    }
    QVERIFY(m_page->assign(QStringLiteral("mechanism"), QStringLiteral("gaussian"), &error));
    QVERIFY(pagetest::settle(m_page));
    QVERIFY2(m_page->charts()[2]->summary().contains(QStringLiteral("leaves the band")),
             qPrintable(m_page->charts()[2]->summary()));
    QVERIFY2(m_page->checkText().contains(QStringLiteral("Consistent")),
             qPrintable(m_page->checkText()));
}

void TestMechanismsPage::discreteSamplerHasNoLeak()
{
    QString error;
    QVERIFY(
        m_page->assign(QStringLiteral("mechanism"), QStringLiteral("discrete_laplace"), &error));
    QVERIFY(pagetest::settle(m_page));
    QVERIFY2(m_page->leakText().startsWith(QStringLiteral("Floating-point leak: 0 of")),
             qPrintable(m_page->leakText()));
    QVERIFY(m_page->assign(QStringLiteral("mechanism"), QStringLiteral("laplace"), &error));
    QVERIFY(pagetest::settle(m_page));
}

void TestMechanismsPage::badInputIsRefusedAndKeepsResult()
{
    QVERIFY(pagetest::settle(m_page));
    const auto before = m_page->lastResult();
    const auto values = m_page->values();
    QString error;
    QVERIFY(!m_page->assign(QStringLiteral("epsilon"), QStringLiteral("0"), &error));
    QVERIFY2(error.contains(QStringLiteral("“ε”")) && error.contains(QStringLiteral("0.01")),
             qPrintable(error));
    QVERIFY(!m_page->assign(QStringLiteral("samples"), QStringLiteral("0"), &error));
    QVERIFY(!m_page->assign(QStringLiteral("mechanism"), QStringLiteral("magic"), &error));
    QVERIFY(pagetest::settle(m_page));
    QCOMPARE(m_page->lastResult(), before);
    QVERIFY(m_page->values() == values);
}

void TestMechanismsPage::fitsSmallAndLargeWindows()
{
    for (const QSize size :
         {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        QVERIFY(pagetest::settle(m_page));
        for (ChartPanel *c : m_page->charts()) {
            QVERIFY2(c->width() >= 300, qPrintable(QStringLiteral("%1 at %2×%3: %4 px wide")
                                                       .arg(c->title())
                                                       .arg(size.width())
                                                       .arg(size.height())
                                                       .arg(c->width())));
            QVERIFY2(c->height() >= 250,
                     qPrintable(QStringLiteral("%1: %2 px high").arg(c->title()).arg(c->height())));
        }
    }
}

QTEST_MAIN(TestMechanismsPage)
#include "tst_mechanismspage.moc"
