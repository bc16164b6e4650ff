// Every lab has a lesson, and every "lab:" link in every lesson opens an
// existing lab with values that the lab accepts.
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "widgets/lessonview.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

class TestLessons : public QObject
{
    Q_OBJECT
private slots:
    void everyLabHasALesson();
    void everyLinkApplies();
    void secretShareIsHiddenAndInRange();
    void courseLinksFollowTheLabList();
};

namespace {
// Every link target in the lesson as displayed (the lesson plus its footer).
QStringList anchors(const QTextDocument *doc)
{
    QStringList hrefs;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                hrefs << it.fragment().charFormat().anchorHref();
    return hrefs;
}
} // namespace

void TestLessons::everyLabHasALesson()
{
    for (const dp::LabModel *lab : dp::allLabs()) {
        QFile f(QStringLiteral(":/lessons/en/%1.md").arg(QString::fromStdString(lab->id())));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.size() > 1000,
                 qPrintable(f.fileName() + QStringLiteral(" is too short to teach anything")));
        QVERIFY2(text.contains(QStringLiteral("lab:")),
                 qPrintable(f.fileName() + QStringLiteral(" has no try-this link")));
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
            QVERIFY2(page, qPrintable(path + QStringLiteral(": no lab '") + labId +
                                      QStringLiteral("' for ") + url));
            QString error;
            QVERIFY2(
                page->applyAssignments(assignments, &error),
                qPrintable(path + QStringLiteral(": ") + url + QStringLiteral(" -> ") + error));
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

void TestLessons::courseLinksFollowTheLabList()
{
    // Under each lesson: "Previous lab" and "Next lab" in the order of the
    // lab list (linkage first); following "Next lab" opens that lab.
    MainWindow window(false);
    const auto &labs = dp::allLabs();
    QVERIFY(labs.size() >= 2);
    QCOMPARE(labs.front()->id(), std::string("linkage"));
    for (std::size_t i = 0; i < labs.size(); ++i) {
        const QString id = QString::fromStdString(labs[i]->id());
        QVERIFY(window.showLab(id));
        auto *lesson = window.currentPage()->findChild<LessonView *>();
        QVERIFY2(lesson, qPrintable(id));
        const QString text = lesson->toPlainText();
        const QStringList hrefs = anchors(lesson->document());
        const bool hasPrevious = text.contains(QStringLiteral("Previous lab:"));
        const bool hasNext = text.contains(QStringLiteral("Next lab:"));
        QCOMPARE(hasPrevious, i > 0);
        QCOMPARE(hasNext, i + 1 < labs.size());
        if (i > 0)
            QVERIFY2(
                hrefs.contains(QStringLiteral("lab:") + QString::fromStdString(labs[i - 1]->id())),
                qPrintable(id + QStringLiteral(": ") + hrefs.join(QLatin1Char(' '))));
        if (i + 1 < labs.size()) {
            const QString next = QString::fromStdString(labs[i + 1]->id());
            QVERIFY2(hrefs.contains(QStringLiteral("lab:") + next),
                     qPrintable(id + QStringLiteral(": ") + hrefs.join(QLatin1Char(' '))));
            emit lesson->anchorClicked(QUrl(QStringLiteral("lab:") + next));
            QCOMPARE(window.currentPage()->objectName(), next);
        }
    }
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
