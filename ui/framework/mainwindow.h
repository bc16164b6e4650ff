#pragma once
// The window: the list of labs on the left, the current lab page, and a
// toolbar with the seed, Run again (Space), Reset (Ctrl+R), the lesson pane,
// Presentation mode (F11) and Export (PNG, SVG, CSV, JSON).
//
// Presentation is a projector view: full screen, lab list and lesson hidden,
// the application font sized from the window's logical height
// (presentationPointSize), Page Down / Page Up and 1–9 step through the
// page's slides, Esc or F11 leaves and restores geometry and lesson.

#include "framework/settings.h"

#include <QList>
#include <QMainWindow>

class LabPage;
class QAction;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QToolBar;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(bool restoreSettings = true, QWidget *parent = nullptr);
    ~MainWindow() override;

    LabPage *currentPage() const;
    LabPage *page(const QString &labId) const;
    const QList<LabPage *> &pages() const { return m_pages; }
    bool showLab(const QString &labId);
    void setSeed(quint64 seed);
    quint64 seed() const;
    void setPresentation(bool on, bool fullScreen = true);
    bool presentation() const { return m_settings.presentation; }
    QAction *runAgainAction() const { return m_runAgain; }
    // Switches the interface language ("en", "de") at once: pages and texts
    // are rebuilt, every lab keeps its parameters, the seed and the lab on
    // screen stay. Remembered for the next start.
    void setLanguage(const QString &code);
    // The base font of the presentation view for a screen this many logical
    // pixels high: it grows in proportion, so text covers the same share of a
    // 720-line projector and of a 4K one.
    static qreal presentationPointSize(int logicalHeight);

    bool exportPng(const QString &path, QString *error);
    bool exportSvg(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error);
    bool exportJson(const QString &path, QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void buildActions();
    void onLabSelected(int row);
    void onPreset(const QString &labId, const QList<QPair<QString, QString>> &assignments);
    void exportWithDialog(const QString &kind);
    void applyPresentationFonts();
    void fitLabList();

    AppSettings m_settings;
    bool m_persist = true;
    QListWidget *m_labList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<LabPage *> m_pages;
    QSpinBox *m_seedBox = nullptr;
    QAction *m_runAgain = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_lessonAction = nullptr;
    QFont m_baseFont;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_windowActions; // window-wide shortcuts, rebuilt with the texts
    QByteArray m_geometryBeforePresentation;
};
