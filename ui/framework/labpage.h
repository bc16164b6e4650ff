#pragma once
// The frame every lab page shares: parameter controls on the left (built from
// the lab's ParamSpecs and worded by its LabTexts), the lab's own charts in the middle, the lesson
// on the right (collapsible). The middle scrolls vertically when the screen is too short, so a page
// reflows or scrolls but never squeezes; a page lays its charts out in a ChartGrid
// (framework/chartgrid.h) inside chartArea().
//
// Presentation (projector) view: the lesson hides, the controls become a
// compact strip along the bottom that wraps into rows (never scrolls sideways), a bar above the
// charts names the lab and the slide, and the ChartGrid shows one or two charts at a time (its
// slides: showSlide(), nextSlide(); MainWindow binds Page Up/Down and 1–9). It validates input
// before running (a refused value shows its reason and leaves the last good result on screen), runs
// the simulation off the GUI thread and hands the result to the subclass to draw.
// A change of display-only parameters alone redraws the last result.
// Lab pages derive from TypedLabPage<Def> (typedlabpage.h), not from this.

#include "framework/lab.h"
#include "framework/labtexts.h"
#include "framework/simulationrunner.h"
#include "widgets/lessonview.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class ChartGrid;
class ChartPanel;
class QScrollArea;
class QLabel;
class QSplitter;
class QTimer;
class QVBoxLayout;

class LabPage : public QWidget
{
    Q_OBJECT
public:
    // `texts` must outlive the page (a lab's static table).
    LabPage(const dp::LabModel &lab, const LabTexts &texts, QWidget *parent = nullptr);
    ~LabPage() override;

    const dp::LabModel &lab() const { return m_lab; }
    const LabTexts &texts() const { return m_texts; }
    QString labTitle() const;
    dp::ParamValues values() const { return m_values; }
    quint64 seed() const { return m_seed; }

    // Sets one parameter from text ("0.75", "on", "median"); false + reason on error.
    bool assign(const QString &key, const QString &value, QString *error);
    // Applies several at once; all or nothing.
    bool applyAssignments(const LessonView::Assignments &assignments, QString *error);
    void setSeed(quint64 seed);
    void resetToDefaults();
    void rerun();
    virtual void setPresentation(bool on);
    bool presentation() const { return m_presentation; }
    // Presentation slides (1 in normal mode or without a ChartGrid).
    int slideCount() const;
    int currentSlide() const;
    void showSlide(int index);
    ChartGrid *chartGrid() const;
    void setLessonVisible(bool visible);
    bool lessonVisible() const;

    // The charts of this page, for export and accessibility checks.
    virtual QList<ChartPanel *> charts() const = 0;
    // One paragraph that says what is on screen (accessibility, --describe).
    virtual QString summary() const;
    std::shared_ptr<const dp::LabResult> lastResult() const { return m_result; }
    quint64 shownSerial() const { return m_shownSerial; }
    // Runs synchronously and draws (headless export, tests).
    bool runBlocking(QString *error);
    // Waits for the running simulation and finishes any drawing still spread
    // over later turns of the event loop (tests, benchmarks, export).
    void waitUntilDrawn();
    QWidget *chartArea() const { return m_chartArea; }
    // Error text shown for the last refused input; empty when all is well.
    QString errorText() const;

signals:
    void resultShown(quint64 serial);
    // Every chart of that result is drawn (after the last step of drawInSteps).
    void resultDrawn(quint64 serial);
    void presetRequested(const QString &labId, const LessonView::Assignments &assignments);
    void slideChanged(int index, int count);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Subclasses build their charts into chartArea() in their constructor and
    // draw a result here, on the GUI thread. The result stays alive until the
    // next call (steps of drawInSteps may hold a reference to it: they are
    // dropped before then). `request.values` are the current values
    // (display-only ones may be newer than the run's). TypedLabPage
    // implements this and hands its pages the typed result.
    virtual void drawResult(const dp::LabResult &result, const RunRequest &request) = 0;
    // Called after any parameter change, before the run (enable/disable etc.).
    virtual void parametersChanged() {}
    QWidget *controlFor(const QString &id) const { return m_controls.value(id); }
    void addControlWidget(QWidget *widget); // extra lab-specific controls below the sliders
    // Narrows a numeric control's upper end (a row or friend number below the
    // count); a value above it is pulled down and the lab runs again.
    void limitMaximum(const QString &id, double maximum);
    void scheduleRun();
    // Draws a result in steps (e.g. one chart each): the first step runs now
    // and each next one on a later turn of the event loop, so that no single
    // turn lays out and repaints every chart (a slider drag stays smooth).
    // Steps still pending from an older result are dropped.
    void drawInSteps(QList<std::function<void()>> steps);

private:
    void buildControls();
    void applyHeadingFont();
    void moveControls(bool toStrip);
    void updateSlideBar();
    void setValueFromControl(const std::string &id, double value);
    void pushValuesToControls();
    void onFinished(std::shared_ptr<const dp::LabResult> result, const RunRequest &request);
    // True when the values differ from the shown result's only in display-only parameters.
    bool onlyDisplayChanged() const;

    const dp::LabModel &m_lab;
    const LabTexts &m_texts;
    RunRequest m_shownRequest;
    dp::ParamValues m_values;
    quint64 m_seed = 1;
    bool m_presentation = false;
    SimulationRunner *m_runner = nullptr;
    std::shared_ptr<const dp::LabResult> m_result;
    quint64 m_shownSerial = 0;
    QHash<QString, QWidget *> m_controls;
    QHash<QString, std::function<void(double)>> m_setters;
    QVBoxLayout *m_controlsLayout = nullptr;
    QLabel *m_heading = nullptr;
    bool m_limiting = false;
    bool m_deferDraws = true;
    QList<std::function<void()>> m_pendingSteps;
    QTimer *m_stepTimer = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busy = nullptr;
    QWidget *m_chartArea = nullptr;
    LessonView *m_lesson = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_controlsScroll = nullptr;
    QScrollArea *m_chartScroll = nullptr;
    QWidget *m_strip = nullptr;
    QWidget *m_flow = nullptr;       // the strip's wrapping rows
    QList<QWidget *> m_stripWidgets; // moved into m_flow, in column order
    QLabel *m_slideBar = nullptr;
    QList<int> m_normalSizes;
    bool m_fitting = false;
    // Gives the charts the width they need: narrows the settings, then the
    // lesson to their minimums, and folds the lesson away as a last resort
    // (its splitter handle brings it back), so nothing is cut at the right.
    void fitCentre();
};
