#include "labs/dpsgd/dpsgdpage.h"

#include "charts/chartview.h"
#include "charts/palette.h"
#include "framework/chartgrid.h"
#include "framework/fonts.h"
#include "framework/format.h"
#include "labs/dpsgd/decisionmap.h"
#include "labs/dpsgd/dpsgd_lab.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Kind = SeriesStyle::Kind;

const QColor &sgdColor()
{
    return palette::attacker;
} // the model that remembers
const QColor &dpColor()
{
    return palette::estimate;
}

// δ as "1.0·10⁻⁶" (a mantissa and a superscript power of ten).
QString deltaText(double delta)
{
    const int exponent = static_cast<int>(std::floor(std::log10(delta)));
    const double mantissa = delta / std::pow(10.0, exponent);
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString power;
    for (QChar ch : QString::number(std::abs(exponent)))
        power += digits.at(ch.digitValue());
    if (exponent < 0)
        power.prepend(QChar(0x207B)); // superscript minus
    return QStringLiteral("%1·10%2").arg(QLocale().toString(mantissa, 'f', 1), power);
}

QList<QPointF> bars(const dp::Histogram &h, double *yMax)
{
    QList<QPointF> pts;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        pts.append({h.binCenter(i), double(h.counts[i])});
        *yMax = std::max(*yMax, double(h.counts[i]));
    }
    return pts;
}

DecisionMap::Data mapData(const dp::DpsgdResult &r, const std::vector<float> &probability)
{
    DecisionMap::Data d;
    d.grid = dp::kDpsgdGrid;
    d.probability = probability;
    d.xMin = dp::kDpsgdPlane.xMin;
    d.xMax = dp::kDpsgdPlane.xMax;
    d.yMin = dp::kDpsgdPlane.yMin;
    d.yMax = dp::kDpsgdPlane.yMax;
    d.x = r.train.x;
    d.y = r.train.y;
    d.label = r.train.label;
    d.canary = r.params.canary;
    d.canaryX = r.canary.x;
    d.canaryY = r.canary.y;
    d.canaryLabel = r.canary.label;
    return d;
}

} // namespace

const LabTexts &DpsgdPage::words()
{
    static const LabTexts texts{
        .title = QT_TRANSLATE_NOOP("labs", "DP in machine learning"),
        .params =
            {
                {.id = "dataset",
                 .label = QT_TRANSLATE_NOOP("params", "Data set"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The two classes in the plane the models learn to separate."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "blobs"),
                             QT_TRANSLATE_NOOP("choices", "moons"),
                             QT_TRANSLATE_NOOP("choices", "circles")}},
                {.id = "points",
                 .label = QT_TRANSLATE_NOOP("params", "Training points"),
                 .help =
                     QT_TRANSLATE_NOOP("params", "How many examples the models are trained on."),
                 .unit = QT_TRANSLATE_NOOP("units", "points")},
                {.id = "model",
                 .label = QT_TRANSLATE_NOOP("params", "Model"),
                 .help = QT_TRANSLATE_NOOP("params", "Logistic regression (a straight boundary) or "
                                                     "a network with 16 hidden units."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "logistic"),
                             QT_TRANSLATE_NOOP("choices", "network")}},
                {.id = "clip",
                 .label = QT_TRANSLATE_NOOP("params", "Clipping norm C"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "Each example's gradient is shrunk to at most this length.")},
                {.id = "noise_multiplier",
                 .label = QT_TRANSLATE_NOOP("params", "Noise multiplier σ"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Noise of standard deviation σ·C is added to each batch's summed gradient.")},
                {.id = "batch",
                 .label = QT_TRANSLATE_NOOP("params", "Expected batch size"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "Each example joins a step's batch with probability batch/points."),
                 .unit = QT_TRANSLATE_NOOP("units", "examples")},
                {.id = "epochs",
                 .label = QT_TRANSLATE_NOOP("params", "Epochs"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "Passes over the data; each pass is points/batch steps.")},
                {.id = "learning_rate",
                 .label = QT_TRANSLATE_NOOP("params", "Learning rate"),
                 .help = QT_TRANSLATE_NOOP("params", "How far each step moves the model.")},
                {.id = "delta",
                 .label = QT_TRANSLATE_NOOP("params", "δ (0 = 1/points²)"),
                 .help = QT_TRANSLATE_NOOP("params",
                                           "The δ of the (ε, δ) guarantee; 0 uses 1/points².")},
                {.id = "canary",
                 .label = QT_TRANSLATE_NOOP("params", "Alice's record (canary)"),
                 .help = QT_TRANSLATE_NOOP("params",
                                           "Add one mislabelled outlier to the training data.")},
                {.id = "audit_runs",
                 .label = QT_TRANSLATE_NOOP("params", "Audit runs"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Models trained with Alice's record and as many without it for the audit."),
                 .unit = QT_TRANSLATE_NOOP("units", "models")},
            },
        .rules =
            {
                {"batch_above_points",
                 QT_TRANSLATE_NOOP("rules",
                                   "the expected batch size cannot exceed the number of points")},
                {"infinite_noise",
                 QT_TRANSLATE_NOOP("rules", "noise σ·C is infinite when C is infinite and σ > 0")},
                {"delta_zero_or_probability",
                 QT_TRANSLATE_NOOP("rules", "δ must be 0 (meaning 1/points²) or between 0 and 1")},
            },
    };
    return texts;
}

DpsgdPage::DpsgdPage(QWidget *parent) : TypedLabPage(words(), parent)
{
    m_headline = new QLabel;
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("Privacy spent, accuracy and Alice's record in words"));

    m_mapSgd = new DecisionMap(tr("Plain SGD: decision regions"));
    m_mapDp = new DecisionMap(tr("DP-SGD: decision regions"));

    m_accuracy = new ChartPanel(tr("Accuracy while training"));
    m_accuracy->setAxisTitles(tr("Epoch"), tr("Accuracy (%)"));
    m_accuracy->setYLabelFormat(QStringLiteral("%.0f"));
    m_epsilon = new ChartPanel(tr("ε spent per epoch"));
    m_epsilon->setAxisTitles(tr("Epoch"), tr("ε (accountant)"));
    m_norms = new ChartPanel(tr("Gradient norms, last epoch"));
    m_norms->setAxisTitles(tr("Gradient norm ‖g‖"), tr("Examples"));
    m_norms->setYLabelFormat(QStringLiteral("%.0f"));
    m_tradeoff = new ChartPanel(tr("Trade-off: held-out accuracy against ε"));
    m_tradeoff->setAxisTitles(tr("ε (log scale)"), tr("Held-out accuracy (%)"));
    m_tradeoff->setLogX(true);
    m_tradeoff->setYLabelFormat(QStringLiteral("%.0f"));
    m_auditLoss = new ChartPanel(tr("Audit: Alice's loss in each model"));
    m_auditLoss->setAxisTitles(tr("Loss on Alice's record (nats)"), tr("Models"));
    m_auditLoss->setYLabelFormat(QStringLiteral("%.0f"));
    m_roc = new ChartPanel(tr("Audit: the attacker's ROC curve"));
    m_roc->setAxisTitles(tr("False-positive rate (%)"), tr("True-positive rate (%)"));
    m_roc->setXLabelFormat(QStringLiteral("%.0f"));
    m_roc->setYLabelFormat(QStringLiteral("%.0f"));

    m_auditButton = new QPushButton(tr("Run the audit"));
    m_auditButton->setAccessibleName(tr("Run the audit"));
    m_auditButton->setAccessibleDescription(
        tr("Trains many models with and without Alice's record and measures how well an attacker "
           "tells them apart."));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the audit"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Audit progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p % of the models trained"));
    m_auditWords = new QLabel;
    m_auditWords->setWordWrap(true);
    m_auditWords->setTextFormat(Qt::RichText);
    m_auditWords->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auditWords->setAccessibleName(tr("Audit result in words"));
    connect(m_auditButton, &QPushButton::clicked, this, &DpsgdPage::startAudit);
    connect(m_cancelButton, &QPushButton::clicked, this, &DpsgdPage::cancelAudit);

    auto *auditBar = new QWidget;
    auto *auditRow = new QHBoxLayout(auditBar);
    auditRow->setContentsMargins(0, 0, 0, 0);
    auditRow->addWidget(m_auditButton);
    auditRow->addWidget(m_cancelButton);
    auditRow->addWidget(m_progress, 1);

    // The shared grid: pairs reflow to one column when they do not fit, the
    // page scrolls rather than squeezing eight charts into 720 pixels, and
    // presentation steps through them as slides.
    auto *auditBox = new QWidget;
    auto *auditLayout = new QVBoxLayout(auditBox);
    auditLayout->setContentsMargins(0, 0, 0, 0);
    auditLayout->addWidget(auditBar);
    auditLayout->addWidget(m_auditWords);
    auto *grid = new ChartGrid;
    grid->addTile(m_mapSgd);
    grid->addTile(m_mapDp);
    grid->addTile(m_accuracy, ChartGrid::Span::Full); // four series: its legend needs the width
    grid->addTile(m_epsilon);
    grid->addTile(m_norms);
    grid->addTile(m_tradeoff, ChartGrid::Span::Full);
    grid->addTile(auditBox, ChartGrid::Span::Full);
    grid->addTile(m_auditLoss);
    grid->addTile(m_roc);
    for (QWidget *w : {m_mapSgd, m_mapDp})
        w->setMinimumHeight(300);
    auto *outer = new QVBoxLayout(chartArea());
    outer->addWidget(m_headline);
    outer->addWidget(grid, 1);

    m_auditWatcher = new QFutureWatcher<dp::DpsgdAudit>(this);
    connect(m_auditWatcher, &QFutureWatcherBase::finished, this, &DpsgdPage::auditFinished);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        if (auditRunning() && m_auditDone)
            m_progress->setValue(static_cast<int>(m_auditDone->load()));
    });
    poll->start();
    setPresentation(false);
    drawAudit();
}

DpsgdPage::~DpsgdPage()
{
    if (m_auditCancel)
        m_auditCancel->store(true);
    m_auditWatcher->waitForFinished();
}

QList<ChartPanel *> DpsgdPage::charts() const
{
    return {m_accuracy, m_epsilon, m_norms, m_tradeoff, m_auditLoss, m_roc};
}

void DpsgdPage::setPresentation(bool on)
{
    LabPage::setPresentation(on);
    m_mapSgd->setPresentation(on);
    m_mapDp->setPresentation(on);
    // Relative to the application font, which presentation sizes from the
    // screen; the figures in words a little smaller there, so that a slide
    // with its chart fits one screen at 1280×720.
    setRelativeFont(m_headline, on ? 0.95 : 1.15);
    setRelativeFont(m_auditWords, on ? 0.95 : 1.05);
}

QString DpsgdPage::headlineText() const
{
    return m_headline->text();
}
QString DpsgdPage::auditText() const
{
    return m_auditWords->text();
}

QString DpsgdPage::summary() const
{
    QString plain = m_headline->text() + QLatin1Char(' ') + m_mapSgd->summary() + QLatin1Char(' ') +
                    m_mapDp->summary() + QLatin1Char(' ') + m_auditWords->text();
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return (plain + QLatin1Char(' ') + LabPage::summary()).simplified();
}

void DpsgdPage::parametersChanged()
{
    if (m_auditValid && !(m_auditValues == values() && m_auditSeed == seed())) {
        m_auditValid = false;
        drawAudit();
    }
}

void DpsgdPage::showResult(const dp::DpsgdResult &r, const RunRequest &request)
{
    if (m_auditValid && !(m_auditValues == request.values && m_auditSeed == request.seed))
        m_auditValid = false;
    m_headline->setText(headline(r));
    drawInSteps({[this, &r] { drawMaps(r); }, [this, &r] { drawCurves(r); },
                 [this, &r] { drawNorms(r); }, [this, &r] { drawTradeoff(r); },
                 [this] { drawAudit(); }});
}

QString DpsgdPage::headline(const dp::DpsgdResult &r) const
{
    const dp::DpsgdEpoch last = r.curve.empty() ? dp::DpsgdEpoch{} : r.curve.back();
    QString privacy;
    if (std::isinf(r.epsilon))
        privacy = tr("<b>No noise (σ = 0): no finite ε.</b> DP-SGD only clips here.");
    else
        privacy =
            tr("<b>DP-SGD spent ε = %1</b> at δ = %2 over %3 steps (sampling rate %4, σ = %5, C = "
               "%6; "
               "standard RDP conversion, α = %7; the tighter conversion of Balle et al. gives %8).")
                .arg(fmt::epsilon(r.epsilon), deltaText(r.delta), fmt::number(double(r.steps)),
                     fmt::percent(r.samplingRate, 1),
                     QLocale().toString(r.params.noiseMultiplier, 'f', 2),
                     QLocale().toString(r.params.clip, 'g', 3), QString::number(r.epsilonOrder),
                     fmt::epsilon(r.epsilonBalle));
    const QString accuracy =
        tr("Held-out accuracy: plain SGD %1, DP-SGD %2.")
            .arg(fmt::percent(last.heldoutSgd), fmt::percent(last.heldoutDpsgd));
    QString alice;
    if (r.params.canary) {
        const QString sgd = r.canaryCorrectSgd
                                ? tr("plain SGD has learned Alice's wrong label")
                                : tr("plain SGD has not learned Alice's wrong label");
        const QString dpsgd =
            r.canaryCorrectDpsgd ? tr("DP-SGD has learned it too") : tr("DP-SGD has not");
        alice = tr("Alice: %1 (her loss %2), %3 (loss %4).")
                    .arg(sgd, QLocale().toString(r.canaryLossSgd, 'f', 2), dpsgd,
                         QLocale().toString(r.canaryLossDpsgd, 'f', 2));
    } else {
        alice = tr("Alice's record is not in the training data.");
    }
    return privacy + QStringLiteral("<br>") + accuracy + QLatin1Char(' ') + alice;
}

void DpsgdPage::drawMaps(const dp::DpsgdResult &r)
{
    m_mapSgd->setData(mapData(r, r.probabilitySgd));
    m_mapDp->setData(mapData(r, r.probabilityDpsgd));
    const dp::DpsgdEpoch last = r.curve.empty() ? dp::DpsgdEpoch{} : r.curve.back();
    auto words = [&](double train, bool canaryCorrect) {
        QString s =
            tr("Blue regions: class 1 (squares); orange: class 0 (circles); the black line is the "
               "boundary. Training accuracy %1.")
                .arg(fmt::percent(train));
        if (r.params.canary)
            s += QLatin1Char(' ') +
                 (canaryCorrect ? tr("Alice's star lies in the region of her (wrong) label.")
                                : tr("Alice's star lies outside the region of her label."));
        return s;
    };
    m_mapSgd->setSummary(words(last.accuracySgd, r.canaryCorrectSgd));
    m_mapDp->setSummary(words(last.accuracyDpsgd, r.canaryCorrectDpsgd));
}

void DpsgdPage::drawCurves(const dp::DpsgdResult &r)
{
    QList<QPointF> sgdTrain, sgdHeld, dpTrain, dpHeld, eps;
    double lo = 100.0, epsMax = 0.0;
    for (const dp::DpsgdEpoch &e : r.curve) {
        sgdTrain.append({double(e.epoch), 100.0 * e.accuracySgd});
        sgdHeld.append({double(e.epoch), 100.0 * e.heldoutSgd});
        dpTrain.append({double(e.epoch), 100.0 * e.accuracyDpsgd});
        dpHeld.append({double(e.epoch), 100.0 * e.heldoutDpsgd});
        lo = std::min({lo, 100.0 * e.accuracySgd, 100.0 * e.heldoutSgd, 100.0 * e.accuracyDpsgd,
                       100.0 * e.heldoutDpsgd});
        if (std::isfinite(e.epsilon)) {
            eps.append({double(e.epoch), e.epsilon});
            epsMax = std::max(epsMax, e.epsilon);
        }
    }
    const double epochs = std::max(2.0, double(r.curve.size()));
    m_accuracy->setRange(1.0, epochs, std::max(0.0, std::floor(lo / 10.0) * 10.0), 100.0);
    m_accuracy->setSeries(QStringLiteral("sgdTrain"), tr("SGD, training"), sgdTrain,
                          makeStyle(Kind::Line, sgdColor()));
    m_accuracy->setSeries(QStringLiteral("sgdHeld"), tr("SGD, held-out"), sgdHeld,
                          makeStyle(Kind::Dashed, sgdColor()));
    m_accuracy->setSeries(QStringLiteral("dpTrain"), tr("DP-SGD, training"), dpTrain,
                          makeStyle(Kind::Line, dpColor(), 3.0));
    m_accuracy->setSeries(QStringLiteral("dpHeld"), tr("DP-SGD, held-out"), dpHeld,
                          makeStyle(Kind::Dotted, dpColor(), 3.0));
    const dp::DpsgdEpoch last = r.curve.empty() ? dp::DpsgdEpoch{} : r.curve.back();
    m_accuracy->setSummary(
        (r.curve.size() == 1 ? tr("After one epoch: plain SGD %1 on the training points and %2 "
                                  "held out; DP-SGD %3 and %4.")
                             : tr("After %1 epochs: plain SGD %2 on the training points and %3 "
                                  "held out; DP-SGD %4 and %5.")
                                   .arg(fmt::number(double(r.curve.size()))))
            .arg(fmt::percent(last.accuracySgd), fmt::percent(last.heldoutSgd),
                 fmt::percent(last.accuracyDpsgd), fmt::percent(last.heldoutDpsgd)));
    m_epsilon->setRange(1.0, epochs, 0.0, epsMax > 0.0 ? epsMax * 1.1 : 1.0);
    m_epsilon->setSeries(QStringLiteral("epsilon"), tr("ε spent"), eps,
                         makeStyle(Kind::Line, palette::theory));
    if (std::isinf(r.epsilon))
        m_epsilon->setSummary(
            tr("Without noise ε is infinite after the first step: nothing is promised."));
    else
        m_epsilon->setSummary(
            tr("ε grows with every step: %1 after the first epoch, %2 after the last.")
                .arg(fmt::epsilon(r.curve.front().epsilon), fmt::epsilon(r.epsilon)));
}

void DpsgdPage::drawNorms(const dp::DpsgdResult &r)
{
    double yMax = 1.0;
    const QList<QPointF> pts = bars(r.gradientHistogram, &yMax);
    m_norms->setRange(r.gradientHistogram.lo, r.gradientHistogram.hi, 0.0, yMax * 1.08);
    m_norms->setSeries(QStringLiteral("norms"), tr("Examples"), pts,
                       makeStyle(Kind::Bars, palette::sky));
    if (std::isfinite(r.params.clip) && r.params.clip <= r.gradientHistogram.hi)
        m_norms->setVerticalMarker(QStringLiteral("clip"), tr("C"), r.params.clip,
                                   makeStyle(Kind::Dashed, palette::theory, 2.5));
    else
        m_norms->removeSeries(QStringLiteral("clip"));
    m_norms->setSummary(
        tr("%1 of the %2 gradients in the last epoch were longer than C = %3 and were shortened "
           "to length C; the rest passed unchanged.")
            .arg(fmt::percent(r.clippedShare), fmt::number(double(r.gradientNorms.size())),
                 QLocale().toString(r.params.clip, 'g', 3)));
}

void DpsgdPage::drawTradeoff(const dp::DpsgdResult &r)
{
    QList<QPointF> sweep;
    double lo = 100.0, xMin = 1e300, xMax = 0.0;
    for (const dp::DpsgdSweepPoint &s : r.sweep)
        if (std::isfinite(s.epsilon) && s.epsilon > 0.0) {
            sweep.append({s.epsilon, 100.0 * s.heldoutAccuracy});
            lo = std::min(lo, 100.0 * s.heldoutAccuracy);
            xMin = std::min(xMin, s.epsilon);
            xMax = std::max(xMax, s.epsilon);
        }
    const dp::DpsgdEpoch last = r.curve.empty() ? dp::DpsgdEpoch{} : r.curve.back();
    const bool todayFinite = std::isfinite(r.epsilon) && r.epsilon > 0.0;
    if (todayFinite) {
        xMin = std::min(xMin, r.epsilon);
        xMax = std::max(xMax, r.epsilon);
    }
    lo = std::min({lo, 100.0 * last.heldoutDpsgd, 100.0 * last.heldoutSgd});
    if (sweep.isEmpty())
        xMin = 0.1, xMax = 10.0;
    m_tradeoff->setRange(xMin / 1.5, xMax * 1.5, std::max(0.0, std::floor(lo / 10.0) * 10.0),
                         100.0);
    m_tradeoff->setSeries(QStringLiteral("sweep"), tr("DP-SGD at σ = 0.3 … 5"), sweep,
                          makeStyle(Kind::Dashed, dpColor()));
    m_tradeoff->setSeries(QStringLiteral("sweepPoints"), tr("One training run each"), sweep,
                          makeStyle(Kind::Markers, dpColor(), 9.0, false));
    m_tradeoff->setSeries(QStringLiteral("sgd"), tr("Plain SGD (no privacy)"),
                          {QPointF(xMin / 1.5, 100.0 * last.heldoutSgd),
                           QPointF(xMax * 1.5, 100.0 * last.heldoutSgd)},
                          makeStyle(Kind::Dotted, sgdColor()));
    if (todayFinite)
        m_tradeoff->setSeries(QStringLiteral("today"), tr("Today's setting"),
                              {QPointF(r.epsilon, 100.0 * last.heldoutDpsgd)},
                              makeStyle(Kind::Markers, palette::theory, 15.0));
    else
        m_tradeoff->removeSeries(QStringLiteral("today"));
    m_tradeoff->setSummary(
        tr("Each point is a real DP-SGD run with its own σ; more noise means a smaller ε. "
           "Today's setting: ε = %1, held-out accuracy %2 (plain SGD: %3).")
            .arg(fmt::epsilon(r.epsilon), fmt::percent(last.heldoutDpsgd),
                 fmt::percent(last.heldoutSgd)));
}

void DpsgdPage::startAudit()
{
    if (auditRunning() || !errorText().isEmpty())
        return;
    m_auditValues = values();
    m_auditSeed = seed();
    m_auditValid = false;
    const dp::DpsgdParams p = Lab::toParams(m_auditValues);
    m_auditCancel = std::make_shared<dp::CancelFlag>(false);
    m_auditDone = std::make_shared<std::atomic<quint64>>(0);
    m_progress->setRange(0, static_cast<int>(p.auditRuns));
    m_progress->setValue(0);
    m_auditButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    const quint64 s = m_auditSeed;
    auto cancel = m_auditCancel;
    auto done = m_auditDone;
    m_auditWatcher->setFuture(QtConcurrent::run([p, s, cancel, done] {
        return dp::auditDpsgd(p, s, cancel.get(),
                              [done](std::uint64_t k, std::uint64_t) { done->store(k); });
    }));
    drawAudit();
}

void DpsgdPage::cancelAudit()
{
    if (m_auditCancel)
        m_auditCancel->store(true);
}

bool DpsgdPage::auditRunning() const
{
    return m_auditWatcher->isRunning();
}

void DpsgdPage::waitForAudit()
{
    m_auditWatcher->waitForFinished();
    QCoreApplication::processEvents();
}

void DpsgdPage::auditFinished()
{
    m_audit = m_auditWatcher->result();
    m_auditValid = m_audit.done && m_auditValues == values() && m_auditSeed == seed();
    m_auditButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    if (m_auditValid)
        m_progress->setValue(m_progress->maximum());
    drawAudit();
}

void DpsgdPage::drawAudit()
{
    const dp::DpsgdParams p = Lab::toParams(values());
    m_auditButton->setText(
        tr("Run the audit (%1 models)").arg(fmt::number(2.0 * double(p.auditRuns))));
    if (auditRunning()) {
        m_auditWords->setText(tr("Training %1 models with Alice's record and %1 without it…")
                                  .arg(fmt::number(double(p.auditRuns))));
        return;
    }
    if (!m_auditValid) {
        m_auditWords->setText(
            tr("The audit trains %1 models with Alice's record and %1 without it, then "
               "checks how well her loss tells the two apart. It takes a few seconds: press "
               "“Run the audit”.")
                .arg(fmt::number(double(p.auditRuns))));
        m_auditLoss->setSummary(tr("No audit yet for this setting."));
        m_roc->setSummary(tr("No audit yet for this setting."));
        for (const char *key : {"in", "out"})
            m_auditLoss->removeSeries(QString::fromLatin1(key));
        for (const char *key : {"roc", "chance"})
            m_roc->removeSeries(QString::fromLatin1(key));
        return;
    }
    const dp::DpsgdAudit &a = m_audit;
    double yMax = 1.0;
    const QList<QPointF> in = bars(a.histogramIn, &yMax), out = bars(a.histogramOut, &yMax);
    m_auditLoss->setRange(a.histogramIn.lo, a.histogramIn.hi, 0.0, yMax * 1.08);
    m_auditLoss->setSeries(QStringLiteral("in"), tr("Trained with Alice"), in,
                           makeStyle(Kind::Bars, palette::attacker));
    m_auditLoss->setSeries(QStringLiteral("out"), tr("Trained without Alice"), out,
                           makeStyle(Kind::Bars, palette::neutral));
    m_auditLoss->setSummary(
        tr("A low loss on Alice's record hints that she was in the training data; the "
           "more the two histograms overlap, the less a model gives away."));
    QList<QPointF> roc;
    for (std::size_t k = 0; k < a.rocFalsePositive.size(); ++k)
        roc.append({100.0 * a.rocFalsePositive[k], 100.0 * a.rocTruePositive[k]});
    m_roc->setRange(0.0, 100.0, 0.0, 100.0);
    m_roc->setSeries(QStringLiteral("roc"), tr("Attacker: “in” when the loss is low"), roc,
                     makeStyle(Kind::Line, palette::attacker, 2.5));
    m_roc->setSeries(QStringLiteral("chance"), tr("Guessing"), {QPointF(0, 0), QPointF(100, 100)},
                     makeStyle(Kind::Dotted, palette::neutral));
    m_roc->setSummary(tr("Area under the curve %1 (50 % is guessing, 100 % always right).")
                          .arg(fmt::percent(a.auc)));
    const double eps = result() ? result()->epsilon : std::numeric_limits<double>::quiet_NaN();
    QString words =
        tr("<b>The audit proves ε ≥ %1</b> with 95 % confidence (true-positive rate %2 against "
           "false-positive rate %3 on %4 fresh models a side; ε ≥ ln((TPR − δ)/FPR) with "
           "Clopper–Pearson bounds).")
            .arg(QLocale().toString(a.epsilonLowerBound, 'f', 2), fmt::percent(a.truePositiveRate),
                 fmt::percent(a.falsePositiveRate), fmt::number(double(a.countedRuns)));
    if (std::isinf(eps))
        words += QLatin1Char(' ') + tr("Without noise the accountant promises nothing (ε = ∞).");
    else if (a.epsilonLowerBound <= eps)
        words += QLatin1Char(' ') +
                 tr("The accountant promises ε ≤ %1: the attack stays below the promise.")
                     .arg(fmt::epsilon(eps));
    else
        words += QLatin1Char(' ') +
                 tr("The accountant promised ε ≤ %1, and the attack proves more: something "
                    "is wrong (or this was the 1-in-20 unlucky audit).")
                     .arg(fmt::epsilon(eps));
    m_auditWords->setText(words);
}
