#include "labs/linkage/linkagepage.h"

#include "charts/chartview.h"
#include "charts/palette.h"
#include "framework/chartgrid.h"
#include "framework/fonts.h"
#include "framework/format.h"
#include "widgets/lessonview.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace {

using Kind = SeriesStyle::Kind;

QLabel *textPanel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setAccessibleName(accessibleName);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QTableWidget *table(const QStringList &headers, const QString &accessibleName)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAccessibleName(accessibleName);
    t->setMinimumHeight(140);
    t->setMaximumHeight(240);
    return t;
}

QString plain(QString html)
{
    html.replace(QStringLiteral("<br>"), QStringLiteral(" "));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.simplified();
}

} // namespace

const LabTexts &LinkagePage::words()
{
    static const LabTexts texts{
        .title = QT_TRANSLATE_NOOP("labs", "Why anonymization fails"),
        .params =
            {
                {.id = "people",
                 .label = QT_TRANSLATE_NOOP("params", "People in the town"),
                 .help = QT_TRANSLATE_NOOP("params", "How many people live in the synthetic town."),
                 .unit = QT_TRANSLATE_NOOP("units", "people")},
                {.id = "zip_digits",
                 .label = QT_TRANSLATE_NOOP("params", "ZIP code published"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "How many digits of the ZIP code the hospital table keeps."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "0"), QT_TRANSLATE_NOOP("choices", "3"),
                             QT_TRANSLATE_NOOP("choices", "5")}},
                {.id = "birth",
                 .label = QT_TRANSLATE_NOOP("params", "Birth date published"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "Full birth date, only the year, only the decade, or nothing."),
                 .choices = {QT_TRANSLATE_NOOP("choices", "date"),
                             QT_TRANSLATE_NOOP("choices", "year"),
                             QT_TRANSLATE_NOOP("choices", "decade"),
                             QT_TRANSLATE_NOOP("choices", "none")}},
                {.id = "sex",
                 .label = QT_TRANSLATE_NOOP("params", "Sex published"),
                 .help = QT_TRANSLATE_NOOP("params",
                                           "Whether the hospital table keeps each patient's sex.")},
                {.id = "voter_share",
                 .label = QT_TRANSLATE_NOOP("params", "Adults on the voter list"),
                 .help = QT_TRANSLATE_NOOP(
                     "params", "The share of adults whose name, ZIP code, birth date and sex are "
                               "on the public voter list.")},
                {.id = "k",
                 .label = QT_TRANSLATE_NOOP("params", "k-anonymity: k"),
                 .help = QT_TRANSLATE_NOOP(
                     "params",
                     "Rows in groups smaller than k are removed before release (1 = none)."),
                 .unit = QT_TRANSLATE_NOOP("units", "rows")},
            },
        .rules = {{"linkage_town",
                   QT_TRANSLATE_NOOP("rules", "These parameters do not describe a town (%1).")}},
    };
    return texts;
}

LinkagePage::LinkagePage(QWidget *parent) : TypedLabPage(words(), parent)
{
    m_headline = textPanel(QStringLiteral("headline"),
                           tr("Who is unique and who is re-identified, in words"));
    m_join = textPanel(QStringLiteral("joinPanel"), tr("The join for the chosen voter, in words"));
    m_kPanel = textPanel(QStringLiteral("kPanel"),
                         tr("k-anonymity: what it costs and why it still fails"));
    connect(m_kPanel, &QLabel::linkActivated, this, [this](const QString &link) {
        QString labId;
        LessonView::Assignments assignments;
        if (LessonView::parseLabLink(QUrl(link), &labId, &assignments))
            emit presetRequested(labId, assignments);
    });

    m_hospitalTitle =
        new QLabel(tr("<b>Hospital table</b> (names removed, released to researchers)"));
    m_hospitalTitle->setWordWrap(true);
    m_voterTitle = new QLabel(tr("<b>Voter list</b> (public; choose a person to join)"));
    m_voterTitle->setWordWrap(true);
    m_hospital = table({tr("ZIP"), tr("Born"), tr("Sex"), tr("Diagnosis")},
                       tr("First rows of the hospital table"));
    m_hospital->setSelectionMode(QAbstractItemView::NoSelection);
    m_voters =
        table({tr("Name"), tr("ZIP"), tr("Born"), tr("Sex")}, tr("First rows of the voter list"));
    connect(m_voters, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_voter)
            selectVoter(row);
    });

    m_shares = new ChartPanel(tr("Singled out, for each choice of detail"));
    m_shares->setAxisTitles(tr("Possible combinations (log scale)"), tr("Share (%)"));
    m_shares->setXPowersOfTen(true);
    m_shares->setYLabelFormat(QStringLiteral("%.0f"));
    m_suppressed = new ChartPanel(tr("The price of k-anonymity"));
    m_suppressed->setAxisTitles(tr("Possible combinations (log scale)"), tr("Rows removed (%)"));
    m_suppressed->setXPowersOfTen(true);
    m_suppressed->setYLabelFormat(QStringLiteral("%.0f"));

    // The two tables sit side by side when both fit with every column whole,
    // one above the other otherwise (reflowTables).
    auto box = [](QLabel *title, QTableWidget *t) {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(title);
        l->addWidget(t);
        return w;
    };
    m_tables = new QBoxLayout(QBoxLayout::LeftToRight);
    m_tables->addWidget(box(m_hospitalTitle, m_hospital), 1);
    m_tables->addWidget(box(m_voterTitle, m_voters), 1);

    // The tables and the join are one wide tile (m_content), the k-anonymity
    // words another; the two charts share a row when they fit. The page
    // scrolls instead of squeezing, and in presentation each tile is a slide.
    auto *content = new QWidget;
    m_content = content;
    content->installEventFilter(this);
    auto *tablesLayout = new QVBoxLayout(content);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addLayout(m_tables);
    tablesLayout->addWidget(m_join);

    auto *grid = new ChartGrid;
    grid->addTile(content, ChartGrid::Span::Full);
    grid->addTile(m_kPanel, ChartGrid::Span::Full);
    grid->addTile(m_shares);
    grid->addTile(m_suppressed);
    auto *outer = new QVBoxLayout(chartArea());
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_headline);
    outer->addWidget(grid, 1);
    setPresentation(false);
}

bool LinkagePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::Resize)
        reflowTables();
    return TypedLabPage::eventFilter(watched, event);
}

bool LinkagePage::tablesSideBySide() const
{
    return m_tables->direction() == QBoxLayout::LeftToRight;
}

int LinkagePage::tableWidth(const QTableWidget *t)
{
    int width = 2 * t->frameWidth() + t->verticalScrollBar()->sizeHint().width();
    // Each column as wide as its header or its widest cell (text plus the
    // item's margins, generously), whatever the stretched last column shows now.
    const int margin = 2 * t->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, t) + 12;
    for (int c = 0; c < t->columnCount(); ++c) {
        int column = t->horizontalHeader()->sectionSizeHint(c);
        for (int r = 0; r < t->rowCount(); ++r)
            if (const QTableWidgetItem *item = t->item(r, c))
                column = std::max(
                    column, QFontMetrics(item->font()).horizontalAdvance(item->text()) + margin);
        width += column;
    }
    return width;
}

void LinkagePage::reflowTables()
{
    if (!m_content)
        return;
    const QMargins margins = m_content->layout()->contentsMargins();
    const int room = m_content->width() - margins.left() - margins.right();
    const int need = tableWidth(m_hospital) + tableWidth(m_voters) + m_tables->spacing();
    const auto direction = room >= need ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_tables->direction() != direction)
        m_tables->setDirection(direction);
}

QList<ChartPanel *> LinkagePage::charts() const
{
    return {m_shares, m_suppressed};
}

void LinkagePage::setPresentation(bool on)
{
    LabPage::setPresentation(on);
    // Relative to the application font, which presentation sizes from the screen.
    setRelativeFont(m_headline, on ? 1.0 : 1.15);
    for (QLabel *l : {m_join, m_kPanel})
        setRelativeFont(l, on ? 0.95 : 1.05);
    for (QTableWidget *t : {m_hospital, m_voters}) {
        setRelativeFont(t, on ? 0.95 : 1.0);
        t->setMaximumHeight(on ? 360 : 240);
    }
    reflowTables();
}

QString LinkagePage::headlineText() const
{
    return m_headline->text();
}
QString LinkagePage::joinText() const
{
    return m_join->text();
}
QString LinkagePage::kText() const
{
    return m_kPanel->text();
}

QString LinkagePage::summary() const
{
    return (plain(m_headline->text()) + QLatin1Char(' ') + plain(m_join->text()) +
            QLatin1Char(' ') + plain(m_kPanel->text()) + QLatin1Char(' ') + LabPage::summary())
        .simplified();
}

void LinkagePage::selectVoter(int row)
{
    const auto current = result();
    if (!current)
        return;
    const dp::LinkageResult &r = *current;
    if (row < 0 || row >= static_cast<int>(r.voterRows.size()))
        row = std::max(r.featuredVoter, 0);
    m_voter = row;
    if (m_voters->currentRow() != row && row < m_voters->rowCount()) {
        const QSignalBlocker block(m_voters);
        m_voters->setCurrentCell(row, 0);
    }
    drawJoin(r);
}

void LinkagePage::fillTables(const dp::LinkageResult &r)
{
    const dp::QiSetting &s = r.params.setting;
    auto item = [](const QString &text, bool removed = false) {
        auto *it = new QTableWidgetItem(text);
        if (removed) {
            QFont f = it->font();
            f.setStrikeOut(true);
            it->setFont(f);
            it->setForeground(palette::neutral);
        }
        return it;
    };
    m_hospital->setRowCount(static_cast<int>(r.hospitalGroups.size()));
    for (int i = 0; i < static_cast<int>(r.hospitalGroups.size()); ++i) {
        const dp::JoinView &g = r.hospitalGroups[i];
        const bool removed = !g.published;
        m_hospital->setItem(i, 0, item(LinkageText::zipCell(g.row.zipCode, s.zipDigits), removed));
        m_hospital->setItem(i, 1, item(LinkageText::birthCell(g.row.birthDay, s.birth), removed));
        m_hospital->setItem(i, 2, item(LinkageText::sexCell(g.row.female, s.sex), removed));
        m_hospital->setItem(i, 3,
                            item(removed ? tr("%1 (removed: group of %n)", nullptr,
                                              static_cast<int>(g.groupPatients))
                                               .arg(LinkageText::diagnosisName(g.row.diagnosis))
                                         : LinkageText::diagnosisName(g.row.diagnosis),
                                 removed));
    }
    m_hospitalTitle->setText(
        tr("<b>Hospital table</b>: %1 rows, names removed, %2 published. First rows:")
            .arg(fmt::number(static_cast<double>(r.patients)), LinkageText::settingWords(s)));
    const QSignalBlocker block(m_voters);
    m_voters->setRowCount(static_cast<int>(r.voterRows.size()));
    for (int i = 0; i < static_cast<int>(r.voterRows.size()); ++i) {
        const dp::TownRow &v = r.voterRows[i].row;
        m_voters->setItem(i, 0, item(LinkageText::personName(v)));
        m_voters->setItem(i, 1, item(LinkageText::zipCell(v.zipCode, 5)));
        m_voters->setItem(i, 2, item(LinkageText::birthCell(v.birthDay, dp::BirthDetail::Date)));
        m_voters->setItem(i, 3, item(LinkageText::sexCell(v.female, true)));
    }
    m_voterTitle->setText(tr("<b>Voter list</b>: %1 names, public. Choose a person to join:")
                              .arg(fmt::number(static_cast<double>(r.voters))));
}

void LinkagePage::drawJoin(const dp::LinkageResult &r)
{
    m_join->setText(LinkageText::join(r, m_voter));
}

void LinkagePage::drawShares(const dp::LinkageResult &r)
{
    // Points sorted by how many combinations a setting can publish, joined
    // by lines so the trend reads at a glance; today's setting is marked.
    std::array<int, dp::kSettingCount> order;
    std::iota(order.begin(), order.end(), 0);
    std::array<double, dp::kSettingCount> x;
    for (int i = 0; i < dp::kSettingCount; ++i)
        x[i] = LinkageText::combinationsLog10(r, dp::settingAt(i));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return x[a] < x[b]; });
    QList<QPointF> unique, reid, removed;
    for (int i : order) {
        unique.append({x[i], 100.0 * r.all[i].uniqueShare});
        reid.append({x[i], 100.0 * r.all[i].reidentifiedShare});
        removed.append({x[i], 100.0 * r.all[i].suppressedShare});
    }
    const double xMax = std::ceil(x[order.back()] + 0.2);
    const double today = LinkageText::combinationsLog10(r, r.params.setting);
    const int cur = dp::settingIndex(r.params.setting);

    m_shares->setRange(0.0, xMax, 0.0, 100.0);
    m_shares->setSeries(QStringLiteral("unique"), tr("Unique in town"), unique,
                        makeStyle(Kind::Line, palette::estimate, 2.5));
    m_shares->setSeries(QStringLiteral("uniqueDots"), QString(), unique,
                        makeStyle(Kind::Markers, palette::estimate, 2.0, false));
    m_shares->setSeries(QStringLiteral("reid"), tr("Re-identified patients"), reid,
                        makeStyle(Kind::Dashed, palette::attacker, 2.5));
    m_shares->setSeries(QStringLiteral("reidDots"), QString(), reid,
                        makeStyle(Kind::Markers, palette::attacker, 1.5, false));
    m_shares->setSeries(QStringLiteral("todayDots"), tr("Today's table"),
                        {QPointF(today, 100.0 * r.all[cur].uniqueShare),
                         QPointF(today, 100.0 * r.all[cur].reidentifiedShare)},
                        makeStyle(Kind::Markers, palette::theory, 3.5));
    m_shares->setVerticalMarker(QStringLiteral("today"), QString(), today,
                                makeStyle(Kind::Dotted, palette::theory, 1.5, false));
    const dp::SettingStats &best = r.all[0];
    m_shares->setSummary(tr("Each dot is one choice of published detail (24 in all). With %1, %2 "
                            "of the town is unique "
                            "(blue) and %3 of the patients are re-identified (red, dashed); "
                            "today's table (%4, black) "
                            "singles out %5.")
                             .arg(LinkageText::settingWords(best.setting),
                                  LinkageText::share(best.uniqueShare),
                                  LinkageText::share(best.reidentifiedShare),
                                  LinkageText::settingWords(r.params.setting),
                                  LinkageText::share(r.current.uniqueShare)));

    double yMax = 5.0;
    for (const QPointF &p : removed)
        yMax = std::max(yMax, p.y());
    yMax = std::min(100.0, std::ceil(yMax * 1.1 / 5.0) * 5.0);
    m_suppressed->setRange(0.0, xMax, 0.0, yMax);
    m_suppressed->setSeries(QStringLiteral("removed"), tr("Rows removed (k = %1)").arg(r.params.k),
                            removed, makeStyle(Kind::Line, palette::noise, 2.5));
    m_suppressed->setSeries(QStringLiteral("removedDots"), QString(), removed,
                            makeStyle(Kind::Markers, palette::noise, 2.0, false));
    m_suppressed->setSeries(QStringLiteral("todayDots"), tr("Today's table"),
                            {QPointF(today, 100.0 * r.current.suppressedShare)},
                            makeStyle(Kind::Markers, palette::theory, 3.5));
    m_suppressed->setVerticalMarker(QStringLiteral("today"), QString(), today,
                                    makeStyle(Kind::Dotted, palette::theory, 1.5, false));
    if (r.params.k <= 1)
        m_suppressed->setSummary(
            tr("With k = 1 no row is removed. Raise k: the more detail is published, the more "
               "rows must go."));
    else
        m_suppressed->setSummary(
            tr("With k = %1, publishing %2 costs %3 of the rows; publishing %4 costs %5.")
                .arg(QString::number(r.params.k), LinkageText::settingWords(best.setting),
                     LinkageText::share(best.suppressedShare),
                     LinkageText::settingWords(r.params.setting),
                     LinkageText::share(r.current.suppressedShare)));
}

void LinkagePage::showResult(const dp::LinkageResult &r, const RunRequest &)
{
    m_headline->setText(LinkageText::headline(r));
    m_kPanel->setText(LinkageText::kPanel(r));
    fillTables(r);
    reflowTables();
    selectVoter(m_voter); // the same row of a new result, or the featured voter at first

    drawInSteps({[this, &r] { drawShares(r); }});
}
