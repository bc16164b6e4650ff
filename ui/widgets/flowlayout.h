#pragma once
// A layout that places its widgets left to right and starts a new row when
// the next one would pass the right edge (after Qt's "Flow Layout" example).
// It reports heightForWidth(), so a parent learns how tall the rows are at
// its width: the presentation control strip wraps to a second row instead of
// scrolling sideways.

#include <QLayout>
#include <QList>

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int spacingOr(int fallback) const;

    QList<QLayoutItem *> m_items;
};
