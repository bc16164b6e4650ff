#pragma once
// The projector view of a live class round: the address and a QR code to
// scan, the answers as they arrive (a square per reported answer), the
// observed yes-share, the estimate with its 95 % interval (hidden until the
// instructor reveals it, if wished), the ε the coins give each student, and
// the controls: add simulated students, end the round, export.
// The round's rules and numbers come from dp::classround (core); this widget
// only draws them and runs the server while the round is open.

#include "labs/survey/classround.h"

#include <QHostAddress>
#include <QWidget>

#include <memory>

class ClassRoundServer;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QrCodeWidget;
class AnswerGrid;

struct ClassRoundSetup
{
    QString question;
    double pHonest = 0.5;
    double pYes = 0.5;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    bool hideEstimate = false;
    dp::classround::RateLimit rateLimit{};
};

class ClassRoundView : public QWidget
{
    Q_OBJECT
public:
    explicit ClassRoundView(const ClassRoundSetup &setup, QWidget *parent = nullptr);
    ~ClassRoundView() override;

    // Opens the round: starts the server. False + reason when it cannot listen.
    bool start(QString *error);
    // Ends the round: the server stops listening; the answers stay for export.
    void endRound();
    bool isOpen() const;
    QString studentUrl() const;
    const dp::classround::Round &round() const { return *m_round; }
    ClassRoundServer *server() const { return m_server; }
    // The number shown as "answers so far" and the estimate line (tests).
    QString countText() const;
    QString estimateText() const;
    void addSimulatedStudents(int count, double trueShare);
    bool exportCsv(const QString &path, QString *error) const;
    bool exportJson(const QString &path, QString *error) const;

signals:
    void answersChanged(int count);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFonts();
    void refresh();
    void scheduleRefresh();
    void exportDialog();

    ClassRoundSetup m_setup;
    std::unique_ptr<dp::classround::Round> m_round;
    ClassRoundServer *m_server = nullptr;
    quint64 m_simulatedBatches = 0;
    QTimer *m_refreshTimer = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_count = nullptr;
    AnswerGrid *m_grid = nullptr;
    QLabel *m_observed = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_privacy = nullptr;
    QCheckBox *m_hide = nullptr;
    QSpinBox *m_simCount = nullptr;
    QSpinBox *m_simShare = nullptr;
    QPushButton *m_end = nullptr;
};
