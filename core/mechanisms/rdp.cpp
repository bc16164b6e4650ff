// Rényi-DP accountant of the subsampled Gaussian (formulas in rdp.h).
#include "mechanisms/rdp.h"

#include <array>
#include <cmath>
#include <limits>

namespace dp {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool validRate(double q)
{
    return std::isfinite(q) && q >= 0.0 && q <= 1.0;
}
bool validSigma(double sigma)
{
    return std::isfinite(sigma) && sigma >= 0.0;
}

// ln k for k = 0 … 256 (entry 0 unused), so ln C(α, k) is a running sum.
const std::array<double, kRdpMaxOrder + 1> &logTable()
{
    static const std::array<double, kRdpMaxOrder + 1> table = [] {
        std::array<double, kRdpMaxOrder + 1> t{};
        for (int k = 1; k <= kRdpMaxOrder; ++k)
            t[k] = std::log(double(k));
        return t;
    }();
    return table;
}

// ln A_α by log-sum-exp; q ∈ (0, 1), σ > 0.
double logA(double q, double sigma, int alpha)
{
    const auto &ln = logTable();
    const double logQ = std::log(q);
    const double log1mQ = std::log1p(-q);
    const double inv2s2 = 1.0 / (2.0 * sigma * sigma);
    double terms[kRdpMaxOrder + 1];
    double logBinom = 0.0; // ln C(α, 0)
    double maxTerm = -kInf;
    for (int k = 0; k <= alpha; ++k) {
        if (k > 0)
            logBinom += ln[alpha - k + 1] - ln[k];
        const double kk = double(k);
        const double t =
            logBinom + double(alpha - k) * log1mQ + kk * logQ + (kk * kk - kk) * inv2s2;
        terms[k] = t;
        if (t > maxTerm)
            maxTerm = t;
    }
    // Terms below e^-50 of the largest cannot change the sum (at most 257 of
    // them: 257·e^-50 ≈ 5e-20 < 2^-53, half an ulp of the sum ≥ 1): skip
    // their exp, which is most of the cost for large α.
    double sum = 0.0;
    for (int k = 0; k <= alpha; ++k) {
        const double d = terms[k] - maxTerm;
        if (d > -50.0)
            sum += std::exp(d);
    }
    return maxTerm + std::log(sum);
}

} // namespace

RdpInputError checkSubsampledGaussianInputs(double samplingRate, double noiseMultiplier,
                                            double steps, double delta)
{
    if (!validRate(samplingRate))
        return RdpInputError::SamplingRate;
    if (!validSigma(noiseMultiplier))
        return RdpInputError::NoiseMultiplier;
    if (!std::isfinite(steps) || steps < 0.0 || std::floor(steps) != steps)
        return RdpInputError::Steps;
    if (!std::isfinite(delta) || delta <= 0.0 || delta >= 1.0)
        return RdpInputError::Delta;
    return RdpInputError::None;
}

double subsampledGaussianRdp(double samplingRate, double noiseMultiplier, int order)
{
    if (!validRate(samplingRate) || !validSigma(noiseMultiplier) || order < kRdpMinOrder ||
        order > kRdpMaxOrder)
        return kNaN;
    const double q = samplingRate;
    const double sigma = noiseMultiplier;
    const double alpha = double(order);
    if (q == 0.0)
        return 0.0;
    if (sigma == 0.0)
        return kInf;
    if (q == 1.0) // only the k = α term survives: α(α − 1)/(2σ²)/(α − 1)
        return alpha / (2.0 * sigma * sigma);
    const double value = logA(q, sigma, order) / (alpha - 1.0);
    // A_α ≥ 1 mathematically (Jensen); rounding may give −1e-17.
    return value > 0.0 ? value : 0.0;
}

std::vector<double> subsampledGaussianRdpCurve(double samplingRate, double noiseMultiplier)
{
    std::vector<double> curve(kRdpOrderCount);
    for (int i = 0; i < kRdpOrderCount; ++i)
        curve[i] = subsampledGaussianRdp(samplingRate, noiseMultiplier, kRdpMinOrder + i);
    return curve;
}

RdpEpsilon rdpToEpsilon(const std::vector<double> &oneStepCurve, double steps, double delta,
                        RdpConversion conversion)
{
    if (oneStepCurve.size() != std::size_t(kRdpOrderCount) || !std::isfinite(steps) ||
        steps < 0.0 || !std::isfinite(delta) || delta <= 0.0 || delta >= 1.0)
        return {kNaN, 0};
    const auto &ln = logTable();
    const double logDelta = std::log(delta);
    RdpEpsilon best{kInf, 0};
    for (int i = 0; i < kRdpOrderCount; ++i) {
        const int alpha = kRdpMinOrder + i;
        const double am1 = double(alpha - 1);
        const double rdp = oneStepCurve[i];
        if (std::isnan(rdp))
            return {kNaN, 0};
        // 0·∞ (no steps, no noise) is no privacy spent.
        const double total = steps == 0.0 ? 0.0 : steps * rdp;
        double eps;
        if (conversion == RdpConversion::Standard)
            eps = total - logDelta / am1;
        else
            eps = total + (ln[alpha - 1] - ln[alpha]) - (logDelta + ln[alpha]) / am1;
        if (eps < best.epsilon) {
            best.epsilon = eps;
            best.order = alpha;
        }
    }
    if (best.epsilon < 0.0)
        best.epsilon = 0.0;
    return best;
}

RdpEpsilon dpSgdEpsilon(double samplingRate, double noiseMultiplier, double steps, double delta,
                        RdpConversion conversion)
{
    if (checkSubsampledGaussianInputs(samplingRate, noiseMultiplier, steps, delta) !=
        RdpInputError::None)
        return {kNaN, 0};
    return rdpToEpsilon(subsampledGaussianRdpCurve(samplingRate, noiseMultiplier), steps, delta,
                        conversion);
}

} // namespace dp
