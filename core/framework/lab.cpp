#include "framework/lab.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace dp {

double ParamValues::get(const std::string &id) const
{
    auto it = m_values.find(id);
    if (it == m_values.end())
        throw std::out_of_range("no parameter named '" + id + "'");
    return it->second;
}

ParamValues defaultValues(const std::vector<ParamSpec> &specs)
{
    ParamValues v;
    for (const auto &s : specs)
        v.set(s.id, s.defaultValue);
    return v;
}

const ParamSpec *findSpec(const std::vector<ParamSpec> &specs, const std::string &id)
{
    for (const auto &s : specs)
        if (s.id == id)
            return &s;
    return nullptr;
}

namespace {

std::string formatNumber(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return buf;
}

std::string lower(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string choiceList(const ParamSpec &spec)
{
    std::string out;
    for (std::size_t i = 0; i < spec.choices.size(); ++i)
        out += (i ? ", " : "") + spec.choices[i];
    return out;
}

} // namespace

std::optional<ParamError> checkRanges(const std::vector<ParamSpec> &specs,
                                      const ParamValues &values)
{
    for (const auto &[id, v] : values.all())
        if (!findSpec(specs, id))
            return ParamError{id, "unknown parameter '" + id + "'"};
    for (const auto &s : specs) {
        if (!values.has(s.id))
            return ParamError{s.id, "parameter '" + s.id + "' is missing"};
        const double v = values.get(s.id);
        if (!std::isfinite(v))
            return ParamError{s.id, "'" + s.id + "' must be a finite number"};
        switch (s.kind) {
        case ParamKind::Choice:
            if (v != std::floor(v) || v < 0 || v >= static_cast<double>(s.choices.size()))
                return ParamError{s.id, "'" + s.id + "' must be one of: " + choiceList(s)};
            continue;
        case ParamKind::Toggle:
            if (v != 0.0 && v != 1.0)
                return ParamError{s.id, "'" + s.id + "' must be on or off"};
            continue;
        case ParamKind::Integer:
            if (v != std::floor(v))
                return ParamError{s.id, "'" + s.id + "' must be a whole number, got " +
                                            formatNumber(v)};
            [[fallthrough]];
        case ParamKind::Real:
            if (v < s.min || v > s.max)
                return ParamError{s.id, "'" + s.id + "' must be between " + formatNumber(s.min) +
                                            " and " + formatNumber(s.max) + ", got " +
                                            formatNumber(v)};
        }
    }
    return std::nullopt;
}

std::optional<ParamError> parseAssignment(const std::vector<ParamSpec> &specs,
                                          const std::string &text, ParamValues &values)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        return ParamError{"", "expected key=value, got '" + text + "'"};
    const std::string key = text.substr(0, eq);
    const std::string raw = text.substr(eq + 1);
    const ParamSpec *spec = findSpec(specs, key);
    if (!spec)
        return ParamError{key, "unknown parameter '" + key + "'"};
    if (raw.empty())
        return ParamError{key, "'" + key + "' needs a value"};
    double v = 0.0;
    const std::string word = lower(raw);
    if (spec->kind == ParamKind::Choice) {
        auto it = std::find(spec->choices.begin(), spec->choices.end(), word);
        if (it == spec->choices.end())
            return ParamError{key, "'" + key + "' must be one of: " + choiceList(*spec) +
                                       ", got '" + raw + "'"};
        v = static_cast<double>(it - spec->choices.begin());
    } else if (spec->kind == ParamKind::Toggle) {
        if (word == "on" || word == "true" || word == "yes" || word == "1")
            v = 1.0;
        else if (word == "off" || word == "false" || word == "no" || word == "0")
            v = 0.0;
        else
            return ParamError{key, "'" + key + "' must be on or off, got '" + raw + "'"};
    } else {
        const char *first = raw.data();
        const char *last = raw.data() + raw.size();
        auto [ptr, ec] = std::from_chars(first, last, v);
        if (ec != std::errc() || ptr != last || !std::isfinite(v))
            return ParamError{key, "'" + key + "' must be a number, got '" + raw + "'"};
    }
    ParamValues trial = values;
    trial.set(key, v);
    // Range-check only this key so that the message names it.
    std::vector<ParamSpec> one{*spec};
    ParamValues single;
    single.set(key, v);
    if (auto err = checkRanges(one, single))
        return err;
    values = trial;
    return std::nullopt;
}

std::string jsonEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + 2);
    for (unsigned char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out;
}

std::string jsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, ptr);
}

std::string toCsv(const ExportData &data)
{
    std::string out;
    for (std::size_t i = 0; i < data.csvColumns.size(); ++i)
        out += (i ? "," : "") + data.csvColumns[i];
    out += '\n';
    for (const auto &row : data.csvRows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out += ',';
            if (!std::isnan(row[i]))
                out += std::isinf(row[i]) ? (row[i] > 0 ? "inf" : "-inf") : jsonNumber(row[i]);
        }
        out += '\n';
    }
    return out;
}

namespace {
std::string paramJson(const ParamSpec &spec, double value)
{
    if (spec.kind == ParamKind::Choice && value >= 0 && value < static_cast<double>(spec.choices.size()))
        return "\"" + jsonEscape(spec.choices[static_cast<std::size_t>(value)]) + "\"";
    if (spec.kind == ParamKind::Toggle)
        return value != 0.0 ? "true" : "false";
    return jsonNumber(value);
}

const char *kindName(ParamKind kind)
{
    switch (kind) {
    case ParamKind::Real: return "real";
    case ParamKind::Integer: return "integer";
    case ParamKind::Choice: return "choice";
    case ParamKind::Toggle: return "toggle";
    }
    return "real";
}
} // namespace

std::string toJson(const LabModel &lab, const ParamValues &values, std::uint64_t seed,
                   const ExportData &data)
{
    std::string out = "{\n  \"lab\": \"" + jsonEscape(lab.id()) + "\",\n  \"seed\": " +
                      std::to_string(seed) + ",\n  \"parameters\": {";
    bool first = true;
    for (const auto &spec : lab.params()) {
        if (!values.has(spec.id))
            continue;
        out += std::string(first ? "" : ",") + "\n    \"" + jsonEscape(spec.id) +
               "\": " + paramJson(spec, values.get(spec.id));
        first = false;
    }
    out += "\n  }";
    for (const auto &[key, value] : data.figures)
        out += ",\n  \"" + jsonEscape(key) + "\": " + jsonNumber(value);
    for (const auto &[key, text] : data.notes)
        out += ",\n  \"" + jsonEscape(key) + "\": \"" + jsonEscape(text) + "\"";
    out += "\n}\n";
    return out;
}

std::string describeLabsJson()
{
    std::string out = "{\n  \"labs\": [";
    bool firstLab = true;
    for (const LabModel *lab : allLabs()) {
        out += std::string(firstLab ? "" : ",") + "\n    {\n      \"id\": \"" + jsonEscape(lab->id()) +
               "\",\n      \"title\": \"" + jsonEscape(lab->title()) + "\",\n      \"parameters\": [";
        firstLab = false;
        bool first = true;
        for (const auto &s : lab->params()) {
            out += std::string(first ? "" : ",") + "\n        {\"id\": \"" + jsonEscape(s.id) +
                   "\", \"label\": \"" + jsonEscape(s.label) + "\", \"type\": \"" + kindName(s.kind) +
                   "\", \"min\": " + jsonNumber(s.min) + ", \"max\": " + jsonNumber(s.max) +
                   ", \"default\": " + paramJson(s, s.defaultValue) +
                   ", \"log_scale\": " + (s.logScale ? "true" : "false");
            if (!s.unit.empty())
                out += ", \"unit\": \"" + jsonEscape(s.unit) + "\"";
            if (s.kind == ParamKind::Choice) {
                out += ", \"choices\": [";
                for (std::size_t i = 0; i < s.choices.size(); ++i)
                    out += std::string(i ? ", " : "") + "\"" + jsonEscape(s.choices[i]) + "\"";
                out += "]";
            }
            out += ", \"help\": \"" + jsonEscape(s.help) + "\"}";
            first = false;
        }
        out += "\n      ],\n      \"csv_columns\": [";
        const auto cols = lab->csvColumns();
        for (std::size_t i = 0; i < cols.size(); ++i)
            out += std::string(i ? ", " : "") + "\"" + jsonEscape(cols[i]) + "\"";
        out += "],\n      \"json_keys\": [";
        const auto keys = lab->jsonKeys();
        for (std::size_t i = 0; i < keys.size(); ++i)
            out += std::string(i ? ", " : "") + "\"" + jsonEscape(keys[i]) + "\"";
        out += "]\n    }";
    }
    out += "\n  ]\n}\n";
    return out;
}

} // namespace dp
