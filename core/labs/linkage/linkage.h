#pragma once
// Why anonymization fails: the linkage attack on a "de-identified" table.
//
// The hospital table of a synthetic town (labs/linkage/town.h) is released
// without names but with quasi-identifiers (QI): ZIP code, birth date, sex.
// The voter list publishes names with the same QIs. Joining the two on the
// QIs names a patient whenever exactly one hospital row and exactly one voter
// share that patient's QIs (Sweeney 2002; the Massachusetts governor's record
// was found this way). Sweeney (2000, "Simple demographics often identify
// people uniquely", CMU Data Privacy Working Paper 3) found 87 % of the 1990
// US population unique on 5-digit ZIP, full birth date and sex; Golle (2006,
// "Revisiting the uniqueness of simple demographics in the US population",
// WPES) re-measured 63 % on the 2000 census. The Netflix Prize ratings were
// re-identified the same way through public IMDb reviews (Narayanan &
// Shmatikov 2008, "Robust de-anonymization of large sparse datasets", IEEE S&P).
//
// Published detail (24 settings): ZIP 5 digits | 3 digits | none; birth full
// date | year | decade | none; sex on | off. A group is the set of people who
// look the same at that detail.
//
// Definitions, for one setting:
//  * unique: a person who is the only one in the whole town in their group;
//    unique_share = unique people / N.
//  * re-identified: a patient on the voter list whose group holds exactly one
//    published hospital row (theirs) and exactly one voter (them); share of
//    the hospital table's rows. A unique pair that belongs to two different
//    people is a false match (counted separately: the attacker is wrong).
//  * k-anonymity by suppression (Samarati & Sweeney 1998, "Protecting privacy
//    when disclosing information: k-anonymity and its enforcement through
//    generalization and suppression", SRI-CSL-98-04): hospital rows in groups
//    of fewer than k rows are dropped; every published group then has ≥ k rows.
//  * homogeneous group: a published group of ≥ 2 rows whose rows all share one
//    diagnosis — whoever knows a person is in it learns the diagnosis
//    (the homogeneity attack, Machanavajjhala et al. 2006, "ℓ-diversity").
//  * one-fact group: a published group of ≥ 2 rows with exactly two distinct
//    diagnoses — one piece of background knowledge ("she has never had X")
//    reveals the other.
//
// Cost: O(N) per setting. People are stored ZIP by ZIP, so every group lies
// inside one block (a ZIP, a 3-digit prefix, or the whole town); within a
// block a group is a cell of a dense table indexed by (birth key, sex) with at
// most 2 × 36,617 cells (1.2 MB, cache-resident). Three sequential passes
// over the block: count, evaluate, clear. Never O(N²).

#include "framework/typedlab.h"
#include "labs/linkage/town.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace dp {

enum class BirthDetail : std::uint8_t { Date, Year, Decade, None };

struct QiSetting
{
    int zipDigits = 5; // 0, 3 or 5
    BirthDetail birth = BirthDetail::Date;
    bool sex = true;
    bool operator==(const QiSetting &) const = default;
};

// The 24 settings in chart and CSV order: ZIP 5, 3, 0 (outer), birth date,
// year, decade, none, sex on, off (inner). Index 0 is the most detailed.
inline constexpr int kSettingCount = 24;
QiSetting settingAt(int index);
int settingIndex(const QiSetting &setting);
// True when `coarse` publishes no more detail than `fine` in every field.
bool coarserOrEqual(const QiSetting &coarse, const QiSetting &fine);

struct SettingStats
{
    QiSetting setting;
    std::uint64_t uniquePeople = 0;      // alone in the town in their group
    std::uint64_t reidentified = 0;      // patients named correctly by the join
    std::uint64_t falseMatches = 0;      // voters wrongly linked to a stranger's row
    std::uint64_t rowsSuppressed = 0;    // hospital rows dropped for k-anonymity
    std::uint64_t publishedGroups = 0;   // groups of the published hospital table
    std::uint64_t homogeneousGroups = 0; // published, ≥ 2 rows, one diagnosis
    std::uint64_t homogeneousRows = 0;   // rows in them: diagnosis revealed by membership
    std::uint64_t oneFactGroups = 0;     // published, ≥ 2 rows, exactly two diagnoses
    std::uint64_t oneFactRows = 0;
    double uniqueShare = 0.0;       // uniquePeople / N
    double reidentifiedShare = 0.0; // reidentified / hospital rows (0 without rows)
    double suppressedShare = 0.0;   // rowsSuppressed / hospital rows
};

// Reusable scratch space for analyse() (the dense cell table).
class LinkageWorkspace
{
public:
    struct Cell
    {
        std::uint32_t people = 0, patients = 0, voters = 0;
        std::uint16_t diagnoses = 0; // bit d set: some row has diagnosis d
        std::uint16_t seen = 0;
    };
    std::vector<Cell> cells;
};

// One setting for one town. Precondition: k ≥ 1. Returns nullopt if cancelled.
std::optional<SettingStats> analyseSetting(const Town &town, const QiSetting &setting,
                                           std::uint32_t k, LinkageWorkspace &workspace,
                                           const CancelFlag *cancel = nullptr);

// The released hospital table at a setting: the people whose rows survive
// suppression (groups of ≥ k rows), in table order. O(N).
std::vector<std::uint32_t> publishedRows(const Town &town, const QiSetting &setting,
                                         std::uint32_t k);

// The group key of a person at a setting: equal keys ⇔ same group. 64 bits:
// ZIP digits kept, birth key, sex bit (for tests and the join view).
std::uint64_t groupKey(const Town &town, std::uint32_t person, const QiSetting &setting);

struct LinkageParams
{
    std::uint64_t people = 50000;
    QiSetting setting;
    double voterShare = 0.6;
    std::uint32_t k = 1;
};

// A person as a table row shows them (the page coarsens what it displays).
struct TownRow
{
    std::uint32_t person = 0;
    std::uint32_t zipCode = 0;
    std::uint16_t birthDay = 0;
    bool female = false;
    bool patient = false;
    bool voter = false;
    Diagnosis diagnosis = Diagnosis::Influenza; // meaningful for patients
    std::uint16_t firstName = 0, lastName = 0;
};

// The join for one voter (or the group of one hospital row).
struct JoinView
{
    TownRow row;
    std::uint64_t groupPeople = 0;   // everyone in the town who looks the same
    std::uint64_t groupPatients = 0; // hospital rows in the group (before suppression)
    std::uint64_t groupVoters = 0;   // voters in the group
    bool published = true;           // groupPatients ≥ k
    std::vector<TownRow> matches;    // up to kShownMatches published hospital rows
    bool reidentified = false;       // one row, one voter, the same person
    bool falseMatch = false;         // one row, one voter, different people
    std::array<std::uint32_t, kDiagnosisCount> diagnosisRows{}; // the group's rows per diagnosis
};
inline constexpr std::size_t kShownMatches = 6;
inline constexpr std::size_t kSampleRows = 12;

// A person whose diagnosis leaks despite k-anonymity (found = false: none).
struct LeakExample
{
    bool found = false;
    TownRow row; // a voter who is a patient in that group
    std::uint64_t groupRows = 0;
    std::array<std::uint32_t, kDiagnosisCount> diagnosisRows{}; // rows per diagnosis
};

class LinkageResult final : public LabResult
{
public:
    LinkageParams params;
    std::uint64_t people = 0, patients = 0, voters = 0, adults = 0;
    std::uint32_t zips = 0, prefixes = 0;
    std::uint32_t smallestZip = 0, largestZip = 0;
    SettingStats current;                          // the chosen setting
    std::array<SettingStats, kSettingCount> all{}; // every setting, same k
    std::vector<TownRow> hospitalRows;             // first rows of the hospital table
    std::vector<JoinView> hospitalGroups;          // their groups (published or not)
    std::vector<JoinView> voterRows;               // first rows of the voter list, joined
    int featuredVoter = -1;                        // index into voterRows: a patient, else -1
    LeakExample homogeneity;                       // a voter in a homogeneous group
    LeakExample background;                        // a voter in a one-fact group

    ExportData exportData() const override;
};

enum class LinkageError { None, People, ZipDigits, VoterShare, K };
LinkageError validateLinkage(const LinkageParams &params);

// Pure: same (params, seed) → same result. nullptr only when cancelled.
// Precondition: validateLinkage(params) == None.
std::shared_ptr<const LinkageResult> simulateLinkage(const LinkageParams &params,
                                                     std::uint64_t seed,
                                                     const CancelFlag *cancel = nullptr);
// The same analysis on a town already generated (benchmarks, cache).
std::shared_ptr<const LinkageResult> analyseTown(const Town &town, const LinkageParams &params,
                                                 const CancelFlag *cancel = nullptr);

// The lab definition (framework/typedlab.h); its model is TypedLab<LinkageLab>.
// zip_digits, birth and sex are bound to params.setting (ZIP choice index
// 0, 1, 2 = 0, 3, 5 digits).
struct LinkageLab
{
    using Params = LinkageParams;
    using Result = LinkageResult;
    static constexpr const char *id = "linkage";
    static std::vector<Param<Params>> params();
    // A town the core cannot build: ParamError::broken(id, "linkage_town").
    static std::optional<ParamError> validate(const Params &params);
    // simulateLinkage with the last town kept: the town depends only on
    // (people, voter_share, seed), so moving the detail or k reuses it (a pure
    // cache: the result is the same either way).
    static std::shared_ptr<const Result> simulate(const Params &params, std::uint64_t seed,
                                                  const CancelFlag *cancel);
};

} // namespace dp
