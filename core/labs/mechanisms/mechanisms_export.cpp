// The mechanisms lab's export: CSV rows and JSON figures (always the same keys).
#include "labs/mechanisms/mechanisms.h"

namespace dp {

ExportData MechanismsResult::exportData() const
{
    ExportData d;
    d.csvColumns = {"sample", "output_x", "output_y"};
    const std::size_t rows = std::min(outputX.size(), outputY.size());
    d.csvRows.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i)
        d.csvRows.push_back({static_cast<double>(i + 1), outputX[i], outputY[i]});
    d.figures = {{"laplace_scale", laplaceScale},
                 {"gaussian_sigma", gaussianSigma},
                 {"gaussian_sigma_classic", gaussianSigmaClassic},
                 {"classic_applies", classicApplies ? 1.0 : 0.0},
                 {"claimed_epsilon", claimedEpsilon},
                 {"claimed_delta", claimedDelta},
                 {"true_epsilon", trueEpsilon},
                 {"noise_sd", noiseSd},
                 {"f_x", fx},
                 {"f_y", fy},
                 {"empirical_epsilon_lower_bound", check.epsilonLowerBound},
                 {"empirical_confidence", check.confidence},
                 {"empirical_threshold", check.threshold},
                 {"escape_mass", escapeMass},
                 {"delta_exact", deltaExact},
                 {"posterior_ceiling", ceiling},
                 {"max_posterior", maxPosterior},
                 {"best_attacker_success", bestAttackerSuccess},
                 {"replays_right", static_cast<double>(replaysRight)},
                 {"float_leak_outputs", static_cast<double>(leak.total())},
                 {"float_leak_checked", static_cast<double>(leak.checked)},
                 {"local_error", localGlobal.localError},
                 {"global_error", localGlobal.globalError},
                 {"local_error_theory", localGlobal.localTheoryAtN},
                 {"global_error_theory", localGlobal.globalTheoryAtN}};
    d.notes = {
        {"float_leak_sampler", leak.naiveSampler ? "naive_double_laplace" : "exact_discrete"},
        {"empirical_event",
         check.event == AuditEventKind::AtLeast ? "output_at_least" : "output_below"}};
    return d;
}

} // namespace dp
