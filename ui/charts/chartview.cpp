#include "charts/chartview.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScopedValueRollback>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// The application font in normal mode; fonts and lines grow with it.
constexpr qreal kNormalPoint = 9.0;

QFont relativeFont(QFont f, qreal base, qreal factor, bool bold = false)
{
    f.setPointSizeF(base * factor);
    f.setBold(bold);
    return f;
}
// A chart view that asks a layout for what the chart needs, not for its
// last size: QGraphicsView's size hint is its scene rectangle, which
// QChartView sets to its own size, so once drawn large (a 4K projector) it
// would keep a scroll area from ever fitting it to a smaller screen again.
// Stretch gives it the rest.
class FittingChartView : public QChartView
{
public:
    using QChartView::QChartView;
    QSize sizeHint() const override { return minimumSize(); }
};
} // namespace

ChartPanel::ChartPanel(const QString &title, QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setTitle(title);
    m_chart->setLocale(QLocale()); // axis numbers in the interface language (1.234,5 in German)
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Powers-of-ten labels thin out or fill in as the plot area changes width.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_xPowers && !m_updatingPowers)
            updatePowerLabels();
    });
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_x = new QValueAxis;
    m_y = new QValueAxis;
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_view = new FittingChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("chartSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
    restyleAll();
}

QString ChartPanel::title() const
{
    return m_chart->title();
}

QFont ChartPanel::titleFont() const
{
    return m_chart->titleFont();
}

QStringList ChartPanel::axisTitles() const
{
    return {m_x->titleText(), m_y->titleText()};
}

QRectF ChartPanel::plotArea() const
{
    return m_chart->plotArea();
}

void ChartPanel::setAxisTitles(const QString &x, const QString &y)
{
    if (m_x->titleText() == x && m_y->titleText() == y)
        return;
    m_x->setTitleText(x);
    m_y->setTitleText(y);
    updateMinimumSize();
}

namespace {
// Axis numbers are localized (setLocalizeNumbers): Qt then copies the text
// around the one conversion literally ("%%" would stay doubled) and shows
// nothing for a "%g" without a precision.
QString localizedFormat(const QString &printfFormat)
{
    QString f = printfFormat;
    f.replace(QStringLiteral("%%"), QStringLiteral("%"));
    f.replace(QRegularExpression(QStringLiteral("%([-+ #0]*)([gG])")), QStringLiteral("%\\1.6\\2"));
    return f;
}
} // namespace

QAbstractAxis *ChartPanel::replaceAxis(QAbstractAxis *old, bool log, Qt::Alignment align)
{
    QAbstractAxis *axis;
    if (log) {
        auto *l = new QLogValueAxis;
        l->setBase(10.0);
        l->setMinorTickCount(-1);
        l->setLabelFormat(localizedFormat(QStringLiteral("%g")));
        axis = l;
    } else {
        axis = new QValueAxis;
    }
    return swapAxis(old, axis, align);
}

QAbstractAxis *ChartPanel::swapAxis(QAbstractAxis *old, QAbstractAxis *axis, Qt::Alignment align)
{
    axis->setTitleText(old->titleText());
    const auto attached = m_series.values();
    for (auto *s : attached)
        s->detachAxis(old);
    m_chart->removeAxis(old);
    delete old;
    m_chart->addAxis(axis, align);
    for (auto *s : attached)
        s->attachAxis(axis);
    return axis;
}

void ChartPanel::setXPowersOfTen(bool on)
{
    if (on == m_xPowers)
        return;
    m_xPowers = on;
    m_logX = false;
    QAbstractAxis *axis;
    if (on) {
        auto *c = new QCategoryAxis;
        c->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis = c;
    } else {
        axis = new QValueAxis;
    }
    const auto *previous = qobject_cast<const QValueAxis *>(m_x);
    const double min = previous ? previous->min() : 0.0, max = previous ? previous->max() : 1.0;
    m_x = swapAxis(m_x, axis, Qt::AlignBottom);
    static_cast<QValueAxis *>(m_x)->setRange(min, max);
    updatePowerLabels();
    restyleAll();
}

void ChartPanel::updatePowerLabels()
{
    auto *axis = qobject_cast<QCategoryAxis *>(m_x);
    if (!axis || m_updatingPowers)
        return;
    const QScopedValueRollback guard(m_updatingPowers, true);
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const int first = static_cast<int>(std::ceil(axis->min() - 1e-9));
    const int last = static_cast<int>(std::floor(axis->max() + 1e-9));
    // Every power, or every second, third … so that no label is squeezed:
    // each gets the widest label's width plus a gap, at most ten labels.
    const QFontMetrics metrics(axis->labelsFont());
    const int labelWidth = metrics.horizontalAdvance(QStringLiteral("1,000")) + metrics.height();
    const qreal plotWidth = m_chart->plotArea().width();
    const qreal span = std::max(1e-9, axis->max() - axis->min());
    int step = std::max(1, (last - first) / 10 + 1);
    if (plotWidth > 0)
        while (step < last - first && plotWidth * step / span < labelWidth)
            ++step;
    static const QString superscript[] = {
        QStringLiteral("⁰"), QStringLiteral("¹"), QStringLiteral("²"), QStringLiteral("³"),
        QStringLiteral("⁴"), QStringLiteral("⁵"), QStringLiteral("⁶"), QStringLiteral("⁷"),
        QStringLiteral("⁸"), QStringLiteral("⁹")};
    axis->setStartValue(axis->min());
    for (int e = first; e <= last; e += step) {
        QString label;
        if (e >= 0 && e <= 3) {
            label = QLocale().toString(static_cast<qlonglong>(std::llround(std::pow(10.0, e))));
        } else {
            label = QStringLiteral("10");
            if (e < 0)
                label += QStringLiteral("⁻");
            for (const QChar digit : QString::number(std::abs(e)))
                label += superscript[digit.digitValue()];
        }
        axis->append(label, e);
    }
    // A label centred on the right end would stick out of the chart: make room.
    const QStringList labels = axis->categoriesLabels();
    const int overhang =
        labels.isEmpty() || axis->endValue(labels.last()) < axis->max() - 1e-9
            ? 0
            : QFontMetrics(axis->labelsFont()).horizontalAdvance(labels.last()) / 2 + 2;
    m_chart->setMargins(QMargins(4, 4, std::max(4, overhang), 4));
}

void ChartPanel::setLogX(bool log)
{
    if (log == m_logX)
        return;
    m_logX = log;
    m_x = replaceAxis(m_x, log, Qt::AlignBottom);
    restyleAll();
}

void ChartPanel::setLogY(bool log)
{
    if (log == m_logY)
        return;
    m_logY = log;
    m_y = replaceAxis(m_y, log, Qt::AlignLeft);
    restyleAll();
}

void ChartPanel::setRange(double xMin, double xMax, double yMin, double yMax)
{
    if (!(xMax > xMin))
        xMax = xMin + 1.0;
    if (!(yMax > yMin))
        yMax = yMin + 1.0;
    m_x->setRange(xMin, xMax);
    m_y->setRange(yMin, yMax);
    // Round tick values ("0, 100, 200", not "0, 80.1, 160.2").
    if (auto *vx = qobject_cast<QValueAxis *>(m_x)) {
        vx->applyNiceNumbers();
        xMin = vx->min();
        xMax = vx->max();
    }
    if (auto *vy = qobject_cast<QValueAxis *>(m_y)) {
        vy->applyNiceNumbers();
        yMin = vy->min();
        yMax = vy->max();
    }
    updatePowerLabels();
    m_yMin = yMin;
    m_yMax = yMax;
    // Vertical markers span the new y range.
    for (auto it = m_markerX.cbegin(); it != m_markerX.cend(); ++it) {
        if (auto *s = qobject_cast<QXYSeries *>(m_series.value(it.key())))
            s->replace(
                {QPointF(it.value().first().x(), yMin), QPointF(it.value().first().x(), yMax)});
    }
}

void ChartPanel::setXTicks(double min, double max, int ticks)
{
    if (auto *axis = qobject_cast<QValueAxis *>(m_x)) {
        axis->setRange(min, max);
        axis->setTickCount(ticks);
    }
    updatePowerLabels();
}

double ChartPanel::yTickStep() const
{
    const auto *axis = qobject_cast<const QValueAxis *>(m_y);
    return axis ? (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1) : 0.0;
}

void ChartPanel::setXLabelFormat(const QString &printfFormat)
{
    const QString format = localizedFormat(printfFormat);
    if (auto *a = qobject_cast<QValueAxis *>(m_x))
        a->setLabelFormat(format);
    else if (auto *l = qobject_cast<QLogValueAxis *>(m_x))
        l->setLabelFormat(format);
}

void ChartPanel::setYLabelFormat(const QString &printfFormat)
{
    const QString format = localizedFormat(printfFormat);
    if (auto *a = qobject_cast<QValueAxis *>(m_y))
        a->setLabelFormat(format);
    else if (auto *l = qobject_cast<QLogValueAxis *>(m_y))
        l->setLabelFormat(format);
}

void ChartPanel::attach(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
}

void ChartPanel::setSeries(const QString &key, const QString &name, const QList<QPointF> &points,
                           const SeriesStyle &style)
{
    QAbstractSeries *series = m_series.value(key);
    // A key that changes kind (dots <-> line, line <-> band) gets a new series.
    if (series) {
        const bool wantArea =
            style.kind == SeriesStyle::Kind::Bars || style.kind == SeriesStyle::Kind::Band;
        const bool wantScatter = style.kind == SeriesStyle::Kind::Markers;
        const bool isArea = qobject_cast<QAreaSeries *>(series) != nullptr;
        const bool isScatter = qobject_cast<QScatterSeries *>(series) != nullptr;
        if (wantArea != isArea || wantScatter != isScatter) {
            const bool keepMarker = m_markerX.contains(key);
            const QList<QPointF> marker = m_markerX.value(key);
            removeSeries(key);
            if (keepMarker)
                m_markerX.insert(key, marker);
            series = nullptr;
        }
    }
    if (style.kind == SeriesStyle::Kind::Bars || style.kind == SeriesStyle::Kind::Band) {
        QList<QPointF> upper, lower;
        if (style.kind == SeriesStyle::Kind::Bars) {
            // Step outline: each bar from centre − w/2 to centre + w/2.
            const qreal w = points.size() > 1 ? points[1].x() - points[0].x() : 1.0;
            upper.reserve(points.size() * 2);
            for (const auto &p : points) {
                upper.append({p.x() - w / 2, p.y()});
                upper.append({p.x() + w / 2, p.y()});
                lower.append({p.x() - w / 2, m_logY ? 1e-300 : 0.0});
                lower.append({p.x() + w / 2, m_logY ? 1e-300 : 0.0});
            }
        } else {
            for (int i = 0; i + 1 < points.size(); i += 2) {
                lower.append(points[i]);
                upper.append(points[i + 1]);
            }
        }
        auto *area = qobject_cast<QAreaSeries *>(series);
        if (!area) {
            area = new QAreaSeries(new QLineSeries, new QLineSeries);
            area->upperSeries()->setParent(area);
            area->lowerSeries()->setParent(area);
            m_series.insert(key, area);
            attach(area);
        }
        area->upperSeries()->replace(upper);
        area->lowerSeries()->replace(lower);
        series = area;
    } else if (style.kind == SeriesStyle::Kind::Markers) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (!scatter) {
            scatter = new QScatterSeries;
            m_series.insert(key, scatter);
            attach(scatter);
        }
        scatter->replace(points);
        series = scatter;
    } else {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || qobject_cast<QScatterSeries *>(series)) {
            line = new QLineSeries;
            m_series.insert(key, line);
            attach(line);
        }
        line->replace(points);
        series = line;
    }
    const bool renamed = series->name() != name || !m_styles.contains(key);
    series->setName(name);
    m_styles.insert(key, style);
    applyStyle(series, style);
    if (renamed)
        updateMinimumSize();
}

void ChartPanel::setVerticalMarker(const QString &key, const QString &name, double x,
                                   const SeriesStyle &style)
{
    m_markerX.insert(key, {QPointF(x, 0.0)});
    setSeries(key, name, {QPointF(x, m_yMin), QPointF(x, m_yMax)}, style);
}

void ChartPanel::removeSeries(const QString &key)
{
    if (auto *s = m_series.take(key)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_styles.remove(key);
    m_markerX.remove(key);
    updateMinimumSize();
}

int ChartPanel::pointCount(const QString &key) const
{
    QAbstractSeries *s = m_series.value(key);
    if (auto *xy = qobject_cast<QXYSeries *>(s))
        return xy->count();
    if (auto *area = qobject_cast<QAreaSeries *>(s))
        return area->upperSeries()->count();
    return 0;
}

qreal ChartPanel::lineScale() const
{
    return m_presentation ? std::max<qreal>(1.0, QApplication::font().pointSizeF() / kNormalPoint)
                          : 1.0;
}

void ChartPanel::applyStyle(QAbstractSeries *series, const SeriesStyle &rawStyle)
{
    const qreal scale = lineScale();
    // Theory lines are drawn in the text colour: black on a light palette,
    // white on a dark one.
    SeriesStyle style = rawStyle;
    if (style.color == QColor(Qt::black))
        style.color = palette().color(QPalette::WindowText);
    if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        QColor fill = style.color;
        fill.setAlpha(style.kind == SeriesStyle::Kind::Band ? 60 : 110);
        area->setBrush(fill);
        QPen pen(style.color);
        pen.setWidthF(1.0 * scale);
        area->setPen(pen);
    } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
        scatter->setColor(style.color);
        scatter->setBorderColor(palette().color(QPalette::Base));
        scatter->setMarkerSize(style.width * 4.0 * scale);
        scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
        QPen pen(style.color);
        pen.setWidthF(style.width * scale);
        pen.setCapStyle(Qt::FlatCap);
        if (style.kind == SeriesStyle::Kind::Dashed)
            pen.setStyle(Qt::DashLine);
        else if (style.kind == SeriesStyle::Kind::Dotted)
            pen.setStyle(Qt::DotLine);
        line->setPen(pen);
    }
    const auto markers = m_chart->legend()->markers(series);
    for (auto *m : markers)
        m->setVisible(style.inLegend && !series->name().isEmpty());
}

void ChartPanel::restyleAll()
{
    // Sizes relative to the application font: title a little larger and
    // bold, tick labels and legend a little smaller.
    // The application font, not font(): a change of it reaches this widget
    // only on a later turn of the event loop.
    const qreal base =
        QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : kNormalPoint;
    m_chart->setTitleFont(relativeFont(m_chart->titleFont(), base, 1.15, true));
    m_chart->legend()->setFont(relativeFont(m_chart->legend()->font(), base, 0.95));
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlpha(50);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : {m_x, m_y}) {
        axis->setLabelsFont(relativeFont(axis->labelsFont(), base, 0.95));
        axis->setTitleFont(relativeFont(axis->titleFont(), base, 1.0));
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        QColor minor = grid;
        minor.setAlpha(25);
        axis->setMinorGridLineColor(minor);
    }
    m_summary->setFont(relativeFont(m_summary->font(), base, 0.95));
    updatePowerLabels(); // the right margin follows the label font
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        applyStyle(it.value(), m_styles.value(it.key()));
    updateMinimumSize();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        restyleAll();
}

void ChartPanel::updateMinimumSize()
{
    // What Qt Charts needs around the plot area, from the fonts in use, so a
    // layout never gives the chart less (it would cut texts with "...").
    const QFontMetrics title(m_chart->titleFont());
    const QFontMetrics legend(m_chart->legend()->font());
    const QFontMetrics ticks(m_x->labelsFont());
    const QFontMetrics axisTitle(m_x->titleFont());
    // Qt Charts' own gaps grow with the fonts (they are measured in text
    // heights), so the allowances here do too.
    const qreal grow = std::max<qreal>(1.0, QApplication::font().pointSizeF() / kNormalPoint);
    const int pad = qRound((2 * 4 + 2 * 10) * grow); // chart margins, background and layout insets

    int legendWidth = 0;
    int entries = 0;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const SeriesStyle st = m_styles.value(it.key());
        if (!st.inLegend || it.value()->name().isEmpty())
            continue;
        // marker box, gaps and text of one entry
        legendWidth += legend.height() + 12 + legend.horizontalAdvance(it.value()->name()) + 12;
        ++entries;
    }
    const int legendHeight = entries > 0 ? legend.height() + 14 : 0;
    const int tickWidth = ticks.horizontalAdvance(QStringLiteral("100,000"));
    const int left = (m_y->titleText().isEmpty() ? 0 : axisTitle.height() + 6) + tickWidth + 10;
    const int bottom =
        ticks.height() + (m_x->titleText().isEmpty() ? 0 : axisTitle.height() + 6) + 10;
    const int plotWidth =
        std::max(kMinPlotWidth, axisTitle.horizontalAdvance(m_x->titleText()) + 16);
    const int plotHeight =
        std::max(kMinPlotHeight, axisTitle.horizontalAdvance(m_y->titleText()) + 16);
    const int titleHeight = m_chart->title().isEmpty() ? 0 : title.height() + 10;
    const int width =
        std::max({left + plotWidth + tickWidth / 2 + pad,
                  title.horizontalAdvance(m_chart->title()) + 24 + pad, legendWidth + 16 + pad});
    const int height = titleHeight + plotHeight + bottom + legendHeight + pad +
                       qRound(16 * grow); // + spacing between parts
    const QSize size(width, height);
    if (m_view->minimumSize() != size) {
        m_view->setMinimumSize(size);
        updateGeometry();
    }
}

void ChartPanel::setPresentation(bool on)
{
    // Restyled even when unchanged: the presentation font follows the screen.
    m_presentation = on;
    restyleAll();
}

void ChartPanel::setSummary(const QString &sentence)
{
    m_summary->setText(sentence);
    setAccessibleDescription(sentence);
    m_view->setAccessibleDescription(sentence);
}

QString ChartPanel::summary() const
{
    return m_summary->text();
}
