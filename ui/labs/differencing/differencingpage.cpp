#include "labs/differencing/differencingpage.h"

#include "charts/chartview.h"
#include "charts/palette.h"
#include "framework/chartgrid.h"
#include "framework/contrast.h"
#include "framework/fonts.h"
#include "framework/format.h"
#include "labs/differencing/differencingtext.h"
#include "labs/differencing/peoplestrip.h"
#include "widgets/fittedtable.h"
#include "widgets/parametercontrol.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Percent with a non-breaking space, so "100.0 %" never splits across lines.
QString pct(double share)
{
    return fmt::percent(share).replace(QLatin1Char(' '), QChar(0x00A0));
}

QString signedNumber(double v, int decimals)
{
    return (v < 0 ? QStringLiteral("− ") : QStringLiteral("+ ")) +
           fmt::number(std::fabs(v), decimals);
}

QString queryTitle(dp::Query q)
{
    switch (q) {
    case dp::Query::Sum:
        return DifferencingPage::tr("sum");
    case dp::Query::Count:
        return DifferencingPage::tr("count");
    case dp::Query::Mean:
        return DifferencingPage::tr("mean");
    case dp::Query::Median:
        return DifferencingPage::tr("median");
    case dp::Query::Max:
        return DifferencingPage::tr("max");
    case dp::Query::Threshold:
        return DifferencingPage::tr("threshold");
    }
    return {};
}

// Sensitivities like 1/N in plain decimals, never "1e-08".
QString plain(double v)
{
    const double a = std::fabs(v);
    if (!std::isfinite(v) || a == 0.0 || a >= 0.01)
        return fmt::compact(v);
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(a))) + 2, 2, 15);
    QString s = fmt::number(v, decimals);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    return s;
}

QLabel *makeLabel(const QString &objectName, const QString &accessibleName)
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

const LabTexts &DifferencingPage::words()
{
    static const LabTexts texts{
        .title = QT_TRANSLATE_NOOP("labs", "Differencing attack"),
        .params =
            {
                {.id = "rows",
                 .label = QT_TRANSLATE_NOOP("params", "People in the database"),
                 .help = QT_TRANSLATE_NOOP("params", "How many people the database holds."),
                 .unit = QT_TRANSLATE_NOOP("units", "people")},
                {.id = "share",
                 .label = QT_TRANSLATE_NOOP("params", "Share who have it"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "Chance that each person has the private attribute (the disease).")},
                {.id = "query",
                 .label = QT_TRANSLATE_NOOP("params", "Query"),
                 .help =
                     QT_TRANSLATE_NOOP("params", "The aggregate question the attacker may ask."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "sum"),
                             QT_TRANSLATE_NOOP("choices", "count"),
                             QT_TRANSLATE_NOOP("choices", "mean"),
                             QT_TRANSLATE_NOOP("choices", "median"),
                             QT_TRANSLATE_NOOP("choices", "max"),
                             QT_TRANSLATE_NOOP("choices", "threshold")}},
                {.id = "threshold",
                 .label = QT_TRANSLATE_NOOP("params", "Threshold T"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "For the threshold query: the question is \"are more than T people ill?\"."),
                 .unit = QT_TRANSLATE_NOOP("units", "people")},
                {.id = "target",
                 .label = QT_TRANSLATE_NOOP("params", "Target row"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The row (counting from 0) of the person the attacker is after.")},
                {.id = "neighbour",
                 .label = QT_TRANSLATE_NOOP("params", "Neighbouring databases"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Neighbours differ by removing one person (unbounded) or by changing one "
                     "person's value (bounded)."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "remove"),
                             QT_TRANSLATE_NOOP("choices", "replace")}},
                {.id = "noise",
                 .label = QT_TRANSLATE_NOOP("params", "Noise"),
                 .help = QT_TRANSLATE_NOOP("params", "Exact answers, or answers with Laplace noise "
                                                     "scaled to the global sensitivity."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "none"),
                             QT_TRANSLATE_NOOP("choices", "laplace")}},
                {.id = "epsilon",
                 .label = QT_TRANSLATE_NOOP("params", "ε per query"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "Privacy budget each query spends: smaller ε means more noise.")},
                {.id = "trials",
                 .label = QT_TRANSLATE_NOOP("params", "Repeated attacks"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "How many times the attack is repeated to measure its success rate."),
                 .unit = QT_TRANSLATE_NOOP("units", "attacks")},
            },
    };
    return texts;
}

DifferencingPage::DifferencingPage(QWidget *parent) : TypedLabPage(words(), parent)
{
    m_attack = makeLabel(QStringLiteral("headline"), tr("The attack in words"));
    m_attack->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_successText = makeLabel(QStringLiteral("successHeadline"), tr("Repeated attacks in words"));
    m_successText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_messages = makeLabel(QStringLiteral("messages"), tr("Special cases"));
    m_messages->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                             "border: 1px solid #E69F00; padding: 4px; }"));
    m_messages->hide();

    m_stripTitle = makeLabel(QStringLiteral("stripTitle"), tr("People shown"));
    m_strip = new PeopleStrip;
    m_stripCaption = makeLabel(QStringLiteral("stripCaption"), tr("How to read the people"));

    m_parallel = new ChartPanel(tr("Parallel databases"));
    m_parallel->setAxisTitles(tr("Row of the person removed"), tr("Answer"));
    m_parallel->setXLabelFormat(QStringLiteral("%g"));
    m_success = new ChartPanel(tr("Attacker's success against ε"));
    m_success->setLogX(true);
    m_success->setAxisTitles(tr("ε per query (log scale)"), tr("Success"));
    m_success->setXLabelFormat(QStringLiteral("%g"));
    m_success->setYLabelFormat(QStringLiteral("%.0f %%"));
    m_noiseText = makeLabel(QStringLiteral("noiseText"), tr("Noise and privacy budget in words"));

    m_tableTitle = makeLabel(QStringLiteral("tableTitle"), tr("Sensitivity table title"));
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("sensitivityTable"));
    m_table->setAccessibleName(tr("Sensitivity of every query"));
    m_table->setHorizontalHeaderLabels(
        {tr("Query"), tr("Measured"), tr("Global"), tr("Why they differ")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeaderItem(1)->setToolTip(
        tr("The largest change one person makes on this database"));
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("The largest change one person can make on any database of N people"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fitTableToRows(m_table); // every row in view; the page scrolls, not the table

    auto *top = new QHBoxLayout;
    top->addWidget(m_attack, 11);
    top->addSpacing(12);
    top->addWidget(m_successText, 9);

    // Tiles of the shared grid: the people, the two charts, the noise note
    // and the table (each its own slide in presentation).
    const auto stack = [](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(4);
        for (QWidget *w : widgets)
            l->addWidget(w);
        return box;
    };
    auto *grid = new ChartGrid;
    grid->addTile(stack({m_stripTitle, m_strip, m_stripCaption}), ChartGrid::Span::Full);
    grid->addTile(m_parallel);
    grid->addTile(m_success);
    grid->addTile(m_noiseText, ChartGrid::Span::Full);
    grid->addTile(stack({m_tableTitle, m_table}), ChartGrid::Span::Full);

    auto *layout = new QVBoxLayout(chartArea());
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(grid, 1);

    setPresentation(false);
    clampRowControls();
}

QList<ChartPanel *> DifferencingPage::charts() const
{
    return {m_parallel, m_success};
}

void DifferencingPage::setPresentation(bool on)
{
    LabPage::setPresentation(on);
    // Relative to the application font, which presentation sizes from the screen.
    setRelativeFont(m_attack, on ? 0.95 : 1.15);
    setRelativeFont(m_successText, on ? 0.95 : 1.15);
    setRelativeFont(m_messages, 1.0);
    setRelativeFont(m_stripTitle, 1.0);
    setRelativeFont(m_stripCaption, 0.95);
    setRelativeFont(m_noiseText, 0.95);
    setRelativeFont(m_tableTitle, 1.0);
    setRelativeFont(m_table, 0.95);
    setRelativeFont(m_table->horizontalHeader(), 0.95);
    m_strip->setPresentation(on);
}

QString DifferencingPage::headlineText() const
{
    return m_attack->text() + QStringLiteral("<br>") + m_successText->text();
}

QString DifferencingPage::messagesText() const
{
    return m_messages->isVisible() ? m_messages->text() : QString();
}

QString DifferencingPage::summary() const
{
    return LabPage::summary() + QLatin1Char(' ') + m_successText->text();
}

// --- Threshold and target: row numbers, kept below the number of rows. ---

void DifferencingPage::clampRowControls()
{
    const double rows = values().get("rows");
    if (rows >= 2.0 && rows <= 1e8) {
        limitMaximum(QStringLiteral("threshold"), rows - 1.0);
        limitMaximum(QStringLiteral("target"), rows - 1.0);
    }
    if (auto *threshold = controlFor(QStringLiteral("threshold")))
        threshold->setEnabled(values().get("query") == static_cast<double>(dp::Query::Threshold));
}

void DifferencingPage::parametersChanged()
{
    clampRowControls();
}

// --- Drawing ---

QString DifferencingPage::value(const dp::DifferencingResult &r, double v, bool noisy) const
{
    if (!std::isfinite(v))
        return fmt::number(v);
    const auto digits =
        static_cast<int>(std::floor(std::log10(static_cast<double>(r.params.rows)))) + 1;
    if (r.params.query == dp::Query::Mean && r.releaseForm != dp::ReleaseForm::SumAndCount)
        return fmt::number(v, std::min(12, digits + 3));
    if (noisy)
        return fmt::number(v, 2);
    return fmt::number(v, v == std::round(v) ? 0 : 1);
}

void DifferencingPage::showResult(const dp::DifferencingResult &r, const RunRequest &)
{
    m_attack->setText(attackHeadline(r));
    m_attack->setAccessibleDescription(DifferencingText::example(r));
    m_attack->setToolTip(DifferencingText::rule(r));
    m_successText->setText(successHeadline(r));
    QStringList messages;
    for (const QString &m : DifferencingText::messages(r))
        messages << m.toHtmlEscaped();
    m_messages->setText(messages.join(QStringLiteral("<br>")));
    m_messages->setVisible(!messages.isEmpty());
    // The full noise story is the tooltip of the budget figures; shown on the
    // page only when it has something special to say (count: ε 0 for her
    // secret; median, N odd: 2ε by group privacy; Δ = 0: no noise needed).
    const QString noise = DifferencingText::noise(r);
    m_successText->setToolTip(noise);
    m_successText->setAccessibleDescription(noise);
    // Also whenever remove-one needs explaining: the mean as sum and count,
    // or her value costing more or less than her presence.
    const bool special =
        (std::isfinite(r.epsilonTargetReplace) && r.epsilonTargetReplace != r.params.epsilon) ||
        (r.params.laplaceNoise && r.laplaceScale == 0.0) ||
        r.releaseForm == dp::ReleaseForm::SumAndCount ||
        (r.params.laplaceNoise && r.epsilonTargetReplace != r.epsilonTarget);
    m_noiseText->setText(noise.toHtmlEscaped());
    m_noiseText->setVisible(special);
    drawInSteps({[this, &r] {
                     drawStrip(r);
                     drawParallel(r);
                 },
                 [this, &r] { drawSuccess(r); }, [this, &r] { fillTable(r); }});
}

QString DifferencingPage::attackHeadline(const dp::DifferencingResult &r) const
{
    const auto &e = r.example;
    const auto &p = r.params;
    const bool noisy = p.laplaceNoise && r.laplaceScale > 0.0;
    const bool sumAndCount = r.releaseForm == dp::ReleaseForm::SumAndCount;
    const QString q = sumAndCount ? queryTitle(dp::Query::Sum) : queryTitle(p.query);
    QStringList lines;
    lines << tr("<span style='font-size:large'><b>One attack on row %1:</b> she really %2. The "
                "attacker "
                "guesses <b>%3</b>: <b style='color:%4'>%5</b></span>")
                 .arg(fmt::number(static_cast<double>(p.target)),
                      e.targetValue ? tr("has it (1)") : tr("does not have it (0)"),
                      QString::number(e.guess),
                      contrast::colourName(this, e.correct ? contrast::Tone::Right
                                                           : contrast::Tone::Wrong),
                      e.correct ? tr("right.") : tr("wrong."));
    QString table =
        QStringLiteral(
            "<table cellspacing='0' cellpadding='2'><tr><td></td>"
            "<td align='right'><i>%1</i></td><td align='right'>&nbsp;&nbsp;<i>%2</i></td></tr>")
            .arg(tr("with her"), tr("without her"));
    const auto row = [](const QString &label, const QString &a, const QString &b, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString(),
                      close = bold ? QStringLiteral("</b>") : QString();
        return QStringLiteral("<tr><td>%1%2%3</td><td align='right'>&nbsp;&nbsp;%1%4%3</td>"
                              "<td align='right'>&nbsp;&nbsp;%1%5%3</td></tr>")
            .arg(open, label, close, a, b);
    };
    table += row(tr("Exact %1").arg(q), value(r, e.exactFull, false),
                 value(r, e.exactWithout, false), false);
    if (noisy) {
        const int d = p.query == dp::Query::Mean && !sumAndCount
                          ? std::min(12, static_cast<int>(std::log10(double(p.rows))) + 4)
                          : 2;
        table += row(tr("Laplace noise"), signedNumber(e.noiseFull, d),
                     signedNumber(e.noiseWithout, d), false);
    }
    table += row(tr("The attacker sees"), value(r, e.answerFull, noisy),
                 value(r, e.answerWithout, noisy), true);
    if (sumAndCount) // released with the sum: the count, and their ratio, the mean
        table += row(tr("Noisy count"), fmt::number(e.countFull, 2), fmt::number(e.countWithout, 2),
                     false) +
                 row(tr("Mean = sum/count"), fmt::number(e.answerFull / e.countFull, 4),
                     fmt::number(e.answerWithout / e.countWithout, 4), false);
    table += QStringLiteral("</table>");
    lines << table;
    const auto weight = [](double w) {
        return w == 1.0 ? QString() : fmt::number(w) + QStringLiteral(" × ");
    };
    lines << tr("She computes %1%2 − %3%4 = <b>%5</b>, %6 ½, so she guesses %7.")
                 .arg(weight(r.rule.alpha), value(r, e.answerFull, noisy), weight(r.rule.beta),
                      value(r, e.answerWithout, noisy), fmt::number(e.recovered, 2),
                      e.recovered > 0.5 ? tr("above") : tr("not above"), QString::number(e.guess));
    // The rule in words where the weights need explaining (mean, median); the
    // tooltip otherwise. The note says when this query's attack can work.
    const bool weighted = r.rule.alpha != 1.0 || r.rule.beta != 1.0 || sumAndCount;
    lines << QStringLiteral("<span style='font-size:small'>%1%2</span>")
                 .arg(weighted ? DifferencingText::rule(r).toHtmlEscaped() + QLatin1Char(' ')
                               : QString(),
                      DifferencingText::queryNote(r).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString DifferencingPage::successHeadline(const dp::DifferencingResult &r) const
{
    const auto &p = r.params;
    QStringList lines;
    lines << tr("<span style='font-size:large'><b>Over %1 attacks: right %2</b></span>")
                 .arg(fmt::number(static_cast<double>(p.trials)), pct(r.successRate));
    lines << tr("95 % interval %1 to %2; exact chance %3; a blind guess is right 50 % of the time.")
                 .arg(pct(r.successInterval.low), pct(r.successInterval.high), pct(r.exactSuccess));
    // The ceiling on guessing her value uses the ε that protects her value
    // (replace-one count); under remove-one it can be 2ε (issue 8, point 3).
    if (std::isinf(r.epsilonTargetReplace))
        lines << tr(
            "Privacy ceiling: <b>none</b>. Without noise differential privacy promises nothing "
            "(ε = ∞): unlimited privacy loss.");
    else if (r.epsilonTargetReplace == 0.0)
        lines << tr(
            "Privacy ceiling: <b>50 %</b>. The answers do not depend on her secret, so no attack "
            "can beat a blind guess.");
    else
        lines << tr("Privacy ceiling: <b>%1</b>. No attack on an ε = %2 answer can beat e^ε/(1 + "
                    "e^ε).")
                     .arg(pct(r.dpCeiling), fmt::epsilon(r.epsilonTargetReplace));
    if (!p.laplaceNoise && r.epsilonTargetReplace == 0.0)
        lines << tr(
            "Budget: no noise, so ε = ∞ for both queries together; her secret costs nothing "
            "(ε = 0), because this query ignores it.");
    else if (!p.laplaceNoise)
        lines << tr("Budget: no noise, so ε = ∞ for her secret and for both queries together.");
    else if (r.laplaceScale == 0.0)
        lines << tr("Budget: ε = %1. Δ = 0: the answer cannot depend on anyone, so no noise is "
                    "needed and "
                    "nothing is spent.")
                     .arg(fmt::epsilon(r.epsilonTotal));
    else if (r.releaseForm == dp::ReleaseForm::SumAndCount)
        lines << tr("Mean as noisy sum and noisy count, each ε/2 with scale %1. Budget "
                    "(remove-one): ε = %2 "
                    "for the query with her, %3 for both; her value: ε = %4.")
                     .arg(plain(r.laplaceScale), fmt::epsilon(r.epsilonTarget),
                          fmt::epsilon(r.epsilonTotal), fmt::epsilon(r.epsilonTargetReplace));
    else if (p.neighbour == dp::Neighbour::Remove && r.epsilonTargetReplace != r.epsilonTarget)
        lines << tr("Noise scale b = Δ/ε = %1/%2 = %3, from the global sensitivity Δ (never the "
                    "measured one: "
                    "that would leak). Budget (remove-one): ε = %4 for the query with her, %5 for "
                    "both. "
                    "Counted by changing her value (replace-one): %6 and %7.")
                     .arg(plain(r.noiseSensitivity), fmt::epsilon(p.epsilon), plain(r.laplaceScale),
                          fmt::epsilon(r.epsilonTarget), fmt::epsilon(r.epsilonTotal),
                          fmt::epsilon(r.epsilonTargetReplace),
                          fmt::epsilon(r.epsilonTotalReplace));
    else
        lines << tr("Noise scale b = Δ/ε = %1/%2 = %3, from the global sensitivity Δ (never the "
                    "measured one: "
                    "that would leak). Budget: ε = %4 spent on her secret, %5 by both queries "
                    "together.")
                     .arg(plain(r.noiseSensitivity), fmt::epsilon(p.epsilon), plain(r.laplaceScale),
                          fmt::epsilon(r.epsilonTarget), fmt::epsilon(r.epsilonTotal));
    return lines.join(QStringLiteral("<br>"));
}

void DifferencingPage::drawStrip(const dp::DifferencingResult &r)
{
    const auto &p = r.params;
    const bool replace = p.neighbour == dp::Neighbour::Replace;
    PeopleStrip::Content c;
    c.values = r.strip;
    c.start = r.stripStart;
    c.total = p.rows;
    c.target = p.target;
    c.largestChangeRow = r.measured.row;
    c.hasLargestChange = r.measured.value > 0.0;
    c.queryName = queryTitle(p.query);
    c.fullValue = value(r, r.fullValue, false);
    c.valueIfZero = value(r, r.valueIfZeroRemoved, false);
    c.valueIfOne = value(r, r.valueIfOneRemoved, false);
    c.replace = replace;
    m_strip->setContent(c);
    const double shown = static_cast<double>(r.strip.size());
    m_stripTitle->setText(
        r.stripComplete ? tr("<b>The %1 people in the database</b> (%2 have it)")
                              .arg(fmt::number(shown), fmt::number(static_cast<double>(r.ones)))
                        : tr("<b>Rows %1 to %2 of %3 people</b> (%4 of all have it)")
                              .arg(fmt::number(static_cast<double>(r.stripStart)),
                                   fmt::number(static_cast<double>(r.stripStart) + shown - 1),
                                   fmt::number(static_cast<double>(p.rows)),
                                   fmt::number(static_cast<double>(r.ones))));
    m_stripCaption->setText(
        tr("Green 1 = has it, white 0 = does not; red ✗ = the target, left out of the second "
           "query%1. "
           "Hover for details.")
            .arg(r.measured.value > 0.0 ? tr("; purple dashes = largest change") : QString()));
}

void DifferencingPage::drawParallel(const dp::DifferencingResult &r)
{
    const auto &p = r.params;
    const bool replace = p.neighbour == dp::Neighbour::Replace;
    const QString q = queryTitle(p.query);
    // Row numbers in thousands or millions for big databases, so tick labels stay short.
    const double xUnit = p.rows > 1'000'000 ? 1e6 : p.rows > 20'000 ? 1e3 : 1.0;
    const QString unit = xUnit == 1e6   ? tr(" (millions)")
                         : xUnit == 1e3 ? tr(" (thousands)")
                                        : QString();
    m_parallel->setAxisTitles((replace ? tr("Row flipped") : tr("Row removed")) + unit,
                              q.left(1).toUpper() + q.mid(1));
    // Every parallel database's value depends only on the changed person's own
    // value, so the points sit on two levels: "changing a 1" and "changing a 0"
    // (coloured like the 1s and 0s of the strip). Dots when few, lines when dense.
    const bool oneLevel = r.valueIfOneRemoved == r.valueIfZeroRemoved;
    QList<QPointF> ones, zeros;
    double lo = r.fullValue, hi = r.fullValue;
    for (const auto &pt : r.series) {
        const bool isOne = !oneLevel && std::fabs(pt.y - r.valueIfOneRemoved) <
                                            std::fabs(pt.y - r.valueIfZeroRemoved);
        (isOne ? ones : zeros).append({pt.x / xUnit, pt.y});
        lo = std::min(lo, pt.y);
        hi = std::max(hi, pt.y);
    }
    const double span = hi - lo;
    const double pad =
        span > 0 ? 0.6 * span : (r.globalSensitivity > 0 ? r.globalSensitivity : 1.0);
    const double xMax = std::max(1.0, static_cast<double>(p.rows - 1)) / xUnit;
    m_parallel->setRange(0.0, std::max(xMax, 4.0), lo - pad,
                         hi + pad); // whole rows on the axis, even for N = 2
    // Label decimals from the tick spacing the axis settled on (0 for 2,540, 2,541, …).
    const double settled = m_parallel->yTickStep();
    const double step = settled > 0.0 ? settled : (hi - lo + 2 * pad) / 4.0;
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 12);
    m_parallel->setYLabelFormat(QStringLiteral("%.") + QString::number(decimals) +
                                QStringLiteral("f"));
    const auto drawLevel = [&](const QString &key, const QString &name, const QList<QPointF> &pts,
                               const QColor &c) {
        // A series that changes kind (dots <-> line) is rebuilt from scratch.
        const int kind = pts.isEmpty() ? 0 : pts.size() <= 120 ? 1 : 2;
        if (m_levelKind.value(key) != kind)
            m_parallel->removeSeries(key);
        m_levelKind.insert(key, kind);
        if (pts.isEmpty()) {
            m_parallel->removeSeries(key);
        } else if (kind == 1) {
            m_parallel->setSeries(key, name, pts, makeStyle(SeriesStyle::Kind::Markers, c, 1.6));
        } else {
            const auto [first, last] =
                std::minmax_element(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) {
                    return a.x() < b.x();
                });
            m_parallel->setSeries(key, name,
                                  {QPointF(first->x(), first->y()), QPointF(last->x(), first->y())},
                                  makeStyle(SeriesStyle::Kind::Line, c, 4.0));
        }
    };
    m_parallelPoints = ones.size() + zeros.size();
    if (oneLevel) {
        drawLevel(QStringLiteral("zeros"), replace ? tr("Any flip") : tr("Anyone out"), zeros,
                  palette::estimate);
        m_parallel->removeSeries(QStringLiteral("ones"));
    } else {
        drawLevel(QStringLiteral("ones"), replace ? tr("1→0") : tr("A 1 out"), ones,
                  palette::truth);
        drawLevel(QStringLiteral("zeros"), replace ? tr("0→1") : tr("A 0 out"), zeros,
                  palette::neutral);
    }
    m_parallel->setSeries(QStringLiteral("full"), tr("Full"),
                          {QPointF(0.0, r.fullValue), QPointF(std::max(xMax, 4.0), r.fullValue)},
                          makeStyle(SeriesStyle::Kind::Dashed, palette::theory, 2.0));
    const double mx = static_cast<double>(r.measured.row) / xUnit;
    if (r.measured.value > 0.0) {
        m_parallel->setSeries(QStringLiteral("largestLine"), QString(),
                              {QPointF(mx, r.fullValue), QPointF(mx, r.measured.atRow)},
                              makeStyle(SeriesStyle::Kind::Line, palette::extra, 3.0, false));
        m_parallel->setSeries(QStringLiteral("largest"), tr("Largest"),
                              {QPointF(mx, r.measured.atRow)},
                              makeStyle(SeriesStyle::Kind::Markers, palette::extra, 3.0));
    } else {
        m_parallel->removeSeries(QStringLiteral("largestLine"));
        m_parallel->removeSeries(QStringLiteral("largest"));
    }
    const QString people = fmt::number(static_cast<double>(p.rows));
    const QString full = value(r, r.fullValue, false);
    if (r.measured.value > 0.0)
        m_parallel->setSummary(
            tr("The %1 on each of the %2 parallel databases (%3) against %4 on the full database. "
               "The largest "
               "change, %5 at row %6, is the sensitivity measured on this database; the worst case "
               "over all "
               "databases (global) is %7.")
                .arg(q, people,
                     replace ? tr("one value flipped in each") : tr("one person removed from each"),
                     full, plain(r.measured.value),
                     fmt::number(static_cast<double>(r.measured.row)), plain(r.globalSensitivity)));
    else
        m_parallel->setSummary(tr("The %1 is %2 on the full database and on every one of the %3 "
                                  "parallel databases: nobody "
                                  "changes it, so the sensitivity measured here is 0. The worst "
                                  "case over all databases (global) "
                                  "is %4.")
                                   .arg(q, full, people, plain(r.globalSensitivity)));
}

void DifferencingPage::drawSuccess(const dp::DifferencingResult &r)
{
    QList<QPointF> band, sim, exact, ceiling;
    double lo = 40.0;
    for (const auto &c : r.curve) {
        band << QPointF(c.epsilon, 100.0 * c.simulatedLow)
             << QPointF(c.epsilon, 100.0 * c.simulatedHigh);
        sim << QPointF(c.epsilon, 100.0 * c.simulated);
        exact << QPointF(c.epsilon, 100.0 * c.exact);
        ceiling << QPointF(c.epsilon, 100.0 * c.ceiling);
        lo = std::min(lo, 100.0 * c.simulatedLow);
    }
    lo = std::floor(lo / 10.0) * 10.0;
    m_success->setRange(0.01, 10.0, lo, 100.0);
    m_success->setSeries(QStringLiteral("band"), tr("95 % interval"), band,
                         makeStyle(SeriesStyle::Kind::Band, palette::estimate, 1.0, false));
    m_success->setSeries(QStringLiteral("simulated"), tr("Simulated"), sim,
                         makeStyle(SeriesStyle::Kind::Markers, palette::estimate, 1.6));
    m_success->setSeries(QStringLiteral("exact"), tr("Exact"), exact,
                         makeStyle(SeriesStyle::Kind::Line, palette::attacker, 2.0));
    m_success->setSeries(QStringLiteral("ceiling"), tr("DP cap"), ceiling,
                         makeStyle(SeriesStyle::Kind::Dashed, palette::theory, 2.0));
    m_success->setSeries(QStringLiteral("blind"), tr("Blind guess"),
                         {QPointF(0.01, 50.0), QPointF(10.0, 50.0)},
                         makeStyle(SeriesStyle::Kind::Dotted, palette::neutral, 2.0, false));
    const auto &p = r.params;
    m_success->setVerticalMarker(QStringLiteral("now"), tr("Your ε"), p.epsilon,
                                 makeStyle(SeriesStyle::Kind::Line, palette::extra, 2.0));
    if (p.laplaceNoise)
        m_success->setSummary(tr("With Laplace noise at your ε = %1 per query the attacker was "
                                 "right %2 of the time over %3 "
                                 "attacks; her exact chance, %4, stays at or below the "
                                 "differential-privacy ceiling of %5. Smaller ε "
                                 "pushes her towards the 50 % of a blind guess.")
                                  .arg(fmt::epsilon(p.epsilon), fmt::percent(r.successRate),
                                       fmt::number(static_cast<double>(p.trials)),
                                       fmt::percent(r.exactSuccess), fmt::percent(r.dpCeiling)));
    else
        m_success->setSummary(tr("Your answers carry no noise, so ε does not matter yet: the "
                                 "attacker is right %1 of the time. "
                                 "The curves show what Laplace noise would do, from %2 right at ε "
                                 "= 0.01 to %3 at ε = 10.")
                                  .arg(fmt::percent(r.successRate),
                                       fmt::percent(r.curve.empty() ? 0.5 : r.curve.front().exact),
                                       fmt::percent(r.curve.empty() ? 1.0 : r.curve.back().exact)));
}

void DifferencingPage::fillTable(const dp::DifferencingResult &r)
{
    const auto &p = r.params;
    const bool replace = p.neighbour == dp::Neighbour::Replace;
    m_tableTitle->setText(replace ? tr("<b>Sensitivity of every query when one person's value is "
                                       "changed</b> (N = %1, %2 have it; "
                                       "global = worst case over every database)")
                                        .arg(fmt::number(static_cast<double>(p.rows)),
                                             fmt::number(static_cast<double>(r.ones)))
                                  : tr("<b>Sensitivity of every query when one person is "
                                       "removed</b> (N = %1, %2 have it; global = "
                                       "worst case over every database)")
                                        .arg(fmt::number(static_cast<double>(p.rows)),
                                             fmt::number(static_cast<double>(r.ones))));
    // The table depends on the database, the query and the notion, not on ε
    // or the trials: skip the (word-wrapping) relayout when nothing changed.
    const auto why = [&](const dp::SensitivityRow &t) {
        return DifferencingText::sensitivityWhy(t.query, p.neighbour, p.rows, r.ones, p.threshold,
                                                replace ? t.measuredReplace : t.measuredRemove,
                                                replace ? t.globalReplace : t.globalRemove);
    };
    QString key =
        QString::number(static_cast<int>(p.query)) + QString::number(static_cast<int>(p.neighbour));
    for (const auto &t : r.table)
        key += why(t) + QString::number(replace ? t.measuredReplace : t.measuredRemove, 'g', 17) +
               QString::number(replace ? t.globalReplace : t.globalRemove, 'g', 17);
    if (key == m_tableKey)
        return;
    m_tableKey = key;
    m_table->setRowCount(static_cast<int>(r.table.size()));
    // Your query first, so it is in view without scrolling; the others follow
    // in their usual order.
    std::vector<const dp::SensitivityRow *> order;
    for (const auto &t : r.table)
        if (t.query == p.query)
            order.push_back(&t);
    for (const auto &t : r.table)
        if (t.query != p.query)
            order.push_back(&t);
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        const auto &t = *order[static_cast<std::size_t>(i)];
        const bool mine = t.query == p.query;
        const QString reason = why(t);
        const QStringList cells{queryTitle(t.query),
                                plain(replace ? t.measuredReplace : t.measuredRemove),
                                plain(replace ? t.globalReplace : t.globalRemove), reason};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(reason);
            item->setTextAlignment(c == 1 || c == 2 ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
            if (mine) {
                QFont f = m_table->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(m_table->palette().color(QPalette::AlternateBase));
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeRowsToContents();
    m_table->scrollToTop();
}
