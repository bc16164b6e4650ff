#include "mechanisms/accountant.h"

#include <algorithm>
#include <cmath>

namespace dp {

namespace {

// x ≥ 0 in ledger units; snapped to a whole number within kSnapTolerance.
bool snapped(double x, std::int64_t &n)
{
    const double r = std::nearbyint(x);
    if (std::fabs(x - r) <= kSnapTolerance) {
        n = static_cast<std::int64_t>(r);
        return true;
    }
    return false;
}

} // namespace

std::int64_t epsilonToUnits(double epsilon)
{
    if (!std::isfinite(epsilon) || epsilon <= 0.0 || epsilon > kMaxSpend)
        return -1;
    const double x = epsilon * static_cast<double>(kLedgerUnitsPerEpsilon);
    std::int64_t n = 0;
    if (!snapped(x, n))
        n = static_cast<std::int64_t>(std::ceil(x)); // a spend rounds up
    return std::max<std::int64_t>(n, 1);             // a query is never free
}

std::int64_t budgetToUnits(double budget)
{
    if (!std::isfinite(budget) || budget <= 0.0 || budget > kMaxSpend)
        return -1;
    const double x = budget * static_cast<double>(kLedgerUnitsPerEpsilon);
    std::int64_t n = 0;
    if (!snapped(x, n))
        n = static_cast<std::int64_t>(std::floor(x)); // a budget rounds down
    return n;
}

void CompensatedSum::add(double x)
{
    const double t = sum + x;
    if (std::fabs(sum) >= std::fabs(x))
        carry += (sum - t) + x;
    else
        carry += (x - t) + sum;
    sum = t;
}

Accountant::Accountant(double budget, CompositionRule rule, double delta, int groups)
    : m_budgetUnits(std::max<std::int64_t>(budgetToUnits(budget), 0)), m_rule(rule), m_delta(delta),
      m_groupLedgers(static_cast<std::size_t>(std::max(groups, 0)))
{
}

void Accountant::reset()
{
    m_whole = Ledger{};
    std::fill(m_groupLedgers.begin(), m_groupLedgers.end(), Ledger{});
    m_queries = 0;
}

Accountant::Charge Accountant::charge(const Ledger &whole, const Ledger *group) const
{
    Charge c;
    c.units = whole.units + (group ? group->units : 0);
    const std::uint64_t count = whole.count + (group ? group->count : 0);
    if (count == 0)
        return c;
    c.total = unitsToEpsilon(c.units);
    c.bound = BoundUsed::Basic;
    if (m_rule == CompositionRule::Basic)
        return c;
    const double squares = whole.squares.value() + (group ? group->squares.value() : 0.0);
    double other = 0.0;
    if (m_rule == CompositionRule::Advanced) {
        const double expTerms = whole.expTerms.value() + (group ? group->expTerms.value() : 0.0);
        other = advancedEpsilonFromSums(squares, expTerms, m_delta);
    } else {
        other = zcdpToEpsilonCks(0.5 * squares, m_delta);
    }
    if (std::isfinite(other) && other < c.total) {
        c.total = other;
        c.basicExact = false;
        c.bound = m_rule == CompositionRule::Advanced ? BoundUsed::Advanced : BoundUsed::Zcdp;
    }
    return c;
}

Accountant::Charge Accountant::chargeAll(const Ledger &whole,
                                         const std::vector<Ledger> &groups) const
{
    if (groups.empty())
        return charge(whole, nullptr);
    Charge worst = charge(whole, &groups.front());
    for (std::size_t g = 1; g < groups.size(); ++g) {
        const Charge c = charge(whole, &groups[g]);
        if (c.total > worst.total)
            worst = c;
    }
    return worst;
}

bool Accountant::fits(const Charge &c) const
{
    if (c.units <= m_budgetUnits) // the exact basic sum fits: always valid
        return true;
    if (c.basicExact)
        return false;
    const double budget = unitsToEpsilon(m_budgetUnits);
    return std::isfinite(c.total) && c.total <= budget - kBoundTolerance * std::max(1.0, budget);
}

SpendOutcome Accountant::check(double epsilon, int group) const
{
    SpendOutcome out;
    out.epsilon = epsilon;
    const Charge before = chargeAll(m_whole, m_groupLedgers);
    out.totalBefore = before.total;
    out.remainingBefore = remaining();
    out.totalAfter = before.total;
    out.boundAfter = before.bound;
    const std::int64_t units = epsilonToUnits(epsilon);
    if (units < 0) {
        out.status = SpendStatus::BadEpsilon;
        return out;
    }
    if (group != kWholeDatabase && (group < 0 || group >= groups())) {
        out.status = SpendStatus::BadGroup;
        return out;
    }
    Ledger whole = m_whole;
    std::vector<Ledger> groupsAfter = m_groupLedgers;
    Ledger &target = group == kWholeDatabase ? whole : groupsAfter[static_cast<std::size_t>(group)];
    target.units += units;
    target.squares.add(epsilon * epsilon);
    target.expTerms.add(advancedExpTerm(epsilon));
    ++target.count;

    bool ok = true;
    if (groupsAfter.empty()) {
        ok = fits(charge(whole, nullptr));
    } else {
        for (const Ledger &g : groupsAfter)
            ok = ok && fits(charge(whole, &g));
    }
    const Charge after = chargeAll(whole, groupsAfter);
    out.totalAfter = after.total;
    out.boundAfter = after.bound;
    out.status = ok ? SpendStatus::Accepted : SpendStatus::OverBudget;
    return out;
}

SpendOutcome Accountant::spend(double epsilon, int group)
{
    const SpendOutcome out = check(epsilon, group);
    if (out.status != SpendStatus::Accepted)
        return out;
    Ledger &target =
        group == kWholeDatabase ? m_whole : m_groupLedgers[static_cast<std::size_t>(group)];
    target.units += epsilonToUnits(epsilon);
    target.squares.add(epsilon * epsilon);
    target.expTerms.add(advancedExpTerm(epsilon));
    ++target.count;
    ++m_queries;
    return out;
}

double Accountant::spent() const
{
    return chargeAll(m_whole, m_groupLedgers).total;
}

double Accountant::remaining() const
{
    const Charge c = chargeAll(m_whole, m_groupLedgers);
    if (c.basicExact)
        return unitsToEpsilon(std::max<std::int64_t>(m_budgetUnits - c.units, 0));
    return std::max(0.0, unitsToEpsilon(m_budgetUnits) - c.total);
}

BoundUsed Accountant::boundUsed() const
{
    return chargeAll(m_whole, m_groupLedgers).bound;
}

double Accountant::spentOn(int group) const
{
    if (group == kWholeDatabase || group < 0 || group >= groups())
        return charge(m_whole, nullptr).total;
    return charge(m_whole, &m_groupLedgers[static_cast<std::size_t>(group)]).total;
}

std::int64_t Accountant::spentUnitsBasic() const
{
    return chargeAll(m_whole, m_groupLedgers).units;
}

} // namespace dp
