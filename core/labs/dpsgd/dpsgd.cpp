// The DP-SGD lab's simulation (what it computes: dpsgd.h).
#include "labs/dpsgd/dpsgd.h"

#include <algorithm>
#include <cmath>

namespace dp {

namespace {

constexpr std::uint64_t kStreamTrain = 1, kStreamHeldout = 2, kStreamInit = 3, kStreamSampling = 4,
                        kStreamNoise = 5;

std::size_t heldoutSize(std::uint64_t points)
{
    return static_cast<std::size_t>(std::clamp<std::uint64_t>(points, 500, 2000));
}

LabelledPoints trainingData(const DpsgdParams &p, std::uint64_t seed)
{
    Rng rng(seed, kStreamTrain);
    return makeDataset(p.dataset, p.points, kDpsgdLabelNoise, rng);
}

std::vector<double> initialWeights(const DpsgdParams &p, std::uint64_t seed)
{
    Rng rng(seed, kStreamInit);
    return dpsgdInitialWeights(p.model, rng);
}

void fillGrid(DpsgdModel model, const std::vector<double> &theta, std::vector<float> &out)
{
    out.resize(std::size_t(kDpsgdGrid) * kDpsgdGrid);
    const double dx = (kDpsgdPlane.xMax - kDpsgdPlane.xMin) / kDpsgdGrid;
    const double dy = (kDpsgdPlane.yMax - kDpsgdPlane.yMin) / kDpsgdGrid;
    for (int r = 0; r < kDpsgdGrid; ++r)
        for (int c = 0; c < kDpsgdGrid; ++c) {
            const double z = dpsgdLogit(model, theta.data(), kDpsgdPlane.xMin + (c + 0.5) * dx,
                                        kDpsgdPlane.yMin + (r + 0.5) * dy);
            out[std::size_t(r) * kDpsgdGrid + c] = static_cast<float>(1.0 / (1.0 + std::exp(-z)));
        }
}

} // namespace

DpsgdError checkDpsgdParams(const DpsgdParams &p)
{
    if (p.points < 2)
        return DpsgdError::Points;
    if (p.batch < 1)
        return DpsgdError::BatchZero;
    if (p.batch > p.points)
        return DpsgdError::BatchAbovePoints;
    if (!(p.clip > 0.0)) // also NaN
        return DpsgdError::Clip;
    if (!std::isfinite(p.noiseMultiplier) || p.noiseMultiplier < 0.0)
        return DpsgdError::NoiseMultiplier;
    if (p.noiseMultiplier > 0.0 && !std::isfinite(p.clip))
        return DpsgdError::InfiniteNoise;
    if (p.epochs < 1)
        return DpsgdError::Epochs;
    if (!std::isfinite(p.learningRate) || p.learningRate <= 0.0)
        return DpsgdError::LearningRate;
    if (!std::isfinite(p.delta) || p.delta < 0.0 || p.delta >= 1.0)
        return DpsgdError::Delta;
    if (p.auditRuns < 2)
        return DpsgdError::AuditRuns;
    return DpsgdError::None;
}

TrainSettings dpsgdSettings(const DpsgdParams &p)
{
    TrainSettings s;
    s.model = p.model;
    s.privatise = true;
    s.clip = p.clip;
    s.noiseMultiplier = p.noiseMultiplier;
    s.expectedBatch = double(p.batch);
    s.samplingRate = double(p.batch) / double(p.points);
    s.epochs = static_cast<int>(p.epochs);
    s.stepsPerEpoch =
        std::max(1, static_cast<int>(std::lround(double(p.points) / double(p.batch))));
    s.learningRate = p.learningRate;
    return s;
}

DpsgdAudit auditDpsgd(const DpsgdParams &p, std::uint64_t seed, const CancelFlag *cancel,
                      const DpsgdProgress &progress)
{
    return runDpsgdAudit(trainingData(p, seed), canaryFor(p.dataset), dpsgdSettings(p),
                         initialWeights(p, seed), p.effectiveDelta(), p.auditRuns, seed, cancel,
                         progress);
}

std::shared_ptr<const DpsgdResult> simulateDpsgd(const DpsgdParams &p, std::uint64_t seed,
                                                 const CancelFlag *cancel, DpsgdParts parts)
{
    auto result = std::make_shared<DpsgdResult>();
    DpsgdResult &r = *result;
    r.params = p;
    r.delta = p.effectiveDelta();
    const TrainSettings dp = dpsgdSettings(p);
    TrainSettings sgd = dp;
    sgd.privatise = false;
    r.samplingRate = dp.samplingRate;
    r.stepsPerEpoch = dp.stepsPerEpoch;
    r.steps = std::uint64_t(dp.stepsPerEpoch) * p.epochs;

    // Accountant: one RDP curve, converted after every epoch.
    const std::vector<double> rdp = subsampledGaussianRdpCurve(dp.samplingRate, p.noiseMultiplier);
    const RdpEpsilon total = rdpToEpsilon(rdp, double(r.steps), r.delta, RdpConversion::Standard);
    r.epsilon = total.epsilon;
    r.epsilonOrder = total.order;
    r.epsilonBalle =
        rdpToEpsilon(rdp, double(r.steps), r.delta, RdpConversion::BalleEtAl2020).epsilon;

    r.train = trainingData(p, seed);
    {
        Rng rng(seed, kStreamHeldout);
        r.heldout = makeDataset(p.dataset, heldoutSize(p.points), kDpsgdLabelNoise, rng);
    }
    r.canary = canaryFor(p.dataset);
    LabelledPoints withCanary;
    if (p.canary) {
        withCanary = r.train;
        withCanary.push(r.canary.x, r.canary.y, r.canary.label);
    }
    const LabelledPoints &data = p.canary ? withCanary : r.train;

    const std::vector<double> theta0 = initialWeights(p, seed);
    // Plain SGD and DP-SGD from the same θ₀ and the same batches.
    std::vector<double> thetaSgd = theta0, thetaDp = theta0;
    std::vector<std::vector<double>> epochsSgd, epochsDp;
    {
        Rng sampling(seed, kStreamSampling), noise(seed, kStreamNoise);
        if (!dpsgdTrain(data, sgd, thetaSgd, sampling, noise, {&epochsSgd, nullptr}, cancel))
            return nullptr;
    }
    {
        Rng sampling(seed, kStreamSampling), noise(seed, kStreamNoise);
        if (!dpsgdTrain(data, dp, thetaDp, sampling, noise, {&epochsDp, &r.gradientNorms}, cancel))
            return nullptr;
    }
    r.curve.resize(p.epochs);
    for (std::size_t e = 0; e < p.epochs; ++e) {
        DpsgdEpoch &row = r.curve[e];
        row.epoch = static_cast<int>(e + 1);
        row.accuracySgd = dpsgdAccuracy(p.model, epochsSgd[e], r.train);
        row.accuracyDpsgd = dpsgdAccuracy(p.model, epochsDp[e], r.train);
        row.heldoutSgd = dpsgdAccuracy(p.model, epochsSgd[e], r.heldout);
        row.heldoutDpsgd = dpsgdAccuracy(p.model, epochsDp[e], r.heldout);
        row.epsilon = rdpToEpsilon(rdp, double(dp.stepsPerEpoch) * double(e + 1), r.delta,
                                   RdpConversion::Standard)
                          .epsilon;
    }
    fillGrid(p.model, thetaSgd, r.probabilitySgd);
    fillGrid(p.model, thetaDp, r.probabilityDpsgd);

    // Clipping in the last epoch.
    double largest = 0.0;
    std::size_t clipped = 0;
    for (double g : r.gradientNorms) {
        largest = std::max(largest, g);
        clipped += g > p.clip;
    }
    const double top = std::isfinite(p.clip) ? std::max(1.5 * p.clip, largest) : largest;
    r.gradientHistogram = Histogram(0.0, top > 0.0 ? top * 1.0001 : 1.0, 30);
    for (double g : r.gradientNorms)
        r.gradientHistogram.add(g);
    r.clippedShare =
        r.gradientNorms.empty() ? 0.0 : double(clipped) / double(r.gradientNorms.size());

    // The canary: does each model put Alice in her (wrong) class?
    const double zSgd = dpsgdLogit(p.model, thetaSgd.data(), r.canary.x, r.canary.y);
    const double zDp = dpsgdLogit(p.model, thetaDp.data(), r.canary.x, r.canary.y);
    r.canaryLossSgd = dpsgdLoss(zSgd, r.canary.label);
    r.canaryLossDpsgd = dpsgdLoss(zDp, r.canary.label);
    r.canaryCorrectSgd = (zSgd > 0.0) == (r.canary.label == 1);
    r.canaryCorrectDpsgd = (zDp > 0.0) == (r.canary.label == 1);

    // The trade-off: DP-SGD again at each σ of the sweep, same streams.
    for (double sigma : kDpsgdSweepSigmas) {
        TrainSettings s = dp;
        s.noiseMultiplier = sigma;
        std::vector<double> theta = theta0;
        Rng sampling(seed, kStreamSampling), noise(seed, kStreamNoise);
        if (!dpsgdTrain(data, s, theta, sampling, noise, {}, cancel))
            return nullptr;
        const std::vector<double> curve = subsampledGaussianRdpCurve(dp.samplingRate, sigma);
        r.sweep.push_back(
            {sigma, rdpToEpsilon(curve, double(r.steps), r.delta, RdpConversion::Standard).epsilon,
             dpsgdAccuracy(p.model, theta, r.heldout)});
    }

    if (parts == DpsgdParts::All) {
        r.audit = runDpsgdAudit(r.train, r.canary, dp, theta0, r.delta, p.auditRuns, seed, cancel);
        if (!r.audit.done)
            return nullptr;
    }
    return result;
}

ExportData DpsgdResult::exportData() const
{
    ExportData d;
    d.csvColumns = {"epoch",       "accuracy_sgd",  "accuracy_dpsgd",
                    "heldout_sgd", "heldout_dpsgd", "epsilon"};
    for (const DpsgdEpoch &e : curve)
        d.csvRows.push_back({double(e.epoch), e.accuracySgd, e.accuracyDpsgd, e.heldoutSgd,
                             e.heldoutDpsgd, e.epsilon});
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const DpsgdEpoch last = curve.empty() ? DpsgdEpoch{} : curve.back();
    d.figures = {{"epsilon", epsilon},
                 {"epsilon_balle", epsilonBalle},
                 {"epsilon_order", double(epsilonOrder)},
                 {"delta", delta},
                 {"sampling_rate", samplingRate},
                 {"steps", double(steps)},
                 {"accuracy_sgd", last.accuracySgd},
                 {"accuracy_dpsgd", last.accuracyDpsgd},
                 {"heldout_sgd", last.heldoutSgd},
                 {"heldout_dpsgd", last.heldoutDpsgd},
                 {"clipped_share", clippedShare},
                 {"canary_correct_sgd", canaryCorrectSgd ? 1.0 : 0.0},
                 {"canary_correct_dpsgd", canaryCorrectDpsgd ? 1.0 : 0.0},
                 {"canary_loss_sgd", canaryLossSgd},
                 {"canary_loss_dpsgd", canaryLossDpsgd},
                 {"audit_epsilon_lower_bound", audit.done ? audit.epsilonLowerBound : nan},
                 {"audit_runs", audit.done ? double(audit.runs) : nan},
                 {"audit_true_positive_rate", audit.done ? audit.truePositiveRate : nan},
                 {"audit_false_positive_rate", audit.done ? audit.falsePositiveRate : nan},
                 {"audit_auc", audit.done ? audit.auc : nan}};
    d.notes = {{"conversion", conversion == RdpConversion::Standard ? "standard" : "balle2020"}};
    return d;
}

} // namespace dp
