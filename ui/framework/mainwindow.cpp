#include "framework/mainwindow.h"

#include "charts/chartview.h"
#include "framework/exporter.h"
#include "framework/labfactory.h"
#include "framework/labpage.h"
#include "framework/language.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

MainWindow::MainWindow(bool restoreSettings, QWidget *parent)
    : QMainWindow(parent), m_persist(restoreSettings), m_baseFont(QApplication::font())
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/epsilon-lab.svg")));
    if (restoreSettings)
        m_settings = AppSettings::load();
    build();
    if (!m_settings.geometry.isEmpty())
        restoreGeometry(m_settings.geometry);
    else
        resize(1440, 900);
    if (!showLab(m_settings.lastLab))
        showLab(QStringLiteral("survey"));
    if (m_settings.presentation)
        setPresentation(true, false);
    // Slide keys in presentation reach the page before a focused slider or
    // spin box would take Page Up/Down for itself.
    qApp->installEventFilter(this);
}

// Everything that shows words: built at start and again after a language change.
void MainWindow::build()
{
    setWindowTitle(tr("Epsilon Lab — learn differential privacy by playing with it"));
    m_labList = new QListWidget;
    m_labList->setAccessibleName(tr("Labs"));
    // Full names, never "Warum Anonymisierung sc…": the list is as wide as
    // its longest name (fitLabList) and wraps a name it has no room for.
    m_labList->setWordWrap(true);
    m_labList->setTextElideMode(Qt::ElideNone);
    m_stack = new QStackedWidget;
    int number = 1;
    for (const dp::LabModel *lab : dp::allLabs()) {
        LabPage *page = createLabPage(*lab, m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        auto *item =
            new QListWidgetItem(tr("%1. %2").arg(number++).arg(page->labTitle()), m_labList);
        item->setData(Qt::UserRole, QString::fromStdString(lab->id()));
        item->setToolTip(page->labTitle());
        connect(page, &LabPage::presetRequested, this, &MainWindow::onPreset);
        connect(page, &LabPage::resultShown, this, [this, page] {
            if (page == currentPage())
                statusBar()->showMessage(
                    tr("%1 · seed %2").arg(page->labTitle()).arg(page->seed()));
        });
    }
    auto *splitter = new QSplitter;
    splitter->addWidget(m_labList);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter); // deletes the previous one
    fitLabList();

    buildActions();
    connect(m_labList, &QListWidget::currentRowChanged, this, &MainWindow::onLabSelected);

    {
        const QSignalBlocker block(m_seedBox);
        m_seedBox->setValue(static_cast<int>(m_settings.seed));
    }
    m_lessonAction->setChecked(m_settings.lessonVisible);
    for (LabPage *p : m_pages)
        p->setLessonVisible(m_settings.lessonVisible);
}

void MainWindow::setLanguage(const QString &code)
{
    if (code == language::current())
        return;
    // Keep what the person set up: every lab's parameters, the seed, the lab
    // on screen, presentation and lesson; only the words change.
    QList<QPair<QString, LessonView::Assignments>> kept;
    for (LabPage *p : std::as_const(m_pages)) {
        const dp::ParamValues values = p->values();
        if (values == dp::defaultValues(p->lab().params()))
            continue;
        LessonView::Assignments all;
        for (const auto &[id, v] : values.all()) {
            const dp::ParamSpec *spec = dp::findSpec(p->lab().params(), id);
            all.append({QString::fromStdString(id),
                        spec && spec->kind == dp::ParamKind::Choice
                            ? QString::fromStdString(spec->choices[static_cast<std::size_t>(v)])
                            : QString::number(v, 'g', 17)});
        }
        kept.append({p->objectName(), all});
    }
    const QString lab = currentPage() ? currentPage()->objectName() : m_settings.lastLab;
    const bool presentationOn = m_settings.presentation;

    m_settings.language = language::install(code);
    m_pages.clear();
    if (m_toolBar) {
        removeToolBar(m_toolBar);
        delete m_toolBar;
    }
    qDeleteAll(m_windowActions);
    m_windowActions.clear();
    build();
    for (const auto &[id, assignments] : std::as_const(kept))
        if (LabPage *p = page(id))
            p->applyAssignments(assignments, nullptr);
    showLab(lab);
    if (presentationOn)
        setPresentation(true, false);
    statusBar()->clearMessage();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto *bar = addToolBar(tr("Experiment"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("experimentToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *seedLabel = new QLabel(tr(" &Seed: "));
    m_seedBox = new QSpinBox;
    m_seedBox->setRange(0, static_cast<int>(AppSettings::kMaxSeed));
    m_seedBox->setKeyboardTracking(false);
    m_seedBox->setAccessibleName(tr("Seed"));
    m_seedBox->setAccessibleDescription(
        tr("The same seed gives the same numbers on every computer, "
           "so a class can follow the instructor."));
    m_seedBox->setToolTip(m_seedBox->accessibleDescription());
    seedLabel->setBuddy(m_seedBox);
    bar->addWidget(seedLabel);
    bar->addWidget(m_seedBox);
    connect(m_seedBox, &QSpinBox::valueChanged, this, [this](int v) {
        m_settings.seed = static_cast<quint64>(v);
        if (LabPage *p = currentPage())
            p->setSeed(m_settings.seed);
    });

    auto *newSeed = bar->addAction(tr("&New seed"));
    newSeed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newSeed->setToolTip(tr("Pick a random seed (Ctrl+N)"));
    connect(newSeed, &QAction::triggered, this,
            [this] { setSeed(QRandomGenerator::global()->bounded(1000000u)); });

    m_runAgain = bar->addAction(tr("&Run again"));
    m_runAgain->setShortcut(QKeySequence(Qt::Key_Space));
    m_runAgain->setToolTip(tr("Run the experiment again with the next seed (Space)"));
    connect(m_runAgain, &QAction::triggered, this, [this] { setSeed(seed() + 1); });

    auto *reset = bar->addAction(tr("R&eset"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reset->setToolTip(tr("Back to this lab's starting values (Ctrl+R)"));
    connect(reset, &QAction::triggered, this, [this] {
        if (LabPage *p = currentPage())
            p->resetToDefaults();
    });

    bar->addSeparator();
    m_lessonAction = bar->addAction(tr("&Lesson"));
    m_lessonAction->setCheckable(true);
    m_lessonAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_lessonAction->setToolTip(tr("Show or hide the lesson beside the experiment (F1)"));
    connect(m_lessonAction, &QAction::toggled, this, [this](bool on) {
        if (!m_settings.presentation)
            m_settings.lessonVisible = on;
        for (LabPage *p : m_pages)
            p->setLessonVisible(on);
    });

    m_presentationAction = bar->addAction(tr("&Presentation"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setToolTip(
        tr("Full screen with big fonts and thick lines for a projector (F11)"));
    connect(m_presentationAction, &QAction::toggled, this,
            [this](bool on) { setPresentation(on); });

    // Shortcuts that keep working while the toolbar is hidden (presentation).
    addActions({newSeed, m_runAgain, reset, m_lessonAction, m_presentationAction});

    auto *exportMenu = new QMenu(tr("Export"), this);
    exportMenu->addAction(tr("Lab as &PNG image…"), this,
                          [this] { exportWithDialog(QStringLiteral("png")); });
    exportMenu->addAction(tr("Charts as &SVG drawing…"), this,
                          [this] { exportWithDialog(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Data as &CSV table…"), this,
                          [this] { exportWithDialog(QStringLiteral("csv")); });
    exportMenu->addAction(tr("Figures as &JSON…"), this,
                          [this] { exportWithDialog(QStringLiteral("json")); });
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("E&xport"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAccessibleName(tr("Export"));
    bar->addWidget(exportButton);
    auto *exportShortcut = new QAction(this);
    exportShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportShortcut, &QAction::triggered, exportButton, &QToolButton::showMenu);
    addAction(exportShortcut);
    m_windowActions.append(exportShortcut);

    auto *languageMenu = new QMenu(tr("Language"), bar);
    const QString active = language::current();
    for (const QString &code : language::available()) {
        QAction *a = languageMenu->addAction(language::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == active);
        a->setData(code);
        connect(a, &QAction::triggered, this, [this, code] {
            // After this slot returns: the rebuild deletes the menu that emitted it.
            QMetaObject::invokeMethod(
                this, [this, code] { setLanguage(code); }, Qt::QueuedConnection);
        });
    }
    auto *languageButton = new QToolButton;
    languageButton->setObjectName(QStringLiteral("languageButton"));
    languageButton->setText(tr("Lan&guage"));
    languageButton->setMenu(languageMenu);
    languageButton->setPopupMode(QToolButton::InstantPopup);
    languageButton->setAccessibleName(tr("Language"));
    languageButton->setToolTip(
        tr("Language of the labs and lessons; your settings stay as they are"));
    bar->addWidget(languageButton);

    // Ctrl+1, Ctrl+2, …: jump to a lab without touching the mouse.
    for (int i = 0; i < m_pages.size() && i < 9; ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            showLab(m_pages[i]->objectName());
            m_labList->setFocus(); // a predictable place for the next key
        });
        addAction(go);
        m_windowActions.append(go);
    }

    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
    m_windowActions.append(quit);
}

LabPage *MainWindow::currentPage() const
{
    return qobject_cast<LabPage *>(m_stack->currentWidget());
}

LabPage *MainWindow::page(const QString &labId) const
{
    for (LabPage *p : m_pages)
        if (p->objectName() == labId)
            return p;
    return nullptr;
}

bool MainWindow::showLab(const QString &labId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->objectName() == labId) {
            m_labList->setCurrentRow(i);
            onLabSelected(i);
            return true;
        }
    }
    return false;
}

void MainWindow::onLabSelected(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    LabPage *p = m_pages[row];
    m_stack->setCurrentWidget(p);
    m_settings.lastLab = p->objectName();
    p->setPresentation(m_settings.presentation);
    if (!p->lastResult() || p->seed() != m_settings.seed)
        p->setSeed(m_settings.seed);
    if (!p->lastResult())
        p->rerun();
}

void MainWindow::setSeed(quint64 seed)
{
    if (seed > AppSettings::kMaxSeed)
        seed = 0;
    m_seedBox->setValue(static_cast<int>(seed)); // emits valueChanged -> page runs
    if (LabPage *p = currentPage())
        p->setSeed(seed);
    m_settings.seed = seed;
}

quint64 MainWindow::seed() const
{
    return static_cast<quint64>(m_seedBox->value());
}

qreal MainWindow::presentationPointSize(int logicalHeight)
{
    // 13 pt (about 17 px) on a 720-line projector: the largest at which a
    // slide (headline figures, its charts at their minimum, the control
    // strip) fits one 1280×720 screen without scrolling (tests/ui/tst_layout,
    // checkSlideFits; at 14 pt the survey and income slides scrolled); 39 pt at 4K.
    constexpr qreal kPointsAt720 = 13.0;
    return std::max<qreal>(12.0, std::round(2.0 * kPointsAt720 * logicalHeight / 720.0) / 2.0);
}

void MainWindow::fitLabList()
{
    // As wide as the longest lab name in the list's font, up to
    // thirty average characters (a longer name wraps to two lines).
    const QFontMetrics fm(m_labList->font());
    int widest = 0;
    for (int i = 0; i < m_labList->count(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(m_labList->item(i)->text()));
    const int textMargin =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_labList) + 1);
    const int chrome = 2 * m_labList->frameWidth() + textMargin + fm.averageCharWidth() +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_labList);
    const int cap = 30 * fm.averageCharWidth() + chrome;
    const int width = std::min(widest + chrome, cap);
    m_labList->setFixedWidth(width);
    // The splitter's slot follows the list; otherwise the slot keeps its old
    // width and leaves a blank band beside the fixed-width list.
    if (auto *splitter = qobject_cast<QSplitter *>(m_labList->parentWidget())) {
        QList<int> sizes = splitter->sizes();
        if (sizes.size() == 2 && sizes[0] != width) {
            sizes[1] += sizes[0] - width;
            sizes[0] = width;
            splitter->setSizes(sizes);
        }
    }
}

void MainWindow::applyPresentationFonts()
{
    QFont f = m_baseFont;
    if (m_settings.presentation)
        f.setPointSizeF(presentationPointSize(height()));
    if (QApplication::font() == f)
        return;
    QApplication::setFont(f);
    m_labList->setFont(f);
    fitLabList();
    if (LabPage *p = currentPage(); p && m_settings.presentation)
        p->setPresentation(true); // texts sized relative to the new font
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_settings.presentation)
        applyPresentationFonts();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_settings.presentation)
        return QMainWindow::eventFilter(watched, event);
    auto *w = qobject_cast<QWidget *>(watched);
    LabPage *page = currentPage();
    if (!w || w->window() != this || !page || QApplication::activePopupWidget())
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (!plain)
        return QMainWindow::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_PageDown:
        page->showSlide(page->currentSlide() + 1);
        return true;
    case Qt::Key_PageUp:
        page->showSlide(page->currentSlide() - 1);
        return true;
    case Qt::Key_Escape:
        setPresentation(false);
        return true;
    default:
        break;
    }
    // 1–9 jump to a slide, unless the key is typing a number into a box.
    const bool typing = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w);
    if (!typing && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        page->showSlide(key->key() - Qt::Key_1);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setPresentation(bool on, bool fullScreen)
{
    if (on && !m_settings.presentation && fullScreen)
        m_geometryBeforePresentation = saveGeometry();
    m_settings.presentation = on;
    {
        const QSignalBlocker block(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    applyPresentationFonts();
    // On a projector the experiment gets the whole screen: the lab list and
    // the lesson step aside (F1 brings the lesson back).
    m_labList->setVisible(!on);
    statusBar()->setVisible(!on);
    // The toolbar too: a slide gets the screen's full height. Its shortcuts
    // (Space, Ctrl+R, F1, F11, …) stay, as the window holds its actions.
    m_toolBar->setVisible(!on);
    {
        const QSignalBlocker block(m_lessonAction);
        const bool lesson = on ? false : m_settings.lessonVisible;
        m_lessonAction->setChecked(lesson);
        for (LabPage *p : m_pages)
            p->setLessonVisible(lesson);
    }
    if (LabPage *p = currentPage())
        p->setPresentation(on);
    if (fullScreen) {
        if (on) {
            showFullScreen();
        } else {
            showNormal();
            if (!m_geometryBeforePresentation.isEmpty())
                restoreGeometry(m_geometryBeforePresentation);
        }
    }
}

void MainWindow::onPreset(const QString &labId, const QList<QPair<QString, QString>> &assignments)
{
    if (!showLab(labId)) {
        statusBar()->showMessage(
            tr("The lesson links to a lab called “%1” that does not exist.").arg(labId), 8000);
        return;
    }
    QString error;
    if (!currentPage()->applyAssignments(assignments, &error))
        statusBar()->showMessage(tr("That lesson link could not be applied: %1").arg(error), 8000);
}

bool MainWindow::exportPng(const QString &path, QString *error)
{
    LabPage *p = currentPage();
    p->waitUntilDrawn();
    return exporter::writeAtomically(path, exporter::pngBytes(p->grab().toImage()), error);
}

bool MainWindow::exportSvg(const QString &path, QString *error)
{
    LabPage *p = currentPage();
    p->waitUntilDrawn();
    return exporter::writeAtomically(path, exporter::svgBytes(p->chartArea(), p->labTitle()),
                                     error);
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    LabPage *p = currentPage();
    if (!p->lastResult()) {
        *error = tr("there is no result to export yet");
        return false;
    }
    return exporter::writeAtomically(
        path, QByteArray::fromStdString(dp::toCsv(p->lastResult()->exportData())), error);
}

bool MainWindow::exportJson(const QString &path, QString *error)
{
    LabPage *p = currentPage();
    if (!p->lastResult()) {
        *error = tr("there is no result to export yet");
        return false;
    }
    const std::string json =
        dp::toJson(p->lab(), p->values(), p->seed(), p->lastResult()->exportData());
    return exporter::writeAtomically(path, QByteArray::fromStdString(json), error);
}

void MainWindow::exportWithDialog(const QString &kind)
{
    LabPage *p = currentPage();
    if (!p)
        return;
    const QString suggested =
        QStringLiteral("%1-seed%2.%3").arg(p->objectName()).arg(p->seed()).arg(kind);
    const QString filter = kind == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : kind == QLatin1String("svg") ? tr("SVG drawing (*.svg)")
                           : kind == QLatin1String("csv") ? tr("CSV table (*.csv)")
                                                          : tr("JSON (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = kind == QLatin1String("png")   ? exportPng(path, &error)
              : kind == QLatin1String("svg") ? exportSvg(path, &error)
              : kind == QLatin1String("csv") ? exportCsv(path, &error)
                                             : exportJson(path, &error);
    if (ok)
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Nothing was saved: %1.").arg(error));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persist) {
        m_settings.geometry = saveGeometry();
        m_settings.save();
    }
    event->accept();
}
