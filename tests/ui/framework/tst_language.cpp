// Switching the language at run time: every lab keeps its parameters, the
// seed and the lab on screen stay, numbers follow the language, the lesson
// follows it with English as the fallback, and an unknown code falls back to
// English.
#include "framework/format.h"
#include "framework/labpage.h"
#include "framework/language.h"
#include "framework/mainwindow.h"
#include "pagetest.h"
#include "widgets/lessonview.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
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

    // The lesson view shows the language's lesson and falls back to English;
    // a German lesson links to exactly the experiments of the English one.
    void lessonsFollowTheLanguage()
    {
        static const QRegularExpression link(QStringLiteral("\\]\\((lab:[^)\\s]+)\\)"));
        const auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const auto links = [](const QString &text) {
            QStringList out;
            for (auto m = link.globalMatch(text); m.hasNext();)
                out << m.next().captured(1);
            return out;
        };
        for (const dp::LabModel *lab : dp::allLabs()) {
            const QString id = QString::fromStdString(lab->id());
            const QString english = read(QStringLiteral(":/lessons/en/%1.md").arg(id));
            const QString german = read(QStringLiteral(":/lessons/de/%1.md").arg(id));
            language::install(QStringLiteral("de"));
            LessonView view;
            view.loadLesson(id);
            const QString shown = view.toPlainText().left(40);
            if (german.isEmpty()) {
                QVERIFY2(!english.isEmpty(), qPrintable(id));
                QVERIFY2(english.contains(shown.section(QLatin1Char('\n'), 0, 0)),
                         qPrintable(id + QStringLiteral(": ") + shown));
                continue;
            }
            QVERIFY2(german.contains(shown.section(QLatin1Char('\n'), 0, 0)),
                     qPrintable(id + QStringLiteral(": ") + shown));
            QCOMPARE(links(german), links(english));
            language::install(QStringLiteral("en"));
            view.loadLesson(id);
            QVERIFY(english.contains(view.toPlainText().left(40).section(QLatin1Char('\n'), 0, 0)));
        }
    }

    // Exports do not depend on the language: C-locale numbers, English ids.
    void exportsIgnoreTheLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray first[2];
        int i = 0;
        for (const char *lang : {"en", "de"}) {
            const QString csv = dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(lang)));
            const QString json = dir.filePath(QStringLiteral("%1.json").arg(QLatin1String(lang)));
            QProcess p;
            p.start(QStringLiteral(EPSILON_LAB_BINARY),
                    {QStringLiteral("--lang"), QLatin1String(lang), QStringLiteral("--lab"),
                     QStringLiteral("income"), QStringLiteral("--set"), QStringLiteral("trials=50"),
                     QStringLiteral("--export-csv"), csv, QStringLiteral("--export-json"), json});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QFile c(csv), j(json);
            QVERIFY(c.open(QIODevice::ReadOnly) && j.open(QIODevice::ReadOnly));
            first[i++] = c.readAll() + j.readAll();
        }
        QVERIFY(first[0].contains("0."));
        QCOMPARE(first[1], first[0]);
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
