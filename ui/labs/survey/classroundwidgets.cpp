#include "labs/survey/classroundwidgets.h"

#include "charts/palette.h"

#include <QPainter>

#include <qrencode.h>

#include <algorithm>
#include <cmath>

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

bool QrCodeWidget::setText(const QString &text)
{
    m_dark.clear();
    m_size = 0;
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        update();
        return false;
    }
    m_size = code->width;
    m_dark.resize(static_cast<std::size_t>(m_size) * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_dark[static_cast<std::size_t>(i)] = (code->data[i] & 1) != 0; // bit 0: dark module
    QRcode_free(code);
    setAccessibleDescription(tr("QR code of %1").arg(text));
    update();
    return true;
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_size == 0)
        return;
    QPainter p(this);
    const int quiet = 4;
    const int total = m_size + 2 * quiet;
    const int side = std::min(width(), height());
    const int module = std::max(1, side / total);
    const int drawn = module * total;
    const QPoint origin((width() - drawn) / 2, (height() - drawn) / 2);
    p.fillRect(QRect(origin, QSize(drawn, drawn)), Qt::white);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (m_dark[static_cast<std::size_t>(y) * m_size + x])
                p.fillRect(origin.x() + (x + quiet) * module, origin.y() + (y + quiet) * module,
                           module, module, Qt::black);
}

AnswerGrid::AnswerGrid(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Reported answers"));
}

void AnswerGrid::setAnswers(const std::vector<bool> &answers)
{
    m_answers = answers;
    const auto yes = std::count(m_answers.begin(), m_answers.end(), true);
    setAccessibleDescription(
        tr("Answers: %1, of them “yes”: %2. One square each, filled for “yes”.")
            .arg(m_answers.size())
            .arg(yes));
    update();
}

void AnswerGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int n = static_cast<int>(m_answers.size());
    if (n == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Waiting for the first answer…"));
        return;
    }
    // The largest square size that fits all answers in the widget.
    const double area = double(width()) * height();
    double cell = std::sqrt(area / n);
    int cols = 1, rows = n;
    for (; cell > 2.0; cell *= 0.95) {
        cols = std::max(1, int(width() / cell));
        rows = (n + cols - 1) / cols;
        if (rows * cell <= height())
            break;
    }
    cell = std::min(cell, height() / 4.0);
    const double gap = std::max(1.0, cell * 0.12);
    const QColor yes = palette::noise;
    const QColor noLine = palette().color(QPalette::WindowText);
    for (int i = 0; i < n; ++i) {
        const QRectF r((i % cols) * cell + gap / 2, (i / cols) * cell + gap / 2, cell - gap,
                       cell - gap);
        if (m_answers[static_cast<std::size_t>(i)]) {
            p.setPen(Qt::NoPen);
            p.setBrush(yes);
        } else {
            p.setPen(QPen(noLine, std::max(1.0, cell * 0.06)));
            p.setBrush(Qt::NoBrush);
        }
        p.drawRect(r);
    }
}
