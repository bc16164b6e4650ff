#include "widgets/flowlayout.h"

#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    if (spacing >= 0)
        setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items[index] : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row when there is room for it.
    int width = 0, height = 0;
    const int gap = spacingOr(6);
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint();
        width += (width > 0 ? gap : 0) + s.width();
        height = std::max(height, s.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::spacingOr(int fallback) const
{
    const int s = spacing();
    return s >= 0 ? s : fallback;
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacingOr(6);
    int x = area.x(), y = area.y(), rowHeight = 0;
    // First pass per row: its items and height, so that items of one row
    // share the row's height (a short checkbox beside a tall slider).
    QList<QLayoutItem *> row;
    const auto placeRow = [&] {
        if (!testOnly) {
            int rx = area.x();
            for (QLayoutItem *item : row) {
                const QSize s = item->sizeHint();
                const int h =
                    item->hasHeightForWidth() ? item->heightForWidth(s.width()) : s.height();
                item->setGeometry(QRect(QPoint(rx, y), QSize(s.width(), std::min(h, rowHeight))));
                rx += s.width() + gap;
            }
        }
        row.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint();
        const int h = item->hasHeightForWidth() ? item->heightForWidth(s.width()) : s.height();
        if (!row.isEmpty() && x + s.width() > area.right() + 1) {
            placeRow();
            x = area.x();
            y += rowHeight + gap;
            rowHeight = 0;
        }
        row.append(item);
        x += s.width() + gap;
        rowHeight = std::max(rowHeight, h);
    }
    placeRow();
    const QMargins m = contentsMargins();
    return y + rowHeight - rect.y() + m.bottom();
}
