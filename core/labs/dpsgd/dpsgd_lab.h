#pragma once
// The DP-SGD lab as seen by the command line, the registry and the page
// (parameter ids, ranges and defaults; the simulation is dpsgd.h).
//
// `delta` = 0 (its default) means δ = 1/points², the usual choice below
// 1/n; the δ actually used is exported as the figure `delta` and shown.
// The lab computes everything including the audit (the command line's JSON
// carries audit_epsilon_lower_bound); the page uses DpsgdInteractiveLab
// (DpsgdParts::WithoutAudit) for slider changes and runs the audit on demand.

#include "framework/typedlab.h"
#include "labs/dpsgd/dpsgd.h"

#include <string>

namespace dp {

// The lab definition (framework/typedlab.h); its model is TypedLab<DpsgdLab>.
struct DpsgdLab
{
    using Params = DpsgdParams;
    using Result = DpsgdResult;
    static constexpr const char *id = "dpsgd";
    static std::vector<Param<Params>> params();
    static std::optional<ParamError> validate(const Params &params);
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel)
    {
        return simulateDpsgd(params, seed, cancel, DpsgdParts::All);
    }
    // The default run trains 200 audit models (about 2 s); the contract and
    // command-line tests run this cheaper set, audit included.
    static Params quick() { return {.points = 200, .epochs = 5, .auditRuns = 10}; }
};

// The same lab without the audit: the page's model for slider changes.
struct DpsgdInteractiveLab : DpsgdLab
{
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel)
    {
        return simulateDpsgd(params, seed, cancel, DpsgdParts::WithoutAudit);
    }
};

// The parameter a refusal names and its rule id (ParamError::rule); the page
// words it with tr() (its LabTexts rules).
std::string dpsgdErrorParam(DpsgdError error);
std::string dpsgdErrorRule(DpsgdError error);

} // namespace dp
