#include "labs/differencing/differencingtext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using dp::Neighbour;
using dp::Query;

namespace {
QString count(std::uint64_t v)
{
    return QLocale().toString(static_cast<qulonglong>(v));
}

QString queryWord(Query q)
{
    switch (q) {
    case Query::Sum:
        return DifferencingText::tr("sum");
    case Query::Count:
        return DifferencingText::tr("count");
    case Query::Mean:
        return DifferencingText::tr("mean");
    case Query::Median:
        return DifferencingText::tr("median");
    case Query::Max:
        return DifferencingText::tr("max");
    case Query::Threshold:
        return DifferencingText::tr("threshold");
    }
    return {};
}
} // namespace

QString DifferencingText::num(double v)
{
    if (std::isnan(v))
        return tr("undefined");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const double a = std::fabs(v);
    if (a == 0.0)
        return QStringLiteral("0");
    if (a < 1e15 && v == std::round(v))
        return QLocale().toString(v, 'f', 0);
    const int magnitude = static_cast<int>(std::floor(std::log10(a)));
    const int decimals = a >= 1000.0 ? 2 : std::clamp(3 - magnitude, 0, 20);
    QString s = QLocale().toString(v, 'f', decimals);
    const QString point = QLocale().decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString DifferencingText::sensitivityWhy(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                                         std::uint64_t threshold, double measured, double global)
{
    const bool remove = nb == Neighbour::Remove;
    const QString here = tr("Here (%1 of %2 have it)").arg(count(k), count(n));
    switch (q) {
    case Query::Sum:
        if (!remove)
            return tr("Changing one person's value moves the sum by exactly 1, on every database.");
        return k == 0 ? tr("Removing a person lowers the sum by her own value, 0 or 1, so the "
                           "worst case is 1. "
                           "%1 nobody has it, so no removal changes the sum: measured 0.")
                            .arg(here)
                      : tr("Removing a person lowers the sum by her own value, 0 or 1, so the "
                           "worst case is 1. "
                           "%1 anyone who has it reaches that worst case.")
                            .arg(here);
    case Query::Count:
        return remove ? tr("Removing anyone lowers the count by exactly 1, on every database: "
                           "measured and "
                           "global agree. The count says nothing about anyone's secret, though.")
                      : tr("Changing a value does not change how many people there are: 0 on every "
                           "database.");
    case Query::Mean:
        return remove ? tr("For 0/1 data one person moves the mean by at most 1/N = %1. %2 "
                           "removing someone moves "
                           "it by at most %3: the full 1/N needs everyone else to hold the other "
                           "value. Without "
                           "bounds on the values (incomes, say) one person could move a mean by "
                           "any amount: the "
                           "sensitivity would be unbounded.")
                            .arg(num(global), here, num(measured))
                      : tr("For 0/1 data one person moves the mean by at most 1/N = %1. Changing "
                           "one value moves it "
                           "by exactly 1/N, on every database. Without bounds on the values "
                           "(incomes, say) one "
                           "person could move a mean by any amount: the sensitivity would be "
                           "unbounded.")
                            .arg(num(global));
    case Query::Median: {
        QString s = tr("Median = average of the two middle values; for 0/1 data it is 0, ½ or 1 "
                       "and it moves only "
                       "when the 0s and 1s are nearly balanced.");
        s += QLatin1Char(' ') +
             (measured == 0.0
                  ? tr("%1 they are not, so nobody moves it: measured 0.").arg(here)
                  : tr("%1 they are, and one person moves it by %2.").arg(here, num(measured)));
        if (remove)
            s += QLatin1Char(' ') +
                 tr("Worst case ½: removing one person never takes it from 0 all the way to 1.");
        else if (n % 2 == 1)
            s += QLatin1Char(' ') +
                 tr("Worst case 1: with N odd, flipping one value can swing it from 0 to 1.");
        else
            s += QLatin1Char(' ') +
                 tr("Worst case ½: with N even, one flip moves it only to or from ½.");
        return s;
    }
    case Query::Max: {
        QString s = tr("The maximum of 0/1 data is 1 as soon as anyone has it.") +
                    QLatin1Char(' ') +
                    (measured == 0.0 ? tr("%1 no single person changes it: measured 0.").arg(here)
                                     : tr("%1 one person changes it: measured 1.").arg(here));
        return s + QLatin1Char(' ') +
               (remove ? tr("Worst case 1: a database where exactly one person has it.")
                       : tr("Worst case 1: a database where at most one person has it."));
    }
    case Query::Threshold: {
        const QString t = count(threshold);
        if (threshold + 1 > n)
            return tr("T = %1 is not below N = %2: the sum can never be above T, the answer is "
                      "always “no”, and "
                      "nobody can change it.")
                .arg(t, count(n));
        QString s = remove ? tr("“Is the sum above T” changes only when one removal crosses the "
                                "edge: sum = T + 1 "
                                "= %1.")
                                 .arg(count(threshold + 1))
                           : tr("“Is the sum above T” changes only when one flip crosses the edge: "
                                "sum = T = %1 "
                                "or T + 1.")
                                 .arg(t);
        s += QLatin1Char(' ') + (measured == 0.0 ? tr("Here the sum is %1, away from the edge: "
                                                      "nobody changes the answer (measured 0).")
                                                 : tr("Here the sum is %1, right at the edge: one "
                                                      "person flips the answer (measured 1)."))
                                    .arg(count(k));
        return s + QLatin1Char(' ') +
               tr("Worst case 1, so noise must be scaled to 1 even where the measured value is 0.");
    }
    }
    return {};
}

QString DifferencingText::rule(Query q)
{
    QString s;
    switch (q) {
    case Query::Sum:
        s = tr("The attacker subtracts: sum with her − sum without her = her value.");
        break;
    case Query::Count:
        s = tr("The attacker subtracts the two counts. The difference is 1 whatever the secret: "
               "she learns only "
               "that the target is in the database.");
        break;
    case Query::Mean:
        s = tr("The attacker turns the means back into sums: N × (mean with her) − (N − 1) × (mean "
               "without her) = "
               "her value.");
        break;
    case Query::Median:
        s = tr("The median goes up when a 1 joins and down when a 0 joins. The attacker computes 2 "
               "× (median with "
               "her) − (median without her): if the median did not move, this bets that she is on "
               "the side where it "
               "sits.");
        break;
    case Query::Max:
        s = tr("The attacker subtracts: max with her − max without her. That is her value only if "
               "nobody else has "
               "it.");
        break;
    case Query::Threshold:
        s = tr("The attacker subtracts the two yes/no answers (yes = 1). They differ only when the "
               "others' sum is "
               "exactly T.");
        break;
    }
    return s + QLatin1Char(' ') + tr("She guesses 1 when the result is above ½, otherwise 0.");
}

QString DifferencingText::rule(const dp::DifferencingResult &r)
{
    if (r.releaseForm != dp::ReleaseForm::SumAndCount)
        return rule(r.params.query);
    return tr("With remove-one neighbours the mean is released as a noisy sum and a noisy count "
              "(their ratio "
              "is the mean). The attacker subtracts the two sums: sum with her − sum without her = "
              "her value.") +
           QLatin1Char(' ') + tr("She guesses 1 when the result is above ½, otherwise 0.");
}

QString DifferencingText::queryNote(const dp::DifferencingResult &r)
{
    const std::uint64_t n = r.params.rows, kOthers = r.othersOnes, threshold = r.params.threshold;
    const QString others = tr("%1 of the other %2").arg(count(kOthers), count(n - 1));
    switch (r.params.query) {
    case Query::Sum:
    case Query::Mean:
        return tr("Without noise this attack recovers her value every time, whoever she is.");
    case Query::Count:
        return tr("The count does not depend on the target's value, so this attack can only guess: "
                  "right half the "
                  "time, with or without noise.");
    case Query::Max:
        return kOthers > 0 ? tr("Someone else already has it (%1), so the maximum is 1 with or "
                                "without her: the "
                                "attack learns nothing and is right half the time.")
                                 .arg(others)
                           : tr("Nobody else has it, so the maximum is exactly her value: the "
                                "attack works like "
                                "the sum.");
    case Query::Threshold:
        if (kOthers == threshold)
            return tr("The others' sum is exactly T = %1: the answer is “yes” exactly when she has "
                      "it, so the attack "
                      "works.")
                .arg(count(threshold));
        return tr("The others' sum is %1, not T = %2: both answers agree whatever her value, so "
                  "the attack learns "
                  "nothing (right half the time). Set threshold = %1 to see it work.")
            .arg(count(kOthers), count(threshold));
    case Query::Median:
        if (r.noiseFreeSuccess >= 1.0)
            return tr("The others are balanced (%1), so her value decides how the median moves: "
                      "without noise the "
                      "attack always works.")
                .arg(others);
        return tr("The others are not balanced (%1), so the median is the same whatever her value: "
                  "the attack can "
                  "only guess, right half the time.")
            .arg(others);
    }
    return {};
}

QString DifferencingText::noise(const dp::DifferencingResult &r)
{
    const auto &p = r.params;
    const bool remove = p.neighbour == Neighbour::Remove;
    using NC = dp::DifferencingNoiseCase;
    QString s;
    if (r.noiseCase == NC::None || r.noiseCase == NC::NoneTargetIgnored) {
        s = tr(
            "No noise: both answers are exact, so the queries give no privacy guarantee (ε = ∞).");
        if (r.noiseCase == NC::NoneTargetIgnored)
            s += QLatin1Char(' ') + tr("This query ignores her value, so her secret is safe anyway "
                                       "(ε for her secret: 0).");
        return s;
    }
    // Why the noise looks the way it does under the chosen notion (issue 8, point 2).
    if (r.releaseForm == dp::ReleaseForm::SumAndCount)
        s = tr("Remove-one: the number of people is private, so no noise may depend on N (1/(Nε) "
               "with her, "
               "1/((N − 1)ε) without, would give her away). The mean goes out as a noisy sum and a "
               "noisy "
               "count, ε/2 = %1 each, scale %2; the mean shown is their ratio.")
                .arg(num(p.epsilon / 2), num(r.laplaceScale));
    else if (remove)
        s = tr("Remove-one: the number of people is private, so no noise may depend on N: b = Δ/ε "
               "= %1/%2 = "
               "%3, Δ the worst case over databases of every size (never the measured %4: it would "
               "leak).")
                .arg(num(r.noiseSensitivity), num(p.epsilon), num(r.laplaceScale),
                     num(r.measured.value));
    else
        s = tr("Replace-one: N is public, so each answer's noise fits its own size: b = Δ/ε = "
               "%1/%2 = %3 with "
               "her (never the measured %4: it would leak).")
                .arg(num(r.noiseSensitivity), num(p.epsilon), num(r.laplaceScale),
                     num(r.measured.value));
    if (!remove && r.laplaceScaleWithout != r.laplaceScale)
        s += QLatin1Char(' ') +
             tr("Without her, on %1 rows: Δ = %2, scale %3.")
                 .arg(count(p.rows - 1), num(r.deltaWithout), num(r.laplaceScaleWithout));
    if (remove && p.query == Query::Threshold && r.globalSensitivity == 0.0)
        s += QLatin1Char(' ') +
             tr("N people can never be more than T here, but one more person can: Δ stays 1.");
    s += QLatin1Char(' ') + tr("Budget: ε = %1 for the query with her, %2 for both.")
                                .arg(num(r.epsilonTarget), num(r.epsilonTotal));
    if (remove && r.epsilonTargetReplace != r.epsilonTarget)
        s += QLatin1Char(' ') +
             tr("Changing her value (remove her, add her back) is counted with replace-one: ε = %1 "
                "for the "
                "query with her, %2 for both; the ceiling on guessing her value uses %1.")
                 .arg(num(r.epsilonTargetReplace), num(r.epsilonTotalReplace));
    if (r.noiseCase == NC::LaplaceZeroDelta)
        s += QLatin1Char(' ') +
             tr("Δ = 0: the answer cannot depend on anyone, so no noise is needed.");
    else if (r.noiseCase == NC::LaplaceGroupPrivacy)
        s += QLatin1Char(' ') +
             tr("(With N odd, her leaving moves the median by ½, her value flipping by 1: 2ε, "
                "group privacy.)");
    else if (r.noiseCase == NC::LaplaceTargetIgnored)
        s += QLatin1Char(' ') + tr("The count ignores her value: it spends nothing on her secret.");
    return s;
}

QString DifferencingText::example(const dp::DifferencingResult &r)
{
    const auto &e = r.example;
    const bool noisy = r.params.laplaceNoise;
    const QString with =
        noisy ? tr("%1 (exact %2)").arg(num(e.answerFull), num(e.exactFull)) : num(e.answerFull);
    const QString without = noisy
                                ? tr("%1 (exact %2)").arg(num(e.answerWithout), num(e.exactWithout))
                                : num(e.answerWithout);
    return tr("The target is row %1; her real value is %2. With her the %3 answers %4, without her "
              "%5. The attacker "
              "computes %6 and guesses %7: %8")
        .arg(count(r.params.target), QString::number(e.targetValue), queryWord(r.params.query),
             with, without, num(e.recovered), QString::number(e.guess),
             e.correct ? tr("right.") : tr("wrong."));
}

QStringList DifferencingText::messages(const dp::DifferencingResult &r)
{
    QStringList out;
    for (dp::DifferencingSpecialCase c : r.specialCases) {
        switch (c) {
        case dp::DifferencingSpecialCase::TwoRows:
            out << tr("With N = 2 the database without her holds a single person, so every "
                      "“aggregate” without her "
                      "is that person's own value.");
            break;
        case dp::DifferencingSpecialCase::EveryoneAlike:
            out << tr("Everyone in this database has the same value (%1): some neighbours do not "
                      "exist, and the "
                      "measured sensitivity counts only the ones that do.")
                       .arg(r.ones == 0 ? 0 : 1);
            break;
        case dp::DifferencingSpecialCase::FewTrials:
            out << tr(
                "With fewer than 100 trials the success rates are rough: see their intervals.");
            break;
        }
    }
    return out;
}
