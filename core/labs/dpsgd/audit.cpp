// The canary audit of DP-SGD (method and guarantee in audit.h).
#include "labs/dpsgd/audit.h"

#include "stats/audit.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dp {

namespace {

// Streams of the audit's runs: far above the lab's own streams.
constexpr std::uint64_t kAuditStreamBase = 1'000'000;

double canaryLoss(const LabelledPoints &data, const Canary &canary, const TrainSettings &settings,
                  const std::vector<double> &initialWeights, bool withCanary, std::uint64_t seed,
                  std::uint64_t stream)
{
    Rng sampling(seed, stream);
    Rng noise(seed, stream + 1);
    std::vector<double> theta = initialWeights;
    if (withCanary) {
        LabelledPoints with = data;
        with.push(canary.x, canary.y, canary.label);
        dpsgdTrain(with, settings, theta, sampling, noise);
    } else {
        dpsgdTrain(data, settings, theta, sampling, noise);
    }
    return dpsgdLoss(dpsgdLogit(settings.model, theta.data(), canary.x, canary.y), canary.label);
}

std::uint64_t countAtMost(const std::vector<double> &sorted, double t)
{
    return static_cast<std::uint64_t>(std::upper_bound(sorted.begin(), sorted.end(), t) -
                                      sorted.begin());
}

struct Choice
{
    double threshold = 0.0;
    bool below = true;
    bool inOverOut = true;
    double bound = -std::numeric_limits<double>::infinity();
};

// The event S and direction with the best confident bound on these samples.
Choice chooseEvent(std::vector<double> in, std::vector<double> out, double alpha, double delta)
{
    std::sort(in.begin(), in.end());
    std::sort(out.begin(), out.end());
    // Candidate thresholds halfway between neighbouring observed losses, so
    // that a threshold chosen here does not sit on one run's exact loss.
    std::vector<double> values = in;
    values.insert(values.end(), out.begin(), out.end());
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<double> thresholds;
    for (std::size_t k = 0; k + 1 < values.size(); ++k)
        thresholds.push_back(values[k] + (values[k + 1] - values[k]) / 2.0);
    const std::uint64_t nIn = in.size(), nOut = out.size();
    Choice best;
    for (double t : thresholds) {
        const std::uint64_t inBelow = countAtMost(in, t), outBelow = countAtMost(out, t);
        for (bool below : {true, false}) {
            const std::uint64_t kIn = below ? inBelow : nIn - inBelow;
            const std::uint64_t kOut = below ? outBelow : nOut - outBelow;
            for (bool inOverOut : {true, false}) {
                const double b = inOverOut ? epsilonLowerBound(kIn, nIn, kOut, nOut, alpha, delta)
                                           : epsilonLowerBound(kOut, nOut, kIn, nIn, alpha, delta);
                if (b > best.bound)
                    best = {t, below, inOverOut, b};
            }
        }
    }
    return best;
}

} // namespace

void dpsgdAuditBound(DpsgdAudit &audit, double delta)
{
    const std::size_t r = std::min(audit.lossIn.size(), audit.lossOut.size());
    const std::size_t half = r / 2;
    const double alpha = (1.0 - kDpsgdAuditConfidence) / 2.0; // per bound
    audit.epsilonLowerBound = 0.0;
    audit.countedRuns = r - half;
    if (half == 0 || r - half == 0)
        return;
    const std::vector<double> selIn(audit.lossIn.begin(), audit.lossIn.begin() + half);
    const std::vector<double> selOut(audit.lossOut.begin(), audit.lossOut.begin() + half);
    const Choice c = chooseEvent(selIn, selOut, alpha, delta);
    audit.threshold = c.threshold;
    audit.lossBelowMeansIn = c.below;
    audit.inOverOut = c.inOverOut;
    std::uint64_t kIn = 0, kOut = 0;
    for (std::size_t i = half; i < r; ++i) {
        kIn += (audit.lossIn[i] <= c.threshold) == c.below;
        kOut += (audit.lossOut[i] <= c.threshold) == c.below;
    }
    const std::uint64_t n = r - half;
    const std::uint64_t kTop = c.inOverOut ? kIn : kOut;
    const std::uint64_t kBottom = c.inOverOut ? kOut : kIn;
    audit.truePositiveRate = double(kTop) / double(n);
    audit.falsePositiveRate = double(kBottom) / double(n);
    const double bound = epsilonLowerBound(kTop, n, kBottom, n, alpha, delta);
    audit.epsilonLowerBound = std::isfinite(bound) && bound > 0.0 ? bound : 0.0;
}

DpsgdAudit runDpsgdAudit(const LabelledPoints &data, const Canary &canary,
                         const TrainSettings &settings, const std::vector<double> &initialWeights,
                         double delta, std::uint64_t runs, std::uint64_t seed,
                         const CancelFlag *cancel, const DpsgdProgress &progress)
{
    DpsgdAudit audit;
    audit.runs = runs;
    audit.lossIn.reserve(runs);
    audit.lossOut.reserve(runs);
    for (std::uint64_t i = 0; i < runs; ++i) {
        const std::uint64_t stream = kAuditStreamBase + 8 * i;
        audit.lossIn.push_back(
            canaryLoss(data, canary, settings, initialWeights, true, seed, stream));
        if (cancel && cancel->load(std::memory_order_relaxed))
            return audit;
        audit.lossOut.push_back(
            canaryLoss(data, canary, settings, initialWeights, false, seed, stream + 4));
        if (cancel && cancel->load(std::memory_order_relaxed))
            return audit;
        if (progress)
            progress(i + 1, runs);
    }

    // Histograms on shared bins.
    double hi = 0.0;
    for (double v : audit.lossIn)
        hi = std::max(hi, v);
    for (double v : audit.lossOut)
        hi = std::max(hi, v);
    hi = hi > 0.0 ? hi * 1.0001 : 1.0;
    audit.histogramIn = Histogram(0.0, hi, 30);
    audit.histogramOut = Histogram(0.0, hi, 30);
    for (double v : audit.lossIn)
        audit.histogramIn.add(v);
    for (double v : audit.lossOut)
        audit.histogramOut.add(v);

    // ROC of "in if ℓ ≤ t" over all runs, from (0, 0) to (1, 1), and its area.
    std::vector<double> in = audit.lossIn, out = audit.lossOut;
    std::sort(in.begin(), in.end());
    std::sort(out.begin(), out.end());
    std::vector<double> thresholds = in;
    thresholds.insert(thresholds.end(), out.begin(), out.end());
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    audit.rocFalsePositive = {0.0};
    audit.rocTruePositive = {0.0};
    for (double t : thresholds) {
        audit.rocFalsePositive.push_back(double(countAtMost(out, t)) / double(out.size()));
        audit.rocTruePositive.push_back(double(countAtMost(in, t)) / double(in.size()));
    }
    audit.auc = 0.0;
    for (std::size_t k = 1; k < audit.rocFalsePositive.size(); ++k)
        audit.auc += (audit.rocFalsePositive[k] - audit.rocFalsePositive[k - 1]) *
                     (audit.rocTruePositive[k] + audit.rocTruePositive[k - 1]) / 2.0;

    dpsgdAuditBound(audit, delta);
    audit.done = true;
    return audit;
}

} // namespace dp
