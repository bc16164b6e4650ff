// The mechanisms lab's parameters and its LabModel (the model is in mechanisms.cpp).
#include "labs/mechanisms/mechanisms.h"

#include <cmath>

namespace dp {

const std::vector<ParamSpec> &MechanismsLab::params() const
{
    static const std::vector<ParamSpec> specs = [] {
        std::vector<ParamSpec> s;
        s.push_back({"mechanism",
                     ParamKind::Choice,
                     0,
                     kMechanismKinds - 1,
                     0,
                     false,
                     {"laplace", "gaussian", "discrete_laplace", "discrete_gaussian",
                      "wrong_sensitivity", "uniform", "forced_yes"},
                     "Mechanism",
                     "",
                     "Which noise is added to the count (the last three are broken on purpose).",
                     0});
        s.push_back({"epsilon",
                     ParamKind::Real,
                     0.01,
                     10,
                     1,
                     true,
                     {},
                     "ε",
                     "",
                     "The privacy loss the mechanism promises.",
                     2});
        s.push_back({"delta",
                     ParamKind::Real,
                     1e-10,
                     0.1,
                     1e-5,
                     true,
                     {},
                     "δ",
                     "",
                     "The slack of the Gaussian mechanisms.",
                     12});
        s.push_back({"sensitivity",
                     ParamKind::Real,
                     0.1,
                     100,
                     1,
                     true,
                     {},
                     "Sensitivity Δ",
                     "",
                     "How much one person can change the count.",
                     2});
        s.push_back({"true_count",
                     ParamKind::Integer,
                     0,
                     1e6,
                     40,
                     false,
                     {},
                     "True count",
                     "people",
                     "The count with Alice in the data; without her it is Δ less.",
                     0});
        s.push_back({"samples",
                     ParamKind::Integer,
                     1,
                     1e7,
                     100000,
                     true,
                     {},
                     "Simulated releases",
                     "releases",
                     "How many noisy answers are simulated on each database.",
                     0});
        s.push_back({"prior",
                     ParamKind::Real,
                     0.01,
                     0.99,
                     0.5,
                     false,
                     {},
                     "Attacker's prior",
                     "%",
                     "How sure the attacker is beforehand that Alice is in the data.",
                     3});
        s.push_back({"population",
                     ParamKind::Integer,
                     10,
                     1e8,
                     10000,
                     true,
                     {},
                     "Population N",
                     "people",
                     "Population size for local against global noise.",
                     0});
        return s;
    }();
    return specs;
}

std::vector<std::string> MechanismsLab::csvColumns() const
{
    return {"sample", "output_x", "output_y"};
}

std::vector<std::string> MechanismsLab::jsonKeys() const
{
    std::vector<std::string> keys;
    const ExportData d = MechanismsResult{}.exportData();
    for (const auto &f : d.figures)
        keys.push_back(f.first);
    for (const auto &n : d.notes)
        keys.push_back(n.first);
    return keys;
}

MechanismsParams MechanismsLab::fromValues(const ParamValues &v)
{
    MechanismsParams p;
    const auto get = [&](const char *id, double fallback) {
        return v.has(id) ? v.get(id) : fallback;
    };
    p.mechanism = static_cast<MechanismKind>(static_cast<int>(get("mechanism", 0)));
    p.epsilon = get("epsilon", p.epsilon);
    p.delta = get("delta", p.delta);
    p.sensitivity = get("sensitivity", p.sensitivity);
    p.trueCount = static_cast<std::int64_t>(get("true_count", static_cast<double>(p.trueCount)));
    p.samples = static_cast<std::uint64_t>(get("samples", static_cast<double>(p.samples)));
    p.prior = get("prior", p.prior);
    p.population = static_cast<std::uint64_t>(get("population", static_cast<double>(p.population)));
    return p;
}

std::optional<ParamError> MechanismsLab::validate(const ParamValues &values) const
{
    if (auto err = checkRanges(params(), values))
        return err;
    return validateMechanisms(fromValues(values));
}

std::shared_ptr<const LabResult> MechanismsLab::run(const ParamValues &values, std::uint64_t seed,
                                                    const CancelFlag *cancel) const
{
    return simulateMechanisms(fromValues(values), seed, cancel);
}

} // namespace dp
