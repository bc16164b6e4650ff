#include "labs/budget/budgetconsole.h"

#include "framework/format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>
#include <cmath>

namespace {
// Shares of the secret count in each age group (they add up to 1).
constexpr double kGroupShares[BudgetConsole::kGroups] = {0.15, 0.25, 0.25, 0.20, 0.15};
} // namespace

BudgetConsole::BudgetConsole(QWidget *parent) : QGroupBox(parent)
{
    setTitle(tr("Query console: ask for noisy counts"));
    setObjectName(QStringLiteral("queryConsole"));

    m_epsilon = new QDoubleSpinBox;
    m_epsilon->setRange(0.01, 10.0);
    m_epsilon->setDecimals(2);
    m_epsilon->setSingleStep(0.05);
    m_epsilon->setValue(0.1);
    m_epsilon->setPrefix(tr("ε = "));
    m_epsilon->setAccessibleName(tr("ε this answer spends"));
    m_epsilon->setToolTip(tr("How much of the budget the next answer spends: more ε, less noise."));

    m_group = new QComboBox;
    m_group->addItem(tr("Everybody"), -1);
    for (int g = 0; g < kGroups; ++g)
        m_group->addItem(groupName(g), g);
    m_group->setAccessibleName(tr("Who the count is about"));

    m_ask = new QPushButton(tr("&Ask"));
    m_ask->setToolTip(tr("Ask the count now (Ctrl+Return)"));
    m_ask->setDefault(true);
    m_askAll = new QPushButton(tr("Ask every &group"));
    m_askAll->setToolTip(
        tr("One count per age group: disjoint groups cost the maximum, not the sum"));
    m_reset = new QPushButton(tr("&Start over"));
    m_reset->setToolTip(tr("A fresh budget and an empty list"));

    m_meter = new QProgressBar;
    m_meter->setRange(0, 1000);
    m_meter->setTextVisible(true);
    m_meter->setAccessibleName(tr("Budget meter"));

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Last answer or refusal"));

    m_answers = new QListWidget;
    m_answers->setAccessibleName(tr("Answers so far, with cost and 95 % error bar"));
    m_answers->setMinimumHeight(48);

    auto *row = new QHBoxLayout;
    row->addWidget(m_epsilon);
    row->addWidget(m_group, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ask);
    buttons->addWidget(m_askAll);
    buttons->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(m_meter);
    layout->addWidget(m_message);
    layout->addWidget(m_answers, 1);

    connect(m_ask, &QPushButton::clicked, this,
            [this] { ask(m_epsilon->value(), m_group->currentData().toInt()); });
    connect(m_askAll, &QPushButton::clicked, this, [this] { askEveryGroup(m_epsilon->value()); });
    connect(m_reset, &QPushButton::clicked, this, &BudgetConsole::startOver);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_ask, &QPushButton::click);
    }
    updateMeter();
}

QString BudgetConsole::groupName(int group) const
{
    static const char *const names[kGroups] = {
        QT_TR_NOOP("Age group under 20"), QT_TR_NOOP("Age group 20–39"),
        QT_TR_NOOP("Age group 40–59"), QT_TR_NOOP("Age group 60–79"),
        QT_TR_NOOP("Age group 80 and over")};
    if (group < 0 || group >= kGroups)
        return tr("Everybody");
    return tr(names[group]);
}

double BudgetConsole::trueCountOf(int group) const
{
    if (group < 0 || group >= kGroups)
        return m_trueCount;
    // Whole people per group; the rounding remainder goes to the middle group.
    double counts[kGroups];
    double assigned = 0.0;
    for (int g = 0; g < kGroups; ++g) {
        counts[g] = std::floor(m_trueCount * kGroupShares[g]);
        assigned += counts[g];
    }
    counts[2] += m_trueCount - assigned;
    return counts[group];
}

void BudgetConsole::configure(double budget, dp::CompositionRule rule, double delta,
                              dp::NoiseMechanism mechanism, double trueCount,
                              double epsilonPerQuery, quint64 seed)
{
    const bool same = m_configured && budget == m_budget && rule == m_rule && delta == m_delta &&
                      mechanism == m_mechanism && trueCount == m_trueCount && seed == m_seed;
    m_epsilon->setValue(epsilonPerQuery);
    if (same)
        return;
    m_budget = budget;
    m_rule = rule;
    m_delta = delta;
    m_mechanism = mechanism;
    m_trueCount = trueCount;
    m_seed = seed;
    m_configured = true;
    startOver();
}

void BudgetConsole::startOver()
{
    m_accountant = dp::Accountant(m_budget, m_rule, m_delta, kGroups);
    m_rng = dp::Rng(m_seed, 0xC0);
    m_asked = 0;
    m_answers->clear();
    m_message->setText(tr("A fresh budget of ε = %1. Ask a count.").arg(fmt::epsilon(m_budget)));
    updateMeter();
    emit changed();
}

double BudgetConsole::halfWidth(double epsilon) const
{
    return dp::answerHalfWidth95(m_mechanism, epsilon, m_delta);
}

QString BudgetConsole::boundWords(dp::BoundUsed bound) const
{
    switch (bound) {
    case dp::BoundUsed::Advanced:
        return tr("advanced composition");
    case dp::BoundUsed::Zcdp:
        return tr("zCDP");
    case dp::BoundUsed::Basic:
        if (m_rule == dp::CompositionRule::Advanced)
            return tr("basic composition, tighter than advanced here");
        if (m_rule == dp::CompositionRule::Zcdp)
            return tr("basic composition, tighter than zCDP here");
        return tr("basic composition");
    case dp::BoundUsed::None:
        break;
    }
    return tr("nothing spent yet");
}

dp::SpendOutcome BudgetConsole::ask(double epsilon, int group)
{
    const dp::SpendOutcome out = m_accountant.spend(epsilon, group);
    const QString who = groupName(group);
    switch (out.status) {
    case dp::SpendStatus::BadEpsilon:
        m_message->setText(tr("Refused: ε must be a number greater than 0. Nothing was released."));
        break;
    case dp::SpendStatus::BadGroup:
        m_message->setText(tr("Refused: there is no such group. Nothing was released."));
        break;
    case dp::SpendStatus::OverBudget: {
        const QString text =
            group < 0
                ? tr("Refused: this answer costs ε = %1, but the total would reach %2, more than "
                     "the budget of %3 "
                     "(%4 left). Nothing was released and nothing was recorded.")
                : tr("Refused: this answer costs ε = %1, but the total for %5 would reach %2, more "
                     "than the "
                     "budget of %3 (%4 left). Nothing was released and nothing was recorded.");
        const QString filled = text.arg(fmt::epsilon(epsilon), fmt::epsilon(out.totalAfter),
                                        fmt::epsilon(m_budget), fmt::epsilon(out.remainingBefore));
        m_message->setText(group < 0 ? filled : filled.arg(who));
        break;
    }
    case dp::SpendStatus::Accepted: {
        const double answer =
            dp::noisyCount(m_rng, trueCountOf(group), m_mechanism, epsilon, m_delta);
        ++m_asked;
        const QString line = tr("#%1 %2: %3 ± %4 (95 %), cost ε = %5")
                                 .arg(m_asked)
                                 .arg(who, fmt::number(answer, 1),
                                      fmt::number(halfWidth(epsilon), 1), fmt::epsilon(epsilon));
        m_answers->insertItem(0, line);
        m_message->setText(tr("Answer: %1 ± %2 (95 %). Total spent ε = %3 of %4, counted with %5.")
                               .arg(fmt::number(answer, 1), fmt::number(halfWidth(epsilon), 1),
                                    fmt::epsilon(m_accountant.spent()), fmt::epsilon(m_budget),
                                    boundWords(m_accountant.boundUsed())));
        break;
    }
    }
    updateMeter();
    emit changed();
    return out;
}

void BudgetConsole::askEveryGroup(double epsilon)
{
    int accepted = 0;
    for (int g = 0; g < kGroups; ++g)
        accepted += ask(epsilon, g).status == dp::SpendStatus::Accepted;
    if (accepted == kGroups)
        m_message->setText(
            tr("%1 answers, one per age group, at ε = %2 each. Each person is in one group, so "
               "together they cost ε = %2, not %3. Total spent ε = %4 of %5.")
                .arg(kGroups)
                .arg(fmt::epsilon(epsilon), fmt::epsilon(kGroups * epsilon),
                     fmt::epsilon(m_accountant.spent()), fmt::epsilon(m_budget)));
}

void BudgetConsole::updateMeter()
{
    const double spent = m_accountant.spent();
    m_meter->setValue(
        static_cast<int>(std::lround(std::clamp(spent / m_budget, 0.0, 1.0) * 1000.0)));
    m_meter->setFormat(meterText());
}

QString BudgetConsole::meterText() const
{
    return tr("Spent ε = %1 of %2 (%3 left)")
        .arg(fmt::epsilon(m_accountant.spent()), fmt::epsilon(m_budget),
             fmt::epsilon(m_accountant.remaining()));
}

int BudgetConsole::meterValue() const
{
    return m_meter->value();
}
QString BudgetConsole::messageText() const
{
    return m_message->text();
}
int BudgetConsole::answerCount() const
{
    return m_answers->count();
}
QString BudgetConsole::answerText(int row) const
{
    return row >= 0 && row < m_answers->count() ? m_answers->item(row)->text() : QString();
}

void BudgetConsole::setPresentation(bool on)
{
    QFont f = font();
    f.setPointSizeF(on ? 13.0 : 9.5);
    m_message->setFont(f);
    m_answers->setFont(f);
}
