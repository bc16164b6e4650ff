// Switching the language at run time: every lab keeps its parameters, the
// seed and the lab on screen stay, numbers follow the language, the lesson
// follows it with English as the fallback, and an unknown code falls back to
// English.
#include "framework/format.h"
#include "framework/labpage.h"
#include "framework/language.h"
#include "framework/mainwindow.h"
#include "pagetest.h"

#include <QLocale>
#include <QTest>
#include <QToolButton>

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { language::install(QStringLiteral("en")); }

    void germanIsAvailable()
    {
        QVERIFY2(language::available().contains(QStringLiteral("de")),
                 qPrintable(language::available().join(QLatin1Char(','))));
        QCOMPARE(language::install(QStringLiteral("xx")), QStringLiteral("en"));
    }

    void numbersFollowTheLanguage()
    {
        language::install(QStringLiteral("de"));
        QCOMPARE(fmt::number(1234.5, 1), QStringLiteral("1.234,5"));
        QCOMPARE(fmt::percent(0.123), QStringLiteral("12,3 %"));
        language::install(QStringLiteral("en"));
        QCOMPARE(fmt::number(1234.5, 1), QStringLiteral("1,234.5"));
        QCOMPARE(fmt::percent(0.123), QStringLiteral("12.3 %"));
    }

    void switchKeepsTheExperiment()
    {
        language::install(QStringLiteral("en"));
        MainWindow *window = nullptr;
        LabPage *page = pagetest::openLab<LabPage>(window, QStringLiteral("income"));
        QVERIFY(page);
        const auto id = page->lab().params().front().id;
        const QString key = QString::fromStdString(id);
        const double before = page->values().get(id);
        const double changed =
            page->lab().params().front().kind == dp::ParamKind::Toggle ? 1.0 - before
            : before == page->lab().params().front().min ? page->lab().params().front().max
                                                         : page->lab().params().front().min;
        QVERIFY(page->assign(key, QString::number(changed, 'g', 17), nullptr));
        window->setSeed(1234);
        const QString englishTitle = window->windowTitle();

        window->setLanguage(QStringLiteral("de"));
        QCOMPARE(language::current(), QStringLiteral("de"));
        LabPage *after = window->currentPage();
        QVERIFY(after);
        QCOMPARE(after->objectName(), QStringLiteral("income"));
        QCOMPARE(after->values().get(id), changed);
        QCOMPARE(window->seed(), quint64(1234));
        QVERIFY(pagetest::settle(after));
        QVERIFY2(window->windowTitle() != englishTitle, qPrintable(window->windowTitle()));
        QCOMPARE(window->findChildren<QToolButton *>(QStringLiteral("languageButton")).size(), 1);

        window->setLanguage(QStringLiteral("en"));
        QCOMPARE(window->windowTitle(), englishTitle);
        QCOMPARE(window->currentPage()->values().get(id), changed);
        delete window;
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
