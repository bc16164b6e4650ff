#pragma once
// The respondents of one survey, one square each: the fill is what they
// answered, the dot is the truth, a thick frame means the first coin said
// "answer truthfully". Can be revealed person by person (animation).

#include "labs/survey/survey.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class RespondentGrid : public QWidget
{
    Q_OBJECT
public:
    explicit RespondentGrid(QWidget *parent = nullptr);

    void setPeople(const std::vector<dp::Respondent> &people, bool hideTruth);
    void setPresentation(bool on);
    // Reveal people one at a time; stops by itself when all are shown.
    void animate();
    // Reveal the next person (starts from an empty grid the first time).
    void step();
    bool isAnimating() const { return m_timer.isActive(); }
    int revealed() const { return m_revealed; }
    int count() const { return static_cast<int>(m_people.size()); }
    // Which person is under a point; -1 for none.
    int personAt(const QPoint &pos) const;
    QString describePerson(int index) const;

signals:
    // After step(): the person just revealed (0-based).
    void stepped(int index);

public:
    QSize sizeHint() const override { return {360, 300}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF cellRect(int index) const;
    int columns() const;
    void updateDescription();

    std::vector<dp::Respondent> m_people;
    bool m_hideTruth = false;
    bool m_presentation = false;
    int m_revealed = 0;
    QTimer m_timer;
};
