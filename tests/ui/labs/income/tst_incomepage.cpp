// The income page offscreen: every main slider changes what is on screen,
// clipping off says "infinite" in words, the classic bound is marked as not
// applicable when its ε ≥ 1, bad input is refused with its reason and keeps
// the last result, one friend and a hundred million friends both work
// without NaN, and presentation mode scales the fonts up.
#include "charts/chartview.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "labs/income/income.h"
#include "labs/income/incomepage.h"
#include "widgets/parametercontrol.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include "pagetest.h"

class TestIncomePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunDrawsEverything();
    void eachSliderChangesTheScreen_data();
    void eachSliderChangesTheScreen();
    void clippingOffSaysInfinite();
    void classicBoundNotApplicableAboveOne();
    void classicBoundAppliesBelowOne();
    void wrongNoiseMeanIsExplained();
    void clippingShowsBothSides();
    void badInputIsRefusedAndKeepsResult_data();
    void badInputIsRefusedAndKeepsResult();
    void friendBeyondFriendsFromTheControlShowsReason();
    void oneFriendWorks();
    void hundredMillionFriendsFinish();
    void presentationModeScalesUp();

private:
    bool waitForResult(LabPage *page);
    QString screenText() const;
    void verifyNoNonFinite(const QString &where);
    MainWindow *m_window = nullptr;
    IncomePage *m_page = nullptr;
};

bool TestIncomePage::waitForResult(LabPage *page)
{
    return pagetest::settle(page);
}

QString TestIncomePage::screenText() const
{
    return m_page->headlineText() + m_page->privacyText() + m_page->LabPage::summary();
}

void TestIncomePage::verifyNoNonFinite(const QString &where)
{
    const QString text = screenText();
    static const QRegularExpression bad(QStringLiteral("\\b(nan|inf)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!bad.match(text).hasMatch(), qPrintable(where + QStringLiteral(": ") + text));
    QVERIFY2(!text.contains(QStringLiteral("undefined")),
             qPrintable(where + QStringLiteral(": ") + text));
}

void TestIncomePage::initTestCase()
{
    m_page = pagetest::openLab<IncomePage>(m_window, QStringLiteral("income"));
    QVERIFY(m_page);
    QVERIFY(waitForResult(m_page));
}

void TestIncomePage::firstRunDrawsEverything()
{
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    const auto charts = m_page->charts();
    QCOMPARE(charts.size(), 4);
    for (ChartPanel *c : charts) {
        QVERIFY2(!c->summary().isEmpty(), qPrintable(c->title()));
        QVERIFY(!c->title().isEmpty());
    }
    QVERIFY(charts[0]->pointCount(QStringLiteral("truth")) > 0);
    QVERIFY(charts[0]->pointCount(QStringLiteral("reports")) > 0);
    QVERIFY(charts[0]->hasSeries(QStringLiteral("trueMean")));
    QVERIFY(charts[0]->hasSeries(QStringLiteral("estimate")));
    QVERIFY(charts[0]->hasSeries(QStringLiteral("ci")));
    QVERIFY(charts[1]->hasSeries(QStringLiteral("range")));
    QVERIFY(charts[2]->pointCount(QStringLiteral("theory")) > 0);
    QCOMPARE(charts[3]->pointCount(QStringLiteral("sim")), 17); // N = 1, √10, …, 10⁸
    const QString head = m_page->headlineText();
    // Defaults: N = 1000, σ_o = 30,000; one friend's range is ± 1.96 σ_o = ± 58,799.
    QVERIFY2(head.contains(QStringLiteral("Estimated average income")), qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("plausible deniability")), qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("ε = ")), qPrintable(head));
    // Money carries thousands separators: the default C.
    QVERIFY2(head.contains(QStringLiteral("200,000 €")), qPrintable(head));
    const auto &r = static_cast<const dp::IncomeResult &>(*m_page->lastResult());
    QVERIFY(std::abs((r.friendHigh - r.friendLow) / 2.0 - 1.959963984540054 * 30000.0) < 1.0);
    QVERIFY(m_page->privacyText().contains(QStringLiteral("Local vs central")));
    verifyNoNonFinite(QStringLiteral("defaults"));
}

void TestIncomePage::eachSliderChangesTheScreen_data()
{
    QTest::addColumn<QString>("param");
    for (const char *id : {"friends", "income_mean", "income_sd", "noise_mean", "noise_sd", "clip",
                           "delta", "trials"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestIncomePage::eachSliderChangesTheScreen()
{
    QFETCH(QString, param);
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    const QString before = screenText();
    auto *control = m_page->findChild<ParameterControl *>(QStringLiteral("param_") + param);
    QVERIFY(control);
    auto *slider = control->findChild<QSlider *>();
    QVERIFY(slider);
    QVERIFY(slider->isEnabled());
    QSignalSpy shown(m_page, &LabPage::resultShown);
    slider->setFocus();
    const int start = slider->value();
    QTest::keyClick(slider, start > 500 ? Qt::Key_PageDown : Qt::Key_PageUp);
    QVERIFY(slider->value() != start);
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    QVERIFY(shown.wait(10000) || shown.count() > 0);
    QVERIFY(waitForResult(m_page));
    const QString after = screenText();
    QVERIFY2(after != before,
             qPrintable(QStringLiteral("moving %1 changed nothing on screen").arg(param)));
    verifyNoNonFinite(param);
}

void TestIncomePage::clippingOffSaysInfinite()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("clipping"), QStringLiteral("off"), nullptr));
    QVERIFY(waitForResult(m_page));
    const QString head = m_page->headlineText();
    const QString panel = m_page->privacyText();
    QVERIFY2(head.contains(QStringLiteral("ε is infinite")), qPrintable(head));
    QVERIFY2(panel.contains(QStringLiteral("ε is infinite")), qPrintable(panel));
    // No number for ε, and no ∞ sign standing in for words.
    static const QRegularExpression epsNumber(QStringLiteral("ε = [0-9∞]"));
    QVERIFY2(!epsNumber.match(head + panel).hasMatch(), qPrintable(head + panel));
    // C and δ have no effect without clipping: their controls are disabled.
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("param_clip"))->isEnabled());
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("param_delta"))->isEnabled());
    verifyNoNonFinite(QStringLiteral("clipping off"));
}

void TestIncomePage::classicBoundNotApplicableAboveOne()
{
    // Defaults: σ_o = 30,000, C = 200,000, δ = 1e-5: the classic formula gives
    // √(2 ln(1.25e5))·200,000/30,000 = 4.8448 × 6.667 ≈ 32.3 ≥ 1.
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    const QString panel = m_page->privacyText();
    QVERIFY2(panel.contains(QStringLiteral("ε = 32.30")), qPrintable(panel));
    QVERIFY2(panel.contains(QStringLiteral("does not apply")), qPrintable(panel));
    QVERIFY2(m_page->headlineText().contains(QStringLiteral("δ = 10⁻⁵")),
             qPrintable(m_page->headlineText()));
}

void TestIncomePage::classicBoundAppliesBelowOne()
{
    // σ_o = 2,000,000: classic ε = 4.8448 × 200,000 / 2,000,000 = 0.48 < 1.
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("noise_sd"), QStringLiteral("2000000"), nullptr));
    QVERIFY(waitForResult(m_page));
    const QString panel = m_page->privacyText();
    QVERIFY2(panel.contains(QStringLiteral("ε = 0.48")), qPrintable(panel));
    QVERIFY2(panel.contains(QStringLiteral("It applies")), qPrintable(panel));
    QVERIFY2(!panel.contains(QStringLiteral("does not apply")), qPrintable(panel));
    QVERIFY2(m_page->headlineText().contains(QStringLiteral("strong promise")),
             qPrintable(m_page->headlineText()));
}

void TestIncomePage::clippingShowsBothSides()
{
    // Issue 8, point 6: normal incomes, spread 40,000, C = 100,000. Net bias
    // −4,600 = −5,247 (the 22.7 % above C) + 647 (the 4.0 % below 0).
    m_page->resetToDefaults();
    QVERIFY(m_page->applyAssignments({{QStringLiteral("income_sd"), QStringLiteral("40000")},
                                      {QStringLiteral("clip"), QStringLiteral("100000")}},
                                     nullptr));
    QVERIFY(waitForResult(m_page));
    const QString panel = m_page->privacyText();
    for (const QString &part :
         {QStringLiteral("22.7 %"), QStringLiteral("5,247"), QStringLiteral("4.0 %"),
          QStringLiteral("647"), QStringLiteral("4,600")})
        QVERIFY2(panel.contains(part), qPrintable(part + QStringLiteral(" missing in: ") + panel));
}

void TestIncomePage::wrongNoiseMeanIsExplained()
{
    // Friends add noise of mean 30,000, the analyst subtracts 25,000: 5,000 too high.
    m_page->resetToDefaults();
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("param_assumed_noise_mean"))->isEnabled());
    QVERIFY(m_page->assign(QStringLiteral("wrong_noise_mean"), QStringLiteral("on"), nullptr));
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("param_assumed_noise_mean"))->isEnabled());
    const QString head = m_page->headlineText();
    QVERIFY2(head.contains(QStringLiteral("Wrong μ_o")) && head.contains(QStringLiteral("5,000 €")),
             qPrintable(head));
    QVERIFY2(m_page->charts()[3]->summary().contains(QStringLiteral("does not shrink")),
             qPrintable(m_page->charts()[3]->summary()));
}

void TestIncomePage::badInputIsRefusedAndKeepsResult_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("friend beyond the friends")
        << QStringLiteral("friend") << QStringLiteral("1000")
        << QStringLiteral("“Friend shown” must be between 0 and 999");
    QTest::newRow("delta 0") << QStringLiteral("delta") << QStringLiteral("0")
                             << QStringLiteral("“δ”");
    QTest::newRow("delta 1") << QStringLiteral("delta") << QStringLiteral("1")
                             << QStringLiteral("“δ”");
    // Negative spreads are caught by the range check of the parameter itself.
    QTest::newRow("negative income SD") << QStringLiteral("income_sd") << QStringLiteral("-5")
                                        << QStringLiteral("“Income spread (SD)” must be between 0");
    QTest::newRow("negative noise SD") << QStringLiteral("noise_sd") << QStringLiteral("-1")
                                       << QStringLiteral("“Noise spread σ_o” must be between 10");
}

void TestIncomePage::badInputIsRefusedAndKeepsResult()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    const auto result = m_page->lastResult();
    const dp::ParamValues values = m_page->values();
    const QString head = m_page->headlineText();
    QString error;
    QVERIFY(!m_page->assign(key, value, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(m_page->values() == values);
    QCOMPARE(m_page->lastResult(), result);
    QCOMPARE(m_page->headlineText(), head);
}

void TestIncomePage::friendBeyondFriendsFromTheControlShowsReason()
{
    // The friend control only offers friends that exist: its range ends at
    // friends − 1, and fewer friends pull the chosen one down.
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    auto *control = m_page->findChild<ParameterControl *>(QStringLiteral("param_friend"));
    QVERIFY(control);
    auto *spin = control->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), 999.0);
    spin->setValue(5000);
    QCOMPARE(m_page->values().get("friend"), 999.0);
    QVERIFY(m_page->errorText().isEmpty());
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->assign(QStringLiteral("friends"), QStringLiteral("10"), nullptr));
    QCOMPARE(m_page->values().get("friend"), 9.0);
    QCOMPARE(spin->maximum(), 9.0);
    QVERIFY(waitForResult(m_page));
    QVERIFY(m_page->errorText().isEmpty());
    // Typed past the end through the command-line path: refused with the reason.
    QString error;
    QVERIFY(!m_page->assign(QStringLiteral("friend"), QStringLiteral("50"), &error));
    QVERIFY2(error.contains(QStringLiteral("between 0 and 9,")), qPrintable(error));
}

void TestIncomePage::oneFriendWorks()
{
    m_page->resetToDefaults();
    QVERIFY(m_page->assign(QStringLiteral("friends"), QStringLiteral("1"), nullptr));
    QVERIFY(waitForResult(m_page));
    const QString head = m_page->headlineText();
    QVERIFY2(head.contains(QStringLiteral("this one friend")), qPrintable(head));
    QVERIFY2(m_page->privacyText().contains(QStringLiteral("With one friend")),
             qPrintable(m_page->privacyText()));
    verifyNoNonFinite(QStringLiteral("one friend"));
}

void TestIncomePage::hundredMillionFriendsFinish()
{
    m_page->resetToDefaults();
    QVERIFY(waitForResult(m_page));
    QSignalSpy shown(m_page, &LabPage::resultShown);
    QVERIFY(m_page->assign(QStringLiteral("friends"), QStringLiteral("100000000"), nullptr));
    // Asynchronous: the GUI thread keeps running while the worker simulates.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 120000);
    QVERIFY(waitForResult(m_page));
    const auto &r = static_cast<const dp::IncomeResult &>(*m_page->lastResult());
    QCOMPARE(r.params.friends, std::uint64_t(100000000));
    const QString head = m_page->headlineText();
    QVERIFY2(head.contains(QStringLiteral("these 100,000,000 friends")), qPrintable(head));
    QVERIFY2(
        m_page->charts()[0]->summary().contains(QStringLiteral("first 100,000 of the 100,000,000")),
        qPrintable(m_page->charts()[0]->summary()));
    // Local σ_o/√N = 30,000/10⁴ = 3 €; central σ_o/N = 30,000/10⁸ = 0.0003 €, shown
    // with its digits rather than rounded to "0 €"; the ratio is √N = 10,000.
    const QString panel = m_page->privacyText();
    QVERIFY2(panel.contains(QStringLiteral("± 3.0 €")) &&
                 panel.contains(QStringLiteral("± 0.00030 €")) &&
                 panel.contains(QStringLiteral("√N = 10,000")),
             qPrintable(panel));
    verifyNoNonFinite(QStringLiteral("1e8 friends"));
}

void TestIncomePage::presentationModeScalesUp()
{
    const QFont before = m_page->charts()[0]->titleFont();
    const qreal headBefore =
        m_page->findChild<QLabel *>(QStringLiteral("headline"))->font().pointSizeF();
    m_window->setPresentation(true, false);
    const QFont after = m_page->charts()[0]->titleFont();
    QVERIFY2(
        after.pointSizeF() > before.pointSizeF() * 1.5,
        qPrintable(QStringLiteral("%1 -> %2").arg(before.pointSizeF()).arg(after.pointSizeF())));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("headline"))->font().pointSizeF() >
            headBefore * 1.4);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("privacyPanel"))->font().pointSizeF() >
            12.0);
    m_window->setPresentation(false, false);
    QCOMPARE(m_page->charts()[0]->titleFont().pointSizeF(), before.pointSizeF());
}

QTEST_MAIN(TestIncomePage)
#include "tst_incomepage.moc"
