// Linkage lab figures: building the synthetic town, and the analysis of all
// 24 published details on a town already built (O(N) per setting).
#include "bench.h"

#include "labs/linkage/linkage.h"

#include <string>

namespace bench {

namespace {
void benchLinkage(Reporter &r, bool quick)
{
    const int reps = quick ? 1 : 5;
    const std::uint64_t people = quick ? 50000 : 1000000;
    dp::Town town;
    {
        const double secs = medianSeconds(
            [&] {
                town = dp::Town{};
                dp::generateTown(people, 0.6, 7, town);
            },
            reps);
        Figure f;
        f.name = "linkage.generate_town";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.note = "synthetic town of " + std::to_string(people) + " people (voter share 0.6)";
        r.add(f);
    }
    {
        const dp::LinkageParams p{.people = people};
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::analyseTown(town, p)->current.uniqueShare); }, reps);
        Figure f;
        f.name = "linkage.analyse_24_settings";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.note = "uniqueness, join and k-anonymity for all 24 details, " + std::to_string(people) +
                 " people";
        r.add(f);
    }
}

const RegisterSuite registered("linkage", &benchLinkage);
} // namespace

} // namespace bench
