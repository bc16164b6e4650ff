// Walks every lab page: every control has an accessible name, every chart
// has a title, axis titles and a one-sentence summary once a result is shown,
// and the main actions have keyboard shortcuts.
#include "charts/chartview.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QTest>

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void everyPageIsNamedAndDescribed();
    void runAgainIsOnSpace();
};

void TestAccessibility::everyPageIsNamedAndDescribed()
{
    MainWindow window(false);
    window.resize(1440, 900);
    window.show();
    QVERIFY(!window.pages().isEmpty());
    for (LabPage *page : window.pages()) {
        QVERIFY(window.showLab(page->objectName()));
        page->waitUntilDrawn();
        QCoreApplication::processEvents();
        QVERIFY2(page->lastResult(), qPrintable(page->objectName()));
        const QString where = page->objectName() + QStringLiteral(": ");
        for (QWidget *w : page->findChildren<QWidget *>()) {
            const bool control =
                (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w)) ||
                qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w);
            if (control && w->isVisibleTo(page))
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(where +
                                    QStringLiteral("unnamed %1")
                                        .arg(QString::fromLatin1(w->metaObject()->className()))));
            if (auto *b = qobject_cast<QAbstractButton *>(w); b && b->isVisibleTo(page))
                QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(),
                         qPrintable(where + QStringLiteral("unnamed button")));
        }
        for (ChartPanel *chart : page->charts()) {
            QVERIFY2(!chart->title().isEmpty(),
                     qPrintable(where + QStringLiteral("chart without title")));
            QVERIFY2(!chart->summary().isEmpty(),
                     qPrintable(where + chart->title() + QStringLiteral(" has no summary")));
            QVERIFY2(!chart->accessibleDescription().isEmpty(), qPrintable(where + chart->title()));
            QVERIFY2(!chart->axisTitles().value(0).isEmpty(),
                     qPrintable(where + chart->title() + QStringLiteral(": x axis has no title")));
        }
        QVERIFY2(!page->summary().contains(QStringLiteral("nan"), Qt::CaseInsensitive),
                 qPrintable(where + page->summary()));
    }
}

void TestAccessibility::runAgainIsOnSpace()
{
    MainWindow window(false);
    window.show();
    QCOMPARE(window.runAgainAction()->shortcut(), QKeySequence(Qt::Key_Space));
    const quint64 seed = window.seed();
    window.runAgainAction()->trigger();
    QCOMPARE(window.seed(), seed + 1);
    // Ctrl+digit jumps to a lab (the actions are looked up by their keys;
    // an offscreen window has no keyboard focus to send real keys to).
    for (int i = window.pages().size() - 1; i >= 0; --i) {
        const QKeySequence keys(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i));
        QAction *go = nullptr;
        for (QAction *a : window.actions())
            if (a->shortcut() == keys)
                go = a;
        QVERIFY2(go, qPrintable(keys.toString()));
        go->trigger();
        QCOMPARE(window.currentPage(), window.pages().at(i));
    }
    window.currentPage()->waitUntilDrawn();
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
