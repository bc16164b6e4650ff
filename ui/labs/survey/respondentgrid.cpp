#include "labs/survey/respondentgrid.h"

#include "charts/palette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

RespondentGrid::RespondentGrid(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Respondents of the first survey"));
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(true);
    m_timer.setInterval(25);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_revealed = std::min(count(), m_revealed + std::max(1, count() / 120));
        if (m_revealed >= count())
            m_timer.stop();
        update();
    });
}

void RespondentGrid::setPeople(const std::vector<dp::Respondent> &people, bool hideTruth)
{
    m_people = people;
    m_hideTruth = hideTruth;
    if (!m_timer.isActive())
        m_revealed = count();
    else
        m_revealed = 0;
    updateDescription();
    update();
}

void RespondentGrid::setPresentation(bool on)
{
    m_presentation = on;
    update();
}

void RespondentGrid::animate()
{
    m_revealed = 0;
    m_timer.start();
    update();
}

void RespondentGrid::step()
{
    m_timer.stop();
    if (m_revealed >= count())
        m_revealed = 0;
    ++m_revealed;
    update();
    emit stepped(m_revealed - 1);
}

int RespondentGrid::columns() const
{
    const int n = count();
    if (n == 0)
        return 1;
    // Cells as square as the widget allows.
    const double aspect = std::max(0.3, double(width()) / std::max(1, height()));
    return std::max(1, static_cast<int>(std::ceil(std::sqrt(n * aspect))));
}

QRectF RespondentGrid::cellRect(int index) const
{
    const int cols = columns();
    const int rows = (count() + cols - 1) / cols;
    const double size = std::min(double(width()) / cols, double(height()) / std::max(1, rows));
    const double x0 = (width() - size * cols) / 2.0;
    const double y0 = (height() - size * rows) / 2.0;
    return {x0 + (index % cols) * size, y0 + (index / cols) * size, size, size};
}

int RespondentGrid::personAt(const QPoint &pos) const
{
    for (int i = 0; i < count(); ++i)
        if (cellRect(i).contains(pos))
            return i;
    return -1;
}

QString RespondentGrid::describePerson(int i) const
{
    if (i < 0 || i >= count())
        return {};
    const auto &p = m_people[static_cast<std::size_t>(i)];
    const QString truth = m_hideTruth ? tr("hidden") : (p.truth ? tr("yes") : tr("no"));
    if (m_hideTruth) // the coins would tell who answered truthfully
        return tr("Person %1. Said: %2.").arg(i + 1).arg(p.answer ? tr("yes") : tr("no"));
    const QString coin = p.firstHeads
                             ? tr("first coin: heads, so they answered truthfully")
                             : tr("first coin: tails, so the second coin decided: %1")
                                   .arg(p.secondYes ? tr("heads (say yes)") : tr("tails (say no)"));
    return tr("Person %1. Really did it: %2. %3. Said: %4.")
        .arg(i + 1)
        .arg(truth, coin, p.answer ? tr("yes") : tr("no"));
}

void RespondentGrid::updateDescription()
{
    int yes = 0, honest = 0;
    for (const auto &p : m_people) {
        yes += p.answer;
        honest += p.firstHeads;
    }
    setAccessibleDescription(tr("%1 respondents: %2 answered truthfully because of the first coin, "
                                "%3 let the second coin answer; %4 said yes.")
                                 .arg(count())
                                 .arg(honest)
                                 .arg(count() - honest)
                                 .arg(yes));
}

bool RespondentGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = personAt(help->pos());
        if (i >= 0 && i < m_revealed)
            QToolTip::showText(help->globalPos(), describePerson(i), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RespondentGrid::paintEvent(QPaintEvent *)
{
    // Plain rectangles and solid pens: hundreds of cells are redrawn on every
    // slider step, and rounded, dashed outlines cost several milliseconds.
    QPainter painter(this);
    const QColor noFill = palette().color(QPalette::AlternateBase); // "no": follows the palette
    for (int i = 0; i < count(); ++i) {
        const QRectF r = cellRect(i).adjusted(1.5, 1.5, -1.5, -1.5);
        const auto &p = m_people[static_cast<std::size_t>(i)];
        if (i >= m_revealed) {
            painter.setPen(QPen(palette::neutral, 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
            continue;
        }
        painter.fillRect(r, p.answer ? palette::noise : noFill);
        if (p.firstHeads && !m_hideTruth) { // hidden truth: coins hidden too
            // Thick blue frame: the first coin said "answer truthfully".
            const double frame = std::max(1.5, r.width() * 0.12);
            painter.setPen(
                QPen(palette::estimate, frame, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(frame / 2, frame / 2, -frame / 2, -frame / 2));
        } else {
            painter.setPen(QPen(palette::neutral, 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
        if (i == m_revealed - 1 && m_revealed < count() && !m_timer.isActive()) {
            painter.setPen(QPen(palette::attacker, 3.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(-1, -1, 1, 1));
        }
        if (!m_hideTruth && p.truth) {
            const double d = r.width() * 0.36;
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette::truth);
            painter.drawEllipse(QRectF(r.center().x() - d / 2, r.center().y() - d / 2, d, d));
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }
}
