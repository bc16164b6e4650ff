// The privacy-budget lab's parameters, validation and export (the model is in budget.cpp).
#include "labs/budget/budget.h"

#include <cmath>
#include <limits>

namespace dp {

namespace {

const char *boundName(BoundUsed b)
{
    switch (b) {
    case BoundUsed::Advanced:
        return "advanced";
    case BoundUsed::Zcdp:
        return "zcdp";
    case BoundUsed::Basic:
        return "basic";
    case BoundUsed::None:
        break;
    }
    return "none";
}

} // namespace

ExportData BudgetResult::exportData() const
{
    ExportData d;
    d.csvColumns = {"queries", "trial", "attacker_estimate", "error"};
    d.csvRows.reserve(csvError.size());
    for (std::size_t i = 0; i < csvError.size(); ++i)
        d.csvRows.push_back({static_cast<double>(csvQueries[i]), static_cast<double>(csvTrial[i]),
                             csvEstimate[i], csvError[i]});
    auto u = [](std::uint64_t v) { return static_cast<double>(v); };
    d.figures = {
        {"epsilon_basic", epsilonBasic},
        {"epsilon_advanced", epsilonAdvanced},
        {"epsilon_zcdp", epsilonZcdp},
        {"epsilon_zcdp_bun_steinke", epsilonZcdpBunSteinke},
        {"delta_basic", deltaBasic},
        {"delta_advanced", deltaAdvanced},
        {"delta_zcdp", deltaZcdp},
        {"rho", rho},
        {"queries_allowed_basic", u(queriesAllowedBasic)},
        {"queries_allowed_advanced", u(queriesAllowedAdvanced)},
        {"queries_allowed_zcdp", u(queriesAllowedZcdp)},
        {"queries_allowed_accountant", u(queriesAllowedAccountant)},
        {"advanced_crossover", crossover ? u(crossover) : std::numeric_limits<double>::quiet_NaN()},
        {"noise_scale_per_answer", noiseScale},
        {"answer_sd", answerSd},
        {"attacker_exact_after",
         attackerExactAfter ? u(attackerExactAfter) : std::numeric_limits<double>::quiet_NaN()},
        {"final_rms_error", finalRmsError},
        {"final_exact_share", finalExactShare},
        {"reconstructed_share", reconstructedShare},
        {"reconstruction_rms_error", reconstructionRmsError},
        {"reconstruction_theory_error", reconstructionTheoryError},
        {"dp_noise_scale", dpNoiseScale},
        {"dp_reconstructed_share", dpReconstructedShare}};
    d.notes = {{"accountant_bound", boundName(accountantBound)},
               {"zcdp_conversion", zcdpConversion == ZcdpConversion::CanonneKamathSteinke
                                       ? "canonne_kamath_steinke"
                                       : "bun_steinke"}};
    return d;
}

const std::vector<ParamSpec> &BudgetLab::params() const
{
    static const std::vector<ParamSpec> specs = [] {
        std::vector<ParamSpec> s;
        s.push_back({"budget",
                     ParamKind::Real,
                     0.01,
                     100,
                     1,
                     true,
                     {},
                     "Total budget ε",
                     "",
                     "The total ε the data curator allows for all answers together.",
                     2});
        s.push_back({"epsilon_per_query",
                     ParamKind::Real,
                     0.01,
                     10,
                     0.1,
                     true,
                     {},
                     "ε per query",
                     "",
                     "How much ε one noisy count spends.",
                     2});
        s.push_back(
            {"delta",
             ParamKind::Real,
             1e-12,
             0.1,
             1e-5,
             true,
             {},
             "δ",
             "",
             "The δ of advanced composition, of the zCDP conversion and of each Gaussian answer.",
             12});
        s.push_back({"queries",
                     ParamKind::Integer,
                     1,
                     10000,
                     100,
                     true,
                     {},
                     "Queries k",
                     "queries",
                     "How many noisy answers the attacker gets.",
                     0});
        s.push_back({"composition",
                     ParamKind::Choice,
                     0,
                     2,
                     0,
                     false,
                     {"basic", "advanced", "zcdp"},
                     "Composition rule",
                     "",
                     "How the accountant adds up the cost of many answers.",
                     0});
        s.push_back({"mechanism",
                     ParamKind::Choice,
                     0,
                     1,
                     0,
                     false,
                     {"laplace", "gaussian"},
                     "Noise",
                     "",
                     "Laplace or Gaussian noise on each answer.",
                     0});
        s.push_back({"true_count",
                     ParamKind::Integer,
                     0,
                     1e6,
                     40,
                     false,
                     {},
                     "Secret count",
                     "people",
                     "The true count the attacker wants to learn.",
                     0});
        s.push_back({"trials",
                     ParamKind::Integer,
                     1,
                     100000,
                     1000,
                     true,
                     {},
                     "Trials",
                     "trials",
                     "How often the averaging attack is repeated.",
                     0});
        s.push_back({"rows",
                     ParamKind::Integer,
                     10,
                     2000,
                     100,
                     true,
                     {},
                     "Rows",
                     "rows",
                     "How many secret bits the reconstruction attack tries to recover.",
                     0});
        s.push_back(
            {"noise_scale",
             ParamKind::Real,
             0,
             1e6,
             1,
             false,
             {},
             "Noise on each subset sum",
             "",
             "The standard deviation of the noise on each answer of the reconstruction attack.",
             2});
        return s;
    }();
    return specs;
}

std::vector<std::string> BudgetLab::csvColumns() const
{
    return {"queries", "trial", "attacker_estimate", "error"};
}

std::vector<std::string> BudgetLab::jsonKeys() const
{
    std::vector<std::string> keys;
    const ExportData d = BudgetResult{}.exportData();
    for (const auto &f : d.figures)
        keys.push_back(f.first);
    for (const auto &n : d.notes)
        keys.push_back(n.first);
    return keys;
}

BudgetParams BudgetLab::fromValues(const ParamValues &v)
{
    BudgetParams p;
    p.budget = v.get("budget");
    p.epsilonPerQuery = v.get("epsilon_per_query");
    p.delta = v.get("delta");
    p.queries = static_cast<std::uint64_t>(v.get("queries"));
    p.composition = static_cast<CompositionRule>(static_cast<int>(v.get("composition")));
    p.mechanism = static_cast<NoiseMechanism>(static_cast<int>(v.get("mechanism")));
    p.trueCount = v.get("true_count");
    p.trials = static_cast<std::uint64_t>(v.get("trials"));
    p.rows = static_cast<std::uint64_t>(v.get("rows"));
    p.noiseScale = v.get("noise_scale");
    return p;
}

std::optional<ParamError> BudgetLab::validate(const ParamValues &values) const
{
    auto raw = [&](const char *id) {
        return values.has(id) ? values.get(id) : std::numeric_limits<double>::quiet_NaN();
    };
    if (raw("budget") <= 0.0)
        return ParamError{"budget", "'budget' is the total ε allowed: it must be greater than 0"};
    if (raw("epsilon_per_query") <= 0.0)
        return ParamError{"epsilon_per_query",
                          "'epsilon_per_query' must be greater than 0: every answer costs"};
    if (raw("delta") <= 0.0 || raw("delta") >= 1.0)
        return ParamError{
            "delta", "'delta' is a probability of failure: it must be strictly between 0 and 1"};
    if (raw("noise_scale") < 0.0)
        return ParamError{"noise_scale",
                          "'noise_scale' is a standard deviation: it cannot be negative"};
    if (auto err = checkRanges(params(), values))
        return err;
    return validateBudget(fromValues(values));
}

std::shared_ptr<const LabResult> BudgetLab::run(const ParamValues &values, std::uint64_t seed,
                                                const CancelFlag *cancel) const
{
    return simulateBudget(fromValues(values), seed, cancel);
}

} // namespace dp
