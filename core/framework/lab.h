#pragma once
// What every lab looks like from the outside, without Qt: its parameters
// (ids, ranges, defaults), a validation step that refuses bad input with a
// reason (a code and the numbers involved, never a sentence), and a pure
// simulation (parameters, seed) -> result. The command line, the benchmark
// and the Qt pages are all built on this one description.
//
// Labs do not implement LabModel by hand: they declare a definition struct
// and register TypedLab<Def> (framework/typedlab.h, which says how).

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
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

// One parameter, every option named. Write it with designated initialisers
// in this order (C++20 requires declaration order; leave out what you do not
// need):  {.id = "rows", .min = 2, .max = 1e8, .log = true}
// In a typed lab the kind and the default come from the bound member (see
// typedlab.h); words a person reads (label, help, unit word, choice names)
// live in the lab's ui/ table, where lupdate finds them.
struct ParamSpec
{
    std::string id;                   // command-line key and JSON key, e.g. "p_honest"
    ParamKind kind = ParamKind::Real; // derived from the bound member in a typed lab
    double min = 0.0;
    double max = 1.0;
    bool log = false;                 // slider moves in log10 steps (ε, population sizes)
    std::string unit;                 // "%" (a share in [0, 1], shown in percent), "€", or ""
    int decimals = 0;                 // decimals shown for Real values (a share: of its percent)
    std::vector<std::string> choices; // Choice: stable English ids accepted on the command line
    bool displayOnly = false;         // changes only the drawing: the page redraws the last result
    double defaultValue = 0.0;        // derived from Params{} in a typed lab
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

// Why an input was refused: a code, the parameter at fault and the numbers
// involved. The words are made in ui/ (describe(ParamError), translated);
// debugString() below lists the fields for tests and logs, no sentence.
enum class ParamErrorCode {
    Syntax,     // not "key=value" (`text` holds what was given)
    Unknown,    // no parameter with this id
    Missing,    // a parameter without a value
    NoValue,    // "key=" with nothing after it
    NotANumber, // `text` is not a number
    NotFinite,  // NaN or ±∞
    NotWhole,   // an Integer parameter got `value` with a fraction
    OutOfRange, // `value` is outside [min, max] (min/max may depend on other parameters)
    NotAChoice, // `text` is none of `choices`
    NotOnOff,   // a Toggle got `text`
    Rule,       // a lab's cross-parameter rule `rule` (a stable id) is broken; `value`
                // is what was asked for and `max` the limit, when they are numbers
};

struct ParamError
{
    std::string param;
    ParamErrorCode code = ParamErrorCode::OutOfRange;
    double value = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    std::vector<std::string> choices;
    std::string text; // the raw text given, for Syntax, NotANumber, NotAChoice, NotOnOff
    std::string rule; // Rule: stable id, e.g. "person_mode_limit"

    static ParamError outOfRange(std::string param, double value, double min, double max)
    {
        ParamError e{std::move(param), ParamErrorCode::OutOfRange};
        e.value = value;
        e.min = min;
        e.max = max;
        return e;
    }
    static ParamError broken(std::string param, std::string rule,
                             double value = std::numeric_limits<double>::quiet_NaN(),
                             double limit = std::numeric_limits<double>::quiet_NaN())
    {
        ParamError e{std::move(param), ParamErrorCode::Rule};
        e.rule = std::move(rule);
        e.value = value;
        e.max = limit;
        return e;
    }
};

// Stable ids and numbers for logs and test failures, not a sentence:
// "out_of_range 'rows' value=1 min=2 max=1e+08",
// "not_a_choice 'mode' text='fast' choices=auto,person,aggregate",
// "rule 'mode' rule=person_mode_limit value=1e+14 max=2e+10".
// The words a person reads are made in ui/ (describe(ParamError)).
std::string paramErrorCodeId(ParamErrorCode code);
std::string debugString(const ParamError &error);

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
// The text parseAssignment reads back as `value` (a choice name, on/off, or
// the number in shortest round-trip form).
std::string formatValue(const ParamSpec &spec, double value);

// Data a headless run writes: CSV rows and the figures shown on screen.
struct ExportData
{
    std::vector<std::string> csvColumns;
    std::vector<std::vector<double>> csvRows;
    std::vector<std::pair<std::string, double>> figures;    // JSON numbers (non-finite -> null)
    std::vector<std::pair<std::string, std::string>> notes; // JSON strings (stable ids, not prose)
};

class LabResult
{
public:
    virtual ~LabResult() = default;
    // Declares the export once: the columns, keys and notes written here for
    // a default-constructed result are the lab's declared columns and keys.
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
    virtual const std::vector<ParamSpec> &params() const = 0;
    virtual std::vector<std::string> csvColumns() const = 0;
    virtual std::vector<std::string> jsonKeys() const = 0;

    // checkRanges() plus rules that involve several parameters.
    virtual std::optional<ParamError> validate(const ParamValues &values) const = 0;

    // A valid parameter set that runs in a fraction of a second, for the lab
    // contract test and the command-line test: the defaults, unless the
    // definition declares a cheaper `static Params quick()` (typedlab.h).
    virtual ParamValues quickValues() const { return defaultValues(params()); }

    // Pure function of (values, seed). Precondition: validate() passed.
    // Returns nullptr only when `cancel` was raised during the run.
    virtual std::shared_ptr<const LabResult> run(const ParamValues &values, std::uint64_t seed,
                                                 const CancelFlag *cancel = nullptr) const = 0;
};

// Every lab, in course order (core/framework/labs.cpp, one line per lab).
const std::vector<const LabModel *> &allLabs();
const LabModel *findLab(const std::string &id);

// The CSV file a headless export writes: a header line, then one line per
// row; numbers in shortest round-trip form, empty fields for NaN.
std::string toCsv(const ExportData &data);
// The JSON file: {"lab", "seed", "parameters": {...}, then every figure and
// note as a top-level key}. Choice parameters are written by name.
std::string toJson(const LabModel &lab, const ParamValues &values, std::uint64_t seed,
                   const ExportData &data);

// Words for --describe, supplied by the caller (the app takes them from the
// ui/ tables); `what` is "title" (paramId empty), "label" or "help".
using DescribeText = std::function<std::string(const std::string &labId, const std::string &paramId,
                                               const char *what)>;
// The --describe document: every lab, its parameters and export columns.
std::string describeLabsJson(const DescribeText &text = {});

std::string jsonEscape(const std::string &text);
// Shortest text that reads back as the same double; "null" when not finite.
std::string jsonNumber(double value);

} // namespace dp
