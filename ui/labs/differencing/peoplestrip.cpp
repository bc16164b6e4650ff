#include "labs/differencing/peoplestrip.h"

#include "charts/palette.h"
#include "framework/format.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

PeopleStrip::PeopleStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("peopleStrip"));
    setAccessibleName(tr("People in the database"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PeopleStrip::setContent(const Content &content)
{
    m_c = content;
    const auto ones = std::count(m_c.values.begin(), m_c.values.end(), std::uint8_t{1});
    const bool all = m_c.values.size() == m_c.total;
    setAccessibleDescription(
        tr("%1: %2 of them have it. The target, row %3, is framed and crossed out.")
            .arg(all ? tr("All %1 people").arg(fmt::number(static_cast<double>(m_c.total)))
                     : tr("Rows %1 to %2 of %3 people")
                           .arg(fmt::number(static_cast<double>(m_c.start)),
                                fmt::number(static_cast<double>(m_c.start + m_c.values.size() - 1)),
                                fmt::number(static_cast<double>(m_c.total))),
                 fmt::number(static_cast<double>(ones)),
                 fmt::number(static_cast<double>(m_c.target))));
    refit();
    update();
}

void PeopleStrip::setPresentation(bool on)
{
    m_presentation = on;
    refit();
    update();
}

void PeopleStrip::refit()
{
    // The height follows the width (more rows when narrow); fixed, so the
    // layout gives the strip exactly what it needs.
    setFixedHeight(heightForWidth(width()));
    QWidget::updateGeometry();
}

void PeopleStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (height() != heightForWidth(width()))
        setFixedHeight(heightForWidth(width()));
}

// Cells as large as a single row allows, but never below a readable minimum;
// the strip then wraps onto as many rows as it needs (its height follows).
PeopleStrip::Grid PeopleStrip::gridFor(int width) const
{
    Grid g;
    const int n = std::max(1, count());
    const qreal w = std::max(10, width - 2);
    const qreal maxCell = m_presentation ? 52.0 : 34.0, minCell = m_presentation ? 14.0 : 10.0;
    g.cell = std::clamp(w / n, std::min(minCell, w), maxCell);
    g.columns = std::clamp(static_cast<int>(w / g.cell), 1, n);
    return g;
}

int PeopleStrip::heightForWidth(int width) const
{
    const Grid g = gridFor(width);
    const int rows = (std::max(1, count()) + g.columns - 1) / g.columns;
    return static_cast<int>(std::ceil(rows * g.cell)) + 2;
}

QRectF PeopleStrip::cellRect(int index) const
{
    const Grid g = grid();
    const int r = index / g.columns, c = index % g.columns;
    return {1.0 + c * g.cell, 1.0 + r * g.cell, g.cell, g.cell};
}

int PeopleStrip::personAt(const QPoint &pos) const
{
    for (int i = 0; i < count(); ++i)
        if (cellRect(i).contains(pos))
            return i;
    return -1;
}

QString PeopleStrip::describePerson(int index) const
{
    if (index < 0 || index >= count())
        return {};
    const bool one = m_c.values[static_cast<std::size_t>(index)] != 0;
    const std::uint64_t row = m_c.start + static_cast<std::uint64_t>(index);
    QString s = tr("Row %1: %2.")
                    .arg(fmt::number(static_cast<double>(row)),
                         one ? tr("has it (1)") : tr("does not have it (0)"));
    if (row == m_c.target)
        s += QLatin1Char(' ') + tr("This is the target.");
    s += QLatin1Char(' ') +
         (m_c.replace ? tr("With her value flipped the %1 is %2 (full database: %3).")
                      : tr("Without her the %1 is %2 (full database: %3)."))
             .arg(m_c.queryName, one ? m_c.valueIfOne : m_c.valueIfZero, m_c.fullValue);
    return s;
}

bool PeopleStrip::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int i = personAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), describePerson(i), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void PeopleStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Grid g = grid();
    const qreal gap = g.cell >= 10 ? 2.0 : 1.0;
    QFont f = font();
    f.setPixelSize(std::max(6, static_cast<int>(g.cell * 0.5)));
    f.setBold(true);
    p.setFont(f);
    for (int i = 0; i < count(); ++i) {
        const QRectF r = cellRect(i).adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2);
        const bool one = m_c.values[static_cast<std::size_t>(i)] != 0;
        p.setPen(QPen(one ? palette::truth.darker(130) : palette::neutral, 1.0));
        p.setBrush(one ? palette::truth
                       : this->palette().color(QPalette::Base)); // "0" cells follow the palette
        p.drawRect(r);
        if (g.cell >= 18) {
            p.setPen(one ? QColor(Qt::white) : this->palette().color(QPalette::Text));
            p.drawText(r, Qt::AlignCenter, one ? QStringLiteral("1") : QStringLiteral("0"));
        }
        const std::uint64_t row = m_c.start + static_cast<std::uint64_t>(i);
        if (m_c.hasLargestChange && row == m_c.largestChangeRow && row != m_c.target) {
            QPen pen(palette::extra, std::max(2.0, g.cell / 8));
            pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
        }
    }
    // The target last, on top: a thick frame and a cross.
    if (m_c.target >= m_c.start && m_c.target < m_c.start + m_c.values.size()) {
        const QRectF r = cellRect(static_cast<int>(m_c.target - m_c.start));
        const qreal w = std::max(2.5, g.cell / 7);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette::attacker, w));
        p.drawRect(r.adjusted(w / 2, w / 2, -w / 2, -w / 2));
        p.setPen(QPen(palette::attacker, std::max(1.5, w * 0.6)));
        const QRectF x = r.adjusted(w, w, -w, -w);
        p.drawLine(x.topLeft(), x.bottomRight());
        p.drawLine(x.topRight(), x.bottomLeft());
    }
}
