// ChartPanel's powers-of-ten axis: x holds log10 of a quantity; ticks sit on
// whole powers and read "1", "10", "100", "1,000", then "10⁴", "10⁵" … (never
// "10^5"); at most about ten labels; the last label keeps room at the right end.
#include "charts/chartview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QTest>

class TestChartPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void powersOfTenLabels_data();
    void powersOfTenLabels();
    void narrowChartsThinTheLabels();
    void backToPlainNumbers();

private:
    static QCategoryAxis *xAxis(ChartPanel &panel)
    {
        auto *view = panel.findChild<QChartView *>();
        if (!view)
            return nullptr;
        const auto axes = view->chart()->axes(Qt::Horizontal);
        return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
    }
};

void TestChartPanel::powersOfTenLabels_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("1 to 10^8") << 0.0 << 8.0
                               << QStringList{QStringLiteral("1"),   QStringLiteral("10"),
                                              QStringLiteral("100"), QStringLiteral("1,000"),
                                              QStringLiteral("10⁴"), QStringLiteral("10⁵"),
                                              QStringLiteral("10⁶"), QStringLiteral("10⁷"),
                                              QStringLiteral("10⁸")};
    QTest::newRow("1 to 10^10, every second")
        << 0.0 << 10.0
        << QStringList{QStringLiteral("1"),   QStringLiteral("100"), QStringLiteral("10⁴"),
                       QStringLiteral("10⁶"), QStringLiteral("10⁸"), QStringLiteral("10¹⁰")};
    QTest::newRow("10^-3 to 10") << -3.0 << 1.0
                                 << QStringList{QStringLiteral("10⁻³"), QStringLiteral("10⁻²"),
                                                QStringLiteral("10⁻¹"), QStringLiteral("1"),
                                                QStringLiteral("10")};
}

void TestChartPanel::powersOfTenLabels()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(QStringList, labels);
    ChartPanel panel(QStringLiteral("Test"));
    panel.setAxisTitles(QStringLiteral("N (log scale)"), QStringLiteral("Share"));
    panel.setXPowersOfTen(true);
    panel.setSeries(QStringLiteral("s"), QStringLiteral("Series"),
                    {QPointF(min, 0.0), QPointF(max, 1.0)}, SeriesStyle{});
    panel.setRange(min, max, 0.0, 1.0);
    QCategoryAxis *axis = xAxis(panel);
    QVERIFY(axis);
    QCOMPARE(axis->categoriesLabels(), labels);
    QCOMPARE(axis->titleText(), QStringLiteral("N (log scale)"));
    for (const QString &l : axis->categoriesLabels())
        QVERIFY2(!l.contains(QLatin1Char('^')), qPrintable(l));
    // The last label sits on the right end, so the chart keeps half of it as margin.
    const int half = QFontMetrics(axis->labelsFont()).horizontalAdvance(labels.last()) / 2;
    QVERIFY2(
        panel.findChild<QChartView *>()->chart()->margins().right() >= half,
        qPrintable(QString::number(panel.findChild<QChartView *>()->chart()->margins().right())));
}

void TestChartPanel::narrowChartsThinTheLabels()
{
    // 1 to 10^8 on a chart 300 px wide: fewer labels, each with room for "1,000".
    ChartPanel panel(QStringLiteral("Test"));
    panel.setXPowersOfTen(true);
    panel.setSeries(QStringLiteral("s"), QStringLiteral("Series"),
                    {QPointF(0.0, 0.0), QPointF(8.0, 1.0)}, SeriesStyle{});
    panel.setRange(0.0, 8.0, 0.0, 1.0);
    panel.resize(300, 260);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    QCategoryAxis *axis = xAxis(panel);
    QVERIFY(axis);
    const QStringList labels = axis->categoriesLabels();
    QVERIFY2(labels.size() < 9 && labels.size() >= 2, qPrintable(labels.join(QLatin1Char(' '))));
    const qreal plot = panel.findChild<QChartView *>()->chart()->plotArea().width();
    const QFontMetrics metrics(axis->labelsFont());
    const qreal perLabel = plot / (labels.size() - 1);
    QVERIFY2(perLabel >= metrics.horizontalAdvance(QStringLiteral("1,000")),
             qPrintable(QStringLiteral("%1 px per label").arg(perLabel)));
    // Wide again: every power is back.
    panel.resize(1400, 400);
    QCoreApplication::processEvents();
    QCOMPARE(axis->categoriesLabels().size(), 9);
}

void TestChartPanel::backToPlainNumbers()
{
    ChartPanel panel(QStringLiteral("Test"));
    panel.setXPowersOfTen(true);
    panel.setRange(0.0, 5.0, 0.0, 1.0);
    QVERIFY(xAxis(panel));
    panel.setXPowersOfTen(false);
    QVERIFY(!xAxis(panel));
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
