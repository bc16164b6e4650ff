// Every lab has a lesson, and every "lab:" link in every lesson opens an
// existing lab with values that the lab accepts.
#include "framework/labpage.h"
#include "widgets/lessonview.h"
#include "framework/mainwindow.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLessons : public QObject
{
    Q_OBJECT
private slots:
    void everyLabHasALesson();
    void everyLinkApplies();
    void secretShareIsHiddenAndInRange();
};

void TestLessons::everyLabHasALesson()
{
    for (const dp::LabModel *lab : dp::allLabs()) {
        QFile f(QStringLiteral(":/lessons/en/%1.md").arg(QString::fromStdString(lab->id())));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.size() > 1000, qPrintable(f.fileName() + QStringLiteral(" is too short to teach anything")));
        QVERIFY2(text.contains(QStringLiteral("lab:")), qPrintable(f.fileName() + QStringLiteral(" has no try-this link")));
    }
}

void TestLessons::everyLinkApplies()
{
    MainWindow window(false);
    static const QRegularExpression link(QStringLiteral("\\]\\((lab:[^)\\s]+)\\)"));
    int links = 0;
    QDirIterator it(QStringLiteral(":/lessons"), QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QStringLiteral(".md")))
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = link.globalMatch(text); m.hasNext();) {
            const QString url = m.next().captured(1);
            QString labId;
            LessonView::Assignments assignments;
            QVERIFY2(LessonView::parseLabLink(QUrl(url), &labId, &assignments), qPrintable(url));
            LabPage *page = window.page(labId);
            QVERIFY2(page, qPrintable(path + QStringLiteral(": no lab '") + labId + QStringLiteral("' for ") + url));
            QString error;
            QVERIFY2(page->applyAssignments(assignments, &error), qPrintable(path + QStringLiteral(": ") + url + QStringLiteral(" -> ") + error));
            page->waitUntilDrawn();
            ++links;
        }
    }
    QVERIFY2(links >= 10, qPrintable(QString::number(links)));
}

void TestLessons::secretShareIsHiddenAndInRange()
{
    MainWindow window(false);
    LabPage *page = window.page(QStringLiteral("survey"));
    QVERIFY(page);
    for (int i = 0; i < 20; ++i) {
        QVERIFY(page->applyAssignments({{QStringLiteral("true_rate"), QStringLiteral("secret")},
                                        {QStringLiteral("hide_truth"), QStringLiteral("on")}},
                                       nullptr));
        const double share = page->values().get("true_rate");
        QVERIFY2(share >= 0.05 && share <= 0.60, qPrintable(QString::number(share)));
        QCOMPARE(page->values().get("hide_truth"), 1.0);
    }
    page->waitUntilDrawn();
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
