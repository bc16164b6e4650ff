// Linkage lab: the town, uniqueness, the join and k-anonymity against a
// brute-force O(N²) reference, monotonicity in the published detail,
// determinism, bad parameters.
#include <QTest>

#include "labs/linkage/linkage.h"
#include "random/discrete.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace dp;

namespace {

QByteArray describe(double got, double want, double tol)
{
    return QByteArray("got ") + QByteArray::number(got, 'g', 12) + ", expected " +
           QByteArray::number(want, 'g', 12) + " ± " + QByteArray::number(tol, 'g', 4);
}

QByteArray settingName(const QiSetting &s)
{
    static const char *birth[] = {"date", "year", "decade", "none"};
    return "zip " + QByteArray::number(s.zipDigits) + ", birth " + birth[int(s.birth)] + ", sex " +
           (s.sex ? "on" : "off");
}

// Independent of the code under test: two people look the same when every
// published field agrees, compared field by field from the calendar date.
bool sameGroup(const Town &t, std::uint32_t a, std::uint32_t b, const QiSetting &s)
{
    const std::uint32_t za = t.zipCode[t.zipOf(a)], zb = t.zipCode[t.zipOf(b)];
    if (s.zipDigits == 5 && za != zb)
        return false;
    if (s.zipDigits == 3 && za / 100 != zb / 100)
        return false;
    const CivilDate da = civilFromDay(t.birthDay[a]), db = civilFromDay(t.birthDay[b]);
    switch (s.birth) {
    case BirthDetail::Date:
        if (da.year != db.year || da.month != db.month || da.day != db.day)
            return false;
        break;
    case BirthDetail::Year:
        if (da.year != db.year)
            return false;
        break;
    case BirthDetail::Decade:
        if (da.year / 10 != db.year / 10)
            return false;
        break;
    case BirthDetail::None:
        break;
    }
    return !s.sex || t.female(a) == t.female(b);
}

struct Reference
{
    std::uint64_t unique = 0, reidentified = 0, falseMatches = 0, suppressed = 0;
    std::uint64_t groups = 0, homogeneous = 0, homogeneousRows = 0, oneFact = 0;
};

// O(N²): for each person, who else looks the same.
Reference bruteForce(const Town &t, const QiSetting &s, std::uint32_t k)
{
    const std::uint32_t n = t.people;
    Reference r;
    for (std::uint32_t a = 0; a < n; ++a) {
        std::uint32_t people = 0, patients = 0, voters = 0, first = a;
        std::set<int> diagnoses;
        for (std::uint32_t b = 0; b < n; ++b) {
            if (!sameGroup(t, a, b, s))
                continue;
            first = std::min(first, b);
            ++people;
            voters += t.voter(b);
            if (t.patient(b)) {
                ++patients;
                diagnoses.insert(int(t.diagnosis(b)));
            }
        }
        const bool published = patients >= k;
        r.unique += people == 1;
        if (t.patient(a) && !published)
            ++r.suppressed;
        if (t.voter(a) && published && patients == 1 && voters == 1)
            (t.patient(a) ? r.reidentified : r.falseMatches) += 1;
        if (first == a && patients > 0 && published) { // count each group once
            ++r.groups;
            if (patients >= 2 && diagnoses.size() == 1) {
                ++r.homogeneous;
                r.homogeneousRows += patients;
            } else if (patients >= 2 && diagnoses.size() == 2) {
                ++r.oneFact;
            }
        }
    }
    return r;
}

Town makeTown(std::uint64_t people, double voterShare, std::uint64_t seed,
              double perZip = kPeoplePerZip)
{
    Town t;
    if (!generateTown(people, voterShare, seed, t, nullptr, perZip))
        qFatal("generateTown failed without a cancel flag");
    return t;
}

ParamValues defaults()
{
    return defaultValues(TypedLab<LinkageLab>::instance().params());
}

} // namespace

class TestLinkage : public QObject
{
    Q_OBJECT
private slots:
    void calendar();
    void aliasTable();
    void townShape();
    void sameSeedSameTown();
    void againstBruteForce_data();
    void againstBruteForce();
    void coarserNeverMoreUnique();
    void kAnonymityHolds();
    void joinViewsAgree();
    void examplesLeak();
    void settingsRoundTrip();
    void exportShape();
    void badParameters_data();
    void badParameters();
    void cancelStops();
};

void TestLinkage::calendar()
{
    QCOMPARE(civilFromDay(0).year, 1920);
    const CivilDate census = civilFromDay(kCensusDay);
    QCOMPARE(census.year, 2020);
    QCOMPARE(census.month, 4);
    QCOMPARE(census.day, 1);
    const CivilDate leap = civilFromDay(dayFromCivil(1960, 2, 29));
    QCOMPARE(leap.month, 2);
    QCOMPARE(leap.day, 29);
    for (int day = 0; day < kDayCount; ++day) {
        const CivilDate d = civilFromDay(day);
        QCOMPARE(dayFromCivil(d.year, d.month, d.day), day);
    }
}

// Alias sampler: every outcome within 5 standard errors of its probability.
void TestLinkage::aliasTable()
{
    const std::vector<double> w{5, 1, 0, 3, 0.5, 10};
    AliasTable table(w);
    Rng rng(11);
    constexpr int kDraws = 1'000'000;
    std::vector<int> counts(w.size());
    for (int i = 0; i < kDraws; ++i)
        ++counts[table(rng)];
    const double total = 19.5;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const double p = w[i] / total;
        const double tol = 5.0 * std::sqrt(p * (1 - p) / kDraws) + 1e-12;
        QVERIFY2(std::abs(counts[i] / double(kDraws) - p) <= tol,
                 describe(counts[i] / double(kDraws), p, tol));
    }
    QCOMPARE(counts[2], 0);
}

// Shares of the generated town within 5 standard errors of their design values.
void TestLinkage::townShape()
{
    constexpr std::uint64_t kPeople = 1'000'000;
    const Town t = makeTown(kPeople, 0.6, 7);
    auto check = [](double got, double p, double n, const char *what) {
        const double tol = 5.0 * std::sqrt(p * (1 - p) / n);
        QVERIFY2(std::abs(got - p) <= tol, QByteArray(what) + ": " + describe(got, p, tol));
    };
    double adultShare = 0.0, total = 0.0;
    for (int g = 0; g < kAgeGroups; ++g)
        total += kAgePyramid[g];
    for (int g = 0; g < kAgeGroups; ++g)
        adultShare += kAgePyramid[g] / total * (g < 3 ? 0.0 : g == 3 ? 2.0 / 5.0 : 1.0);
    // Diagnoses of children (born after the adult cut-off) and of people 65+.
    constexpr int kOldCutoff = dayFromCivil(1955, 4, 1);
    std::uint64_t female = 0, children = 0, old = 0;
    std::array<std::uint64_t, kDiagnosisCount> childDiag{}, oldDiag{};
    for (std::uint32_t p = 0; p < t.people; ++p) {
        female += t.female(p);
        if (t.patient(p) && t.birthDay[p] > kAdultCutoffDay) {
            ++childDiag[int(t.diagnosis(p))];
            ++children;
        } else if (t.patient(p) && t.birthDay[p] < kOldCutoff) {
            ++oldDiag[int(t.diagnosis(p))];
            ++old;
        }
        QVERIFY(!t.voter(p) || t.birthDay[p] <= kAdultCutoffDay);
    }
    check(double(female) / kPeople, kFemaleShare, kPeople, "female");
    check(double(t.patients) / kPeople, kHospitalShare, kPeople, "patients");
    check(double(t.adults) / kPeople, adultShare, kPeople, "adults");
    check(double(t.voters) / t.adults, 0.6, t.adults, "voters among adults");
    for (int d = 0; d < kDiagnosisCount; ++d) {
        check(double(childDiag[d]) / children, kDiagnosisShare[int(Profile::Child)][d], children,
              "child diagnosis");
        check(double(oldDiag[d]) / old, kDiagnosisShare[int(Profile::Old)][d], old,
              "old-age diagnosis");
    }
    // ZIPs: one per ~8,000, unequal, prefixes group 5 … 40 ZIPs, codes are 5-digit and sorted.
    QCOMPARE(t.zips(), 125u);
    std::uint32_t smallest = UINT32_MAX, largest = 0;
    for (std::uint32_t z = 0; z < t.zips(); ++z) {
        smallest = std::min(smallest, t.zipStart[z + 1] - t.zipStart[z]);
        largest = std::max(largest, t.zipStart[z + 1] - t.zipStart[z]);
        QVERIFY(t.zipCode[z] >= 10000 && t.zipCode[z] <= 99999);
        if (z > 0)
            QVERIFY(t.zipCode[z] > t.zipCode[z - 1]);
    }
    QVERIFY2(largest > 4 * smallest,
             QByteArray::number(largest) + " vs " + QByteArray::number(smallest));
    for (std::uint32_t p = 0; p + 1 < t.prefixes(); ++p) {
        const std::uint32_t run = t.prefixStart[p + 1] - t.prefixStart[p];
        QVERIFY(run >= 5 && run <= 40);
        for (std::uint32_t z = t.prefixStart[p]; z < t.prefixStart[p + 1]; ++z)
            QCOMPARE(t.zipCode[z] / 100, t.zipCode[t.prefixStart[p]] / 100);
        QVERIFY(t.zipCode[t.prefixStart[p + 1]] / 100 != t.zipCode[t.prefixStart[p]] / 100);
    }
}

void TestLinkage::sameSeedSameTown()
{
    const Town a = makeTown(200000, 0.6, 42), b = makeTown(200000, 0.6, 42);
    QVERIFY(a.birthDay == b.birthDay);
    QVERIFY(a.traits == b.traits);
    QVERIFY(a.zipStart == b.zipStart);
    QVERIFY(a.zipCode == b.zipCode);
    const Town c = makeTown(200000, 0.6, 43);
    QVERIFY(a.birthDay != c.birthDay);
    // The whole result, through the lab model (which caches the town).
    const auto &lab = TypedLab<LinkageLab>::instance();
    const ParamValues v = defaults();
    const ExportData x = lab.run(v, 9, nullptr)->exportData();
    const ExportData y = simulateLinkage(TypedLab<LinkageLab>::toParams(v), 9)->exportData();
    QVERIFY(x.csvRows == y.csvRows);
    QVERIFY(x.figures == y.figures);
}

void TestLinkage::againstBruteForce_data()
{
    QTest::addColumn<quint64>("people");
    QTest::addColumn<double>("perZip");
    QTest::addColumn<double>("voterShare");
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        const quint64 people = seed % 3 == 0 ? 100 : seed % 3 == 1 ? 257 : 600;
        // perZip 8000: one ZIP; 20: many ZIPs and several 3-digit prefixes.
        const double perZip = seed % 2 ? 20.0 : kPeoplePerZip;
        QTest::addRow("seed %llu, %llu people, %g per ZIP", (unsigned long long)seed,
                      (unsigned long long)people, perZip)
            << people << perZip << (seed % 4 == 0 ? 1.0 : 0.6);
    }
}

// Every count of every setting, k = 1 … 4, equals the O(N²) reference.
void TestLinkage::againstBruteForce()
{
    QFETCH(quint64, people);
    QFETCH(double, perZip);
    QFETCH(double, voterShare);
    const std::uint64_t seed = people * 131 + std::uint64_t(perZip);
    const Town t = makeTown(people, voterShare, seed, perZip);
    LinkageWorkspace ws;
    for (int i = 0; i < kSettingCount; ++i) {
        const QiSetting s = settingAt(i);
        for (std::uint32_t k : {1u, 2u, 3u, 4u}) {
            const Reference want = bruteForce(t, s, k);
            const SettingStats got = *analyseSetting(t, s, k, ws);
            const QByteArray where = settingName(s) + ", k " + QByteArray::number(k);
            QVERIFY2(got.uniquePeople == want.unique, where + ": unique " +
                                                          QByteArray::number(got.uniquePeople) +
                                                          " vs " + QByteArray::number(want.unique));
            QVERIFY2(got.reidentified == want.reidentified,
                     where + ": re-identified " + QByteArray::number(got.reidentified) + " vs " +
                         QByteArray::number(want.reidentified));
            QVERIFY2(got.falseMatches == want.falseMatches, where + ": false matches");
            QVERIFY2(got.rowsSuppressed == want.suppressed,
                     where + ": suppressed " + QByteArray::number(got.rowsSuppressed) + " vs " +
                         QByteArray::number(want.suppressed));
            QVERIFY2(got.publishedGroups == want.groups, where + ": groups");
            QVERIFY2(got.homogeneousGroups == want.homogeneous,
                     where + ": homogeneous " + QByteArray::number(got.homogeneousGroups) + " vs " +
                         QByteArray::number(want.homogeneous));
            QVERIFY2(got.homogeneousRows == want.homogeneousRows, where + ": homogeneous rows");
            QVERIFY2(got.oneFactGroups == want.oneFact, where + ": one-fact groups");
            QCOMPARE(got.uniqueShare, double(want.unique) / double(people));
        }
    }
}

// Publishing less detail never makes more people unique, never names more
// patients, never suppresses more rows: every nested pair of settings.
void TestLinkage::coarserNeverMoreUnique()
{
    for (std::uint64_t seed : {3ull, 4ull, 5ull}) {
        const Town t =
            makeTown(seed == 5 ? 300 : 50000, 0.6, seed, seed == 5 ? 20.0 : kPeoplePerZip);
        for (std::uint32_t k : {1u, 3u}) {
            LinkageWorkspace ws;
            std::array<SettingStats, kSettingCount> s;
            for (int i = 0; i < kSettingCount; ++i)
                s[i] = *analyseSetting(t, settingAt(i), k, ws);
            int pairs = 0;
            for (int f = 0; f < kSettingCount; ++f)
                for (int c = 0; c < kSettingCount; ++c) {
                    if (!coarserOrEqual(settingAt(c), settingAt(f)))
                        continue;
                    ++pairs;
                    const QByteArray where =
                        settingName(settingAt(c)) + " vs " + settingName(settingAt(f));
                    QVERIFY2(s[c].uniquePeople <= s[f].uniquePeople, where);
                    QVERIFY2(s[c].reidentified <= s[f].reidentified, where);
                    QVERIFY2(s[c].rowsSuppressed <= s[f].rowsSuppressed, where);
                }
            QCOMPARE(pairs, 3 * 2 * 10 * 3); // (zip pairs 6) × (birth pairs 10) × (sex pairs 3)
        }
        // The extremes: nothing published → nobody unique (the town has > 1 person).
        LinkageWorkspace ws;
        QCOMPARE(analyseSetting(t, settingAt(kSettingCount - 1), 1, ws)->uniquePeople, 0ull);
    }
}

// The released table: every group has ≥ k rows, only rows in smaller groups
// were dropped, and the count matches rows_suppressed.
void TestLinkage::kAnonymityHolds()
{
    const Town t = makeTown(20000, 0.6, 17, 500.0);
    LinkageWorkspace ws;
    for (int i = 0; i < kSettingCount; ++i) {
        const QiSetting s = settingAt(i);
        for (std::uint32_t k : {1u, 2u, 5u, 10u, 50u}) {
            const std::vector<std::uint32_t> rows = publishedRows(t, s, k);
            std::map<std::uint64_t, std::uint32_t> published, all;
            for (std::uint32_t p : rows)
                ++published[groupKey(t, p, s)];
            for (std::uint32_t p = 0; p < t.people; ++p)
                if (t.patient(p))
                    ++all[groupKey(t, p, s)];
            const QByteArray where = settingName(s) + ", k " + QByteArray::number(k);
            for (const auto &[key, size] : published) {
                QVERIFY2(size >= k, where + ": a published group of " + QByteArray::number(size));
                QCOMPARE(size, all[key]); // whole groups are kept or dropped
            }
            std::uint64_t dropped = 0;
            for (const auto &[key, size] : all)
                if (size < k)
                    dropped += size;
            QCOMPARE(std::uint64_t(t.patients - rows.size()), dropped);
            QCOMPARE(analyseSetting(t, s, k, ws)->rowsSuppressed, dropped);
            if (k >= 2)
                QCOMPARE(analyseSetting(t, s, k, ws)->reidentified, 0ull);
        }
    }
}

// The join shown for the first rows agrees with the brute force.
void TestLinkage::joinViewsAgree()
{
    const Town t = makeTown(400, 0.8, 23, 40.0);
    for (int i : {0, 3, 9, 23}) {
        LinkageParams params;
        params.people = t.people;
        params.setting = settingAt(i);
        params.voterShare = 0.8;
        for (std::uint32_t k : {1u, 2u}) {
            params.k = k;
            const auto r = analyseTown(t, params);
            QVERIFY(!r->voterRows.empty());
            for (const JoinView &v : r->voterRows) {
                QVERIFY(v.row.voter);
                std::uint64_t people = 0, patients = 0, voters = 0;
                for (std::uint32_t b = 0; b < t.people; ++b)
                    if (sameGroup(t, v.row.person, b, params.setting)) {
                        ++people;
                        patients += t.patient(b);
                        voters += t.voter(b);
                    }
                QCOMPARE(v.groupPeople, people);
                QCOMPARE(v.groupPatients, patients);
                QCOMPARE(v.groupVoters, voters);
                QCOMPARE(v.published, patients >= k);
                QCOMPARE(v.matches.size(),
                         v.published ? std::min<std::size_t>(patients, kShownMatches) : 0);
                for (const TownRow &m : v.matches)
                    QVERIFY(m.patient && sameGroup(t, v.row.person, m.person, params.setting));
                QCOMPARE(v.reidentified,
                         v.published && patients == 1 && voters == 1 && v.row.patient);
                if (v.row.patient && v.published)
                    QCOMPARE(v.matches.front().person, v.row.person);
            }
            for (const JoinView &h : r->hospitalGroups)
                QVERIFY(h.row.patient);
        }
    }
}

void TestLinkage::examplesLeak()
{
    LinkageParams p;
    p.people = 50000;
    p.setting = {5, BirthDetail::Year, true};
    p.k = 3;
    const auto r = simulateLinkage(p, 1);
    QVERIFY(r->current.homogeneousGroups > 0);
    QVERIFY(r->homogeneity.found);
    int kinds = 0;
    for (auto n : r->homogeneity.diagnosisRows)
        kinds += n > 0;
    QCOMPARE(kinds, 1);
    QVERIFY(r->homogeneity.groupRows >= 3);
    QVERIFY(r->homogeneity.row.voter && r->homogeneity.row.patient);
    QVERIFY(r->background.found);
    kinds = 0;
    for (auto n : r->background.diagnosisRows)
        kinds += n > 0;
    QCOMPARE(kinds, 2);
    QVERIFY(r->background.diagnosisRows[int(r->background.row.diagnosis)] > 0);
    QCOMPARE(r->current.reidentified, 0ull);
}

void TestLinkage::settingsRoundTrip()
{
    std::set<int> seen;
    for (int i = 0; i < kSettingCount; ++i) {
        QCOMPARE(settingIndex(settingAt(i)), i);
        seen.insert(settingAt(i).zipDigits * 100 + int(settingAt(i).birth) * 10 + settingAt(i).sex);
    }
    QCOMPARE(int(seen.size()), kSettingCount);
    QCOMPARE(settingAt(0), (QiSetting{5, BirthDetail::Date, true}));
}

void TestLinkage::exportShape()
{
    const auto &lab = TypedLab<LinkageLab>::instance();
    const auto r = lab.run(defaults(), 1, nullptr);
    const ExportData d = r->exportData();
    QCOMPARE(d.csvColumns, lab.csvColumns());
    QCOMPARE(int(d.csvRows.size()), kSettingCount);
    for (const char *key :
         {"unique_share", "reidentified_share", "rows_suppressed", "homogeneous_groups"})
        QVERIFY2(std::any_of(d.figures.begin(), d.figures.end(),
                             [&](const auto &f) { return f.first == key; }),
                 key);
    // Default town: ZIP + date + sex singles out most people (Sweeney's 87 %,
    // Golle's 63 %); no ZIP, decade, no sex singles out nobody.
    const auto *lr = static_cast<const LinkageResult *>(r.get());
    qInfo("default town: %.1f %% unique, %.1f %% of patients re-identified, %u ZIPs",
          100 * lr->current.uniqueShare, 100 * lr->current.reidentifiedShare, lr->zips);
    QVERIFY(lr->current.uniqueShare > 0.5 && lr->current.uniqueShare < 0.99);
    QVERIFY(lr->current.reidentifiedShare > 0.2);
    QCOMPARE(lr->all[kSettingCount - 1].uniquePeople, 0ull);
}

void TestLinkage::badParameters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("town too small") << "people" << 99.0 << "100";
    QTest::newRow("town too big") << "people" << 2e7 << "out_of_range";
    QTest::newRow("half a person") << "people" << 1000.5 << "not_whole";
    QTest::newRow("share above 1") << "voter_share" << 1.5 << "out_of_range";
    QTest::newRow("negative share") << "voter_share" << -0.1 << "out_of_range";
    QTest::newRow("share nan") << "voter_share" << std::nan("") << "voter_share";
    QTest::newRow("k zero") << "k" << 0.0 << "out_of_range";
    QTest::newRow("k fraction") << "k" << 2.5 << "not_whole";
    QTest::newRow("zip index") << "zip_digits" << 3.0 << "not_a_choice";
    QTest::newRow("sex 2") << "sex" << 2.0 << "not_on_off";
}

void TestLinkage::badParameters()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, reason);
    const auto &lab = TypedLab<LinkageLab>::instance();
    ParamValues v = defaults();
    QVERIFY(!lab.validate(v));
    v.set(key.toStdString(), value);
    const auto err = lab.validate(v);
    QVERIFY2(err, qPrintable(key));
    QCOMPARE(QString::fromStdString(err->param), key);
    // The words are made in ui/ (describe); here the code and the plain fallback.
    QVERIFY2(QString::fromStdString(debugString(*err)).contains(reason), debugString(*err).c_str());
    // Refused text assignments leave the values as they were.
    ParamValues before = defaults(), after = before;
    const std::string text =
        key == QLatin1String("zip_digits") ? "4" : QByteArray::number(value, 'g', 12).toStdString();
    QVERIFY(parseAssignment(lab.params(), key.toStdString() + "=" + text, after));
    QVERIFY(after == before);
}

void TestLinkage::cancelStops()
{
    CancelFlag cancel{true};
    QVERIFY(!simulateLinkage(LinkageParams{}, 1, &cancel));
    Town t;
    QVERIFY(!generateTown(10000, 0.5, 1, t, &cancel));
}

QTEST_APPLESS_MAIN(TestLinkage)
#include "tst_linkage.moc"
