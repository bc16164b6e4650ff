#include "labs/survey/classround.h"

#include "labs/survey/survey.h"
#include "random/samplers.h"
#include "stats/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dp::classround {

int httpStatus(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Accepted:
        return 200;
    case AnswerStatus::Duplicate:
        return 409;
    case AnswerStatus::WrongCode:
        return 403;
    case AnswerStatus::Malformed:
        return 400;
    case AnswerStatus::TooLarge:
        return 413;
    case AnswerStatus::RateLimited:
        return 429;
    case AnswerStatus::Full:
        return 429;
    case AnswerStatus::Closed:
        return 410;
    }
    return 400;
}

const char *statusId(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Accepted:
        return "accepted";
    case AnswerStatus::Duplicate:
        return "duplicate";
    case AnswerStatus::WrongCode:
        return "wrong_code";
    case AnswerStatus::Malformed:
        return "malformed";
    case AnswerStatus::TooLarge:
        return "too_large";
    case AnswerStatus::RateLimited:
        return "rate_limited";
    case AnswerStatus::Full:
        return "full";
    case AnswerStatus::Closed:
        return "closed";
    }
    return "malformed";
}

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A tiny strict reader for {"k": "v", ...} with plain strings.
class Reader
{
public:
    explicit Reader(const std::string &text) : m_s(text) {}
    void skip()
    {
        while (m_i < m_s.size() && isSpace(m_s[m_i]))
            ++m_i;
    }
    bool eat(char c)
    {
        skip();
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    std::optional<std::string> string()
    {
        skip();
        if (m_i >= m_s.size() || m_s[m_i] != '"')
            return std::nullopt;
        ++m_i;
        std::string out;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i++];
            if (c == '"')
                return out;
            // No escapes and no control characters: nothing we accept needs them.
            if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
                return std::nullopt;
            out += c;
        }
        return std::nullopt;
    }
    bool atEnd()
    {
        skip();
        return m_i == m_s.size();
    }

private:
    const std::string &m_s;
    std::size_t m_i = 0;
};

bool validToken(const std::string &t)
{
    if (t.size() < 8 || t.size() > 64)
        return false;
    return std::all_of(t.begin(), t.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
}

} // namespace

std::optional<AnswerFields> parseAnswer(const std::string &body)
{
    Reader r(body);
    if (!r.eat('{'))
        return std::nullopt;
    std::optional<std::string> code, token, answer;
    bool first = true;
    while (true) {
        if (r.eat('}'))
            break;
        if (!first && !r.eat(','))
            return std::nullopt;
        first = false;
        const auto key = r.string();
        if (!key || !r.eat(':'))
            return std::nullopt;
        const auto value = r.string();
        if (!value)
            return std::nullopt;
        std::optional<std::string> *slot = nullptr;
        if (*key == "code")
            slot = &code;
        else if (*key == "token")
            slot = &token;
        else if (*key == "answer")
            slot = &answer;
        else
            return std::nullopt; // unknown field: nothing else may travel
        if (slot->has_value())
            return std::nullopt; // a key twice
        *slot = *value;
    }
    if (!r.atEnd() || !code || !token || !answer)
        return std::nullopt;
    if (*answer != "yes" && *answer != "no")
        return std::nullopt;
    if (!validToken(*token))
        return std::nullopt;
    return AnswerFields{*code, *token, *answer == "yes"};
}

std::string makeSessionCode(std::uint64_t randomBits)
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31 symbols
    constexpr std::uint64_t kSymbols = sizeof kAlphabet - 1;
    std::string code;
    for (std::size_t i = 0; i < kSessionCodeLength; ++i) {
        code += kAlphabet[randomBits % kSymbols];
        randomBits /= kSymbols;
    }
    return code;
}

RoundSummary summarize(std::uint64_t yes, std::uint64_t answers, double pHonest, double pYes)
{
    RoundSummary s;
    s.answers = answers;
    s.yes = yes;
    s.epsilon = rrEpsilon(pHonest, pYes);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (answers == 0) {
        s.observedShare = s.estimate = s.ciLow = s.ciHigh = nan;
        return s;
    }
    s.observedShare = static_cast<double>(yes) / static_cast<double>(answers);
    s.estimate = rrEstimate(s.observedShare, pHonest, pYes);
    if (!std::isfinite(s.estimate)) {
        s.ciLow = s.ciHigh = nan;
        return s;
    }
    // The survey lab's own interval: Wilson on λ, mapped through (· − b)/p, clamped to [0, 1].
    const RrInterval ci = rrInterval(yes, answers, pHonest, pYes);
    s.ciLow = ci.low;
    s.ciHigh = ci.high;
    return s;
}

Round::Round(std::string sessionCode, double pHonest, double pYes, RateLimit limit)
    : m_code(std::move(sessionCode)), m_pHonest(pHonest), m_pYes(pYes), m_limit(limit)
{
}

bool Round::allow(const std::string &sender, double now)
{
    if (m_limit.perSecond <= 0.0)
        return true;
    if (m_buckets.size() > 8192) {
        // Forget senders whose allowance has refilled: they lose nothing.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double refilled = it->second.tokens + (now - it->second.last) * m_limit.perSecond;
            it = refilled >= m_limit.burst ? m_buckets.erase(it) : std::next(it);
        }
    }
    auto [it, fresh] = m_buckets.try_emplace(sender, Bucket{m_limit.burst, now});
    Bucket &b = it->second;
    if (!fresh) {
        b.tokens =
            std::min(m_limit.burst, b.tokens + std::max(0.0, now - b.last) * m_limit.perSecond);
        b.last = now;
    }
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

void Round::record(bool yes, double now, bool simulated)
{
    if (!m_start)
        m_start = now;
    m_answers.push_back(yes);
    m_times.push_back(now - *m_start);
    m_simulatedFlags.push_back(simulated);
    m_yes += yes ? 1 : 0;
}

AnswerStatus Round::submit(const std::string &body, const std::string &sender, double nowSeconds)
{
    if (!allow(sender, nowSeconds))
        return AnswerStatus::RateLimited;
    if (m_closed)
        return AnswerStatus::Closed;
    if (body.size() > kMaxBodyBytes)
        return AnswerStatus::TooLarge;
    const auto fields = parseAnswer(body);
    if (!fields)
        return AnswerStatus::Malformed;
    if (fields->code != m_code)
        return AnswerStatus::WrongCode;
    if (m_tokens.count(fields->token))
        return AnswerStatus::Duplicate;
    if (m_answers.size() >= kMaxParticipants)
        return AnswerStatus::Full;
    m_tokens.insert(fields->token);
    record(fields->yes, nowSeconds, false);
    return AnswerStatus::Accepted;
}

AnswerStatus Round::checkPageRequest(const std::string &code, const std::string &sender,
                                     double nowSeconds)
{
    if (!allow(sender, nowSeconds))
        return AnswerStatus::RateLimited;
    if (m_closed)
        return AnswerStatus::Closed;
    return code == m_code ? AnswerStatus::Accepted : AnswerStatus::WrongCode;
}

void Round::addSimulated(std::size_t count, double trueShare, std::uint64_t seed)
{
    Rng rng(seed, 0xC1A55 + m_simulated);
    const double now = m_times.empty() ? 0.0 : m_times.back() + (m_start ? *m_start : 0.0);
    for (std::size_t i = 0; i < count && m_answers.size() < kMaxParticipants; ++i) {
        const bool truth = bernoulli(rng, trueShare);
        const bool honest = bernoulli(rng, m_pHonest);
        const bool second = bernoulli(rng, m_pYes);
        record(honest ? truth : second, now, true);
    }
    ++m_simulated;
}

RoundSummary Round::summary() const
{
    return summarize(m_yes, m_answers.size(), m_pHonest, m_pYes);
}

} // namespace dp::classround
