#include "labs/dpsgd/decisionmap.h"

#include "charts/palette.h"

#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Class colours: orange for class 0, blue for class 1 (Okabe–Ito).
const QColor &classColor(int label)
{
    return label == 1 ? palette::estimate : palette::noise;
}

QColor wash(float p)
{
    // Blend towards the class colour by confidence |2p − 1|, over white.
    const QColor &c = classColor(p >= 0.5f ? 1 : 0);
    const double strength = 0.15 + 0.40 * std::min(1.0, std::abs(2.0 * p - 1.0));
    auto mix = [&](int channel) {
        return static_cast<int>(std::lround(255 + (channel - 255) * strength));
    };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

class MapCanvas : public QWidget
{
public:
    explicit MapCanvas(DecisionMap *owner) : QWidget(owner), m_owner(owner)
    {
        setMinimumSize(220, 200);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const DecisionMap::Data &d = m_owner->data();
        const bool big = m_owner->presentation();
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), palette().color(QPalette::Base));
        QFont titleFont = font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(font().pointSizeF() * (big ? 1.5 : 1.1));
        QFont axisFont = font();
        axisFont.setPointSizeF(font().pointSizeF() * (big ? 1.3 : 0.95));
        const QFontMetrics tm(titleFont), am(axisFont);
        const int top = tm.height() + 6;
        const int bottom = 2 * am.height() + 6;
        const int left = 2 * am.height() + am.horizontalAdvance(QStringLiteral("−3")) + 4;
        const int side = std::max(40, std::min(width() - left - 8, height() - top - bottom));
        const QRectF plot(left + (width() - left - 8 - side) / 2.0, top, side, side);

        // A long (translated) title shrinks to fit rather than being cut.
        while (titleFont.pointSizeF() > 6.0 &&
               QFontMetrics(titleFont).horizontalAdvance(m_owner->title()) > width() - 4)
            titleFont.setPointSizeF(titleFont.pointSizeF() - 0.5);
        p.setFont(titleFont);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, 0, width(), top), Qt::AlignCenter, m_owner->title());

        const auto toWidget = [&](double x, double y) {
            return QPointF(plot.left() + (x - d.xMin) / (d.xMax - d.xMin) * plot.width(),
                           plot.bottom() - (y - d.yMin) / (d.yMax - d.yMin) * plot.height());
        };
        if (d.grid > 0 && d.probability.size() == std::size_t(d.grid) * d.grid) {
            QImage img(d.grid, d.grid, QImage::Format_RGB32);
            for (int r = 0; r < d.grid; ++r)
                for (int c = 0; c < d.grid; ++c)
                    img.setPixelColor(c, d.grid - 1 - r,
                                      wash(d.probability[std::size_t(r) * d.grid + c]));
            p.save();
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(plot, img);
            p.restore();
            // The boundary P = ½: between neighbouring cells on opposite sides.
            QPen boundary(palette::theory, big ? 3.0 : 2.0);
            p.setPen(boundary);
            const double cw = plot.width() / d.grid, ch = plot.height() / d.grid;
            auto side1 = [&](int r, int c) {
                return d.probability[std::size_t(r) * d.grid + c] >= 0.5f;
            };
            for (int r = 0; r < d.grid; ++r)
                for (int c = 0; c < d.grid; ++c) {
                    const double x0 = plot.left() + c * cw, yb = plot.bottom() - r * ch;
                    if (c + 1 < d.grid && side1(r, c) != side1(r, c + 1))
                        p.drawLine(QPointF(x0 + cw, yb), QPointF(x0 + cw, yb - ch));
                    if (r + 1 < d.grid && side1(r, c) != side1(r + 1, c))
                        p.drawLine(QPointF(x0, yb - ch), QPointF(x0 + cw, yb - ch));
                }
        }
        // Training points: at most 2,000 drawn (every k-th), small and outlined.
        const std::size_t n = d.label.size();
        const std::size_t stride = std::max<std::size_t>(1, n / 2000);
        const double r = n > 500 ? (big ? 2.5 : 1.8) : (big ? 3.5 : 2.5);
        for (std::size_t i = 0; i < n; i += stride) {
            const QPointF c = toWidget(d.x[i], d.y[i]);
            p.setPen(QPen(classColor(d.label[i]).darker(160), 0.6));
            p.setBrush(classColor(d.label[i]));
            if (d.label[i] == 1)
                p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            else
                p.drawEllipse(c, r, r);
        }
        if (d.canary) {
            const QPointF c = toWidget(d.canaryX, d.canaryY);
            const double s = big ? 13.0 : 9.0;
            QPainterPath star;
            for (int k = 0; k < 10; ++k) {
                const double a = -M_PI / 2 + k * M_PI / 5;
                const double rad = (k % 2 == 0) ? s : s * 0.45;
                const QPointF pt(c.x() + rad * std::cos(a), c.y() + rad * std::sin(a));
                if (k == 0)
                    star.moveTo(pt);
                else
                    star.lineTo(pt);
            }
            star.closeSubpath();
            p.setPen(QPen(palette::theory, big ? 2.5 : 1.8));
            p.setBrush(classColor(d.canaryLabel));
            p.drawPath(star);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, s + 4, s + 4);
            p.setFont(axisFont);
            const QString name = DecisionMap::tr("Alice");
            const double tx = c.x() + s + 6 + am.horizontalAdvance(name) > plot.right()
                                  ? c.x() - s - 6 - am.horizontalAdvance(name)
                                  : c.x() + s + 6;
            p.drawText(QPointF(tx, c.y() - s), name);
        }
        // Frame, ticks and axis titles.
        p.setPen(QPen(palette().color(QPalette::Text), 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(plot);
        p.setFont(axisFont);
        for (int v = static_cast<int>(std::ceil(d.xMin)); v <= static_cast<int>(std::floor(d.xMax));
             ++v) {
            const QPointF bx = toWidget(v, d.yMin);
            p.drawLine(bx, bx + QPointF(0, 4));
            p.drawText(QRectF(bx.x() - 20, bx.y() + 4, 40, am.height()),
                       Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(v));
            const QPointF ly = toWidget(d.xMin, v);
            p.drawLine(ly, ly - QPointF(4, 0));
            p.drawText(QRectF(ly.x() - 6 - 40, ly.y() - am.height() / 2.0, 40, am.height()),
                       Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v));
        }
        p.drawText(QRectF(plot.left(), plot.bottom() + am.height() + 4, plot.width(), am.height()),
                   Qt::AlignCenter, DecisionMap::tr("Feature 1"));
        p.save();
        p.translate(am.height() * 0.5, plot.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-plot.height() / 2, -am.height() / 2.0, plot.height(), am.height()),
                   Qt::AlignCenter, DecisionMap::tr("Feature 2"));
        p.restore();
    }

private:
    DecisionMap *m_owner;
};

} // namespace

DecisionMap::DecisionMap(const QString &title, QWidget *parent) : QWidget(parent), m_title(title)
{
    m_canvas = new MapCanvas(this);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_summary);
    setAccessibleName(title);
}

void DecisionMap::setData(Data data)
{
    m_data = std::move(data);
    m_canvas->update();
}

void DecisionMap::setSummary(const QString &sentence)
{
    m_summary->setText(sentence);
    setAccessibleDescription(sentence);
}

QString DecisionMap::summary() const
{
    return m_summary->text();
}

void DecisionMap::setPresentation(bool on)
{
    m_presentation = on;
    QFont f = m_summary->font();
    f.setPointSizeF(on ? 13.0 : 9.0);
    m_summary->setFont(f);
    m_canvas->update();
}
