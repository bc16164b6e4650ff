#include "charts/chartview.h"

#include <QLocale>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr qreal kPresentationScale = 1.8;

QFont scaledFont(QFont f, bool presentation, qreal basePoint)
{
    f.setPointSizeF(basePoint * (presentation ? kPresentationScale : 1.0));
    return f;
}
} // namespace

ChartPanel::ChartPanel(const QString &title, QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setTitle(title);
    m_chart->setLocale(QLocale()); // axis numbers in the interface language (1.234,5 in German)
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_x = new QValueAxis;
    m_y = new QValueAxis;
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(260, 200);
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

QString ChartPanel::title() const { return m_chart->title(); }

void ChartPanel::setAxisTitles(const QString &x, const QString &y)
{
    m_x->setTitleText(x);
    m_y->setTitleText(y);
}

QAbstractAxis *ChartPanel::replaceAxis(QAbstractAxis *old, bool log, Qt::Alignment align)
{
    QAbstractAxis *axis;
    if (log) {
        auto *l = new QLogValueAxis;
        l->setBase(10.0);
        l->setMinorTickCount(-1);
        l->setLabelFormat(QStringLiteral("%g"));
        axis = l;
    } else {
        axis = new QValueAxis;
    }
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
    m_yMin = yMin;
    m_yMax = yMax;
    // Vertical markers span the new y range.
    for (auto it = m_markerX.cbegin(); it != m_markerX.cend(); ++it) {
        if (auto *s = qobject_cast<QXYSeries *>(m_series.value(it.key())))
            s->replace({QPointF(it.value().first().x(), yMin), QPointF(it.value().first().x(), yMax)});
    }
}

void ChartPanel::setXLabelFormat(const QString &printfFormat)
{
    // Localized numbers (setLocalizeNumbers) copy the text around the one
    // conversion literally: "%%" would stay doubled.
    const QString format = QString(printfFormat).replace(QStringLiteral("%%"), QStringLiteral("%"));
    if (auto *a = qobject_cast<QValueAxis *>(m_x))
        a->setLabelFormat(format);
    else if (auto *l = qobject_cast<QLogValueAxis *>(m_x))
        l->setLabelFormat(format);
}

void ChartPanel::setYLabelFormat(const QString &printfFormat)
{
    // Localized numbers (setLocalizeNumbers) copy the text around the one
    // conversion literally: "%%" would stay doubled.
    const QString format = QString(printfFormat).replace(QStringLiteral("%%"), QStringLiteral("%"));
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
        const bool wantArea = style.kind == SeriesStyle::Kind::Bars || style.kind == SeriesStyle::Kind::Band;
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
    series->setName(name);
    m_styles.insert(key, style);
    applyStyle(series, style);
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

void ChartPanel::applyStyle(QAbstractSeries *series, const SeriesStyle &style)
{
    const qreal scale = m_presentation ? kPresentationScale : 1.0;
    if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        QColor fill = style.color;
        fill.setAlpha(style.kind == SeriesStyle::Kind::Band ? 60 : 110);
        area->setBrush(fill);
        QPen pen(style.color);
        pen.setWidthF(1.0 * scale);
        area->setPen(pen);
    } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
        scatter->setColor(style.color);
        scatter->setBorderColor(Qt::white);
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
    const bool p = m_presentation;
    m_chart->setTitleFont(scaledFont(m_chart->titleFont(), p, 11.0));
    QFont tf = m_chart->titleFont();
    tf.setBold(true);
    m_chart->setTitleFont(tf);
    m_chart->legend()->setFont(scaledFont(m_chart->legend()->font(), p, 9.0));
    for (QAbstractAxis *axis : {m_x, m_y}) {
        axis->setLabelsFont(scaledFont(axis->labelsFont(), p, 9.0));
        axis->setTitleFont(scaledFont(axis->titleFont(), p, 10.0));
    }
    QFont sf = m_summary->font();
    sf.setPointSizeF(p ? 14.0 : 9.0);
    m_summary->setFont(sf);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
        applyStyle(it.value(), m_styles.value(it.key()));
}

void ChartPanel::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_view->setMinimumSize(on ? QSize(360, 280) : QSize(260, 200));
    restyleAll();
}

void ChartPanel::setSummary(const QString &sentence)
{
    m_summary->setText(sentence);
    setAccessibleDescription(sentence);
    m_view->setAccessibleDescription(sentence);
}

QString ChartPanel::summary() const { return m_summary->text(); }

QImage ChartPanel::renderImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}
