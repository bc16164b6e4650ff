#include "framework/chartgrid.h"

#include <QEvent>
#include <QGridLayout>

#include <algorithm>

namespace {
// A vertical scroll bar that appears or goes away changes the width by about
// this much; the switch back to two columns waits for that much more room so
// that the two never chase each other.
constexpr int kHysteresis = 24;
} // namespace

ChartGrid::ChartGrid(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartGrid"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void ChartGrid::addTile(QWidget *tile, Span span)
{
    m_tiles.append({tile, span});
    tile->setParent(this);
    relayout();
}

int ChartGrid::wantedColumns(int width) const
{
    int need = 0;
    for (const Tile &t : m_tiles)
        if (t.span == Span::One)
            need = std::max(need, t.widget->minimumSizeHint().width());
    const int spacing = std::max(0, m_grid->horizontalSpacing());
    const int two = 2 * need + spacing + (m_columns == 1 ? kHysteresis : 0);
    return width >= two ? 2 : 1;
}

QList<QList<int>> ChartGrid::slides() const
{
    // Two charts share a slide when they fit side by side; a wide tile is alone.
    QList<QList<int>> out;
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_columns == 2 && m_tiles[i].span == Span::One && !out.isEmpty() &&
            out.last().size() == 1 && m_tiles[out.last().first()].span == Span::One)
            out.last().append(i);
        else
            out.append(QList<int>{i});
    }
    return out;
}

int ChartGrid::slideCount() const
{
    return m_presentation ? static_cast<int>(slides().size()) : 1;
}

QList<QWidget *> ChartGrid::slideTiles(int index) const
{
    QList<QWidget *> out;
    const auto all = slides();
    if (index >= 0 && index < all.size())
        for (int i : all[index])
            out.append(m_tiles[i].widget);
    return out;
}

void ChartGrid::setPresentation(bool on)
{
    m_presentation = on;
    m_slide = 0;
    relayout();
}

void ChartGrid::showSlide(int index)
{
    if (!m_presentation)
        return;
    const int count = slideCount();
    const int clamped = std::clamp(index, 0, std::max(0, count - 1));
    if (clamped == m_slide)
        return;
    m_slide = clamped;
    relayout();
}

void ChartGrid::relayout()
{
    if (m_relayouting)
        return;
    m_relayouting = true;
    m_columns = wantedColumns(width() > 0 ? width() : 1400);
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item;
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);

    QList<int> shown;
    if (m_presentation) {
        const auto all = slides();
        m_slide = std::clamp(m_slide, 0, std::max(0, static_cast<int>(all.size()) - 1));
        if (!all.isEmpty())
            shown = all[m_slide];
    } else {
        for (int i = 0; i < m_tiles.size(); ++i)
            shown.append(i);
    }
    for (const Tile &t : m_tiles)
        t.widget->setVisible(false);

    int row = 0, col = 0;
    const int columns =
        m_presentation ? static_cast<int>(std::min<qsizetype>(2, shown.size())) : m_columns;
    for (int i : shown) {
        const Tile &t = m_tiles[i];
        if (t.span == Span::Full || columns == 1) {
            if (col != 0) {
                ++row;
                col = 0;
            }
            m_grid->addWidget(t.widget, row, 0, 1, std::max(1, columns));
            m_grid->setRowStretch(row, t.span == Span::Full ? 0 : 1);
            ++row;
        } else {
            m_grid->addWidget(t.widget, row, col);
            m_grid->setRowStretch(row, 1);
            if (++col == columns) {
                col = 0;
                ++row;
            }
        }
        t.widget->setVisible(true);
    }
    for (int c = 0; c < std::max(1, columns); ++c)
        m_grid->setColumnStretch(c, 1);
    m_grid->invalidate();
    updateGeometry(); // the page (and its scroll area) must learn the new minimum height
    m_relayouting = false;
    emit slideChanged(m_slide, slideCount());
}

void ChartGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (wantedColumns(width()) != m_columns)
        relayout();
}

bool ChartGrid::event(QEvent *event)
{
    // A tile that needs more room (bigger fonts, a longer legend) may no
    // longer fit two to a row.
    if (event->type() == QEvent::LayoutRequest && !m_relayouting &&
        wantedColumns(width()) != m_columns)
        relayout();
    return QWidget::event(event);
}
