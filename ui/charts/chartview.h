#pragma once
// Our own small chart class over Qt Charts: labs hand it plain points and
// never touch QChart directly, so a later move to Qt Graphs stays in this
// folder. Every chart has axis titles, a one-sentence text summary (shown
// under it and given to screen readers), and series that differ by dash or
// marker as well as colour. Fonts follow the application font (which the
// presentation view sizes from the screen); lines thicken with it. The
// chart's minimum size is measured from its texts, so a layout can never
// squeeze it until Qt Charts cuts a title, an axis title or a legend entry,
// or the plot area drops below kMinPlotWidth × kMinPlotHeight. Colours of
// background, text and grid follow the widget palette (dark palettes work);
// series keep their Okabe–Ito colours.

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAbstractSeries;
class QChart;
class QChartView;
class QLabel;
class QAbstractAxis;
class QValueAxis;
class QLogValueAxis;
class QXYSeries;

struct SeriesStyle
{
    enum class Kind { Line, Dashed, Dotted, Markers, Bars, Band };
    Kind kind = Kind::Line;
    QColor color;
    qreal width = 2.0; // line width or marker size (points)
    bool inLegend = true;
};

inline SeriesStyle makeStyle(SeriesStyle::Kind kind, const QColor &color, qreal width = 2.0,
                             bool inLegend = true)
{
    return SeriesStyle{kind, color, width, inLegend};
}

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // The smallest plot area (logical pixels) a chart keeps: a 10-bin
    // histogram still has bars of 20 px and 4 y ticks are 35 px apart, room
    // for a tick label in the largest projector font without the labels
    // hiding each other. Below it a chart cannot be read from a seat.
    static constexpr int kMinPlotWidth = 220;
    static constexpr int kMinPlotHeight = 140;

    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);

    void setAxisTitles(const QString &x, const QString &y);
    // Switching an axis to log scale replaces it (data must then be > 0).
    void setLogX(bool log);
    void setLogY(bool log);
    void setRange(double xMin, double xMax, double yMin, double yMax);
    // A linear x axis from min to max with exactly `ticks` ticks, as given
    // (setRange would round to nice numbers: 0 … 6 becomes 0 … 10).
    void setXTicks(double min, double max, int ticks);
    // The spacing of the y ticks the linear axis settled on (0 on a log axis).
    double yTickStep() const;
    void setXLabelFormat(const QString &format); // printf-style, e.g. "%.0f%%"
    // x holds log10 of the quantity: ticks at whole powers, labelled "1",
    // "10", "100", "1,000", then "10⁴", "10⁵" … (not "10^5").
    void setXPowersOfTen(bool on);
    void setYLabelFormat(const QString &format);

    // Creates the series on first use, then replaces its points in bulk.
    // Bars: points are (bin centre, height); the bar width is the gap between
    // neighbouring centres. Band: pairs of points (x, low) (x, high) in order.
    void setSeries(const QString &key, const QString &name, const QList<QPointF> &points,
                   const SeriesStyle &style);
    // A vertical line at x across the current y range (e.g. the true value).
    void setVerticalMarker(const QString &key, const QString &name, double x,
                           const SeriesStyle &style);
    void removeSeries(const QString &key);
    bool hasSeries(const QString &key) const { return m_series.contains(key); }
    int pointCount(const QString &key) const;

    void setSummary(const QString &sentence);
    QString summary() const;
    QString title() const;
    void setPresentation(bool on);

    // What the chart shows, for tests and checks (read only).
    QFont titleFont() const;
    QStringList axisTitles() const; // x, then y
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    QRectF plotArea() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMinimumSize();
    qreal lineScale() const;
    void attach(QAbstractSeries *series);
    void applyStyle(QAbstractSeries *series, const SeriesStyle &style);
    void restyleAll();
    QAbstractAxis *replaceAxis(QAbstractAxis *old, bool log, Qt::Alignment align);
    QAbstractAxis *swapAxis(QAbstractAxis *old, QAbstractAxis *axis, Qt::Alignment align);
    void updatePowerLabels();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QAbstractAxis *m_x = nullptr;
    QAbstractAxis *m_y = nullptr;
    bool m_logX = false;
    bool m_xPowers = false;
    bool m_updatingPowers = false;
    bool m_logY = false;
    double m_yMin = 0.0, m_yMax = 1.0;
    bool m_presentation = false;
    QHash<QString, QAbstractSeries *> m_series;
    QHash<QString, SeriesStyle> m_styles;
    QHash<QString, QList<QPointF>> m_markerX; // vertical markers keep their x
};
