#pragma once
// Two drawing widgets of the class round's projector view.
//  * QrCodeWidget: the student address as a QR code (libqrencode, error
//    correction M), drawn dark-on-white with the quiet zone of 4 modules the
//    standard asks for, as large as the widget allows — a phone must read it
//    from the back of a room, so it ignores dark palettes on purpose.
//  * AnswerGrid: one square per reported answer in arrival order (filled
//    orange: "yes", outlined: "no"); nothing else about a student exists.

#include <QWidget>

#include <vector>

class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    // False when the text cannot be encoded (then nothing is drawn).
    bool setText(const QString &text);
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }
    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<bool> m_dark;
    int m_size = 0;
};

class AnswerGrid : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerGrid(QWidget *parent = nullptr);
    void setAnswers(const std::vector<bool> &answers);
    QSize sizeHint() const override { return {480, 240}; }
    QSize minimumSizeHint() const override { return {160, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<bool> m_answers;
};
