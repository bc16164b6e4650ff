#pragma once
// epsilon-bench: a small benchmark framework (no Qt in the core figures).
//
// Each figure has a name, a value and a unit, and where it applies a baseline
// (measured in the same run, e.g. a reference Python script), the ratio
// baseline/value and a target. Table output for people, --json for tracking.

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bench {

struct Figure
{
    std::string name; // e.g. "survey.person.fair.ns_per_respondent"
    double value = 0.0;
    std::string unit;               // "ns", "ms", "us", "x"
    std::optional<double> baseline; // same unit as value
    std::string baselineName;       // e.g. "rr_numpy.py"
    std::optional<double> target;   // same unit; lower is better unless higherIsBetter
    bool higherIsBetter = false;
    std::string note;
};

class Reporter
{
public:
    void add(Figure f) { m_figures.push_back(std::move(f)); }
    const std::vector<Figure> &figures() const { return m_figures; }
    void printTable() const;
    void printJson() const;
    // True when every figure with a target meets it.
    bool allTargetsMet() const;

private:
    std::vector<Figure> m_figures;
};

// Median wall time in seconds of `reps` calls of fn (after one warm-up call).
double medianSeconds(const std::function<void()> &fn, int reps);

// Runs a reference script with Debian's python3 from the baselines folder and
// returns the value printed after "<key>=" (e.g. "seconds"), or nullopt when
// python3/numpy is missing or the script failed. The command is printed.
std::optional<double> runBaseline(const std::string &script, const std::string &args,
                                  const std::string &key);

// Folder with the reference scripts (--baselines DIR; default ../shared/baselines
// beside the source tree).
std::string &baselineDir();

// Keeps the optimiser from removing a computation whose result is unused.
template <typename T> inline void doNotOptimize(const T &value)
{
    asm volatile("" : : "r,m"(value) : "memory");
}

// Each lab contributes one function that adds its figures, in its own file
// tests/bench/labs/<lab>.cpp (found by the build), registered there with
//   static const bench::RegisterSuite reg("survey", &benchSurvey);
using Suite = std::function<void(Reporter &, bool quick)>;
struct SuiteEntry
{
    std::string name;
    Suite run;
};
// Every registered suite, sorted by name ("ui" is added by epsilon-bench).
std::vector<SuiteEntry> &suites();
struct RegisterSuite
{
    RegisterSuite(std::string name, Suite run);
};

} // namespace bench
