#pragma once
// The DP-SGD lab as seen by the command line, the registry and the page
// (parameter ids, ranges and defaults; the simulation is dpsgd.h).
//
// `delta` = 0 (its default) means δ = 1/points², the usual choice below
// 1/n; the δ actually used is exported as the figure `delta` and shown.
// run() computes everything including the audit (the command line's JSON
// carries audit_epsilon_lower_bound); the page uses a model made with
// DpsgdParts::WithoutAudit for slider changes and runs the audit on demand.

#include "framework/lab.h"
#include "labs/dpsgd/dpsgd.h"

#include <string>

namespace dp {

class DpsgdLab final : public LabModel
{
public:
    explicit DpsgdLab(DpsgdParts parts = DpsgdParts::All) : m_parts(parts) {}
    std::string id() const override { return "dpsgd"; }
    std::string title() const override { return "DP in machine learning"; }
    const std::vector<ParamSpec> &params() const override;
    std::vector<std::string> csvColumns() const override;
    std::vector<std::string> jsonKeys() const override;
    std::optional<ParamError> validate(const ParamValues &values) const override;
    std::shared_ptr<const LabResult> run(const ParamValues &values, std::uint64_t seed,
                                         const CancelFlag *cancel = nullptr) const override;

    static DpsgdParams fromValues(const ParamValues &values);

private:
    DpsgdParts m_parts;
};

// The parameter a refusal names, and a plain English reason (logs, tests,
// the command line; the page words it with tr()).
std::string dpsgdErrorParam(DpsgdError error);
std::string dpsgdErrorEnglish(DpsgdError error);

} // namespace dp
