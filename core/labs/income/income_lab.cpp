// The income lab's parameters, validation and export (the model is in income.cpp).
#include "labs/income/income.h"

#include <cmath>
#include <string>

namespace dp {

ExportData IncomeResult::exportData() const
{
    ExportData d;
    d.csvColumns = {"trial", "true_mean", "estimated_mean", "error"};
    d.csvRows.reserve(errors.size());
    for (std::size_t t = 0; t < errors.size(); ++t)
        d.csvRows.push_back({static_cast<double>(t + 1), trueMeans[t], estimates[t], errors[t]});
    d.figures = {{"true_mean", trueMean},
                 {"estimated_mean", estimatedMean},
                 {"ci_low", ciLow},
                 {"ci_high", ciHigh},
                 {"standard_error", standardError},
                 {"epsilon_analytic", epsilonAnalytic},
                 {"epsilon_classic", epsilonClassic},
                 {"delta", params.delta},
                 {"clipping_bias", clippingBias},
                 // The two sides of clipping to [0, C] (their sum is clipping_bias):
                 // −E[(X − C)⁺] from incomes cut down to C, +E[(−X)⁺] from
                 // negative incomes raised to 0, and the shares P(X > C), P(X < 0).
                 {"clipping_bias_above", clipExcessAbove > 0.0 ? -clipExcessAbove : 0.0},
                 {"clipping_bias_below", clipShortfallBelow},
                 {"share_above_clip", pClippedAbove},
                 {"share_below_zero", pClippedBelow},
                 {"central_standard_error", centralStandardError},
                 {"local_standard_error", localStandardError},
                 {"population_standard_error", populationStandardError},
                 {"clipped_mean", clippedMean},
                 {"reported_mean", reportedMean},
                 {"sensitivity", sensitivity},
                 {"sigma_for_epsilon_1", sigmaForEpsilon1},
                 {"local_se_at_epsilon_1", localSeAtEpsilon1},
                 {"central_se_at_epsilon_1", centralSeAtEpsilon1},
                 {"wrong_mean_bias", wrongMeanBias},
                 {"friend_income", friendIncome},
                 {"friend_report", friendReport},
                 {"friend_low", friendLow},
                 {"friend_high", friendHigh},
                 {"mean_error", meanError},
                 {"sd_error", sdError},
                 {"error_theory_mean", errorTheoryMean},
                 {"error_theory_sd", errorTheorySd},
                 {"friends", static_cast<double>(params.friends)},
                 {"trials", static_cast<double>(errors.size())}};
    d.notes = {{"mode", modeUsed == IncomeMode::Person ? "person" : "aggregate"},
               {"aggregate", aggregateIsExact ? "exact" : "approximate"},
               {"epsilon", std::isinf(epsilonAnalytic) ? "infinite" : "finite"},
               {"classic_bound", classicApplies ? "applies" : "outside_its_theorem"}};
    return d;
}

std::vector<Param<IncomeParams>> IncomeLab::params()
{
    return {
        bind(&Params::friends, {.id = "friends", .min = 1, .max = 1e8, .log = true}),
        bind(&Params::distribution, {.id = "income_dist", .choices = {"normal", "lognormal"}}),
        bind(&Params::incomeMean, {.id = "income_mean", .min = 0, .max = 1e6, .unit = "€"}),
        bind(&Params::incomeSd, {.id = "income_sd", .min = 0, .max = 1e6, .unit = "€"}),
        bind(&Params::noiseMean, {.id = "noise_mean", .min = -1e6, .max = 1e6, .unit = "€"}),
        bind(&Params::noiseSd, {.id = "noise_sd", .min = 10, .max = 1e7, .log = true, .unit = "€"}),
        bind(&Params::clipping, {.id = "clipping"}),
        bind(&Params::clip, {.id = "clip", .min = 1000, .max = 1e7, .log = true, .unit = "€"}),
        bind(&Params::delta,
             {.id = "delta", .min = 1e-12, .max = 0.1, .log = true, .decimals = 12}),
        bind(&Params::trials, {.id = "trials", .min = 1, .max = 100000, .log = true}),
        bind(&Params::wrongNoiseMean, {.id = "wrong_noise_mean"}),
        bind(&Params::assumedNoiseMean,
             {.id = "assumed_noise_mean", .min = -1e6, .max = 1e6, .unit = "€"}),
        bind(&Params::friendIndex, {.id = "friend", .min = 0, .max = 99999}),
        bind(&Params::mode, {.id = "mode", .choices = {"auto", "person", "aggregate"}}),
    };
}

} // namespace dp
