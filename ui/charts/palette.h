#pragma once
// One colour per meaning, the same in every lab: the Okabe–Ito palette
// (Okabe & Ito 2008, "Color Universal Design"), safe for the common forms of
// colour blindness. Series also differ by dash or marker, never colour alone.

#include <QColor>

namespace palette {
inline const QColor truth{0x00, 0x9E, 0x73};    // bluish green: the true value
inline const QColor estimate{0x00, 0x72, 0xB2}; // blue: what the analyst estimates
inline const QColor noise{0xE6, 0x9F, 0x00};    // orange: noisy / private answers
inline const QColor attacker{0xD5, 0x5E, 0x00}; // vermillion: the attacker
inline const QColor theory{0x00, 0x00, 0x00};   // black: theory, bounds
inline const QColor extra{0xCC, 0x79, 0xA7};    // reddish purple: a second comparison
inline const QColor sky{0x56, 0xB4, 0xE9};      // sky blue: fills, backgrounds
inline const QColor neutral{0x99, 0x99, 0x99};  // grey: "no" / inactive
} // namespace palette
