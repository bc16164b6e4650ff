#pragma once
// The people of the differencing lab, one square each: green with "1" if
// they have the private attribute, white with "0" if not. The target is
// framed and crossed out (the attacker's second query leaves her out); the
// person whose removal (or flip) changes the answer most has a dashed frame.
// Hover a square for that person's parallel database.

#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

class PeopleStrip : public QWidget
{
    Q_OBJECT
public:
    struct Content
    {
        std::vector<std::uint8_t> values; // rows [start, start + values.size())
        std::uint64_t start = 0;
        std::uint64_t total = 0; // N
        std::uint64_t target = 0;
        std::uint64_t largestChangeRow = 0;
        bool hasLargestChange = false; // false when nobody changes the answer
        QString queryName;             // "sum"
        QString fullValue;             // formatted f(database)
        QString valueIfZero;           // formatted f(neighbour) for a row holding 0
        QString valueIfOne;
        bool replace = false; // neighbours flip a value instead of removing it
    };

    explicit PeopleStrip(QWidget *parent = nullptr);

    void setContent(const Content &content);
    void setPresentation(bool on);
    int count() const { return static_cast<int>(m_c.values.size()); }
    // Which person (index into the strip) is under a point; -1 for none.
    int personAt(const QPoint &pos) const;
    QString describePerson(int index) const;

    QSize sizeHint() const override { return {420, heightForWidth(420)}; }
    QSize minimumSizeHint() const override { return {200, heightForWidth(200)}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Grid
    {
        int columns = 1;
        qreal cell = 10.0;
    };
    void refit();
    Grid gridFor(int width) const;
    Grid grid() const { return gridFor(width()); }
    QRectF cellRect(int index) const;

    Content m_c;
    bool m_presentation = false;
};
