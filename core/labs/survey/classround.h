#pragma once
// A live class round of the coin-flip survey: students answer a real
// randomized-response question from their phones. Each phone flips both
// coins itself and sends only the reported answer; this is the part of the
// server that decides what an incoming answer means, with no network and no
// Qt, so that every rule is testable as a pure function.
//
// Privacy by construction: an answer carries exactly three fields, the
// session code, a random device token and the reported answer ("yes" or
// "no"). Nothing else is accepted (unknown fields are refused), so neither
// the true answer nor a coin can travel. The estimate uses the survey lab's
// own estimator on the collected counts:
//   π̂ = (λ̂ − b)/p,  λ̂ = yes/n,  b = (1 − p)·q   (forced-response design,
//   Boruch 1971; analysed in Dwork & Roth 2014, §3.2)
// with the Wilson score interval on λ mapped through (· − b)/p (Agresti &
// Coull 1998), which keeps its coverage when nobody (or everybody) says yes.
//
// Request rules (HTTP status in brackets):
//   valid, first answer of this token            → Accepted      (200)
//   the same token again                         → Duplicate     (409)
//   missing or wrong session code                → WrongCode     (403)
//   malformed JSON, missing/unknown field, other answer value,
//   token not 8–64 characters of [A-Za-z0-9_-] → Malformed     (400)
//   body over kMaxBodyBytes                      → TooLarge      (413)
//   more than the per-address rate allows        → RateLimited   (429)
//   kMaxParticipants answers already counted     → Full          (429)
//   round ended                                  → Closed        (410)
// Every refusal leaves the round unchanged (except that it uses up a
// request from the sender's rate allowance).

#include "random/rng.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dp::classround {

inline constexpr std::size_t kMaxBodyBytes = 1024;
inline constexpr std::size_t kMaxParticipants = 2000;
inline constexpr std::size_t kSessionCodeLength = 6;

enum class AnswerStatus {
    Accepted,
    Duplicate,
    WrongCode,
    Malformed,
    TooLarge,
    RateLimited,
    Full,
    Closed
};

int httpStatus(AnswerStatus status);
// Stable machine id for the JSON reply and the student page ("duplicate", …).
const char *statusId(AnswerStatus status);

struct AnswerFields
{
    std::string code;
    std::string token;
    bool yes = false;
};

// Strict parser for the answer body: one JSON object with exactly the keys
// "code", "token" and "answer" (each once, string values without escapes),
// answer "yes" or "no". Returns nothing when anything else is present.
std::optional<AnswerFields> parseAnswer(const std::string &body);

// Token bucket per sender address: `burst` requests at once, refilled at
// `perSecond`. perSecond <= 0 switches the limit off (loopback load tests).
struct RateLimit
{
    double perSecond = 20.0;
    double burst = 40.0;
};

// A session code of kSessionCodeLength characters from an alphabet without
// look-alikes (no 0/O, 1/I/L), drawn from 64 random bits the caller supplies
// (the UI takes them from the system's secure generator).
std::string makeSessionCode(std::uint64_t randomBits);

struct RoundSummary
{
    std::uint64_t answers = 0;
    std::uint64_t yes = 0;
    double observedShare = 0.0;       // λ̂ (NaN with no answers)
    double estimate = 0.0;            // π̂ (NaN with no answers or p = 0)
    double ciLow = 0.0, ciHigh = 0.0; // 95 % Wilson interval mapped to π, clipped to [0, 1]
    double epsilon = 0.0;             // what the coins give each student
};

RoundSummary summarize(std::uint64_t yes, std::uint64_t answers, double pHonest, double pYes);

class Round
{
public:
    Round(std::string sessionCode, double pHonest, double pYes, RateLimit limit = {});

    const std::string &sessionCode() const { return m_code; }
    double pHonest() const { return m_pHonest; }
    double pYes() const { return m_pYes; }

    // One POST /answer. `nowSeconds` is any monotonic clock (injected for tests).
    AnswerStatus submit(const std::string &body, const std::string &sender, double nowSeconds);
    // GET of the page: only the session code is checked (and the rate).
    AnswerStatus checkPageRequest(const std::string &code, const std::string &sender,
                                  double nowSeconds);

    // Simulated students for a demo without phones: each has a true answer
    // (yes with probability trueShare) and flips the same two coins.
    void addSimulated(std::size_t count, double trueShare, std::uint64_t seed);

    void close() { m_closed = true; }
    bool closed() const { return m_closed; }
    // Reported answers in arrival order (true = "yes"); nothing else is kept.
    const std::vector<bool> &answers() const { return m_answers; }
    // Seconds since the round's first answer, per answer (for the CSV).
    const std::vector<double> &arrivalTimes() const { return m_times; }
    // Per answer: true when it came from "Add simulated students".
    const std::vector<bool> &simulated() const { return m_simulatedFlags; }
    std::uint64_t yesCount() const { return m_yes; }
    RoundSummary summary() const;

private:
    bool allow(const std::string &sender, double now);
    void record(bool yes, double now, bool simulated);

    std::string m_code;
    double m_pHonest, m_pYes;
    RateLimit m_limit;
    bool m_closed = false;
    std::set<std::string> m_tokens;
    struct Bucket
    {
        double tokens = 0.0;
        double last = 0.0;
    };
    std::map<std::string, Bucket> m_buckets;
    std::vector<bool> m_answers;
    std::vector<double> m_times;
    std::vector<bool> m_simulatedFlags;
    std::uint64_t m_yes = 0;
    std::uint64_t m_simulated = 0;
    std::optional<double> m_start;
};

} // namespace dp::classround
