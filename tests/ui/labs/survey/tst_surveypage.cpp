// The survey page offscreen: every slider changes the charts, bad input is
// refused with a reason and leaves the last result on screen, presentation
// mode scales up, and the respondents grid tells each person's story.
#include "charts/chartview.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "labs/survey/respondentgrid.h"
#include "labs/survey/surveypage.h"
#include "widgets/parametercontrol.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include "pagetest.h"

class TestSurveyPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunDrawsEverything();
    void eachSliderChangesTheCharts_data();
    void eachSliderChangesTheCharts();
    void badInputIsRefusedAndKeepsResult();
    void hideTruthRemovesTheTrueValue();
    void forcedYesSaysNotPrivate();
    void noHonestyMeansNoEstimate();
    void intervalKeepsItsWidthAndSaysWhatItIs();
    void gridStoriesMatchTheAnswers();
    void presentationModeScalesUp();
    void sameSeedSameHeadline();
    void exportsFromTheWindow();

private:
    bool waitForResult(LabPage *page);
    MainWindow *m_window = nullptr;
    SurveyPage *m_page = nullptr;
};

bool TestSurveyPage::waitForResult(LabPage *page)
{
    return pagetest::settle(page);
}

void TestSurveyPage::initTestCase()
{
    m_page = pagetest::openLab<SurveyPage>(m_window, QStringLiteral("survey"));
    QVERIFY(m_page);
    QVERIFY(waitForResult(m_page));
}

void TestSurveyPage::firstRunDrawsEverything()
{
    const auto charts = m_page->charts();
    QCOMPARE(charts.size(), 3);
    for (ChartPanel *c : charts) {
        QVERIFY2(!c->summary().isEmpty(), qPrintable(c->title()));
        QVERIFY(!c->title().isEmpty());
    }
    QVERIFY(m_page->headlineText().contains(QStringLiteral("Estimated share")));
    QVERIFY(m_page->headlineText().contains(QStringLiteral("ε = 1.10")));
    QVERIFY(charts[0]->pointCount(QStringLiteral("bars")) > 0);
    QVERIFY(charts[0]->pointCount(QStringLiteral("theory")) > 0);
    QCOMPARE(m_page->grid()->count(), 400); // a 400-person sample of 1,000
}

void TestSurveyPage::eachSliderChangesTheCharts_data()
{
    QTest::addColumn<QString>("param");
    QTest::newRow("population") << QStringLiteral("population");
    QTest::newRow("true_rate") << QStringLiteral("true_rate");
    QTest::newRow("p_honest") << QStringLiteral("p_honest");
    QTest::newRow("p_yes") << QStringLiteral("p_yes");
    QTest::newRow("surveys") << QStringLiteral("surveys");
}

void TestSurveyPage::eachSliderChangesTheCharts()
{
    QFETCH(QString, param);
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    const QString before = m_page->summary() + m_page->headlineText();
    auto *control = m_page->findChild<ParameterControl *>(QStringLiteral("param_") + param);
    QVERIFY(control);
    auto *slider = control->findChild<QSlider *>();
    QVERIFY(slider);
    QSignalSpy shown(m_page, &LabPage::resultShown);
    // Move like a user: a few page steps with the keyboard.
    slider->setFocus();
    const int start = slider->value();
    QTest::keyClick(slider, start > 500 ? Qt::Key_PageDown : Qt::Key_PageUp);
    QVERIFY(slider->value() != start);
    QVERIFY(shown.wait(5000) || shown.count() > 0);
    QVERIFY(waitForResult(m_page));
    const QString after = m_page->summary() + m_page->headlineText();
    QVERIFY2(after != before,
             qPrintable(QStringLiteral("moving %1 changed nothing on screen").arg(param)));
    QVERIFY(!control->accessibleDescription().isEmpty());
}

void TestSurveyPage::badInputIsRefusedAndKeepsResult()
{
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    const auto result = m_page->lastResult();
    const dp::ParamValues values = m_page->values();
    QString error;
    QVERIFY(!m_page->assign(QStringLiteral("p_honest"), QStringLiteral("1.5"), &error));
    QVERIFY2(error.contains(QStringLiteral("First coin")) &&
                 error.contains(QStringLiteral("150 %")),
             qPrintable(error));
    QVERIFY(!m_page->assign(QStringLiteral("population"), QStringLiteral("lots"), &error));
    QVERIFY2(error.contains(QStringLiteral("number")), qPrintable(error));
    QVERIFY(!m_page->assign(QStringLiteral("no_such_thing"), QStringLiteral("1"), &error));
    QVERIFY(!m_page->applyAssignments({{QStringLiteral("mode"), QStringLiteral("person")},
                                       {QStringLiteral("population"), QStringLiteral("1000000000")},
                                       {QStringLiteral("surveys"), QStringLiteral("100000")}},
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("aggregate")), qPrintable(error));
    QVERIFY(m_page->values() == values);    // nothing half-applied
    QCOMPARE(m_page->lastResult(), result); // the last good result stays
}

void TestSurveyPage::hideTruthRemovesTheTrueValue()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("hide_truth"), QStringLiteral("on"), nullptr));
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->headlineText().contains(QStringLiteral("hidden")));
    QVERIFY(!m_page->charts()[0]->hasSeries(QStringLiteral("truth")));
    // Nothing else gives the share away: not the slider, not the theory curve
    // centred on it, not the ordinary survey's error √(π(1−π)/N), not the coins.
    QVERIFY(!m_page->findChild<ParameterControl *>(QStringLiteral("param_true_rate"))
                 ->isVisibleTo(m_page));
    QVERIFY(!m_page->charts()[0]->hasSeries(QStringLiteral("theory")));
    QVERIFY(!m_page->charts()[1]->hasSeries(QStringLiteral("plain")));
    QVERIFY(!m_page->charts()[2]->hasSeries(QStringLiteral("plain")));
    QVERIFY(!m_page->headlineText().contains(QStringLiteral("ordinary survey")));
    QVERIFY(!m_page->grid()->describePerson(0).contains(QStringLiteral("coin")));
    QVERIFY(!m_page->summary().contains(QStringLiteral("true")));
    QVERIFY(m_page->assign(QStringLiteral("hide_truth"), QStringLiteral("off"), nullptr));
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->charts()[0]->hasSeries(QStringLiteral("truth")));
    QVERIFY(m_page->findChild<ParameterControl *>(QStringLiteral("param_true_rate"))
                ->isVisibleTo(m_page));
    QVERIFY(m_page->grid()->describePerson(0).contains(QStringLiteral("coin")));
}

void TestSurveyPage::forcedYesSaysNotPrivate()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("p_yes"), QStringLiteral("1"), nullptr));
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->headlineText().contains(QStringLiteral("ε = ∞")));
    QVERIFY(m_page->headlineText().contains(QStringLiteral("not differentially private")));
}

void TestSurveyPage::noHonestyMeansNoEstimate()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("p_honest"), QStringLiteral("0"), nullptr));
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->headlineText().contains(QStringLiteral("No estimate possible")));
    QVERIFY(!m_page->headlineText().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    QVERIFY(!m_page->summary().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

void TestSurveyPage::intervalKeepsItsWidthAndSaysWhatItIs()
{
    // Issue 8, points 1 and 5. Nobody of 30 says "yes" (seed 2000): the old
    // plug-in interval read "−5.0 % to −5.0 %"; the Wilson interval is wide,
    // holds 0 %, and the page says where it was cut.
    m_page->resetToDefaults();
    m_window->setSeed(2000);
    QVERIFY(m_page->applyAssignments({{QStringLiteral("population"), QStringLiteral("30")},
                                      {QStringLiteral("true_rate"), QStringLiteral("0")},
                                      {QStringLiteral("p_yes"), QStringLiteral("0.05")},
                                      {QStringLiteral("surveys"), QStringLiteral("1")}},
                                     nullptr));
    QVERIFY(waitForResult(m_page));
    const QString headline = m_page->headlineText();
    QVERIFY2(headline.contains(QStringLiteral("95 % interval 0.0 % to ")), qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral("reaches down to")) &&
                 headline.contains(QStringLiteral("5.0 %; no share")),
             qPrintable(headline));
    // Defaults: the summary names the interval and the coverage it measured.
    m_page->resetToDefaults();
    m_window->setSeed(42);
    QVERIFY(waitForResult(m_page));
    const QString summary = m_page->charts()[1]->summary();
    QVERIFY2(summary.contains(QStringLiteral("Wilson")) &&
                 summary.contains(QStringLiteral("held the truth in")) &&
                 summary.contains(QStringLiteral("over 95 %")),
             qPrintable(summary));
}

void TestSurveyPage::gridStoriesMatchTheAnswers()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("population"), QStringLiteral("50"), nullptr));
    QVERIFY(waitForResult(m_page));
    RespondentGrid *grid = m_page->grid();
    QCOMPARE(grid->count(), 50);
    const auto &r = static_cast<const dp::SurveyResult &>(*m_page->lastResult());
    for (int i = 0; i < grid->count(); ++i) {
        const QString story = grid->describePerson(i);
        const bool saidYes = story.endsWith(QStringLiteral("Said: yes."));
        QCOMPARE(saidYes, r.people[static_cast<std::size_t>(i)].answer);
    }
    grid->animate();
    QVERIFY(grid->isAnimating());
    QTRY_VERIFY_WITH_TIMEOUT(!grid->isAnimating(), 5000);
    QCOMPARE(grid->revealed(), 50);
    // Stepping starts again from the first person and tells their story.
    QSignalSpy stepped(grid, &RespondentGrid::stepped);
    grid->step();
    grid->step();
    QCOMPARE(grid->revealed(), 2);
    QCOMPARE(stepped.count(), 2);
    QCOMPARE(stepped.last().first().toInt(), 1);
}

void TestSurveyPage::presentationModeScalesUp()
{
    const QFont before = m_page->charts()[0]->titleFont();
    m_window->setPresentation(true, false);
    const QFont after = m_page->charts()[0]->titleFont();
    QVERIFY2(
        after.pointSizeF() > before.pointSizeF() * 1.5,
        qPrintable(QStringLiteral("%1 -> %2").arg(before.pointSizeF()).arg(after.pointSizeF())));
    m_window->setPresentation(false, false);
    QCOMPARE(m_page->charts()[0]->titleFont().pointSizeF(), before.pointSizeF());
}

void TestSurveyPage::sameSeedSameHeadline()
{
    m_page->resetToDefaults();
    m_window->setSeed(7);
    QVERIFY(waitForResult(m_page));
    const QString first = m_page->headlineText();
    m_window->setSeed(8);
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->headlineText() != first);
    m_window->setSeed(7);
    QVERIFY(waitForResult(m_page));
    QCOMPARE(m_page->headlineText(), first);
}

void TestSurveyPage::exportsFromTheWindow()
{
    // What the Export menu writes: the page as PNG, the charts as SVG, the
    // data as CSV and the figures as JSON; a bad folder writes nothing.
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("p.png")),
                  svg = dir.filePath(QStringLiteral("c.svg")),
                  csv = dir.filePath(QStringLiteral("d.csv")),
                  json = dir.filePath(QStringLiteral("f.json"));
    QVERIFY2(m_window->exportPng(png, &error), qPrintable(error));
    QVERIFY2(m_window->exportSvg(svg, &error), qPrintable(error));
    QVERIFY2(m_window->exportCsv(csv, &error), qPrintable(error));
    QVERIFY2(m_window->exportJson(json, &error), qPrintable(error));
    QVERIFY(!QImage(png).isNull());
    QFile s(svg), c(csv), j(json);
    QVERIFY(s.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly) &&
            j.open(QIODevice::ReadOnly));
    QVERIFY(s.readAll().contains("<svg"));
    QVERIFY(c.readLine().startsWith("survey,yes_count,observed_rate,estimate"));
    QVERIFY(j.readAll().contains("\"implied_epsilon\""));
    QVERIFY(!m_window->exportCsv(QStringLiteral("/no/such/folder/d.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

QTEST_MAIN(TestSurveyPage)
#include "tst_surveypage.moc"
