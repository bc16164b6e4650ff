// epsilon-bench: prints every kernel's figures, with baselines measured in the
// same run. Usage: epsilon-bench [--json] [--quick] [--only NAME] [--baselines DIR]
#include "bench.h"

#include <cstdio>
#include <cstring>
#include <string>

namespace bench {
void benchSurvey(Reporter &r, bool quick);
void benchIncome(Reporter &r, bool quick);
void benchDifferencing(Reporter &r, bool quick);
void benchMechanisms(Reporter &r, bool quick);
void benchBudget(Reporter &r, bool quick);
void benchDpsgd(Reporter &r, bool quick);
#ifdef EPSILON_BENCH_UI
void benchUi(Reporter &r, bool quick, int argc, char **argv);
void benchClassRound(Reporter &r, bool quick, int argc, char **argv);
#endif
} // namespace bench

int main(int argc, char **argv)
{
    bool json = false, quick = false;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--json"))
            json = true;
        else if (!std::strcmp(argv[i], "--quick"))
            quick = true;
        else if (!std::strcmp(argv[i], "--only") && i + 1 < argc)
            only = argv[++i];
        else if (!std::strcmp(argv[i], "--baselines") && i + 1 < argc)
            bench::baselineDir() = argv[++i];
        else if (!std::strcmp(argv[i], "--help")) {
            std::puts("usage: epsilon-bench [--json] [--quick] [--only SUITE] [--baselines DIR]\n"
                      "  --quick   small sizes and no baselines (a smoke run, figures not meaningful)\n"
                      "  suites: differencing, survey, income, mechanisms, budget, dpsgd, ui, classround");
            return 0;
        } else {
            std::fprintf(stderr, "epsilon-bench: unknown argument '%s' (try --help)\n", argv[i]);
            return 2;
        }
    }
    bench::Reporter reporter;
    const std::vector<bench::SuiteEntry> suites = {
        {"differencing", [&](bench::Reporter &r) { bench::benchDifferencing(r, quick); }},
        {"survey", [&](bench::Reporter &r) { bench::benchSurvey(r, quick); }},
        {"income", [&](bench::Reporter &r) { bench::benchIncome(r, quick); }},
        {"mechanisms", [&](bench::Reporter &r) { bench::benchMechanisms(r, quick); }},
        {"budget", [&](bench::Reporter &r) { bench::benchBudget(r, quick); }},
        {"dpsgd", [&](bench::Reporter &r) { bench::benchDpsgd(r, quick); }},
#ifdef EPSILON_BENCH_UI
        {"ui", [&](bench::Reporter &r) { bench::benchUi(r, quick, argc, argv); }},
        {"classround", [&](bench::Reporter &r) { bench::benchClassRound(r, quick, argc, argv); }},
#endif
    };
    for (const auto &s : suites) {
        if (!only.empty() && only != s.name)
            continue;
        std::fprintf(stderr, "running %s...\n", s.name.c_str());
        s.run(reporter);
    }
    if (json)
        reporter.printJson();
    else
        reporter.printTable();
    return 0;
}
