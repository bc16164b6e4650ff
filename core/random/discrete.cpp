#include "random/discrete.h"

#include <numeric>

namespace dp {

AliasTable::AliasTable(const std::vector<double> &weights)
{
    const std::size_t n = weights.size();
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    m_threshold.assign(n, 1.0);
    m_alias.resize(n);
    m_probability.resize(n);
    std::vector<double> scaled(n);
    std::vector<std::uint32_t> small, large;
    for (std::size_t i = 0; i < n; ++i) {
        m_alias[i] = static_cast<std::uint32_t>(i);
        m_probability[i] = weights[i] / total;
        scaled[i] = m_probability[i] * static_cast<double>(n);
        (scaled[i] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(i));
    }
    // Vose: pair each short column with a tall one, which gives it the rest.
    while (!small.empty() && !large.empty()) {
        const std::uint32_t s = small.back();
        small.pop_back();
        const std::uint32_t l = large.back();
        m_threshold[s] = scaled[s];
        m_alias[s] = l;
        scaled[l] = (scaled[l] + scaled[s]) - 1.0;
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // Left-overs are 1 up to rounding.
    for (std::uint32_t i : small)
        m_threshold[i] = 1.0;
    for (std::uint32_t i : large)
        m_threshold[i] = 1.0;
}

} // namespace dp
