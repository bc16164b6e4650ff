#pragma once
// A privacy accountant: spend ε query by query, see what remains, and be
// refused when a query would overspend. A refused query changes nothing.
//
// Exact ledger. Every ε is held as a whole number of ledger units of 10⁻⁹ ε
// (kLedgerUnitsPerEpsilon), so basic composition is integer addition with no
// rounding at all. An ε given as a double is converted by epsilonToUnits:
// if ε·10⁹ lies within kSnapTolerance (10⁻⁶ units, i.e. 10⁻¹⁵ ε) of a whole
// number n, it is the decimal a person typed (0.1 is stored as the double
// 0.1000000000000000055…) and becomes exactly n; otherwise a spend rounds UP
// and a budget rounds DOWN (budgetToUnits). So 10 × 0.1 fits a budget of
// 1.0 exactly ten times, an eleventh query is refused, and the recorded
// total never exceeds the budget.
//
// Rules (CompositionRule, composition.h). Basic: total = Σ ε_i, exact.
// Advanced and zCDP hold Σ ε_i² and Σ ε_i(e^{ε_i} − 1) in Neumaier-compensated
// sums and give the heterogeneous advanced bound or the zCDP bound
// (ρ = Σ ε_i²/2, CKS conversion) at δ′ = `delta`. Basic composition stays
// valid for pure-DP queries, so the accountant charges the smaller of basic
// and the chosen rule and reports which one it used (BoundUsed): advanced
// is worse than basic for few queries, and the accountant says so. A
// floating-point bound is accepted only when it is at most
// budget − kBoundTolerance·max(1, budget): rounding in its computation
// (a few ulps) can only make the accountant refuse, never overspend.
//
// Parallel composition. Queries on disjoint groups (histogram bins) are
// charged to that group; a person is in exactly one group, so their loss is
// the composition of the whole-database queries with their own group's, and
// the total is the maximum over groups, not the sum (McSherry 2009, PINQ).
// Group −1 (kWholeDatabase) is the whole database.

#include "mechanisms/composition.h"

#include <cstdint>
#include <vector>

namespace dp {

inline constexpr std::int64_t kLedgerUnitsPerEpsilon = 1'000'000'000; // 10⁻⁹ ε per unit
inline constexpr double kSnapTolerance = 1e-6;                        // in units
inline constexpr double kBoundTolerance = 1e-12;                      // relative
inline constexpr double kMaxSpend = 1e6; // largest ε one query may cost
inline constexpr int kWholeDatabase = -1;

// −1 when ε is not finite, ≤ 0 or above kMaxSpend.
std::int64_t epsilonToUnits(double epsilon);
std::int64_t budgetToUnits(double budget);
inline double unitsToEpsilon(std::int64_t units)
{
    return static_cast<double>(units) / static_cast<double>(kLedgerUnitsPerEpsilon);
}

// Kahan–Babuška–Neumaier summation.
struct CompensatedSum
{
    double sum = 0.0;
    double carry = 0.0;
    void add(double x);
    double value() const { return sum + carry; }
};

enum class BoundUsed { None = 0, Basic = 1, Advanced = 2, Zcdp = 3 };
enum class SpendStatus {
    Accepted = 0,
    OverBudget = 1, // the query would take the total past the budget
    BadEpsilon = 2, // ε not finite, ≤ 0 or larger than kMaxSpend
    BadGroup = 3,   // group not kWholeDatabase and not in [0, groups)
};

struct SpendOutcome
{
    SpendStatus status = SpendStatus::Accepted;
    double epsilon = 0.0;     // the spend asked for
    double totalBefore = 0.0; // charged total before the query
    double totalAfter = 0.0;  // charged total with the query (as it would be, if refused)
    BoundUsed boundAfter = BoundUsed::None;
    double remainingBefore = 0.0; // budget − totalBefore
};

class Accountant
{
public:
    // budget: total ε (> 0, finite); delta: δ′ for advanced/zCDP (0 < δ < 1);
    // groups: number of disjoint groups for parallel queries (≥ 0).
    Accountant(double budget, CompositionRule rule, double delta, int groups = 0);

    // Would this query fit? Nothing changes.
    SpendOutcome check(double epsilon, int group = kWholeDatabase) const;
    // check(), then records the query only when it is accepted.
    SpendOutcome spend(double epsilon, int group = kWholeDatabase);

    double budget() const { return unitsToEpsilon(m_budgetUnits); }
    double spent() const;     // charged total ε
    double remaining() const; // budget − spent, ≥ 0
    BoundUsed boundUsed() const;
    CompositionRule rule() const { return m_rule; }
    double delta() const { return m_delta; }
    int groups() const { return static_cast<int>(m_groupLedgers.size()); }
    std::uint64_t queries() const { return m_queries; }
    // Charged total of one group's own queries composed with the whole-database ones.
    double spentOn(int group) const;
    std::int64_t spentUnitsBasic() const; // exact Σ ε in units along the costliest group
    void reset();

    struct Ledger
    {
        std::int64_t units = 0;  // Σ ε_i, exact
        CompensatedSum squares;  // Σ ε_i²
        CompensatedSum expTerms; // Σ ε_i(e^{ε_i} − 1)
        std::uint64_t count = 0;
    };

private:
    struct Charge
    {
        double total = 0.0;
        bool basicExact = true; // total is the exact integer sum
        std::int64_t units = 0;
        BoundUsed bound = BoundUsed::None;
    };
    Charge charge(const Ledger &whole, const Ledger *group) const;
    Charge chargeAll(const Ledger &whole, const std::vector<Ledger> &groups) const;
    bool fits(const Charge &c) const;

    std::int64_t m_budgetUnits = 0;
    CompositionRule m_rule = CompositionRule::Basic;
    double m_delta = 1e-5;
    Ledger m_whole;
    std::vector<Ledger> m_groupLedgers;
    std::uint64_t m_queries = 0;
};

} // namespace dp
