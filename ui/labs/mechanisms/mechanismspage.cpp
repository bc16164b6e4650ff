#include "labs/mechanisms/mechanismspage.h"

#include "charts/chartview.h"
#include "charts/palette.h"
#include "framework/chartgrid.h"
#include "framework/fonts.h"
#include "framework/format.h"
#include "labs/mechanisms/mechanismswidgets.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

using Kind = SeriesStyle::Kind;
using dp::MechanismKind;

// Parameter labels and help shown by the shared controls (translated in "params").
[[maybe_unused]] const char *const kParamTexts[] = {
    QT_TRANSLATE_NOOP("params", "Mechanism"),
    QT_TRANSLATE_NOOP("params",
                      "Which noise is added to the count (the last three are broken on purpose)."),
    QT_TRANSLATE_NOOP("params", "The privacy loss the mechanism promises."),
    QT_TRANSLATE_NOOP("params", "The slack of the Gaussian mechanisms."),
    QT_TRANSLATE_NOOP("params", "Sensitivity Δ"),
    QT_TRANSLATE_NOOP("params", "How much one person can change the count."),
    QT_TRANSLATE_NOOP("params", "True count"),
    QT_TRANSLATE_NOOP("params", "The count with Alice in the data; without her it is Δ less."),
    QT_TRANSLATE_NOOP("params", "Simulated releases"),
    QT_TRANSLATE_NOOP("params", "releases"),
    QT_TRANSLATE_NOOP("params", "How many noisy answers are simulated on each database."),
    QT_TRANSLATE_NOOP("params", "Attacker's prior"),
    QT_TRANSLATE_NOOP("params", "How sure the attacker is beforehand that Alice is in the data."),
    QT_TRANSLATE_NOOP("params", "Population N"),
    QT_TRANSLATE_NOOP("params", "Population size for local against global noise."),
    QT_TRANSLATE_NOOP("labs", "Noise and the definition"),
};

QString count(double n)
{
    return fmt::number(n);
}

// "50:50" from a share.
QString odds(double share)
{
    const double a = std::round(100.0 * share);
    return fmt::number(a) + QLatin1Char(':') + fmt::number(100.0 - a);
}

QList<QPointF> points(const dp::Curve &c, double clampAbs = HUGE_VAL)
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(c.x.size()));
    for (std::size_t i = 0; i < c.x.size(); ++i) {
        const double y = c.y[i];
        if (std::isnan(y))
            continue;
        out.append({c.x[i], std::clamp(y, -clampAbs, clampAbs)});
    }
    return out;
}

} // namespace

const LabTexts &MechanismsPage::words()
{
    static const LabTexts texts{
        .title = QT_TRANSLATE_NOOP("labs", "Noise and the definition"),
        .params =
            {
                {.id = "mechanism",
                 .label = QT_TRANSLATE_NOOP("params", "Mechanism"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Which noise is added to the count (the last three are broken on purpose)."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "Laplace"),
                             QT_TRANSLATE_NOOP("choices", "Gaussian"),
                             QT_TRANSLATE_NOOP("choices", "discrete Laplace"),
                             QT_TRANSLATE_NOOP("choices", "discrete Gaussian"),
                             QT_TRANSLATE_NOOP("choices", "wrong sensitivity (broken)"),
                             QT_TRANSLATE_NOOP("choices", "uniform noise (broken)"),
                             QT_TRANSLATE_NOOP("choices", "forced yes (broken)")}},
                {.id = "epsilon",
                 .label = QT_TRANSLATE_NOOP("params", "ε"),
                 .help = QT_TRANSLATE_NOOP("params", "The privacy loss the mechanism promises.")},
                {.id = "delta",
                 .label = QT_TRANSLATE_NOOP("params", "δ"),
                 .help = QT_TRANSLATE_NOOP("params", "The slack of the Gaussian mechanisms.")},
                {.id = "sensitivity",
                 .label = QT_TRANSLATE_NOOP("params", "Sensitivity Δ"),
                 .help = QT_TRANSLATE_NOOP("params", "How much one person can change the count.")},
                {.id = "true_count",
                 .label = QT_TRANSLATE_NOOP("params", "True count"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The count with Alice in the data; without her it is Δ less."),
                 .unit = QT_TRANSLATE_NOOP("units", "people")},
                {.id = "samples",
                 .label = QT_TRANSLATE_NOOP("params", "Simulated releases"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "How many noisy answers are simulated on each database."),
                 .unit = QT_TRANSLATE_NOOP("units", "releases")},
                {.id = "prior",
                 .label = QT_TRANSLATE_NOOP("params", "Attacker's prior"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "How sure the attacker is beforehand that Alice is in the data.")},
                {.id = "population",
                 .label = QT_TRANSLATE_NOOP("params", "Population N"),
                 .help =
                     QT_TRANSLATE_NOOP("params", "Population size for local against global noise."),
                 .unit = QT_TRANSLATE_NOOP("units", "people")},
            },
        .rules =
            {
                {"whole_for_discrete",
                 QT_TRANSLATE_NOOP("rules", "the discrete mechanisms add whole numbers: %3 must be "
                                            "a whole number, not %1")},
                {"discrete_sampler_range",
                 QT_TRANSLATE_NOOP(
                     "rules", "ε and the sensitivity give a noise scale outside the exact discrete "
                              "sampler's range")},
            },
    };
    return texts;
}

MechanismsPage::MechanismsPage(QWidget *parent) : TypedLabPage(words(), parent)
{
    if (QWidget *control = controlFor(QStringLiteral("mechanism")))
        if (auto *combo = control->findChild<QComboBox *>())
            for (int i = 0; i < combo->count() && i < dp::kMechanismKinds; ++i)
                combo->setItemText(i, mechanismName(static_cast<MechanismKind>(i)));

    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("What ε means for the attacker, in words"));

    m_icons = new IconArray;
    m_iconCaption = new QLabel;
    m_iconCaption->setWordWrap(true);

    m_posterior = new ChartPanel(tr("The attacker's belief after seeing the output"));
    m_posterior->setAxisTitles(tr("Noisy count (output)"), tr("Belief (%)"));
    m_posterior->setYLabelFormat(QStringLiteral("%.0f"));

    m_distributions = new ChartPanel(tr("Outputs with and without Alice"));
    m_distributions->setAxisTitles(tr("Noisy count (output)"), tr("Density"));
    m_distributions->setYLabelFormat(QStringLiteral("%.2f"));

    m_loss = new ChartPanel(tr("Privacy loss and the ±ε band"));
    m_loss->setAxisTitles(tr("Noisy count (output)"), tr("Privacy loss"));
    m_loss->setYLabelFormat(QStringLiteral("%.1f"));

    m_check = new QLabel;
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->setAccessibleName(tr("Empirical privacy check"));
    m_leak = new QLabel;
    m_leak->setWordWrap(true);
    m_leak->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leak->setAccessibleName(tr("Floating-point leak"));

    m_localGlobal = new ChartPanel(tr("Local against global noise"));
    m_localGlobal->setAxisTitles(tr("Population N (people)"), tr("Error of share"));
    m_localGlobal->setLogY(true);
    m_localGlobal->setXPowersOfTen(true);
    m_localGlobal->setYLabelFormat(QStringLiteral("%g"));
    m_rawData = new RawDataPicture;

    auto *odds = new QWidget;
    auto *oddsLayout = new QVBoxLayout(odds);
    oddsLayout->setContentsMargins(0, 0, 0, 0);
    oddsLayout->addWidget(m_icons, 3);
    oddsLayout->addWidget(m_iconCaption);
    oddsLayout->addStretch(1);
    auto *checks = new QWidget;
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(m_check);
    checksLayout->addWidget(m_leak);
    checksLayout->addWidget(m_rawData, 1);
    // The shared grid: two tiles per row when both fit at their measured
    // minimum width, one otherwise; the page scrolls instead of squeezing,
    // and in presentation the tiles (or pairs) are slides.
    auto *grid = new ChartGrid;
    for (QWidget *tile :
         {odds, static_cast<QWidget *>(m_posterior), static_cast<QWidget *>(m_distributions),
          static_cast<QWidget *>(m_loss), checks, static_cast<QWidget *>(m_localGlobal)})
        grid->addTile(tile);
    auto *outer = new QVBoxLayout(chartArea());
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_headline);
    outer->addWidget(grid, 1);
    setPresentation(false);
}

QString MechanismsPage::mechanismName(MechanismKind k) const
{
    switch (k) {
    case MechanismKind::Laplace:
        return tr("Laplace");
    case MechanismKind::Gaussian:
        return tr("Gaussian (analytic σ)");
    case MechanismKind::DiscreteLaplace:
        return tr("Discrete Laplace (exact)");
    case MechanismKind::DiscreteGaussian:
        return tr("Discrete Gaussian (exact)");
    case MechanismKind::WrongSensitivity:
        return tr("Broken: Δ ten times too small");
    case MechanismKind::Uniform:
        return tr("Broken: bounded uniform noise");
    case MechanismKind::ForcedYes:
        return tr("Broken: noise that only adds");
    }
    return {};
}

QList<ChartPanel *> MechanismsPage::charts() const
{
    return {m_posterior, m_distributions, m_loss, m_localGlobal};
}

void MechanismsPage::setPresentation(bool on)
{
    LabPage::setPresentation(on);
    setRelativeFont(m_headline, on ? 1.0 : 1.15);
    for (QLabel *l : {m_check, m_leak, m_iconCaption})
        setRelativeFont(l, 0.9);
}

QString MechanismsPage::headlineText() const
{
    return m_headline->text();
}
QString MechanismsPage::checkText() const
{
    return m_check->text();
}
QString MechanismsPage::leakText() const
{
    return m_leak->text();
}

QString MechanismsPage::summary() const
{
    return (m_headline->text() + QLatin1Char(' ') + m_iconCaption->text() + QLatin1Char(' ') +
            m_check->text() + QLatin1Char(' ') + m_leak->text() + QLatin1Char(' ') +
            LabPage::summary())
        .simplified();
}

QString MechanismsPage::headline(const dp::MechanismsResult &r) const
{
    const auto &p = r.params;
    const double factor = std::exp(p.epsilon);
    QString text =
        tr("%1 claims ε = %2: no output is more than e^ε = %3 times as likely with Alice as "
           "without her. An attacker who thought it %4 can at most move to %5.")
            .arg(mechanismName(p.mechanism), fmt::epsilon(p.epsilon), fmt::number(factor, 1),
                 odds(p.prior), odds(r.ceiling));
    if (dp::isGaussianKind(p.mechanism))
        text += tr(" Except on rare outputs: with probability %1 the loss exceeds ε, which δ = %2 "
                   "pays for.")
                    .arg(fmt::compact(r.escapeMass), fmt::compact(p.delta));
    if (dp::isBroken(p.mechanism)) {
        if (std::isinf(r.trueEpsilon))
            text += tr(" But this mechanism breaks the promise: some outputs are possible only on "
                       "one side, "
                       "so the true ε is infinite.");
        else
            text += tr(" But this mechanism breaks the promise: its true ε is %1.")
                        .arg(fmt::epsilon(r.trueEpsilon));
    }
    return text;
}

void MechanismsPage::drawOdds(const dp::MechanismsResult &r)
{
    m_icons->setReplays(r.replayRight);
    m_iconCaption->setText(
        tr("In 100 replays of the release the best attacker guessed right %1 times (%2 in the "
           "long run; %3 by guessing without the release).")
            .arg(r.replaysRight)
            .arg(fmt::percent(r.bestAttackerSuccess), fmt::percent(r.baselineSuccess)));
    const QList<QPointF> post = [&] {
        QList<QPointF> pts;
        for (std::size_t i = 0; i < r.posterior.x.size(); ++i)
            if (!std::isnan(r.posterior.y[i]))
                pts.append({r.posterior.x[i], 100.0 * r.posterior.y[i]});
        return pts;
    }();
    const double x0 = r.posterior.x.front(), x1 = r.posterior.x.back();
    m_posterior->setRange(x0, x1, 0.0, 100.0);
    m_posterior->setSeries(QStringLiteral("ceiling"), tr("Ceiling"),
                           {QPointF(x0, 100.0 * r.ceiling), QPointF(x1, 100.0 * r.ceiling)},
                           makeStyle(Kind::Dashed, palette::theory, 2.0));
    m_posterior->setSeries(
        QStringLiteral("prior"), tr("Prior"),
        {QPointF(x0, 100.0 * r.params.prior), QPointF(x1, 100.0 * r.params.prior)},
        makeStyle(Kind::Dotted, palette::neutral, 2.0));
    m_posterior->setSeries(QStringLiteral("posterior"), tr("Belief"), post,
                           makeStyle(Kind::Line, palette::attacker, 2.5));
    if (r.maxPosterior <= r.ceiling + 1e-9)
        m_posterior->setSummary(
            tr("Whatever the output, the attacker's belief stays at or below %1 (from a prior "
               "of %2).")
                .arg(fmt::percent(r.ceiling), fmt::percent(r.params.prior)));
    else
        m_posterior->setSummary(
            tr("On some outputs the belief rises above the ceiling of %1, up to %2: "
               "those are the outputs δ or a broken mechanism gives away.")
                .arg(fmt::percent(r.ceiling), fmt::percent(r.maxPosterior)));
}

void MechanismsPage::drawDistributions(const dp::MechanismsResult &r)
{
    const bool discrete = dp::isDiscrete(r.params.mechanism);
    m_distributions->setAxisTitles(tr("Noisy count (output)"),
                                   discrete ? tr("Probability") : tr("Density"));
    double yMax = 0.0;
    for (double y : r.densityX.y)
        yMax = std::max(yMax, y);
    for (double y : r.densityY.y)
        yMax = std::max(yMax, y);
    const auto hist = [&](const dp::Histogram &h) {
        QList<QPointF> pts;
        const double n = static_cast<double>(h.total());
        if (n <= 0)
            return pts;
        for (std::size_t i = 0; i < h.counts.size(); ++i) {
            const double d = static_cast<double>(h.counts[i]) / (n * h.binWidth());
            yMax = std::max(yMax, d);
            pts.append({h.binCenter(i), d});
        }
        return pts;
    };
    const QList<QPointF> hx = hist(r.histX), hy = hist(r.histY);
    m_distributions->setRange(r.densityX.x.front(), r.densityX.x.back(), 0.0, yMax * 1.1);
    m_distributions->setSeries(QStringLiteral("simx"), tr("Releases with"), hx,
                               makeStyle(Kind::Markers, palette::sky, 4.0));
    m_distributions->setSeries(QStringLiteral("simy"), tr("Releases without"), hy,
                               makeStyle(Kind::Markers, palette::extra, 4.0));
    m_distributions->setSeries(QStringLiteral("x"), tr("With Alice"), points(r.densityX),
                               makeStyle(Kind::Line, palette::estimate, 2.5));
    m_distributions->setSeries(QStringLiteral("y"), tr("Without Alice"), points(r.densityY),
                               makeStyle(Kind::Dashed, palette::noise, 2.5));
    QString text =
        tr("%1 simulated releases on each database; true counts %2 and %3. The noise has standard "
           "deviation %4")
            .arg(count(static_cast<double>(r.params.samples)), count(r.fx), count(r.fy),
                 fmt::number(r.noiseSd, 2));
    if (std::isfinite(r.laplaceScale))
        text += tr(" (Laplace scale b = Δ/ε = %1).").arg(fmt::number(r.laplaceScale, 3));
    else
        text += tr(" (analytic σ = %1; the classic formula would need σ = %2, %3).")
                    .arg(fmt::number(r.gaussianSigma, 3), fmt::number(r.gaussianSigmaClassic, 3),
                         r.classicApplies ? tr("and its theorem applies at this ε")
                                          : tr("but its theorem only covers ε < 1"));
    m_distributions->setSummary(text);
}

void MechanismsPage::drawLoss(const dp::MechanismsResult &r)
{
    const double eps = r.params.epsilon;
    const double cap = 3.0 * eps + 1.0; // ±∞ drawn at the chart's edge
    const QList<QPointF> loss = points(r.privacyLoss, cap);
    const double x0 = r.privacyLoss.x.front(), x1 = r.privacyLoss.x.back();
    m_loss->setRange(x0, x1, -cap, cap);
    // Shade where the loss leaves the band: pairs (x, edge) (x, loss).
    QList<QPointF> band;
    for (const QPointF &pt : loss) {
        if (pt.y() > eps + 1e-12) {
            band.append({pt.x(), eps});
            band.append(pt);
        } else if (pt.y() < -eps - 1e-12) {
            band.append(pt);
            band.append({pt.x(), -eps});
        }
    }
    if (!band.isEmpty())
        m_loss->setSeries(QStringLiteral("escape"), tr("Escape"), band,
                          makeStyle(Kind::Band, palette::sky, 1.0));
    else
        m_loss->removeSeries(QStringLiteral("escape"));
    m_loss->setSeries(QStringLiteral("plus"), tr("+ε"), {QPointF(x0, eps), QPointF(x1, eps)},
                      makeStyle(Kind::Dashed, palette::attacker, 2.0));
    m_loss->setSeries(QStringLiteral("minus"), tr("−ε"), {QPointF(x0, -eps), QPointF(x1, -eps)},
                      makeStyle(Kind::Dashed, palette::attacker, 2.0, false));
    m_loss->setSeries(QStringLiteral("loss"), tr("Privacy loss"), loss,
                      makeStyle(Kind::Line, palette::theory, 2.5));
    QString text;
    if (r.escapeMass <= 0.0)
        text = tr("The loss stays between −ε and +ε for every output: no output is more than %1 "
                  "times as likely on "
                  "one side.")
                   .arg(fmt::number(std::exp(eps), 1));
    else if (dp::isGaussianKind(r.params.mechanism))
        text = tr("Beyond %1 the loss leaves the band. With Alice, outputs land there with "
                  "probability %2, %3 times "
                  "δ; δ = %4 is the smaller, weighted excess E[(1 − e^(ε − loss))⁺].")
                   .arg(fmt::number(r.escapeThreshold, 2), fmt::compact(r.escapeMass),
                        fmt::number(r.escapeMass / r.params.delta, 1), fmt::compact(r.deltaExact));
    else
        text = tr("The loss leaves the band (infinite loss is drawn at the edge) on outputs with "
                  "probability %1: "
                  "the claimed ε would need δ = %2.")
                   .arg(fmt::percent(r.escapeMass), fmt::percent(r.deltaExact));
    m_loss->setSummary(text);
}

void MechanismsPage::drawChecks(const dp::MechanismsResult &r)
{
    const auto &c = r.check;
    const QString region = c.event == dp::AuditEventKind::AtLeast
                               ? tr("outputs of at least %1").arg(fmt::number(c.threshold, 2))
                               : tr("outputs below %1").arg(fmt::number(c.threshold, 2));
    QString text;
    if (!std::isfinite(c.epsilonLowerBound))
        text =
            tr("Empirical check: no evidence yet; %1 releases are too few to bound ε. Claimed: ε = "
               "%2.")
                .arg(count(static_cast<double>(r.params.samples)), fmt::epsilon(r.claimedEpsilon));
    else if (c.epsilonLowerBound <= r.claimedEpsilon)
        text = tr("Empirical check (%1 confidence): ε is at least %2; the mechanism claims ε = %3. "
                  "Consistent with "
                  "the claim.")
                   .arg(fmt::percent(c.confidence, 0), fmt::number(c.epsilonLowerBound, 2),
                        fmt::epsilon(r.claimedEpsilon));
    else
        text = tr("Empirical check (%1 confidence): ε is at least %2, but the mechanism claims ε = "
                  "%3. The claim is "
                  "false.")
                   .arg(fmt::percent(c.confidence, 0), fmt::number(c.epsilonLowerBound, 2),
                        fmt::epsilon(r.claimedEpsilon));
    if (std::isfinite(c.epsilonLowerBound))
        text +=
            tr(" Region: %1, chosen on the first half of the releases and counted on the other %2: "
               "%3 on one "
               "side, %4 on the other.")
                .arg(region, count(static_cast<double>(c.evaluated)),
                     count(static_cast<double>(c.inFirst)), count(static_cast<double>(c.inSecond)));
    if (std::isfinite(c.maxDetectable) && c.maxDetectable <= r.claimedEpsilon)
        text +=
            tr(" A check can only refute a claim: with %1 releases per side it cannot show ε above "
               "%2.")
                .arg(count(static_cast<double>(r.params.samples)), fmt::number(c.maxDetectable, 2));
    m_check->setText(text);

    const auto &l = r.leak;
    QString leak;
    if (l.naiveSampler) {
        QStringList examples;
        for (std::size_t i = 0; i < l.examples.size() && i < 3; ++i)
            examples << QLocale().toString(l.examples[i], 'g', 17);
        leak =
            tr("Floating-point leak (textbook Laplace in doubles, Mironov 2012): %1 of %2 outputs "
               "can come from "
               "only one of the two databases, so for them ε = ∞.")
                .arg(count(static_cast<double>(l.total())), count(static_cast<double>(l.checked)));
        if (!examples.isEmpty())
            leak += tr(" For example %1.").arg(examples.join(QStringLiteral("; ")));
        leak += tr(" Safe: the exact discrete Laplace and discrete Gaussian samplers.");
    } else {
        leak =
            tr("Floating-point leak: %1 of %2 outputs; the exact integer sampler (Canonne, Kamath "
               "& Steinke 2020) "
               "can produce every output from both databases.")
                .arg(count(static_cast<double>(l.total())), count(static_cast<double>(l.checked)));
    }
    m_leak->setText(leak);
}

void MechanismsPage::drawLocalGlobal(const dp::MechanismsResult &r)
{
    const auto &g = r.localGlobal;
    QList<QPointF> ls, gs, lt, gt;
    double yMin = HUGE_VAL, yMax = 0.0;
    const auto add = [&](QList<QPointF> &list, double x, double y) {
        if (!(y > 0.0))
            return;
        list.append({x, y});
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };
    for (std::size_t i = 0; i < g.n.size(); ++i) { // x = log10 N ("10^3" labels fit narrow charts)
        const double x = std::log10(g.n[i]);
        add(ls, x, g.localSim[i]);
        add(gs, x, g.globalSim[i]);
        add(lt, x, g.localTheory[i]);
        add(gt, x, g.globalTheory[i]);
    }
    const double y0 = std::pow(10.0, std::floor(std::log10(yMin))),
                 y1 = std::pow(10.0, std::ceil(std::log10(yMax)));
    m_localGlobal->setRange(std::log10(g.n.front()), std::log10(g.n.back()), y0,
                            y1 > y0 ? y1 : 10 * y0);
    m_localGlobal->setXTicks(1.0, 8.0, 8);
    m_localGlobal->setSeries(QStringLiteral("lt"), tr("Local ~1/(ε√N)"), lt,
                             makeStyle(Kind::Dashed, palette::noise, 2.0));
    m_localGlobal->setSeries(QStringLiteral("gt"), tr("Global ~1/(εN)"), gt,
                             makeStyle(Kind::Dotted, palette::estimate, 2.5));
    m_localGlobal->setSeries(QStringLiteral("ls"), tr("Local sim."), ls,
                             makeStyle(Kind::Markers, palette::noise, 4.0));
    m_localGlobal->setSeries(QStringLiteral("gs"), tr("Global sim."), gs,
                             makeStyle(Kind::Markers, palette::estimate, 4.0));
    m_localGlobal->setVerticalMarker(QStringLiteral("today"), tr("Your N"),
                                     std::log10(static_cast<double>(r.params.population)),
                                     makeStyle(Kind::Line, palette::theory, 1.5));
    m_localGlobal->setSummary(
        tr("With N = %1 people at ε = %2: randomized response by each person misses the share "
           "of 1s by %3, one Laplace noise on the count by a trusted curator by %4, %5 "
           "less.")
            .arg(count(static_cast<double>(r.params.population)), fmt::epsilon(r.params.epsilon),
                 fmt::percentPoints(g.localError, 3), fmt::percentPoints(g.globalError, 5),
                 fmt::ratio(g.ratio)));
}

void MechanismsPage::showResult(const dp::MechanismsResult &r, const RunRequest &)
{
    m_headline->setText(headline(r));
    drawChecks(r);
    drawInSteps({[this, &r] { drawOdds(r); }, [this, &r] { drawDistributions(r); },
                 [this, &r] { drawLoss(r); }, [this, &r] { drawLocalGlobal(r); }});
}
