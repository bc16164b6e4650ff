#include "framework/simulationrunner.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

SimulationRunner::SimulationRunner(const dp::LabModel &lab, QObject *parent)
    : QObject(parent), m_lab(lab),
      m_watcher(new QFutureWatcher<std::shared_ptr<const dp::LabResult>>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SimulationRunner::onDone);
}

SimulationRunner::~SimulationRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

quint64 SimulationRunner::request(const dp::ParamValues &values, quint64 seed)
{
    RunRequest r{values, seed, ++m_serial};
    if (!m_running) {
        start(r);
    } else {
        m_pending = r;
        if (m_clock.elapsed() > kCancelAfterMs && m_cancel)
            m_cancel->store(true);
    }
    return r.serial;
}

void SimulationRunner::start(const RunRequest &request)
{
    const bool wasBusy = m_running.has_value();
    m_running = request;
    m_cancel = std::make_shared<dp::CancelFlag>(false);
    m_clock.start();
    auto cancel = m_cancel;
    const dp::LabModel *lab = &m_lab;
    m_watcher->setFuture(QtConcurrent::run(
        [lab, request, cancel]() { return lab->run(request.values, request.seed, cancel.get()); }));
    if (!wasBusy)
        emit busyChanged(true);
}

void SimulationRunner::onDone()
{
    std::shared_ptr<const dp::LabResult> result = m_watcher->future().result();
    const RunRequest done = *m_running;
    m_running.reset();
    if (m_pending) {
        RunRequest next = *m_pending;
        m_pending.reset();
        start(next);
    } else {
        emit busyChanged(false);
    }
    if (result) // nullptr: cancelled, a newer request is already running
        emit finished(result, done);
}

void SimulationRunner::waitForIdle()
{
    while (m_running) {
        m_watcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_watcher);
        QCoreApplication::processEvents();
    }
}
