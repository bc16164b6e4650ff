#include "labs/survey/surveypage.h"

#include "charts/chartview.h"
#include "charts/palette.h"
#include "framework/chartgrid.h"
#include "framework/contrast.h"
#include "framework/fonts.h"
#include "framework/format.h"
#include "labs/survey/classrounddialog.h"
#include "labs/survey/respondentgrid.h"
#include "labs/survey/survey.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

const LabTexts &SurveyPage::words()
{
    static const LabTexts texts{
        .title = QT_TRANSLATE_NOOP("labs", "Coin-flip survey"),
        .params =
            {
                {.id = "population",
                 .label = QT_TRANSLATE_NOOP("params", "Population"),
                 .help = QT_TRANSLATE_NOOP("params", "How many people answer the survey."),
                 .unit = QT_TRANSLATE_NOOP("units", "people")},
                {.id = "true_rate",
                 .label = QT_TRANSLATE_NOOP("params", "True share of jaywalkers"),
                 .help = QT_TRANSLATE_NOOP("params", "The share of people who really did it: the "
                                                     "number the survey tries to find.")},
                {.id = "hide_truth",
                 .label = QT_TRANSLATE_NOOP("params", "Hide the true share"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Hide the true share so the class can guess it from the survey first.")},
                {.id = "p_honest",
                 .label = QT_TRANSLATE_NOOP("params", "First coin: heads (answer truthfully)"),
                 .help = QT_TRANSLATE_NOOP("params",
                                           "Chance that the first coin says: answer truthfully.")},
                {.id = "p_yes",
                 .label = QT_TRANSLATE_NOOP("params", "Second coin: \"yes\""),
                 .help = QT_TRANSLATE_NOOP("params", "When the first coin says not to, chance that "
                                                     "the second coin says: answer yes.")},
                {.id = "surveys",
                 .label = QT_TRANSLATE_NOOP("params", "Repeated surveys"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "How many times the whole survey is repeated to show its spread."),
                 .unit = QT_TRANSLATE_NOOP("units", "surveys")},
                {.id = "mode",
                 .label = QT_TRANSLATE_NOOP("params", "Simulation"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Per-person coin flips, or the exact count of yes answers; auto picks."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "auto"),
                             QT_TRANSLATE_NOOP("choices", "person"),
                             QT_TRANSLATE_NOOP("choices", "aggregate")}},
            },
        .rules = {},
    };
    return texts;
}

SurveyPage::SurveyPage(QWidget *parent) : TypedLabPage(words(), parent)
{
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("Survey result in words"));

    // Respondents grid, or a note when the population is too large to draw.
    auto *gridBox = new QWidget;
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridTitle = new QLabel;
    auto *gridTitle = m_gridTitle;
    m_grid = new RespondentGrid;
    m_gridCaption = new QLabel(legendText());
    m_gridCaption->setWordWrap(true);
    m_animate = new QPushButton(tr("&Flip one by one"));
    m_animate->setToolTip(tr("Reveal the respondents one at a time"));
    connect(m_animate, &QPushButton::clicked, m_grid, &RespondentGrid::animate);
    m_gridTooLarge = new QLabel(tr("No respondents to show."));
    m_gridTooLarge->setWordWrap(true);
    m_gridTooLarge->setAlignment(Qt::AlignCenter);
    auto *gridPage = new QWidget;
    auto *gp = new QVBoxLayout(gridPage);
    gp->setContentsMargins(0, 0, 0, 0);
    gp->addWidget(m_grid, 1);
    gp->addWidget(m_gridCaption);
    auto *stepButton = new QPushButton(tr("&Next person"));
    stepButton->setToolTip(tr("Reveal one more respondent; hover it to read what its coins did"));
    connect(stepButton, &QPushButton::clicked, m_grid, &RespondentGrid::step);
    connect(m_grid, &RespondentGrid::stepped, this,
            [this](int i) { m_gridCaption->setText(m_grid->describePerson(i)); });
    connect(m_animate, &QPushButton::clicked, this,
            [this] { m_gridCaption->setText(legendText()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_animate);
    buttons->addWidget(stepButton);
    buttons->addStretch(1);
    gp->addLayout(buttons);
    m_gridStack = new QStackedWidget;
    m_gridStack->addWidget(gridPage);
    m_gridStack->addWidget(m_gridTooLarge);
    gridLayout->addWidget(gridTitle);
    gridLayout->addWidget(m_gridStack, 1);

    m_histogram = new ChartPanel(tr("Estimates over repeated surveys"));
    m_histogram->setAxisTitles(tr("Estimated share (%)"), tr("Surveys"));
    m_histogram->setXLabelFormat(QStringLiteral("%.0f"));
    m_histogram->setYLabelFormat(QStringLiteral("%.0f"));
    m_tradeoff = new ChartPanel(tr("Privacy against accuracy"));
    m_tradeoff->setAxisTitles(tr("ε (smaller = more private)"), tr("SE (pp)"));
    m_tradeoff->setXLabelFormat(QStringLiteral("%.1f"));
    m_tradeoff->setLogY(true);
    m_intervals = new ChartPanel(tr("Survey 1 vs. an ordinary survey"));
    m_intervals->setAxisTitles(tr("Share of jaywalkers (%)"), QString());
    m_intervals->setXLabelFormat(QStringLiteral("%.0f"));
    m_intervals->setYLabelFormat(QStringLiteral(" "));

    auto *grid = new ChartGrid;
    grid->addTile(gridBox);
    grid->addTile(m_histogram);
    grid->addTile(m_intervals);
    grid->addTile(m_tradeoff);
    auto *layout = new QVBoxLayout(chartArea());
    layout->addWidget(m_headline);
    layout->addWidget(grid, 1);

    // A live round of this survey, answered from the students' phones.
    auto *classRound = new QPushButton(tr("&Class survey…"));
    classRound->setToolTip(tr("Run this survey live: students answer from their phones, the "
                              "projector shows the estimate as answers arrive"));
    connect(classRound, &QPushButton::clicked, this, [this] {
        ClassRoundDialog dialog(values().get("p_honest"), values().get("p_yes"), this);
        dialog.exec();
    });
    addControlWidget(classRound);
    setPresentation(false);
}

void SurveyPage::parametersChanged()
{
    // Guess-then-reveal: the slider would show the hidden share.
    if (QWidget *w = controlFor(QStringLiteral("true_rate")))
        w->setVisible(!params().hideTruth);
}

QString SurveyPage::legendText() const
{
    if (m_hidden)
        return tr("Orange square: said “yes”. While the true share is hidden, so are the truth and "
                  "the coins.");
    return tr(
        "Orange square: said “yes”. Green dot: really did it. Thick blue frame: the first coin "
        "said “answer truthfully”; thin grey frame: the second coin answered. Hover a square for "
        "its story.");
}

QList<ChartPanel *> SurveyPage::charts() const
{
    return {m_histogram, m_intervals, m_tradeoff};
}

void SurveyPage::setPresentation(bool on)
{
    LabPage::setPresentation(on);
    setRelativeFont(m_headline, on ? 0.95 : 1.15);
    const QFont f = m_headline->font();
    // Room for the usual six lines, so that a slider step which changes the
    // wording does not re-lay out (and redraw) every chart below it; not on
    // a projector, where a slide must fit one screen (and the footnote on
    // how it was simulated stays off it).
    m_headline->setMinimumHeight(on ? 0 : QFontMetrics(f).lineSpacing() * 6 + 4);
    if (const auto r = result())
        m_headline->setText(headline(*r, m_hidden));
    m_headline->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_grid->setPresentation(on);
    setRelativeFont(m_gridCaption, 0.95);
}

QString SurveyPage::headlineText() const
{
    return m_headline->text();
}

QString SurveyPage::headline(const dp::SurveyResult &r, bool hide) const
{
    const auto &p = r.params;
    QStringList lines;
    if (!r.estimateDefined) {
        lines << tr(
            "<b>No estimate possible.</b> The first coin never says “answer truthfully”, so every "
            "answer is pure coin noise: perfect privacy (ε = 0) and zero information about the "
            "true share.");
    } else {
        lines << tr("Estimated share of jaywalkers: <b>%1</b> (95 % interval %2 to %3), from %4 of "
                    "%5 "
                    "people answering “yes” (%6).")
                     .arg(fmt::percent(r.estimate), fmt::percent(r.ciLow), fmt::percent(r.ciHigh),
                          fmt::number(static_cast<double>(r.yesCounts.front())),
                          fmt::number(static_cast<double>(p.population)),
                          fmt::percent(r.observedRate));
        // The Wilson interval mapped from the yes-share can reach past 0 % or
        // 100 %; say where it was cut (cutting keeps its coverage).
        if (r.ciLowUnclipped < 0.0 && r.ciHighUnclipped > 1.0)
            lines << tr("The interval's formula reaches from %1 to %2; no share lies outside 0 % "
                        "to 100 %, so it "
                        "is cut there.")
                         .arg(fmt::percent(r.ciLowUnclipped), fmt::percent(r.ciHighUnclipped));
        else if (r.ciLowUnclipped < 0.0)
            lines << tr("The interval's formula reaches down to %1; no share is below 0 %, so it "
                        "is cut there.")
                         .arg(fmt::percent(r.ciLowUnclipped));
        else if (r.ciHighUnclipped > 1.0)
            lines << tr("The interval's formula reaches up to %1; no share is above 100 %, so it "
                        "is cut there.")
                         .arg(fmt::percent(r.ciHighUnclipped));
    }
    lines << (hide ? tr("True share: <b>hidden</b>. Make your guess, then untick “Hide the true "
                        "share”.")
                   : tr("True share: <b>%1</b> (%2 people really did it).")
                         .arg(fmt::percent(static_cast<double>(r.trueCount) /
                                           static_cast<double>(p.population)),
                              fmt::number(static_cast<double>(r.trueCount))));
    if (std::isinf(r.epsilon)) {
        if (p.pHonest >= 1.0)
            lines << tr(
                "Privacy: <b>ε = ∞</b>. Everyone answers truthfully, so every answer reveals the "
                "truth: no privacy at all.");
        else
            lines << tr("Privacy: <b>ε = ∞</b>. The second coin always says “%1”, so a “%2” can "
                        "only come "
                        "from the truth: a forced-answer design is not differentially private.")
                         .arg(p.pYes >= 1.0 ? tr("yes") : tr("no"),
                              p.pYes >= 1.0 ? tr("no") : tr("yes"));
    } else if (r.epsilon == 0.0) {
        lines << tr("Privacy: <b>ε = 0</b>. Answers do not depend on the truth at all.");
    } else {
        lines
            << tr("Privacy: <b>ε = %1</b>. A “yes” is at most %2 as likely from someone who did it "
                  "as "
                  "from someone who did not; a “no” at most %3 as likely from someone who did not.")
                   .arg(fmt::epsilon(r.epsilon), fmt::ratio(r.yesRatio), fmt::ratio(r.noRatio));
    }
    if (r.estimateDefined) {
        // The ordinary survey's error √(π(1−π)/N) would give the hidden share away.
        if (hide)
            lines << tr("Cost of privacy: standard error <b>± %1</b>.")
                         .arg(fmt::percentPoints(r.standardError));
        else
            lines << tr("Cost of privacy: standard error <b>± %1</b>; an ordinary survey of %2 "
                        "randomly chosen "
                        "people: ± %3.")
                         .arg(fmt::percentPoints(r.standardError),
                              fmt::number(static_cast<double>(p.population)),
                              fmt::percentPoints(r.nonprivateStandardError));
    }
    if (r.outsideUnitInterval > 0)
        lines << tr("%1 of %2 estimates fell below 0 % or above 100 %: that is noise, not a "
                    "mistake. The "
                    "estimator is unbiased because it is allowed to overshoot.")
                     .arg(fmt::number(static_cast<double>(r.outsideUnitInterval)),
                          fmt::number(static_cast<double>(r.estimates.size())));
    if (!presentation()) // a footnote: not worth a projector line
        lines << contrast::span(
            this, contrast::Tone::Secondary,
            r.modeUsed == dp::SurveyMode::Person
                ? tr("Simulated %1 surveys person by person (every respondent's answer "
                     "drawn from their coins).")
                      .arg(fmt::number(static_cast<double>(p.surveys)))
                : tr("Simulated %1 surveys exactly in aggregate: the number of “yes” "
                     "answers is "
                     "drawn as two binomials (same distribution as flipping every coin, "
                     "far faster).")
                      .arg(fmt::number(static_cast<double>(p.surveys))));
    return lines.join(QStringLiteral("<br>"));
}

void SurveyPage::drawHistogram(const dp::SurveyResult &r, bool hide)
{
    const auto &h = r.estimateHistogram;
    QList<QPointF> bars;
    double yMax = 1.0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        bars.append({100.0 * h.binCenter(i), static_cast<double>(h.counts[i])});
        yMax = std::max(yMax, static_cast<double>(h.counts[i]));
    }
    QList<QPointF> curve;
    for (const auto &pt : r.theoryCurve) {
        curve.append({100.0 * pt.x, pt.y});
        yMax = std::max(yMax, pt.y);
    }
    m_histogram->setRange(100.0 * h.lo, 100.0 * h.hi, 0.0, bars.isEmpty() ? 10.0 : yMax * 1.1);
    m_histogram->setSeries(QStringLiteral("bars"), tr("Surveys"), bars,
                           makeStyle(SeriesStyle::Kind::Bars, palette::estimate));
    if (curve.isEmpty() || hide) // the theory curve is centred on the (hidden) true share
        m_histogram->removeSeries(QStringLiteral("theory"));
    else
        m_histogram->setSeries(QStringLiteral("theory"), tr("Theory"), curve,
                               makeStyle(SeriesStyle::Kind::Dashed, palette::theory));
    const double truth =
        static_cast<double>(r.trueCount) / static_cast<double>(r.params.population);
    if (hide)
        m_histogram->removeSeries(QStringLiteral("truth"));
    else
        m_histogram->setVerticalMarker(QStringLiteral("truth"), tr("Truth"), 100.0 * truth,
                                       makeStyle(SeriesStyle::Kind::Line, palette::truth, 3.0));
    if (!r.estimateDefined) {
        m_histogram->setSummary(
            tr("No estimates: with the first coin never honest the answers carry no information."));
        return;
    }
    m_histogram->setSummary(
        tr("Over %1 repeated surveys the estimates average %2 and spread by ± %3 (one standard "
           "deviation)%4.")
            .arg(fmt::number(static_cast<double>(r.estimates.size())), fmt::percent(r.meanEstimate),
                 fmt::percentPoints(std::isfinite(r.sdEstimate) ? r.sdEstimate : 0.0),
                 hide ? QString() : tr(" around the true %1").arg(fmt::percent(truth))));
}

void SurveyPage::drawTradeoff(const dp::SurveyResult &r, bool hide)
{
    QList<QPointF> curve;
    double xMax = 0.5, yMin = 1e9, yMax = 0.0;
    for (const auto &t : r.tradeoff) {
        if (!std::isfinite(t.epsilon) || !std::isfinite(t.standardError) || t.standardError <= 0)
            continue;
        curve.append({t.epsilon, 100.0 * t.standardError});
        xMax = std::max(xMax, t.epsilon);
        yMin = std::min(yMin, 100.0 * t.standardError);
        yMax = std::max(yMax, 100.0 * t.standardError);
    }
    if (curve.isEmpty()) {
        m_tradeoff->removeSeries(QStringLiteral("curve"));
        m_tradeoff->removeSeries(QStringLiteral("now"));
        m_tradeoff->removeSeries(QStringLiteral("plain"));
        m_tradeoff->setSummary(
            tr("With the second coin forced to one answer every coin bias gives ε = ∞: "
               "there is no trade-off to draw, only no privacy."));
        return;
    }
    const double plain = 100.0 * r.nonprivateStandardError;
    yMin = std::min(yMin, plain > 0 ? plain : yMin);
    m_tradeoff->setRange(0.0, xMax * 1.05, std::max(1e-6, yMin / 1.5), yMax * 1.5);
    m_tradeoff->setSeries(QStringLiteral("curve"), tr("Other coins"), curve,
                          makeStyle(SeriesStyle::Kind::Line, palette::estimate));
    if (plain > 0 && !hide)
        m_tradeoff->setSeries(QStringLiteral("plain"), tr("Ordinary"),
                              {QPointF(0.0, plain), QPointF(xMax * 1.05, plain)},
                              makeStyle(SeriesStyle::Kind::Dashed, palette::theory));
    else
        m_tradeoff->removeSeries(QStringLiteral("plain"));
    const bool nowFinite =
        std::isfinite(r.epsilon) && std::isfinite(r.standardError) && r.standardError > 0;
    if (nowFinite)
        m_tradeoff->setSeries(QStringLiteral("now"), tr("You"),
                              {QPointF(r.epsilon, 100.0 * r.standardError)},
                              makeStyle(SeriesStyle::Kind::Markers, palette::attacker, 3.0));
    else
        m_tradeoff->removeSeries(QStringLiteral("now"));
    m_tradeoff->setSummary(
        nowFinite
            ? tr("More privacy (smaller ε) costs accuracy: at your setting ε = %1 the standard "
                 "error is "
                 "± %2 for %3 people; the curve shows every other coin bias.")
                  .arg(fmt::epsilon(r.epsilon), fmt::percentPoints(r.standardError),
                       fmt::number(static_cast<double>(r.params.population)))
            : tr("Your setting is off the curve (ε = %1); the curve shows the other coin biases.")
                  .arg(fmt::epsilon(r.epsilon)));
}

void SurveyPage::drawIntervals(const dp::SurveyResult &r, bool hide)
{
    const double truth =
        static_cast<double>(r.trueCount) / static_cast<double>(r.params.population);
    const double centre = hide ? (r.estimateDefined ? r.estimate : 0.5) : truth;
    const double plainHalf = 1.959963984540054 * r.nonprivateStandardError;
    double lo = std::min({0.0, r.ciLow, centre - plainHalf}),
           hi = std::max({1.0, r.ciHigh, centre + plainHalf});
    if (!std::isfinite(lo))
        lo = -0.5;
    if (!std::isfinite(hi))
        hi = 1.5;
    m_intervals->setRange(100.0 * lo, 100.0 * hi, 0.0, 3.0);
    if (r.estimateDefined) {
        m_intervals->setSeries(QStringLiteral("ci"), tr("Coin survey"),
                               {QPointF(100.0 * r.ciLow, 2.0), QPointF(100.0 * r.ciHigh, 2.0)},
                               makeStyle(SeriesStyle::Kind::Line, palette::estimate, 5.0));
        m_intervals->setSeries(
            QStringLiteral("est"), QString(), {QPointF(100.0 * r.estimate, 2.0)},
            makeStyle(SeriesStyle::Kind::Markers, palette::estimate, 3.5, false));
    } else {
        m_intervals->removeSeries(QStringLiteral("ci"));
        m_intervals->removeSeries(QStringLiteral("est"));
    }
    if (hide) // its width √(π(1−π)/N) would give the hidden share away
        m_intervals->removeSeries(QStringLiteral("plain"));
    else
        m_intervals->setSeries(QStringLiteral("plain"), tr("Ordinary"),
                               {QPointF(100.0 * (centre - plainHalf), 1.0),
                                QPointF(100.0 * (centre + plainHalf), 1.0)},
                               makeStyle(SeriesStyle::Kind::Dashed, palette::theory, 5.0));
    if (hide)
        m_intervals->removeSeries(QStringLiteral("truth"));
    else
        m_intervals->setVerticalMarker(QStringLiteral("truth"), tr("Truth"), 100.0 * truth,
                                       makeStyle(SeriesStyle::Kind::Line, palette::truth, 3.0));
    QString coverage;
    if (r.estimateDefined && !hide) {
        // Which interval is shown (Wilson), and why it holds the truth more
        // often than 95 % in this lab (issue 8, point 5); the lesson explains.
        coverage = r.intervalCoverage > 0.955 ? tr(" It held the truth in %1 of %2 repeats, over "
                                                   "95 %: the same people answer each time "
                                                   "(see the lesson).")
                                              : tr(" It held the truth in %1 of %2 repeats.");
        coverage = coverage.arg(fmt::percent(r.intervalCoverage),
                                fmt::number(static_cast<double>(r.estimates.size())));
    }
    m_intervals->setSummary(
        !r.estimateDefined
            ? tr("No interval: the coin survey carries no information at this setting.")
        : hide ? tr("The coin survey's 95 % interval is %1 wide. Guess where the real share lies, "
                    "then reveal it.")
                     .arg(fmt::percentPoints(r.ciHigh - r.ciLow))
               : tr("95 % interval (Wilson): %1 wide; ordinary survey: %2.")
                         .arg(fmt::percentPoints(r.ciHigh - r.ciLow),
                              fmt::percentPoints(2.0 * plainHalf)) +
                     coverage);
}

void SurveyPage::showResult(const dp::SurveyResult &r, const RunRequest &)
{
    const bool hide = params().hideTruth;
    m_hidden = hide;
    m_headline->setText(headline(r, hide));
    if (!r.people.empty()) {
        m_grid->setPeople(r.people, hide);
        m_gridCaption->setText(legendText());
        m_gridStack->setCurrentIndex(0);
        const auto shown = static_cast<double>(r.people.size());
        const auto all = static_cast<double>(r.params.population);
        m_gridTitle->setText(
            !r.peopleFromSurvey1
                ? tr("<b>%1 example respondents</b> (this run counted answers in aggregate)")
                      .arg(fmt::number(shown))
            : shown < all ? tr("<b>%1 of the %2 respondents of survey 1</b>")
                                .arg(fmt::number(shown), fmt::number(all))
                          : tr("<b>The %1 respondents of survey 1</b>").arg(fmt::number(shown)));
    } else {
        m_gridStack->setCurrentIndex(1);
    }
    drawInSteps({[this, &r, hide] { drawHistogram(r, hide); },
                 [this, &r, hide] { drawIntervals(r, hide); },
                 [this, &r, hide] { drawTradeoff(r, hide); }});
}
