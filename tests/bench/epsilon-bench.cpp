// epsilon-bench: prints every kernel's figures, with baselines measured in the
// same run. Usage: epsilon-bench [--json] [--quick] [--only NAME] [--baselines DIR]
#include "bench.h"

#include <cstdio>
#include <cstring>
#include <string>

#include <algorithm>

namespace bench {
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
            std::puts(
                "usage: epsilon-bench [--json] [--quick] [--only SUITE] [--baselines DIR]\n"
                "  --quick   small sizes and no baselines (a smoke run, figures not meaningful)\n"
                "  suites: one per lab (tests/bench/labs/), ui and classround");
            return 0;
        } else {
            std::fprintf(stderr, "epsilon-bench: unknown argument '%s' (try --help)\n", argv[i]);
            return 2;
        }
    }
    bench::Reporter reporter;
    std::vector<bench::SuiteEntry> suites = bench::suites();
    std::sort(suites.begin(), suites.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
#ifdef EPSILON_BENCH_UI
    suites.push_back({"ui", [&](bench::Reporter &r, bool q) { bench::benchUi(r, q, argc, argv); }});
    suites.push_back({"classround", [&](bench::Reporter &r, bool q) {
                          bench::benchClassRound(r, q, argc, argv);
                      }});
#endif
    for (const auto &s : suites) {
        if (!only.empty() && only != s.name)
            continue;
        std::fprintf(stderr, "running %s...\n", s.name.c_str());
        s.run(reporter, quick);
    }
    if (json)
        reporter.printJson();
    else
        reporter.printTable();
    return 0;
}
