#include "framework/labpage.h"

#include "charts/chartview.h"
#include "framework/chartgrid.h"
#include "framework/labfactory.h"
#include "framework/paramerror.h"
#include "widgets/flowlayout.h"
#include "widgets/parametercontrol.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QRandomGenerator>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

LabPage::LabPage(const dp::LabModel &lab, const LabTexts &texts, QWidget *parent)
    : QWidget(parent), m_lab(lab), m_texts(texts), m_values(dp::defaultValues(lab.params()))
{
    setObjectName(QString::fromStdString(lab.id()));
    m_runner = new SimulationRunner(m_lab, this);
    m_stepTimer = new QTimer(this);
    m_stepTimer->setSingleShot(true);
    m_stepTimer->setInterval(1);
    m_stepTimer->setTimerType(Qt::PreciseTimer);
    connect(m_stepTimer, &QTimer::timeout, this, [this] {
        if (m_pendingSteps.isEmpty())
            return;
        const auto step = m_pendingSteps.takeFirst();
        step();
        if (!m_pendingSteps.isEmpty())
            m_stepTimer->start();
        else
            emit resultDrawn(m_shownSerial);
    });
    connect(m_runner, &SimulationRunner::finished, this, &LabPage::onFinished);
    // A result can make the charts need more width (longer tick labels).
    connect(this, &LabPage::resultDrawn, this, &LabPage::fitCentre);

    auto *controls = new QWidget;
    m_controlsLayout = new QVBoxLayout(controls);
    m_heading = new QLabel(labTitle(), controls);
    m_heading->setWordWrap(true);
    m_controlsLayout->addWidget(m_heading);
    buildControls();
    m_error = new QLabel(controls);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("inputError"));
    {
        // Bold in the palette's own text colour, so it reads on any palette;
        // the message itself says it is a problem.
        QFont bold = m_error->font();
        bold.setBold(true);
        m_error->setFont(bold);
    }
    m_error->setAccessibleName(tr("Input problem"));
    m_error->hide();
    m_busy = new QLabel(tr("Simulating…"), controls);
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setVisible(false);
    m_controlsLayout->addWidget(m_error);
    m_controlsLayout->addWidget(m_busy);
    m_controlsLayout->addStretch(1);
    connect(m_runner, &SimulationRunner::busyChanged, m_busy, &QLabel::setVisible);

    auto *scroll = new QScrollArea;
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(230);
    scroll->setAccessibleName(tr("Experiment settings"));
    m_controlsScroll = scroll;

    m_chartArea = new QWidget;
    m_chartArea->setObjectName(QStringLiteral("chartArea"));
    m_chartArea->setAccessibleName(tr("Results"));
    // Too short a screen scrolls the results instead of squeezing them.
    m_chartScroll = new QScrollArea;
    m_chartScroll->setObjectName(QStringLiteral("chartScroll"));
    m_chartScroll->setWidget(m_chartArea);
    // When the charts grow wider than the viewport (a legend, longer ticks),
    // fitCentre makes room once the layout has settled.
    m_chartArea->installEventFilter(this);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slideBar = new QLabel;
    m_slideBar->setObjectName(QStringLiteral("slideBar"));
    m_slideBar->setAccessibleName(tr("Lab and slide"));
    m_slideBar->setWordWrap(true);
    m_slideBar->hide();
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_slideBar);
    centreLayout->addWidget(m_chartScroll, 1);

    m_lesson = new LessonView;
    m_lesson->loadLesson(objectName());
    {
        // The course runs in registry order: links to the labs before and after this one.
        const auto &labs = dp::allLabs();
        // By id: a page may run a variant of its registered lab (DP-SGD without the audit).
        const auto here = std::find_if(labs.begin(), labs.end(), [this](const dp::LabModel *lab) {
            return lab->id() == m_lab.id();
        });
        if (here != labs.end()) {
            QString previousId, previousTitle, nextId, nextTitle;
            auto titleOf = [](const dp::LabModel *lab) {
                const QString t = labTexts(lab->id()).translatedTitle();
                return t.isEmpty() ? QString::fromStdString(lab->id()) : t;
            };
            if (here != labs.begin()) {
                previousId = QString::fromStdString((*(here - 1))->id());
                previousTitle = titleOf(*(here - 1));
            }
            if (here + 1 != labs.end()) {
                nextId = QString::fromStdString((*(here + 1))->id());
                nextTitle = titleOf(*(here + 1));
            }
            m_lesson->setCourseLinks(previousId, previousTitle, nextId, nextTitle);
        }
    }
    connect(m_lesson, &LessonView::presetRequested, this, &LabPage::presetRequested);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_lesson);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({250, 900, 300});
    applyHeadingFont();

    // Presentation: the controls move into this strip below the charts, in
    // rows that wrap (FlowLayout), so every control stays on screen.
    m_strip = new QWidget;
    m_strip->setObjectName(QStringLiteral("controlStrip"));
    m_strip->setAccessibleName(tr("Experiment settings"));
    auto *stripLayout = new QVBoxLayout(m_strip);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    m_flow = new QWidget(m_strip);
    m_flow->setObjectName(QStringLiteral("controlFlow"));
    auto *flow = new FlowLayout(m_flow);
    flow->setContentsMargins(6, 4, 6, 4); // thin: the slide above needs the height
    stripLayout->addWidget(m_flow);
    m_strip->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_strip);
}

LabPage::~LabPage() = default;

QString LabPage::labTitle() const
{
    const QString title = m_texts.translatedTitle();
    return title.isEmpty() ? QString::fromStdString(m_lab.id()) : title;
}

void LabPage::buildControls()
{
    for (const dp::ParamSpec &spec : m_lab.params()) {
        const QString id = QString::fromStdString(spec.id);
        const QString label = m_texts.label(spec.id);
        const QString help = m_texts.help(spec.id);
        QWidget *w = nullptr;
        switch (spec.kind) {
        case dp::ParamKind::Real:
        case dp::ParamKind::Integer: {
            auto *pc = new ParameterControl(spec, m_texts);
            connect(pc, &ParameterControl::valueChanged, this,
                    [this, key = spec.id](double v) { setValueFromControl(key, v); });
            m_setters.insert(id, [pc](double v) { pc->setValue(v); });
            w = pc;
            break;
        }
        case dp::ParamKind::Choice: {
            auto *box = new QWidget;
            auto *l = new QVBoxLayout(box);
            l->setContentsMargins(0, 0, 0, 0);
            auto *title = new QLabel(label, box);
            title->setWordWrap(true); // a long (or German) name in a narrow strip slot
            auto *combo = new QComboBox(box);
            for (std::size_t i = 0; i < spec.choices.size(); ++i)
                combo->addItem(m_texts.choice(spec.id, static_cast<int>(i), spec.choices[i]));
            combo->setCurrentIndex(static_cast<int>(spec.defaultValue));
            combo->setAccessibleName(label);
            combo->setAccessibleDescription(help);
            combo->setToolTip(help);
            title->setBuddy(combo);
            l->addWidget(title);
            l->addWidget(combo);
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, key = spec.id](int i) { setValueFromControl(key, i); });
            m_setters.insert(id, [combo](double v) {
                const QSignalBlocker block(combo);
                combo->setCurrentIndex(static_cast<int>(v));
            });
            w = box;
            break;
        }
        case dp::ParamKind::Toggle: {
            auto *check = new QCheckBox(label);
            check->setChecked(spec.defaultValue != 0.0);
            check->setAccessibleName(label);
            check->setAccessibleDescription(help);
            check->setToolTip(help);
            connect(check, &QCheckBox::toggled, this,
                    [this, key = spec.id](bool on) { setValueFromControl(key, on ? 1.0 : 0.0); });
            m_setters.insert(id, [check](double v) {
                const QSignalBlocker block(check);
                check->setChecked(v != 0.0);
            });
            w = check;
            break;
        }
        }
        w->setObjectName(QStringLiteral("param_") + id);
        m_controls.insert(id, w);
        m_controlsLayout->addWidget(w);
    }
}

void LabPage::addControlWidget(QWidget *widget)
{
    // Insert above the error label, busy label and stretch.
    m_controlsLayout->insertWidget(m_controlsLayout->count() - 3, widget);
}

void LabPage::limitMaximum(const QString &id, double maximum)
{
    auto *pc = qobject_cast<ParameterControl *>(m_controls.value(id));
    if (!pc || !std::isfinite(maximum))
        return;
    pc->setMaximum(maximum);
    const std::string key = id.toStdString();
    if (m_values.get(key) > pc->maximum() && !m_limiting) {
        m_limiting = true;
        m_values.set(key, pc->maximum());
        pc->setValue(pc->maximum());
        m_limiting = false;
    }
}

void LabPage::setValueFromControl(const std::string &id, double value)
{
    dp::ParamValues trial = m_values;
    trial.set(id, value);
    m_values = trial;
    scheduleRun();
}

void LabPage::pushValuesToControls()
{
    for (const auto &[id, v] : m_values.all()) {
        auto it = m_setters.find(QString::fromStdString(id));
        if (it != m_setters.end())
            (*it)(v);
    }
}

void LabPage::scheduleRun()
{
    parametersChanged();
    if (auto err = m_lab.validate(m_values)) {
        m_error->setText(tr("Not run: %1. The charts still show the last valid setting.")
                             .arg(describe(*err, &m_lab)));
        m_error->show();
        return;
    }
    m_error->hide();
    m_error->clear();
    if (onlyDisplayChanged()) { // redraw, do not simulate again
        RunRequest request = m_shownRequest;
        request.values = m_values;
        onFinished(m_result, request);
        return;
    }
    m_runner->request(m_values, m_seed);
}

QString LabPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool LabPage::assign(const QString &key, const QString &value, QString *error)
{
    return applyAssignments({{key, value}}, error);
}

bool LabPage::applyAssignments(const LessonView::Assignments &assignments, QString *error)
{
    dp::ParamValues trial = m_values;
    for (const auto &[key, rawValue] : assignments) {
        QString value = rawValue;
        // "secret" (lesson links for guess-then-reveal games): a share the
        // class has not seen, between 5 % and 60 %, in whole percent.
        if (value == QLatin1String("secret"))
            value = QString::number(QRandomGenerator::global()->bounded(5, 61) / 100.0);
        const std::string text = (key + QLatin1Char('=') + value).toStdString();
        if (auto err = dp::parseAssignment(m_lab.params(), text, trial)) {
            if (error)
                *error = describe(*err, &m_lab);
            return false;
        }
    }
    // Let the page pull dependent values into range first (a friend or row
    // number beyond a smaller count), but never a value named in this call.
    const dp::ParamValues old = m_values;
    m_values = trial;
    parametersChanged();
    bool explicitClamped = false;
    for (const auto &[key, value] : assignments)
        explicitClamped |= m_values.get(key.toStdString()) != trial.get(key.toStdString());
    const auto err = explicitClamped ? m_lab.validate(trial) : m_lab.validate(m_values);
    if (err) {
        m_values = old;
        pushValuesToControls();
        parametersChanged();
        if (error)
            *error = describe(*err, &m_lab);
        return false;
    }
    pushValuesToControls();
    scheduleRun();
    return true;
}

void LabPage::setSeed(quint64 seed)
{
    if (seed == m_seed && m_result)
        return;
    m_seed = seed;
    scheduleRun();
}

void LabPage::resetToDefaults()
{
    m_values = dp::defaultValues(m_lab.params());
    pushValuesToControls();
    scheduleRun();
}

void LabPage::rerun()
{
    scheduleRun();
}

void LabPage::setPresentation(bool on)
{
    const bool changed = on != m_presentation;
    m_presentation = on;
    applyHeadingFont();
    for (ChartPanel *c : charts())
        c->setPresentation(on);
    m_lesson->setPresentation(on);
    if (ChartGrid *grid = chartGrid(); grid && grid->presentation() != on) {
        grid->setPresentation(on);
        connect(grid, &ChartGrid::slideChanged, this, &LabPage::updateSlideBar,
                Qt::UniqueConnection);
    }
    if (changed || on)
        moveControls(on);
    m_slideBar->setVisible(on);
    updateSlideBar();
}

void LabPage::moveControls(bool toStrip)
{
    const int em = QFontMetrics(QApplication::font()).averageCharWidth();
    if (toStrip) {
        if (m_stripWidgets.isEmpty()) {
            if (m_controlsScroll->isVisibleTo(this))
                m_normalSizes = m_splitter->sizes();
            // Every widget below the heading, in order, moves into the strip.
            for (int i = 0; i < m_controlsLayout->count(); ++i)
                if (QWidget *w = m_controlsLayout->itemAt(i)->widget(); w && w != m_heading)
                    m_stripWidgets.append(w);
            for (QWidget *w : std::as_const(m_stripWidgets))
                m_flow->layout()->addWidget(w); // takes it out of the side column
        }
        // Each control a slot of one width (22 characters, or the longest
        // word of a label when that is wider: "Durchschnittseinkommen"); the
        // strip wraps to another row when the screen is too narrow for all.
        // Measured in the application font, which the labels are about to
        // take on (a font change reaches them after this call).
        const QFontMetrics fm(QApplication::font());
        int slot = 22 * em;
        for (QWidget *w : std::as_const(m_controls))
            for (const QLabel *l : w->findChildren<QLabel *>())
                for (const QString &word : l->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    slot = std::max(slot, fm.horizontalAdvance(word) + 2 * l->margin() + em);
        for (QWidget *w : std::as_const(m_controls)) {
            if (qobject_cast<QCheckBox *>(w)) { // a one-line switch: its whole text
                w->setMinimumWidth(0);
                w->setMaximumWidth(QWIDGETSIZE_MAX);
            } else {
                w->setFixedWidth(slot);
            }
        }
        m_error->setFixedWidth(30 * em);
        m_controlsScroll->hide();
        m_strip->show();
    } else {
        if (!m_stripWidgets.isEmpty()) {
            // Back into the side column, above its closing stretch.
            for (QWidget *w : std::as_const(m_stripWidgets))
                m_controlsLayout->insertWidget(m_controlsLayout->count() - 1, w);
            m_stripWidgets.clear();
        }
        for (QWidget *w : std::as_const(m_controls)) {
            w->setMinimumWidth(0);
            w->setMaximumWidth(QWIDGETSIZE_MAX);
        }
        m_error->setMinimumWidth(0);
        m_error->setMaximumWidth(QWIDGETSIZE_MAX);
        m_strip->hide();
        m_controlsScroll->show();
        m_splitter->setSizes(m_normalSizes.size() == 3 && m_normalSizes[0] > 0
                                 ? m_normalSizes
                                 : QList<int>{250, 900, 300});
    }
}

ChartGrid *LabPage::chartGrid() const
{
    return m_chartArea->findChild<ChartGrid *>();
}

int LabPage::slideCount() const
{
    const ChartGrid *grid = chartGrid();
    return grid ? grid->slideCount() : 1;
}

int LabPage::currentSlide() const
{
    const ChartGrid *grid = chartGrid();
    return grid && m_presentation ? grid->currentSlide() : 0;
}

void LabPage::showSlide(int index)
{
    if (ChartGrid *grid = chartGrid())
        grid->showSlide(index);
    m_chartScroll->verticalScrollBar()->setValue(0);
    updateSlideBar();
}

void LabPage::updateSlideBar()
{
    if (!m_presentation)
        return;
    const int count = slideCount();
    QString text = QStringLiteral("<b>%1</b>").arg(labTitle().toHtmlEscaped());
    if (count > 1)
        text += tr(" · slide %1 of %2 (Page Down: next, Page Up: back, 1–%2: jump; Esc: leave)")
                    .arg(currentSlide() + 1)
                    .arg(count);
    else
        text += tr(" · Esc: leave the presentation");
    m_slideBar->setText(text);
    emit slideChanged(currentSlide(), count);
}

void LabPage::applyHeadingFont()
{
    QFont hf = QApplication::font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_heading->setFont(hf);
}

void LabPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCentre();
    // Once the new sizes are laid out, check again by what actually sticks out.
    QTimer::singleShot(0, this, &LabPage::fitCentre);
}

bool LabPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartArea && event->type() == QEvent::Resize && m_chartScroll &&
        m_chartArea->width() > m_chartScroll->viewport()->width())
        QTimer::singleShot(0, this, &LabPage::fitCentre);
    return QWidget::eventFilter(watched, event);
}

void LabPage::fitCentre()
{
    if (m_presentation || !m_splitter || m_fitting)
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 3 || !m_chartScroll->widget())
        return;
    const int need = m_chartScroll->widget()->minimumSizeHint().width() +
                     m_chartScroll->verticalScrollBar()->sizeHint().width() +
                     2 * m_chartScroll->frameWidth();
    // What the charts lack: by their minimum, or by how far they already
    // stick out of the viewport (a child's fixed minimum can exceed the hint).
    const int overflow = m_chartScroll->widget()->width() - m_chartScroll->viewport()->width();
    int deficit = std::max(need - sizes[1], overflow);
    if (deficit <= 0)
        return;
    auto take = [&](int pane, int keep) {
        const int amount = std::clamp(sizes[pane] - keep, 0, deficit);
        sizes[pane] -= amount;
        sizes[1] += amount;
        deficit -= amount;
    };
    take(0,
         std::max(m_controlsScroll->minimumWidth(), m_controlsScroll->minimumSizeHint().width()));
    if (m_lesson->isVisible()) {
        take(2, m_lesson->minimumWidth());
        if (deficit > 0) { // below its minimum the splitter only folds it away whole
            sizes[1] += sizes[2];
            sizes[2] = 0;
        }
    }
    const QScopedValueRollback guard(m_fitting, true);
    m_splitter->setSizes(sizes);
}

void LabPage::setLessonVisible(bool visible)
{
    m_lesson->setVisible(visible);
}
bool LabPage::lessonVisible() const
{
    return m_lesson->isVisible();
}

QString LabPage::summary() const
{
    QStringList parts;
    for (ChartPanel *c : charts())
        if (!c->summary().isEmpty())
            parts << c->summary();
    return parts.join(QLatin1Char(' '));
}

void LabPage::drawInSteps(QList<std::function<void()>> steps)
{
    m_stepTimer->stop();
    m_pendingSteps.clear();
    if (!m_deferDraws) {
        for (const auto &step : steps)
            step();
        return;
    }
    if (steps.isEmpty())
        return;
    const auto first = steps.takeFirst();
    first();
    m_pendingSteps = std::move(steps);
    if (!m_pendingSteps.isEmpty())
        m_stepTimer->start();
}

bool LabPage::onlyDisplayChanged() const
{
    if (!m_result || m_runner->isBusy() || m_shownRequest.seed != m_seed)
        return false;
    for (const dp::ParamSpec &spec : m_lab.params()) {
        if (spec.displayOnly)
            continue;
        if (!m_values.has(spec.id) || !m_shownRequest.values.has(spec.id) ||
            m_values.get(spec.id) != m_shownRequest.values.get(spec.id))
            return false;
    }
    return true;
}

void LabPage::onFinished(std::shared_ptr<const dp::LabResult> result, const RunRequest &request)
{
    m_result = std::move(result);
    m_shownSerial = request.serial;
    m_shownRequest = request;
    drawResult(*m_result, request);
    emit resultShown(request.serial);
    if (m_pendingSteps.isEmpty())
        emit resultDrawn(request.serial);
}

void LabPage::waitUntilDrawn()
{
    m_runner->waitForIdle();
    QCoreApplication::processEvents();
    m_stepTimer->stop();
    const bool pending = !m_pendingSteps.isEmpty();
    while (!m_pendingSteps.isEmpty())
        m_pendingSteps.takeFirst()();
    if (pending)
        emit resultDrawn(m_shownSerial);
}

bool LabPage::runBlocking(QString *error)
{
    if (auto err = m_lab.validate(m_values)) {
        if (error)
            *error = describe(*err, &m_lab);
        return false;
    }
    m_runner->waitForIdle();
    RunRequest request{m_values, m_seed, 0};
    auto result = m_lab.run(m_values, m_seed, nullptr);
    if (!result) {
        if (error)
            *error = tr("the simulation was cancelled");
        return false;
    }
    m_deferDraws = false; // a headless export draws everything at once
    onFinished(std::move(result), request);
    m_deferDraws = true;
    return true;
}
