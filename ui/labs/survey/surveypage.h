#pragma once
// The coin-flip survey (randomized response) page: the respondents of one
// survey, the estimate next to an ordinary survey, the spread over repeated
// surveys, and the ε/accuracy trade-off. Draws a dp::SurveyResult only.

#include "framework/typedlabpage.h"
#include "labs/survey/survey.h"

class ChartPanel;
class QLabel;
class QPushButton;
class QStackedWidget;
class RespondentGrid;

class SurveyPage : public TypedLabPage<dp::SurveyLab>
{
    Q_OBJECT
public:
    explicit SurveyPage(QWidget *parent = nullptr);
    static const LabTexts &words();
    QList<ChartPanel *> charts() const override;
    void setPresentation(bool on) override;
    QString headlineText() const;
    RespondentGrid *grid() const { return m_grid; }

protected:
    void showResult(const dp::SurveyResult &r, const RunRequest &request) override;
    void parametersChanged() override;

private:
    void drawHistogram(const dp::SurveyResult &r, bool hide);
    void drawTradeoff(const dp::SurveyResult &r, bool hide);
    void drawIntervals(const dp::SurveyResult &r, bool hide);
    QString headline(const dp::SurveyResult &r, bool hide) const;
    QString legendText() const;

    QLabel *m_headline = nullptr;
    QStackedWidget *m_gridStack = nullptr;
    RespondentGrid *m_grid = nullptr;
    QLabel *m_gridCaption = nullptr;
    QLabel *m_gridTitle = nullptr;
    bool m_hidden = false;
    QLabel *m_gridTooLarge = nullptr;
    QPushButton *m_animate = nullptr;
    ChartPanel *m_histogram = nullptr;
    ChartPanel *m_tradeoff = nullptr;
    ChartPanel *m_intervals = nullptr;
};
