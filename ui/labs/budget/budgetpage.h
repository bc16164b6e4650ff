#pragma once
// The privacy-budget page: the query console (its own accountant, kept
// across simulation runs), the averaging attack (error against k on log–log
// axes with σ/√k and the point of exact recovery), the reconstruction attack
// (share of rows recovered against queries, at three noise levels) and the
// three composition rules side by side (total ε against k, crossover marked,
// queries allowed in words). Draws a dp::BudgetResult; every number comes
// from the core.

#include "framework/typedlabpage.h"
#include "labs/budget/budget.h"

class BudgetConsole;
class ChartPanel;
class QLabel;

class BudgetPage : public TypedLabPage<dp::BudgetLab>
{
    Q_OBJECT
public:
    explicit BudgetPage(QWidget *parent = nullptr);
    static const LabTexts &words();
    QList<ChartPanel *> charts() const override;
    void setPresentation(bool on) override;
    QString summary() const override;
    QString headlineText() const;
    BudgetConsole *console() const { return m_console; }

protected:
    void showResult(const dp::BudgetResult &r, const RunRequest &request) override;
    void parametersChanged() override;

private:
    void drawAveraging(const dp::BudgetResult &r);
    void drawReconstruction(const dp::BudgetResult &r);
    void drawComposition(const dp::BudgetResult &r);
    QString headline(const dp::BudgetResult &r) const;

    QLabel *m_headline = nullptr;
    BudgetConsole *m_console = nullptr;
    ChartPanel *m_averaging = nullptr;
    ChartPanel *m_reconstruction = nullptr;
    ChartPanel *m_composition = nullptr;
};
