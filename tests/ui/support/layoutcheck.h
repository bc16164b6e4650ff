#pragma once
// Layout checks for a shown window: finds what a person would see as broken
// on a screen (siblings drawn over each other, a widget cut off by its parent,
// a label with more text than room, a chart whose title, axis titles, tick
// labels or legend entries Qt Charts had to shorten with "...", a plot area
// too small to read, a list or tree item whose text is elided or clipped).
// checkSlideFits() and checkStrip() add what a projector view must also
// keep: the slide fits the screen without scrolling, and the control strip
// needs no scrolling sideways. Each finding is one line naming the widget.

#include "charts/chartview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QToolButton>
#include <QTreeView>
#include <QWidget>

namespace layoutcheck {

// The smallest plot area we accept (logical pixels; why: chartview.h).
inline constexpr int kMinPlotWidth = ChartPanel::kMinPlotWidth;
inline constexpr int kMinPlotHeight = ChartPanel::kMinPlotHeight;

inline QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        QString name = QString::fromLatin1(p->metaObject()->className());
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            name += QLatin1Char('#') + p->objectName();
        chain.prepend(name);
        if (chain.size() >= 4)
            break;
    }
    QString d = chain.join(QLatin1Char('>'));
    if (auto *l = qobject_cast<const QLabel *>(w)) {
        QString t = l->text();
        t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        d += QStringLiteral(" \"%1\"").arg(t.left(50));
    } else if (!w->accessibleName().isEmpty()) {
        d += QStringLiteral(" [%1]").arg(w->accessibleName());
    }
    return d;
}

inline void collectManaged(QLayout *layout, QList<QWidget *> *out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget()) {
            if (w->isVisible() && !w->isWindow())
                out->append(w);
        } else if (QLayout *sub = item->layout()) {
            collectManaged(sub, out);
        }
    }
}

// Widgets that a layout places: none may overlap a sibling or leave its
// parent's rectangle (where it would be cut off).
inline void checkSiblings(QWidget *parent, QStringList *problems)
{
    if (!parent->layout() || !parent->isVisible())
        return;
    QList<QWidget *> kids;
    collectManaged(parent->layout(), &kids);
    const QRect inside = parent->rect();
    for (int i = 0; i < kids.size(); ++i) {
        const QRect a = kids[i]->geometry();
        if (a.isEmpty())
            continue;
        if (!inside.contains(a))
            *problems << QStringLiteral("cut off by its parent (%1x%2 at %3,%4 in %5x%6): %7")
                             .arg(a.width())
                             .arg(a.height())
                             .arg(a.x())
                             .arg(a.y())
                             .arg(inside.width())
                             .arg(inside.height())
                             .arg(describe(kids[i]));
        for (int j = i + 1; j < kids.size(); ++j) {
            const QRect b = kids[j]->geometry();
            const QRect both = a.intersected(b);
            if (!b.isEmpty() && both.width() > 0 && both.height() > 0)
                *problems << QStringLiteral("overlap %1x%2: %3 and %4")
                                 .arg(both.width())
                                 .arg(both.height())
                                 .arg(describe(kids[i]), describe(kids[j]));
        }
    }
}

inline void checkLabel(QLabel *l, QStringList *problems)
{
    if (!l->isVisible() || l->text().isEmpty() || l->width() <= 0)
        return;
    // Only the part a person can see counts as room (a label in a scroll area
    // may be taller than the viewport: that scrolls, it is not cut).
    if (l->wordWrap()) {
        const int need = l->heightForWidth(l->width());
        if (need > l->height() + 1)
            *problems << QStringLiteral("label needs %1 px height, has %2 (width %3): %4")
                             .arg(need)
                             .arg(l->height())
                             .arg(l->width())
                             .arg(describe(l));
        if (l->minimumSizeHint().width() > l->width() + 1)
            *problems << QStringLiteral("label needs %1 px width, has %2: %3")
                             .arg(l->minimumSizeHint().width())
                             .arg(l->width())
                             .arg(describe(l));
    } else {
        const QSize need = l->sizeHint();
        if (need.width() > l->width() + 1 || need.height() > l->height() + 1)
            *problems << QStringLiteral("label needs %1x%2, has %3x%4: %5")
                             .arg(need.width())
                             .arg(need.height())
                             .arg(l->width())
                             .arg(l->height())
                             .arg(describe(l));
    }
}

inline void checkChart(ChartPanel *c, QStringList *problems)
{
    if (!c->isVisible())
        return;
    const QString name = describe(c) + QStringLiteral(" \"") + c->title() + QLatin1Char('"');
    const QRectF plot = c->plotArea();
    if (plot.width() < kMinPlotWidth || plot.height() < kMinPlotHeight)
        *problems << QStringLiteral("plot area %1x%2 below %3x%4: %5")
                         .arg(qRound(plot.width()))
                         .arg(qRound(plot.height()))
                         .arg(kMinPlotWidth)
                         .arg(kMinPlotHeight)
                         .arg(name);
    // Qt Charts shortens a title, axis title, tick label or legend entry that
    // does not fit with "..."; any such text on the scene is cut.
    // The texts Qt Charts laid out (the panel does not hand out its chart).
    const QGraphicsScene *chartScene = c->findChild<QGraphicsView *>()->scene();
    const QRectF scene = chartScene->sceneRect();
    for (QGraphicsItem *item : chartScene->items()) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString t = text->toPlainText();
        if (t.endsWith(QLatin1String("...")) || t.endsWith(QChar(0x2026)))
            *problems << QStringLiteral("chart text shortened to \"%1\": %2").arg(t, name);
        const QRectF r = text->mapRectToScene(text->boundingRect());
        if (!t.trimmed().isEmpty() && !scene.adjusted(-1, -1, 1, 1).contains(r))
            *problems << QStringLiteral("chart text \"%1\" outside the chart: %2").arg(t, name);
    }
}

// Every row of a list or tree that a person can see shows its whole text:
// nothing elided ("…") and nothing clipped at the right edge or below.
inline void checkItemView(QAbstractItemView *view, QStringList *problems)
{
    auto *list = qobject_cast<QListView *>(view);
    auto *tree = qobject_cast<QTreeView *>(view);
    if ((!list && !tree) || !view->isVisible() || !view->model())
        return;
    const bool wrap = list ? list->wordWrap() : tree->wordWrap();
    const QRect viewport = view->viewport()->rect();
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    QList<QModelIndex> rows;
    for (int r = 0; r < view->model()->rowCount(view->rootIndex()); ++r)
        rows.append(view->model()->index(r, 0, view->rootIndex()));
    for (int i = 0; i < rows.size() && i < 500; ++i) {
        const QModelIndex index = rows[i];
        if (tree && tree->isExpanded(index))
            for (int r = 0; r < view->model()->rowCount(index); ++r)
                rows.append(view->model()->index(r, 0, index));
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = view->visualRect(index);
        if (text.isEmpty() || !cell.intersects(viewport))
            continue;
        QStyleOptionViewItem opt;
        opt.initFrom(view);
        opt.rect = cell;
        opt.text = text;
        opt.index = index;
        opt.features = QStyleOptionViewItem::HasDisplay;
        if (wrap)
            opt.features |= QStyleOptionViewItem::WrapText;
        if (index.data(Qt::DecorationRole).isValid()) {
            opt.features |= QStyleOptionViewItem::HasDecoration;
            opt.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
        }
        const QVariant font = index.data(Qt::FontRole);
        opt.font = font.isValid() ? font.value<QFont>() : view->font();
        opt.fontMetrics = QFontMetrics(opt.font);
        const QRect textRect = view->style()
                                   ->subElementRect(QStyle::SE_ItemViewItemText, &opt, view)
                                   .adjusted(margin, 0, -margin, 0);
        const QRect need =
            wrap ? opt.fontMetrics.boundingRect(
                       QRect(textRect.topLeft(), QSize(textRect.width(), 100000)), Qt::TextWordWrap,
                       text)
                 : QRect(textRect.topLeft(),
                         QSize(opt.fontMetrics.horizontalAdvance(text), opt.fontMetrics.height()));
        const QString name = describe(view) + QStringLiteral(" item \"%1\"").arg(text.left(50));
        if (need.width() > textRect.width() + 1 || need.height() > textRect.height() + 1)
            *problems << QStringLiteral("item text needs %1x%2, has %3x%4: %5")
                             .arg(need.width())
                             .arg(need.height())
                             .arg(textRect.width())
                             .arg(textRect.height())
                             .arg(name);
        if (cell.right() > viewport.right() + 1)
            *problems << QStringLiteral("item cut at the right (%1 px past the view): %2")
                             .arg(cell.right() - viewport.right())
                             .arg(name);
    }
}

// Presentation: one slide is one screen. The page's scroll areas need no
// vertical (or sideways) scrolling.
inline QStringList checkSlideFits(QWidget *page)
{
    QStringList problems;
    for (QScrollArea *area : page->findChildren<QScrollArea *>()) {
        if (!area->isVisible())
            continue;
        const int v = area->verticalScrollBar()->maximum();
        const int h = area->horizontalScrollBar()->maximum();
        QWidget *content = area->widget();
        const int overflow =
            content ? content->minimumSizeHint().height() - area->viewport()->height() : 0;
        if (v > 0 || overflow > 1)
            problems << QStringLiteral("slide taller than the screen by %1 px (scrolls): %2")
                            .arg(std::max(v, overflow))
                            .arg(describe(area));
        if (h > 0)
            problems << QStringLiteral("scrolls sideways by %1 px: %2").arg(h).arg(describe(area));
    }
    return problems;
}

// Presentation: the control strip shows every control inside its own
// rectangle (it wraps into rows, it does not scroll sideways).
inline QStringList checkStrip(QWidget *page)
{
    QStringList problems;
    if (auto *strip = page->findChild<QWidget *>(QStringLiteral("controlStrip"));
        strip && strip->isVisible()) {
        const QRect inside = strip->rect();
        for (QWidget *w : strip->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (auto *bar = qobject_cast<QScrollBar *>(w);
                bar && bar->orientation() == Qt::Horizontal && bar->maximum() > 0)
                problems << QStringLiteral("control strip scrolls sideways: %1").arg(describe(w));
            const QRect r(w->mapTo(strip, QPoint(0, 0)), w->size());
            if (w->parentWidget() &&
                w->parentWidget()->objectName() == QLatin1String("controlFlow") &&
                !inside.contains(r))
                problems << QStringLiteral(
                                "control outside the strip (%1x%2 at %3,%4 in %5x%6): %7")
                                .arg(r.width())
                                .arg(r.height())
                                .arg(r.x())
                                .arg(r.y())
                                .arg(inside.width())
                                .arg(inside.height())
                                .arg(describe(w));
        }
    }
    return problems;
}

// Everything below `root` (a window): siblings, labels, charts.
inline QStringList check(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : all) {
        if (!w->isVisible())
            continue;
        checkSiblings(w, &problems);
        if (auto *l = qobject_cast<QLabel *>(w))
            checkLabel(l, &problems);
        if (auto *c = qobject_cast<ChartPanel *>(w))
            checkChart(c, &problems);
        if (auto *v = qobject_cast<QAbstractItemView *>(w))
            checkItemView(v, &problems);
        // A scroll area without a sideways scroll bar clips whatever is wider
        // than its viewport: text and charts cut at the right edge.
        if (auto *a = qobject_cast<QScrollArea *>(w);
            a && a->widget() && a->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
            a->widget()->width() > a->viewport()->width() + 1)
            problems << QStringLiteral(
                            "content %1 px wider than its scroll area (cut at the right): %2")
                            .arg(a->widget()->width() - a->viewport()->width())
                            .arg(describe(a));
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty() &&
                                                          b->sizeHint().width() > b->width() + 1 &&
                                                          !qobject_cast<QToolButton *>(b))
            problems << QStringLiteral("button text needs %1 px, has %2: %3 \"%4\"")
                            .arg(b->sizeHint().width())
                            .arg(b->width())
                            .arg(describe(b), b->text());
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace layoutcheck
