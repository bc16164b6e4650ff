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

std::string choiceList(const std::vector<std::string> &choices)
{
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i)
        out += (i ? "," : "") + choices[i];
    return out;
}

ParamError coded(const std::string &param, ParamErrorCode code, std::string text = {})
{
    ParamError e{param, code};
    e.text = std::move(text);
    return e;
}

} // namespace

std::string paramErrorCodeId(ParamErrorCode code)
{
    switch (code) {
    case ParamErrorCode::Syntax:
        return "syntax";
    case ParamErrorCode::Unknown:
        return "unknown";
    case ParamErrorCode::Missing:
        return "missing";
    case ParamErrorCode::NoValue:
        return "no_value";
    case ParamErrorCode::NotANumber:
        return "not_a_number";
    case ParamErrorCode::NotFinite:
        return "not_finite";
    case ParamErrorCode::NotWhole:
        return "not_whole";
    case ParamErrorCode::OutOfRange:
        return "out_of_range";
    case ParamErrorCode::NotAChoice:
        return "not_a_choice";
    case ParamErrorCode::NotOnOff:
        return "not_on_off";
    case ParamErrorCode::Rule:
        return "rule";
    }
    return "unknown";
}

std::string debugString(const ParamError &e)
{
    std::string out = paramErrorCodeId(e.code) + " '" + e.param + "'";
    if (!e.rule.empty())
        out += " rule=" + e.rule;
    if (!std::isnan(e.value))
        out += " value=" + formatNumber(e.value);
    if (!std::isnan(e.min))
        out += " min=" + formatNumber(e.min);
    if (!std::isnan(e.max))
        out += " max=" + formatNumber(e.max);
    if (!e.text.empty())
        out += " text='" + e.text + "'";
    if (!e.choices.empty())
        out += " choices=" + choiceList(e.choices);
    return out;
}

std::optional<ParamError> checkRanges(const std::vector<ParamSpec> &specs,
                                      const ParamValues &values)
{
    for (const auto &[id, v] : values.all())
        if (!findSpec(specs, id))
            return coded(id, ParamErrorCode::Unknown);
    for (const auto &s : specs) {
        if (!values.has(s.id))
            return coded(s.id, ParamErrorCode::Missing);
        const double v = values.get(s.id);
        if (!std::isfinite(v))
            return coded(s.id, ParamErrorCode::NotFinite);
        switch (s.kind) {
        case ParamKind::Choice:
            if (v != std::floor(v) || v < 0 || v >= static_cast<double>(s.choices.size())) {
                ParamError e = coded(s.id, ParamErrorCode::NotAChoice);
                e.value = v;
                e.choices = s.choices;
                return e;
            }
            continue;
        case ParamKind::Toggle:
            if (v != 0.0 && v != 1.0) {
                ParamError e = coded(s.id, ParamErrorCode::NotOnOff);
                e.value = v;
                return e;
            }
            continue;
        case ParamKind::Integer:
            if (v != std::floor(v)) {
                ParamError e = coded(s.id, ParamErrorCode::NotWhole);
                e.value = v;
                return e;
            }
            [[fallthrough]];
        case ParamKind::Real:
            if (v < s.min || v > s.max)
                return ParamError::outOfRange(s.id, v, s.min, s.max);
        }
    }
    return std::nullopt;
}

std::optional<ParamError> parseAssignment(const std::vector<ParamSpec> &specs,
                                          const std::string &text, ParamValues &values)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        return coded("", ParamErrorCode::Syntax, text);
    const std::string key = text.substr(0, eq);
    const std::string raw = text.substr(eq + 1);
    const ParamSpec *spec = findSpec(specs, key);
    if (!spec)
        return coded(key, ParamErrorCode::Unknown);
    if (raw.empty())
        return coded(key, ParamErrorCode::NoValue);
    double v = 0.0;
    const std::string word = lower(raw);
    if (spec->kind == ParamKind::Choice) {
        auto it = std::find(spec->choices.begin(), spec->choices.end(), word);
        if (it == spec->choices.end()) {
            ParamError e = coded(key, ParamErrorCode::NotAChoice, raw);
            e.choices = spec->choices;
            return e;
        }
        v = static_cast<double>(it - spec->choices.begin());
    } else if (spec->kind == ParamKind::Toggle) {
        if (word == "on" || word == "true" || word == "yes" || word == "1")
            v = 1.0;
        else if (word == "off" || word == "false" || word == "no" || word == "0")
            v = 0.0;
        else
            return coded(key, ParamErrorCode::NotOnOff, raw);
    } else {
        const char *first = raw.data();
        const char *last = raw.data() + raw.size();
        auto [ptr, ec] = std::from_chars(first, last, v);
        if (ec != std::errc() || ptr != last || !std::isfinite(v))
            return coded(key, ParamErrorCode::NotANumber, raw);
    }
    // Range-check only this key so that the error names it.
    ParamValues single;
    single.set(key, v);
    if (auto err = checkRanges({*spec}, single))
        return err;
    values.set(key, v);
    return std::nullopt;
}

std::string formatValue(const ParamSpec &spec, double value)
{
    if (spec.kind == ParamKind::Choice && value >= 0 &&
        value < static_cast<double>(spec.choices.size()))
        return spec.choices[static_cast<std::size_t>(value)];
    if (spec.kind == ParamKind::Toggle)
        return value != 0.0 ? "on" : "off";
    return jsonNumber(value);
}

std::string jsonEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + 2);
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
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
    if (spec.kind == ParamKind::Choice && value >= 0 &&
        value < static_cast<double>(spec.choices.size())) {
        std::string quoted(1, '"'); // (not "\"" + …: GCC 12 -O3 warns -Wrestrict on that)
        quoted += jsonEscape(spec.choices[static_cast<std::size_t>(value)]);
        quoted += '"';
        return quoted;
    }
    if (spec.kind == ParamKind::Toggle)
        return value != 0.0 ? "true" : "false";
    return jsonNumber(value);
}

const char *kindName(ParamKind kind)
{
    switch (kind) {
    case ParamKind::Real:
        return "real";
    case ParamKind::Integer:
        return "integer";
    case ParamKind::Choice:
        return "choice";
    case ParamKind::Toggle:
        return "toggle";
    }
    return "real";
}
} // namespace

std::string toJson(const LabModel &lab, const ParamValues &values, std::uint64_t seed,
                   const ExportData &data)
{
    std::string out = "{\n  \"lab\": \"" + jsonEscape(lab.id()) +
                      "\",\n  \"seed\": " + std::to_string(seed) + ",\n  \"parameters\": {";
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

std::string describeLabsJson(const DescribeText &text)
{
    const auto word = [&](const std::string &lab, const std::string &param, const char *what) {
        std::string w = text ? text(lab, param, what) : std::string();
        return w.empty() && std::string(what) != "help" ? (param.empty() ? lab : param) : w;
    };
    std::string out = "{\n  \"labs\": [";
    bool firstLab = true;
    for (const LabModel *lab : allLabs()) {
        out += std::string(firstLab ? "" : ",") + "\n    {\n      \"id\": \"" +
               jsonEscape(lab->id()) + "\",\n      \"title\": \"" +
               jsonEscape(word(lab->id(), "", "title")) + "\",\n      \"parameters\": [";
        firstLab = false;
        bool first = true;
        for (const auto &s : lab->params()) {
            out += std::string(first ? "" : ",") + "\n        {\"id\": \"" + jsonEscape(s.id) +
                   "\", \"label\": \"" + jsonEscape(word(lab->id(), s.id, "label")) +
                   "\", \"type\": \"" + kindName(s.kind) + "\", \"min\": " + jsonNumber(s.min) +
                   ", \"max\": " + jsonNumber(s.max) +
                   ", \"default\": " + paramJson(s, s.defaultValue) +
                   ", \"log_scale\": " + (s.log ? "true" : "false") +
                   ", \"display_only\": " + (s.displayOnly ? "true" : "false");
            if (!s.unit.empty())
                out += ", \"unit\": \"" + jsonEscape(s.unit) + "\"";
            if (s.kind == ParamKind::Choice) {
                out += ", \"choices\": [";
                for (std::size_t i = 0; i < s.choices.size(); ++i)
                    out += std::string(i ? ", " : "") + "\"" + jsonEscape(s.choices[i]) + "\"";
                out += "]";
            }
            out += ", \"help\": \"" + jsonEscape(word(lab->id(), s.id, "help")) + "\"}";
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
