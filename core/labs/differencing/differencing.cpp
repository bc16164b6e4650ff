#include "labs/differencing/differencing.h"

#include "random/samplers.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace dp {

namespace {
// Sub-streams of the seed: 0 = the database, 1 + t = attack trial t,
// ((j + 1) << 40) + t = trial t of curve point j, kExampleStream = the example.
constexpr std::uint64_t kExampleStream = std::uint64_t(1) << 62;

// The database depends only on (rows, share, seed); moving any other slider
// reuses the last one instead of drawing 10^8 rows again. Guarded for the
// worker threads; the cached database is immutable.
std::shared_ptr<const BitDatabase> databaseFor(std::uint64_t rows, double share, std::uint64_t seed)
{
    static std::mutex mutex;
    static std::shared_ptr<const BitDatabase> last;
    static std::uint64_t lastRows = 0, lastSeed = 0;
    static double lastShare = -1.0;
    {
        std::lock_guard lock(mutex);
        if (last && lastRows == rows && lastShare == share && lastSeed == seed)
            return last;
    }
    Rng rng(seed, 0);
    auto db = std::make_shared<const BitDatabase>(BitDatabase::random(rows, share, rng));
    std::lock_guard lock(mutex);
    last = db;
    lastRows = rows;
    lastShare = share;
    lastSeed = seed;
    return db;
}

} // namespace

std::optional<ParamError> validateDifferencing(const DifferencingParams &p)
{
    if (p.rows < 2 || p.rows > 100'000'000)
        return ParamError::outOfRange("rows", static_cast<double>(p.rows), 2, 1e8);
    if (!(p.share >= 0.0 && p.share <= 1.0))
        return ParamError::outOfRange("share", p.share, 0, 1);
    if (!(p.epsilon > 0.0) || !std::isfinite(p.epsilon))
        return ParamError::outOfRange("epsilon", p.epsilon, 0.01, 10);
    if (p.target >= p.rows)
        return ParamError::outOfRange("target", static_cast<double>(p.target), 0,
                                      static_cast<double>(p.rows - 1));
    if (p.query == Query::Threshold && p.threshold >= p.rows)
        return ParamError::outOfRange("threshold", static_cast<double>(p.threshold), 0,
                                      static_cast<double>(p.rows - 1));
    if (p.trials < 1)
        return ParamError::outOfRange("trials", 0, 1, 100000);
    return std::nullopt;
}

std::shared_ptr<const DifferencingResult>
simulateDifferencing(const DifferencingParams &p, std::uint64_t seed, const CancelFlag *cancel)
{
    auto result = std::make_shared<DifferencingResult>();
    DifferencingResult &r = *result;
    r.params = p;
    r.seed = seed;
    const std::uint64_t n = p.rows, t = p.threshold;
    const Query q = p.query;
    const Neighbour nb = p.neighbour;

    const std::shared_ptr<const BitDatabase> dbPtr = databaseFor(n, p.share, seed);
    const BitDatabase &db = *dbPtr;
    if (cancel && cancel->load(std::memory_order_relaxed))
        return nullptr;
    r.ones = db.ones();
    const int x = db.at(p.target) ? 1 : 0;
    r.othersOnes = r.ones - static_cast<std::uint64_t>(x);

    // Strip of people around the target.
    const std::uint64_t stripLen = std::min(n, kDifferencingStripMax);
    r.stripComplete = stripLen == n;
    r.stripStart =
        r.stripComplete
            ? 0
            : std::min(n - stripLen, p.target > stripLen / 2 ? p.target - stripLen / 2 : 0);
    r.strip.resize(stripLen);
    for (std::uint64_t i = 0; i < stripLen; ++i)
        r.strip[i] = db.at(r.stripStart + i) ? 1 : 0;

    // Parallel databases and sensitivity.
    const NeighbourValues nv = neighbourValues(q, nb, n, r.ones, t);
    r.fullValue = nv.full;
    r.valueIfZeroRemoved = nv.ifZero;
    r.valueIfOneRemoved = nv.ifOne;
    r.series = neighbourSeriesDecimated(db, q, nb, t, kDifferencingBuckets);
    r.measured = measuredSensitivity(db, q, nb, t);
    r.globalSensitivity = globalSensitivity(q, nb, n, t);
    for (Query each : kAllQueries) {
        SensitivityRow row;
        row.query = each;
        row.name = queryName(each);
        row.measuredRemove = measuredSensitivityValue(each, Neighbour::Remove, n, r.ones, t);
        row.globalRemove = globalSensitivity(each, Neighbour::Remove, n, t);
        row.measuredReplace = measuredSensitivityValue(each, Neighbour::Replace, n, r.ones, t);
        row.globalReplace = globalSensitivity(each, Neighbour::Replace, n, t);
        r.table.push_back(std::move(row));
    }

    // Noise and budget (release.h): ε-DP per query under the chosen notion.
    // Under remove-one no scale depends on N, and the mean is released as a
    // noisy sum and a noisy count; the attacker then differences the sums.
    const bool noisy = p.laplaceNoise;
    r.releaseForm = releaseForm(q, nb);
    const bool sumAndCount = r.releaseForm == ReleaseForm::SumAndCount;
    const Query aq = sumAndCount ? Query::Sum : q; // what the attack differences
    r.noiseSensitivity = noiseSensitivity(q, nb, n, t);
    const double deltaWithout = noiseSensitivity(q, nb, n - 1, t);
    r.laplaceScale = noisy ? releaseScale(q, nb, n, t, p.epsilon) : 0.0;
    r.laplaceScaleWithout = noisy ? releaseScale(q, nb, n - 1, t, p.epsilon) : 0.0;
    r.deltaWithout = deltaWithout;
    const ReleaseBudget budget = releaseBudget(q, nb, n, t, p.epsilon, noisy);
    r.epsilonTarget = budget.target;
    r.epsilonTotal = budget.total;
    r.epsilonTargetReplace = budget.targetReplace;
    r.epsilonTotalReplace = budget.totalReplace;
    r.dpCeiling = dpSuccessCeiling(r.epsilonTargetReplace);
    // Which account of the noise applies (the page words it); her secret is
    // her value, so the cases read the replace-one budget.
    using NC = DifferencingNoiseCase;
    if (!noisy)
        r.noiseCase = r.epsilonTargetReplace == 0.0 ? NC::NoneTargetIgnored : NC::None;
    else if (r.noiseSensitivity == 0.0)
        r.noiseCase = NC::LaplaceZeroDelta;
    else if (r.epsilonTargetReplace > p.epsilon)
        r.noiseCase = NC::LaplaceGroupPrivacy;
    else if (r.epsilonTargetReplace == 0.0)
        r.noiseCase = NC::LaplaceTargetIgnored;
    else
        r.noiseCase = NC::Laplace;

    // The attack, once, on the real database.
    r.rule = attackRule(aq, n);
    {
        AttackExample &e = r.example;
        e.targetValue = x;
        e.exactFull = queryValue(aq, n, r.ones, t);
        e.exactWithout = queryValue(aq, n - 1, r.othersOnes, t);
        Rng rng(seed, kExampleStream);
        if (noisy && r.laplaceScale > 0.0) {
            e.noiseFull = laplace(rng, r.laplaceScale);
            e.noiseWithout =
                r.laplaceScaleWithout > 0.0 ? laplace(rng, r.laplaceScaleWithout) : 0.0;
        }
        if (sumAndCount) { // the noisy counts released with the sums
            e.countFull = static_cast<double>(n) + (noisy ? laplace(rng, r.laplaceScale) : 0.0);
            e.countWithout =
                static_cast<double>(n - 1) + (noisy ? laplace(rng, r.laplaceScaleWithout) : 0.0);
        }
        e.answerFull = e.exactFull + e.noiseFull;
        e.answerWithout = e.exactWithout + e.noiseWithout;
        e.recovered = r.rule.alpha * e.answerFull - r.rule.beta * e.answerWithout;
        e.guess = e.recovered > 0.5 ? 1 : 0;
        e.correct = e.guess == x;
    }
    const double noiseFree = exactAttackSuccess(aq, n, r.othersOnes, t, 0.0);
    r.noiseFreeSuccess = noiseFree;

    // Repeated attacks.
    if (!simulateAttackTrials(aq, n, r.othersOnes, t, r.laplaceScale, r.laplaceScaleWithout,
                              p.trials, seed, 1, true, r.trials, cancel))
        return nullptr;
    r.successRate = static_cast<double>(r.trials.successes) / static_cast<double>(p.trials);
    r.successInterval = wilsonInterval(r.trials.successes, p.trials);
    r.exactSuccess =
        exactAttackSuccess(aq, n, r.othersOnes, t, r.laplaceScale, r.laplaceScaleWithout);

    // Success against ε, always with Laplace noise.
    for (int j = 0; j < kDifferencingCurvePoints; ++j) {
        SuccessCurvePoint c;
        c.epsilon = std::pow(10.0, -2.0 + 3.0 * j / (kDifferencingCurvePoints - 1));
        const double b = releaseScale(q, nb, n, t, c.epsilon),
                     bWithout = releaseScale(q, nb, n - 1, t, c.epsilon);
        AttackTrials run;
        if (!simulateAttackTrials(aq, n, r.othersOnes, t, b, bWithout, p.trials, seed,
                                  (static_cast<std::uint64_t>(j) + 1) << 40, false, run, cancel))
            return nullptr;
        c.simulated = static_cast<double>(run.successes) / static_cast<double>(p.trials);
        const Interval ci = wilsonInterval(run.successes, p.trials);
        c.simulatedLow = ci.low;
        c.simulatedHigh = ci.high;
        c.exact = exactAttackSuccess(aq, n, r.othersOnes, t, b, bWithout);
        c.epsilonTarget = releaseBudget(q, nb, n, t, c.epsilon, true).targetReplace;
        c.ceiling = dpSuccessCeiling(c.epsilonTarget);
        r.curve.push_back(c);
    }

    if (n == 2)
        r.specialCases.push_back(DifferencingSpecialCase::TwoRows);
    if (r.ones == 0 || r.ones == n)
        r.specialCases.push_back(DifferencingSpecialCase::EveryoneAlike);
    if (p.trials < 100)
        r.specialCases.push_back(DifferencingSpecialCase::FewTrials);
    return result;
}

std::string noiseCaseName(DifferencingNoiseCase c)
{
    switch (c) {
    case DifferencingNoiseCase::None:
        return "none";
    case DifferencingNoiseCase::NoneTargetIgnored:
        return "none_target_ignored";
    case DifferencingNoiseCase::Laplace:
        return "laplace";
    case DifferencingNoiseCase::LaplaceZeroDelta:
        return "laplace_zero_delta";
    case DifferencingNoiseCase::LaplaceGroupPrivacy:
        return "laplace_group_privacy";
    case DifferencingNoiseCase::LaplaceTargetIgnored:
        return "laplace_target_ignored";
    }
    return "none";
}

ExportData DifferencingResult::exportData() const
{
    ExportData d;
    d.csvColumns = {"trial", "target_value", "answer_full", "answer_without", "guess", "correct"};
    const std::size_t count = trials.targetValue.size();
    d.csvRows.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        d.csvRows.push_back({static_cast<double>(i + 1), static_cast<double>(trials.targetValue[i]),
                             trials.answerFull[i], trials.answerWithout[i],
                             static_cast<double>(trials.guess[i]),
                             trials.guess[i] == trials.targetValue[i] ? 1.0 : 0.0});
    d.figures = {{"sensitivity_measured", measured.value},
                 {"sensitivity_measured_row", static_cast<double>(measured.row)},
                 {"sensitivity_global", globalSensitivity},
                 {"full_value", fullValue},
                 {"attack_success_rate", successRate},
                 {"attack_success_ci_low", successInterval.low},
                 {"attack_success_ci_high", successInterval.high},
                 {"exact_success_rate", exactSuccess},
                 {"dp_bound_success_rate", dpCeiling},
                 {"epsilon", params.epsilon},
                 {"epsilon_target", epsilonTarget},
                 {"epsilon_total", epsilonTotal},
                 {"epsilon_target_replace", epsilonTargetReplace},
                 {"epsilon_total_replace", epsilonTotalReplace},
                 {"sensitivity_noise", noiseSensitivity},
                 {"laplace_scale", laplaceScale},
                 {"laplace_scale_without", laplaceScaleWithout},
                 {"rows", static_cast<double>(params.rows)},
                 {"ones", static_cast<double>(ones)},
                 {"target", static_cast<double>(params.target)},
                 {"target_value", static_cast<double>(example.targetValue)},
                 {"example_answer_full", example.answerFull},
                 {"example_answer_without", example.answerWithout},
                 {"example_guess", static_cast<double>(example.guess)},
                 {"example_correct", example.correct ? 1.0 : 0.0},
                 {"trials", static_cast<double>(params.trials)}};
    d.notes = {{"query", queryName(params.query)},
               {"neighbour", neighbourName(params.neighbour)},
               {"noise", params.laplaceNoise ? "laplace" : "none"},
               {"release", releaseForm == ReleaseForm::SumAndCount ? "sum_and_count" : "value"},
               {"noise_case", noiseCaseName(noiseCase)}};
    // Always both keys (the declared keys are those of an empty result).
    d.notes.push_back({"epsilon_target_text", std::isinf(epsilonTarget) ? "infinite" : "finite"});
    d.notes.push_back({"epsilon_total_text", std::isinf(epsilonTotal) ? "infinite" : "finite"});
    return d;
}

std::vector<Param<DifferencingParams>> DifferencingLab::params()
{
    return {
        bind(&Params::rows, {.id = "rows", .min = 2, .max = 1e8, .log = true}),
        bind(&Params::share, {.id = "share", .min = 0, .max = 1, .unit = "%", .decimals = 1}),
        bind(&Params::query,
             {.id = "query", .choices = {"sum", "count", "mean", "median", "max", "threshold"}}),
        bind(&Params::threshold, {.id = "threshold", .min = 0, .max = 1e8}),
        bind(&Params::target, {.id = "target", .min = 0, .max = 1e8 - 1}),
        bind(&Params::neighbour, {.id = "neighbour", .choices = {"remove", "replace"}}),
        bind(&Params::laplaceNoise, {.id = "noise", .choices = {"none", "laplace"}}),
        bind(&Params::epsilon,
             {.id = "epsilon", .min = 0.01, .max = 10, .log = true, .decimals = 2}),
        bind(&Params::trials, {.id = "trials", .min = 1, .max = 100000, .log = true}),
    };
}

} // namespace dp
