// Models, per-example gradients and the SGD / DP-SGD loop (see train.h).
#include "labs/dpsgd/train.h"

#include "random/samplers.h"

#include <algorithm>
#include <cmath>

namespace dp {

namespace {

constexpr int kW1 = 0;
constexpr int kB1 = 2 * kDpsgdHidden;
constexpr int kW2 = 3 * kDpsgdHidden;
constexpr int kB2 = 4 * kDpsgdHidden;

// The hidden units' activation: tanh in its Padé (3, 2) form,
// u(27 + u²)/(27 + 9u²) for |u| < 3 and ±1 beyond (max |error| 0.02 against
// tanh; value and slope meet ±1 and 0 at |u| = 3, so it is smooth enough for
// gradients). Plain arithmetic: the same bits everywhere, and five times
// cheaper than std::tanh, which dominated the training time.
// Derivative: (9 − u²)²/(9(3 + u²)²) for |u| < 3, else 0.
inline double activation(double u, double &slope)
{
    if (u >= 3.0 || u <= -3.0) {
        slope = 0.0;
        return u > 0.0 ? 1.0 : -1.0;
    }
    const double u2 = u * u;
    const double a = 9.0 - u2, b = 3.0 + u2;
    slope = (a * a) / (9.0 * b * b);
    return u * (27.0 + u2) / (27.0 + 9.0 * u2);
}

double sigmoid(double z)
{
    if (z >= 0.0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

} // namespace

int dpsgdParameterCount(DpsgdModel model)
{
    return model == DpsgdModel::Logistic ? 3 : kDpsgdMaxParameters;
}

double dpsgdLogit(DpsgdModel model, const double *theta, double x, double y)
{
    if (model == DpsgdModel::Logistic)
        return theta[0] * x + theta[1] * y + theta[2];
    double z = theta[kB2];
    double slope;
    for (int j = 0; j < kDpsgdHidden; ++j)
        z +=
            theta[kW2 + j] *
            activation(theta[kW1 + 2 * j] * x + theta[kW1 + 2 * j + 1] * y + theta[kB1 + j], slope);
    return z;
}

double dpsgdLoss(double logit, int label)
{
    return std::max(logit, 0.0) - label * logit + std::log1p(std::exp(-std::abs(logit)));
}

double dpsgdGradient(DpsgdModel model, const double *theta, double x, double y, int label,
                     double *grad)
{
    if (model == DpsgdModel::Logistic) {
        const double z = theta[0] * x + theta[1] * y + theta[2];
        const double gz = sigmoid(z) - label;
        grad[0] = gz * x;
        grad[1] = gz * y;
        grad[2] = gz;
        return dpsgdLoss(z, label);
    }
    double h[kDpsgdHidden], slope[kDpsgdHidden];
    double z = theta[kB2];
    for (int j = 0; j < kDpsgdHidden; ++j) {
        h[j] = activation(theta[kW1 + 2 * j] * x + theta[kW1 + 2 * j + 1] * y + theta[kB1 + j],
                          slope[j]);
        z += theta[kW2 + j] * h[j];
    }
    const double gz = sigmoid(z) - label;
    grad[kB2] = gz;
    for (int j = 0; j < kDpsgdHidden; ++j) {
        grad[kW2 + j] = gz * h[j];
        const double dh = gz * theta[kW2 + j] * slope[j];
        grad[kW1 + 2 * j] = dh * x;
        grad[kW1 + 2 * j + 1] = dh * y;
        grad[kB1 + j] = dh;
    }
    return dpsgdLoss(z, label);
}

std::vector<double> dpsgdInitialWeights(DpsgdModel model, Rng &rng)
{
    std::vector<double> theta(dpsgdParameterCount(model), 0.0);
    if (model == DpsgdModel::Mlp) {
        for (int i = kW1; i < kW2; ++i) // W₁ and b₁
            theta[i] = standardNormal(rng);
        for (int j = 0; j < kDpsgdHidden; ++j)
            theta[kW2 + j] = 0.25 * standardNormal(rng);
    }
    return theta;
}

double dpsgdClip(double *grad, int dim, double clip)
{
    double norm2 = 0.0;
    for (int k = 0; k < dim; ++k)
        norm2 += grad[k] * grad[k];
    const double norm = std::sqrt(norm2);
    if (norm > clip) {
        const double factor = clip / norm;
        for (int k = 0; k < dim; ++k)
            grad[k] *= factor;
    }
    return norm;
}

bool dpsgdTrain(const LabelledPoints &data, const TrainSettings &s, std::vector<double> &theta,
                Rng &sampling, Rng &noise, const TrainRecorder &recorder, const CancelFlag *cancel)
{
    const int dim = dpsgdParameterCount(s.model);
    const std::size_t n = data.size();
    const double noiseSd = s.noiseMultiplier * s.clip;
    const double stepScale = s.learningRate / s.expectedBatch;
    double grad[kDpsgdMaxParameters];
    double sum[kDpsgdMaxParameters];
    if (recorder.epochWeights)
        recorder.epochWeights->clear();
    for (int epoch = 0; epoch < s.epochs; ++epoch) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const bool last = epoch + 1 == s.epochs;
        if (last && recorder.lastEpochNorms)
            recorder.lastEpochNorms->clear();
        for (int step = 0; step < s.stepsPerEpoch; ++step) {
            std::fill(sum, sum + dim, 0.0);
            // Poisson sampling by skipping: the gap to the next sampled
            // example is geometric, P(gap = k) = (1 − q)^k q (exactly the
            // same law as one Bernoulli(q) per example, at qn draws a step).
            for (std::size_t i = 0;; ++i) {
                const std::uint64_t gap = geometric(sampling, s.samplingRate);
                if (gap >= n - i)
                    break;
                i += gap;
                dpsgdGradient(s.model, theta.data(), data.x[i], data.y[i], data.label[i], grad);
                if (!s.privatise) {
                    for (int k = 0; k < dim; ++k)
                        sum[k] += grad[k];
                    continue;
                }
                const double norm = dpsgdClip(grad, dim, s.clip);
                if (last && recorder.lastEpochNorms)
                    recorder.lastEpochNorms->push_back(norm);
                for (int k = 0; k < dim; ++k)
                    sum[k] += grad[k];
            }
            if (s.privatise && noiseSd > 0.0)
                for (int k = 0; k < dim; ++k)
                    sum[k] += noiseSd * standardNormal(noise);
            for (int k = 0; k < dim; ++k)
                theta[k] -= stepScale * sum[k];
        }
        if (recorder.epochWeights)
            recorder.epochWeights->push_back(theta);
    }
    return true;
}

double dpsgdAccuracy(DpsgdModel model, const std::vector<double> &theta,
                     const LabelledPoints &points)
{
    if (points.size() == 0)
        return 0.0;
    std::size_t correct = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double z = dpsgdLogit(model, theta.data(), points.x[i], points.y[i]);
        correct += (z > 0.0) == (points.label[i] == 1);
    }
    return double(correct) / double(points.size());
}

} // namespace dp
