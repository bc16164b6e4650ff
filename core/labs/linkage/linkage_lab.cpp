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

namespace {

constexpr int kZipDigits[3] = {0, 3, 5};

int zipIndex(int digits)
{
    for (int i = 0; i < 3; ++i)
        if (kZipDigits[i] == digits)
            return i;
    return -1;
}

// A parameter bound to a field of params.setting (bind() takes direct members).
Param<LinkageParams> settingParam(ParamSpec spec, ParamKind kind,
                                  std::function<double(const LinkageParams &)> get,
                                  std::function<void(LinkageParams &, double)> set)
{
    spec.kind = kind;
    spec.min = 0;
    spec.max = spec.choices.empty() ? 1 : static_cast<double>(spec.choices.size() - 1);
    Param<LinkageParams> p;
    p.get = std::move(get);
    p.set = std::move(set);
    spec.defaultValue = p.get(LinkageParams{});
    p.spec = std::move(spec);
    return p;
}

} // namespace

std::vector<Param<LinkageParams>> LinkageLab::params()
{
    return {
        bind(&Params::people,
             {.id = "people", .min = double(kMinPeople), .max = double(kMaxPeople), .log = true}),
        settingParam(
            {.id = "zip_digits", .choices = {"0", "3", "5"}}, ParamKind::Choice,
            [](const Params &p) { return double(zipIndex(p.setting.zipDigits)); },
            [](Params &p, double v) {
                const int i = static_cast<int>(v);
                p.setting.zipDigits = i >= 0 && i < 3 ? kZipDigits[i] : -1;
            }),
        settingParam(
            {.id = "birth", .choices = {"date", "year", "decade", "none"}}, ParamKind::Choice,
            [](const Params &p) { return double(static_cast<int>(p.setting.birth)); },
            [](Params &p, double v) {
                p.setting.birth = static_cast<BirthDetail>(static_cast<int>(v));
            }),
        settingParam(
            {.id = "sex"}, ParamKind::Toggle,
            [](const Params &p) { return p.setting.sex ? 1.0 : 0.0; },
            [](Params &p, double v) { p.setting.sex = v != 0.0; }),
        bind(&Params::voterShare, {.id = "voter_share", .min = 0, .max = 1, .unit = "%"}),
        bind(&Params::k, {.id = "k", .min = 1, .max = 100}),
    };
}

std::optional<ParamError> LinkageLab::validate(const LinkageParams &p)
{
    switch (validateLinkage(p)) {
    case LinkageError::None:
        return std::nullopt;
    case LinkageError::People:
        return ParamError::broken("people", "linkage_town", double(p.people));
    case LinkageError::ZipDigits:
        return ParamError::broken("zip_digits", "linkage_town", double(p.setting.zipDigits));
    case LinkageError::VoterShare:
        return ParamError::broken("voter_share", "linkage_town", p.voterShare);
    case LinkageError::K:
        return ParamError::broken("k", "linkage_town", double(p.k));
    }
    return ParamError::broken("", "linkage_town");
}

std::shared_ptr<const LinkageResult>
LinkageLab::simulate(const LinkageParams &p, std::uint64_t seed, const CancelFlag *cancel)
{
    static std::mutex mutex;
    static std::shared_ptr<const Town> cached;
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
