#pragma once
// The linkage page ("Why anonymization fails"): the de-identified hospital
// table and the public voter list side by side, the join for a chosen voter
// (one match: re-identified, diagnosis and all), the share of the town that
// is unique and the share of patients re-identified, a chart of both over
// all 24 published details, and the k-anonymity panel — rows lost, detail
// lost, and why it still fails (homogeneity, background knowledge).
//
// Science: Sweeney 2000 (87 % of the 1990 US population unique on 5-digit
// ZIP, birth date, sex), Golle 2006 (63 % on the 2000 census), Narayanan &
// Shmatikov 2008 (Netflix Prize), Samarati & Sweeney 1998 (k-anonymity),
// Machanavajjhala et al. 2006 (homogeneity and background knowledge).
// Every number comes from dp::LinkageResult; every sentence is tr().

#include "framework/typedlabpage.h"
#include "labs/linkage/linkage.h"

#include <QCoreApplication>

class ChartPanel;
class QBoxLayout;
class QLabel;
class QTableWidget;

class LinkagePage : public TypedLabPage<dp::LinkageLab>
{
    Q_OBJECT
public:
    explicit LinkagePage(QWidget *parent = nullptr);
    static const LabTexts &words();
    QList<ChartPanel *> charts() const override;
    void setPresentation(bool on) override;
    QString summary() const override;

    QString headlineText() const;
    QString joinText() const;
    QString kText() const;
    // Which voter the join shows (row of the voter table); -1: the featured one.
    void selectVoter(int row);
    int selectedVoter() const { return m_voter; }
    QTableWidget *hospitalTable() const { return m_hospital; }
    QTableWidget *voterTable() const { return m_voters; }

    // True when the two tables stand side by side (false: one above the other).
    bool tablesSideBySide() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showResult(const dp::LinkageResult &r, const RunRequest &request) override;

private:
    void fillTables(const dp::LinkageResult &r);
    void drawJoin(const dp::LinkageResult &r);
    void drawShares(const dp::LinkageResult &r);
    void reflowTables();
    static int tableWidth(const QTableWidget *t);

    QLabel *m_headline = nullptr;
    QLabel *m_join = nullptr;
    QLabel *m_kPanel = nullptr;
    QLabel *m_hospitalTitle = nullptr;
    QLabel *m_voterTitle = nullptr;
    QTableWidget *m_hospital = nullptr;
    QTableWidget *m_voters = nullptr;
    QWidget *m_content = nullptr;
    QBoxLayout *m_tables = nullptr;
    ChartPanel *m_shares = nullptr;
    ChartPanel *m_suppressed = nullptr;
    int m_voter = -1;
};

// Words and table cells of the linkage page (linkagetext.cpp), shared with tests.
class LinkageText
{
    Q_DECLARE_TR_FUNCTIONS(LinkageText)
public:
    static QString personName(const dp::TownRow &row);
    static QString diagnosisName(dp::Diagnosis d);
    static QString zipCell(std::uint32_t zipCode, int digits); // "02138", "021**", "*****"
    static QString birthCell(int day,
                             dp::BirthDetail detail); // "17 Mar 1954", "1954", "1950s", "—"
    static QString sexCell(bool female, bool published);
    static QString settingWords(const dp::QiSetting &s); // "ZIP code, birth date and sex"
    static QString headline(const dp::LinkageResult &r);
    static QString join(const dp::LinkageResult &r, int voter);
    static QString kPanel(const dp::LinkageResult &r);
    // log10 of how many different combinations a setting can publish in this town.
    static double combinationsLog10(const dp::LinkageResult &r, const dp::QiSetting &s);
    static QString share(double s); // "31.2 %"; small shares keep a digit ("0.04 %")

private:
    static QString joinParts(const QStringList &parts);
    static QString diagnosisList(const std::array<std::uint32_t, dp::kDiagnosisCount> &rows);
    static QString whoWhere(const dp::TownRow &row);
};
