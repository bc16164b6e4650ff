// The DP-SGD lab's parameters and validation as a LabModel (the model is in
// dpsgd.cpp, the words a person reads in ui/labs/dpsgd/).
#include "labs/dpsgd/dpsgd_lab.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dp {

const std::vector<ParamSpec> &DpsgdLab::params() const
{
    static const std::vector<ParamSpec> specs = [] {
        const DpsgdParams d;
        std::vector<ParamSpec> s;
        s.push_back({"dataset",
                     ParamKind::Choice,
                     0,
                     2,
                     double(d.dataset),
                     false,
                     {"blobs", "moons", "circles"},
                     "Data set",
                     "",
                     "The two classes in the plane the models learn to separate.",
                     0});
        s.push_back({"points",
                     ParamKind::Integer,
                     50,
                     10000,
                     double(d.points),
                     true,
                     {},
                     "Training points",
                     "points",
                     "How many examples the models are trained on.",
                     0});
        s.push_back({"model",
                     ParamKind::Choice,
                     0,
                     1,
                     double(d.model),
                     false,
                     {"logistic", "mlp"},
                     "Model",
                     "",
                     "Logistic regression (a straight boundary) or a network with 16 hidden units.",
                     0});
        s.push_back({"clip",
                     ParamKind::Real,
                     0.01,
                     100,
                     d.clip,
                     true,
                     {},
                     "Clipping norm C",
                     "",
                     "Each example's gradient is shrunk to at most this length.",
                     2});
        s.push_back({"noise_multiplier",
                     ParamKind::Real,
                     0,
                     10,
                     d.noiseMultiplier,
                     false,
                     {},
                     "Noise multiplier σ",
                     "",
                     "Noise of standard deviation σ·C is added to each batch's summed gradient.",
                     2});
        s.push_back({"batch",
                     ParamKind::Integer,
                     1,
                     10000,
                     double(d.batch),
                     true,
                     {},
                     "Expected batch size",
                     "examples",
                     "Each example joins a step's batch with probability batch/points.",
                     0});
        s.push_back({"epochs",
                     ParamKind::Integer,
                     1,
                     200,
                     double(d.epochs),
                     false,
                     {},
                     "Epochs",
                     "",
                     "Passes over the data; each pass is points/batch steps.",
                     0});
        s.push_back({"learning_rate",
                     ParamKind::Real,
                     0.001,
                     10,
                     d.learningRate,
                     true,
                     {},
                     "Learning rate",
                     "",
                     "How far each step moves the model.",
                     3});
        s.push_back({"delta",
                     ParamKind::Real,
                     0,
                     0.1,
                     d.delta,
                     false,
                     {},
                     "δ (0 = 1/points²)",
                     "",
                     "The δ of the (ε, δ) guarantee; 0 uses 1/points².",
                     12});
        s.push_back({"canary",
                     ParamKind::Toggle,
                     0,
                     1,
                     d.canary ? 1.0 : 0.0,
                     false,
                     {},
                     "Alice's record (canary)",
                     "",
                     "Add one mislabelled outlier to the training data.",
                     0});
        s.push_back({"audit_runs",
                     ParamKind::Integer,
                     10,
                     2000,
                     double(d.auditRuns),
                     true,
                     {},
                     "Audit runs",
                     "models",
                     "Models trained with Alice's record and as many without it for the audit.",
                     0});
        return s;
    }();
    return specs;
}

std::vector<std::string> DpsgdLab::csvColumns() const
{
    return DpsgdResult{}.exportData().csvColumns;
}

std::vector<std::string> DpsgdLab::jsonKeys() const
{
    std::vector<std::string> keys;
    const ExportData d = DpsgdResult{}.exportData();
    for (const auto &f : d.figures)
        keys.push_back(f.first);
    for (const auto &n : d.notes)
        keys.push_back(n.first);
    return keys;
}

DpsgdParams DpsgdLab::fromValues(const ParamValues &v)
{
    DpsgdParams p;
    // Casting a negative or huge double to an unsigned integer is undefined:
    // counts are clamped first (validate() refuses them anyway).
    auto get = [&](const char *id, double fallback) {
        const double x = v.has(id) ? v.get(id) : fallback;
        return std::isnan(x) ? fallback : std::clamp(x, -1e15, 1e15);
    };
    auto count = [&](const char *id, std::uint64_t fallback) {
        return static_cast<std::uint64_t>(std::max(0.0, get(id, double(fallback))));
    };
    p.dataset = static_cast<DpsgdDataset>(static_cast<int>(get("dataset", double(p.dataset))));
    p.points = count("points", p.points);
    p.model = static_cast<DpsgdModel>(static_cast<int>(get("model", double(p.model))));
    p.clip = get("clip", p.clip);
    p.noiseMultiplier = get("noise_multiplier", p.noiseMultiplier);
    p.batch = count("batch", p.batch);
    p.epochs = count("epochs", p.epochs);
    p.learningRate = get("learning_rate", p.learningRate);
    p.delta = get("delta", p.delta);
    p.canary = get("canary", p.canary ? 1.0 : 0.0) != 0.0;
    p.auditRuns = count("audit_runs", p.auditRuns);
    return p;
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

std::string dpsgdErrorEnglish(DpsgdError e)
{
    switch (e) {
    case DpsgdError::None:
        return "";
    case DpsgdError::Points:
        return "the lab needs at least 2 training points";
    case DpsgdError::BatchAbovePoints:
        return "the expected batch size cannot exceed the number of points";
    case DpsgdError::BatchZero:
        return "the expected batch size must be at least 1";
    case DpsgdError::Clip:
        return "the clipping norm C must be greater than 0";
    case DpsgdError::NoiseMultiplier:
        return "the noise multiplier σ cannot be negative";
    case DpsgdError::InfiniteNoise:
        return "noise σ·C is infinite when C is infinite and σ > 0";
    case DpsgdError::Epochs:
        return "train for at least one epoch";
    case DpsgdError::LearningRate:
        return "the learning rate must be greater than 0";
    case DpsgdError::Delta:
        return "δ must be 0 (meaning 1/points²) or between 0 and 1";
    case DpsgdError::AuditRuns:
        return "the audit needs at least 2 runs on each side";
    }
    return "";
}

std::optional<ParamError> DpsgdLab::validate(const ParamValues &values) const
{
    // A value that is not a number is reported as such; then the mistakes
    // students make get their own reason before the generic range check.
    for (const auto &[id, value] : values.all())
        if (!std::isfinite(value))
            return checkRanges(params(), values);
    const DpsgdError rule = checkDpsgdParams(fromValues(values));
    if (rule != DpsgdError::None)
        return ParamError{dpsgdErrorParam(rule), dpsgdErrorEnglish(rule)};
    return checkRanges(params(), values);
}

std::shared_ptr<const LabResult> DpsgdLab::run(const ParamValues &values, std::uint64_t seed,
                                               const CancelFlag *cancel) const
{
    return simulateDpsgd(fromValues(values), seed, cancel, m_parts);
}

} // namespace dp
