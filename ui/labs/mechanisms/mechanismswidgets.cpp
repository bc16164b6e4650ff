#include "labs/mechanisms/mechanismswidgets.h"

#include "charts/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

IconArray::IconArray(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("100 replays of the release: how often the best attacker guesses right"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMaximumHeight(220);
}

void IconArray::setReplays(const std::vector<std::uint8_t> &right)
{
    m_right = right;
    const auto n = std::count(right.begin(), right.end(), std::uint8_t(1));
    setToolTip(tr("Right in %1 of %2 replays (filled), wrong in %3 (hollow crosses).")
                   .arg(n)
                   .arg(right.size())
                   .arg(static_cast<qsizetype>(right.size()) - n));
    update();
}

void IconArray::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int cols = 20, rows = 5;
    const double cell = std::min(width() / double(cols), height() / double(rows));
    const double r = cell * 0.36;
    for (std::size_t i = 0; i < m_right.size() && i < std::size_t(cols * rows); ++i) {
        const QPointF c((i % cols + 0.5) * cell, (i / cols + 0.5) * cell);
        if (m_right[i]) { // right: a filled circle
            p.setPen(QPen(palette::attacker, 1.0));
            p.setBrush(palette::attacker);
            p.drawEllipse(c, r, r);
        } else { // wrong: a hollow cross
            p.setPen(QPen(palette::neutral, std::max(1.5, cell * 0.12)));
            p.setBrush(Qt::NoBrush);
            p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
            p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
        }
    }
}

RawDataPicture::RawDataPicture(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Who sees the raw data: locally nobody, globally the trusted curator"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RawDataPicture::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = width(), h = height();
    const double rowH = h / 2.0;
    QFont f = font();
    p.setFont(f);
    const auto person = [&](QPointF c, double s, const QColor &col) {
        p.setPen(QPen(col, 1.5));
        p.setBrush(col);
        p.drawEllipse(QPointF(c.x(), c.y() - s * 0.55), s * 0.28, s * 0.28);
        p.drawRoundedRect(QRectF(c.x() - s * 0.35, c.y() - s * 0.2, s * 0.7, s * 0.55), 3, 3);
    };
    const auto die = [&](QPointF c, double s) { // noise: an orange square with a dot
        p.setPen(QPen(palette::noise.darker(130), 1.5));
        p.setBrush(palette::noise);
        p.drawRect(QRectF(c.x() - s / 2, c.y() - s / 2, s, s));
        p.setBrush(Qt::white);
        p.drawEllipse(c, s * 0.12, s * 0.12);
    };
    const auto arrow = [&](QPointF a, QPointF b) {
        p.setPen(QPen(palette::theory, 1.5));
        p.drawLine(a, b);
        const QPointF d = (b - a) / std::hypot(b.x() - a.x(), b.y() - a.y());
        const QPointF n(-d.y(), d.x());
        p.setBrush(palette::theory);
        QPolygonF head{b, b - d * 7 + n * 4, b - d * 7 - n * 4};
        p.drawPolygon(head);
    };
    const double s = std::min(rowH * 0.45, w / 14.0);
    const QString labels[2] = {tr("Local: each person adds noise, nobody sees raw answers"),
                               tr("Global: a trusted curator sees raw data, adds one noise")};
    for (int row = 0; row < 2; ++row) {
        const double y0 = row * rowH;
        p.setPen(palette::theory);
        p.drawText(QRectF(4, y0, w - 8, rowH * 0.35),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, labels[row]);
        const double cy = y0 + rowH * 0.68;
        for (int i = 0; i < 3; ++i) {
            const QPointF pc(s * (0.8 + 1.2 * i), cy);
            person(pc, s, palette::estimate);
            if (row == 0)
                die(pc + QPointF(s * 0.45, -s * 0.45), s * 0.38);
        }
        const QPointF curator(w * 0.62, cy);
        arrow(QPointF(s * 3.6, cy), curator - QPointF(s * 0.6, 0));
        person(curator, s * 1.1, row == 0 ? palette::neutral : palette::truth);
        if (row == 1)
            die(curator + QPointF(s * 0.7, -s * 0.5), s * 0.45);
        arrow(curator + QPointF(s * 0.8, 0), QPointF(w - 6, cy));
    }
}
