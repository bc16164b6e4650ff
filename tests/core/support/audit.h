#pragma once
// Test-side wrapper over the empirical privacy audit in core (stats/audit.h):
// named events and a one-line report for QVERIFY2 and the log. The statistics
// (incomplete beta, Clopper–Pearson, ε_lb) live in core and are used as is.

#include "stats/audit.h"

#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

namespace audit {

inline constexpr double kFamilyAlpha = 1e-6;

using dp::BetaInc;
using dp::betaInc;
using dp::betaIncBoth;
using dp::clopperPearsonLower;
using dp::clopperPearsonUpper;
using dp::epsilonLowerBound;

// An output event S counted on both sides, with a name for the report.
struct EventCounts
{
    std::string name;
    std::uint64_t inX = 0;
    std::uint64_t inY = 0;
};

struct AuditResult
{
    double epsilonLb = -std::numeric_limits<double>::infinity(); // max over events and directions
    std::string worst; // the event (and direction) reaching it
    std::string text;  // one line for QVERIFY2 / the log
};

// The audit over a family of events, both directions, Bonferroni-split familyAlpha.
inline AuditResult auditEvents(const std::vector<EventCounts> &events, std::uint64_t nX,
                               std::uint64_t nY, double claim, double delta = 0.0,
                               double familyAlpha = kFamilyAlpha)
{
    std::vector<dp::AuditEvent> counts;
    for (const EventCounts &e : events)
        counts.push_back({e.inX, e.inY});
    const dp::AuditBound b = dp::auditEvents(counts, nX, nY, delta, familyAlpha);
    AuditResult r;
    r.epsilonLb = b.epsilonLb;
    if (!events.empty())
        r.worst = events[b.worstEvent].name + (b.xOverY ? " (x over y)" : " (y over x)");
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  "eps_lb = %.4f vs claimed eps = %.4f (delta = %.3g); worst event: %s; "
                  "samples %llu (x) and %llu (y); %zu events, family alpha = %.0e",
                  r.epsilonLb, claim, delta, r.worst.c_str(), static_cast<unsigned long long>(nX),
                  static_cast<unsigned long long>(nY), events.size(), familyAlpha);
    r.text = buf;
    return r;
}

} // namespace audit
