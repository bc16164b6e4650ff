#include "mechanisms/noise.h"

#include "mechanisms/gaussian.h"
#include "random/samplers.h"
#include "stats/stats.h"

#include <string>

namespace dp {

std::optional<ParamError> checkLaplaceInputs(double epsilon, double sensitivity)
{
    if (!std::isfinite(epsilon) || !(epsilon > 0.0))
        return ParamError::broken("epsilon", "positive", epsilon);
    if (!std::isfinite(sensitivity) || !(sensitivity > 0.0))
        return ParamError::broken("sensitivity", "positive", sensitivity);
    return std::nullopt;
}

void fillLaplace(Rng &rng, double value, double scale, double *out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = value + laplaceNoise(rng, scale);
}

void fillGaussian(Rng &rng, double value, double sigma, double *out, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = value + sigma * standardNormal(rng);
}

double laplaceDensity(double o, double centre, double scale)
{
    return std::exp(-std::fabs(o - centre) / scale) / (2.0 * scale);
}

double gaussianDensity(double o, double centre, double sigma)
{
    return normalPdf((o - centre) / sigma) / sigma;
}

GaussianCalibration calibrateGaussian(double epsilon, double delta, double sensitivity)
{
    GaussianCalibration c;
    c.sigma = analyticGaussianSigma(epsilon, delta, sensitivity);
    c.sigmaClassic = classicGaussianSigma(epsilon, delta, sensitivity);
    c.classicApplies = classicGaussianApplies(epsilon);
    return c;
}

double laplacePrivacyLoss(double o, double fx, double fy, double scale)
{
    return (std::fabs(o - fy) - std::fabs(o - fx)) / scale;
}

double gaussianPrivacyLoss(double o, double fx, double fy, double sigma)
{
    // ((o − fy)² − (o − fx)²)/(2σ²) = (fx − fy)(2o − fx − fy)/(2σ²)
    return (fx - fy) * (2.0 * o - fx - fy) / (2.0 * sigma * sigma);
}

double gaussianEscapeMass(double epsilon, double sigma, double sensitivity)
{
    return std::exp(logNormalCdf(sensitivity / (2.0 * sigma) - epsilon * sigma / sensitivity));
}

} // namespace dp
