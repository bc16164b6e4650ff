#pragma once
// What every lab looks like from the outside, without Qt: its parameters
// (ids, ranges, defaults), a validation step that refuses bad input with a
// reason, and a pure simulation (parameters, seed) -> result. The command
// line, the benchmark and the Qt pages are all built on this one description.

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dp {

enum class ParamKind {
    Real,    // any double in [min, max]
    Integer, // a whole number in [min, max]
    Choice,  // one of `choices`; its value is the index into `choices`
    Toggle,  // off (0) or on (1)
};

struct ParamSpec
{
    std::string id;    // command-line key, e.g. "p_honest"
    ParamKind kind = ParamKind::Real;
    double min = 0.0;
    double max = 1.0;
    double defaultValue = 0.0;
    bool logScale = false; // slider moves in log10 steps (ε, population sizes)
    std::vector<std::string> choices; // Choice: names accepted on the command line
    std::string label;   // short English label; the UI translates it
    std::string unit;    // "", "%", "people", "€"...: how a value is read aloud
    std::string help;    // one English sentence: what this parameter means
    int decimals = 2;    // for display of Real values
};

class ParamValues
{
public:
    double get(const std::string &id) const;
    bool has(const std::string &id) const { return m_values.count(id) != 0; }
    void set(const std::string &id, double value) { m_values[id] = value; }
    const std::map<std::string, double> &all() const { return m_values; }
    bool operator==(const ParamValues &other) const { return m_values == other.m_values; }

private:
    std::map<std::string, double> m_values;
};

// A refusal with a reason in plain English, naming the parameter at fault.
struct ParamError
{
    std::string param;
    std::string message;
};

ParamValues defaultValues(const std::vector<ParamSpec> &specs);
const ParamSpec *findSpec(const std::vector<ParamSpec> &specs, const std::string &id);

// Checks every value against its spec: known id, finite, inside [min, max],
// whole for Integer, a valid index for Choice, 0/1 for Toggle.
std::optional<ParamError> checkRanges(const std::vector<ParamSpec> &specs,
                                      const ParamValues &values);

// Parses "key=value" (a number, a choice name, on/off/true/false/yes/no) into
// `values`. On error `values` is left unchanged.
std::optional<ParamError> parseAssignment(const std::vector<ParamSpec> &specs,
                                          const std::string &text, ParamValues &values);

// Data a headless run writes: CSV rows and the figures shown on screen.
struct ExportData
{
    std::vector<std::string> csvColumns;
    std::vector<std::vector<double>> csvRows;
    std::vector<std::pair<std::string, double>> figures;      // JSON numbers (non-finite -> null)
    std::vector<std::pair<std::string, std::string>> notes;   // JSON strings
};

class LabResult
{
public:
    virtual ~LabResult() = default;
    virtual ExportData exportData() const = 0;
};

// Set by the caller when a newer request makes this run pointless; long
// simulations poll it and return nullptr.
using CancelFlag = std::atomic<bool>;

class LabModel
{
public:
    virtual ~LabModel() = default;
    virtual std::string id() const = 0;
    virtual std::string title() const = 0;
    virtual const std::vector<ParamSpec> &params() const = 0;
    virtual std::vector<std::string> csvColumns() const = 0;
    virtual std::vector<std::string> jsonKeys() const = 0;

    // checkRanges() plus rules that involve several parameters.
    virtual std::optional<ParamError> validate(const ParamValues &values) const
    {
        return checkRanges(params(), values);
    }

    // Pure function of (values, seed). Precondition: validate() passed.
    // Returns nullptr only when `cancel` was raised during the run.
    virtual std::shared_ptr<const LabResult> run(const ParamValues &values, std::uint64_t seed,
                                                 const CancelFlag *cancel = nullptr) const = 0;
};

// Every lab, in course order.
const std::vector<const LabModel *> &allLabs();
const LabModel *findLab(const std::string &id);

// The CSV file a headless export writes: a header line, then one line per
// row; numbers in shortest round-trip form, empty fields for NaN.
std::string toCsv(const ExportData &data);
// The JSON file: {"lab", "seed", "parameters": {...}, then every figure and
// note as a top-level key}. Choice parameters are written by name.
std::string toJson(const LabModel &lab, const ParamValues &values, std::uint64_t seed,
                   const ExportData &data);
// The --describe document: every lab, its parameters and export columns.
std::string describeLabsJson();

std::string jsonEscape(const std::string &text);
// Shortest text that reads back as the same double; "null" when not finite.
std::string jsonNumber(double value);

} // namespace dp
