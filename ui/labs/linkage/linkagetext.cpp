// Words and table cells of the linkage page. Every sentence is tr(); numbers
// go through fmt:: (QLocale). Names are names, not sentences: not translated.
#include "labs/linkage/linkagepage.h"

#include "framework/format.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

#include <array>
#include <cmath>

namespace {

constexpr std::array<const char *, dp::kFirstNames> kFemale{
    "Anna",   "Maria", "Emma",  "Sofia", "Olivia", "Mia",   "Laura", "Hannah",
    "Julia",  "Lea",   "Sarah", "Grace", "Aisha",  "Chloe", "Eva",   "Fatima",
    "Ingrid", "Lucia", "Mei",   "Nora",  "Paula",  "Rosa",  "Selin", "Tamara",
    "Amelia", "Clara", "Elif",  "Helen", "Ida",    "Jana",  "Lina",  "Zoe"};
constexpr std::array<const char *, dp::kFirstNames> kMale{
    "James", "Lukas", "Noah",   "Elias", "Ben",   "Paul",   "David",   "Omar",
    "Leon",  "Felix", "Samuel", "Jonas", "Ali",   "Carlos", "Daniel",  "Emil",
    "Finn",  "Hugo",  "Ivan",   "Jakob", "Karim", "Liam",   "Mateo",   "Nikolai",
    "Oscar", "Peter", "Rafael", "Simon", "Tom",   "Victor", "William", "Yusuf"};
constexpr std::array<const char *, dp::kLastNames> kLast{
    "Smith",    "Müller",   "Garcia", "Schmidt", "Johnson", "Novak",      "Rossi",   "Kowalski",
    "Brown",    "Weber",    "Martin", "Fischer", "Nguyen",  "Yilmaz",     "Wagner",  "Becker",
    "Silva",    "Hoffmann", "Kim",    "Schulz",  "Jones",   "Koch",       "Richter", "Dubois",
    "Klein",    "Wolf",     "Lopez",  "Neumann", "Schwarz", "Zimmermann", "Taylor",  "Braun",
    "Hartmann", "Lange",    "Werner", "Krause",  "Lehmann", "Walker",     "Köhler",  "Meier",
    "Wilson",   "Horvat",   "Jansen", "Peters",  "Chen",    "Moreau",     "Berg",    "Costa"};

QString count(std::uint64_t n)
{
    return fmt::number(static_cast<double>(n));
}

} // namespace

QString LinkageText::joinParts(const QStringList &parts)
{
    if (parts.isEmpty())
        return tr("nothing at all");
    if (parts.size() == 1)
        return parts[0];
    if (parts.size() == 2)
        return tr("%1 and %2").arg(parts[0], parts[1]);
    return tr("%1, %2 and %3").arg(parts[0], parts[1], parts[2]);
}

QString LinkageText::share(double s)
{
    // A no-break space keeps "40.0 %" on one line.
    QString text = s > 0.0 && s < 0.001 ? fmt::percent(s, 2) : fmt::percent(s, 1);
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

QString LinkageText::diagnosisList(const std::array<std::uint32_t, dp::kDiagnosisCount> &rows)
{
    QStringList parts;
    for (int d = 0; d < dp::kDiagnosisCount; ++d)
        if (rows[d] > 0)
            parts << tr("%1 × %2").arg(count(rows[d]),
                                       diagnosisName(static_cast<dp::Diagnosis>(d)));
    return parts.join(QStringLiteral(", "));
}

QString LinkageText::whoWhere(const dp::TownRow &row)
{
    return tr("%1 (ZIP %2, born %3)")
        .arg(personName(row), zipCell(row.zipCode, 5),
             birthCell(row.birthDay, dp::BirthDetail::Date));
}

QString LinkageText::personName(const dp::TownRow &row)
{
    const char *first = row.female ? kFemale[row.firstName % dp::kFirstNames]
                                   : kMale[row.firstName % dp::kFirstNames];
    return QString::fromUtf8(first) + QLatin1Char(' ') +
           QString::fromUtf8(kLast[row.lastName % dp::kLastNames]);
}

QString LinkageText::diagnosisName(dp::Diagnosis d)
{
    switch (d) {
    case dp::Diagnosis::Childbirth:
        return tr("childbirth");
    case dp::Diagnosis::BrokenBone:
        return tr("broken bone");
    case dp::Diagnosis::Influenza:
        return tr("influenza");
    case dp::Diagnosis::HeartDisease:
        return tr("heart disease");
    case dp::Diagnosis::Cancer:
        return tr("cancer");
    case dp::Diagnosis::Diabetes:
        return tr("diabetes");
    case dp::Diagnosis::Depression:
        return tr("depression");
    case dp::Diagnosis::Hiv:
        return tr("HIV");
    }
    return {};
}

QString LinkageText::zipCell(std::uint32_t zipCode, int digits)
{
    const QString full = QStringLiteral("%1").arg(zipCode, 5, 10, QLatin1Char('0'));
    return full.left(digits) + QString(5 - digits, QLatin1Char('*'));
}

QString LinkageText::birthCell(int day, dp::BirthDetail detail)
{
    const dp::CivilDate c = dp::civilFromDay(day);
    switch (detail) {
    case dp::BirthDetail::Date:
        return QLocale().toString(QDate(c.year, c.month, c.day), QStringLiteral("d MMM yyyy"));
    case dp::BirthDetail::Year:
        return QString::number(c.year);
    case dp::BirthDetail::Decade:
        return tr("%1s", "a decade, e.g. 1950s").arg(c.year / 10 * 10);
    case dp::BirthDetail::None:
        break;
    }
    return QStringLiteral("—");
}

QString LinkageText::sexCell(bool female, bool published)
{
    if (!published)
        return QStringLiteral("—");
    return female ? tr("female") : tr("male");
}

QString LinkageText::settingWords(const dp::QiSetting &s)
{
    QStringList parts;
    if (s.zipDigits == 5)
        parts << tr("ZIP code");
    else if (s.zipDigits == 3)
        parts << tr("first 3 ZIP digits");
    if (s.birth == dp::BirthDetail::Date)
        parts << tr("birth date");
    else if (s.birth == dp::BirthDetail::Year)
        parts << tr("birth year");
    else if (s.birth == dp::BirthDetail::Decade)
        parts << tr("birth decade");
    if (s.sex)
        parts << tr("sex");
    return joinParts(parts);
}

double LinkageText::combinationsLog10(const dp::LinkageResult &r, const dp::QiSetting &s)
{
    const double zips = s.zipDigits == 5 ? r.zips : s.zipDigits == 3 ? r.prefixes : 1.0;
    static constexpr double kBirth[4] = {36525.0, 100.0, 10.0,
                                         1.0}; // 100 years of dates, years, decades
    return std::log10(zips * kBirth[static_cast<int>(s.birth)] * (s.sex ? 2.0 : 1.0));
}

QString LinkageText::headline(const dp::LinkageResult &r)
{
    const dp::SettingStats &c = r.current;
    QString text;
    if (c.setting.zipDigits == 0 && c.setting.birth == dp::BirthDetail::None && !c.setting.sex)
        text = tr(
            "The hospital table publishes nothing that tells people apart: nobody is singled out.");
    else
        text = tr("<b>%1 of %2 people (%3)</b> are the only person in town with their %4.")
                   .arg(count(c.uniquePeople), count(r.people), share(c.uniqueShare),
                        settingWords(c.setting));
    text += QLatin1Char(' ');
    if (r.params.k >= 2)
        text += tr("With k = %1 no published row is alone in its group, so the join names nobody "
                   "directly.")
                    .arg(r.params.k);
    else
        text += tr("Joining the %1 names on the voter list with the %2 rows of the hospital table "
                   "names "
                   "<b>%3 patients (%4 of the table)</b>, diagnosis and all.")
                    .arg(count(r.voters), count(r.patients), count(c.reidentified),
                         share(c.reidentifiedShare));
    if (c.falseMatches > 0)
        text += QLatin1Char(' ') +
                (c.falseMatches == 1
                     ? tr("It also pins one row on the wrong voter: someone not on the list had "
                          "those details.")
                     : tr("It also pins %1 rows on the wrong voter: someone not on the list had "
                          "those details.")
                           .arg(count(c.falseMatches)));
    return text;
}

QString LinkageText::join(const dp::LinkageResult &r, int voter)
{
    if (voter < 0 || voter >= static_cast<int>(r.voterRows.size()))
        return tr("The voter list is empty: with no names there is nothing to join.");
    const dp::JoinView &v = r.voterRows[voter];
    const QString name = personName(v.row);
    const dp::QiSetting &s = r.params.setting;
    QString text =
        tr("<b>The join for %1</b> (voter list: ZIP %2, born %3, %4). The hospital table shows "
           "only %5: ZIP %6, born %7, sex %8.")
            .arg(name, zipCell(v.row.zipCode, 5), birthCell(v.row.birthDay, dp::BirthDetail::Date),
                 sexCell(v.row.female, true), settingWords(s), zipCell(v.row.zipCode, s.zipDigits),
                 birthCell(v.row.birthDay, s.birth), sexCell(v.row.female, s.sex));
    text += QLatin1Char(' ');
    if (v.groupPatients == 0)
        text += tr("No hospital row matches: %1 was not in hospital, and nobody who looks the same "
                   "was.")
                    .arg(name);
    else if (!v.published)
        text += (v.groupPatients == 1
                     ? tr("The matching row was removed before release (groups smaller than k = "
                          "%1 are suppressed).")
                           .arg(r.params.k)
                     : tr("The %1 matching rows were removed before release (groups smaller than "
                          "k = %2 are suppressed).")
                           .arg(count(v.groupPatients))
                           .arg(r.params.k));
    else if (v.reidentified)
        text += tr("<b>One row matches, and %1 is the only voter who fits it: re-identified.</b> "
                   "The attacker now "
                   "knows that %1 was treated for <b>%2</b>.")
                    .arg(name, diagnosisName(v.matches.front().diagnosis));
    else if (v.falseMatch)
        text += tr("One row matches and %1 is the only voter who fits it, but the row belongs to "
                   "someone who is not "
                   "on the voter list: the attacker would wrongly conclude that %1 had %2.")
                    .arg(name, diagnosisName(v.matches.front().diagnosis));
    else if (v.groupPatients == 1)
        text +=
            tr("One row matches, but %n voters fit it: the attacker cannot tell whose row it is.",
               nullptr, static_cast<int>(v.groupVoters));
    else {
        text += tr("%n rows match: %1.", nullptr,
                   static_cast<int>(std::min<std::uint64_t>(v.groupPatients, 1000000000)))
                    .arg(diagnosisList(v.diagnosisRows));
        int kinds = 0;
        for (auto n : v.diagnosisRows)
            kinds += n > 0;
        if (kinds == 1)
            text += QLatin1Char(' ') +
                    tr("They all say the same: whoever knows that %1 was in hospital learns "
                       "the diagnosis anyway.")
                        .arg(name);
    }
    text +=
        QLatin1Char(' ') +
        (v.row.patient
             ? tr("(Truth: %1 was in hospital with %2.)").arg(name, diagnosisName(v.row.diagnosis))
             : tr("(Truth: %1 was not in hospital.)").arg(name));
    return text;
}

QString LinkageText::kPanel(const dp::LinkageResult &r)
{
    const dp::SettingStats &c = r.current;
    const std::uint32_t k = r.params.k;
    QString text;
    if (k <= 1)
        text = tr("<b>k-anonymity is off (k = 1):</b> every row is published. Raise k to remove "
                  "the rows of "
                  "every group with fewer than k rows.");
    else
        text = tr("<b>k = %1:</b> %2 of %3 hospital rows (%4) were removed because fewer than %1 "
                  "rows looked "
                  "the same. Every published group now has at least %1 rows.")
                   .arg(QString::number(k), count(c.rowsSuppressed), count(r.patients),
                        share(c.suppressedShare));
    text += QLatin1Char(' ') +
            tr("Publishing less detail (coarser ZIP or birth) keeps more rows but tells "
               "researchers less: the chart “The price of k-anonymity” shows what each choice "
               "costs.");
    text += QStringLiteral("<br><br>");
    text +=
        tr("<b>Why it still fails.</b> %1 of %2 published groups (%3 patients) share a single "
           "diagnosis: "
           "whoever knows that a neighbour was in hospital, and her published details, learns it "
           "(the homogeneity attack).")
            .arg(count(c.homogeneousGroups), count(c.publishedGroups), count(c.homogeneousRows));
    if (r.homogeneity.found)
        text +=
            QLatin1Char(' ') + tr("Example: %1 is in a group of %2 rows that all say %3.")
                                   .arg(whoWhere(r.homogeneity.row), count(r.homogeneity.groupRows),
                                        diagnosisName(r.homogeneity.row.diagnosis));
    if (r.background.found) {
        const dp::LeakExample &b = r.background;
        dp::Diagnosis other = b.row.diagnosis;
        for (int d = 0; d < dp::kDiagnosisCount; ++d)
            if (b.diagnosisRows[d] > 0 && d != static_cast<int>(b.row.diagnosis))
                other = static_cast<dp::Diagnosis>(d);
        text += QLatin1Char(' ') + tr("Background knowledge: %1 groups hold just two "
                                      "diagnoses. %2 is in one with %3; an attacker who "
                                      "knows that %4 was not there for %5 learns: %6.")
                                       .arg(count(c.oneFactGroups), whoWhere(b.row),
                                            diagnosisList(b.diagnosisRows), personName(b.row),
                                            diagnosisName(other), diagnosisName(b.row.diagnosis));
    }
    text += QStringLiteral("<br><br>");
    text += tr("Every defence here depends on what the attacker already knows. Differential "
               "privacy adds noise "
               "instead, with a promise that holds whatever the attacker knows: <a "
               "href=\"lab:differencing\">next, "
               "the differencing attack</a>.");
    return text;
}
