#include "labs/budget/budgetpage.h"

#include "charts/chartview.h"
#include "charts/palette.h"
#include "framework/chartgrid.h"
#include "framework/fonts.h"
#include "framework/format.h"
#include "labs/budget/budgetconsole.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Whole powers of ten on a log10(k) axis from 0 to `decades` (setRange's nice
// numbers would stretch 0 … 6 to 0 … 10).
void wholeDecades(ChartPanel *panel, double decades)
{
    const int whole = static_cast<int>(decades);
    panel->setXTicks(0.0, decades,
                     whole > 4 && whole % 2 == 0 ? whole / 2 + 1
                                                 : whole + 1); // every 2nd decade when crowded
}

using Kind = SeriesStyle::Kind;

// Log axes: as many decimals as the smallest power of ten needs ("0.01",
// "0.1", "1"); the localized label formatter does not take a bare "%g".
QString decimalsFor(double lowest)
{
    const int d = std::clamp(static_cast<int>(-std::floor(std::log10(lowest))), 0, 6);
    return QStringLiteral("%.") + QString::number(d) + QStringLiteral("f");
}

// Parameter labels and help shown by the shared controls (translated in "params").
[[maybe_unused]] const char *const kParamTexts[] = {
    QT_TRANSLATE_NOOP("params", "Total budget ε"),
    QT_TRANSLATE_NOOP("params", "The total ε the data curator allows for all answers together."),
    QT_TRANSLATE_NOOP("params", "ε per query"),
    QT_TRANSLATE_NOOP("params", "How much ε one noisy count spends."),
    QT_TRANSLATE_NOOP(
        "params",
        "The δ of advanced composition, of the zCDP conversion and of each Gaussian answer."),
    QT_TRANSLATE_NOOP("params", "Queries k"),
    QT_TRANSLATE_NOOP("params", "queries"),
    QT_TRANSLATE_NOOP("params", "How many noisy answers the attacker gets."),
    QT_TRANSLATE_NOOP("params", "Composition rule"),
    QT_TRANSLATE_NOOP("params", "How the accountant adds up the cost of many answers."),
    QT_TRANSLATE_NOOP("params", "Noise"),
    QT_TRANSLATE_NOOP("params", "Laplace or Gaussian noise on each answer."),
    QT_TRANSLATE_NOOP("params", "Secret count"),
    QT_TRANSLATE_NOOP("params", "The true count the attacker wants to learn."),
    QT_TRANSLATE_NOOP("params", "Trials"),
    QT_TRANSLATE_NOOP("params", "trials"),
    QT_TRANSLATE_NOOP("params", "How often the averaging attack is repeated."),
    QT_TRANSLATE_NOOP("params", "Rows"),
    QT_TRANSLATE_NOOP("params", "rows"),
    QT_TRANSLATE_NOOP("params", "How many secret bits the reconstruction attack tries to recover."),
    QT_TRANSLATE_NOOP("params", "Noise on each subset sum"),
    QT_TRANSLATE_NOOP(
        "params",
        "The standard deviation of the noise on each answer of the reconstruction attack."),
    QT_TRANSLATE_NOOP("choices", "basic"),
    QT_TRANSLATE_NOOP("choices", "advanced"),
    QT_TRANSLATE_NOOP("choices", "zcdp"),
    QT_TRANSLATE_NOOP("choices", "laplace"),
    QT_TRANSLATE_NOOP("choices", "gaussian"),
    QT_TRANSLATE_NOOP("labs", "Privacy budget"),
};

QString count(std::uint64_t n)
{
    return fmt::number(static_cast<double>(n));
}

double log10k(double k)
{
    return std::log10(std::max(k, 1.0));
}

} // namespace

const LabTexts &BudgetPage::words()
{
    static const LabTexts texts{
        .title = QT_TRANSLATE_NOOP("labs", "Privacy budget"),
        .params =
            {
                {.id = "budget",
                 .label = QT_TRANSLATE_NOOP("params", "Total budget ε"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The total ε the data curator allows for all answers together.")},
                {.id = "epsilon_per_query",
                 .label = QT_TRANSLATE_NOOP("params", "ε per query"),
                 .help = QT_TRANSLATE_NOOP("params", "How much ε one noisy count spends.")},
                {.id = "delta",
                 .label = QT_TRANSLATE_NOOP("params", "δ"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The δ of advanced composition, of the zCDP conversion and of each "
                               "Gaussian answer.")},
                {.id = "queries",
                 .label = QT_TRANSLATE_NOOP("params", "Queries k"),
                 .help = QT_TRANSLATE_NOOP("params", "How many noisy answers the attacker gets."),
                 .unit = QT_TRANSLATE_NOOP("units", "queries")},
                {.id = "composition",
                 .label = QT_TRANSLATE_NOOP("params", "Composition rule"),
                 .help = QT_TRANSLATE_NOOP("params",
                                           "How the accountant adds up the cost of many answers."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "basic"),
                             QT_TRANSLATE_NOOP("choices", "advanced"),
                             QT_TRANSLATE_NOOP("choices", "zCDP")}},
                {.id = "mechanism",
                 .label = QT_TRANSLATE_NOOP("params", "Noise"),
                 .help = QT_TRANSLATE_NOOP("params", "Laplace or Gaussian noise on each answer."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "Laplace"),
                             QT_TRANSLATE_NOOP("choices", "Gaussian")}},
                {.id = "true_count",
                 .label = QT_TRANSLATE_NOOP("params", "Secret count"),
                 .help = QT_TRANSLATE_NOOP("params", "The true count the attacker wants to learn."),
                 .unit = QT_TRANSLATE_NOOP("units", "people")},
                {.id = "trials",
                 .label = QT_TRANSLATE_NOOP("params", "Trials"),
                 .help = QT_TRANSLATE_NOOP("params", "How often the averaging attack is repeated."),
                 .unit = QT_TRANSLATE_NOOP("units", "trials")},
                {.id = "rows",
                 .label = QT_TRANSLATE_NOOP("params", "Rows"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "How many secret bits the reconstruction attack tries to recover."),
                 .unit = QT_TRANSLATE_NOOP("units", "rows")},
                {.id = "noise_scale",
                 .label = QT_TRANSLATE_NOOP("params", "Noise on each subset sum"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The standard deviation of the noise on each answer of the "
                               "reconstruction attack.")},
            },
    };
    return texts;
}

BudgetPage::BudgetPage(QWidget *parent) : TypedLabPage(words(), parent)
{
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("What the budget does, in words"));

    m_console = new BudgetConsole;

    // x axes count queries in powers of ten on a linear axis ("10^3"): long
    // labels like "1e+06" would not fit a narrow chart.
    m_averaging = new ChartPanel(tr("Averaging attack"));
    m_averaging->setAxisTitles(tr("Answers averaged k"), tr("Error (people)"));
    m_averaging->setLogY(true);
    m_averaging->setXPowersOfTen(true);
    m_averaging->setYLabelFormat(QStringLiteral("%g"));

    m_reconstruction = new ChartPanel(tr("Reconstruction attack"));
    m_reconstruction->setAxisTitles(tr("Subset-sum queries"), tr("Recovered (%)"));
    m_reconstruction->setLogX(true);
    m_reconstruction->setXLabelFormat(QStringLiteral("%.0f"));
    m_reconstruction->setYLabelFormat(QStringLiteral("%.0f"));

    m_composition = new ChartPanel(tr("Composition: total ε"));
    m_composition->setAxisTitles(tr("Answers k"), tr("Total ε"));
    m_composition->setLogY(true);
    m_composition->setXPowersOfTen(true);
    m_composition->setYLabelFormat(QStringLiteral("%g"));

    // The console and the three charts are tiles of the shared ChartGrid:
    // two per row when both fit at their measured minimum width, one per row
    // otherwise; the page scrolls vertically instead of squeezing, and in
    // presentation each tile (or pair) is a slide.
    auto *grid = new ChartGrid;
    grid->addTile(m_console);
    grid->addTile(m_composition);
    grid->addTile(m_averaging);
    grid->addTile(m_reconstruction);
    auto *outer = new QVBoxLayout(chartArea());
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_headline);
    outer->addWidget(grid, 1);
    setPresentation(false);
    parametersChanged();
}

QList<ChartPanel *> BudgetPage::charts() const
{
    return {m_averaging, m_reconstruction, m_composition};
}

void BudgetPage::setPresentation(bool on)
{
    LabPage::setPresentation(on);
    setRelativeFont(m_headline, on ? 1.0 : 1.15);
    m_console->setPresentation(on);
}

QString BudgetPage::headlineText() const
{
    return m_headline->text();
}

QString BudgetPage::summary() const
{
    return (m_headline->text() + QLatin1Char(' ') + m_console->meterText() + QLatin1Char(' ') +
            LabPage::summary())
        .simplified();
}

void BudgetPage::parametersChanged()
{
    const dp::BudgetParams p = params();
    m_console->configure(p.budget, p.composition, p.delta, p.mechanism, p.trueCount,
                         p.epsilonPerQuery, seed());
}

QString BudgetPage::headline(const dp::BudgetResult &r) const
{
    const auto &p = r.params;
    return tr("Every answer costs: %1 answers at ε = %2 each add up to ε = %3 (basic), %4 "
              "(advanced) or %5 "
              "(zCDP). Averaging them, the attacker is off by %6 people; with %7 answers they "
              "would know the "
              "secret count exactly.")
        .arg(count(p.queries), fmt::epsilon(p.epsilonPerQuery), fmt::epsilon(r.epsilonBasic),
             fmt::epsilon(r.epsilonAdvanced), fmt::epsilon(r.epsilonZcdp),
             fmt::number(r.finalRmsError, 1),
             r.attackerExactAfter ? count(r.attackerExactAfter) : tr("more than a billion"));
}

void BudgetPage::drawAveraging(const dp::BudgetResult &r)
{
    const double kMax = std::max({static_cast<double>(r.params.queries),
                                  2.0 * static_cast<double>(r.attackerExactAfter), 10.0});
    const double xMax = std::ceil(log10k(kMax));
    QList<QPointF> sim, theory, half;
    double yMin = 0.5, yMax = 0.5;
    for (const auto &pt : r.averaging) {
        if (pt.rmsError > 0.0) {
            sim.append({log10k(static_cast<double>(pt.k)), pt.rmsError});
            yMin = std::min(yMin, pt.rmsError);
            yMax = std::max(yMax, pt.rmsError);
        }
    }
    for (int i = 0; i <= 60; ++i) {
        const double x = xMax * i / 60.0;
        const double y = r.answerSd / std::sqrt(std::pow(10.0, x));
        theory.append({x, y});
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    }
    half = {QPointF(0.0, 0.5), QPointF(xMax, 0.5)};
    const double y0 = std::pow(10.0, std::floor(std::log10(yMin))),
                 y1 = std::pow(10.0, std::ceil(std::log10(yMax)));
    m_averaging->setRange(0.0, xMax, y0, y1 > y0 ? y1 : y0 * 10.0);
    m_averaging->setYLabelFormat(decimalsFor(y0));
    wholeDecades(m_averaging, xMax);
    m_averaging->setSeries(QStringLiteral("theory"), tr("σ/√k"), theory,
                           makeStyle(Kind::Dashed, palette::theory, 2.0));
    m_averaging->setSeries(QStringLiteral("half"), tr("½ person"), half,
                           makeStyle(Kind::Dotted, palette::truth, 2.0));
    m_averaging->setSeries(QStringLiteral("sim"), tr("Simulated"), sim,
                           makeStyle(Kind::Markers, palette::attacker, 3.0));
    if (r.attackerExactAfter)
        m_averaging->setVerticalMarker(QStringLiteral("exact"), tr("Exact (95 %)"),
                                       log10k(static_cast<double>(r.attackerExactAfter)),
                                       makeStyle(Kind::Line, palette::estimate, 2.0));
    else
        m_averaging->removeSeries(QStringLiteral("exact"));
    const std::uint64_t allowed = r.queriesAllowedAccountant;
    const double allowedError =
        allowed ? r.answerSd / std::sqrt(static_cast<double>(allowed)) : HUGE_VAL;
    QString text = tr("The average of %1 answers misses the secret by %2 people (σ/√k = %3; %4 "
                      "trials, %5 of them "
                      "exact).")
                       .arg(count(r.params.queries), fmt::number(r.finalRmsError, 2),
                            fmt::number(r.averaging.back().theoryError, 2), count(r.params.trials),
                            fmt::percent(r.finalExactShare));
    if (r.attackerExactAfter)
        text +=
            tr(" After %1 answers the attacker rounds to the exact secret with 95 % confidence.")
                .arg(count(r.attackerExactAfter));
    if (allowed)
        text +=
            tr(" A budget of ε = %1 stops them after %2 answers, still off by about %3.")
                .arg(fmt::epsilon(r.params.budget), count(allowed), fmt::number(allowedError, 1));
    else
        text += tr(" A budget of ε = %1 does not allow even one answer at this ε.")
                    .arg(fmt::epsilon(r.params.budget));
    m_averaging->setSummary(text);
}

void BudgetPage::drawReconstruction(const dp::BudgetResult &r)
{
    QList<QPointF> mine, sqrtRows, dp;
    double xMin = HUGE_VAL, xMax = 0.0;
    for (const auto &pt : r.reconstructionCurve) {
        const double x = static_cast<double>(pt.queries);
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
        mine.append({x, 100.0 * pt.shareAtNoise});
        sqrtRows.append({x, 100.0 * pt.shareAtSqrtRows});
        dp.append({x, 100.0 * pt.shareAtDpNoise});
    }
    if (!(xMax > xMin))
        xMax = xMin * 10.0;
    m_reconstruction->setRange(xMin, xMax, 0.0, 100.0);
    m_reconstruction->setSeries(QStringLiteral("mine"), tr("Your noise"), mine,
                                makeStyle(Kind::Line, palette::attacker, 2.5));
    m_reconstruction->setSeries(QStringLiteral("sqrt"), tr("Noise √rows"), sqrtRows,
                                makeStyle(Kind::Dashed, palette::estimate, 2.5));
    m_reconstruction->setSeries(QStringLiteral("dp"), tr("DP noise"), dp,
                                makeStyle(Kind::Dotted, palette::truth, 2.5));
    m_reconstruction->setSeries(QStringLiteral("coin"), tr("Coin flip"),
                                {QPointF(xMin, 50.0), QPointF(xMax, 50.0)},
                                makeStyle(Kind::Line, palette::neutral, 1.5));
    m_reconstruction->setVerticalMarker(QStringLiteral("you"), tr("Your k"),
                                        static_cast<double>(r.params.queries),
                                        makeStyle(Kind::Dotted, palette::theory, 1.5));
    m_reconstruction->setSummary(
        tr("%1 subset sums with noise %2: least squares recovers %3 of %4 rows. With the noise a "
           "total ε = %5 "
           "needs (%6 per answer): %7. A coin flip gets 50 %.")
            .arg(count(r.params.queries), fmt::compact(r.params.noiseScale),
                 fmt::percent(r.reconstructedShare), count(r.params.rows),
                 fmt::epsilon(r.params.budget), fmt::compact(r.dpNoiseScale),
                 fmt::percent(r.dpReconstructedShare)));
}

void BudgetPage::drawComposition(const dp::BudgetResult &r)
{
    QList<QPointF> basic, advanced, zcdp;
    double yMin = r.params.budget, yMax = r.params.budget;
    auto add = [&](QList<QPointF> &list, double x, double y) {
        if (!(y > 0.0) || !std::isfinite(y))
            return;
        list.append({x, y});
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };
    for (const auto &pt : r.compositionCurve) {
        const double x = log10k(pt.k);
        add(basic, x, pt.basic);
        add(advanced, x, pt.advanced);
        add(zcdp, x, pt.zcdp);
    }
    const double xMax = std::log10(dp::kCompositionCurveMaxK);
    const double y0 = std::pow(10.0, std::floor(std::log10(yMin))),
                 y1 = std::pow(10.0, std::ceil(std::log10(yMax)));
    m_composition->setRange(0.0, xMax, y0, y1 > y0 ? y1 : y0 * 10.0);
    m_composition->setYLabelFormat(decimalsFor(y0));
    wholeDecades(m_composition, xMax);
    m_composition->setSeries(QStringLiteral("basic"), tr("Basic"), basic,
                             makeStyle(Kind::Line, palette::noise, 2.5));
    m_composition->setSeries(QStringLiteral("advanced"), tr("Advanced"), advanced,
                             makeStyle(Kind::Dashed, palette::estimate, 2.5));
    m_composition->setSeries(QStringLiteral("zcdp"), tr("zCDP"), zcdp,
                             makeStyle(Kind::Dotted, palette::extra, 3.0));
    m_composition->setSeries(QStringLiteral("budget"), tr("Budget"),
                             {QPointF(0.0, r.params.budget), QPointF(xMax, r.params.budget)},
                             makeStyle(Kind::Line, palette::theory, 1.5));
    if (r.crossover)
        m_composition->setVerticalMarker(QStringLiteral("crossover"), tr("Crossover"),
                                         log10k(static_cast<double>(r.crossover)),
                                         makeStyle(Kind::Dotted, palette::neutral, 2.0));
    else
        m_composition->removeSeries(QStringLiteral("crossover"));

    QString text =
        tr("Within a total of ε = %1 at ε = %2 per answer: basic composition allows %3 answers, "
           "advanced %4, zCDP %5.")
            .arg(fmt::epsilon(r.params.budget), fmt::epsilon(r.params.epsilonPerQuery),
                 count(r.queriesAllowedBasic), count(r.queriesAllowedAdvanced),
                 count(r.queriesAllowedZcdp));
    if (r.crossover)
        text += tr(" Advanced beats basic only from %1 answers on.").arg(count(r.crossover));
    else
        text += tr(" At this ε advanced composition never beats basic.");
    if (r.ruleWorseThanBasic)
        text += tr(" The chosen rule allows fewer answers than basic composition, so the "
                   "accountant counts with "
                   "basic and allows %1.")
                    .arg(count(r.queriesAllowedAccountant));
    else if (r.accountantBound != dp::BoundUsed::Basic)
        text += tr(" The accountant uses the chosen rule and allows %1.")
                    .arg(count(r.queriesAllowedAccountant));
    text += tr(" zCDP shown with the conversion of Canonne, Kamath and Steinke (Bun and Steinke's: "
               "ε = %1).")
                .arg(fmt::epsilon(r.epsilonZcdpBunSteinke));
    m_composition->setSummary(text);
}

void BudgetPage::showResult(const dp::BudgetResult &r, const RunRequest &)
{
    m_headline->setText(headline(r));
    drawInSteps({[this, &r] { drawComposition(r); }, [this, &r] { drawAveraging(r); },
                 [this, &r] { drawReconstruction(r); }});
}
