#pragma once
// The one place where a refused input (dp::ParamError: a code, the parameter
// and the numbers involved) becomes a sentence a person reads. Translated
// (context "ParamError"); a lab's own rules take their sentence from its
// LabTexts table, shared rules ("positive", "probability_open",
// "person_mode_limit") have one here.

#include "framework/lab.h"

#include <QString>

// How the parameter is named: by its translated label (on screen) or by its
// command-line id (the command line's own messages).
enum class ParamNames { Labels, Ids };

// `lab` (optional) supplies the parameter's label, unit (shares in percent,
// money in €) and the sentences of its own rules.
QString describe(const dp::ParamError &error, const dp::LabModel *lab = nullptr,
                 ParamNames names = ParamNames::Labels);
