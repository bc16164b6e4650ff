// The linkage analysis: groups, uniqueness, the join and k-anonymity in O(N).
#include "labs/linkage/linkage.h"

#include "random/rng.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace dp {

QiSetting settingAt(int index)
{
    static constexpr int kZip[3] = {5, 3, 0};
    QiSetting s;
    s.zipDigits = kZip[index / 8];
    s.birth = static_cast<BirthDetail>((index / 2) % 4);
    s.sex = index % 2 == 0;
    return s;
}

int settingIndex(const QiSetting &s)
{
    const int zip = s.zipDigits == 5 ? 0 : s.zipDigits == 3 ? 1 : 2;
    return zip * 8 + static_cast<int>(s.birth) * 2 + (s.sex ? 0 : 1);
}

bool coarserOrEqual(const QiSetting &coarse, const QiSetting &fine)
{
    return coarse.zipDigits <= fine.zipDigits && coarse.birth >= fine.birth &&
           (!coarse.sex || fine.sex);
}

namespace {

// Birth key per day at each detail: the day itself, year, decade, nothing.
struct BirthKeys
{
    std::array<std::vector<std::uint16_t>, 4> key;
    std::array<std::uint32_t, 4> count{};
};

const BirthKeys &birthKeys()
{
    static const BirthKeys table = [] {
        BirthKeys t;
        for (auto &k : t.key)
            k.resize(kDayCount);
        for (int day = 0; day < kDayCount; ++day) {
            const int year = civilFromDay(day).year;
            t.key[0][day] = static_cast<std::uint16_t>(day);
            t.key[1][day] = static_cast<std::uint16_t>(year - kEpochYear);
            t.key[2][day] = static_cast<std::uint16_t>(year / 10 - kEpochYear / 10);
            t.key[3][day] = 0;
        }
        t.count = {kDayCount, kYearCount, kDecadeCount, 1};
        return t;
    }();
    return table;
}

struct Block
{
    std::uint32_t begin, end;
};

std::vector<Block> blocksFor(const Town &town, int zipDigits)
{
    std::vector<Block> blocks;
    if (zipDigits == 5) {
        for (std::uint32_t z = 0; z < town.zips(); ++z)
            blocks.push_back({town.zipStart[z], town.zipStart[z + 1]});
    } else if (zipDigits == 3) {
        for (std::uint32_t p = 0; p < town.prefixes(); ++p)
            blocks.push_back(
                {town.zipStart[town.prefixStart[p]], town.zipStart[town.prefixStart[p + 1]]});
    } else {
        blocks.push_back({0, town.people});
    }
    return blocks;
}

Block blockOf(const Town &town, std::uint32_t person, int zipDigits)
{
    if (zipDigits == 0)
        return {0, town.people};
    const std::uint32_t z = town.zipOf(person);
    if (zipDigits == 5)
        return {town.zipStart[z], town.zipStart[z + 1]};
    const auto it = std::upper_bound(town.prefixStart.begin(), town.prefixStart.end(), z);
    const auto p = static_cast<std::uint32_t>(it - town.prefixStart.begin() - 1);
    return {town.zipStart[town.prefixStart[p]], town.zipStart[town.prefixStart[p + 1]]};
}

// Cell of a person inside their block.
struct CellMap
{
    const std::uint16_t *key;
    const std::uint16_t *birthDay;
    const std::uint8_t *traits;
    bool sex;
    std::uint32_t operator()(std::uint32_t p) const
    {
        const std::uint32_t k = key[birthDay[p]];
        return sex ? 2 * k + (traits[p] & trait::kFemale) : k;
    }
};

CellMap cellMap(const Town &town, const QiSetting &s)
{
    return {birthKeys().key[static_cast<int>(s.birth)].data(), town.birthDay.data(),
            town.traits.data(), s.sex};
}

bool cancelled(const CancelFlag *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

struct ExamplePicks
{
    std::uint32_t homogeneous = UINT32_MAX; // a voter-patient in a homogeneous group
    std::uint32_t background = UINT32_MAX;  // a voter-patient in a one-fact group
};

std::optional<SettingStats> analyse(const Town &town, const QiSetting &setting, std::uint32_t k,
                                    LinkageWorkspace &ws, const CancelFlag *cancel,
                                    ExamplePicks *picks)
{
    using Cell = LinkageWorkspace::Cell;
    const CellMap cellOf = cellMap(town, setting);
    const std::size_t cellCount = 2 * std::size_t(kDayCount);
    if (ws.cells.size() < cellCount)
        ws.cells.assign(cellCount, Cell{});
    Cell *cells = ws.cells.data();
    const std::uint8_t *traits = town.traits.data();

    SettingStats s;
    s.setting = setting;
    for (const Block &b : blocksFor(town, setting.zipDigits)) {
        if (cancelled(cancel))
            return std::nullopt;
        for (std::uint32_t p = b.begin; p < b.end; ++p) {
            Cell &c = cells[cellOf(p)];
            const std::uint8_t t = traits[p];
            ++c.people;
            if (t & trait::kPatient) {
                ++c.patients;
                c.diagnoses |= std::uint16_t(1u << ((t >> trait::kDiagnosisShift) & 7));
            }
            c.voters += (t >> 2) & 1;
        }
        for (std::uint32_t p = b.begin; p < b.end; ++p) {
            Cell &c = cells[cellOf(p)];
            const std::uint8_t t = traits[p];
            const bool published = c.patients >= k;
            s.uniquePeople += c.people == 1;
            if ((t & trait::kPatient) && !published)
                ++s.rowsSuppressed;
            if ((t & trait::kVoter) && published && c.patients == 1 && c.voters == 1) {
                if (t & trait::kPatient)
                    ++s.reidentified;
                else
                    ++s.falseMatches;
            }
            const int distinct = std::popcount(c.diagnoses);
            if (!c.seen) {
                c.seen = 1;
                if (c.patients > 0 && published) {
                    ++s.publishedGroups;
                    if (c.patients >= 2 && distinct == 1) {
                        ++s.homogeneousGroups;
                        s.homogeneousRows += c.patients;
                    } else if (c.patients >= 2 && distinct == 2) {
                        ++s.oneFactGroups;
                        s.oneFactRows += c.patients;
                    }
                }
            }
            if (picks && published && c.patients >= 2 &&
                (t & (trait::kPatient | trait::kVoter)) == (trait::kPatient | trait::kVoter)) {
                if (distinct == 1 && picks->homogeneous == UINT32_MAX)
                    picks->homogeneous = p;
                else if (distinct == 2 && picks->background == UINT32_MAX)
                    picks->background = p;
            }
        }
        for (std::uint32_t p = b.begin; p < b.end; ++p)
            cells[cellOf(p)] = Cell{};
    }
    const double patients = town.patients;
    s.uniqueShare = town.people ? double(s.uniquePeople) / double(town.people) : 0.0;
    s.reidentifiedShare = patients > 0 ? double(s.reidentified) / patients : 0.0;
    s.suppressedShare = patients > 0 ? double(s.rowsSuppressed) / patients : 0.0;
    return s;
}

TownRow rowOf(const Town &town, std::uint32_t p)
{
    TownRow r;
    r.person = p;
    r.zipCode = town.zipCode[town.zipOf(p)];
    r.birthDay = town.birthDay[p];
    r.female = town.female(p);
    r.patient = town.patient(p);
    r.voter = town.voter(p);
    r.diagnosis = town.diagnosis(p);
    r.firstName = town.firstName(p);
    r.lastName = town.lastName(p);
    return r;
}

// The groups of a few people at one setting, each block scanned once.
std::vector<JoinView> probe(const Town &town, const QiSetting &setting, std::uint32_t k,
                            const std::vector<std::uint32_t> &people)
{
    const CellMap cellOf = cellMap(town, setting);
    std::vector<JoinView> views(people.size());
    std::vector<Block> blocks(people.size());
    std::vector<std::uint32_t> cellOfProbe(people.size());
    for (std::size_t i = 0; i < people.size(); ++i) {
        views[i].row = rowOf(town, people[i]);
        blocks[i] = blockOf(town, people[i], setting.zipDigits);
        cellOfProbe[i] = cellOf(people[i]);
    }
    std::vector<std::size_t> order(people.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return blocks[a].begin < blocks[b].begin; });
    std::vector<std::vector<std::uint32_t>> members(people.size()); // patients, scan order
    for (std::size_t i = 0; i < order.size();) {
        const Block b = blocks[order[i]];
        std::size_t j = i;
        while (j < order.size() && blocks[order[j]].begin == b.begin)
            ++j;
        for (std::uint32_t p = b.begin; p < b.end; ++p) {
            const std::uint32_t c = cellOf(p);
            for (std::size_t q = i; q < j; ++q) {
                const std::size_t v = order[q];
                if (cellOfProbe[v] != c)
                    continue;
                ++views[v].groupPeople;
                if (town.voter(p))
                    ++views[v].groupVoters;
                if (town.patient(p)) {
                    ++views[v].groupPatients;
                    members[v].push_back(p);
                }
            }
        }
        i = j;
    }
    for (std::size_t v = 0; v < views.size(); ++v) {
        JoinView &view = views[v];
        view.published = view.groupPatients >= k;
        if (view.published) {
            const std::uint32_t self = view.row.person;
            auto &m = members[v];
            // The person's own row first (if a patient), then the others in table order.
            const auto own = std::find(m.begin(), m.end(), self);
            if (own != m.end())
                std::rotate(m.begin(), own, own + 1);
            for (std::size_t i = 0; i < m.size() && i < kShownMatches; ++i)
                view.matches.push_back(rowOf(town, m[i]));
            if (view.groupPatients == 1 && view.groupVoters == 1 && view.row.voter) {
                view.reidentified = view.row.patient;
                view.falseMatch = !view.row.patient;
            }
        }
        for (std::uint32_t p : members[v])
            ++view.diagnosisRows[static_cast<int>(town.diagnosis(p))];
    }
    return views;
}

LeakExample example(const Town &town, const QiSetting &setting, std::uint32_t k,
                    std::uint32_t person)
{
    LeakExample e;
    if (person == UINT32_MAX)
        return e;
    const JoinView v = probe(town, setting, k, {person}).front();
    e.found = true;
    e.row = v.row;
    e.groupRows = v.groupPatients;
    e.diagnosisRows = v.diagnosisRows;
    return e;
}

std::uint64_t gcd(std::uint64_t a, std::uint64_t b)
{
    while (b) {
        const std::uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

} // namespace

std::optional<SettingStats> analyseSetting(const Town &town, const QiSetting &setting,
                                           std::uint32_t k, LinkageWorkspace &workspace,
                                           const CancelFlag *cancel)
{
    return analyse(town, setting, k, workspace, cancel, nullptr);
}

std::vector<std::uint32_t> publishedRows(const Town &town, const QiSetting &setting,
                                         std::uint32_t k)
{
    const CellMap cellOf = cellMap(town, setting);
    std::vector<std::uint32_t> patientsIn(2 * std::size_t(kDayCount), 0);
    std::vector<std::uint32_t> rows;
    for (const Block &b : blocksFor(town, setting.zipDigits)) {
        for (std::uint32_t p = b.begin; p < b.end; ++p)
            patientsIn[cellOf(p)] += town.patient(p);
        for (std::uint32_t p = b.begin; p < b.end; ++p)
            if (town.patient(p) && patientsIn[cellOf(p)] >= k)
                rows.push_back(p);
        for (std::uint32_t p = b.begin; p < b.end; ++p)
            patientsIn[cellOf(p)] = 0;
    }
    return rows;
}

std::uint64_t groupKey(const Town &town, std::uint32_t person, const QiSetting &setting)
{
    const std::uint32_t zip = town.zipCode[town.zipOf(person)];
    const std::uint64_t zipPart = setting.zipDigits == 5   ? zip
                                  : setting.zipDigits == 3 ? zip / 100
                                                           : 0;
    return (zipPart << 32) | cellMap(town, setting)(person);
}

std::shared_ptr<const LinkageResult> analyseTown(const Town &town, const LinkageParams &params,
                                                 const CancelFlag *cancel)
{
    auto r = std::make_shared<LinkageResult>();
    r->params = params;
    r->people = town.people;
    r->patients = town.patients;
    r->voters = town.voters;
    r->adults = town.adults;
    r->zips = town.zips();
    r->prefixes = town.prefixes();
    r->smallestZip = UINT32_MAX;
    for (std::uint32_t z = 0; z < town.zips(); ++z) {
        const std::uint32_t size = town.zipStart[z + 1] - town.zipStart[z];
        r->smallestZip = std::min(r->smallestZip, size);
        r->largestZip = std::max(r->largestZip, size);
    }

    LinkageWorkspace ws;
    const int current = settingIndex(params.setting);
    ExamplePicks picks;
    for (int i = 0; i < kSettingCount; ++i) {
        auto stats =
            analyse(town, settingAt(i), params.k, ws, cancel, i == current ? &picks : nullptr);
        if (!stats)
            return nullptr;
        r->all[i] = *stats;
    }
    r->current = r->all[current];

    // First rows of both tables: people in a fixed pseudo-random order
    // (offset + j·step mod N with step coprime to N, a permutation).
    Rng rng(town.seed, 0x4C494E4B); // "LINK"
    const std::uint64_t n = town.people;
    std::uint64_t step =
        std::max<std::uint64_t>(1, static_cast<std::uint64_t>(0.6180339887 * double(n)));
    while (gcd(step, n) != 1)
        ++step;
    const std::uint64_t offset = rng.below(n);
    std::vector<std::uint32_t> patients, voters;
    for (std::uint64_t j = 0;
         j < n && (patients.size() < kSampleRows || voters.size() < kSampleRows); ++j) {
        const auto p = static_cast<std::uint32_t>((offset + j * step) % n);
        if (town.patient(p) && patients.size() < kSampleRows)
            patients.push_back(p);
        if (town.voter(p) && voters.size() < kSampleRows)
            voters.push_back(p);
    }
    // Make sure the voter rows include a patient, so the join has a row to find.
    if (!voters.empty() && std::none_of(voters.begin(), voters.end(),
                                        [&](std::uint32_t p) { return town.patient(p); }))
        for (std::uint64_t j = 0; j < n; ++j) {
            const auto p = static_cast<std::uint32_t>((offset + j * step) % n);
            if (town.patient(p) && town.voter(p)) {
                voters.back() = p;
                break;
            }
        }
    if (cancelled(cancel))
        return nullptr;
    for (std::uint32_t p : patients)
        r->hospitalRows.push_back(rowOf(town, p));
    r->hospitalGroups = probe(town, params.setting, params.k, patients);
    r->voterRows = probe(town, params.setting, params.k, voters);
    for (int i = 0; i < int(r->voterRows.size()); ++i)
        if (r->voterRows[i].reidentified) {
            r->featuredVoter = i;
            break;
        }
    for (int i = 0; i < int(r->voterRows.size()) && r->featuredVoter < 0; ++i)
        if (r->voterRows[i].row.patient)
            r->featuredVoter = i;
    r->homogeneity = example(town, params.setting, params.k, picks.homogeneous);
    r->background = example(town, params.setting, params.k, picks.background);
    return r;
}

std::shared_ptr<const LinkageResult> simulateLinkage(const LinkageParams &params,
                                                     std::uint64_t seed, const CancelFlag *cancel)
{
    Town town;
    if (!generateTown(params.people, params.voterShare, seed, town, cancel))
        return nullptr;
    return analyseTown(town, params, cancel);
}

LinkageError validateLinkage(const LinkageParams &p)
{
    if (p.people < kMinPeople || p.people > kMaxPeople)
        return LinkageError::People;
    if (p.setting.zipDigits != 0 && p.setting.zipDigits != 3 && p.setting.zipDigits != 5)
        return LinkageError::ZipDigits;
    if (!(p.voterShare >= 0.0 && p.voterShare <= 1.0))
        return LinkageError::VoterShare;
    if (p.k < 1)
        return LinkageError::K;
    return LinkageError::None;
}

} // namespace dp
