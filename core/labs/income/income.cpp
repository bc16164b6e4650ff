#include "labs/income/income.h"

#include "mechanisms/gaussian.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace dp {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kZ95 = 1.959963984540054; // Φ⁻¹(0.975)
constexpr std::size_t kBlock = 512;
constexpr std::uint64_t kSeriesStream = std::uint64_t(1) << 40;
constexpr std::uint64_t kSeriesRounds = 1000;
constexpr double kSeriesPersonMaxN = 100.0;
} // namespace

namespace {

struct LogNormalShape
{
    double mu = 0.0, sigma = 0.0;
};

LogNormalShape logNormalShape(double mean, double sd)
{
    const double s2 = std::log1p((sd / mean) * (sd / mean));
    return {std::log(mean) - 0.5 * s2, std::sqrt(s2)};
}

double clampIncome(double x, double c)
{
    return std::min(std::max(x, 0.0), c);
}
} // namespace

IncomeMoments incomeMoments(const IncomeParams &p)
{
    IncomeMoments m;
    const double mu = p.incomeMean, s = p.incomeSd, c = p.clip;
    m.meanX = mu;
    m.varX = s * s;
    if (!p.clipping) {
        m.meanY = mu;
        m.varY = m.covXY = m.varX;
        return m;
    }
    if (s == 0.0) { // every income equals μ
        m.meanY = clampIncome(mu, c);
        m.excessAbove = std::max(0.0, mu - c);
        m.shortfallBelow = std::max(0.0, -mu);
        m.pAbove = mu > c ? 1.0 : 0.0;
        m.pBelow = mu < 0.0 ? 1.0 : 0.0;
        return m;
    }
    double eX2Below = 0.0, eYsq = 0.0, eXY = 0.0, excess2 = 0.0, shortfall2 = 0.0;
    if (p.distribution == IncomeDistribution::Normal) {
        const double a = -mu / s, b = (c - mu) / s;
        const double pa = normalPdf(a), pb = normalPdf(b);
        const double cdfA = normalCdf(a), tailB = normalCdf(-b);
        const double inside = std::max(0.0, 1.0 - cdfA - tailB); // P(0 ≤ X ≤ C)
        // Truncated moments over [0, C]: ∫ x f and ∫ x² f.
        const double m1 = mu * inside + s * (pa - pb);
        const double m2 =
            mu * mu * inside + 2.0 * mu * s * (pa - pb) + s * s * (inside + a * pa - b * pb);
        m.pBelow = cdfA;
        m.pAbove = tailB;
        m.excessAbove = std::max(0.0, s * (pb - b * tailB));
        m.shortfallBelow = std::max(0.0, s * (pa + a * cdfA));
        excess2 = std::max(0.0, s * s * ((1.0 + b * b) * tailB - b * pb));
        shortfall2 = std::max(0.0, s * s * ((1.0 + a * a) * cdfA + a * pa));
        m.meanY = m1 + c * tailB;
        eYsq = m2 + c * c * tailB;
        eXY = m2 + c * (mu * tailB + s * pb);
        eX2Below = m2;
    } else {
        // E[X^k; X > C] = e^(kμ_L + k²σ_L²/2)·Φ((μ_L + kσ_L² − ln C)/σ_L); X > 0 always.
        const auto [ml, sl] = logNormalShape(mu, s);
        const double lc = std::log(c);
        auto upper = [&](int k) {
            return std::exp(k * ml + 0.5 * k * k * sl * sl) *
                   normalCdf((ml + k * sl * sl - lc) / sl);
        };
        auto lower = [&](int k) {
            return std::exp(k * ml + 0.5 * k * k * sl * sl) *
                   normalCdf((lc - ml - k * sl * sl) / sl);
        };
        const double p0 = upper(0), e1 = upper(1), e2 = upper(2);
        m.pAbove = p0;
        m.excessAbove = std::max(0.0, e1 - c * p0);
        excess2 = std::max(0.0, e2 - 2.0 * c * e1 + c * c * p0);
        eX2Below = lower(2);
        m.meanY = lower(1) + c * p0;
        eYsq = eX2Below + c * c * p0;
        eXY = eX2Below + c * e1;
    }
    m.varY = std::max(0.0, eYsq - m.meanY * m.meanY);
    m.covXY = eXY - mu * m.meanY;
    const double bias = m.clipBias();
    m.varDiff = std::max(0.0, excess2 + shortfall2 - bias * bias);
    return m;
}

bool incomePersonSums(const IncomeParams &p, std::uint64_t count, Rng &rng, IncomeSums &sums,
                      std::vector<double> *incomes, std::vector<double> *reports,
                      std::uint64_t sampleCap, const CancelFlag *cancel)
{
    const bool sample = incomes && reports;
    const std::uint64_t keep = sample ? std::min(count, sampleCap) : 0;
    if (sample) {
        incomes->clear();
        reports->clear();
        incomes->reserve(keep);
        reports->reserve(keep);
    }
    const bool logNormal = p.distribution == IncomeDistribution::LogNormal;
    LogNormalShape shape;
    if (logNormal && p.incomeSd > 0.0)
        shape = logNormalShape(p.incomeMean, p.incomeSd);
    else if (logNormal)
        shape = {std::log(p.incomeMean), 0.0};
    const double mu = logNormal ? shape.mu : p.incomeMean;
    const double sd = logNormal ? shape.sigma : p.incomeSd;
    const double c = p.clipping ? p.clip : kInf;
    const double lowBound = p.clipping ? 0.0 : -kInf;
    const double nm = p.noiseMean, ns = p.noiseSd;
    double z[2 * kBlock];
    double x[kBlock];
    for (std::uint64_t start = 0; start < count; start += kBlock) {
        if (cancel && (start & 32767) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
        const std::size_t b =
            static_cast<std::size_t>(std::min<std::uint64_t>(kBlock, count - start));
        fillStandardNormals(rng, z, 2 * b); // z[0, b): incomes, z[b, 2b): noise
        double sx = 0.0, sy = 0.0, sz = 0.0;
        if (logNormal) {
            for (std::size_t i = 0; i < b; ++i)
                x[i] = std::exp(mu + sd * z[i]);
        } else {
            for (std::size_t i = 0; i < b; ++i)
                x[i] = mu + sd * z[i];
        }
        const double *zn = z + b;
        for (std::size_t i = 0; i < b; ++i) {
            const double y = std::min(std::max(x[i], lowBound), c);
            const double noise = nm + ns * zn[i];
            sx += x[i];
            sy += y;
            sz += noise;
        }
        if (start < keep) {
            const std::size_t k =
                static_cast<std::size_t>(std::min<std::uint64_t>(b, keep - start));
            for (std::size_t i = 0; i < k; ++i) {
                incomes->push_back(x[i]);
                reports->push_back(std::min(std::max(x[i], lowBound), c) + nm + ns * zn[i]);
            }
        }
        sums.income += sx;
        sums.clipped += sy;
        sums.noise += sz;
    }
    return true;
}

IncomeSums incomeAggregateSums(const IncomeParams &p, const IncomeMoments &m, std::uint64_t count,
                               Rng &rng)
{
    IncomeSums s;
    if (count == 0)
        return s;
    const double n = static_cast<double>(count);
    const double rootN = std::sqrt(n);
    s.noise = n * p.noiseMean + rootN * p.noiseSd * standardNormal(rng);
    const double zx = standardNormal(rng);
    s.income = n * m.meanX + rootN * std::sqrt(m.varX) * zx;
    if (!p.clipping) {
        s.clipped = s.income;
        return s;
    }
    // (ΣX, ΣY) bivariate normal with the exact per-friend moments: the
    // regression of Y on X plus an independent residual.
    const double slope = m.varX > 0.0 ? m.covXY / m.varX : 0.0;
    const double residualVar = std::max(0.0, m.varY - slope * m.covXY);
    const double zy = standardNormal(rng);
    s.clipped =
        n * m.meanY + slope * rootN * std::sqrt(m.varX) * zx + rootN * std::sqrt(residualVar) * zy;
    return s;
}

IncomeMode chooseIncomeMode(const IncomeParams &p)
{
    if (p.mode != IncomeMode::Auto)
        return p.mode;
    const double work = static_cast<double>(p.friends) * static_cast<double>(p.trials);
    return work <= kIncomePersonBudget ? IncomeMode::Person : IncomeMode::Aggregate;
}

std::optional<ParamError> validateIncome(const IncomeParams &p)
{
    if (p.friends < 1 || p.friends > kIncomeMaxFriends)
        return ParamError::outOfRange("friends", static_cast<double>(p.friends), 1,
                                      static_cast<double>(kIncomeMaxFriends));
    if (p.trials < 1)
        return ParamError::outOfRange("trials", 0, 1, 100000);
    for (auto [id, v] :
         {std::pair{"income_mean", p.incomeMean}, std::pair{"income_sd", p.incomeSd},
          std::pair{"noise_mean", p.noiseMean}, std::pair{"noise_sd", p.noiseSd},
          std::pair{"clip", p.clip}, std::pair{"assumed_noise_mean", p.assumedNoiseMean}}) {
        if (!std::isfinite(v))
            return ParamError{id, ParamErrorCode::NotFinite};
    }
    constexpr double kInf = std::numeric_limits<double>::infinity();
    if (p.incomeSd < 0.0)
        return ParamError::outOfRange("income_sd", p.incomeSd, 0, kInf);
    if (p.noiseSd < 0.0)
        return ParamError::outOfRange("noise_sd", p.noiseSd, 0, kInf);
    if (!(p.clip > 0.0))
        return ParamError::broken("clip", "positive", p.clip);
    if (!(p.delta > 0.0 && p.delta < 1.0))
        return ParamError::broken("delta", "probability_open", p.delta);
    if (p.distribution == IncomeDistribution::LogNormal && !(p.incomeMean > 0.0))
        return ParamError::broken("income_mean", "positive_for_lognormal", p.incomeMean);
    if (p.friendIndex >= p.friends || p.friendIndex >= kIncomeSampleCap)
        return ParamError::outOfRange(
            "friend", static_cast<double>(p.friendIndex), 0,
            static_cast<double>(std::min(p.friends, kIncomeSampleCap) - 1));
    if (p.mode == IncomeMode::Person &&
        static_cast<double>(p.friends) * static_cast<double>(p.trials) > kIncomePersonLimit)
        return ParamError::broken("mode", "person_mode_limit",
                                  static_cast<double>(p.friends) * static_cast<double>(p.trials),
                                  kIncomePersonLimit);
    return std::nullopt;
}

namespace {

void fillDisplay(IncomeResult &r, const std::vector<double> &incomes,
                 const std::vector<double> &reports)
{
    const IncomeParams &p = r.params;
    r.sampleSize = incomes.size();
    r.sampleIsPartial = p.friends > r.sampleSize;
    // Shared bins from the theory, not the sample, so they stay put when the
    // seed changes: 4 standard deviations either side of incomes and reports
    // (log-normal incomes: their 0.003 % and 99.997 % points); anything beyond
    // is counted as under/overflow.
    double incLo, incHi;
    if (p.distribution == IncomeDistribution::LogNormal && p.incomeSd > 0.0) {
        const auto [ml, sl] = logNormalShape(p.incomeMean, p.incomeSd);
        incLo = std::exp(ml - 4.0 * sl);
        incHi = std::exp(ml + 4.0 * sl);
    } else {
        incLo = p.incomeMean - 4.0 * p.incomeSd;
        incHi = p.incomeMean + 4.0 * p.incomeSd;
    }
    const double yLo = p.clipping ? clampIncome(incLo, p.clip) : incLo;
    const double yHi = p.clipping ? clampIncome(incHi, p.clip) : incHi;
    const double lo = std::min(incLo, yLo + p.noiseMean - 4.0 * p.noiseSd);
    const double hi = std::max(incHi, yHi + p.noiseMean + 4.0 * p.noiseSd);
    const auto [a, b] = paddedRange({lo, hi}, 1.0);
    constexpr std::size_t kBins = 60;
    r.incomeHistogram = Histogram(a, b, kBins);
    r.clippedHistogram = Histogram(a, b, kBins);
    r.reportHistogram = Histogram(a, b, kBins);
    for (std::size_t i = 0; i < incomes.size(); ++i) {
        r.incomeHistogram.add(incomes[i]);
        r.clippedHistogram.add(p.clipping ? clampIncome(incomes[i], p.clip) : incomes[i]);
        r.reportHistogram.add(reports[i]);
    }
    const std::size_t f = static_cast<std::size_t>(p.friendIndex);
    r.friendIncome = incomes[f];
    r.friendClipped = p.clipping ? clampIncome(r.friendIncome, p.clip) : r.friendIncome;
    r.friendReport = reports[f];
    r.friendNoise = r.friendReport - r.friendClipped;
    r.friendGuess = r.friendReport - p.analystNoiseMean();
    r.friendLow = r.friendGuess - kZ95 * p.noiseSd;
    r.friendHigh = r.friendGuess + kZ95 * p.noiseSd;
    std::size_t inside = 0;
    for (double x : incomes) {
        const double y = p.clipping ? clampIncome(x, p.clip) : x;
        inside += (y >= r.friendLow && y <= r.friendHigh) ? 1 : 0;
    }
    r.friendCoverShare =
        incomes.empty() ? 0.0 : static_cast<double>(inside) / static_cast<double>(incomes.size());
}

void fillErrorVsN(IncomeResult &r, const IncomeMoments &m, std::uint64_t seed)
{
    const IncomeParams &base = r.params;
    const double bias = m.clipBias() + (base.noiseMean - base.analystNoiseMean());
    for (int k = 0; k <= 16; ++k) {
        const double n = std::round(std::pow(10.0, 0.5 * k));
        IncomeParams p = base;
        p.friends = static_cast<std::uint64_t>(n);
        ErrorVsNPoint pt;
        pt.friends = n;
        pt.rounds = kSeriesRounds;
        pt.perPerson = n <= kSeriesPersonMaxN;
        pt.noiseSd = base.noiseSd / std::sqrt(n);
        pt.theoryRms = std::sqrt(bias * bias + (base.noiseSd * base.noiseSd + m.varDiff) / n);
        Rng rng(seed, kSeriesStream + static_cast<std::uint64_t>(k));
        double sumSq = 0.0;
        for (std::uint64_t t = 0; t < kSeriesRounds; ++t) {
            IncomeSums s;
            if (pt.perPerson)
                incomePersonSums(p, p.friends, rng, s);
            else
                s = incomeAggregateSums(p, m, p.friends, rng);
            const double err = (s.clipped - s.income + s.noise) / n - base.analystNoiseMean();
            sumSq += err * err;
        }
        pt.rmsError = std::sqrt(sumSq / static_cast<double>(kSeriesRounds));
        r.errorVsN.push_back(pt);
    }
}

void fillPrivacy(IncomeResult &r, const IncomeMoments &m)
{
    const IncomeParams &p = r.params;
    const double n = static_cast<double>(p.friends);
    r.clippingBias = m.clipBias();
    r.clipExcessAbove = m.excessAbove;
    r.clipShortfallBelow = m.shortfallBelow;
    r.pClippedAbove = m.pAbove;
    r.pClippedBelow = m.pBelow;
    r.localStandardError = p.noiseSd / std::sqrt(n);
    r.centralStandardError = p.noiseSd / n;
    r.localCentralRatio = std::sqrt(n);
    if (!p.clipping) {
        r.sensitivity = r.epsilonAnalytic = r.epsilonClassic = kInf;
        r.classicApplies = false;
        r.sigmaForEpsilon1 = r.classicSigmaForEpsilon1 = kInf;
        r.localSeAtEpsilon1 = r.centralSeAtEpsilon1 = kInf;
        return;
    }
    r.sensitivity = p.clip;
    if (p.noiseSd > 0.0) {
        r.epsilonAnalytic = analyticGaussianEpsilon(p.noiseSd, p.delta, p.clip);
        r.epsilonClassic = classicGaussianEpsilon(p.noiseSd, p.delta, p.clip);
        r.classicApplies = classicGaussianApplies(r.epsilonClassic);
    } else {
        r.epsilonAnalytic = r.epsilonClassic = kInf;
        r.classicApplies = false;
    }
    r.sigmaForEpsilon1 = analyticGaussianSigma(1.0, p.delta, p.clip);
    r.classicSigmaForEpsilon1 = classicGaussianSigma(1.0, p.delta, p.clip);
    r.localSeAtEpsilon1 = r.sigmaForEpsilon1 / std::sqrt(n);
    r.centralSeAtEpsilon1 = r.sigmaForEpsilon1 / n;
}

} // namespace

std::shared_ptr<const IncomeResult> simulateIncome(const IncomeParams &params, std::uint64_t seed,
                                                   const CancelFlag *cancel)
{
    auto result = std::make_shared<IncomeResult>();
    IncomeResult &r = *result;
    r.params = params;
    r.modeUsed = chooseIncomeMode(params);
    const IncomeMoments m = incomeMoments(params);
    const double n = static_cast<double>(params.friends);
    const double assumed = params.analystNoiseMean();
    const bool exactAggregate =
        params.distribution == IncomeDistribution::Normal && !params.clipping;
    r.aggregateIsExact = exactAggregate;

    const std::uint64_t trials = params.trials;
    r.trueMeans.resize(trials);
    r.estimates.resize(trials);
    r.errors.resize(trials);
    std::vector<double> incomes, reports;
    RunningStats errStats;
    double sumSq = 0.0;
    for (std::uint64_t t = 0; t < trials; ++t) {
        if (cancel && (t & 63) == 0 && cancel->load(std::memory_order_relaxed))
            return nullptr;
        Rng rng(seed, t + 1);
        IncomeSums s;
        if (t == 0) {
            const std::uint64_t first = r.modeUsed == IncomeMode::Person
                                            ? params.friends
                                            : std::min(params.friends, kIncomeSampleCap);
            if (!incomePersonSums(params, first, rng, s, &incomes, &reports, kIncomeSampleCap,
                                  cancel))
                return nullptr;
            const IncomeSums rest = incomeAggregateSums(params, m, params.friends - first, rng);
            s.income += rest.income;
            s.clipped += rest.clipped;
            s.noise += rest.noise;
        } else if (r.modeUsed == IncomeMode::Person) {
            if (!incomePersonSums(params, params.friends, rng, s, nullptr, nullptr, 0, cancel))
                return nullptr;
        } else {
            s = incomeAggregateSums(params, m, params.friends, rng);
        }
        const double trueMean = s.income / n;
        const double error = (s.clipped - s.income + s.noise) / n - assumed;
        r.trueMeans[t] = trueMean;
        r.errors[t] = error;
        r.estimates[t] = trueMean + error;
        errStats.add(error);
        sumSq += error * error;
        if (t == 0) {
            r.clippedMean = s.clipped / n;
            r.reportedMean = (s.clipped + s.noise) / n;
        }
    }
    r.trueMean = r.trueMeans[0];
    r.estimatedMean = r.estimates[0];
    r.standardError = params.noiseSd / std::sqrt(n);
    r.ciLow = r.estimatedMean - kZ95 * r.standardError;
    r.ciHigh = r.estimatedMean + kZ95 * r.standardError;
    r.populationStandardError = std::sqrt((m.varY + params.noiseSd * params.noiseSd) / n);
    r.populationMean = m.meanX;
    fillDisplay(r, incomes, reports);

    r.meanError = errStats.mean();
    r.sdError = trials > 1 ? errStats.sd() : kNaN;
    r.rmsError = std::sqrt(sumSq / static_cast<double>(trials));
    r.wrongMeanBias = params.noiseMean - assumed;
    r.errorTheoryMean = m.clipBias() + r.wrongMeanBias;
    r.errorTheorySd = std::sqrt((params.noiseSd * params.noiseSd + m.varDiff) / n);
    const auto [elo, ehi] = paddedRange(r.errors, std::max(1e-9, 2.0 * r.errorTheorySd));
    r.errorHistogram = Histogram(elo, ehi, 50);
    for (double e : r.errors)
        r.errorHistogram.add(e);
    if (r.errorTheorySd > 0.0 && std::isfinite(r.errorTheorySd)) {
        const double scale =
            static_cast<double>(trials) * r.errorHistogram.binWidth() / r.errorTheorySd;
        constexpr int kCurvePoints = 161;
        for (int i = 0; i < kCurvePoints; ++i) {
            const double x = elo + (ehi - elo) * i / (kCurvePoints - 1);
            r.errorTheoryCurve.push_back(
                {x, scale * normalPdf((x - r.errorTheoryMean) / r.errorTheorySd)});
        }
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return nullptr;
    fillErrorVsN(r, m, seed);
    fillPrivacy(r, m);

    return result;
}

} // namespace dp
