// The linkage page offscreen: both charts drawn over all 24 published details;
// the headline's figures are the result's own counts, worded; coarser detail
// shows coarser cells in the hospital table and never more unique people;
// choosing a voter joins them (re-identified, diagnosis and all, or no match);
// k-anonymity strikes out the suppressed rows and says how many; the lesson's
// next step links to the differencing lab; bad input is refused with its
// reason and the last result stays.
#include "charts/chartview.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "labs/linkage/linkage.h"
#include "labs/linkage/linkagepage.h"

#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

#include "pagetest.h"

class TestLinkagePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunDrawsEverything();
    void headlineSaysTheResultsCounts();
    void coarserDetailShowsCoarserCells_data();
    void coarserDetailShowsCoarserCells();
    void choosingAVoterJoinsThem();
    void kAnonymitySuppressesAndSaysSo();
    void tablesShowEveryColumn();
    void badInputIsRefusedAndKeepsResult_data();
    void badInputIsRefusedAndKeepsResult();
    void cleanupTestCase();

private:
    const dp::LinkageResult &result() const
    {
        return static_cast<const dp::LinkageResult &>(*m_page->lastResult());
    }
    bool set(const QString &key, const QString &value)
    {
        QString error;
        if (!m_page->assign(key, value, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return pagetest::settle(m_page);
    }
    static QString count(std::uint64_t n)
    {
        return QLocale(QLocale::English, QLocale::UnitedStates).toString(qulonglong(n));
    }

    MainWindow *m_window = nullptr;
    LinkagePage *m_page = nullptr;
};

void TestLinkagePage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_page = pagetest::openLab<LinkagePage>(m_window, QStringLiteral("linkage"));
    QVERIFY(m_page);
}

void TestLinkagePage::cleanupTestCase()
{
    delete m_window;
}

void TestLinkagePage::firstRunDrawsEverything()
{
    QCOMPARE(m_page->charts().size(), 2);
    for (ChartPanel *c : m_page->charts()) {
        QVERIFY2(!c->title().isEmpty(), "chart without title");
        QVERIFY2(!c->summary().isEmpty(), qPrintable(c->title()));
        QVERIFY2(!c->summary().contains(QStringLiteral("nan"), Qt::CaseInsensitive),
                 qPrintable(c->summary()));
    }
    ChartPanel *shares = m_page->charts()[0];
    QCOMPARE(shares->pointCount(QStringLiteral("unique")), dp::kSettingCount);
    QCOMPARE(shares->pointCount(QStringLiteral("reid")), dp::kSettingCount);
    // Today's detail is marked on both curves.
    QCOMPARE(shares->pointCount(QStringLiteral("todayDots")), 2);
    QCOMPARE(m_page->charts()[1]->pointCount(QStringLiteral("removed")), dp::kSettingCount);
    // First rows of both tables, four columns each.
    QCOMPARE(m_page->hospitalTable()->rowCount(), int(result().hospitalGroups.size()));
    QVERIFY(m_page->hospitalTable()->rowCount() > 0);
    QVERIFY(m_page->hospitalTable()->rowCount() <= int(dp::kSampleRows));
    QCOMPARE(m_page->voterTable()->rowCount(), int(result().voterRows.size()));
    QCOMPARE(m_page->hospitalTable()->columnCount(), 4);
    QCOMPARE(m_page->voterTable()->columnCount(), 4);
}

void TestLinkagePage::headlineSaysTheResultsCounts()
{
    m_page->resetToDefaults();
    QVERIFY(pagetest::settle(m_page));
    const dp::LinkageResult &r = result();
    const QString head = m_page->headlineText();
    // "41,210 of 50,000 people (82.4 %) are the only person in town with their …"
    QVERIFY2(head.contains(count(r.current.uniquePeople) + QStringLiteral(" of ") +
                           count(r.people) + QStringLiteral(" people")),
             qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("ZIP code")) &&
                 head.contains(QStringLiteral("birth date")) &&
                 head.contains(QStringLiteral("sex")),
             qPrintable(head));
    QVERIFY2(head.contains(count(r.current.reidentified) + QStringLiteral(" patients")),
             qPrintable(head));
    // Wrong links are counted in words ("pins 309 rows"), never "row(s)".
    QVERIFY(r.current.falseMatches > 1);
    QVERIFY2(head.contains(QStringLiteral("pins ") + count(r.current.falseMatches) +
                           QStringLiteral(" rows")),
             qPrintable(head));
    QVERIFY2(!head.contains(QStringLiteral("(s)")), qPrintable(head));
    // Sweeney's finding holds in the synthetic town: most people are unique
    // on 5-digit ZIP, full birth date and sex.
    QVERIFY2(r.current.uniqueShare > 0.5, qPrintable(head));
    QVERIFY(m_page->summary().contains(count(r.current.uniquePeople)));
}

void TestLinkagePage::coarserDetailShowsCoarserCells_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("cell");
    QTest::newRow("ZIP 3 digits") << "zip_digits"
                                  << "3" << 0 << R"(^\d{3}\*\*$)";
    QTest::newRow("no ZIP") << "zip_digits"
                            << "0" << 0 << R"(^\*\*\*\*\*$)";
    QTest::newRow("birth year") << "birth"
                                << "year" << 1 << R"(^\d{4}$)";
    QTest::newRow("birth decade") << "birth"
                                  << "decade" << 1 << R"(^\d{3}0s$)";
    QTest::newRow("no birth") << "birth"
                              << "none" << 1 << R"(^—$)";
    QTest::newRow("no sex") << "sex"
                            << "off" << 2 << R"(^—$)";
}

void TestLinkagePage::coarserDetailShowsCoarserCells()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, column);
    QFETCH(QString, cell);
    m_page->resetToDefaults();
    QVERIFY(pagetest::settle(m_page));
    const std::uint64_t uniqueBefore = result().current.uniquePeople;
    QTableWidget *table = m_page->hospitalTable();
    const QRegularExpression fine(QStringLiteral("^\\d{5}$"));
    if (column == 0)
        QVERIFY2(fine.match(table->item(0, 0)->text()).hasMatch(),
                 qPrintable(table->item(0, 0)->text()));
    QVERIFY(set(key, value));
    const QRegularExpression expected(cell);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->item(row, column)->text();
        QVERIFY2(expected.match(text).hasMatch(),
                 qPrintable(QStringLiteral("row %1: '%2'").arg(row).arg(text)));
    }
    // Coarser data never makes more people unique, and the page says the new count.
    QVERIFY(result().current.uniquePeople <= uniqueBefore);
    QVERIFY2(m_page->headlineText().contains(count(result().current.uniquePeople)),
             qPrintable(m_page->headlineText()));
}

void TestLinkagePage::choosingAVoterJoinsThem()
{
    m_page->resetToDefaults();
    QVERIFY(pagetest::settle(m_page));
    const dp::LinkageResult &r = result();
    QVERIFY(!r.voterRows.empty());
    for (int row = 0; row < int(r.voterRows.size()); ++row) {
        // The user's path: the current cell of the voter table.
        m_page->voterTable()->setCurrentCell(row, 0);
        QCOMPARE(m_page->selectedVoter(), row);
        const dp::JoinView &v = r.voterRows[row];
        const QString join = m_page->joinText();
        QVERIFY2(join.contains(LinkageText::personName(v.row)), qPrintable(join));
        if (v.reidentified) {
            QVERIFY2(join.contains(QStringLiteral("re-identified")), qPrintable(join));
            QVERIFY2(join.contains(LinkageText::diagnosisName(v.matches.front().diagnosis)),
                     qPrintable(join));
        } else {
            QVERIFY2(!join.contains(QStringLiteral("re-identified")), qPrintable(join));
        }
        if (v.groupPatients == 0)
            QVERIFY2(join.contains(QStringLiteral("No hospital row matches")), qPrintable(join));
        // The truth is always told, so a student can check the attacker.
        QVERIFY2(join.contains(QStringLiteral("(Truth: ")), qPrintable(join));
    }
    // Without a choice the page shows the featured voter: a patient, so the
    // join has a row to find.
    QVERIFY(r.featuredVoter >= 0);
    QVERIFY(r.voterRows[r.featuredVoter].row.patient);
    m_page->selectVoter(-1);
    QCOMPARE(m_page->selectedVoter(), r.featuredVoter);
}

void TestLinkagePage::kAnonymitySuppressesAndSaysSo()
{
    m_page->resetToDefaults();
    QVERIFY(pagetest::settle(m_page));
    QVERIFY(m_page->kText().contains(QStringLiteral("k = 1")));
    QVERIFY(set(QStringLiteral("k"), QStringLiteral("5")));
    const dp::LinkageResult &r = result();
    QCOMPARE(r.params.k, 5u);
    QVERIFY(r.current.rowsSuppressed > 0);
    QCOMPARE(r.current.reidentified, std::uint64_t(0));
    const QString k = m_page->kText();
    QVERIFY2(
        k.contains(count(r.current.rowsSuppressed) + QStringLiteral(" of ") + count(r.patients)),
        qPrintable(k));
    QVERIFY2(k.contains(QStringLiteral("homogeneity attack")), qPrintable(k));
    QVERIFY2(k.contains(QStringLiteral("href=\"lab:differencing\"")), qPrintable(k));
    QVERIFY2(m_page->headlineText().contains(QStringLiteral("names nobody directly")),
             qPrintable(m_page->headlineText()));
    // Suppressed rows are shown struck out, published ones are not.
    QTableWidget *table = m_page->hospitalTable();
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->item(row, 3)->font().strikeOut(), !r.hospitalGroups[row].published);
}

void TestLinkagePage::tablesShowEveryColumn()
{
    // No column of either table is cut or hidden behind a sideways scroll:
    // the tables stand side by side when they fit, one above the other when not
    // (a 1024-pixel window shows the stacked form).
    m_page->resetToDefaults();
    QVERIFY(pagetest::settle(m_page));
    bool sawStacked = false, sawSideBySide = false;
    for (const bool presentation : {false, true}) {
        m_window->setPresentation(presentation, false);
        for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1366, 768),
                                 QSize(1920, 1080), QSize(3840, 2160)}) {
            m_window->resize(size);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            for (QTableWidget *t : {m_page->hospitalTable(), m_page->voterTable()}) {
                const QString where =
                    QStringLiteral("%1x%2%3 %4")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(presentation ? QStringLiteral(" presentation") : QString())
                        .arg(t->accessibleName());
                QVERIFY2(t->isVisible(), qPrintable(where));
                QVERIFY2(t->horizontalScrollBar()->maximum() == 0,
                         qPrintable(where + QStringLiteral(": scrolls sideways by %1 px")
                                                .arg(t->horizontalScrollBar()->maximum())));
            }
            (m_page->tablesSideBySide() ? sawSideBySide : sawStacked) = true;
        }
    }
    m_window->setPresentation(false, false);
    m_window->resize(1440, 900);
    QVERIFY(sawSideBySide);
    QVERIFY(sawStacked);
}

void TestLinkagePage::badInputIsRefusedAndKeepsResult_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too few people") << "people"
                                    << "50"
                                    << "“People in the town”";
    QTest::newRow("too many people") << "people"
                                     << "20000000"
                                     << "“People in the town”";
    QTest::newRow("people not a number") << "people"
                                         << "many"
                                         << "“People in the town”";
    QTest::newRow("ZIP 4 digits") << "zip_digits"
                                  << "4"
                                  << "“ZIP code published”";
    QTest::newRow("birth month") << "birth"
                                 << "month"
                                 << "“Birth date published”";
    QTest::newRow("voter share above 1") << "voter_share"
                                         << "1.5"
                                         << "“Adults on the voter list”";
    QTest::newRow("voter share NaN") << "voter_share"
                                     << "nan"
                                     << "“Adults on the voter list”";
    QTest::newRow("k 0") << "k"
                         << "0"
                         << "“k-anonymity: k”";
}

void TestLinkagePage::badInputIsRefusedAndKeepsResult()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    m_page->resetToDefaults();
    QVERIFY(pagetest::settle(m_page));
    const auto before = m_page->lastResult();
    const dp::ParamValues values = m_page->values();
    const QString head = m_page->headlineText();
    QString error;
    QVERIFY(!m_page->assign(key, value, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(m_page->values() == values);
    QCOMPARE(m_page->lastResult(), before);
    QCOMPARE(m_page->headlineText(), head);
}

QTEST_MAIN(TestLinkagePage)
#include "tst_linkagepage.moc"
