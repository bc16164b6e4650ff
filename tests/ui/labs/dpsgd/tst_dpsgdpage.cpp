// The DP-SGD page offscreen: the first result tells the story in words, the
// audit runs on demand off the GUI thread and ends below the accountant's ε,
// Cancel stops it without a result, a parameter change retires an old audit,
// and a batch larger than the data is refused with the last result kept.
#include "charts/chartview.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "labs/dpsgd/dpsgdpage.h"

#include <QTest>

#include "pagetest.h"

class TestDpsgdPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunDrawsEverything();
    void auditRunsAndStaysBelow();
    void auditCancels();
    void changeRetiresAudit();
    void batchAbovePointsIsRefused();
    void cleanupTestCase();

private:
    MainWindow *m_window = nullptr;
    DpsgdPage *m_page = nullptr;
};

void TestDpsgdPage::initTestCase()
{
    m_page = pagetest::openLab<DpsgdPage>(m_window, QStringLiteral("dpsgd"));
    QVERIFY(m_page);
}

void TestDpsgdPage::firstRunDrawsEverything()
{
    QVERIFY2(m_page->headlineText().contains(QStringLiteral("DP-SGD spent")),
             qPrintable(m_page->headlineText()));
    QVERIFY(m_page->headlineText().contains(QStringLiteral("Alice")));
    for (ChartPanel *c : m_page->charts().mid(0, 4)) {
        QVERIFY2(!c->summary().isEmpty(), qPrintable(c->title()));
        QVERIFY2(!c->title().isEmpty(), "chart without a title");
    }
    QVERIFY(m_page->auditText().contains(QStringLiteral("Run the audit")));
}

void TestDpsgdPage::auditRunsAndStaysBelow()
{
    QString error;
    QVERIFY2(m_page->assign(QStringLiteral("audit_runs"), QStringLiteral("20"), &error),
             qPrintable(error));
    QVERIFY(pagetest::settle(m_page));
    m_page->startAudit();
    QVERIFY(m_page->auditRunning() || m_page->auditText().contains(QStringLiteral("proves")));
    m_page->waitForAudit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->auditRunning(), 60000);
    QCoreApplication::processEvents();
    QVERIFY2(m_page->auditText().contains(QStringLiteral("The audit proves")),
             qPrintable(m_page->auditText()));
    QVERIFY2(m_page->auditText().contains(QStringLiteral("stays below")),
             qPrintable(m_page->auditText()));
}

void TestDpsgdPage::auditCancels()
{
    QString error;
    QVERIFY(m_page->assign(QStringLiteral("audit_runs"), QStringLiteral("2000"), &error));
    QVERIFY(pagetest::settle(m_page));
    m_page->startAudit();
    QVERIFY(m_page->auditRunning());
    m_page->cancelAudit();
    m_page->waitForAudit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->auditRunning(), 10000);
    QCoreApplication::processEvents();
    QVERIFY2(!m_page->auditText().contains(QStringLiteral("proves")),
             qPrintable(m_page->auditText()));
}

void TestDpsgdPage::changeRetiresAudit()
{
    QString error;
    QVERIFY(m_page->assign(QStringLiteral("audit_runs"), QStringLiteral("10"), &error));
    QVERIFY(pagetest::settle(m_page));
    m_page->startAudit();
    m_page->waitForAudit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->auditRunning(), 60000);
    QCoreApplication::processEvents();
    QVERIFY(m_page->auditText().contains(QStringLiteral("proves")));
    QVERIFY(m_page->assign(QStringLiteral("noise_multiplier"), QStringLiteral("2"), &error));
    QVERIFY(pagetest::settle(m_page));
    QVERIFY2(!m_page->auditText().contains(QStringLiteral("proves")),
             qPrintable(m_page->auditText()));
}

void TestDpsgdPage::batchAbovePointsIsRefused()
{
    const auto before = m_page->lastResult();
    QString error;
    m_page->assign(QStringLiteral("batch"), QStringLiteral("5000"), &error);
    pagetest::settle(m_page);
    QVERIFY2(!error.isEmpty() || !m_page->errorText().isEmpty(), "batch > points was accepted");
    QCOMPARE(m_page->lastResult(), before);
}

void TestDpsgdPage::cleanupTestCase()
{
    delete m_window;
}

QTEST_MAIN(TestDpsgdPage)
#include "tst_dpsgdpage.moc"
