#include "bench.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>

namespace bench {

namespace {
std::string jsonNum(double v)
{
    if (!std::isfinite(v))
        return "null";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
std::string esc(const std::string &s)
{
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\')
            o += '\\';
        o += c;
    }
    return o;
}
bool meets(const Figure &f)
{
    if (!f.target)
        return true;
    return f.higherIsBetter ? f.value >= *f.target : f.value <= *f.target;
}
} // namespace

void Reporter::printTable() const
{
    std::printf("%-52s %12s %-4s %12s %9s %10s  %s\n", "figure", "value", "unit", "baseline",
                "ratio", "target", "");
    for (const auto &f : m_figures) {
        std::string base = f.baseline ? jsonNum(*f.baseline) : "-";
        std::string ratio =
            f.baseline && f.value > 0
                ? jsonNum(f.higherIsBetter ? f.value / *f.baseline : *f.baseline / f.value) + "x"
                : "-";
        std::string target =
            f.target ? std::string(f.higherIsBetter ? ">=" : "<=") + jsonNum(*f.target) : "-";
        std::printf("%-52s %12s %-4s %12s %9s %10s  %s%s%s\n", f.name.c_str(),
                    jsonNum(f.value).c_str(), f.unit.c_str(), base.c_str(), ratio.c_str(),
                    target.c_str(), f.target ? (meets(f) ? "ok" : "MISSED") : "",
                    f.baselineName.empty() ? "" : ("  vs " + f.baselineName).c_str(),
                    f.note.empty() ? "" : ("  (" + f.note + ")").c_str());
    }
}

void Reporter::printJson() const
{
    for (const auto &f : m_figures) {
        std::string line = "{\"name\":\"" + esc(f.name) + "\",\"value\":" + jsonNum(f.value) +
                           ",\"unit\":\"" + esc(f.unit) + "\"";
        if (f.baseline) {
            line += ",\"baseline\":" + jsonNum(*f.baseline) + ",\"baseline_name\":\"" +
                    esc(f.baselineName) + "\"";
            if (f.value > 0)
                line += ",\"ratio\":" +
                        jsonNum(f.higherIsBetter ? f.value / *f.baseline : *f.baseline / f.value);
        }
        if (f.target)
            line += ",\"target\":" + jsonNum(*f.target) +
                    ",\"target_met\":" + (meets(f) ? "true" : "false");
        if (!f.note.empty())
            line += ",\"note\":\"" + esc(f.note) + "\"";
        line += "}";
        std::puts(line.c_str());
    }
}

bool Reporter::allTargetsMet() const
{
    return std::all_of(m_figures.begin(), m_figures.end(), meets);
}

double medianSeconds(const std::function<void()> &fn, int reps)
{
    fn();
    std::vector<double> t;
    for (int i = 0; i < std::max(1, reps); ++i) {
        const auto a = std::chrono::steady_clock::now();
        fn();
        const auto b = std::chrono::steady_clock::now();
        t.push_back(std::chrono::duration<double>(b - a).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

std::string &baselineDir()
{
    static std::string dir = EPSILON_SOURCE_DIR "/../shared/baselines";
    return dir;
}

std::optional<double> runBaseline(const std::string &script, const std::string &args,
                                  const std::string &key)
{
    // Debian's python3 is the one python3-numpy installs into.
    const char *python = std::getenv("EPSILON_PYTHON");
    std::string cmd = std::string(python ? python : "/usr/bin/python3") + " '" + baselineDir() +
                      "/" + script + "' " + args + " 2>/dev/null";
    std::fprintf(stderr, "  baseline: %s\n", cmd.c_str());
    std::unique_ptr<FILE, int (*)(FILE *)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe)
        return std::nullopt;
    std::string out;
    std::array<char, 512> buf{};
    while (std::fgets(buf.data(), buf.size(), pipe.get()))
        out += buf.data();
    const std::string needle = key + "=";
    auto pos = out.find(needle);
    if (pos == std::string::npos)
        return std::nullopt;
    try {
        return std::stod(out.substr(pos + needle.size()));
    } catch (...) {
        return std::nullopt;
    }
}

std::vector<SuiteEntry> &suites()
{
    static std::vector<SuiteEntry> all;
    return all;
}

RegisterSuite::RegisterSuite(std::string name, Suite run)
{
    suites().push_back({std::move(name), std::move(run)});
}

} // namespace bench
