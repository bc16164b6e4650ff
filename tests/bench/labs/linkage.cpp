// Linkage lab figures (issue 12 targets): uniqueness and the join for one
// published detail on a town of 10^7 people (≤ 2 s, one core); the analysis of
// all 24 details at the default size, 50,000 people (≤ 100 ms); building the
// synthetic town, reported beside them. The slider figure comes from the
// generic loop over allLabs() in bench_ui.cpp (ui.linkage.default.*).
#include "bench.h"

#include "labs/linkage/linkage.h"

#include <string>

namespace bench {

namespace {
std::string peopleText(std::uint64_t people)
{
    return people == 10000000 ? std::string("10^7") : std::to_string(people);
}

void benchTown(Reporter &r, const char *name, std::uint64_t people, int reps, dp::Town &town)
{
    const double secs = medianSeconds(
        [&] {
            town = dp::Town{};
            dp::generateTown(people, 0.6, 7, town);
        },
        reps);
    Figure f;
    f.name = name;
    f.value = secs * 1e3;
    f.unit = "ms";
    f.note = "synthetic town of " + peopleText(people) +
             " people (voter share 0.6), not part of the targets";
    r.add(f);
}

void benchLinkage(Reporter &r, bool quick)
{
    const int reps = quick ? 1 : 5;
    {
        // The target's case: the most detailed setting (ZIP 5, full date, sex),
        // k = 1 and k = 5, on a town of 10^7 (10^5 in a quick run).
        const std::uint64_t people = quick ? 100000 : 10000000;
        dp::Town town;
        benchTown(r, "linkage.generate_town_1e7", people, quick ? 1 : 3, town);
        dp::LinkageWorkspace workspace;
        for (std::uint32_t k : {1u, 5u}) {
            const double secs = medianSeconds(
                [&] {
                    doNotOptimize(
                        dp::analyseSetting(town, dp::QiSetting{}, k, workspace)->reidentified);
                },
                reps);
            Figure f;
            f.name = "linkage.uniqueness_join_1e7_k" + std::to_string(k);
            f.value = secs * 1e3;
            f.unit = "ms";
            f.target = 2000.0;
            f.note = "uniqueness, join" + std::string(k > 1 ? ", suppression" : "") +
                     " and homogeneous groups for ZIP 5 + date + sex, " + peopleText(people) +
                     " people, one core";
            r.add(f);
        }
    }
    {
        const std::uint64_t people = dp::LinkageParams{}.people; // the default, 50,000
        dp::Town town;
        benchTown(r, "linkage.generate_town_default", people, reps, town);
        const dp::LinkageParams p{.people = people};
        const double secs = medianSeconds(
            [&] { doNotOptimize(dp::analyseTown(town, p)->current.uniqueShare); }, reps);
        Figure f;
        f.name = "linkage.analyse_24_settings_default";
        f.value = secs * 1e3;
        f.unit = "ms";
        f.target = 100.0;
        f.note = "all 24 details (chart and CSV), tables and the join view, " +
                 std::to_string(people) + " people";
        r.add(f);
        const double whole = medianSeconds(
            [&] { doNotOptimize(dp::simulateLinkage(p, 7)->current.uniqueShare); }, reps);
        Figure w;
        w.name = "linkage.simulate_default";
        w.value = whole * 1e3;
        w.unit = "ms";
        w.note = "a whole run at the defaults: town built, then all 24 details";
        r.add(w);
    }
}

const RegisterSuite registered("linkage", &benchLinkage);
} // namespace

} // namespace bench
