#include "labs/linkage/town.h"

#include "random/discrete.h"
#include "random/samplers.h"

#include <algorithm>
#include <cmath>

namespace dp {

// US 2020 Census, percent of the population by 5-year age group (0–4 … 80–84,
// 85+), rounded to 0.1; the alias table normalises them.
const std::array<double, kAgeGroups> kAgePyramid{5.7, 6.0, 6.4, 6.6, 6.4, 6.7, 6.8, 6.6, 6.3,
                                                 6.1, 6.3, 6.6, 6.4, 5.4, 4.4, 2.9, 1.9, 2.0};

Profile profileOf(int ageYears, bool female)
{
    if (ageYears < kAdultAge)
        return Profile::Child;
    if (ageYears < 45)
        return female ? Profile::YoungWoman : Profile::YoungMan;
    return ageYears < 65 ? Profile::MiddleAged : Profile::Old;
}

CivilDate civilFromDay(int day)
{
    const int z = day + daysFromCivil1970(kEpochYear, 1, 1) + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2), m, d};
}

std::uint32_t Town::zipOf(std::uint32_t person) const
{
    const auto it = std::upper_bound(zipStart.begin(), zipStart.end(), person);
    return static_cast<std::uint32_t>(it - zipStart.begin() - 1);
}

namespace {
std::uint64_t nameHash(std::uint64_t seed, std::uint32_t person)
{
    std::uint64_t state = seed ^ (0xA0761D6478BD642FULL * (std::uint64_t(person) + 1));
    return splitMix64(state);
}
} // namespace

std::uint16_t Town::firstName(std::uint32_t p) const
{
    return static_cast<std::uint16_t>(nameHash(seed, p) % kFirstNames);
}

std::uint16_t Town::lastName(std::uint32_t p) const
{
    return static_cast<std::uint16_t>((nameHash(seed, p) >> 32) % kLastNames);
}

bool generateTown(std::uint64_t people, double voterShare, std::uint64_t seed, Town &town,
                  const CancelFlag *cancel, double peoplePerZip)
{
    town = Town{};
    town.seed = seed;
    town.people = static_cast<std::uint32_t>(people);
    town.voterShare = voterShare;

    // ZIP sizes: log-normal weights, a multinomial split by sequential binomials.
    Rng master(seed, 0);
    const auto zips = static_cast<std::uint32_t>(
        std::max<long long>(1, std::llround(static_cast<double>(people) / peoplePerZip)));
    std::vector<double> weight(zips);
    for (auto &w : weight)
        w = std::exp(kZipSizeSigma * standardNormal(master));
    std::vector<double> tail(zips + 1, 0.0);
    for (std::uint32_t z = zips; z-- > 0;)
        tail[z] = tail[z + 1] + weight[z];
    town.zipStart.resize(zips + 1);
    std::uint64_t remaining = people;
    for (std::uint32_t z = 0; z < zips; ++z) {
        town.zipStart[z] = static_cast<std::uint32_t>(people - remaining);
        const std::uint64_t count =
            z + 1 == zips ? remaining
                          : binomial(master, remaining, std::min(1.0, weight[z] / tail[z]));
        remaining -= count;
    }
    town.zipStart[zips] = static_cast<std::uint32_t>(people);

    // ZIP codes: runs of 5 … 40 sharing a 3-digit prefix.
    town.zipCode.resize(zips);
    std::uint32_t prefix = 100 + static_cast<std::uint32_t>(master.below(100));
    for (std::uint32_t z = 0; z < zips;) {
        town.prefixStart.push_back(z);
        const auto run =
            std::min<std::uint32_t>(zips - z, 5 + static_cast<std::uint32_t>(master.below(36)));
        std::uint32_t suffix = static_cast<std::uint32_t>(master.below(10));
        for (std::uint32_t j = 0; j < run; ++j, ++z) {
            town.zipCode[z] = prefix * 100 + suffix;
            suffix += 1 + static_cast<std::uint32_t>(master.below(2));
        }
        prefix += 1 + static_cast<std::uint32_t>(master.below(2));
    }
    town.prefixStart.push_back(zips);

    // People, ZIP by ZIP, each ZIP from its own sub-stream.
    static const AliasTable ageTable(std::vector<double>(kAgePyramid.begin(), kAgePyramid.end()));
    static const std::array<AliasTable, kProfileCount> diagnosisTable = [] {
        std::array<AliasTable, kProfileCount> t;
        for (int i = 0; i < kProfileCount; ++i)
            t[i] = AliasTable(
                std::vector<double>(kDiagnosisShare[i].begin(), kDiagnosisShare[i].end()));
        return t;
    }();
    town.birthDay.resize(people);
    town.traits.resize(people);
    std::uint32_t patients = 0, voters = 0, adults = 0;
    for (std::uint32_t z = 0; z < zips; ++z) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        Rng rng(seed, 1 + std::uint64_t(z));
        for (std::uint32_t p = town.zipStart[z]; p < town.zipStart[z + 1]; ++p) {
            const std::uint32_t group = ageTable(rng);
            const double low = 5.0 * group;
            const double width = group + 1 == kAgeGroups ? 15.0 : 5.0;
            const double age = low + rng.uniform() * width;
            const int day = kCensusDay - static_cast<int>(age * 365.2425);
            std::uint8_t t = 0;
            const bool female = rng.uniform() < kFemaleShare;
            if (female)
                t |= trait::kFemale;
            if (rng.uniform() < kHospitalShare) {
                t |= trait::kPatient;
                // Whole years of age from the day itself, so the profile agrees with
                // the adult cut-off (kAdultCutoffDay) to the day.
                const int years = static_cast<int>((kCensusDay - day) / 365.2425);
                const auto profile = static_cast<int>(profileOf(years, female));
                t |= static_cast<std::uint8_t>(diagnosisTable[profile](rng)
                                               << trait::kDiagnosisShift);
                ++patients;
            }
            if (day <= kAdultCutoffDay) {
                ++adults;
                if (rng.uniform() < voterShare) {
                    t |= trait::kVoter;
                    ++voters;
                }
            }
            town.birthDay[p] = static_cast<std::uint16_t>(day);
            town.traits[p] = t;
        }
    }
    town.patients = patients;
    town.voters = voters;
    town.adults = adults;
    return true;
}

} // namespace dp
