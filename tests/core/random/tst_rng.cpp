// Tests for dp::Rng (core/rng.h): xoshiro256** seeded through SplitMix64.
//
// Reference algorithms: SplitMix64 (Steele, Lea & Flood 2014) and
// xoshiro256** 1.0 (Blackman & Vigna 2021), re-implemented below from the
// authors' published C code, with their published first outputs as checks.

#include "random/rng.h"
#include "stattest.h"

#include <QTest>

#include <set>

namespace {

// --- Reference implementations (Vigna's splitmix64.c and xoshiro256starstar.c).
std::uint64_t refSplitMix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t refRotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

struct RefXoshiro
{
    std::uint64_t s[4];
    std::uint64_t next()
    {
        const std::uint64_t result = refRotl(s[1] * 5, 7) * 9;
        const std::uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = refRotl(s[3], 45);
        return result;
    }
};

// dp::Rng's own seeding rule (a project definition, documented in rng.h):
// SplitMix64 of the seed, xor SplitMix64 of (stream ^ constant) plus a
// constant, then four SplitMix64 outputs of that as the state.
RefXoshiro refSeeded(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t a = seed;
    const std::uint64_t mixedSeed = refSplitMix64(a);
    std::uint64_t b = stream ^ 0xD1B54A32D192ED03ULL;
    const std::uint64_t mixedStream = refSplitMix64(b);
    std::uint64_t state = mixedSeed ^ (mixedStream + 0x632BE59BD9B4E019ULL);
    RefXoshiro r{};
    for (auto &w : r.s)
        w = refSplitMix64(state);
    return r;
}

} // namespace

class TestRng : public QObject
{
    Q_OBJECT

private slots:
    void referenceSplitMix64();
    void referenceXoshiro();
    void nextMatchesReference();
    void goldenValues();
    void sameSeedRepeats();
    void streamsAndSeedsDiffer();
    void uniformRange();
    void uniformDistribution();
    void uniformOpenNeverZeroOrOne();
    void belowUnbiasedSmall();
    void belowUnbiasedLarge();
    void belowEdges();
};

void TestRng::referenceSplitMix64()
{
    // First outputs of SplitMix64 from state 0 (the published test vector of
    // Java's SplittableRandom / Vigna's splitmix64.c).
    const std::uint64_t expected[] = {0xe220a8397b1dcdafULL, 0x6e789e6aa1b965f4ULL,
                                      0x06c45d188009454fULL};
    std::uint64_t ref = 0, ours = 0;
    for (auto e : expected) {
        QCOMPARE(refSplitMix64(ref), e);
        QCOMPARE(dp::splitMix64(ours), e);
    }
}

void TestRng::referenceXoshiro()
{
    // xoshiro256** from the raw state {1, 2, 3, 4}: the first ten outputs of
    // the reference C code (also the test vector of Rust's rand_xoshiro).
    // The first two follow by hand: rotl(2·5, 7)·9 = 11520; then s[1] = 0.
    const std::uint64_t expected[] = {11520ULL,
                                      0ULL,
                                      1509978240ULL,
                                      1215971899390074240ULL,
                                      1216172134540287360ULL,
                                      607988272756665600ULL,
                                      16172922978634559625ULL,
                                      8476171486693032832ULL,
                                      10595114339597558777ULL,
                                      2904607092377533576ULL};
    RefXoshiro r{{1, 2, 3, 4}};
    for (auto e : expected)
        QCOMPARE(r.next(), e);
}

void TestRng::nextMatchesReference()
{
    // dp::Rng::next() is xoshiro256** bit for bit: same sequence as the
    // reference code from the same seeded state, over many (seed, stream).
    constexpr int kDraws = 2000;
    const std::uint64_t seeds[] = {0, 1, 42, 0xFFFFFFFFFFFFFFFFULL, 0x123456789ABCDEFULL};
    const std::uint64_t streams[] = {0, 1, 7, 1000000, 0xFFFFFFFFFFFFFFFFULL};
    for (auto seed : seeds)
        for (auto stream : streams) {
            dp::Rng rng(seed, stream);
            RefXoshiro ref = refSeeded(seed, stream);
            for (int i = 0; i < kDraws; ++i) {
                const auto got = rng.next();
                const auto want = ref.next();
                if (got != want)
                    QFAIL(qPrintable(QString("seed %1 stream %2 draw %3: got %4, want %5")
                                         .arg(seed)
                                         .arg(stream)
                                         .arg(i)
                                         .arg(got)
                                         .arg(want)));
            }
        }
}

void TestRng::goldenValues()
{
    // Regression test "same seed, same numbers": these are the first outputs
    // of Rng(42) and Rng(42, 7) as defined today (computed with an independent
    // Python implementation of SplitMix64 + xoshiro256** and rng.h's seeding
    // rule). If they change, every saved classroom demo seed changes: only
    // update them on purpose, with a note in the changelog.
    const std::uint64_t seed42[] = {0x4165348ba27961e4ULL, 0xb0c74d566970c281ULL,
                                    0xc274e871891c2e06ULL, 0x0e90bff805377526ULL};
    const std::uint64_t seed42stream7[] = {0xfc7eef55dda1ed48ULL, 0xb681d2197e17b9dbULL,
                                           0x2327ebaf0e0e9a54ULL, 0x651aa5a9fc4be89dULL};
    dp::Rng a(42), b(42, 7);
    for (auto e : seed42)
        QCOMPARE(a.next(), e);
    for (auto e : seed42stream7)
        QCOMPARE(b.next(), e);
    // The default stream is stream 0.
    dp::Rng c(42, 0);
    QCOMPARE(c.next(), seed42[0]);
    // operator() is next().
    dp::Rng d(42);
    QCOMPARE(d(), seed42[0]);
}

void TestRng::sameSeedRepeats()
{
    constexpr int kDraws = 10000;
    dp::Rng a(2024, 3), b(2024, 3);
    for (int i = 0; i < kDraws; ++i)
        QCOMPARE(a.next(), b.next());
    dp::Rng c(7, 9), d(7, 9);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(c.uniform(), d.uniform());
        QCOMPARE(c.below(1000), d.below(1000));
    }
}

void TestRng::streamsAndSeedsDiffer()
{
    // First outputs of 1000 streams of one seed, and of 1000 seeds on one
    // stream, are all distinct (a collision among 2000 64-bit values has
    // probability ~1e-13), and seed s stream t differs from seed t stream s.
    constexpr int kCount = 1000;
    std::set<std::uint64_t> firsts;
    for (std::uint64_t t = 0; t < kCount; ++t)
        firsts.insert(dp::Rng(42, t).next());
    for (std::uint64_t s = 0; s < kCount; ++s)
        firsts.insert(dp::Rng(s, 123456).next());
    QCOMPARE(firsts.size(), std::size_t(2 * kCount));
    QVERIFY(dp::Rng(1, 2).next() != dp::Rng(2, 1).next());
    // Neighbouring streams are not shifted copies of each other.
    dp::Rng s0(5, 0), s1(5, 1);
    std::set<std::uint64_t> first100;
    for (int i = 0; i < 100; ++i)
        first100.insert(s0.next());
    for (int i = 0; i < 100; ++i)
        QVERIFY(!first100.count(s1.next()));
}

void TestRng::uniformRange()
{
    constexpr int kDraws = 1000000;
    dp::Rng rng(11);
    for (int i = 0; i < kDraws; ++i) {
        const double u = rng.uniform();
        if (!(u >= 0.0 && u < 1.0))
            QFAIL(qPrintable(QString("uniform() gave %1").arg(u, 0, 'g', 17)));
    }
    QCOMPARE(dp::Rng::min(), std::uint64_t(0));
    QCOMPARE(dp::Rng::max(), ~std::uint64_t(0));
}

void TestRng::uniformDistribution()
{
    constexpr int kDraws = 200000;
    dp::Rng rng(12);
    std::vector<double> u(kDraws), v(kDraws);
    for (auto &x : u)
        x = rng.uniform();
    for (auto &x : v)
        x = rng.uniformOpen();
    const auto cdf = [](double x) { return std::clamp(x, 0.0, 1.0); };
    const auto ku = stattest::ksTest(u, cdf);
    QVERIFY2(ku.pass, ku.text.c_str());
    const auto kv = stattest::ksTest(v, cdf);
    QVERIFY2(kv.pass, kv.text.c_str());
}

void TestRng::uniformOpenNeverZeroOrOne()
{
    // The extreme words cannot be reached by sampling (probability 2^-52
    // each), so check the mapping itself at both ends: an earlier version
    // (k + ½)·2^-53 with 53-bit k rounded to exactly 1.0 for k = 2^53 − 1.
    QCOMPARE(dp::Rng::openUnitFromBits(0), 0x1.0p-53);
    QCOMPARE(dp::Rng::openUnitFromBits(~std::uint64_t(0)), 1.0 - 0x1.0p-53);
    QVERIFY(dp::Rng::openUnitFromBits(~std::uint64_t(0)) < 1.0);
    // And the bulk.
    constexpr int kDraws = 1000000;
    dp::Rng rng(13);
    for (int i = 0; i < kDraws; ++i) {
        const double u = rng.uniformOpen();
        if (!(u > 0.0 && u < 1.0))
            QFAIL(qPrintable(QString("uniformOpen() gave %1").arg(u, 0, 'g', 17)));
    }
}

void TestRng::belowUnbiasedSmall()
{
    // below(7): chi-square over the 7 values, each with probability 1/7.
    constexpr int kDraws = 700000;
    constexpr std::uint64_t kN = 7;
    dp::Rng rng(14);
    std::vector<std::uint64_t> counts(kN, 0);
    for (int i = 0; i < kDraws; ++i) {
        const auto x = rng.below(kN);
        QVERIFY(x < kN);
        ++counts[x];
    }
    const auto v = stattest::chiSquareGof(counts, std::vector<double>(kN, 1.0 / kN));
    QVERIFY2(v.pass, v.text.c_str());
}

void TestRng::belowUnbiasedLarge()
{
    // n = 3·2^62: a plain next() % n would give values below 2^62 twice the
    // weight (probability ½ instead of ⅓). Lemire's rejection must give ⅓.
    constexpr int kDraws = 300000;
    const std::uint64_t n = 3 * (std::uint64_t(1) << 62);
    dp::Rng rng(15);
    double low = 0;
    for (int i = 0; i < kDraws; ++i) {
        const auto x = rng.below(n);
        QVERIFY(x < n);
        low += x < (std::uint64_t(1) << 62);
    }
    const double p = 1.0 / 3.0;
    const auto z = stattest::zCheck(low / kDraws, p, std::sqrt(p * (1 - p) / kDraws));
    QVERIFY2(z.pass, z.text.c_str());
}

void TestRng::belowEdges()
{
    dp::Rng rng(16);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(rng.below(1), std::uint64_t(0));
    const std::uint64_t big = ~std::uint64_t(0);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(rng.below(big) < big);
    // below(2) is a fair bit.
    constexpr int kDraws = 100000;
    double ones = 0;
    for (int i = 0; i < kDraws; ++i)
        ones += double(rng.below(2));
    const auto z = stattest::zCheck(ones / kDraws, 0.5, std::sqrt(0.25 / kDraws));
    QVERIFY2(z.pass, z.text.c_str());
}

QTEST_APPLESS_MAIN(TestRng)
#include "tst_rng.moc"
