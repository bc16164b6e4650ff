// The differencing-attack page offscreen: every slider changes the screen,
// the noise-free attack is stated as always right, Laplace noise at small ε
// brings it near a coin flip and under the privacy ceiling, bad input is
// refused with a reason and keeps the last result, special cases show words,
// huge databases finish with a decimated series, and presentation mode scales.
#include "charts/chartview.h"
#include "framework/format.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "labs/differencing/differencing.h"
#include "labs/differencing/differencingpage.h"
#include "labs/differencing/peoplestrip.h"
#include "widgets/parametercontrol.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTest>

#include "pagetest.h"

#include <cmath>

class TestDifferencingPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunDrawsEverything();
    void eachSliderChangesTheScreen_data();
    void eachSliderChangesTheScreen();
    void noNoiseMeansAlwaysRight();
    void smallEpsilonIsNearACoinFlipUnderTheCeiling();
    void badInputIsRefusedAndKeepsResult();
    void rowControlsStayBelowRows();
    void twoPeopleShowTheMessage();
    void hundredMillionRowsFinishDecimated();
    void tableFollowsTheNeighbourNotion();
    void removeOneSaysWhatTheNoiseProtects();
    void presentationModeScalesUp();

private:
    bool waitForResult();
    const dp::DifferencingResult &result() const
    {
        return static_cast<const dp::DifferencingResult &>(*m_page->lastResult());
    }
    QString screenText() const
    {
        QString s =
            m_page->summary() + m_page->headlineText() + m_page->strip()->accessibleDescription();
        for (int r = 0; r < m_page->table()->rowCount(); ++r)
            for (int c = 0; c < m_page->table()->columnCount(); ++c)
                s += m_page->table()->item(r, c)->text();
        return s;
    }
    MainWindow *m_window = nullptr;
    DifferencingPage *m_page = nullptr;
};

bool TestDifferencingPage::waitForResult()
{
    return pagetest::settle(m_page);
}

void TestDifferencingPage::initTestCase()
{
    m_page = pagetest::openLab<DifferencingPage>(m_window, QStringLiteral("differencing"));
    QVERIFY(m_page);
    QVERIFY(waitForResult());
}

void TestDifferencingPage::firstRunDrawsEverything()
{
    m_page->resetToDefaults();
    QVERIFY(waitForResult());
    const auto charts = m_page->charts();
    QCOMPARE(charts.size(), 2);
    for (ChartPanel *c : charts) {
        QVERIFY2(!c->summary().isEmpty(), qPrintable(c->title()));
        QVERIFY(!c->title().isEmpty());
    }
    const auto &r = result();
    // Default: sum over 5,000 people, removal neighbours.
    QCOMPARE(m_page->parallelPointCount(), static_cast<int>(r.series.size()));
    QVERIFY(m_page->parallelChart()->hasSeries(QStringLiteral("ones")));  // removing a 1: sum − 1
    QVERIFY(m_page->parallelChart()->hasSeries(QStringLiteral("zeros"))); // removing a 0: sum
    QVERIFY(m_page->parallelChart()->hasSeries(QStringLiteral("full")));
    QVERIFY(m_page->parallelChart()->hasSeries(QStringLiteral("largest")));
    QVERIFY(m_page->parallelChart()->summary().contains(
        QStringLiteral("sensitivity measured on this database")));
    QCOMPARE(m_page->successChart()->pointCount(QStringLiteral("exact")),
             dp::kDifferencingCurvePoints);
    QVERIFY(m_page->successChart()->hasSeries(QStringLiteral("ceiling")));
    QVERIFY(m_page->successChart()->hasSeries(QStringLiteral("band")));
    QVERIFY(m_page->successChart()->hasSeries(QStringLiteral("now")));
    QCOMPARE(m_page->table()->rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        QVERIFY(!m_page->table()->item(row, 3)->text().isEmpty());
    QCOMPARE(m_page->strip()->count(), static_cast<int>(dp::kDifferencingStripMax)); // 200 of 5,000
    QVERIFY(m_page->headlineText().contains(QStringLiteral("One attack on row 0")));
}

void TestDifferencingPage::eachSliderChangesTheScreen_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("noise");
    QTest::newRow("rows") << QStringLiteral("rows") << QStringLiteral("sum")
                          << QStringLiteral("none");
    QTest::newRow("share") << QStringLiteral("share") << QStringLiteral("sum")
                           << QStringLiteral("none");
    QTest::newRow("threshold") << QStringLiteral("threshold") << QStringLiteral("threshold")
                               << QStringLiteral("none");
    QTest::newRow("target") << QStringLiteral("target") << QStringLiteral("sum")
                            << QStringLiteral("none");
    QTest::newRow("epsilon") << QStringLiteral("epsilon") << QStringLiteral("sum")
                             << QStringLiteral("laplace");
    QTest::newRow("trials") << QStringLiteral("trials") << QStringLiteral("sum")
                            << QStringLiteral("laplace");
}

void TestDifferencingPage::eachSliderChangesTheScreen()
{
    QFETCH(QString, param);
    QFETCH(QString, query);
    QFETCH(QString, noise);
    m_page->resetToDefaults();
    QVERIFY(m_page->applyAssignments(
        {{QStringLiteral("query"), query}, {QStringLiteral("noise"), noise}}, nullptr));
    QVERIFY(waitForResult());
    const QString before = screenText();
    auto *control = m_page->findChild<ParameterControl *>(QStringLiteral("param_") + param);
    QVERIFY(control);
    QVERIFY(control->isEnabled());
    auto *slider = control->findChild<QSlider *>();
    QVERIFY(slider);
    QSignalSpy shown(m_page, &LabPage::resultShown);
    slider->setFocus();
    const int start = slider->value();
    QTest::keyClick(slider, start > 500 ? Qt::Key_PageDown : Qt::Key_PageUp);
    QVERIFY(slider->value() != start);
    QVERIFY(shown.wait(10000) || shown.count() > 0);
    QVERIFY(waitForResult());
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    const QString after = screenText();
    QVERIFY2(after != before,
             qPrintable(QStringLiteral("moving %1 changed nothing on screen").arg(param)));
}

void TestDifferencingPage::noNoiseMeansAlwaysRight()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->applyAssignments({{QStringLiteral("query"), QStringLiteral("sum")},
                                      {QStringLiteral("noise"), QStringLiteral("none")}},
                                     nullptr));
    QVERIFY(waitForResult());
    // Subtraction is exact: sum with her − sum without her = her value, every time.
    const QString h = m_page->headlineText().replace(QChar(0x00A0), QLatin1Char(' '));
    QVERIFY2(h.contains(QStringLiteral("right ") + fmt::percent(1.0)), qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral("ε = ∞")), qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral("unlimited privacy loss")), qPrintable(h));
    QVERIFY(!h.contains(QStringLiteral("inf"), Qt::CaseInsensitive));
    QVERIFY(!h.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    QVERIFY(h.contains(QStringLiteral("right.")));
}

void TestDifferencingPage::smallEpsilonIsNearACoinFlipUnderTheCeiling()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->applyAssignments({{QStringLiteral("query"), QStringLiteral("sum")},
                                      {QStringLiteral("noise"), QStringLiteral("laplace")},
                                      {QStringLiteral("epsilon"), QStringLiteral("0.05")},
                                      {QStringLiteral("trials"), QStringLiteral("20000")}},
                                     nullptr));
    QVERIFY(waitForResult());
    const auto &r = result();
    // Sum, b = 1/ε: P = 1 − ½e^(−ε/2)(1 + ε/4) = 0.5187 at ε = 0.05 (attack.h);
    // ceiling e^ε/(1 + e^ε) = 0.5125 ... for ε_target = ε: the exact chance
    // ≤ ceiling. 5 standard errors of 20,000 fair-ish attacks: 5·0.5/√20000 ≈ 1.8 pp.
    const double eps = 0.05;
    const double exact = 1.0 - 0.5 * std::exp(-eps / 2.0) * (1.0 + eps / 4.0);
    const double ceiling = std::exp(eps) / (1.0 + std::exp(eps));
    QVERIFY2(exact <= ceiling, qPrintable(QStringLiteral("%1 > %2").arg(exact).arg(ceiling)));
    const double tol = 5.0 * 0.5 / std::sqrt(20000.0);
    QVERIFY2(std::abs(r.successRate - exact) <= tol,
             qPrintable(QStringLiteral("simulated %1, exact %2").arg(r.successRate).arg(exact)));
    const QString h = m_page->headlineText().replace(QChar(0x00A0), QLatin1Char(' '));
    QVERIFY2(h.contains(QStringLiteral("right ") + fmt::percent(r.successRate)), qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral("Privacy ceiling: <b>") + fmt::percent(ceiling)),
             qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral("50 %")), qPrintable(h));
    QVERIFY2(std::abs(r.successRate - 0.5) < 0.05, qPrintable(QString::number(r.successRate)));
    QVERIFY(m_page->successChart()->summary().contains(
        QStringLiteral("stays at or below the differential-privacy ceiling")));
    QVERIFY(!h.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

void TestDifferencingPage::badInputIsRefusedAndKeepsResult()
{
    m_page->resetToDefaults();
    QVERIFY(waitForResult());
    const auto before = m_page->lastResult();
    const dp::ParamValues values = m_page->values();
    QString error;
    QVERIFY(
        !m_page->assign(QStringLiteral("target"), QStringLiteral("5000"), &error)); // rows = 5,000
    QVERIFY2(error.contains(QStringLiteral("Target row")) &&
                 error.contains(QStringLiteral("4,999")),
             qPrintable(error));
    QVERIFY(!m_page->assign(QStringLiteral("epsilon"), QStringLiteral("0"), &error));
    QVERIFY2(error.contains(QStringLiteral("ε per query")) &&
                 error.contains(QStringLiteral("0.01")),
             qPrintable(error));
    QVERIFY(!m_page->applyAssignments({{QStringLiteral("query"), QStringLiteral("threshold")},
                                       {QStringLiteral("threshold"), QStringLiteral("5000")}},
                                      &error));
    QVERIFY2(error.contains(QStringLiteral("Threshold T")), qPrintable(error));
    QVERIFY(!m_page->assign(QStringLiteral("rows"), QStringLiteral("1"), &error));
    QVERIFY2(error.contains(QStringLiteral("People in the database")), qPrintable(error));
    QVERIFY(m_page->values() == values);
    waitForResult();
    QCOMPARE(m_page->lastResult(), before);
}

void TestDifferencingPage::rowControlsStayBelowRows()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->applyAssignments({{QStringLiteral("query"), QStringLiteral("threshold")},
                                      {QStringLiteral("target"), QStringLiteral("4000")}},
                                     nullptr));
    QVERIFY(waitForResult());
    // Shrinking the database with the rows control pulls T and the target down.
    auto *rows = m_page->findChild<ParameterControl *>(QStringLiteral("param_rows"));
    auto *spin = rows->findChild<QDoubleSpinBox *>();
    spin->setValue(20);
    QVERIFY(waitForResult());
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    QCOMPARE(m_page->values().get("threshold"), 19.0);
    QCOMPARE(m_page->values().get("target"), 19.0);
    QCOMPARE(result().params.rows, std::uint64_t(20));
    for (const char *id : {"threshold", "target"}) {
        auto *pc =
            m_page->findChild<ParameterControl *>(QStringLiteral("param_") + QLatin1String(id));
        QCOMPARE(pc->findChild<QDoubleSpinBox *>()->maximum(), 19.0);
        // The slider's far end is the last row, not 10^8.
        auto *slider = pc->findChild<QSlider *>();
        slider->setValue(slider->maximum());
        QVERIFY(waitForResult());
        QCOMPARE(m_page->values().get(id), 19.0);
        slider->setValue(slider->maximum() / 2);
        QVERIFY(waitForResult());
        QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
        QVERIFY(m_page->values().get(id) >= 9.0 && m_page->values().get(id) <= 10.0);
    }
    // All 20 people are drawn, the target among them.
    QCOMPARE(m_page->strip()->count(), 20);
    QVERIFY(result().stripComplete);
    // The threshold control only matters for the threshold query.
    QVERIFY(m_page->assign(QStringLiteral("query"), QStringLiteral("sum"), nullptr));
    QVERIFY(!m_page->findChild<ParameterControl *>(QStringLiteral("param_threshold"))->isEnabled());
}

void TestDifferencingPage::twoPeopleShowTheMessage()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("rows"), QStringLiteral("2"), nullptr));
    QVERIFY(waitForResult());
    QVERIFY2(m_page->messagesText().contains(QStringLiteral("N = 2")),
             qPrintable(m_page->messagesText()));
    QVERIFY(!screenText().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    QCOMPARE(m_page->strip()->count(), 2);
    // share 0: nobody has it, everyone's value is the same.
    QVERIFY(m_page->applyAssignments({{QStringLiteral("rows"), QStringLiteral("50")},
                                      {QStringLiteral("share"), QStringLiteral("0")},
                                      {QStringLiteral("query"), QStringLiteral("max")}},
                                     nullptr));
    QVERIFY(waitForResult());
    QVERIFY2(m_page->messagesText().contains(QStringLiteral("same value")),
             qPrintable(m_page->messagesText()));
    QVERIFY(!screenText().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

void TestDifferencingPage::hundredMillionRowsFinishDecimated()
{
    m_page->resetToDefaults();
    QElapsedTimer clock;
    clock.start();
    QSignalSpy shown(m_page, &LabPage::resultShown);
    QVERIFY(m_page->applyAssignments({{QStringLiteral("rows"), QStringLiteral("100000000")},
                                      {QStringLiteral("target"), QStringLiteral("99999999")},
                                      {QStringLiteral("trials"), QStringLiteral("200")}},
                                     nullptr));
    // The GUI thread is not blocked while it runs: the request returns at once.
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(shown.wait(120000) || shown.count() > 0);
    QVERIFY(waitForResult());
    QCOMPARE(result().params.rows, std::uint64_t(100000000));
    const int points = m_page->parallelPointCount();
    QCOMPARE(points, static_cast<int>(result().series.size()));
    QVERIFY2(points > 0 && points <= 4000, qPrintable(QString::number(points)));
    QCOMPARE(m_page->strip()->count(), static_cast<int>(dp::kDifferencingStripMax));
    QVERIFY(m_page->headlineText().contains(QStringLiteral("99,999,999")));
    QVERIFY(!screenText().contains(QStringLiteral("e+"), Qt::CaseInsensitive));
    m_page->resetToDefaults();
    QVERIFY(waitForResult());
}

void TestDifferencingPage::tableFollowsTheNeighbourNotion()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->applyAssignments({{QStringLiteral("rows"), QStringLiteral("21")}}, nullptr));
    QVERIFY(waitForResult());
    // Count: global 1 when removing someone, 0 when changing a value (sensitivity.h table).
    QTableWidget *t = m_page->table();
    QCOMPARE(t->item(1, 0)->text(), QStringLiteral("count"));
    QCOMPARE(t->item(1, 2)->text(), QStringLiteral("1"));
    QCOMPARE(t->item(2, 2)->text(), fmt::compact(1.0 / 21.0)); // mean: 1/N
    QCOMPARE(t->item(3, 2)->text(), fmt::compact(0.5));        // median, removal: ½
    QVERIFY(t->item(0, 0)->font().bold());                     // the chosen query (sum)
    QVERIFY(m_page->assign(QStringLiteral("neighbour"), QStringLiteral("replace"), nullptr));
    QVERIFY(waitForResult());
    QCOMPARE(t->item(1, 2)->text(), QStringLiteral("0"));
    QCOMPARE(t->item(3, 2)->text(), QStringLiteral("1")); // median, N odd, one value changed
    QVERIFY(m_page->parallelChart()->summary().contains(QStringLiteral("flipped")));
}

void TestDifferencingPage::removeOneSaysWhatTheNoiseProtects()
{
    // Issue 8, points 2 and 3, on screen. Median of 11, remove-one, ε = 1:
    // budget 1 and 2, her value 2 and 3, ceiling 88.1 % (not 73.1 %).
    m_page->resetToDefaults();
    QVERIFY(m_page->applyAssignments({{QStringLiteral("query"), QStringLiteral("median")},
                                      {QStringLiteral("noise"), QStringLiteral("laplace")},
                                      {QStringLiteral("epsilon"), QStringLiteral("1")},
                                      {QStringLiteral("rows"), QStringLiteral("11")}},
                                     nullptr));
    QVERIFY(waitForResult());
    QString h = m_page->headlineText().replace(QChar(0x00A0), QLatin1Char(' '));
    QVERIFY2(h.contains(QStringLiteral("Privacy ceiling: <b>88.1 %")), qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral(
                 "Budget (remove-one): ε = 1.00 for the query with her, 2.00 for both")),
             qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral("(replace-one): 2.00 and 3.00")), qPrintable(h));
    // The mean under remove-one: a noisy sum and a noisy count, explained.
    QVERIFY(m_page->applyAssignments({{QStringLiteral("query"), QStringLiteral("mean")},
                                      {QStringLiteral("rows"), QStringLiteral("5000")}},
                                     nullptr));
    QVERIFY(waitForResult());
    h = m_page->headlineText();
    QVERIFY2(h.contains(QStringLiteral("Noisy count")) &&
                 h.contains(QStringLiteral("noisy sum and noisy count")),
             qPrintable(h));
    QCOMPARE(result().laplaceScale, 2.0);
}

void TestDifferencingPage::presentationModeScalesUp()
{
    const QFont chartBefore = m_page->charts()[0]->titleFont();
    auto *headline = m_page->findChild<QLabel *>(QStringLiteral("headline"));
    QVERIFY(headline);
    const double headBefore = headline->font().pointSizeF();
    const double tableBefore = m_page->table()->font().pointSizeF();
    m_window->setPresentation(true, false);
    QVERIFY(m_page->charts()[0]->titleFont().pointSizeF() > chartBefore.pointSizeF() * 1.5);
    QVERIFY2(
        headline->font().pointSizeF() > headBefore * 1.4,
        qPrintable(QStringLiteral("%1 -> %2").arg(headBefore).arg(headline->font().pointSizeF())));
    QVERIFY(m_page->table()->font().pointSizeF() > tableBefore * 1.4);
    m_window->setPresentation(false, false);
    QCOMPARE(headline->font().pointSizeF(), headBefore);
    QCOMPARE(m_page->charts()[0]->titleFont().pointSizeF(), chartBefore.pointSizeF());
}

QTEST_MAIN(TestDifferencingPage)
#include "tst_differencingpage.moc"
