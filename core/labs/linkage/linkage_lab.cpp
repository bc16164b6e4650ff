// The linkage lab's parameters, validation, export and town cache.
#include "labs/linkage/linkage.h"

#include <cmath>
#include <limits>
#include <mutex>

namespace dp {

ExportData LinkageResult::exportData() const
{
    ExportData d;
    d.csvColumns = {"zip_digits",         "birth",          "sex", "unique_share",
                    "reidentified_share", "rows_suppressed"};
    for (const SettingStats &s : all)
        d.csvRows.push_back({double(s.setting.zipDigits), double(static_cast<int>(s.setting.birth)),
                             s.setting.sex ? 1.0 : 0.0, s.uniqueShare, s.reidentifiedShare,
                             double(s.rowsSuppressed)});
    const SettingStats &c = current;
    d.figures = {{"unique_share", c.uniqueShare},
                 {"reidentified_share", c.reidentifiedShare},
                 {"rows_suppressed", double(c.rowsSuppressed)},
                 {"homogeneous_groups", double(c.homogeneousGroups)},
                 {"unique_people", double(c.uniquePeople)},
                 {"reidentified", double(c.reidentified)},
                 {"false_matches", double(c.falseMatches)},
                 {"suppressed_share", c.suppressedShare},
                 {"published_groups", double(c.publishedGroups)},
                 {"homogeneous_rows", double(c.homogeneousRows)},
                 {"one_fact_groups", double(c.oneFactGroups)},
                 {"one_fact_rows", double(c.oneFactRows)},
                 {"people", double(people)},
                 {"hospital_rows", double(patients)},
                 {"voters", double(voters)},
                 {"zip_codes", double(zips)},
                 {"zip_prefixes", double(prefixes)}};
    return d;
}

const std::vector<ParamSpec> &LinkageLab::params() const
{
    static const std::vector<ParamSpec> specs = [] {
        std::vector<ParamSpec> s;
        s.push_back({"people",
                     ParamKind::Integer,
                     double(kMinPeople),
                     double(kMaxPeople),
                     50000,
                     true,
                     {},
                     "People in the town",
                     "people",
                     "How many people live in the synthetic town.",
                     0});
        s.push_back({"zip_digits",
                     ParamKind::Choice,
                     0,
                     2,
                     2,
                     false,
                     {"0", "3", "5"},
                     "ZIP code published",
                     "",
                     "How many digits of the ZIP code the hospital table keeps.",
                     0});
        s.push_back({"birth",
                     ParamKind::Choice,
                     0,
                     3,
                     0,
                     false,
                     {"date", "year", "decade", "none"},
                     "Birth date published",
                     "",
                     "Full birth date, only the year, only the decade, or nothing.",
                     0});
        s.push_back({"sex",
                     ParamKind::Toggle,
                     0,
                     1,
                     1,
                     false,
                     {},
                     "Sex published",
                     "",
                     "Whether the hospital table keeps each patient's sex.",
                     0});
        s.push_back({"voter_share",
                     ParamKind::Real,
                     0,
                     1,
                     0.6,
                     false,
                     {},
                     "Adults on the voter list",
                     "%",
                     "The share of adults whose name, ZIP code, birth date and sex are on the "
                     "public voter list.",
                     0});
        s.push_back({"k",
                     ParamKind::Integer,
                     1,
                     100,
                     1,
                     false,
                     {},
                     "k-anonymity: k",
                     "rows",
                     "Rows in groups smaller than k are removed before release (1 = none).",
                     0});
        return s;
    }();
    return specs;
}

std::vector<std::string> LinkageLab::csvColumns() const
{
    return {"zip_digits", "birth", "sex", "unique_share", "reidentified_share", "rows_suppressed"};
}

std::vector<std::string> LinkageLab::jsonKeys() const
{
    std::vector<std::string> keys;
    for (const auto &f : LinkageResult{}.exportData().figures)
        keys.push_back(f.first);
    return keys;
}

LinkageParams LinkageLab::fromValues(const ParamValues &v)
{
    static constexpr int kZip[3] = {0, 3, 5};
    LinkageParams p;
    p.people = static_cast<std::uint64_t>(v.get("people"));
    p.setting.zipDigits = kZip[static_cast<int>(v.get("zip_digits"))];
    p.setting.birth = static_cast<BirthDetail>(static_cast<int>(v.get("birth")));
    p.setting.sex = v.get("sex") != 0.0;
    p.voterShare = v.get("voter_share");
    p.k = static_cast<std::uint32_t>(v.get("k"));
    return p;
}

std::optional<ParamError> LinkageLab::validate(const ParamValues &values) const
{
    // Reasons for the likely mistakes first, then the generic range check.
    auto raw = [&](const char *id) {
        return values.has(id) ? values.get(id) : std::numeric_limits<double>::quiet_NaN();
    };
    const double people = raw("people");
    if (people < double(kMinPeople) || people > double(kMaxPeople))
        return ParamError{"people", "'people' is the size of the town: between 100 and 10,000,000"};
    const double share = raw("voter_share");
    if (share < 0.0 || share > 1.0)
        return ParamError{"voter_share", "'voter_share' is a share of the adults: between 0 and 1"};
    if (raw("k") < 1.0)
        return ParamError{
            "k",
            "'k' is the smallest group the table may publish: at least 1 (1 = no suppression)"};
    if (auto err = checkRanges(params(), values))
        return err;
    if (validateLinkage(fromValues(values)) != LinkageError::None)
        return ParamError{"", "these parameters do not describe a town"};
    return std::nullopt;
}

std::shared_ptr<const LabResult> LinkageLab::run(const ParamValues &values, std::uint64_t seed,
                                                 const CancelFlag *cancel) const
{
    // The town depends only on (people, voter_share, seed): moving the detail
    // or k reuses the last one (a pure cache: the result is the same either way).
    static std::mutex mutex;
    static std::shared_ptr<const Town> cached;
    const LinkageParams p = fromValues(values);
    std::shared_ptr<const Town> town;
    {
        std::lock_guard lock(mutex);
        if (cached && cached->seed == seed && cached->people == p.people &&
            cached->voterShare == p.voterShare)
            town = cached;
    }
    if (!town) {
        auto fresh = std::make_shared<Town>();
        if (!generateTown(p.people, p.voterShare, seed, *fresh, cancel))
            return nullptr;
        town = fresh;
        std::lock_guard lock(mutex);
        cached = town;
    }
    return analyseTown(*town, p, cancel);
}

} // namespace dp
