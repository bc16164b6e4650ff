#pragma once
// Layout checks for a shown window: finds what a person would see as broken
// on a screen (siblings drawn over each other, a widget cut off by its parent,
// a label with more text than room, a chart whose title, axis titles, tick
// labels or legend entries Qt Charts had to shorten with "...", a plot area
// too small to read). Each finding is one line naming the widget.

#include "charts/chartview.h"

#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <QStringList>
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
    const QRectF plot = c->chart()->plotArea();
    if (plot.width() < kMinPlotWidth || plot.height() < kMinPlotHeight)
        *problems << QStringLiteral("plot area %1x%2 below %3x%4: %5")
                         .arg(qRound(plot.width()))
                         .arg(qRound(plot.height()))
                         .arg(kMinPlotWidth)
                         .arg(kMinPlotHeight)
                         .arg(name);
    // Qt Charts shortens a title, axis title, tick label or legend entry that
    // does not fit with "..."; any such text on the scene is cut.
    const QRectF scene = c->view()->scene()->sceneRect();
    for (QGraphicsItem *item : c->view()->scene()->items()) {
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
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace layoutcheck
