// The privacy-budget page offscreen: every chart is drawn with titles; the
// query console spends, refuses at the boundary (10 × 0.1 into 1.0, never
// 11), a refused query adds nothing; Ctrl+Return asks; disjoint age groups
// cost the maximum; the console keeps its state across simulation runs and
// starts over when the budget changes; bad input is refused with a reason.
#include "charts/chartview.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "labs/budget/budgetconsole.h"
#include "labs/budget/budgetpage.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTest>

#include "pagetest.h"

class TestBudgetPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunDrawsEverything();
    void tenAnswersThenRefusal();
    void keyboardAsks();
    void disjointGroupsCostTheMaximum();
    void consoleSurvivesRerunsAndResetsOnNewBudget();
    void badInputIsRefusedAndKeepsResult();
    void cleanupTestCase();

private:
    MainWindow *m_window = nullptr;
    BudgetPage *m_page = nullptr;
};

void TestBudgetPage::initTestCase()
{
    m_page = pagetest::openLab<BudgetPage>(m_window, QStringLiteral("budget"));
    QVERIFY(m_page);
}

void TestBudgetPage::cleanupTestCase()
{
    delete m_window;
}

void TestBudgetPage::firstRunDrawsEverything()
{
    QCOMPARE(m_page->charts().size(), 3);
    for (ChartPanel *c : m_page->charts()) {
        QVERIFY2(!c->title().isEmpty(), "chart without title");
        for (const QString &axisTitle : c->axisTitles())
            QVERIFY2(!axisTitle.isEmpty(), qPrintable(c->title()));
        QVERIFY2(!c->summary().isEmpty(), qPrintable(c->title()));
        QVERIFY2(c->seriesCount() > 0, qPrintable(c->title()));
        QVERIFY2(!c->summary().contains(QStringLiteral("nan"), Qt::CaseInsensitive),
                 qPrintable(c->summary()));
    }
    QVERIFY(m_page->headlineText().contains(QStringLiteral("3,074")));
    QVERIFY(m_page->charts()[2]->summary().contains(QStringLiteral("10 answers")));
}

void TestBudgetPage::tenAnswersThenRefusal()
{
    BudgetConsole *console = m_page->console();
    console->startOver();
    console->epsilonBox()->setValue(0.1);
    for (int i = 0; i < 10; ++i)
        console->askButton()->click();
    QCOMPARE(console->answerCount(), 10);
    QCOMPARE(console->meterValue(), 1000);
    QCOMPARE(console->accountant().spent(), 1.0);
    console->askButton()->click();
    QCOMPARE(console->answerCount(), 10); // the refused query is not listed
    QCOMPARE(console->accountant().queries(), std::uint64_t(10));
    QVERIFY2(console->messageText().startsWith(QStringLiteral("Refused")),
             qPrintable(console->messageText()));
    QVERIFY2(console->messageText().contains(QStringLiteral("1.10")),
             qPrintable(console->messageText()));
    QVERIFY(console->answerText(0).contains(QStringLiteral("±")));
    QVERIFY(console->answerText(0).contains(QStringLiteral("ε = 0.10")));
}

void TestBudgetPage::keyboardAsks()
{
    BudgetConsole *console = m_page->console();
    console->startOver();
    m_window->activateWindow();
    console->epsilonBox()->setFocus();
    QTest::keyClick(console->epsilonBox(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(console->answerCount(), 1);
}

void TestBudgetPage::disjointGroupsCostTheMaximum()
{
    BudgetConsole *console = m_page->console();
    console->startOver();
    console->askEveryGroup(1.0);
    QCOMPARE(console->answerCount(), BudgetConsole::kGroups);
    QCOMPARE(console->accountant().spent(), 1.0);
    QVERIFY2(console->messageText().contains(QStringLiteral("not 5.00")),
             qPrintable(console->messageText()));
    QCOMPARE(console->ask(0.1, -1).status,
             dp::SpendStatus::OverBudget); // everybody touches every group
    QCOMPARE(console->answerCount(), BudgetConsole::kGroups);
}

void TestBudgetPage::consoleSurvivesRerunsAndResetsOnNewBudget()
{
    BudgetConsole *console = m_page->console();
    console->startOver();
    console->ask(0.2, -1);
    console->ask(0.2, 2);
    QString error;
    QVERIFY(m_page->assign(QStringLiteral("trials"), QStringLiteral("300"), &error));
    QVERIFY(pagetest::settle(m_page));
    QCOMPARE(console->answerCount(), 2);
    QVERIFY(m_page->assign(QStringLiteral("budget"), QStringLiteral("2"), &error));
    QVERIFY(pagetest::settle(m_page));
    QCOMPARE(console->answerCount(), 0);
    QCOMPARE(console->accountant().budget(), 2.0);
    QVERIFY(m_page->assign(QStringLiteral("budget"), QStringLiteral("1"), &error));
    QVERIFY(m_page->assign(QStringLiteral("trials"), QStringLiteral("1000"), &error));
    QVERIFY(pagetest::settle(m_page));
}

void TestBudgetPage::badInputIsRefusedAndKeepsResult()
{
    const auto before = m_page->lastResult();
    QString error;
    QVERIFY(!m_page->assign(QStringLiteral("queries"), QStringLiteral("0"), &error));
    QVERIFY2(error.contains(QStringLiteral("Queries k")), qPrintable(error));
    QVERIFY(!m_page->assign(QStringLiteral("rows"), QStringLiteral("5000"), &error));
    QVERIFY(!m_page->assign(QStringLiteral("delta"), QStringLiteral("1"), &error));
    QVERIFY(pagetest::settle(m_page));
    QCOMPARE(m_page->lastResult(), before);
}

QTEST_MAIN(TestBudgetPage)
#include "tst_budgetpage.moc"
