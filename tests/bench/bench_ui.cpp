// UI figures: how fast a slider change reaches the charts, and the longest
// stall of the GUI thread while a slider is dragged. Runs offscreen.
#include "bench.h"

#include "framework/lab.h"
#include "framework/labpage.h"
#include "framework/mainwindow.h"
#include "widgets/parametercontrol.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace bench {

namespace {

struct UiFigures
{
    double medianMs = 0.0;
    double maxStallMs = 0.0;
};

// Moves `param`'s slider `steps` times; each time waits until the page has
// drawn every chart of the new result and its chart area has repainted.
double sliderLatencyMs(MainWindow &window, const QString &param, int steps)
{
    LabPage *page = window.currentPage();
    auto *control = page->findChild<ParameterControl *>(QStringLiteral("param_") + param);
    auto *slider = control ? control->findChild<QSlider *>() : nullptr;
    if (!slider)
        return -1.0;
    std::vector<double> ms;
    const int start = slider->value();
    for (int i = 1; i <= steps; ++i) {
        QEventLoop loop;
        QElapsedTimer clock;
        auto conn = QObject::connect(page, &LabPage::resultDrawn, &loop, [&] {
            page->chartArea()->repaint();
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        clock.start();
        slider->setValue((start + i * 37) % (ParameterControl::kSliderSteps + 1));
        loop.exec();
        ms.push_back(clock.nsecsElapsed() / 1e6);
        QObject::disconnect(conn);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// Drags the slider one step every 16 ms for `seconds`, while a heartbeat
// timer records the longest gap between its ticks (a GUI-thread stall).
double dragStallMs(MainWindow &window, const QString &param, double seconds)
{
    LabPage *page = window.currentPage();
    auto *control = page->findChild<ParameterControl *>(QStringLiteral("param_") + param);
    auto *slider = control ? control->findChild<QSlider *>() : nullptr;
    if (!slider)
        return -1.0;
    QEventLoop loop;
    QTimer drag, heartbeat;
    drag.setTimerType(Qt::PreciseTimer);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QElapsedTimer clock, sinceBeat;
    double worst = 0.0;
    int position = slider->value();
    int direction = 7;
    QObject::connect(&drag, &QTimer::timeout, &loop, [&] {
        position += direction;
        if (position <= 0 || position >= ParameterControl::kSliderSteps)
            direction = -direction;
        slider->setValue(std::clamp(position, 0, ParameterControl::kSliderSteps));
        if (clock.elapsed() > seconds * 1000)
            loop.quit();
    });
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        worst = std::max(worst, sinceBeat.nsecsElapsed() / 1e6);
        sinceBeat.restart();
    });
    clock.start();
    sinceBeat.start();
    drag.start(16);
    heartbeat.start(2);
    loop.exec();
    // The heartbeat interval itself is not a stall.
    return std::max(0.0, worst - 2.0);
}

void measure(Reporter &r, bool quick, const QString &lab, const QString &param,
             const LessonView::Assignments &preset, const std::string &name, double latencyTarget)
{
    MainWindow window(false);
    window.resize(1440, 900);
    window.show();
    window.showLab(lab);
    LabPage *page = window.currentPage();
    if (!preset.isEmpty())
        page->applyAssignments(preset, nullptr);
    page->waitUntilDrawn();
    QCoreApplication::processEvents();
    const double median = sliderLatencyMs(window, param, quick ? 5 : 40);
    Figure f;
    f.name = "ui." + name + ".slider_to_chart_median";
    f.value = median;
    f.unit = "ms";
    f.target = latencyTarget;
    f.note = "slider '" + param.toStdString() + "' change until result drawn and repainted";
    r.add(f);
    const double stall = dragStallMs(window, param, quick ? 0.5 : 5.0);
    Figure s;
    s.name = "ui." + name + ".max_gui_stall_during_drag";
    s.value = stall;
    s.unit = "ms";
    s.target = 16.0;
    s.note = quick ? "0.5 s drag" : "5 s drag, one slider step per 16 ms";
    r.add(s);
    page->waitUntilDrawn();
}

} // namespace

void benchUi(Reporter &r, bool quick, int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int appArgc = argc > 0 ? 1 : 0; // Qt keeps a reference to it while the app lives
    QApplication app(appArgc, argv);
    // Every lab at its defaults, through its first slider that runs the simulation.
    for (const dp::LabModel *lab : dp::allLabs()) {
        for (const dp::ParamSpec &spec : lab->params()) {
            if (spec.kind != dp::ParamKind::Real || spec.displayOnly)
                continue;
            // ≤ 30 ms for every lab; DP-SGD trains two models on every change,
            // and its issue sets ≤ 100 ms, training included.
            const double target = lab->id() == "dpsgd" ? 100.0 : 30.0;
            measure(r, quick, QString::fromStdString(lab->id()), QString::fromStdString(spec.id),
                    {}, lab->id() + ".default", target);
            break;
        }
    }
    // A heavy setting: 10^7 rows.
    measure(r, quick, QStringLiteral("differencing"), QStringLiteral("epsilon"),
            {{QStringLiteral("rows"), QStringLiteral("10000000")},
             {QStringLiteral("noise"), QStringLiteral("laplace")}},
            "differencing.rows_1e7", 100.0);
}

} // namespace bench
