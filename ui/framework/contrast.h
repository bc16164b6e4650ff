#pragma once
// Text colours that stay readable on whatever palette is active (light, dark,
// high contrast). Rich text never carries a fixed colour: a page asks for a
// tone here and gets an Okabe–Ito hue (or the text colour) moved towards
// black or white until it reaches the WCAG 2.1 contrast of 4.5 : 1 against
// the window colour it is drawn on.
//
// contrastRatio(a, b) = (L_light + 0.05) / (L_dark + 0.05), L the relative
// luminance 0.2126 R + 0.7152 G + 0.0722 B of linearised sRGB (WCAG 2.1,
// "contrast ratio"); 1 (same colour) to 21 (black on white).

#include <QColor>
#include <QString>

class QWidget;

namespace contrast {
inline constexpr double kMinTextRatio = 4.5; // WCAG AA for normal text

double relativeLuminance(const QColor &c);
double contrastRatio(const QColor &a, const QColor &b);
// `c` itself when it reads on `background`, else the nearest colour along
// the line to black or white (whichever gives more contrast) that does.
QColor readableOn(const QColor &c, const QColor &background, double ratio = kMinTextRatio);

enum class Tone {
    Right,     // a correct guess: bluish green
    Wrong,     // a wrong guess, a mistake: vermillion
    Warning,   // a caveat: orange
    Secondary, // a footnote: the text colour halfway to the window colour
};
// The colour of `tone` on `widget`'s window, as "#rrggbb" for a style attribute.
QString colourName(const QWidget *widget, Tone tone);
// `html` in a span of that colour.
QString span(const QWidget *widget, Tone tone, const QString &html);
} // namespace contrast
