// The income lab's parameters, validation and export (the model is in income.cpp).
#include "labs/income/income.h"

#include <cmath>
#include <limits>
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
               {"mode_text", modeText},
               {"epsilon_text", epsilonText},
               {"classic_text", classicText},
               {"clipping_text", clippingText},
               {"local_central_text", localCentralText}};
    if (!wrongMeanText.empty())
        d.notes.push_back({"wrong_mean_text", wrongMeanText});
    return d;
}

const std::vector<ParamSpec> &IncomeLab::params() const
{
    static const std::vector<ParamSpec> specs = [] {
        std::vector<ParamSpec> s;
        s.push_back({"friends", ParamKind::Integer, 1, 1e8, 1000, true, {}, "Friends", "friends",
                     "How many friends report their obscured income.", 0});
        s.push_back({"income_dist", ParamKind::Choice, 0, 1, 0, false, {"normal", "lognormal"},
                     "Income distribution", "", "Normal, or log-normal (skewed like real incomes) with the same mean and spread.", 0});
        s.push_back({"income_mean", ParamKind::Real, 0, 1e6, 70000, false, {}, "Average income", "€",
                     "The mean income of the friends' population.", 0});
        s.push_back({"income_sd", ParamKind::Real, 0, 1e6, 10000, false, {}, "Income spread (SD)", "€",
                     "The standard deviation of incomes.", 0});
        s.push_back({"noise_mean", ParamKind::Real, -1e6, 1e6, 30000, false, {}, "Noise mean μ_o", "€",
                     "The mean of the agreed obscuring distribution.", 0});
        s.push_back({"noise_sd", ParamKind::Real, 10, 1e7, 30000, true, {}, "Noise spread σ_o", "€",
                     "The standard deviation of the obscuring noise each friend adds.", 0});
        s.push_back({"clipping", ParamKind::Toggle, 0, 1, 1, false, {}, "Clip incomes to [0, C]", "",
                     "Clip each income to [0, C] before adding noise; needed for a finite ε.", 0});
        s.push_back({"clip", ParamKind::Real, 1000, 1e7, 200000, true, {}, "Upper bound C", "€",
                     "Incomes above C count as C (with clipping on).", 0});
        s.push_back({"delta", ParamKind::Real, 1e-12, 0.1, 1e-5, true, {}, "δ", "",
                     "The small probability that the ε guarantee may fail.", 12});
        s.push_back({"trials", ParamKind::Integer, 1, 100000, 2000, true, {}, "Repeated rounds", "rounds",
                     "How many times the whole round is repeated to show the spread of the error.", 0});
        s.push_back({"wrong_noise_mean", ParamKind::Toggle, 0, 1, 0, false, {}, "Analyst assumes a wrong μ_o", "",
                     "Let the analyst subtract a different noise mean than the one friends used.", 0});
        s.push_back({"assumed_noise_mean", ParamKind::Real, -1e6, 1e6, 25000, false, {}, "Assumed μ_o", "€",
                     "The noise mean the analyst subtracts when the wrong-μ_o switch is on.", 0});
        s.push_back({"friend", ParamKind::Integer, 0, 99999, 0, false, {}, "Friend shown", "",
                     "Which friend the one-friend view shows (counting from 0).", 0});
        s.push_back({"mode", ParamKind::Choice, 0, 2, 0, false, {"auto", "person", "aggregate"},
                     "Simulation", "", "Draw every friend, or the exact/approximate means directly; auto picks.", 0});
        return s;
    }();
    return specs;
}

std::vector<std::string> IncomeLab::csvColumns() const
{
    return {"trial", "true_mean", "estimated_mean", "error"};
}

std::vector<std::string> IncomeLab::jsonKeys() const
{
    std::vector<std::string> keys;
    const ExportData d = IncomeResult{}.exportData();
    for (const auto &f : d.figures)
        keys.push_back(f.first);
    for (const auto &n : d.notes)
        keys.push_back(n.first);
    keys.push_back("wrong_mean_text");
    return keys;
}

IncomeParams IncomeLab::fromValues(const ParamValues &v)
{
    IncomeParams p;
    p.friends = static_cast<std::uint64_t>(v.get("friends"));
    p.distribution = static_cast<IncomeDistribution>(static_cast<int>(v.get("income_dist")));
    p.incomeMean = v.get("income_mean");
    p.incomeSd = v.get("income_sd");
    p.noiseMean = v.get("noise_mean");
    p.noiseSd = v.get("noise_sd");
    p.clipping = v.get("clipping") != 0.0;
    p.clip = v.get("clip");
    p.delta = v.get("delta");
    p.trials = static_cast<std::uint64_t>(v.get("trials"));
    p.wrongNoiseMean = v.get("wrong_noise_mean") != 0.0;
    p.assumedNoiseMean = v.get("assumed_noise_mean");
    p.friendIndex = static_cast<std::uint64_t>(v.get("friend"));
    p.mode = static_cast<IncomeMode>(static_cast<int>(v.get("mode")));
    return p;
}

std::optional<ParamError> IncomeLab::validate(const ParamValues &values) const
{
    // Reasons first for the mistakes students make, before the generic range check.
    auto raw = [&](const char *id) { return values.has(id) ? values.get(id) : std::numeric_limits<double>::quiet_NaN(); };
    if (raw("friends") < 1.0)
        return ParamError{"friends", "the lab needs at least one friend"};
    for (const char *id : {"income_sd", "noise_sd"})
        if (raw(id) < 0.0)
            return ParamError{id, std::string("'") + id + "' is a standard deviation: it cannot be negative"};
    if (raw("clip") <= 0.0)
        return ParamError{"clip", "'clip' is the upper bound C on incomes: it must be greater than 0"};
    if (raw("delta") <= 0.0 || raw("delta") >= 1.0)
        return ParamError{"delta", "'delta' is a probability of failure: it must be strictly between 0 and 1"};
    if (auto err = checkRanges(params(), values))
        return err;
    return validateIncome(fromValues(values));
}

std::shared_ptr<const LabResult> IncomeLab::run(const ParamValues &values, std::uint64_t seed,
                                                const CancelFlag *cancel) const
{
    return simulateIncome(fromValues(values), seed, cancel);
}

} // namespace dp
