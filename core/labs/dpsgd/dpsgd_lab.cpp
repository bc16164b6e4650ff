// The DP-SGD lab's parameters and validation as a LabModel (the model is in
// dpsgd.cpp, the words a person reads in ui/labs/dpsgd/).
#include "labs/dpsgd/dpsgd_lab.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dp {

std::vector<Param<DpsgdParams>> DpsgdLab::params()
{
    return {
        bind(&Params::dataset, {.id = "dataset", .choices = {"blobs", "moons", "circles"}}),
        bind(&Params::points, {.id = "points", .min = 50, .max = 10000, .log = true}),
        bind(&Params::model, {.id = "model", .choices = {"logistic", "mlp"}}),
        bind(&Params::clip, {.id = "clip", .min = 0.01, .max = 100, .log = true, .decimals = 2}),
        bind(&Params::noiseMultiplier,
             {.id = "noise_multiplier", .min = 0, .max = 10, .decimals = 2}),
        bind(&Params::batch, {.id = "batch", .min = 1, .max = 10000, .log = true}),
        bind(&Params::epochs, {.id = "epochs", .min = 1, .max = 200}),
        bind(&Params::learningRate,
             {.id = "learning_rate", .min = 0.001, .max = 10, .log = true, .decimals = 3}),
        bind(&Params::delta, {.id = "delta", .min = 0, .max = 0.1, .decimals = 12}),
        bind(&Params::canary, {.id = "canary"}),
        bind(&Params::auditRuns, {.id = "audit_runs", .min = 10, .max = 2000, .log = true}),
    };
}

std::string dpsgdErrorParam(DpsgdError e)
{
    switch (e) {
    case DpsgdError::None:
        return "";
    case DpsgdError::Points:
        return "points";
    case DpsgdError::BatchAbovePoints:
    case DpsgdError::BatchZero:
        return "batch";
    case DpsgdError::Clip:
        return "clip";
    case DpsgdError::NoiseMultiplier:
    case DpsgdError::InfiniteNoise:
        return "noise_multiplier";
    case DpsgdError::Epochs:
        return "epochs";
    case DpsgdError::LearningRate:
        return "learning_rate";
    case DpsgdError::Delta:
        return "delta";
    case DpsgdError::AuditRuns:
        return "audit_runs";
    }
    return "";
}

std::string dpsgdErrorRule(DpsgdError e)
{
    switch (e) {
    case DpsgdError::None:
        return "";
    case DpsgdError::Points:
        return "points_at_least_2";
    case DpsgdError::BatchAbovePoints:
        return "batch_above_points";
    case DpsgdError::BatchZero:
        return "batch_at_least_1";
    case DpsgdError::Clip:
        return "positive";
    case DpsgdError::NoiseMultiplier:
        return "not_negative";
    case DpsgdError::InfiniteNoise:
        return "infinite_noise";
    case DpsgdError::Epochs:
        return "epochs_at_least_1";
    case DpsgdError::LearningRate:
        return "positive";
    case DpsgdError::Delta:
        return "delta_zero_or_probability";
    case DpsgdError::AuditRuns:
        return "audit_runs_at_least_2";
    }
    return "";
}

std::optional<ParamError> DpsgdLab::validate(const Params &params)
{
    const DpsgdError rule = checkDpsgdParams(params);
    if (rule == DpsgdError::None)
        return std::nullopt;
    return ParamError::broken(dpsgdErrorParam(rule), dpsgdErrorRule(rule));
}

} // namespace dp
