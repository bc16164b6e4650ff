// Differencing lab: leave-one-out values, sensitivities and the attack,
// each checked against an independent brute-force reference or a formula.
#include <QTest>

#include "labs/differencing/attack.h"
#include "labs/differencing/differencing.h"
#include "labs/differencing/sensitivity.h"
#include "random/rng.h"
#include "stats/stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

using namespace dp;

Q_DECLARE_METATYPE(dp::Query)
Q_DECLARE_METATYPE(dp::Neighbour)

namespace {

// Reference queries on an explicit list of values (independent of the code
// under test): the median is the average of the two middle values.
double bruteQuery(Query q, std::vector<int> v, std::uint64_t threshold)
{
    const double sum = std::accumulate(v.begin(), v.end(), 0.0);
    switch (q) {
    case Query::Sum:
        return sum;
    case Query::Count:
        return static_cast<double>(v.size());
    case Query::Mean:
        return sum / static_cast<double>(v.size());
    case Query::Median: {
        std::sort(v.begin(), v.end());
        const std::size_t m = v.size();
        return m % 2 ? v[m / 2] : 0.5 * (v[m / 2 - 1] + v[m / 2]);
    }
    case Query::Max:
        return *std::max_element(v.begin(), v.end());
    case Query::Threshold:
        return sum > static_cast<double>(threshold) ? 1.0 : 0.0;
    }
    return 0.0;
}

// The parallel database number i: row i removed, or row i's value flipped.
std::vector<int> neighbourOf(const std::vector<int> &v, std::size_t i, Neighbour nb)
{
    std::vector<int> w = v;
    if (nb == Neighbour::Remove)
        w.erase(w.begin() + static_cast<std::ptrdiff_t>(i));
    else
        w[i] = 1 - w[i];
    return w;
}

std::vector<int> randomValues(Rng &rng, std::size_t n, double share)
{
    std::vector<int> v(n);
    for (auto &x : v)
        x = rng.uniform() < share ? 1 : 0;
    return v;
}

// The attacker's rule as designed (attack.h): r = α·a_full − β·a_without.
std::pair<double, double> designedRule(Query q, std::uint64_t n)
{
    if (q == Query::Mean)
        return {double(n), double(n - 1)};
    if (q == Query::Median)
        return {2.0, 1.0};
    return {1.0, 1.0};
}

void addQueryNeighbourRows()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<Neighbour>("neighbour");
    for (Query q : kAllQueries)
        for (Neighbour nb : {Neighbour::Remove, Neighbour::Replace})
            QTest::newRow((queryName(q) + "/" + neighbourName(nb)).c_str()) << q << nb;
}

std::string describe(const std::vector<int> &v)
{
    std::string s;
    for (int x : v)
        s += char('0' + x);
    return s;
}

} // namespace

class TestDifferencing : public QObject
{
    Q_OBJECT

private slots:
    void bitDatabaseCounts();
    void leaveOneOutMatchesBruteForce_data() { addQueryNeighbourRows(); }
    void leaveOneOutMatchesBruteForce();
    void globalSensitivityByEnumeration_data() { addQueryNeighbourRows(); }
    void globalSensitivityByEnumeration();
    void globalSensitivityFormulas();
    void laplaceSumTailMatchesIntegration();
    void exactSumCurveMatchesPublishedFormula();
    void noiseFreeAttackMatchesBruteForce_data() { addQueryNeighbourRows(); }
    void noiseFreeAttackMatchesBruteForce();
    void noiseFreeAttackOnSumAndMeanAlwaysWins();
    void laplaceAttackMatchesExactAndCeiling_data();
    void laplaceAttackMatchesExactAndCeiling();
    void eachQueryGetsNoiseForItsOwnSize();
    void labCurveWithinErrorAndCeiling();
    void labDefaultsAndExport();
    void smallAndLargeDatabases();
    void noiseCaseNamesTheSpecialCase();
    void deterministicAndCancellable();
    void badParameters_data();
    void badParameters();
    void unknownChoicesOnCommandLine();
};

void TestDifferencing::bitDatabaseCounts()
{
    Rng rng(11);
    for (std::size_t n : {1, 63, 64, 65, 130, 1000}) {
        const std::vector<int> v = randomValues(rng, n, 0.4);
        const BitDatabase db = BitDatabase::fromValues(v);
        for (int rep = 0; rep < 50; ++rep) {
            const std::size_t a = rng.below(n + 1), b = rng.below(n + 1);
            const std::size_t lo = std::min(a, b), hi = std::max(a, b);
            const auto expected = std::count(v.begin() + lo, v.begin() + hi, 1);
            QCOMPARE(db.ones(lo, hi), std::uint64_t(expected));
            for (int value : {0, 1}) {
                auto it = std::find(v.begin() + lo, v.begin() + hi, value);
                QCOMPARE(db.find(value, lo, hi), std::uint64_t(it - v.begin()));
            }
        }
    }
    // Random databases: bits past N stay 0 and share 1 means everyone.
    Rng r2(3);
    const BitDatabase all = BitDatabase::random(130, 1.0, r2);
    QCOMPARE(all.ones(), std::uint64_t(130));
    QCOMPARE(all.words().back() >> 2, std::uint64_t(0));
}

void TestDifferencing::leaveOneOutMatchesBruteForce()
{
    QFETCH(Query, query);
    QFETCH(Neighbour, neighbour);
    constexpr int kSeeds = 300;
    for (int seed = 0; seed < kSeeds; ++seed) {
        Rng rng(seed, 77);
        const std::size_t n = 2 + rng.below(seed < 280 ? 40 : 300);
        const double share = seed % 10 == 0 ? double(seed % 20 == 0) : rng.uniform();
        const std::vector<int> v = randomValues(rng, n, share);
        const std::uint64_t t = rng.below(n + 2);
        const BitDatabase db = BitDatabase::fromValues(v);

        const double full = bruteQuery(query, v, t);
        std::vector<double> expected(n);
        double best = 0.0;
        std::size_t bestRow = 0;
        for (std::size_t i = 0; i < n; ++i) {
            expected[i] = bruteQuery(query, neighbourOf(v, i, neighbour), t);
            const double change = std::abs(expected[i] - full);
            if (change > best + 1e-15) {
                best = change;
                bestRow = i;
            }
        }
        const std::string where = "seed " + std::to_string(seed) + " n " + std::to_string(n) +
                                  " T " + std::to_string(t) + " db " +
                                  (n <= 40 ? describe(v) : "(long)");
        const std::vector<double> got = neighbourSeries(db, query, neighbour, t);
        for (std::size_t i = 0; i < n; ++i)
            QVERIFY2(std::abs(got[i] - expected[i]) < 1e-12,
                     (where + " row " + std::to_string(i) + ": got " + std::to_string(got[i]) +
                      ", brute force " + std::to_string(expected[i]))
                         .c_str());
        const MeasuredSensitivity m = measuredSensitivity(db, query, neighbour, t);
        QVERIFY2(std::abs(m.value - best) < 1e-12,
                 (where + ": measured " + std::to_string(m.value) + ", brute force " +
                  std::to_string(best))
                     .c_str());
        QVERIFY2(m.row == bestRow, (where + ": row " + std::to_string(m.row) + ", brute force " +
                                    std::to_string(bestRow))
                                       .c_str());
        QVERIFY(std::abs(m.full - full) < 1e-12);
        QVERIFY(std::abs(measuredSensitivityValue(query, neighbour, n, db.ones(), t) - best) <
                1e-12);

        // The decimated series equals decimateMinMax on the brute-force series.
        for (std::size_t buckets : {std::size_t(1), std::size_t(3), std::size_t(17)}) {
            const auto ref = decimateMinMax(expected, buckets);
            const auto dec = neighbourSeriesDecimated(db, query, neighbour, t, buckets);
            QVERIFY2(dec.size() == ref.size(), (where + " buckets " + std::to_string(buckets) +
                                                ": " + std::to_string(dec.size()) +
                                                " points, reference " + std::to_string(ref.size()))
                                                   .c_str());
            for (std::size_t i = 0; i < ref.size(); ++i) {
                QCOMPARE(dec[i].x, ref[i].x);
                QVERIFY(std::abs(dec[i].y - ref[i].y) < 1e-12);
            }
        }
    }
}

void TestDifferencing::globalSensitivityByEnumeration()
{
    QFETCH(Query, query);
    QFETCH(Neighbour, neighbour);
    // Every 0/1 database of n ≤ 10 people, every person, every threshold.
    for (std::size_t n = 2; n <= 10; ++n) {
        for (std::uint64_t t = 0; t <= (query == Query::Threshold ? n + 1 : 0); ++t) {
            double worst = 0.0;
            for (std::uint64_t mask = 0; mask < (std::uint64_t(1) << n); ++mask) {
                std::vector<int> v(n);
                for (std::size_t i = 0; i < n; ++i)
                    v[i] = (mask >> i) & 1;
                const double full = bruteQuery(query, v, t);
                for (std::size_t i = 0; i < n; ++i)
                    worst = std::max(
                        worst, std::abs(bruteQuery(query, neighbourOf(v, i, neighbour), t) - full));
            }
            const double formula = globalSensitivity(query, neighbour, n, t);
            QVERIFY2(std::abs(formula - worst) < 1e-12,
                     ("n " + std::to_string(n) + " T " + std::to_string(t) + ": formula " +
                      std::to_string(formula) + ", enumeration " + std::to_string(worst))
                         .c_str());
        }
    }
}

void TestDifferencing::globalSensitivityFormulas()
{
    // Dwork & Roth 2014 Def. 3.1 applied to 0/1 data (science.md): sum and
    // count 1, mean 1/N, median ½ or 1 (average-of-middles convention).
    const auto R = Neighbour::Remove, P = Neighbour::Replace;
    for (std::uint64_t n : {2ull, 3ull, 1000ull, 1001ull, 100000000ull}) {
        QCOMPARE(globalSensitivity(Query::Sum, R, n, 0), 1.0);
        QCOMPARE(globalSensitivity(Query::Sum, P, n, 0), 1.0);
        QCOMPARE(globalSensitivity(Query::Count, R, n, 0), 1.0);
        QCOMPARE(globalSensitivity(Query::Count, P, n, 0), 0.0);
        QCOMPARE(globalSensitivity(Query::Mean, R, n, 0), 1.0 / double(n));
        QCOMPARE(globalSensitivity(Query::Mean, P, n, 0), 1.0 / double(n));
        QCOMPARE(globalSensitivity(Query::Median, R, n, 0), 0.5);
        QCOMPARE(globalSensitivity(Query::Median, P, n, 0), n % 2 ? 1.0 : 0.5);
        QCOMPARE(globalSensitivity(Query::Max, R, n, 0), 1.0);
        QCOMPARE(globalSensitivity(Query::Threshold, R, n, n / 2), 1.0);
        QCOMPARE(globalSensitivity(Query::Threshold, P, n, n - 1), 1.0);
        QCOMPARE(globalSensitivity(Query::Threshold, R, n, n), 0.0);
    }
}

void TestDifferencing::laplaceSumTailMatchesIntegration()
{
    // P(L1 + L2 > t) = ∫ f1(u)·P(L2 > t − u) du by the midpoint rule on a
    // fine grid (independent of the closed form).
    struct Case
    {
        double t, c1, c2;
    };
    for (const Case c : {Case{0.5, 1.0, 1.0}, Case{0.5, 2.0, 1.0}, Case{0.3, 0.1, 0.7},
                         Case{2.0, 1.0, 0.999999}, Case{0.0, 3.0, 1.0}, Case{-0.4, 1.5, 0.5}}) {
        const double h = 1e-4 * std::min(c.c1, c.c2);
        const double span = 60.0 * std::max(c.c1, c.c2);
        double integral = 0.0;
        for (double u = -span + h / 2; u < span; u += h) {
            const double f1 = std::exp(-std::abs(u) / c.c1) / (2.0 * c.c1);
            const double s = c.t - u;
            const double tail2 =
                s >= 0 ? 0.5 * std::exp(-s / c.c2) : 1.0 - 0.5 * std::exp(s / c.c2);
            integral += f1 * tail2 * h;
        }
        const double closed = laplaceSumTail(c.t, c.c1, c.c2);
        QVERIFY2(std::abs(closed - integral) < 1e-6,
                 ("t " + std::to_string(c.t) + " c1 " + std::to_string(c.c1) + " c2 " +
                  std::to_string(c.c2) + ": closed form " + std::to_string(closed) + ", integral " +
                  std::to_string(integral))
                     .c_str());
    }
    QCOMPARE(laplaceSumTail(0.5, 0.0, 0.0), 0.0); // no noise
    QCOMPARE(laplaceSumTail(-0.5, 0.0, 0.0), 1.0);
}

void TestDifferencing::exactSumCurveMatchesPublishedFormula()
{
    // science.md: success = 1 − ½·e^(−ε/2)·(1 + ε/4) for b = 1/ε.
    for (double eps : {0.01, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0}) {
        const double expected = 1.0 - 0.5 * std::exp(-eps / 2) * (1.0 + eps / 4);
        const double got = exactAttackSuccess(Query::Sum, 5000, 2500, 0, 1.0 / eps);
        QVERIFY2(std::abs(got - expected) < 1e-12,
                 ("ε " + std::to_string(eps) + ": " + std::to_string(got) + " vs " +
                  std::to_string(expected))
                     .c_str());
        QVERIFY(got <= dpSuccessCeiling(eps));
    }
    QCOMPARE(dpSuccessCeiling(0.0), 0.5);
    QVERIFY(std::abs(dpSuccessCeiling(1.0) - std::exp(1.0) / (1.0 + std::exp(1.0))) < 1e-15);
}

void TestDifferencing::noiseFreeAttackMatchesBruteForce()
{
    QFETCH(Query, query);
    QFETCH(Neighbour, neighbour);
    Q_UNUSED(neighbour); // the attack always compares "with her" and "without her"
    for (std::uint64_t n = 2; n <= 12; ++n) {
        const auto [alpha, beta] = designedRule(query, n);
        for (std::uint64_t ko = 0; ko <= n - 1; ++ko) {
            for (std::uint64_t t = 0; t <= n; ++t) {
                std::vector<int> others(n - 1, 0);
                std::fill(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(ko), 1);
                double wins = 0.0;
                for (int x : {0, 1}) {
                    std::vector<int> with = others;
                    with.push_back(x);
                    const double r =
                        alpha * bruteQuery(query, with, t) - beta * bruteQuery(query, others, t);
                    wins += ((r > 0.5 ? 1 : 0) == x) ? 0.5 : 0.0;
                }
                const double got = exactAttackSuccess(query, n, ko, t, 0.0);
                QVERIFY2(got == wins,
                         ("n " + std::to_string(n) + " others' ones " + std::to_string(ko) + " T " +
                          std::to_string(t) + ": " + std::to_string(got) + ", brute force " +
                          std::to_string(wins))
                             .c_str());
            }
        }
    }
}

void TestDifferencing::noiseFreeAttackOnSumAndMeanAlwaysWins()
{
    for (Query q : {Query::Sum, Query::Mean}) {
        for (std::uint64_t rows : {2ull, 3ull, 5000ull, 10000000ull}) {
            DifferencingParams p;
            p.query = q;
            p.rows = rows;
            p.target = rows - 1;
            p.trials = 500;
            const auto r = simulateDifferencing(p, 5);
            QCOMPARE(r->trials.successes, std::uint64_t(500));
            QCOMPARE(r->exactSuccess, 1.0);
            QVERIFY(r->example.correct);
            QCOMPARE(r->example.guess, r->example.targetValue);
        }
    }
    // The count ignores her: without noise the attacker is right only by luck.
    DifferencingParams p;
    p.query = Query::Count;
    p.trials = 20000;
    const auto r = simulateDifferencing(p, 5);
    const double se = std::sqrt(0.25 / 20000);
    QVERIFY2(std::abs(r->successRate - 0.5) < 5 * se, std::to_string(r->successRate).c_str());
    QCOMPARE(r->exactSuccess, 0.5);
    QCOMPARE(r->epsilonTargetReplace, 0.0); // her value costs nothing ...
    QVERIFY(std::isinf(r->epsilonTarget));  // ... her presence, without noise, everything
}

void TestDifferencing::laplaceAttackMatchesExactAndCeiling_data()
{
    // Databases where the attack works without noise (the hardest case for
    // the DP ceiling), plus count where it never does.
    QTest::addColumn<Query>("query");
    QTest::addColumn<Neighbour>("neighbour");
    QTest::addColumn<quint64>("rows");
    QTest::addColumn<quint64>("othersOnes");
    QTest::addColumn<quint64>("threshold");
    const auto R = Neighbour::Remove, P = Neighbour::Replace;
    QTest::newRow("sum") << Query::Sum << R << quint64(1000) << quint64(400) << quint64(0);
    QTest::newRow("mean") << Query::Mean << R << quint64(1000) << quint64(400) << quint64(0);
    QTest::newRow("median even, replace")
        << Query::Median << P << quint64(1000) << quint64(500) << quint64(0);
    QTest::newRow("median odd, replace")
        << Query::Median << P << quint64(1001) << quint64(500) << quint64(0);
    QTest::newRow("median odd, remove (2ε)")
        << Query::Median << R << quint64(1001) << quint64(500) << quint64(0);
    QTest::newRow("max, nobody else")
        << Query::Max << R << quint64(1000) << quint64(0) << quint64(0);
    QTest::newRow("threshold at the edge")
        << Query::Threshold << P << quint64(1000) << quint64(300) << quint64(300);
    QTest::newRow("count") << Query::Count << R << quint64(1000) << quint64(300) << quint64(0);
}

void TestDifferencing::laplaceAttackMatchesExactAndCeiling()
{
    QFETCH(Query, query);
    QFETCH(Neighbour, neighbour);
    QFETCH(quint64, rows);
    QFETCH(quint64, othersOnes);
    QFETCH(quint64, threshold);
    constexpr std::uint64_t kTrials = 20000;
    for (double eps : {0.05, 0.3, 1.0, 3.0}) {
        const double b = globalSensitivity(query, neighbour, rows, threshold) / eps;
        AttackTrials out;
        QVERIFY(simulateAttackTrials(query, rows, othersOnes, threshold, b, kTrials, 42, 1, false,
                                     out));
        const double rate = double(out.successes) / kTrials;
        const double exact = exactAttackSuccess(query, rows, othersOnes, threshold, b);
        const double se = std::sqrt(std::max(exact * (1 - exact), 1e-6) / kTrials);
        const double ceiling =
            dpSuccessCeiling(targetEpsilon(query, neighbour, rows, threshold, eps, true));
        const std::string msg = "ε " + std::to_string(eps) + ": simulated " + std::to_string(rate) +
                                ", exact " + std::to_string(exact) + ", ceiling " +
                                std::to_string(ceiling) + ", 5 SE " + std::to_string(5 * se);
        QVERIFY2(std::abs(rate - exact) <= 5 * se, msg.c_str());
        QVERIFY2(rate <= ceiling + 5 * se, msg.c_str());
        QVERIFY2(exact <= ceiling + 1e-12, msg.c_str());
    }
    if (query == Query::Median && neighbour == Neighbour::Remove && rows % 2 == 1)
        QCOMPARE(targetEpsilon(query, neighbour, rows, threshold, 1.0, true), 2.0);
}

void TestDifferencing::labCurveWithinErrorAndCeiling()
{
    DifferencingParams p;
    p.rows = 20001;
    p.laplaceNoise = true;
    p.trials = 4000;
    for (Query q : kAllQueries) {
        p.query = q;
        p.threshold = 10000;
        const auto r = simulateDifferencing(p, 9);
        QCOMPARE(int(r->curve.size()), kDifferencingCurvePoints);
        QVERIFY(std::abs(r->curve.front().epsilon - 0.01) < 1e-12);
        QVERIFY(std::abs(r->curve.back().epsilon - 10.0) < 1e-9);
        for (const auto &c : r->curve) {
            const double se = std::sqrt(std::max(c.exact * (1 - c.exact), 1e-6) / p.trials);
            const std::string msg = queryName(q) + " ε " + std::to_string(c.epsilon) +
                                    ": simulated " + std::to_string(c.simulated) + ", exact " +
                                    std::to_string(c.exact) + ", ceiling " +
                                    std::to_string(c.ceiling);
            QVERIFY2(std::abs(c.simulated - c.exact) <= 5 * se, msg.c_str());
            QVERIFY2(c.simulated <= c.ceiling + 5 * se, msg.c_str());
            QVERIFY(c.simulatedLow <= c.simulated && c.simulated <= c.simulatedHigh);
        }
        const double se =
            std::sqrt(std::max(r->exactSuccess * (1 - r->exactSuccess), 1e-6) / p.trials);
        QVERIFY2(std::abs(r->successRate - r->exactSuccess) <= 5 * se,
                 (std::to_string(r->successRate) + " vs exact " + std::to_string(r->exactSuccess))
                     .c_str());
    }
}

void TestDifferencing::labDefaultsAndExport()
{
    const auto &lab = TypedLab<DifferencingLab>::instance();
    QCOMPARE(lab.id(), std::string("differencing"));
    ParamValues v = defaultValues(lab.params());
    QVERIFY(!lab.validate(v));
    const auto result = lab.run(v, 1, nullptr);
    QVERIFY(result);
    const auto *r = dynamic_cast<const DifferencingResult *>(result.get());
    QVERIFY(r);
    QVERIFY(r->series.size() <= 2 * kDifferencingBuckets);
    QCOMPARE(r->strip.size(), std::size_t(kDifferencingStripMax));
    QVERIFY(r->params.target >= r->stripStart &&
            r->params.target < r->stripStart + r->strip.size());
    QCOMPARE(r->table.size(), kAllQueries.size());
    QCOMPARE(r->globalSensitivity, 1.0);
    QCOMPARE(r->measured.value, 1.0);

    const ExportData d = r->exportData();
    QCOMPARE(d.csvColumns, lab.csvColumns());
    QCOMPARE(d.csvRows.size(), std::size_t(2000));
    for (const auto &row : d.csvRows) {
        QCOMPARE(row.size(), d.csvColumns.size());
        QCOMPARE(row[5], row[1] == row[4] ? 1.0 : 0.0);
    }
    for (const char *key :
         {"sensitivity_measured", "sensitivity_global", "attack_success_rate",
          "dp_bound_success_rate", "epsilon_target", "epsilon_total", "laplace_scale"}) {
        const auto it = std::find_if(d.figures.begin(), d.figures.end(),
                                     [&](auto &f) { return f.first == key; });
        QVERIFY2(it != d.figures.end(), key);
        QVERIFY2(std::find(lab.jsonKeys().begin(), lab.jsonKeys().end(), key) !=
                     lab.jsonKeys().end(),
                 key);
    }
    // Without noise ε is infinite: JSON null, explained by a note.
    QVERIFY(std::isinf(r->epsilonTotal));
    QCOMPARE(d.notes.size() + d.figures.size(), lab.jsonKeys().size());
    QVERIFY(std::any_of(d.notes.begin(), d.notes.end(),
                        [](auto &n) { return n.first == "epsilon_total_text"; }));
}

void TestDifferencing::smallAndLargeDatabases()
{
    for (Query q : kAllQueries) {
        for (std::uint64_t rows : {2ull, 3ull, 3000000ull}) {
            for (bool noise : {false, true}) {
                DifferencingParams p;
                p.rows = rows;
                p.query = q;
                p.threshold = rows / 2;
                p.target = 1;
                p.laplaceNoise = noise;
                p.trials = 100;
                QVERIFY(!validateDifferencing(p));
                const auto r = simulateDifferencing(p, 3);
                for (const auto &[key, value] : r->exportData().figures)
                    QVERIFY2(!std::isnan(value),
                             (queryName(q) + " rows " + std::to_string(rows) + ": " + key).c_str());
                for (const auto &pt : r->series)
                    QVERIFY(std::isfinite(pt.y));
                QVERIFY(r->series.size() <= 2 * kDifferencingBuckets);
                QVERIFY(r->table.size() == kAllQueries.size());
                if (rows == 2)
                    QVERIFY(!r->specialCases.empty() &&
                            r->specialCases.front() == DifferencingSpecialCase::TwoRows);
            }
        }
    }
}

void TestDifferencing::deterministicAndCancellable()
{
    DifferencingParams p;
    p.laplaceNoise = true;
    const auto a = simulateDifferencing(p, 123), b = simulateDifferencing(p, 123);
    QCOMPARE(a->trials.answerFull, b->trials.answerFull);
    QCOMPARE(a->example.answerFull, b->example.answerFull);
    CancelFlag cancel{true};
    QVERIFY(!simulateDifferencing(p, 123, &cancel));
}

void TestDifferencing::badParameters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expectedParam");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("target = rows") << "target" << 5000.0 << "target"
                                   << "value=5000 min=0 max=4999";
    QTest::newRow("threshold = rows") << "threshold" << 5000.0 << "threshold"
                                      << "value=5000 min=0 max=4999";
    QTest::newRow("epsilon 0") << "epsilon" << 0.0 << "epsilon"
                               << "value=0 min=0.01 max=10";
    QTest::newRow("epsilon negative") << "epsilon" << -1.0 << "epsilon"
                                      << "value=-1 min=0.01 max=10";
    QTest::newRow("epsilon NaN") << "epsilon" << std::nan("") << "epsilon"
                                 << "not_finite";
    QTest::newRow("epsilon too big") << "epsilon" << 11.0 << "epsilon"
                                     << "out_of_range";
    QTest::newRow("rows 1") << "rows" << 1.0 << "rows"
                            << "min=2";
    QTest::newRow("rows fractional") << "rows" << 10.5 << "rows"
                                     << "not_whole";
    QTest::newRow("trials 0") << "trials" << 0.0 << "trials"
                              << "out_of_range";
    QTest::newRow("share 1.5") << "share" << 1.5 << "share"
                               << "out_of_range";
}

void TestDifferencing::badParameters()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, expectedParam);
    QFETCH(QString, expectedWords);
    const auto &lab = TypedLab<DifferencingLab>::instance();
    ParamValues v = defaultValues(lab.params());
    v.set("query", 5); // threshold, so T is checked against rows
    v.set(key.toStdString(), value);
    const auto err = lab.validate(v);
    QVERIFY2(err, "accepted a bad value");
    QCOMPARE(QString::fromStdString(err->param), expectedParam);
    QVERIFY2(QString::fromStdString(dp::debugString(*err)).contains(expectedWords),
             dp::debugString(*err).c_str());
}

void TestDifferencing::unknownChoicesOnCommandLine()
{
    const auto &lab = TypedLab<DifferencingLab>::instance();
    ParamValues v = defaultValues(lab.params());
    for (const char *text : {"query=variance", "noise=gaussian", "neighbour=swap", "epsilon=0",
                             "rows=1e9", "target=-1", "epsilon=abc"}) {
        const ParamValues before = v;
        const auto err = parseAssignment(lab.params(), text, v);
        QVERIFY2(err, text);
        QVERIFY2(err->code != ParamErrorCode::Syntax && err->code != ParamErrorCode::Unknown,
                 dp::debugString(*err).c_str());
        QVERIFY(v == before);
    }
    QVERIFY(!parseAssignment(lab.params(), "query=median", v));
    QCOMPARE(v.get("query"), 3.0);
    QVERIFY(!parseAssignment(lab.params(), "neighbour=replace", v));
    QVERIFY(!parseAssignment(lab.params(), "noise=laplace", v));
    QVERIFY(!lab.validate(v));
    // A valid assignment that breaks a rule across parameters is caught by validate().
    QVERIFY(!parseAssignment(lab.params(), "target=6000", v));
    const auto err = lab.validate(v);
    QVERIFY(err && err->param == "target");
}

void TestDifferencing::eachQueryGetsNoiseForItsOwnSize()
{
    // Replace-one: N is public, so each query's noise follows its own size:
    // the one without her runs on N − 1 rows, where the mean's Δ is 1/(N − 1).
    // At N = 3 the two scales differ by half.
    DifferencingParams p;
    p.rows = 3;
    p.share = 0.5;
    p.query = Query::Mean;
    p.neighbour = Neighbour::Replace;
    p.target = 0;
    p.laplaceNoise = true;
    p.epsilon = 1.0;
    p.trials = 20000;
    const auto r = simulateDifferencing(p, 5);
    QVERIFY(r);
    QCOMPARE(r->laplaceScale, 1.0 / 3.0);
    QCOMPARE(r->laplaceScaleWithout, 1.0 / 2.0);
    QCOMPARE(r->epsilonTotal, 2.0); // each query spends ε = 1
    // Simulation and exact formula agree with the two different scales.
    double se = std::sqrt(r->exactSuccess * (1 - r->exactSuccess) / 20000.0);
    std::string msg = "simulated " + std::to_string(r->successRate) + ", exact " +
                      std::to_string(r->exactSuccess);
    QVERIFY2(std::abs(r->successRate - r->exactSuccess) <= 5 * se, msg.c_str());
    // For the mean the attacker's N·m − (N − 1)·m' carries noise N·b_full and
    // (N − 1)·b_without, both equal to 1/ε: the same chance as for the sum.
    p.query = Query::Sum;
    const auto sum = simulateDifferencing(p, 5);
    QVERIFY(std::abs(sum->exactSuccess - r->exactSuccess) < 1e-12);
    // A query whose Δ is 0 (count, replace-one) needs no noise and spends nothing.
    p.query = Query::Count;
    const auto count = simulateDifferencing(p, 5);
    QCOMPARE(count->epsilonTotal, 0.0);

    // Remove-one: N is private, so no scale may depend on it (release.h). The
    // mean goes out as a noisy sum and a noisy count, ε/2 each (scale 2/ε);
    // the attacker differences the noisy sums: 1 − ½·e^(−ε/4)·(1 + ε/8).
    p.query = Query::Mean;
    p.neighbour = Neighbour::Remove;
    const auto mean = simulateDifferencing(p, 5);
    QCOMPARE(mean->releaseForm, ReleaseForm::SumAndCount);
    QCOMPARE(mean->laplaceScale, 2.0);
    QCOMPARE(mean->laplaceScaleWithout, 2.0);
    QCOMPARE(mean->epsilonTarget, 1.0); // sum ε/2 + count ε/2
    QCOMPARE(mean->epsilonTotal, 2.0);
    QCOMPARE(mean->epsilonTargetReplace, 0.5); // only the sum sees her value
    const double want = 1 - 0.5 * std::exp(-0.25) * (1 + 1.0 / 8);
    QVERIFY2(std::abs(mean->exactSuccess - want) < 1e-12,
             std::to_string(mean->exactSuccess).c_str());
    se = std::sqrt(want * (1 - want) / 20000.0);
    msg = "simulated " + std::to_string(mean->successRate) + ", exact " + std::to_string(want);
    QVERIFY2(std::abs(mean->successRate - want) <= 5 * se, msg.c_str());
    // The example releases both noisy numbers; their ratio is the noisy mean.
    QVERIFY(mean->example.countFull != 0.0 && mean->example.countWithout != 0.0);
    // The threshold's noise comes from Δ = 1 on every size, even where
    // N − 1 rows cannot exceed T = N − 1.
    p.query = Query::Threshold;
    p.threshold = 2;
    const auto thr = simulateDifferencing(p, 5);
    QCOMPARE(thr->laplaceScale, 1.0);
    QCOMPARE(thr->laplaceScaleWithout, 1.0);
}

// The result says which account of the noise applies, as an enum the page words.
void TestDifferencing::noiseCaseNamesTheSpecialCase()
{
    const auto caseFor = [](Query q, Neighbour nb, std::uint64_t rows, bool noise) {
        DifferencingParams p;
        p.rows = rows;
        p.query = q;
        p.neighbour = nb;
        p.threshold = rows / 2;
        p.laplaceNoise = noise;
        p.trials = 100;
        return simulateDifferencing(p, 5)->noiseCase;
    };
    using NC = DifferencingNoiseCase;
    QCOMPARE(caseFor(Query::Sum, Neighbour::Remove, 1000, false), NC::None);
    QCOMPARE(caseFor(Query::Count, Neighbour::Remove, 1000, false), NC::NoneTargetIgnored);
    QCOMPARE(caseFor(Query::Sum, Neighbour::Remove, 1000, true), NC::Laplace);
    QCOMPARE(caseFor(Query::Count, Neighbour::Replace, 1000, true), NC::LaplaceZeroDelta);
    QCOMPARE(caseFor(Query::Count, Neighbour::Remove, 1000, true), NC::LaplaceTargetIgnored);
    QCOMPARE(caseFor(Query::Median, Neighbour::Remove, 1001, true), NC::LaplaceGroupPrivacy);
    QCOMPARE(noiseCaseName(NC::LaplaceGroupPrivacy), std::string("laplace_group_privacy"));
}

QTEST_APPLESS_MAIN(TestDifferencing)
#include "tst_differencing.moc"
