#pragma once
// A synthetic town for the linkage lab, generated from the seed alone.
//
// People (N = 100 … 10⁷) carry the three quasi-identifiers of Sweeney's study
// — 5-digit ZIP code, birth date, sex — and, if they were in hospital, one
// sensitive diagnosis. Nothing here is real data; the shapes are chosen so
// that the classic figures come out of the same mechanics:
//
//  * ZIP codes: one per ≈ 8,000 residents (the US has ≈ 331 M people in
//    ≈ 41,700 ZIP codes, ≈ 7,900 each), at least one. Sizes are unequal:
//    weights e^(σZ), Z ~ N(0, 1), σ = 1 (a log-normal; median ZIP ≈ 0.6 × the
//    mean, as rural and city ZIPs differ), people split among them by a
//    multinomial draw. ZIPs come in runs that share a 3-digit prefix (the
//    "sectional centre"), 5 … 40 ZIPs per prefix (the US has ≈ 900 prefixes,
//    ≈ 46 ZIPs each): so a town below ≈ 50,000 people has one prefix, and
//    "3-digit ZIP" is then as coarse as no ZIP — as in reality.
//  * Birth dates: ages on census day 1 April 2020 follow an age pyramid
//    close to the US 2020 Census in 5-year groups (US Census Bureau, 2020
//    Census Demographic and Housing Characteristics, age by 5-year groups;
//    shares below rounded to 0.1 % and normalised), uniform within a group,
//    85+ spread evenly over 85–99. About 78 % are adults (18+).
//  * Sex: female with probability 0.505 (US 2020: 50.5 %).
//  * Hospital table: each person independently with probability 0.2 had a
//    hospital stay in the year (a round teaching value); those people's rows
//    form the "de-identified" release: quasi-identifiers + one diagnosis.
//  * Diagnosis (patients only): eight values, a few common and some rare,
//    with shares that depend on age and sex (kDiagnosisShare): an invented
//    teaching distribution, not epidemiology.
//  * Voter list: each adult independently with probability voter_share is
//    registered; the list publishes name, ZIP, birth date and sex. (Children
//    cannot vote, so voter_share is a share of the adults.)
//
// People are stored ZIP by ZIP (ZIP z holds people [zipStart[z],
// zipStart[z+1])), in struct-of-arrays form: 3 bytes a person, 30 MB for 10⁷.
// Every ZIP draws from its own sub-stream Rng(seed, 1 + z): same seed, same
// town, bit for bit.

#include "framework/lab.h"

#include <array>
#include <cstdint>
#include <vector>

namespace dp {

enum class Diagnosis : std::uint8_t {
    Childbirth,
    BrokenBone,
    Influenza,
    HeartDisease,
    Cancer,
    Diabetes,
    Depression,
    Hiv,
};
inline constexpr int kDiagnosisCount = 8;
// Who goes to hospital for what depends on age and sex (childbirth for young
// women, injuries for young men, heart disease and cancer in old age), which
// is what makes groups of neighbours of one age share a diagnosis. Invented
// teaching shares, not epidemiology; each row sums to 1.
enum class Profile : std::uint8_t { Child, YoungWoman, YoungMan, MiddleAged, Old };
inline constexpr int kProfileCount = 5;
// Rows: profile; columns: Diagnosis. Child: 0–17, Young: 18–44, MiddleAged: 45–64, Old: 65+.
inline constexpr std::array<std::array<double, kDiagnosisCount>, kProfileCount> kDiagnosisShare{{
    //  birth  bone   flu    heart  cancer diab.  depr.  HIV
    {{0.00, 0.40, 0.40, 0.00, 0.02, 0.08, 0.10, 0.00}},
    {{0.55, 0.08, 0.10, 0.02, 0.04, 0.05, 0.14, 0.02}},
    {{0.00, 0.40, 0.15, 0.07, 0.05, 0.08, 0.20, 0.05}},
    {{0.00, 0.10, 0.08, 0.30, 0.20, 0.20, 0.10, 0.02}},
    {{0.00, 0.10, 0.15, 0.40, 0.22, 0.10, 0.03, 0.00}},
}};
Profile profileOf(int ageYears, bool female);

// Birth dates are days since 1 January 1920 (day 0); census day is 1 April 2020.
inline constexpr int kEpochYear = 1920;
inline constexpr int kCensusDay = 36616; // 2020-04-01
inline constexpr int kDayCount = kCensusDay + 1;
inline constexpr int kYearCount = 2020 - kEpochYear + 1; // 1920 … 2020
inline constexpr int kDecadeCount = 202 - 192 + 1;       // 1920s … 2020s
inline constexpr int kAgeGroups = 18;                    // 0–4, 5–9, … 80–84, 85–99
extern const std::array<double, kAgeGroups> kAgePyramid; // percent of the 2020 population
inline constexpr double kFemaleShare = 0.505;
inline constexpr double kHospitalShare = 0.2;
inline constexpr double kPeoplePerZip = 8000.0;
inline constexpr double kZipSizeSigma = 1.0;
inline constexpr int kAdultAge = 18;

// Names on the voter list: indices into lists the page holds (no text in core).
inline constexpr int kFirstNames = 32; // per sex
inline constexpr int kLastNames = 48;

// Calendar (proleptic Gregorian; H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms": days_from_civil / civil_from_days), days since 1920-01-01.
struct CivilDate
{
    int year = 0, month = 0, day = 0;
};
constexpr int daysFromCivil1970(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
constexpr int dayFromCivil(int y, int m, int d)
{
    return daysFromCivil1970(y, m, d) - daysFromCivil1970(kEpochYear, 1, 1);
}
CivilDate civilFromDay(int day);
inline constexpr int kAdultCutoffDay = 30041; // 2002-04-01: born on or before → 18+ on census day
static_assert(dayFromCivil(2020, 4, 1) == kCensusDay);
static_assert(dayFromCivil(2002, 4, 1) == kAdultCutoffDay);

// Per-person traits, packed into one byte.
namespace trait {
inline constexpr std::uint8_t kFemale = 1;
inline constexpr std::uint8_t kPatient = 2;
inline constexpr std::uint8_t kVoter = 4;
inline constexpr int kDiagnosisShift = 3; // bits 3–5
} // namespace trait

struct Town
{
    std::uint64_t seed = 0;
    std::uint32_t people = 0;
    double voterShare = 0.0;
    std::vector<std::uint32_t> zipStart; // size zips + 1
    std::vector<std::uint32_t> zipCode;  // 5-digit ZIP code of each ZIP, e.g. 2138 = "02138"
    std::vector<std::uint32_t>
        prefixStart;                     // ZIP ranges sharing a 3-digit prefix; size prefixes + 1
    std::vector<std::uint16_t> birthDay; // per person, days since 1920-01-01
    std::vector<std::uint8_t> traits;    // per person, trait bits
    std::uint32_t patients = 0;          // rows of the hospital table
    std::uint32_t voters = 0;            // rows of the voter list
    std::uint32_t adults = 0;

    std::uint32_t zips() const { return static_cast<std::uint32_t>(zipCode.size()); }
    std::uint32_t prefixes() const { return static_cast<std::uint32_t>(prefixStart.size() - 1); }
    std::uint32_t zipOf(std::uint32_t person) const; // O(log zips)
    bool female(std::uint32_t p) const { return traits[p] & trait::kFemale; }
    bool patient(std::uint32_t p) const { return traits[p] & trait::kPatient; }
    bool voter(std::uint32_t p) const { return traits[p] & trait::kVoter; }
    Diagnosis diagnosis(std::uint32_t p) const
    {
        return static_cast<Diagnosis>((traits[p] >> trait::kDiagnosisShift) & 7);
    }
    // Deterministic name indices of a person (first name within their sex).
    std::uint16_t firstName(std::uint32_t p) const;
    std::uint16_t lastName(std::uint32_t p) const;
};

inline constexpr std::uint64_t kMinPeople = 100;
inline constexpr std::uint64_t kMaxPeople = 10000000;

// Precondition: 1 ≤ people ≤ kMaxPeople, 0 ≤ voterShare ≤ 1, peoplePerZip > 0
// (tests shrink it to get many ZIPs in a small town). Returns false (town
// unspecified) only when `cancel` was raised.
bool generateTown(std::uint64_t people, double voterShare, std::uint64_t seed, Town &town,
                  const CancelFlag *cancel = nullptr, double peoplePerZip = kPeoplePerZip);

} // namespace dp
