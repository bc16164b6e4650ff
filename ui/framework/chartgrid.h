#pragma once
// The responsive middle of every lab page: a list of tiles (a ChartPanel
// with its caption below it, or any other widget) that reflows instead of
// squeezing. Tiles sit in two columns while each column is at least as wide
// as the widest tile needs (its minimumSizeHint), otherwise in one; a wide
// tile (Span::Full: a text panel, a table) takes a whole row. Every tile
// keeps its minimum height, so when the screen is too short the page
// scrolls (LabPage puts the chart area in a vertical scroll area).
//
// Presentation (projector) view: the tiles become slides, one or two at a
// time (two when they fit side by side), stepped with showSlide(); the rest
// are hidden, so the shown ones get the whole height at full size.

#include <QList>
#include <QWidget>

class QGridLayout;

class ChartGrid : public QWidget
{
    Q_OBJECT
public:
    enum class Span { One, Full };

    explicit ChartGrid(QWidget *parent = nullptr);

    void addTile(QWidget *tile, Span span = Span::One);
    int columns() const { return m_columns; }

    void setPresentation(bool on);
    bool presentation() const { return m_presentation; }
    int slideCount() const;
    int currentSlide() const { return m_slide; }
    void showSlide(int index);
    // The tiles on one slide (for captions and export).
    QList<QWidget *> slideTiles(int index) const;

signals:
    void slideChanged(int index, int count);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Tile
    {
        QWidget *widget;
        Span span;
    };
    int wantedColumns(int width) const;
    QList<QList<int>> slides() const;
    void relayout();

    QGridLayout *m_grid = nullptr;
    QList<Tile> m_tiles;
    int m_columns = 2;
    bool m_presentation = false;
    int m_slide = 0;
    bool m_relayouting = false;
};
