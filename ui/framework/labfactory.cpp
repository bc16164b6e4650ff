#include "framework/labfactory.h"

#include "charts/chartview.h"
#include "framework/format.h"
#include "framework/labpage.h"
#include "labs/budget/budgetpage.h"
#include "labs/differencing/differencingpage.h"
#include "labs/dpsgd/dpsgdpage.h"
#include "labs/income/incomepage.h"
#include "labs/linkage/linkagepage.h"
#include "labs/mechanisms/mechanismspage.h"
#include "labs/survey/surveypage.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Fallback: the figures of the result as a two-column table.
class FiguresPage : public LabPage
{
public:
    explicit FiguresPage(const dp::LabModel &lab, QWidget *parent) : LabPage(lab, noTexts(), parent)
    {
        m_table = new QTableWidget(0, 2);
        m_table->setHorizontalHeaderLabels({LabPage::tr("Figure"), LabPage::tr("Value")});
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setAccessibleName(LabPage::tr("Figures of this experiment"));
        auto *layout = new QVBoxLayout(chartArea());
        layout->addWidget(m_table);
    }
    QList<ChartPanel *> charts() const override { return {}; }

protected:
    static const LabTexts &noTexts()
    {
        static const LabTexts none;
        return none;
    }
    void drawResult(const dp::LabResult &result, const RunRequest &) override
    {
        const dp::ExportData d = result.exportData();
        m_table->setRowCount(static_cast<int>(d.figures.size() + d.notes.size()));
        int row = 0;
        for (const auto &[key, value] : d.figures) {
            m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
            m_table->setItem(row++, 1, new QTableWidgetItem(fmt::compact(value)));
        }
        for (const auto &[key, text] : d.notes) {
            m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
            m_table->setItem(row++, 1, new QTableWidgetItem(QString::fromStdString(text)));
        }
    }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace

// Every lab page, one line each (the window shows them in allLabs() order).
const std::vector<PageEntry> &labPages()
{
    static const std::vector<PageEntry> pages{
        page<LinkagePage>(),    page<DifferencingPage>(), page<SurveyPage>(), page<IncomePage>(),
        page<MechanismsPage>(), page<BudgetPage>(),       page<DpsgdPage>(),
    };
    return pages;
}

LabPage *createLabPage(const dp::LabModel &lab, QWidget *parent)
{
    for (const PageEntry &entry : labPages())
        if (entry.labId == lab.id())
            return entry.create(parent);
    return new FiguresPage(lab, parent);
}

const LabTexts &labTexts(const std::string &labId)
{
    static const LabTexts none;
    for (const PageEntry &entry : labPages())
        if (entry.labId == labId)
            return entry.texts();
    return none;
}
