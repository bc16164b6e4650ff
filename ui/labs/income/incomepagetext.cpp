// The income page's words: the headline (estimate, one friend, ε) and the
// privacy panel (ε analytic and classic, clipping bias, noise for ε = 1,
// local against central, wrong μ_o, warnings). Numbers from dp::IncomeResult.
#include "labs/income/incomepage.h"

#include "framework/contrast.h"
#include "framework/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace {

QString eur(double v)
{
    return fmt::money(v);
}

// δ as a student reads it: "10⁻⁵", "2.5 × 10⁻⁷", or "0.05".
QString deltaText(double d)
{
    if (d >= 1e-3)
        return QLocale().toString(d, 'g', 3);
    const int e = static_cast<int>(std::floor(std::log10(d) + 1e-9));
    const double m = d / std::pow(10.0, e);
    static const QString sup[] = {QStringLiteral("⁰"), QStringLiteral("¹"), QStringLiteral("²"),
                                  QStringLiteral("³"), QStringLiteral("⁴"), QStringLiteral("⁵"),
                                  QStringLiteral("⁶"), QStringLiteral("⁷"), QStringLiteral("⁸"),
                                  QStringLiteral("⁹")};
    QString power = QStringLiteral("10⁻");
    for (QChar c : QString::number(-e))
        power += sup[c.digitValue()];
    if (std::fabs(m - 1.0) < 1e-6)
        return power;
    return QStringLiteral("%1 × %2").arg(QLocale().toString(m, 'g', 3), power);
}

QString epsilonWords(double eps)
{
    if (eps <= 0.1)
        return QCoreApplication::translate("IncomePage", "a very strong promise");
    if (eps <= 1.0)
        return QCoreApplication::translate("IncomePage", "a strong promise");
    if (eps <= 3.0)
        return QCoreApplication::translate("IncomePage", "a moderate promise");
    if (eps <= 10.0)
        return QCoreApplication::translate("IncomePage", "a weak promise");
    return QCoreApplication::translate("IncomePage",
                                       "a very weak promise that protects almost nothing");
}

} // namespace

QString IncomePage::headline(const dp::IncomeResult &r) const
{
    const auto &p = r.params;
    const auto n = static_cast<double>(p.friends);
    QStringList lines;
    const double off = r.estimatedMean - r.trueMean;
    const QString offText = std::fabs(off) < 0.5 ? tr("spot on")
                            : off > 0            ? tr("%1 too high").arg(eur(off))
                                                 : tr("%1 too low").arg(eur(-off));
    lines << tr("Estimated average income: <b>%1</b> (95 % interval %2 to %3). True average of %4: "
                "<b>%5</b>, so the estimate is %6.")
                 .arg(eur(r.estimatedMean), eur(r.ciLow), eur(r.ciHigh),
                      p.friends == 1 ? tr("this one friend")
                                     : tr("these %1 friends").arg(fmt::number(n)),
                      eur(r.trueMean), offText);
    // The interval covers the noise only; a bias from clipping or a wrong μ_o
    // moves the estimate past it whatever N is.
    const double bias =
        (p.clipping ? r.clippingBias : 0.0) + (p.wrongNoiseMean ? r.wrongMeanBias : 0.0);
    if (std::fabs(bias) > 0.1 * r.standardError && std::fabs(bias) >= 0.5)
        lines << tr("The interval covers the noise only, not the %1 bias from %2.")
                     .arg(eur(std::fabs(bias)), !p.wrongNoiseMean ? tr("clipping")
                                                : (p.clipping && std::fabs(r.clippingBias) >= 0.5)
                                                    ? tr("clipping and the wrong μ_o")
                                                    : tr("the wrong μ_o"));
    if (p.wrongNoiseMean)
        lines << contrast::span(
            this, contrast::Tone::Wrong,
            tr("<b>Wrong μ_o:</b> the analyst subtracts %1 although the friends' "
               "noise has mean %2, so every estimate is off by %3, with any number of friends.")
                .arg(eur(p.assumedNoiseMean), eur(p.noiseMean), eur(r.wrongMeanBias)));
    lines << tr("One friend (#%1) earns <b>%2</b> and reported <b>%3</b>. From the report alone an "
                "observer can "
                "only say “between %4 and %5” (95 %): <i>plausible deniability</i>.")
                 .arg(fmt::number(static_cast<double>(p.friendIndex)),
                      r.friendClipped != r.friendIncome
                          ? tr("%1</b> (counted as %2 after clipping)<b>")
                                .arg(eur(r.friendIncome), eur(r.friendClipped))
                          : eur(r.friendIncome),
                      eur(r.friendReport), eur(r.friendLow), eur(r.friendHigh));
    if (!p.clipping)
        lines << tr("Privacy of one report: <b>ε is infinite</b>. Without clipping, no amount of "
                    "noise hides a "
                    "very large income: noise alone is not differential privacy.");
    else if (!std::isfinite(r.epsilonAnalytic))
        lines << tr("Privacy of one report: <b>ε is infinite</b>. With no noise every report is "
                    "the clipped "
                    "income itself.");
    else
        lines << tr("Privacy of one report: <b>ε = %1</b> at δ = %2 (C = %3): %4.")
                     .arg(fmt::epsilon(r.epsilonAnalytic), deltaText(p.delta), eur(p.clip),
                          epsilonWords(r.epsilonAnalytic));
    return lines.join(QStringLiteral("<br>"));
}

QString IncomePage::privacy(const dp::IncomeResult &r) const
{
    const auto &p = r.params;
    QStringList lines;
    if (!p.clipping) {
        lines << tr(
            "<b>Why ε is infinite:</b> incomes have no upper limit, so one friend can move a "
            "report "
            "without bound and no amount of noise covers that. Noise alone is not differential "
            "privacy; clipping to [0, C] and then adding noise is (and the classic bound does not "
            "apply without it).");
    } else if (std::isfinite(r.epsilonAnalytic)) {
        lines << tr("<b>ε = %1</b> (exact, Balle & Wang 2018): clipping to [0, %2] limits what one "
                    "friend can "
                    "change (the sensitivity C), so each report is the Gaussian mechanism.")
                     .arg(fmt::epsilon(r.epsilonAnalytic), eur(p.clip));
        lines << (r.classicApplies ? tr("<b>Classic bound</b> √(2 ln(1.25/δ))·C/σ_o: ε = %1. It "
                                        "applies (below 1) and is "
                                        "looser than the exact ε.")
                                         .arg(fmt::epsilon(r.epsilonClassic))
                                   : tr("<b>Classic bound</b> √(2 ln(1.25/δ))·C/σ_o would give ε = "
                                        "%1, but <b>it does not "
                                        "apply here</b>: it is only proved for ε below 1 (Dwork & "
                                        "Roth, Thm 3.22).")
                                         .arg(fmt::epsilon(r.epsilonClassic)));
    } else {
        lines << tr(
            "<b>ε is infinite:</b> with no noise every report is the clipped income itself. The "
            "classic bound does not apply either.");
    }
    if (p.clipping && std::isfinite(r.sigmaForEpsilon1))
        lines << tr("<b>For ε = 1</b> each friend must add σ_o = <b>%1</b> (the classic formula "
                    "would say %2, but its "
                    "theorem covers only ε below 1); you use %3.")
                     .arg(eur(r.sigmaForEpsilon1), eur(r.classicSigmaForEpsilon1), eur(p.noiseSd));
    if (!p.clipping) {
        lines << tr("<b>Clipping</b> is off: no clipping bias, but no privacy guarantee.");
    } else if (std::fabs(r.clippingBias) < 0.5) {
        lines << tr("<b>Clipping bias:</b> under 1 €, because C is far above almost every income.");
    } else {
        // Both sides of the clipping (issue 8, point 6): the loss from incomes
        // above C and the gain from negative incomes raised to 0.
        QString cut = tr("the %1 of incomes above C lower it by %2")
                          .arg(fmt::percent(r.pClippedAbove), eur(r.clipExcessAbove));
        if (r.pClippedBelow >= 0.0005 || r.clipShortfallBelow >= 0.5)
            cut += tr("; the %1 below 0, raised to 0, add %2")
                       .arg(fmt::percent(r.pClippedBelow), eur(r.clipShortfallBelow));
        lines << tr("<b>Clipping bias: %1.</b> Net of two sides: %2. More friends do not remove "
                    "this bias.")
                     .arg(eur(r.clippingBias), cut);
    }
    if (p.noiseSd > 0.0) {
        QString lc =
            tr("<b>Local vs central</b> %1: every friend adding noise gives an error of "
               "± %2 (σ_o/√N); a trusted curator adding one such noise to the sum, ± %3 (σ_o/N): "
               "√N = %4 times less.")
                .arg(p.clipping ? tr("at the same ε") : tr("with the same noise"),
                     eur(r.localStandardError), eur(r.centralStandardError),
                     QLocale().toString(r.localCentralRatio, 'f',
                                        r.localCentralRatio < 100 ? 1 : 0));
        if (p.clipping && std::isfinite(r.localSeAtEpsilon1))
            lc += tr(" At ε = 1: ± %1 against ± %2.")
                      .arg(eur(r.localSeAtEpsilon1), eur(r.centralSeAtEpsilon1));
        lines << lc;
    }
    QStringList warnings;
    if (p.friends == 1)
        warnings << tr("With one friend the “average” is that friend's own report: it hides their "
                       "income only as "
                       "well as the noise does, ±1.96 σ_o.");
    if (p.noiseSd == 0.0)
        warnings << tr("No noise: every report is the (clipped) income itself.");
    if (r.sampleIsPartial)
        warnings << tr("The histograms show the first %1 of %2 friends (round 1).")
                        .arg(fmt::number(static_cast<double>(r.sampleSize)),
                             fmt::number(static_cast<double>(p.friends)));
    for (const QString &w : std::as_const(warnings))
        lines << contrast::span(this, contrast::Tone::Warning, w.toHtmlEscaped());
    const QString mode =
        r.modeUsed == dp::IncomeMode::Person
            ? tr("per person: every income and every noise is drawn")
        : r.aggregateIsExact
            ? tr("aggregate: the mean noise and the mean income are drawn exactly")
            : tr("aggregate: the mean noise is exact; the means of the true and clipped incomes "
                 "use the central-limit (normal) approximation");
    lines << contrast::span(
        this, contrast::Tone::Secondary,
        tr("Simulated %1 rounds, %2.")
            .arg(fmt::number(static_cast<double>(r.errors.size())), mode.toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}
