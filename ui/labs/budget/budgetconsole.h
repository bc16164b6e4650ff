#pragma once
// The query console of the privacy-budget lab: the student asks for noisy
// counts (button or Ctrl+Return), chooses how much ε each answer spends, and
// watches a budget meter drain. Its state is a dp::Accountant held here (not
// re-run by the simulation): an accepted answer is listed with its cost and
// its 95 % error bar; a query that would overspend is refused with the reason
// and changes nothing. Questions about one age group (a histogram bin) are
// charged to that group only: disjoint groups cost the maximum, not the sum.

#include "labs/budget/budget.h"
#include "random/rng.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

class BudgetConsole : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int kGroups = 5;

    explicit BudgetConsole(QWidget *parent = nullptr);

    // Starts over when any of these differ from the current setting.
    void configure(double budget, dp::CompositionRule rule, double delta,
                   dp::NoiseMechanism mechanism, double trueCount, double epsilonPerQuery,
                   quint64 seed);
    // One question: group −1 is everybody, 0 … kGroups−1 an age group.
    dp::SpendOutcome ask(double epsilon, int group);
    // The same question about every age group (parallel composition).
    void askEveryGroup(double epsilon);
    void startOver();

    const dp::Accountant &accountant() const { return m_accountant; }
    QString messageText() const;
    int answerCount() const;
    QString answerText(int row) const;
    int meterValue() const; // per mille of the budget spent
    QString meterText() const;
    double trueCountOf(int group) const;
    QString groupName(int group) const;
    QDoubleSpinBox *epsilonBox() const { return m_epsilon; }
    QPushButton *askButton() const { return m_ask; }
    void setPresentation(bool on);

signals:
    void changed();

private:
    void updateMeter();
    QString boundWords(dp::BoundUsed bound) const;
    double halfWidth(double epsilon) const; // 95 % error bar of one answer

    dp::Accountant m_accountant{1.0, dp::CompositionRule::Basic, 1e-5, kGroups};
    dp::Rng m_rng{1, 0xC0};
    double m_budget = 1.0;
    dp::CompositionRule m_rule = dp::CompositionRule::Basic;
    double m_delta = 1e-5;
    dp::NoiseMechanism m_mechanism = dp::NoiseMechanism::Laplace;
    double m_trueCount = 40.0;
    quint64 m_seed = 1;
    bool m_configured = false;
    int m_asked = 0;

    QDoubleSpinBox *m_epsilon = nullptr;
    QComboBox *m_group = nullptr;
    QPushButton *m_ask = nullptr;
    QPushButton *m_askAll = nullptr;
    QPushButton *m_reset = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_answers = nullptr;
};
