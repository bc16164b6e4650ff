#pragma once
// The lesson beside each lab: Markdown from resources/lessons/<lang>/<lab>.md
// in a QTextBrowser. Links of the form lab:<id>?key=value&key=value open a
// preset experiment; http(s) links open in the system browser.

#include <QList>
#include <QPair>
#include <QTextBrowser>

class LessonView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit LessonView(QWidget *parent = nullptr);
    // Loads the lesson for a lab; falls back to English, then to a notice.
    void loadLesson(const QString &labId);
    void setPresentation(bool on);
    // Adds "Previous lab" / "Next lab" links under the lesson (course order);
    // an empty id leaves that link out. Call after loadLesson().
    void setCourseLinks(const QString &previousId, const QString &previousTitle,
                        const QString &nextId, const QString &nextTitle);
    QString markdown() const { return m_markdown; }

    using Assignments = QList<QPair<QString, QString>>;
    // Parses "lab:survey?p_honest=0.75&hide_truth=on"; false when it is not a lab link.
    static bool parseLabLink(const QUrl &url, QString *labId, Assignments *assignments);

signals:
    void presetRequested(const QString &labId, const LessonView::Assignments &assignments);

private:
    void onAnchor(const QUrl &url);
    QString m_markdown;
    QString m_footer;
};
