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

std::vector<Param<BudgetParams>> BudgetLab::params()
{
    return {
        bind(&Params::budget,
             {.id = "budget", .min = 0.01, .max = 100, .log = true, .decimals = 2}),
        bind(&Params::epsilonPerQuery,
             {.id = "epsilon_per_query", .min = 0.01, .max = 10, .log = true, .decimals = 2}),
        bind(&Params::delta,
             {.id = "delta", .min = 1e-12, .max = 0.1, .log = true, .decimals = 12}),
        bind(&Params::queries, {.id = "queries", .min = 1, .max = 10000, .log = true}),
        bind(&Params::composition, {.id = "composition", .choices = {"basic", "advanced", "zcdp"}}),
        bind(&Params::mechanism, {.id = "mechanism", .choices = {"laplace", "gaussian"}}),
        bind(&Params::trueCount,
             {.id = "true_count", .kind = ParamKind::Integer, .min = 0, .max = 1e6}),
        bind(&Params::trials, {.id = "trials", .min = 1, .max = 100000, .log = true}),
        bind(&Params::rows, {.id = "rows", .min = 10, .max = 2000, .log = true}),
        bind(&Params::noiseScale, {.id = "noise_scale", .min = 0, .max = 1e6, .decimals = 2}),
    };
}

} // namespace dp
