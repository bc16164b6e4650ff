#include "labs/budget/reconstruction.h"

#include "random/samplers.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include <algorithm>
#include <cmath>

namespace dp {

namespace {

constexpr std::uint64_t kBlock = 128;

// Fills `rows` × n with fair 0/1 entries, 64 per random word.
void fillSubsets(Rng &rng, Eigen::MatrixXd &block)
{
    const Eigen::Index n = block.cols();
    for (Eigen::Index r = 0; r < block.rows(); ++r) {
        for (Eigen::Index j = 0; j < n; j += 64) {
            std::uint64_t w = rng.next();
            const Eigen::Index end = std::min<Eigen::Index>(n, j + 64);
            for (Eigen::Index c = j; c < end; ++c, w >>= 1)
                block(r, c) = static_cast<double>(w & 1U);
        }
    }
}

double standardNoise(Rng &rng, NoiseMechanism shape)
{
    // Laplace with scale 1/√2 has variance 1.
    return shape == NoiseMechanism::Laplace ? laplace(rng, 1.0 / std::sqrt(2.0))
                                            : standardNormal(rng);
}

} // namespace

ReconstructionScore scoreReconstruction(const ReconstructionRun &run, std::size_t i, double s)
{
    ReconstructionScore score;
    const std::vector<double> &x = run.secret, &u = run.signal[i], &w = run.noise[i];
    std::uint64_t right = 0;
    double sq = 0.0;
    for (std::size_t r = 0; r < x.size(); ++r) {
        const double est = u[r] + s * w[r];
        right += (est >= 0.5 ? 1.0 : 0.0) == x[r];
        sq += (est - x[r]) * (est - x[r]);
    }
    const auto n = static_cast<double>(x.size());
    score.share = static_cast<double>(right) / n;
    score.rmsError = std::sqrt(sq / n);
    return score;
}

bool runReconstruction(std::uint64_t rows, const std::vector<std::uint64_t> &checkpoints,
                       NoiseMechanism shape, Rng &rng, ReconstructionRun &out,
                       const CancelFlag *cancel)
{
    out = ReconstructionRun{};
    const auto n = static_cast<Eigen::Index>(rows);
    Eigen::VectorXd x(n);
    for (Eigen::Index i = 0; i < n; ++i)
        x[i] = static_cast<double>(rng.next() >> 63);
    out.secret.assign(x.data(), x.data() + n);

    // Rows of A kept for the checkpoints below n (minimum-norm solutions).
    std::uint64_t keep = 0;
    for (std::uint64_t m : checkpoints)
        if (m < rows)
            keep = std::max(keep, m);
    Eigen::MatrixXd kept(static_cast<Eigen::Index>(keep), n);
    Eigen::VectorXd keptZ(static_cast<Eigen::Index>(keep));

    Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(n, n); // lower triangle used
    Eigen::VectorXd rhsX = Eigen::VectorXd::Zero(n), rhsZ = Eigen::VectorXd::Zero(n);
    Eigen::MatrixXd block;
    Eigen::VectorXd z;
    std::uint64_t done = 0;
    for (std::uint64_t target : checkpoints) {
        while (done < target) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            const std::uint64_t count = std::min(kBlock, target - done);
            block.resize(static_cast<Eigen::Index>(count), n);
            fillSubsets(rng, block);
            z.resize(static_cast<Eigen::Index>(count));
            for (Eigen::Index i = 0; i < z.size(); ++i)
                z[i] = standardNoise(rng, shape);
            for (std::uint64_t i = 0; i < count && done + i < keep; ++i) {
                kept.row(static_cast<Eigen::Index>(done + i)) =
                    block.row(static_cast<Eigen::Index>(i));
                keptZ[static_cast<Eigen::Index>(done + i)] = z[static_cast<Eigen::Index>(i)];
            }
            gram.selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
            const Eigen::VectorXd ax = block * x;
            rhsX.noalias() += block.transpose() * ax;
            rhsZ.noalias() += block.transpose() * z;
            done += count;
        }
        Eigen::VectorXd u, w;
        if (target >= rows) {
            Eigen::LLT<Eigen::MatrixXd, Eigen::Lower> llt(gram);
            if (llt.info() != Eigen::Success) {
                Eigen::MatrixXd ridged = gram;
                ridged.diagonal().array() += 1e-9 * static_cast<double>(target);
                llt.compute(ridged);
            }
            u = llt.solve(rhsX);
            w = llt.solve(rhsZ);
        } else {
            const auto m = static_cast<Eigen::Index>(target);
            const auto a = kept.topRows(m);
            Eigen::MatrixXd k = a * a.transpose();
            k.diagonal().array() += 1e-9 * static_cast<double>(rows);
            Eigen::LLT<Eigen::MatrixXd> llt(k);
            u = a.transpose() * llt.solve(a * x);
            w = a.transpose() * llt.solve(keptZ.head(m));
        }
        out.queries.push_back(target);
        out.signal.emplace_back(u.data(), u.data() + n);
        out.noise.emplace_back(w.data(), w.data() + n);
    }
    return true;
}

} // namespace dp
