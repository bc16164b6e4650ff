#include "labs/income/incomepage.h"

#include "charts/chartview.h"
#include "charts/palette.h"
#include "framework/chartgrid.h"
#include "framework/fonts.h"
#include "framework/format.h"
#include "labs/income/income.h"

#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

using Kind = SeriesStyle::Kind;

// Money axes count in thousands once the numbers get long ("250" not "250000").
struct MoneyAxis
{
    double scale = 1.0;
    QString title;
};

MoneyAxis moneyAxis(double lo, double hi, const QString &what)
{
    const double span = std::max(std::fabs(lo), std::fabs(hi));
    if (span >= 10000.0)
        return {1000.0, QCoreApplication::translate("IncomePage", "%1 (thousand €)").arg(what)};
    return {1.0, QCoreApplication::translate("IncomePage", "%1 (€)").arg(what)};
}

QString labelFormatFor(double lo, double hi)
{
    const double span = hi - lo;
    if (!(span > 0.0) || span >= 5.0)
        return QStringLiteral("%.0f");
    return span >= 0.5 ? QStringLiteral("%.1f") : QStringLiteral("%.2g");
}

QList<QPointF> bars(const dp::Histogram &h, double scale, double *yMax)
{
    QList<QPointF> pts;
    pts.reserve(static_cast<int>(h.counts.size()));
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        pts.append({h.binCenter(i) / scale, static_cast<double>(h.counts[i])});
        *yMax = std::max(*yMax, static_cast<double>(h.counts[i]));
    }
    return pts;
}

} // namespace

const LabTexts &IncomePage::words()
{
    static const LabTexts texts{
        .title = QT_TRANSLATE_NOOP("labs", "Income obscuring"),
        .params =
            {
                {.id = "friends",
                 .label = QT_TRANSLATE_NOOP("params", "Friends"),
                 .help =
                     QT_TRANSLATE_NOOP("params", "How many friends report their obscured income."),
                 .unit = QT_TRANSLATE_NOOP("units", "friends")},
                {.id = "income_dist",
                 .label = QT_TRANSLATE_NOOP("params", "Income distribution"),
                 .help = QT_TRANSLATE_NOOP("params", "Normal, or log-normal (skewed like real "
                                                     "incomes) with the same mean and spread."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "normal"),
                             QT_TRANSLATE_NOOP("choices", "lognormal")}},
                {.id = "income_mean",
                 .label = QT_TRANSLATE_NOOP("params", "Average income"),
                 .help =
                     QT_TRANSLATE_NOOP("params", "The mean income of the friends' population.")},
                {.id = "income_sd",
                 .label = QT_TRANSLATE_NOOP("params", "Income spread (SD)"),
                 .help = QT_TRANSLATE_NOOP("params", "The standard deviation of incomes.")},
                {.id = "noise_mean",
                 .label = QT_TRANSLATE_NOOP("params", "Noise mean μ_o"),
                 .help =
                     QT_TRANSLATE_NOOP("params", "The mean of the agreed obscuring distribution.")},
                {.id = "noise_sd",
                 .label = QT_TRANSLATE_NOOP("params", "Noise spread σ_o"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The standard deviation of the obscuring noise each friend adds.")},
                {.id = "clipping",
                 .label = QT_TRANSLATE_NOOP("params", "Clip incomes to [0, C]"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Clip each income to [0, C] before adding noise; needed for a finite ε.")},
                {.id = "clip",
                 .label = QT_TRANSLATE_NOOP("params", "Upper bound C"),
                 .help =
                     QT_TRANSLATE_NOOP("params", "Incomes above C count as C (with clipping on).")},
                {.id = "delta",
                 .label = QT_TRANSLATE_NOOP("params", "δ"),
                 .help = QT_TRANSLATE_NOOP("params",
                                           "The small probability that the ε guarantee may fail.")},
                {.id = "trials",
                 .label = QT_TRANSLATE_NOOP("params", "Repeated rounds"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "How many times the whole round is repeated to show the spread of the error."),
                 .unit = QT_TRANSLATE_NOOP("units", "rounds")},
                {.id = "wrong_noise_mean",
                 .label = QT_TRANSLATE_NOOP("params", "Analyst assumes a wrong μ_o"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Let the analyst subtract a different noise mean than the one friends used.")},
                {.id = "assumed_noise_mean",
                 .label = QT_TRANSLATE_NOOP("params", "Assumed μ_o"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "The noise mean the analyst subtracts when the wrong-μ_o switch is on.")},
                {.id = "friend",
                 .label = QT_TRANSLATE_NOOP("params", "Friend shown"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "Which friend the one-friend view shows (counting from 0).")},
                {.id = "mode",
                 .label = QT_TRANSLATE_NOOP("params", "Simulation"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Draw every friend, or the exact/approximate means directly; auto picks."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "auto"),
                             QT_TRANSLATE_NOOP("choices", "person"),
                             QT_TRANSLATE_NOOP("choices", "aggregate")}},
            },
        .rules =
            {
                {"positive_for_lognormal",
                 QT_TRANSLATE_NOOP("rules",
                                   "a log-normal income needs an average income above 0, not %1")},
            },
    };
    return texts;
}

IncomePage::IncomePage(QWidget *parent) : TypedLabPage(words(), parent)
{
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("Income estimate, one friend and privacy in words"));

    m_privacy = new QLabel;
    m_privacy->setWordWrap(true);
    m_privacy->setTextFormat(Qt::RichText);
    m_privacy->setObjectName(QStringLiteral("privacyPanel"));
    m_privacy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_privacy->setAccessibleName(
        tr("Differential privacy, clipping and local against central, in words"));
    m_privacy->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_incomes = new ChartPanel(tr("Incomes and reports (round 1)"));
    m_incomes->setAxisTitles(tr("Income (€)"), tr("Friends"));
    m_incomes->setYLabelFormat(QStringLiteral("%.0f"));
    m_friend = new ChartPanel(tr("What one report reveals"));
    m_friend->setAxisTitles(tr("Income (€)"), tr("Friends"));
    m_friend->setYLabelFormat(QStringLiteral("%.0f"));
    m_errors = new ChartPanel(tr("Error over repeated rounds"));
    m_errors->setAxisTitles(tr("Error (€)"), tr("Rounds"));
    m_errors->setYLabelFormat(QStringLiteral("%.0f"));
    m_errorVsN = new ChartPanel(tr("Typical error against N"));
    // x is log10(N) on a linear axis: "1e+06" or "100,000,000" labels would not
    // fit a 300-pixel chart, the powers of ten 0 … 8 do.
    m_errorVsN->setAxisTitles(tr("Friends N (log scale)"), tr("Error (€)"));
    m_errorVsN->setLogY(true);
    m_errorVsN->setXPowersOfTen(true);

    auto *grid = new ChartGrid;
    for (ChartPanel *c : charts())
        grid->addTile(c);
    grid->addTile(m_privacy, ChartGrid::Span::Full);
    auto *layout = new QVBoxLayout(chartArea());
    layout->addWidget(m_headline);
    layout->addWidget(grid, 1);
    setPresentation(false);
    parametersChanged();
}

QList<ChartPanel *> IncomePage::charts() const
{
    return {m_incomes, m_friend, m_errors, m_errorVsN};
}

void IncomePage::setPresentation(bool on)
{
    LabPage::setPresentation(on);
    // The privacy words are a wide tile below the charts (their own slide
    // in presentation).
    setRelativeFont(m_headline, on ? 0.95 : 1.15);
    setRelativeFont(m_privacy, 1.0);
}

QString IncomePage::headlineText() const
{
    return m_headline->text();
}
QString IncomePage::privacyText() const
{
    return m_privacy->text();
}

QString IncomePage::summary() const
{
    QString plain = m_headline->text() + QLatin1Char(' ') + m_privacy->text();
    plain.replace(QStringLiteral("<br>"), QStringLiteral(" "));
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return (plain + QLatin1Char(' ') + LabPage::summary()).simplified();
}

void IncomePage::parametersChanged()
{
    const dp::IncomeParams p = params();
    for (const char *id : {"clip", "delta"})
        if (QWidget *w = controlFor(QString::fromLatin1(id)))
            w->setEnabled(p.clipping);
    if (QWidget *w = controlFor(QStringLiteral("assumed_noise_mean")))
        w->setEnabled(p.wrongNoiseMean);
    const double friends = values().get("friends");
    if (friends >= 1.0)
        limitMaximum(QStringLiteral("friend"), std::min(friends - 1.0, 99999.0));
}

void IncomePage::drawIncomes(const dp::IncomeResult &r)
{
    const auto &h = r.incomeHistogram;
    const MoneyAxis ax = moneyAxis(h.lo, h.hi, tr("Income"));
    m_incomes->setAxisTitles(ax.title, tr("Friends"));
    double yMax = 1.0;
    const QList<QPointF> truth = bars(h, ax.scale, &yMax);
    const QList<QPointF> reports = bars(r.reportHistogram, ax.scale, &yMax);
    m_incomes->setRange(h.lo / ax.scale, h.hi / ax.scale, 0.0, yMax * 1.08);
    m_incomes->setXLabelFormat(labelFormatFor(h.lo / ax.scale, h.hi / ax.scale));
    m_incomes->setSeries(QStringLiteral("truth"), tr("Incomes"), truth,
                         makeStyle(Kind::Bars, palette::truth));
    m_incomes->setSeries(QStringLiteral("reports"), tr("Reports"), reports,
                         makeStyle(Kind::Bars, palette::noise));
    const double top = yMax * 100.0; // bands reach past the top; the plot area clips them
    m_incomes->setSeries(QStringLiteral("ci"), tr("95 % interval"),
                         {QPointF(r.ciLow / ax.scale, 0.0), QPointF(r.ciLow / ax.scale, top),
                          QPointF(r.ciHigh / ax.scale, 0.0), QPointF(r.ciHigh / ax.scale, top)},
                         makeStyle(Kind::Band, palette::estimate, 1.0, false));
    m_incomes->setVerticalMarker(QStringLiteral("trueMean"), tr("Truth"), r.trueMean / ax.scale,
                                 makeStyle(Kind::Line, palette::truth, 2.5));
    m_incomes->setVerticalMarker(QStringLiteral("estimate"), tr("Estimate"),
                                 r.estimatedMean / ax.scale,
                                 makeStyle(Kind::Dashed, palette::estimate, 2.5));
    const QString sample =
        r.sampleIsPartial
            ? tr("The bars show the first %1 of the %2 friends; the averages use all of them. ")
                  .arg(fmt::number(static_cast<double>(r.sampleSize)),
                       fmt::number(static_cast<double>(r.params.friends)))
            : QString();
    const double off = r.estimatedMean - r.trueMean;
    if (r.params.friends == 1) {
        m_incomes->setSummary(
            tr("One friend: the income (green) and the report (orange). The estimate (blue line) "
               "is the report minus μ_o, give or take %1 (95 %).")
                .arg(fmt::money((r.ciHigh - r.ciLow) / 2.0)));
        return;
    }
    m_incomes->setSummary(
        sample + tr("Reports (orange) spread far wider than incomes (green), yet their average "
                    "minus μ_o (blue line, "
                    "95 % interval ± %1) lands %2 %3 the true average (green line).")
                     .arg(fmt::money((r.ciHigh - r.ciLow) / 2.0), fmt::money(std::fabs(off)),
                          off >= 0 ? tr("above") : tr("below")));
}

void IncomePage::drawFriend(const dp::IncomeResult &r)
{
    // The incomes of everybody (round 1) as the backdrop, the observer's 95 %
    // range as a band, the friend's truth and report as vertical lines.
    const auto &h = r.params.clipping ? r.clippedHistogram : r.incomeHistogram;
    const double lo = std::min({h.lo, r.friendLow, r.friendReport, r.friendIncome});
    const double hi = std::max({h.hi, r.friendHigh, r.friendReport, r.friendIncome});
    const MoneyAxis ax = moneyAxis(lo, hi, tr("Income"));
    m_friend->setAxisTitles(ax.title, tr("Friends"));
    double yMax = 1.0;
    const QList<QPointF> everyone = bars(h, ax.scale, &yMax);
    const double pad = 0.03 * (hi - lo);
    m_friend->setRange((lo - pad) / ax.scale, (hi + pad) / ax.scale, 0.0, yMax * 1.08);
    m_friend->setXLabelFormat(labelFormatFor(lo / ax.scale, hi / ax.scale));
    m_friend->setSeries(QStringLiteral("everyone"), tr("All"), everyone,
                        makeStyle(Kind::Bars, palette::neutral));
    const double top = yMax * 100.0;
    m_friend->setSeries(QStringLiteral("range"), tr("95 % range"),
                        {QPointF(r.friendLow / ax.scale, 0.0), QPointF(r.friendLow / ax.scale, top),
                         QPointF(r.friendHigh / ax.scale, 0.0),
                         QPointF(r.friendHigh / ax.scale, top)},
                        makeStyle(Kind::Band, palette::estimate));
    m_friend->setVerticalMarker(QStringLiteral("income"), tr("Income"), r.friendIncome / ax.scale,
                                makeStyle(Kind::Line, palette::truth, 3.0));
    m_friend->setVerticalMarker(QStringLiteral("report"), tr("Report"), r.friendReport / ax.scale,
                                makeStyle(Kind::Dashed, palette::noise, 3.0));
    const QString income =
        r.friendClipped != r.friendIncome
            ? tr("%1 (clipped to %2)").arg(fmt::money(r.friendIncome), fmt::money(r.friendClipped))
            : fmt::money(r.friendIncome);
    const QString who =
        tr("Friend #%1: income %2, report %3. The observer's 95 % range (blue) covers %4 of "
           "all friends' incomes (grey)")
            .arg(fmt::number(static_cast<double>(r.params.friendIndex)), income,
                 fmt::money(r.friendReport), fmt::percent(r.friendCoverShare, 0));
    if (r.sampleSize < 10) // too few friends for a share to mean anything
        m_friend->setSummary(
            tr("Friend #%1: income %2, report %3. The observer's 95 % range (blue) is report − "
               "μ_o ± %4, whoever the friend is.")
                .arg(fmt::number(static_cast<double>(r.params.friendIndex)), income,
                     fmt::money(r.friendReport), fmt::money((r.friendHigh - r.friendLow) / 2.0)));
    else if (r.friendCoverShare >= 0.9)
        m_friend->setSummary(who + tr(": the report fits almost anyone."));
    else if (r.friendCoverShare >= 0.5)
        m_friend->setSummary(who + tr(": the report fits many of them."));
    else
        m_friend->setSummary(who +
                             tr(": with this little noise the report narrows the income down."));
}

void IncomePage::drawErrors(const dp::IncomeResult &r)
{
    const auto &h = r.errorHistogram;
    const MoneyAxis ax = moneyAxis(h.lo, h.hi, tr("Error"));
    m_errors->setAxisTitles(ax.title, tr("Rounds"));
    double yMax = 1.0;
    const QList<QPointF> pts = bars(h, ax.scale, &yMax);
    QList<QPointF> curve;
    for (const auto &p : r.errorTheoryCurve) {
        curve.append({p.x / ax.scale, p.y});
        yMax = std::max(yMax, p.y);
    }
    // Zero (no error) stays in view, so a bias shows as a gap.
    const double xLo = std::min(h.lo, 0.0) / ax.scale, xHi = std::max(h.hi, 0.0) / ax.scale;
    m_errors->setRange(xLo, xHi, 0.0, yMax * 1.1);
    m_errors->setXLabelFormat(labelFormatFor(xLo, xHi));
    m_errors->setSeries(QStringLiteral("bars"), tr("Rounds"), pts,
                        makeStyle(Kind::Bars, palette::estimate));
    if (curve.isEmpty())
        m_errors->removeSeries(QStringLiteral("theory"));
    else
        m_errors->setSeries(QStringLiteral("theory"), tr("Theory"), curve,
                            makeStyle(Kind::Dashed, palette::theory));
    m_errors->setVerticalMarker(QStringLiteral("zero"), tr("No error"), 0.0,
                                makeStyle(Kind::Line, palette::truth, 2.0));
    const auto rounds = static_cast<double>(r.errors.size());
    if (r.errors.size() < 2) {
        m_errors->setSummary(
            tr("Only one round: its error was %1. Raise “Repeated rounds” to see the spread.")
                .arg(fmt::money(r.meanError)));
        return;
    }
    m_errors->setSummary(tr("Over %1 rounds, each with new friends: error %2 ± %3 (mean ± standard "
                            "deviation); theory (dashed) %4 ± %5.")
                             .arg(fmt::number(rounds), fmt::money(r.meanError),
                                  fmt::money(r.sdError), fmt::money(r.errorTheoryMean),
                                  fmt::money(r.errorTheorySd)));
}

void IncomePage::drawErrorVsN(const dp::IncomeResult &r)
{
    QList<QPointF> sim, line, theory;
    double yMin = HUGE_VAL, yMax = 0.0;
    auto keep = [&](QList<QPointF> &list, double x, double y) {
        if (!(y > 0.0) || !std::isfinite(y))
            return;
        list.append({x, y});
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };
    for (const auto &p : r.errorVsN) {
        const double x = std::log10(p.friends);
        keep(sim, x, p.rmsError);
        keep(line, x, p.noiseSd);
        keep(theory, x, p.theoryRms);
    }
    const auto n = static_cast<double>(r.params.friends);
    QList<QPointF> you;
    keep(you, std::log10(n), r.rmsError);
    if (yMax <= 0.0) { // no noise and no bias: every error is exactly zero
        for (const QString &key :
             {QStringLiteral("sim"), QStringLiteral("line"), QStringLiteral("theory"),
              QStringLiteral("you"), QStringLiteral("n")})
            m_errorVsN->removeSeries(key);
        m_errorVsN->setRange(0.0, 8.0, 0.1, 10.0);
        m_errorVsN->setSummary(
            tr("Every error is exactly zero (no noise, no bias), so there is nothing to "
               "draw on a logarithmic scale."));
        return;
    }
    const double y0 = std::pow(10.0, std::floor(std::log10(yMin))),
                 y1 = std::pow(10.0, std::ceil(std::log10(yMax)));
    m_errorVsN->setRange(0.0, 8.0, y0, y1 > y0 ? y1 : y0 * 10.0);
    m_errorVsN->setYLabelFormat(y0 < 1.0 ? QStringLiteral("%g") : QStringLiteral("%.0f"));
    m_errorVsN->setSeries(QStringLiteral("line"), tr("σ_o/√N"), line,
                          makeStyle(Kind::Line, palette::noise, 4.0));
    m_errorVsN->setSeries(QStringLiteral("theory"), tr("Theory"), theory,
                          makeStyle(Kind::Dashed, palette::theory, 1.5));
    m_errorVsN->setSeries(QStringLiteral("sim"), tr("Simulated"), sim,
                          makeStyle(Kind::Markers, palette::estimate, 2.0));
    m_errorVsN->setVerticalMarker(QStringLiteral("n"), tr("Your N"), std::log10(n),
                                  makeStyle(Kind::Dotted, palette::attacker, 2.0));
    if (you.isEmpty())
        m_errorVsN->removeSeries(QStringLiteral("you"));
    else
        m_errorVsN->setSeries(QStringLiteral("you"), QString(), you,
                              makeStyle(Kind::Markers, palette::attacker, 3.0, false));
    const double bias = std::fabs(r.errorTheoryMean);
    QString text =
        tr("The typical error shrinks like σ_o/√N, 10 times for 100 times more friends; at your "
           "N = %1 (red) it is %2.")
            .arg(fmt::number(n), fmt::money(r.rmsError));
    if (bias >= 0.5 && bias > 0.05 * r.errorTheorySd)
        text += tr(" A bias of %1 does not shrink: the theory curve flattens there.")
                    .arg(fmt::money(bias));
    m_errorVsN->setSummary(text);
}

void IncomePage::showResult(const dp::IncomeResult &r, const RunRequest &)
{
    m_headline->setText(headline(r));
    m_privacy->setText(privacy(r));
    drawInSteps({[this, &r] { drawIncomes(r); }, [this, &r] { drawFriend(r); },
                 [this, &r] { drawErrors(r); }, [this, &r] { drawErrorVsN(r); }});
}
