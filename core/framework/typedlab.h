#pragma once
// ─── How to add a lab ──────────────────────────────────────────────────────
// A lab is one folder per side plus two registry lines:
//   core/labs/<lab>/   Params, Result (numbers and enums only), validate,
//                      simulate, and the definition struct below.
//   ui/labs/<lab>/     its page (a TypedLabPage<Def>, ui/framework/typedlabpage.h)
//                      and its words (a LabTexts table, ui/framework/labtexts.h).
//   core/framework/labs.cpp       one line: lab<MyLab>(), and its #include
//   ui/framework/labfactory.cpp   one line: page<MyPage>(), and its #include
//   README.md                     a row in the table of labs
//   resources/lessons/{en,de}/<lab>.md, tests/core/labs/<lab>/tst_*.cpp,
//   tests/ui/labs/<lab>/tst_*.cpp and tests/bench/labs/<lab>.cpp are found by
//   the build without an edit; the lab contract test
//   (tests/core/framework/tst_lab_contract.cpp) and the command-line test
//   (tests/ui/framework/tst_cli.cpp) cover it at once.
//
// Minimal example (core/labs/coin/coin.h):
//
//   enum class CoinMode { Auto, Person, Aggregate };
//   struct CoinParams {                 // defaults here ARE the lab's defaults
//       std::uint64_t flips = 1000;     // integer member -> Integer parameter
//       double pHeads = 0.5;            // double         -> Real
//       bool showCoins = true;          // bool           -> Toggle
//       CoinMode mode = CoinMode::Auto; // enum           -> Choice (needs .choices)
//   };
//   struct CoinResult final : LabResult {
//       std::uint64_t heads = 0;
//       ExportData exportData() const override; // columns, figures, notes: declared once,
//   };                                          // always the same keys (a default
//                                               // Result{} declares them)
//   struct CoinLab {
//       using Params = CoinParams;
//       using Result = CoinResult;
//       static constexpr const char *id = "coin";
//       static std::vector<Param<Params>> params()
//       {
//           return {
//               bind(&Params::flips, {.id = "flips", .min = 1, .max = 1e9, .log = true}),
//               bind(&Params::pHeads, {.id = "p_heads", .min = 0, .max = 1, .unit = "%", .decimals
//               = 3}), bind(&Params::showCoins, {.id = "show_coins", .displayOnly = true}),
//               bind(&Params::mode, {.id = "mode", .choices = {"auto", "person", "aggregate"}}),
//           };
//       }
//       // Rules between parameters (each range is already checked): return
//       // ParamError::outOfRange(id, value, min, max) or
//       // ParamError::broken(id, "rule_id", value, limit); no sentences.
//       static std::optional<ParamError> validate(const Params &p);
//       // Pure in (p, seed); nullptr only when *cancel was raised.
//       static std::shared_ptr<const Result> simulate(const Params &p, std::uint64_t seed,
//                                                     const CancelFlag *cancel);
//       // Optional, when a default run takes more than a fraction of a second:
//       // a cheaper valid set the contract and command-line tests run instead.
//       static Params quick() { return {.flips = 100}; }
//   };
//
// ParamSpec fields, in the order designated initialisers need them: id, min,
// max, log, unit ("%" = a share shown in percent, "€", or ""), decimals,
// choices (stable English ids for the command line), displayOnly (the page
// redraws the last result instead of running again; simulate must ignore it).
// Kind and default are taken from the member, so they cannot disagree.
//
// Words are not here: the label, help, unit word, choice names and rule
// sentences are in the lab's ui/ table, written as
//   {.id = "flips", .label = QT_TRANSLATE_NOOP("params", "Coin flips"),
//    .help = QT_TRANSLATE_NOOP("params", "How many times the coin is flipped.")}
// so lupdate extracts them and the page shows them through translate().
// ───────────────────────────────────────────────────────────────────────────

#include "framework/lab.h"

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace dp {

// One parameter bound to a member of P.
template <typename P> struct Param
{
    ParamSpec spec;
    std::function<double(const P &)> get;
    std::function<void(P &, double)> set;
};

template <typename P, typename M> Param<P> bind(M P::*member, ParamSpec spec)
{
    static_assert(std::is_arithmetic_v<M> || std::is_enum_v<M>,
                  "bind a number, bool or enum member");
    if (!spec.choices.empty()) { // an enum, or a bool named by two words
        spec.kind = ParamKind::Choice;
        spec.min = 0;
        spec.max = static_cast<double>(spec.choices.size() - 1);
    } else if constexpr (std::is_same_v<M, bool>) {
        spec.kind = ParamKind::Toggle;
        spec.min = 0;
        spec.max = 1;
    } else if constexpr (std::is_integral_v<M>) {
        spec.kind = ParamKind::Integer;
    } else if constexpr (std::is_enum_v<M>) {
        throw std::logic_error("parameter '" + spec.id + "': an enum member needs .choices");
    } else if (spec.kind !=
               ParamKind::Integer) { // a double may hold a whole count: .kind = Integer
        spec.kind = ParamKind::Real;
    }
    Param<P> p;
    p.get = [member](const P &params) -> double {
        if constexpr (std::is_enum_v<M>)
            return static_cast<double>(static_cast<std::underlying_type_t<M>>(params.*member));
        else
            return static_cast<double>(params.*member);
    };
    p.set = [member](P &params, double v) {
        if constexpr (std::is_same_v<M, bool>)
            params.*member = v != 0.0;
        else if constexpr (std::is_enum_v<M>)
            params.*member = static_cast<M>(static_cast<std::underlying_type_t<M>>(v));
        else
            params.*member = static_cast<M>(v);
    };
    spec.defaultValue = p.get(P{});
    p.spec = std::move(spec);
    return p;
}

// The LabModel the framework derives from a lab definition (see above).
template <typename Def> class TypedLab final : public LabModel
{
public:
    using Params = typename Def::Params;
    using Result = typename Def::Result;

    static const TypedLab &instance()
    {
        static const TypedLab lab;
        return lab;
    }

    std::string id() const override { return Def::id; }
    const std::vector<ParamSpec> &params() const override { return m_specs; }
    std::vector<std::string> csvColumns() const override { return m_columns; }
    std::vector<std::string> jsonKeys() const override { return m_keys; }

    std::optional<ParamError> validate(const ParamValues &values) const override
    {
        if (auto err = checkRanges(m_specs, values))
            return err;
        return Def::validate(toParams(values));
    }
    std::optional<ParamError> validate(const Params &params) const
    {
        return validate(toValues(params));
    }

    ParamValues quickValues() const override
    {
        if constexpr (requires { Def::quick(); })
            return toValues(Def::quick());
        else
            return defaultValues(m_specs);
    }

    std::shared_ptr<const LabResult> run(const ParamValues &values, std::uint64_t seed,
                                         const CancelFlag *cancel = nullptr) const override
    {
        return Def::simulate(toParams(values), seed, cancel);
    }
    std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                           const CancelFlag *cancel = nullptr) const
    {
        return Def::simulate(params, seed, cancel);
    }

    // Values -> struct (ids not in `values` keep their defaults) and back.
    static Params toParams(const ParamValues &values)
    {
        Params p{};
        for (const auto &f : instance().m_fields)
            if (values.has(f.spec.id))
                f.set(p, values.get(f.spec.id));
        return p;
    }
    static ParamValues toValues(const Params &params)
    {
        ParamValues v;
        for (const auto &f : instance().m_fields)
            v.set(f.spec.id, f.get(params));
        return v;
    }

private:
    TypedLab() : m_fields(Def::params())
    {
        for (const auto &f : m_fields)
            m_specs.push_back(f.spec);
        const ExportData d = Result{}.exportData();
        m_columns = d.csvColumns;
        for (const auto &[key, value] : d.figures)
            m_keys.push_back(key);
        for (const auto &[key, value] : d.notes)
            m_keys.push_back(key);
    }

    std::vector<Param<Params>> m_fields;
    std::vector<ParamSpec> m_specs;
    std::vector<std::string> m_columns;
    std::vector<std::string> m_keys;
};

// For the registry: lab<SurveyLab>() is the one model of that lab.
template <typename Def> const LabModel *lab()
{
    return &TypedLab<Def>::instance();
}

} // namespace dp
