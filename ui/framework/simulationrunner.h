#pragma once
// Runs a lab's simulation off the GUI thread, latest request wins.
//
// At most one simulation runs at a time. A request that arrives while one is
// running is kept as "pending" (replacing any older pending request); when the
// running one ends, its result is shown and the pending one starts. A run
// that has gone on for longer than kCancelAfterMs when a newer request arrives
// is cancelled, so a slow setting never holds a slider drag hostage.

#include "framework/lab.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

template <typename T> class QFutureWatcher;

struct RunRequest
{
    dp::ParamValues values;
    quint64 seed = 0;
    quint64 serial = 0; // increases with every request
};

class SimulationRunner : public QObject
{
    Q_OBJECT
public:
    explicit SimulationRunner(const dp::LabModel &lab, QObject *parent = nullptr);
    ~SimulationRunner() override;

    static constexpr int kCancelAfterMs = 120;

    // Queues a run; returns its serial number.
    quint64 request(const dp::ParamValues &values, quint64 seed);
    bool isBusy() const { return m_running.has_value(); }
    // Blocks until the current and pending runs are done (tests, export).
    void waitForIdle();

signals:
    void finished(std::shared_ptr<const dp::LabResult> result, const RunRequest &request);
    void busyChanged(bool busy);

private:
    void start(const RunRequest &request);
    void onDone();

    const dp::LabModel &m_lab;
    QFutureWatcher<std::shared_ptr<const dp::LabResult>> *m_watcher;
    std::shared_ptr<dp::CancelFlag> m_cancel;
    std::optional<RunRequest> m_running;
    std::optional<RunRequest> m_pending;
    QElapsedTimer m_clock;
    quint64 m_serial = 0;
};

Q_DECLARE_METATYPE(std::shared_ptr<const dp::LabResult>)
