#include "widgets/lessonview.h"

#include <QDesktopServices>
#include <QFile>
#include <QLocale>
#include <QUrlQuery>

LessonView::LessonView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Lesson"));
    setMinimumWidth(240);
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, &LessonView::onAnchor);
}

void LessonView::loadLesson(const QString &labId)
{
    const QString lang = QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (const QString &candidate : {QStringLiteral(":/lessons/%1/%2.md").arg(lang, labId),
                                     QStringLiteral(":/lessons/en/%1.md").arg(labId)}) {
        QFile file(candidate);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            m_markdown = QString::fromUtf8(file.readAll());
            setMarkdown(m_markdown + m_footer);
            return;
        }
    }
    m_markdown.clear();
    setPlainText(tr("The lesson for this lab has not been written yet."));
}

void LessonView::setPresentation(bool on)
{
    QFont f = font();
    f.setPointSizeF(on ? 16.0 : 10.5);
    setFont(f);
    document()->setDefaultFont(f);
    if (!m_markdown.isEmpty())
        setMarkdown(m_markdown + m_footer);
}

void LessonView::setCourseLinks(const QString &previousId, const QString &previousTitle,
                                const QString &nextId, const QString &nextTitle)
{
    QStringList links;
    if (!previousId.isEmpty())
        links << tr("← Previous lab: [%1](lab:%2)").arg(previousTitle, previousId);
    if (!nextId.isEmpty())
        links << tr("Next lab: [%1](lab:%2) →").arg(nextTitle, nextId);
    m_footer = links.isEmpty() ? QString()
                               : QStringLiteral("\n\n---\n\n") + links.join(QStringLiteral("  \n"));
    if (!m_markdown.isEmpty())
        setMarkdown(m_markdown + m_footer);
}

bool LessonView::parseLabLink(const QUrl &url, QString *labId, Assignments *assignments)
{
    if (url.scheme() != QLatin1String("lab"))
        return false;
    *labId = url.path();
    assignments->clear();
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        assignments->append({item.first, item.second});
    return !labId->isEmpty();
}

void LessonView::onAnchor(const QUrl &url)
{
    QString lab;
    Assignments assignments;
    if (parseLabLink(url, &lab, &assignments)) {
        emit presetRequested(lab, assignments);
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}
