#include "framework/contrast.h"

#include "charts/palette.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace contrast {
namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &a, const QColor &b, double t) // t = 0: a, t = 1: b
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}
} // namespace

double relativeLuminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &c, const QColor &background, double ratio)
{
    if (contrastRatio(c, background) >= ratio)
        return c;
    const QColor towards =
        contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background)
            ? QColor(Qt::black)
            : QColor(Qt::white);
    // Contrast grows monotonically along the line to the extreme: bisect for
    // the smallest step that reaches the ratio (keeps as much hue as it can).
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 20; ++i) {
        const double mid = 0.5 * (lo + hi);
        (contrastRatio(mix(c, towards, mid), background) >= ratio ? hi : lo) = mid;
    }
    return mix(c, towards, hi);
}

QString colourName(const QWidget *widget, Tone tone)
{
    const QColor window = widget->palette().color(QPalette::Window);
    const QColor text = widget->palette().color(QPalette::WindowText);
    QColor c;
    switch (tone) {
    case Tone::Right:
        c = palette::truth;
        break;
    case Tone::Wrong:
        c = palette::attacker;
        break;
    case Tone::Warning:
        c = palette::noise;
        break;
    case Tone::Secondary:
        c = mix(text, window, 0.35);
        break;
    }
    // A little above the bar: "#rrggbb" rounds each channel to 8 bits.
    return readableOn(c, window, kMinTextRatio + 0.1).name();
}

QString span(const QWidget *widget, Tone tone, const QString &html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colourName(widget, tone), html);
}
} // namespace contrast
