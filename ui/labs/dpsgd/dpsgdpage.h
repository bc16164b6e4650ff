#pragma once
// The DP-SGD page: plain SGD and DP-SGD side by side as decision regions
// with Alice's record marked, the training curves and ε per epoch, the
// per-example gradient norms against C, the accuracy-against-ε trade-off
// (each point a real run) with today's setting marked, and the canary audit
// (loss histograms, ROC, ε_lb next to the accountant's ε). Slider changes
// train the models (dp::DpsgdParts::WithoutAudit, well under 100 ms); the
// audit trains 2·audit_runs models and runs only when asked, off the GUI
// thread, with a progress bar and a Cancel button.

#include "framework/typedlabpage.h"
#include "labs/dpsgd/dpsgd_lab.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

class ChartPanel;
class DecisionMap;
class QLabel;
class QProgressBar;
class QPushButton;

class DpsgdPage : public TypedLabPage<dp::DpsgdInteractiveLab>
{
    Q_OBJECT
public:
    explicit DpsgdPage(QWidget *parent = nullptr);
    static const LabTexts &words();
    ~DpsgdPage() override;
    QList<ChartPanel *> charts() const override;
    void setPresentation(bool on) override;
    QString summary() const override;

    // The audit (also for tests): start, cancel, wait, and what it shows.
    void startAudit();
    void cancelAudit();
    bool auditRunning() const;
    void waitForAudit();
    QString auditText() const;
    QString headlineText() const;

protected:
    void showResult(const dp::DpsgdResult &r, const RunRequest &request) override;
    void parametersChanged() override;

private:
    void drawMaps(const dp::DpsgdResult &r);
    void drawCurves(const dp::DpsgdResult &r);
    void drawNorms(const dp::DpsgdResult &r);
    void drawTradeoff(const dp::DpsgdResult &r);
    void drawAudit();
    void auditFinished();
    QString headline(const dp::DpsgdResult &r) const;

    QLabel *m_headline = nullptr;
    DecisionMap *m_mapSgd = nullptr;
    DecisionMap *m_mapDp = nullptr;
    ChartPanel *m_accuracy = nullptr;
    ChartPanel *m_epsilon = nullptr;
    ChartPanel *m_norms = nullptr;
    ChartPanel *m_tradeoff = nullptr;
    ChartPanel *m_auditLoss = nullptr;
    ChartPanel *m_roc = nullptr;
    QPushButton *m_auditButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_auditWords = nullptr;

    // The audit: its own worker, cancel flag and progress counter.
    QFutureWatcher<dp::DpsgdAudit> *m_auditWatcher = nullptr;
    std::shared_ptr<dp::CancelFlag> m_auditCancel;
    std::shared_ptr<std::atomic<quint64>> m_auditDone;
    dp::ParamValues m_auditValues;
    quint64 m_auditSeed = 0;
    dp::DpsgdAudit m_audit;
    bool m_auditValid = false; // m_audit belongs to the parameters and seed on screen
};
