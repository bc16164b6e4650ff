#include "labs/survey/classroundview.h"

#include "framework/format.h"
#include "labs/survey/classroundserver.h"
#include "labs/survey/classroundwidgets.h"
#include "labs/survey/survey.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

// A label whose font is `scale` times the view's base size (see applyFonts).
QLabel *bigLabel(double scale, bool bold = false)
{
    auto *l = new QLabel;
    l->setProperty("fontScale", scale);
    QFont f = l->font();
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString jsonNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QStringLiteral("null");
}

QString jsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

ClassRoundView::ClassRoundView(const ClassRoundSetup &setup, QWidget *parent)
    : QWidget(parent, Qt::Window), m_setup(setup)
{
    const std::string code =
        dp::classround::makeSessionCode(QRandomGenerator::system()->generate64());
    m_round =
        std::make_unique<dp::classround::Round>(code, setup.pHonest, setup.pYes, setup.rateLimit);
    setWindowTitle(tr("Class survey"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(15); // coalesce bursts; well under the 100 ms promise
    connect(m_refreshTimer, &QTimer::timeout, this, &ClassRoundView::refresh);

    // Left: how to join.
    auto *join = new QVBoxLayout;
    auto *joinTitle = bigLabel(1.6, true);
    joinTitle->setText(tr("Join with your phone"));
    m_qr = new QrCodeWidget;
    m_qr->setAccessibleName(tr("QR code of the student address"));
    m_address = bigLabel(1.5, true);
    m_address->setAccessibleName(tr("Student address"));
    m_code = bigLabel(1.5);
    m_code->setAccessibleName(tr("Session code"));
    auto *wifi =
        new QLabel(tr("Phones must be on the same network as this computer. Only the "
                      "reported answer travels; the true answer and the coins stay on the phone."));
    wifi->setWordWrap(true);
    join->addWidget(joinTitle);
    join->addWidget(m_qr, 1);
    join->addWidget(m_address);
    join->addWidget(m_code);
    join->addWidget(wifi);

    // Right: the answers and what they say.
    auto *live = new QVBoxLayout;
    m_question = bigLabel(1.6, true);
    m_question->setText(setup.question.toHtmlEscaped());
    m_question->setTextFormat(Qt::RichText);
    m_question->setAccessibleName(tr("Question"));
    m_count = bigLabel(1.4, true);
    m_count->setAccessibleName(tr("Answers so far"));
    m_grid = new AnswerGrid;
    m_observed = bigLabel(1.2);
    m_observed->setAccessibleName(tr("Observed share of “yes”"));
    m_estimate = bigLabel(1.4, true);
    m_estimate->setAccessibleName(tr("Estimate"));
    m_estimate->setTextFormat(Qt::RichText);
    m_privacy = bigLabel(1.0);
    m_privacy->setTextFormat(Qt::RichText);
    m_privacy->setAccessibleName(tr("Privacy of each answer"));
    live->addWidget(m_question);
    live->addWidget(m_count);
    live->addWidget(m_grid, 1);
    live->addWidget(m_observed);
    live->addWidget(m_estimate);
    live->addWidget(m_privacy);

    // Controls.
    auto *controls = new QHBoxLayout;
    m_hide = new QCheckBox(tr("&Hide the estimate"));
    m_hide->setChecked(setup.hideEstimate);
    m_hide->setToolTip(tr("Let the class guess first, then untick to reveal"));
    connect(m_hide, &QCheckBox::toggled, this, &ClassRoundView::refresh);
    m_simCount = new QSpinBox;
    m_simCount->setRange(1, int(dp::classround::kMaxParticipants));
    m_simCount->setValue(30);
    m_simCount->setAccessibleName(tr("Number of simulated students"));
    m_simShare = new QSpinBox;
    m_simShare->setRange(0, 100);
    m_simShare->setValue(30);
    m_simShare->setSuffix(QStringLiteral(" %"));
    m_simShare->setAccessibleName(tr("True share of “yes” among simulated students"));
    auto *simulate = new QPushButton(tr("&Add simulated students"));
    simulate->setToolTip(tr("Fill in a class for a demo without phones: each simulated student "
                            "has a true answer and flips the same two coins"));
    connect(simulate, &QPushButton::clicked, this,
            [this] { addSimulatedStudents(m_simCount->value(), m_simShare->value() / 100.0); });
    m_end = new QPushButton(tr("&End round"));
    m_end->setToolTip(tr("Stop accepting answers; the server stops"));
    connect(m_end, &QPushButton::clicked, this, &ClassRoundView::endRound);
    auto *exportButton = new QPushButton(tr("E&xport…"));
    exportButton->setToolTip(tr("Save the reported answers (CSV) and a summary (JSON)"));
    connect(exportButton, &QPushButton::clicked, this, &ClassRoundView::exportDialog);
    controls->addWidget(m_hide);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Simulated students:")));
    controls->addWidget(m_simCount);
    controls->addWidget(new QLabel(tr("truly “yes”:")));
    controls->addWidget(m_simShare);
    controls->addWidget(simulate);
    controls->addWidget(m_end);
    controls->addWidget(exportButton);

    auto *top = new QHBoxLayout;
    top->addLayout(join, 2);
    top->addSpacing(24);
    top->addLayout(live, 3);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(top, 1);
    outer->addLayout(controls);
    // Projector keys: F11 full screen, Esc back to a window.
    auto *full = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(full, &QShortcut::activated, this,
            [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, this,
            [this] { setWindowState(windowState() & ~Qt::WindowFullScreen); });
    resize(1280, 720);
    applyFonts();
    refresh();
}

ClassRoundView::~ClassRoundView() = default;

bool ClassRoundView::start(QString *error)
{
    if (m_server)
        return true;
    auto *server = new ClassRoundServer(m_round.get(), m_setup.question, this);
    if (!server->start(m_setup.address, m_setup.port, error)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &ClassRoundServer::answerAccepted, this, &ClassRoundView::scheduleRefresh);
    m_qr->setText(m_server->studentUrl());
    refresh();
    return true;
}

void ClassRoundView::endRound()
{
    m_round->close();
    delete m_server; // stops listening and drops open connections
    m_server = nullptr;
    refresh();
}

bool ClassRoundView::isOpen() const
{
    return m_server != nullptr && !m_round->closed();
}

QString ClassRoundView::studentUrl() const
{
    return m_server ? m_server->studentUrl() : QString();
}

QString ClassRoundView::countText() const
{
    return m_count->text();
}
QString ClassRoundView::estimateText() const
{
    return m_estimate->text();
}

void ClassRoundView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void ClassRoundView::applyFonts()
{
    // Type grows with the window (1.25× the desktop size at 720p, 3.9× at 4K),
    // so the address and the estimate stay readable from the back of a room.
    const double factor = std::clamp(height() / 560.0, 1.25, 4.0);
    const double base = QApplication::font().pointSizeF() * factor;
    QFont general = font();
    general.setPointSizeF(base);
    setFont(general);
    for (QLabel *label : findChildren<QLabel *>()) {
        const double scale = label->property("fontScale").toDouble();
        if (scale <= 0.0)
            continue;
        QFont f = label->font();
        f.setPointSizeF(base * scale);
        label->setFont(f);
    }
}

void ClassRoundView::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void ClassRoundView::addSimulatedStudents(int count, double trueShare)
{
    // Simulated students draw from a seed of their own so a demo repeats.
    m_round->addSimulated(static_cast<std::size_t>(count), trueShare,
                          20261128 + m_simulatedBatches++);
    refresh();
}

void ClassRoundView::refresh()
{
    const dp::classround::RoundSummary s = m_round->summary();
    if (m_server) {
        m_address->setText(m_server->studentUrl());
        m_code->setText(tr("Session code: %1").arg(QString::fromStdString(m_round->sessionCode())));
    } else {
        m_address->setText(m_round->closed() ? tr("The round has ended.") : tr("Not started."));
        m_code->clear();
        m_qr->setText(QString());
    }
    m_count->setText(tr("Answers so far: %1").arg(fmt::number(double(s.answers))) +
                     (m_round->closed() ? tr(" (round ended)") : QString()));
    m_grid->setAnswers(m_round->answers());
    if (s.answers == 0) {
        m_observed->setText(tr("Observed share of “yes”: no answers yet."));
        m_estimate->setText(tr("Estimate: waiting for answers."));
    } else {
        m_observed->setText(
            tr("%1 of %2 reported “yes” (%3). Some of them were told to by the second coin.")
                .arg(fmt::number(double(s.yes)), fmt::number(double(s.answers)),
                     fmt::percent(s.observedShare)));
        if (m_hide->isChecked())
            m_estimate->setText(
                tr("Estimated share who truly answer “yes”: <b>hidden</b>. Guess, then reveal."));
        else if (!std::isfinite(s.estimate))
            m_estimate->setText(tr("No estimate: the first coin never says “answer truthfully”."));
        else
            m_estimate->setText(
                tr("Estimated share who truly answer “yes”: <b>%1</b> (95 % interval %2 to %3).")
                    .arg(fmt::percent(std::clamp(s.estimate, 0.0, 1.0)), fmt::percent(s.ciLow),
                         fmt::percent(s.ciHigh)));
    }
    const double p = m_round->pHonest(), q = m_round->pYes();
    if (std::isinf(s.epsilon)) {
        m_privacy->setText(
            tr("Privacy: <b>ε = ∞</b>. With these coins one answer can only come from "
               "the truth: this design does not protect anyone."));
    } else if (s.epsilon == 0.0) {
        m_privacy->setText(
            tr("Privacy: <b>ε = 0</b>. Answers do not depend on the truth at all, so "
               "they tell nothing about anyone (and nothing about the class)."));
    } else {
        m_privacy->setText(
            tr("Privacy: <b>ε = %1</b> for every student. A “yes” is at most %2 as likely "
               "from someone whose true answer is yes as from someone whose true answer is no; "
               "a “no” at most %3 as likely the other way round.")
                .arg(fmt::epsilon(s.epsilon), fmt::ratio(dp::rrYesRatio(p, q)),
                     fmt::ratio(dp::rrNoRatio(p, q))));
    }
    m_end->setEnabled(!m_round->closed());
    emit answersChanged(int(s.answers));
}

bool ClassRoundView::exportCsv(const QString &path, QString *error) const
{
    QByteArray csv = "answer,reported,seconds_after_first,simulated\n";
    const auto &answers = m_round->answers();
    for (std::size_t i = 0; i < answers.size(); ++i)
        csv += QByteArray::number(qulonglong(i + 1)) + ',' + (answers[i] ? "yes" : "no") + ',' +
               QByteArray::number(m_round->arrivalTimes()[i], 'f', 3) + ',' +
               (m_round->simulated()[i] ? "1" : "0") + '\n';
    return writeFile(path, csv, error);
}

bool ClassRoundView::exportJson(const QString &path, QString *error) const
{
    const auto s = m_round->summary();
    const auto sims = std::count(m_round->simulated().begin(), m_round->simulated().end(), true);
    // No true answer exists anywhere to export: only what the phones reported.
    const QString json =
        QStringLiteral(
            "{\n  \"question\": %1,\n  \"p_honest\": %2,\n  \"p_yes\": %3,\n  \"epsilon\": %4,\n"
            "  \"answers\": %5,\n  \"simulated_answers\": %6,\n  \"yes\": %7,\n"
            "  \"observed_share\": %8,\n  \"estimate\": %9,\n  \"ci_low\": %10,\n  \"ci_high\": "
            "%11\n}\n")
            .arg(jsonString(m_setup.question), jsonNumber(m_round->pHonest()),
                 jsonNumber(m_round->pYes()), jsonNumber(s.epsilon), QString::number(s.answers),
                 QString::number(sims), QString::number(s.yes), jsonNumber(s.observedShare),
                 jsonNumber(s.estimate))
            .arg(jsonNumber(s.ciLow), jsonNumber(s.ciHigh));
    return writeFile(path, json.toUtf8(), error);
}

void ClassRoundView::exportDialog()
{
    const QString base = QFileDialog::getSaveFileName(
        this, tr("Export the class round"), QStringLiteral("class-round.csv"), tr("CSV (*.csv)"));
    if (base.isEmpty())
        return;
    QString stem = base;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    QString error;
    if (!exportCsv(stem + QStringLiteral(".csv"), &error) ||
        !exportJson(stem + QStringLiteral(".json"), &error))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write the files: %1").arg(error));
}
