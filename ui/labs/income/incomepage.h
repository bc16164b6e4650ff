#pragma once
// The income-obscuring page: the friends' true incomes against their noisy
// reports (round 1), what an observer can say about one friend, the spread
// of the estimation error over repeated rounds and against N, and the
// differential-privacy reading (ε, clipping bias, local against central) in
// words. Draws a dp::IncomeResult only; every number comes from the core.

#include "framework/typedlabpage.h"
#include "labs/income/income.h"

class ChartPanel;
class QLabel;

class IncomePage : public TypedLabPage<dp::IncomeLab>
{
    Q_OBJECT
public:
    explicit IncomePage(QWidget *parent = nullptr);
    static const LabTexts &words();
    QList<ChartPanel *> charts() const override;
    void setPresentation(bool on) override;
    QString summary() const override;
    QString headlineText() const;
    QString privacyText() const;

protected:
    void showResult(const dp::IncomeResult &r, const RunRequest &request) override;
    void parametersChanged() override;

private:
    void drawIncomes(const dp::IncomeResult &r);
    void drawFriend(const dp::IncomeResult &r);
    void drawErrors(const dp::IncomeResult &r);
    void drawErrorVsN(const dp::IncomeResult &r);
    QString headline(const dp::IncomeResult &r) const;
    QString privacy(const dp::IncomeResult &r) const;

    QLabel *m_headline = nullptr;
    QLabel *m_privacy = nullptr;
    ChartPanel *m_incomes = nullptr;
    ChartPanel *m_friend = nullptr;
    ChartPanel *m_errors = nullptr;
    ChartPanel *m_errorVsN = nullptr;
};
