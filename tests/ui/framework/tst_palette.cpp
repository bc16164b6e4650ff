// Every lab from allLabs() under the app's own palette, a dark one and a
// high-contrast one (the hidden --palette dark|contrast): every text a person
// reads keeps a WCAG 2.1 contrast of at least 4.5 : 1 against what it is
// drawn on. Checked: each label's text colour and every colour its rich text
// sets in a span (right/wrong marks, warnings, footnotes), each chart's
// title, axis titles, tick labels and legend entries against the chart
// background. A fixed colour in a page's HTML fails here under one palette
// or the other.
#include "charts/chartview.h"
#include "framework/contrast.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "framework/palettes.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

class TestPalette : public QObject
{
    Q_OBJECT
private slots:
    void ratio();
    void readableOn();
    void everyLabReads_data();
    void everyLabReads();
};

namespace {
// A translucent colour as it looks on `background`.
QColor over(const QColor &c, const QColor &background)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(static_cast<float>(a * c.redF() + (1 - a) * background.redF()),
                            static_cast<float>(a * c.greenF() + (1 - a) * background.greenF()),
                            static_cast<float>(a * c.blueF() + (1 - a) * background.blueF()));
}

QString plain(const QString &html)
{
    QTextDocument d;
    d.setHtml(html);
    return d.toPlainText().simplified().left(60);
}

void checkLabel(const QLabel *label, const QString &where, QStringList *failures)
{
    const QColor background = label->palette().color(label->backgroundRole());
    const QColor text = over(label->palette().color(label->foregroundRole()), background);
    const auto test = [&](const QColor &c, const QString &what) {
        const double r = contrast::contrastRatio(over(c, background), background);
        if (r < contrast::kMinTextRatio)
            *failures << QStringLiteral("%1: %2 %3 on %4, contrast %5 < %6: \"%7\"")
                             .arg(where, what, c.name(), background.name())
                             .arg(r, 0, 'f', 2)
                             .arg(contrast::kMinTextRatio)
                             .arg(plain(label->text()));
    };
    test(text, QStringLiteral("label text"));
    if (!Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::RichText)
        return;
    QTextDocument doc;
    doc.setHtml(label->text());
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.hasProperty(QTextFormat::ForegroundBrush) &&
                !it.fragment().text().trimmed().isEmpty())
                test(f.foreground().color(),
                     QStringLiteral("span \"%1\"").arg(it.fragment().text().left(30)));
        }
}

void checkChart(ChartPanel *panel, const QString &where, QStringList *failures)
{
    // The texts Qt Charts laid out (the panel does not hand out its chart).
    QGraphicsScene *scene = panel->findChild<QChartView *>()->scene();
    QColor background = panel->palette().color(QPalette::Window);
    for (QGraphicsItem *item : scene->items())
        if (auto *chart = qobject_cast<QChart *>(item->toGraphicsObject()))
            background = chart->backgroundBrush().color();
    for (QGraphicsItem *item : scene->items()) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().trimmed().isEmpty())
            continue;
        const QColor c = over(text->defaultTextColor(), background);
        const double r = contrast::contrastRatio(c, background);
        if (r < contrast::kMinTextRatio)
            *failures << QStringLiteral("%1: chart \"%2\" text \"%3\" %4 on %5, contrast %6")
                             .arg(where, panel->title(), text->toPlainText().left(40), c.name(),
                                  background.name())
                             .arg(r, 0, 'f', 2);
    }
}
} // namespace

void TestPalette::ratio()
{
    // WCAG's own reference points.
    QCOMPARE(qRound(contrast::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrast::contrastRatio(Qt::white, Qt::white), 1.0);
    const double grey = contrast::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white);
    QVERIFY2(grey > 4.5 && grey < 4.6, qPrintable(QString::number(grey))); // the lightest AA grey
    QCOMPARE(contrast::contrastRatio(Qt::red, Qt::blue),
             contrast::contrastRatio(Qt::blue, Qt::red));
}

void TestPalette::readableOn()
{
    // Okabe–Ito orange reads on black but not on white: it darkens there and
    // stays itself on black.
    const QColor orange(0xE6, 0x9F, 0x00);
    QVERIFY(contrast::contrastRatio(orange, Qt::white) < 4.5);
    const QColor onWhite = contrast::readableOn(orange, Qt::white);
    QVERIFY2(contrast::contrastRatio(onWhite, Qt::white) >= 4.5, qPrintable(onWhite.name()));
    QVERIFY2(contrast::contrastRatio(onWhite, Qt::white) < 4.7,
             qPrintable(onWhite.name())); // no more than needed
    QCOMPARE(contrast::readableOn(orange, Qt::black), orange);
    const QColor dark(0x2B, 0x2B, 0x2E);
    const QColor red = contrast::readableOn(QColor(0xB0, 0x00, 0x20), dark);
    QVERIFY2(contrast::contrastRatio(red, dark) >= 4.5, qPrintable(red.name()));
}

void TestPalette::everyLabReads_data()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("app") << QString();
    QTest::newRow("dark") << QStringLiteral("dark");
    QTest::newRow("contrast") << QStringLiteral("contrast");
}

void TestPalette::everyLabReads()
{
    QFETCH(QString, palette);
    if (palette.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QVERIFY(applyNamedPalette(palette));
    }
    MainWindow window(false);
    window.resize(1440, 900);
    window.show();
    QStringList failures;
    int labels = 0, charts = 0;
    for (LabPage *page : window.pages()) {
        QVERIFY(window.showLab(page->objectName()));
        page->waitUntilDrawn();
        QCoreApplication::processEvents();
        QVERIFY2(page->lastResult(), qPrintable(page->objectName()));
        for (const bool presentation : {false, true}) {
            window.setPresentation(presentation, false);
            page->waitUntilDrawn();
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1 %2").arg(
                page->objectName(),
                presentation ? QStringLiteral("presentation") : QStringLiteral("normal"));
            for (QLabel *l : window.findChildren<QLabel *>())
                if (l->isVisible() && l->isEnabled() && !l->text().isEmpty()) {
                    checkLabel(l, where, &failures);
                    ++labels;
                }
            for (ChartPanel *c : page->charts())
                if (c->isVisible()) {
                    checkChart(c, where, &failures);
                    ++charts;
                }
        }
        window.setPresentation(false, false);
    }
    // Settings that bring out the coloured lines: income's wrong μ_o (a
    // mistake), its one-friend caveat and its footnote.
    LabPage *income = window.page(QStringLiteral("income"));
    QVERIFY(income && window.showLab(QStringLiteral("income")));
    QString error;
    QVERIFY2(income->applyAssignments({{QStringLiteral("wrong_noise_mean"), QStringLiteral("on")},
                                       {QStringLiteral("friends"), QStringLiteral("1")}},
                                      &error),
             qPrintable(error));
    income->waitUntilDrawn();
    QCoreApplication::processEvents();
    int spans = 0;
    for (QLabel *l : income->findChildren<QLabel *>())
        if (l->isVisible() && l->text().contains(QLatin1String("color:"))) {
            checkLabel(l, QStringLiteral("income caveats"), &failures);
            spans += static_cast<int>(l->text().count(QLatin1String("color:")));
        }
    QVERIFY2(spans >= 3, qPrintable(QString::number(spans))); // mistake, caveat, footnote
    failures.removeDuplicates();
    for (const QString &f : failures)
        qWarning().noquote() << f;
    QVERIFY2(labels > 50 && charts > 10,
             qPrintable(QStringLiteral("only %1 labels, %2 charts").arg(labels).arg(charts)));
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 texts below %2 : 1 under palette \"%3\" (listed above)")
                            .arg(failures.size())
                            .arg(contrast::kMinTextRatio)
                            .arg(palette.isEmpty() ? QStringLiteral("app") : palette)));
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
