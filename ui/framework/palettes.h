#pragma once
// Named palettes for checking that every text and panel follows palette
// roles: "dark" and "contrast" (white on black, yellow highlight). Used by
// the hidden --palette option and the EPSILON_PALETTE variable; chart series
// keep their Okabe–Ito colours under any palette.

#include <QPalette>
#include <QString>

// The palette called `name`, or false when there is none.
bool namedPalette(const QString &name, QPalette *palette);
// Applies it to the application (Fusion style, so the palette is honoured).
bool applyNamedPalette(const QString &name);
