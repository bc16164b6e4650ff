#pragma once
// The differencing-attack page: one attack told as a small sum (answers with
// and without the target, the noise, the guess), the people and their
// "parallel databases" with the largest change marked (the measured
// sensitivity), the success of repeated attacks against ε under the
// differential-privacy ceiling, and the sensitivity of every query. Draws a
// dp::DifferencingResult only.

#include "framework/typedlabpage.h"
#include "labs/differencing/differencing.h"

#include <QHash>

class ChartPanel;
class PeopleStrip;
class QLabel;
class QTableWidget;

class DifferencingPage : public TypedLabPage<dp::DifferencingLab>
{
    Q_OBJECT
public:
    explicit DifferencingPage(QWidget *parent = nullptr);
    static const LabTexts &words();
    QList<ChartPanel *> charts() const override;
    void setPresentation(bool on) override;
    QString summary() const override;

    QString headlineText() const; // the attack and the repeated attacks, as shown
    QString messagesText() const; // special cases; empty when none
    PeopleStrip *strip() const { return m_strip; }
    QTableWidget *table() const { return m_table; }
    ChartPanel *parallelChart() const { return m_parallel; }
    ChartPanel *successChart() const { return m_success; }
    int parallelPointCount() const { return static_cast<int>(m_parallelPoints); }

protected:
    void showResult(const dp::DifferencingResult &r, const RunRequest &request) override;
    void parametersChanged() override;

private:
    void clampRowControls();
    void drawStrip(const dp::DifferencingResult &r);
    void drawParallel(const dp::DifferencingResult &r);
    void drawSuccess(const dp::DifferencingResult &r);
    void fillTable(const dp::DifferencingResult &r);
    QString attackHeadline(const dp::DifferencingResult &r) const;
    QString successHeadline(const dp::DifferencingResult &r) const;
    QString value(const dp::DifferencingResult &r, double v, bool noisy) const;

    QLabel *m_attack = nullptr;
    QLabel *m_successText = nullptr;
    QLabel *m_messages = nullptr;
    QLabel *m_stripTitle = nullptr;
    PeopleStrip *m_strip = nullptr;
    QLabel *m_stripCaption = nullptr;
    ChartPanel *m_parallel = nullptr;
    ChartPanel *m_success = nullptr;
    QLabel *m_noiseText = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableWidget *m_table = nullptr;
    QString m_tableKey;              // what the table shows, to skip identical refills
    QHash<QString, int> m_levelKind; // parallel chart: 0 none, 1 dots, 2 line
    qsizetype m_parallelPoints = 0;  // parallel databases drawn (decimated series)
};
