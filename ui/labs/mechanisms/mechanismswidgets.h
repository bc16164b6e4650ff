#pragma once
// Two small pictures for the mechanisms page: the icon array (100 replays of
// the release, how often the best attacker is right) and who sees the raw
// data (local: everyone randomizes their own answer; global: one trusted
// curator adds one noise). Both paint plain shapes in Okabe–Ito colours with
// shape differences (filled/hollow, square/circle) so colour is never alone.

#include <QWidget>

#include <vector>

class IconArray : public QWidget
{
    Q_OBJECT
public:
    explicit IconArray(QWidget *parent = nullptr);
    // right[i]: the attacker guessed replay i right.
    void setReplays(const std::vector<std::uint8_t> &right);
    QSize sizeHint() const override { return {220, 130}; }
    QSize minimumSizeHint() const override { return {140, 80}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    std::vector<std::uint8_t> m_right;
};

class RawDataPicture : public QWidget
{
    Q_OBJECT
public:
    explicit RawDataPicture(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {260, 130}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent *) override;
};
