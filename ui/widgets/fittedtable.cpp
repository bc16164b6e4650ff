#include "widgets/fittedtable.h"

#include <QEvent>
#include <QHeaderView>
#include <QObject>
#include <QScrollBar>
#include <QTimer>

namespace {
class RowFitter : public QObject
{
public:
    explicit RowFitter(QTableView *table) : QObject(table), m_table(table)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &RowFitter::fit);
        connect(table->verticalHeader(), &QHeaderView::sectionResized, &m_timer,
                qOverload<>(&QTimer::start));
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, &m_timer,
                qOverload<>(&QTimer::start));
        if (table->model()) {
            connect(table->model(), &QAbstractItemModel::rowsInserted, &m_timer,
                    qOverload<>(&QTimer::start));
            connect(table->model(), &QAbstractItemModel::rowsRemoved, &m_timer,
                    qOverload<>(&QTimer::start));
            connect(table->model(), &QAbstractItemModel::dataChanged, &m_timer,
                    qOverload<>(&QTimer::start));
        }
        table->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange ||
            event->type() == QEvent::Show)
            m_timer.start();
        return false;
    }

    void fit()
    {
        const int header = m_table->horizontalHeader()->isVisible()
                               ? m_table->horizontalHeader()->sizeHint().height()
                               : 0;
        const int rows = m_table->verticalHeader()->length();
        const int frame = 2 * m_table->frameWidth();
        const int scroll = m_table->horizontalScrollBar()->isVisible()
                               ? m_table->horizontalScrollBar()->height()
                               : 0;
        m_table->setFixedHeight(header + rows + frame + scroll);
    }

private:
    QTableView *m_table;
    QTimer m_timer;
};
} // namespace

void fitTableToRows(QTableView *table)
{
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    new RowFitter(table);
}
