#pragma once
// The words of a lab: its title, each parameter's label, help, unit word and
// choice names, and sentences for its own validation rules. Core has none of
// them (core/framework/typedlab.h); each lab keeps one LabTexts table in its
// ui/labs/<lab>/ folder, every string wrapped so that lupdate extracts it:
//
//   const LabTexts &SurveyPage::words()
//   {
//       static const LabTexts t{
//           .title = QT_TRANSLATE_NOOP("labs", "Coin-flip survey"),
//           .params = {
//               {.id = "population", .label = QT_TRANSLATE_NOOP("params", "Population"),
//                .help = QT_TRANSLATE_NOOP("params", "How many people answer the survey."),
//                .unit = QT_TRANSLATE_NOOP("units", "people")},
//               {.id = "mode", .label = QT_TRANSLATE_NOOP("params", "Simulation"),
//                .help = QT_TRANSLATE_NOOP("params", "…"),
//                .choices = {QT_TRANSLATE_NOOP("choices", "Automatic"), …}},
//           },
//           .rules = {{"person_mode_limit", QT_TRANSLATE_NOOP("rules", "… %1 … %2 …")}},
//       };
//       return t;
//   }
//
// Contexts: "labs", "params", "units", "choices", "rules". The text is shown
// through QCoreApplication::translate(context, text) at the moment it is
// drawn (the helpers below), so a language switch only has to redraw.
// Rule sentences get %1 = the value asked for, %2 = the limit (QLocale numbers).

#include <QString>

#include <string>
#include <vector>

struct ParamText
{
    const char *id = "";
    const char *label = "";                 // "params"
    const char *help = "";                  // "params"
    const char *unit = "";                  // "units"; "" = no word (a share shows " %")
    std::vector<const char *> choices = {}; // "choices", in the order of the core's ids
};

struct RuleText
{
    const char *rule = ""; // the id core puts into ParamError::rule
    const char *text = ""; // "rules"
};

struct LabTexts
{
    const char *title = ""; // "labs"
    std::vector<ParamText> params;
    std::vector<RuleText> rules = {};

    const ParamText *param(const std::string &id) const;
    QString translatedTitle() const;
    // Translated label/help/unit of a parameter; the id when the table lacks it.
    QString label(const std::string &id) const;
    QString help(const std::string &id) const;
    QString unit(const std::string &id) const;
    QString choice(const std::string &id, int index, const std::string &fallback) const;
    // Translated sentence for a lab rule, empty when the table has none.
    QString rule(const std::string &ruleId) const;
};
