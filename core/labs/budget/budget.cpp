// The privacy-budget lab's simulation (parameters and export: budget_lab.cpp).
#include "labs/budget/budget.h"

#include "mechanisms/gaussian.h"
#include "random/samplers.h"

#include <algorithm>
#include <cmath>

namespace dp {

double budgetNoiseScale(NoiseMechanism mechanism, double epsilon, double delta)
{
    return mechanism == NoiseMechanism::Laplace ? 1.0 / epsilon
                                                : analyticGaussianSigma(epsilon, delta, 1.0);
}

double budgetAnswerSd(NoiseMechanism mechanism, double epsilon, double delta)
{
    const double s = budgetNoiseScale(mechanism, epsilon, delta);
    return mechanism == NoiseMechanism::Laplace ? std::sqrt(2.0) * s : s;
}

double answerHalfWidth95(NoiseMechanism mechanism, double epsilon, double delta)
{
    const double s = budgetNoiseScale(mechanism, epsilon, delta);
    return mechanism == NoiseMechanism::Laplace ? s * std::log(20.0) : 1.959963984540054 * s;
}

double noisyCount(Rng &rng, double trueCount, NoiseMechanism mechanism, double epsilon,
                  double delta)
{
    const double s = budgetNoiseScale(mechanism, epsilon, delta);
    return trueCount +
           (mechanism == NoiseMechanism::Laplace ? laplace(rng, s) : s * standardNormal(rng));
}

namespace {

double rhoPerQuery(NoiseMechanism mechanism, double epsilon, double delta)
{
    return mechanism == NoiseMechanism::Laplace
               ? zcdpRhoPure(epsilon)
               : zcdpRhoGaussian(analyticGaussianSigma(epsilon, delta, 1.0), 1.0);
}

std::vector<std::uint64_t> averagingGrid(std::uint64_t queries)
{
    std::vector<std::uint64_t> grid;
    for (std::uint64_t decade = 1; decade < queries; decade *= 10)
        for (std::uint64_t step : {1, 2, 5})
            if (decade * step < queries)
                grid.push_back(decade * step);
    grid.push_back(queries);
    return grid;
}

std::vector<std::uint64_t> reconstructionGrid(std::uint64_t rows, std::uint64_t queries)
{
    // log-spaced from rows/5 to 5·rows (work-capped: rows²·m ≤ 4·10⁹), plus `queries`.
    const double n = static_cast<double>(rows);
    const double lo = std::max(1.0, std::floor(n / 5.0));
    const double hi = std::max(lo, std::min(5.0 * n, std::max(2.0 * lo, 4e9 / (n * n))));
    std::vector<std::uint64_t> grid;
    const int points = 16;
    for (int i = 0; i <= points; ++i) {
        const double m = std::round(lo * std::pow(hi / lo, static_cast<double>(i) / points));
        grid.push_back(static_cast<std::uint64_t>(m));
    }
    grid.push_back(queries);
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    return grid;
}

} // namespace

std::vector<CompositionPoint> compositionCurve(double epsilon, double delta,
                                               NoiseMechanism mechanism, int points)
{
    const double rho = rhoPerQuery(mechanism, epsilon, delta);
    std::vector<CompositionPoint> curve;
    curve.reserve(static_cast<std::size_t>(points));
    const double decades = std::log10(kCompositionCurveMaxK);
    for (int i = 0; i < points; ++i) {
        const double k = std::round(std::pow(10.0, decades * i / (points - 1)));
        if (!curve.empty() && curve.back().k == k)
            continue;
        curve.push_back({k, basicEpsilon(k, epsilon), advancedEpsilon(k, epsilon, delta),
                         zcdpToEpsilonCks(k * rho, delta)});
    }
    return curve;
}

std::optional<ParamError> validateBudget(const BudgetParams &p)
{
    auto bad = [](double v, double lo, double hi) { return !std::isfinite(v) || v < lo || v > hi; };
    const auto u = [](std::uint64_t v) { return static_cast<double>(v); };
    if (bad(p.budget, 0.01, 100.0))
        return ParamError::outOfRange("budget", p.budget, 0.01, 100.0);
    if (bad(p.epsilonPerQuery, 0.01, 10.0))
        return ParamError::outOfRange("epsilon_per_query", p.epsilonPerQuery, 0.01, 10.0);
    if (bad(p.delta, 1e-12, 0.1))
        return ParamError::outOfRange("delta", p.delta, 1e-12, 0.1);
    if (p.queries < 1 || p.queries > kBudgetMaxQueries)
        return ParamError::outOfRange("queries", u(p.queries), 1, u(kBudgetMaxQueries));
    if (p.trials < 1 || p.trials > kBudgetMaxTrials)
        return ParamError::outOfRange("trials", u(p.trials), 1, u(kBudgetMaxTrials));
    if (p.rows < 10 || p.rows > kBudgetMaxRows)
        return ParamError::outOfRange("rows", u(p.rows), 10, u(kBudgetMaxRows));
    if (bad(p.trueCount, 0.0, 1e6))
        return ParamError::outOfRange("true_count", p.trueCount, 0, 1e6);
    if (p.trueCount != std::floor(p.trueCount))
        return ParamError{"true_count", ParamErrorCode::NotWhole, p.trueCount};
    if (bad(p.noiseScale, 0.0, 1e6))
        return ParamError::outOfRange("noise_scale", p.noiseScale, 0, 1e6);
    return std::nullopt;
}

std::shared_ptr<const BudgetResult> simulateBudget(const BudgetParams &p, std::uint64_t seed,
                                                   const CancelFlag *cancel)
{
    auto r = std::make_shared<BudgetResult>();
    r->params = p;
    const double eps = p.epsilonPerQuery, delta = p.delta;
    const double k = static_cast<double>(p.queries);
    const bool laplaceAnswers = p.mechanism == NoiseMechanism::Laplace;
    r->noiseScale = budgetNoiseScale(p.mechanism, eps, delta);
    r->answerSd = budgetAnswerSd(p.mechanism, eps, delta);
    r->rhoPerQuery = rhoPerQuery(p.mechanism, eps, delta);

    // Composition at k = queries.
    r->epsilonBasic = basicEpsilon(k, eps);
    r->epsilonAdvanced = advancedEpsilon(k, eps, delta);
    r->rho = k * r->rhoPerQuery;
    r->epsilonZcdp = zcdpToEpsilonCks(r->rho, delta);
    r->epsilonZcdpBunSteinke = zcdpToEpsilonBunSteinke(r->rho, delta);
    r->deltaBasic = laplaceAnswers ? 0.0 : k * delta;
    r->deltaAdvanced = (laplaceAnswers ? 0.0 : k * delta) + delta;
    r->deltaZcdp = delta;
    r->queriesAllowedBasic = queriesAllowedBasic(p.budget, eps);
    r->queriesAllowedAdvanced = queriesAllowedAdvanced(p.budget, eps, delta);
    r->queriesAllowedZcdp =
        queriesAllowedZcdp(p.budget, r->rhoPerQuery, delta, ZcdpConversion::CanonneKamathSteinke);
    r->crossover = advancedCrossover(eps, delta);
    std::uint64_t ruleAllows = r->queriesAllowedBasic;
    BoundUsed ruleBound = BoundUsed::Basic;
    if (p.composition == CompositionRule::Advanced) {
        ruleAllows = r->queriesAllowedAdvanced;
        ruleBound = BoundUsed::Advanced;
    } else if (p.composition == CompositionRule::Zcdp) {
        ruleAllows = r->queriesAllowedZcdp;
        ruleBound = BoundUsed::Zcdp;
    }
    r->ruleWorseThanBasic = ruleAllows < r->queriesAllowedBasic;
    r->queriesAllowedAccountant = std::max(ruleAllows, r->queriesAllowedBasic);
    r->accountantBound = ruleAllows > r->queriesAllowedBasic ? ruleBound : BoundUsed::Basic;
    r->compositionCurve = compositionCurve(eps, delta, p.mechanism);
    if (cancel && cancel->load())
        return nullptr;

    // Averaging attack.
    const std::vector<std::uint64_t> grid = averagingGrid(p.queries);
    const std::size_t rows = grid.size() * p.trials;
    r->csvQueries.reserve(rows);
    r->csvTrial.reserve(rows);
    r->csvEstimate.reserve(rows);
    r->csvError.reserve(rows);
    for (std::size_t g = 0; g < grid.size(); ++g) {
        if (cancel && cancel->load())
            return nullptr;
        AveragingPoint pt;
        pt.k = grid[g];
        pt.mode = p.averagingMode;
        if (pt.mode == AveragingMode::Auto)
            pt.mode = static_cast<double>(pt.k) * static_cast<double>(p.trials) <= kPerAnswerDraws
                          ? AveragingMode::PerAnswer
                          : AveragingMode::Aggregate;
        double sq = 0.0;
        std::uint64_t exact = 0;
        for (std::uint64_t t = 0; t < p.trials; ++t) {
            Rng rng(seed, 1 + (static_cast<std::uint64_t>(g) << 32) + t);
            const double err = averagingError(rng, p.mechanism, r->noiseScale, pt.k, pt.mode);
            sq += err * err;
            exact += std::fabs(err) < 0.5;
            r->csvQueries.push_back(pt.k);
            r->csvTrial.push_back(t + 1);
            r->csvEstimate.push_back(p.trueCount + err);
            r->csvError.push_back(err);
        }
        pt.rmsError = std::sqrt(sq / static_cast<double>(p.trials));
        pt.theoryError = r->answerSd / std::sqrt(static_cast<double>(pt.k));
        pt.exactShare = static_cast<double>(exact) / static_cast<double>(p.trials);
        pt.exactProbability = exactRoundingProbability(p.mechanism, r->noiseScale, pt.k);
        r->averaging.push_back(pt);
    }
    r->finalRmsError = r->averaging.back().rmsError;
    r->finalExactShare = r->averaging.back().exactShare;
    r->attackerExactAfter = exactRecoveryQueries(p.mechanism, r->noiseScale);
    if (cancel && cancel->load())
        return nullptr;

    // Reconstruction attack.
    const std::vector<std::uint64_t> checkpoints = reconstructionGrid(p.rows, p.queries);
    ReconstructionRun run;
    Rng rng(seed, kReconstructionStream);
    if (!runReconstruction(p.rows, checkpoints, p.mechanism, rng, run, cancel))
        return nullptr;
    r->reconstructionSecretOnes =
        static_cast<std::uint64_t>(std::count(run.secret.begin(), run.secret.end(), 1.0));
    const double sqrtRows = std::sqrt(static_cast<double>(p.rows));
    std::size_t at = 0;
    for (std::size_t i = 0; i < run.queries.size(); ++i) {
        BudgetResult::ReconstructionPoint pt;
        pt.queries = run.queries[i];
        pt.dpNoise = std::sqrt(2.0) * static_cast<double>(pt.queries) / p.budget;
        pt.shareAtNoise = scoreReconstruction(run, i, p.noiseScale).share;
        pt.shareAtSqrtRows = scoreReconstruction(run, i, sqrtRows).share;
        pt.shareAtDpNoise = scoreReconstruction(run, i, pt.dpNoise).share;
        r->reconstructionCurve.push_back(pt);
        if (pt.queries == p.queries)
            at = i;
    }
    const ReconstructionScore main = scoreReconstruction(run, at, p.noiseScale);
    r->reconstructedShare = main.share;
    r->reconstructionRmsError = main.rmsError;
    r->reconstructionTheoryError = 2.0 * p.noiseScale / std::sqrt(k);
    r->dpNoiseScale = std::sqrt(2.0) * k / p.budget;
    r->dpReconstructedShare = scoreReconstruction(run, at, r->dpNoiseScale).share;
    for (int i = 0; i <= 40; ++i) { // 0.01·√rows … 100·√rows
        const double s = sqrtRows * std::pow(10.0, -2.0 + 4.0 * i / 40.0);
        r->noiseSweep.push_back({s, scoreReconstruction(run, at, s).share});
    }
    return r;
}

} // namespace dp
