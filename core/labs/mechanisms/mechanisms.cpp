// The mechanisms lab's model: noise, densities, privacy loss, the attacker
// (the empirical check, float leak and local vs global are in their own files).
#include "labs/mechanisms/mechanisms.h"

#include "labs/mechanisms/naive.h"
#include "mechanisms/discrete.h"
#include "mechanisms/gaussian.h"
#include "mechanisms/noise.h"
#include "random/samplers.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dp {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kSqrt6 = 2.4494897427831781;

bool cancelled(const CancelFlag *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

bool isDiscrete(MechanismKind k)
{
    return k == MechanismKind::DiscreteLaplace || k == MechanismKind::DiscreteGaussian;
}
bool isGaussianKind(MechanismKind k)
{
    return k == MechanismKind::Gaussian || k == MechanismKind::DiscreteGaussian;
}
bool isBroken(MechanismKind k)
{
    return k == MechanismKind::WrongSensitivity || k == MechanismKind::Uniform ||
           k == MechanismKind::ForcedYes;
}

std::optional<ParamError> validateMechanisms(const MechanismsParams &p)
{
    if (auto e = checkLaplaceInputs(p.epsilon, p.sensitivity))
        return e;
    if (isGaussianKind(p.mechanism))
        if (auto e = checkGaussianSigmaInputs(p.epsilon, p.delta, p.sensitivity))
            return e;
    if (isDiscrete(p.mechanism)) {
        if (p.sensitivity != std::floor(p.sensitivity))
            return ParamError::broken("sensitivity", "whole_for_discrete", p.sensitivity);
        const NoiseSetup s = noiseSetup(p);
        const bool ok = p.mechanism == MechanismKind::DiscreteLaplace
                            ? discreteLaplaceScaleOk(s.scale)
                            : discreteGaussianVarianceOk(s.sigma2);
        if (!ok)
            return ParamError::broken("epsilon", "discrete_sampler_range", p.epsilon);
    }
    if (!(p.prior > 0.0 && p.prior < 1.0))
        return ParamError::broken("prior", "probability_open", p.prior);
    if (p.samples < 1)
        return ParamError::outOfRange("samples", 0, 1, 1e7);
    return std::nullopt;
}

NoiseSetup noiseSetup(const MechanismsParams &p)
{
    NoiseSetup s;
    s.kind = p.mechanism;
    const double b = laplaceScale(p.epsilon, p.sensitivity);
    switch (p.mechanism) {
    case MechanismKind::Gaussian:
    case MechanismKind::DiscreteGaussian:
        s.scale = analyticGaussianSigma(p.epsilon, p.delta, p.sensitivity);
        s.sigma2 = s.scale * s.scale;
        if (p.mechanism == MechanismKind::DiscreteGaussian) {
            // σ² raised until the discrete mechanism's exact δ meets the claim.
            s.sigma2 = discreteGaussianSigma2(p.epsilon, p.delta,
                                              static_cast<std::int64_t>(p.sensitivity), s.sigma2);
            s.scale = std::sqrt(s.sigma2);
            s.norm = discreteGaussianNormalizer(s.sigma2);
        }
        break;
    case MechanismKind::WrongSensitivity:
        s.scale = b / kWrongSensitivityFactor;
        break;
    case MechanismKind::Uniform:
        s.scale = b * kSqrt6; // half-width A with variance A²/3 = 2b²
        break;
    default:
        s.scale = b;
    }
    return s;
}

bool drawOutputs(const NoiseSetup &s, double f, Rng &rng, double *out, std::size_t n,
                 const CancelFlag *cancel)
{
    constexpr std::size_t kChunk = 65536;
    std::optional<DiscreteLaplace> dl;
    std::optional<DiscreteGaussian> dg;
    if (s.kind == MechanismKind::DiscreteLaplace)
        dl.emplace(s.scale);
    if (s.kind == MechanismKind::DiscreteGaussian)
        dg.emplace(s.sigma2);
    for (std::size_t start = 0; start < n; start += kChunk) {
        if (cancelled(cancel))
            return false;
        const std::size_t end = std::min(n, start + kChunk);
        double *o = out + start;
        const std::size_t m = end - start;
        switch (s.kind) {
        case MechanismKind::Laplace:
        case MechanismKind::WrongSensitivity:
            fillLaplace(rng, f, s.scale, o, m);
            break;
        case MechanismKind::Gaussian:
            fillGaussian(rng, f, s.scale, o, m);
            break;
        case MechanismKind::DiscreteLaplace:
            for (std::size_t i = 0; i < m; ++i)
                o[i] = f + static_cast<double>((*dl)(rng));
            break;
        case MechanismKind::DiscreteGaussian:
            for (std::size_t i = 0; i < m; ++i)
                o[i] = f + static_cast<double>((*dg)(rng));
            break;
        case MechanismKind::Uniform:
            for (std::size_t i = 0; i < m; ++i)
                o[i] = f + s.scale * (2.0 * rng.uniform() - 1.0);
            break;
        case MechanismKind::ForcedYes:
            for (std::size_t i = 0; i < m; ++i)
                o[i] = f + std::fabs(laplaceNoise(rng, s.scale));
            break;
        }
    }
    return true;
}

double outputDensity(const NoiseSetup &s, double o, double f)
{
    const double z = o - f;
    switch (s.kind) {
    case MechanismKind::Laplace:
    case MechanismKind::WrongSensitivity:
        return laplaceDensity(o, f, s.scale);
    case MechanismKind::Gaussian:
        return gaussianDensity(o, f, s.scale);
    case MechanismKind::DiscreteLaplace:
        if (z != std::round(z))
            return 0.0;
        return std::tanh(0.5 / s.scale) * std::exp(-std::fabs(z) / s.scale);
    case MechanismKind::DiscreteGaussian:
        if (z != std::round(z))
            return 0.0;
        return std::exp(-z * z / (2.0 * s.sigma2)) / s.norm;
    case MechanismKind::Uniform:
        return (z >= -s.scale && z < s.scale) ? 0.5 / s.scale : 0.0;
    case MechanismKind::ForcedYes:
        return z >= 0.0 ? std::exp(-z / s.scale) / s.scale : 0.0;
    }
    return 0.0;
}

namespace {

double lossFrom(double px, double py)
{
    if (px > 0.0 && py > 0.0)
        return std::log(px / py);
    if (px > 0.0)
        return kInf;
    if (py > 0.0)
        return -kInf;
    return kNaN;
}

// P_x[L > ε] and δ(ε) = max over directions of P[S] − e^ε·P′[S], S = {L beyond ε}.
void escape(const MechanismsParams &p, const NoiseSetup &s, double fx, double fy,
            MechanismsResult &r)
{
    const double eps = p.epsilon, delta = p.sensitivity;
    r.escapeThreshold = kNaN;
    r.escapeMass = 0.0;
    r.deltaExact = 0.0;
    switch (s.kind) {
    case MechanismKind::Laplace:
    case MechanismKind::DiscreteLaplace:
        return;
    case MechanismKind::Gaussian:
        r.escapeThreshold = 0.5 * (fx + fy) + eps * s.sigma2 / delta;
        r.escapeMass = gaussianEscapeMass(eps, s.scale, delta);
        r.deltaExact = analyticGaussianDelta(eps, s.scale, delta);
        return;
    case MechanismKind::DiscreteGaussian: {
        // L(o) = Δ(2o − fx − fy)/(2σ²) rises with o: sum pmf_x over integers beyond the threshold.
        r.escapeThreshold = 0.5 * (fx + fy) + eps * s.sigma2 / delta;
        double first = std::floor(r.escapeThreshold) + 1.0;
        const double last = fx + 60.0 * s.scale + 60.0;
        for (double o = first; o <= last; o += 1.0) {
            const double px = outputDensity(s, o, fx);
            const double loss = gaussianPrivacyLoss(o, fx, fy, s.scale);
            if (!(loss > eps))
                continue;
            r.escapeMass += px;
            r.deltaExact += px * -std::expm1(eps - loss);
            if (px < 1e-300)
                break;
        }
        return;
    }
    case MechanismKind::WrongSensitivity: {
        // L = (|o − fy| − |o − fx|)/b′ > ε for o > t = (fx + fy)/2 + εb′/2.
        const double b = s.scale;
        const double t = 0.5 * (fx + fy) + 0.5 * eps * b;
        r.escapeThreshold = t;
        const double pxBeyond =
            t < fx ? 1.0 - 0.5 * std::exp(-(fx - t) / b) : 0.5 * std::exp(-(t - fx) / b);
        const double pyBeyond = 0.5 * std::exp(-(t - fy) / b);
        r.escapeMass = pxBeyond;
        r.deltaExact = std::max(0.0, pxBeyond - std::exp(eps) * pyBeyond);
        return;
    }
    case MechanismKind::Uniform: {
        // L = +∞ on (fy + A, fx + A): x's mass there is min(1, Δ/(2A)).
        r.escapeThreshold = fy + s.scale;
        r.escapeMass = std::min(1.0, delta / (2.0 * s.scale));
        r.deltaExact = r.escapeMass;
        return;
    }
    case MechanismKind::ForcedYes: {
        // L = −∞ on [fy, fx): y's mass there is 1 − e^(−Δ/b) (the y-over-x direction).
        r.escapeThreshold = fx;
        r.escapeMass = -std::expm1(-delta / s.scale);
        r.deltaExact = r.escapeMass;
        return;
    }
    }
}

} // namespace

static void fillCurves(const MechanismsParams &p, const NoiseSetup &s, MechanismsResult &r)
{
    const double fx = r.fx, fy = r.fy;
    const double reach = std::max(6.0 * r.noiseSd, 3.0 * p.sensitivity);
    double lo = fy - reach, hi = fx + reach;
    std::vector<double> grid;
    if (isDiscrete(s.kind)) {
        lo = std::floor(lo);
        hi = std::ceil(hi);
        const double step = std::max(1.0, std::ceil((hi - lo) / (kGridPoints - 1)));
        for (double o = lo; o <= hi; o += step)
            grid.push_back(o);
    } else {
        for (int i = 0; i < kGridPoints; ++i)
            grid.push_back(lo + (hi - lo) * i / (kGridPoints - 1));
    }
    const double priorOdds = p.prior / (1.0 - p.prior);
    r.ceiling = std::exp(p.epsilon) * priorOdds / (1.0 + std::exp(p.epsilon) * priorOdds);
    r.maxPosterior = 0.0;
    for (double o : grid) {
        const double px = outputDensity(s, o, fx), py = outputDensity(s, o, fy);
        r.densityX.x.push_back(o);
        r.densityX.y.push_back(px);
        r.densityY.x.push_back(o);
        r.densityY.y.push_back(py);
        double loss = lossFrom(px, py);
        // Exact formulas where the densities could underflow.
        if (s.kind == MechanismKind::Laplace || s.kind == MechanismKind::WrongSensitivity)
            loss = laplacePrivacyLoss(o, fx, fy, s.scale);
        else if (s.kind == MechanismKind::Gaussian)
            loss = gaussianPrivacyLoss(o, fx, fy, s.scale);
        r.privacyLoss.x.push_back(o);
        r.privacyLoss.y.push_back(loss);
        double post = kNaN;
        if (std::isfinite(loss))
            post = 1.0 / (1.0 + std::exp(-loss) / priorOdds);
        else if (loss > 0)
            post = 1.0;
        else if (loss < 0)
            post = 0.0;
        r.posterior.x.push_back(o);
        r.posterior.y.push_back(post);
        if (post > r.maxPosterior)
            r.maxPosterior = post;
    }
    r.histX = Histogram(isDiscrete(s.kind) ? lo - 0.5 : lo, isDiscrete(s.kind) ? hi + 0.5 : hi,
                        isDiscrete(s.kind) && hi - lo + 1 <= 2 * kHistogramBins
                            ? static_cast<std::size_t>(hi - lo + 1)
                            : static_cast<std::size_t>(kHistogramBins));
    r.histY = r.histX;
}

// Best (Bayes) attacker: guesses "in" when π·p_x(o) ≥ (1 − π)·p_y(o).
// Success = Σ/∫ max(π p_x, (1 − π) p_y): a sum over integers, or Simpson's rule
// on a fine grid (exact enough for 100 icons) for continuous noise.
static double bestAttackerSuccess(const MechanismsParams &p, const NoiseSetup &s, double fx,
                                  double fy, double sd)
{
    const double pi = p.prior;
    const auto f = [&](double o) {
        return std::max(pi * outputDensity(s, o, fx), (1 - pi) * outputDensity(s, o, fy));
    };
    const double reach = 40.0 * sd + 2.0 * p.sensitivity;
    if (isDiscrete(s.kind)) {
        double sum = 0.0;
        for (double o = std::floor(fy - reach); o <= std::ceil(fx + reach); o += 1.0)
            sum += f(o);
        return sum;
    }
    // Split at the kinks (fy, fx, fy ± A, fx ± A) so each piece is smooth.
    std::vector<double> cuts{fy - reach, fy, fx, fx + reach};
    if (s.kind == MechanismKind::Uniform)
        for (double c : {fy - s.scale, fy + s.scale, fx - s.scale, fx + s.scale})
            cuts.push_back(c);
    const double mid = 0.5 * (fx + fy) + (s.kind == MechanismKind::Gaussian
                                              ? s.sigma2 * std::log((1 - pi) / pi) / p.sensitivity
                                              : 0.0);
    cuts.push_back(mid);
    std::sort(cuts.begin(), cuts.end());
    double total = 0.0;
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
        const double a = cuts[c], b = cuts[c + 1];
        if (!(b > a))
            continue;
        constexpr int n = 2000; // even
        const double h = (b - a) / n;
        double sum = f(a + 1e-12 * h) + f(b - 1e-12 * h);
        for (int i = 1; i < n; ++i)
            sum += (i % 2 ? 4.0 : 2.0) * f(a + i * h);
        total += sum * h / 3.0;
    }
    return total;
}

std::shared_ptr<const MechanismsResult>
simulateMechanisms(const MechanismsParams &p, std::uint64_t seed, const CancelFlag *cancel)
{
    auto r = std::make_shared<MechanismsResult>();
    r->params = p;
    r->fx = static_cast<double>(p.trueCount);
    r->fy = r->fx - p.sensitivity;
    r->claimedEpsilon = p.epsilon;
    r->claimedDelta = isGaussianKind(p.mechanism) ? p.delta : 0.0;
    const NoiseSetup s = noiseSetup(p);
    const GaussianCalibration cal = calibrateGaussian(p.epsilon, p.delta, p.sensitivity);
    r->gaussianSigmaClassic = cal.sigmaClassic;
    r->classicApplies = cal.classicApplies;
    r->laplaceScale = isGaussianKind(p.mechanism) ? kNaN : laplaceScale(p.epsilon, p.sensitivity);
    r->gaussianSigma = isGaussianKind(p.mechanism) ? s.scale : kNaN;
    switch (p.mechanism) {
    case MechanismKind::Gaussian:
        r->noiseSd = s.scale;
        break;
    case MechanismKind::DiscreteGaussian: {
        DiscreteGaussian g(s.sigma2);
        r->noiseSd = std::sqrt(g.variance());
        break;
    }
    case MechanismKind::DiscreteLaplace:
        r->noiseSd = std::sqrt(DiscreteLaplace(s.scale).variance());
        break;
    case MechanismKind::Uniform:
        r->noiseSd = s.scale / std::sqrt(3.0);
        break;
    default: // Laplace-type (forced_yes: |Lap| has variance b²)
        r->noiseSd = p.mechanism == MechanismKind::ForcedYes ? s.scale : std::sqrt(2.0) * s.scale;
    }
    r->trueEpsilon = p.epsilon;
    if (p.mechanism == MechanismKind::WrongSensitivity)
        r->trueEpsilon = p.epsilon * kWrongSensitivityFactor;
    if (p.mechanism == MechanismKind::Uniform || p.mechanism == MechanismKind::ForcedYes)
        r->trueEpsilon = kInf;

    fillCurves(p, s, *r);
    escape(p, s, r->fx, r->fy, *r);
    r->bestAttackerSuccess = bestAttackerSuccess(p, s, r->fx, r->fy, r->noiseSd);
    r->baselineSuccess = std::max(p.prior, 1.0 - p.prior);

    // Replays of the release for the icon array.
    {
        Rng rng(seed, 3);
        const double priorOdds = p.prior / (1.0 - p.prior);
        for (int i = 0; i < kReplays; ++i) {
            const bool in = rng.uniform() < p.prior;
            double o = 0.0;
            drawOutputs(s, in ? r->fx : r->fy, rng, &o, 1);
            const double px = outputDensity(s, o, r->fx), py = outputDensity(s, o, r->fy);
            const bool guessIn = priorOdds * px >= py;
            r->replayIn.push_back(in);
            r->replayRight.push_back(guessIn == in);
            r->replaysRight += guessIn == in;
        }
    }

    // Simulated outputs on both sides.
    r->outputX.resize(p.samples);
    r->outputY.resize(p.samples);
    {
        Rng rx(seed, 1), ry(seed, 2);
        if (!drawOutputs(s, r->fx, rx, r->outputX.data(), p.samples, cancel) ||
            !drawOutputs(s, r->fy, ry, r->outputY.data(), p.samples, cancel))
            return nullptr;
    }
    for (double o : r->outputX)
        r->histX.add(o);
    for (double o : r->outputY)
        r->histY.add(o);
    if (cancelled(cancel))
        return nullptr;

    r->check = empiricalCheck(r->outputX, r->outputY, r->claimedDelta, isDiscrete(p.mechanism));
    if (cancelled(cancel))
        return nullptr;
    if (!floatLeakCheck(p, s, r->fx, r->fy, seed, r->leak, cancel, &r->outputX, &r->outputY))
        return nullptr;
    if (!localVsGlobal(p, seed, r->localGlobal, cancel))
        return nullptr;
    return r;
}

} // namespace dp
