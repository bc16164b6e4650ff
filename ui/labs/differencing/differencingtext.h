#pragma once
// The differencing lab's sentences, built from the result's numbers and enums
// (core says nothing in words). Every sentence is tr() in the context
// "DifferencingText", so ui/labs/differencing/translations/ holds them.

#include "labs/differencing/differencing.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class DifferencingText
{
    Q_DECLARE_TR_FUNCTIONS(DifferencingText)
public:
    // Short decimal form without exponent ("5,000,123", "0.0002", "0.5006").
    static QString num(double v);
    // Why the measured (this database) and the global (worst case) sensitivity differ.
    static QString sensitivityWhy(dp::Query q, dp::Neighbour nb, std::uint64_t n, std::uint64_t k,
                                  std::uint64_t threshold, double measured, double global);
    // How the attacker turns the two answers into a guess.
    static QString rule(dp::Query q);
    // The same for the chosen release (the mean under remove-one goes out as
    // a noisy sum and a noisy count, and the attacker subtracts the sums).
    static QString rule(const dp::DifferencingResult &r);
    // When this query's attack works on this database, and when it cannot.
    static QString queryNote(const dp::DifferencingResult &r);
    // The noise scale and the ε figures, with the special case that applies.
    static QString noise(const dp::DifferencingResult &r);
    // The single attack on the real database, narrated.
    static QString example(const dp::DifferencingResult &r);
    // Special cases of this database (N = 2, everyone alike, few trials).
    static QStringList messages(const dp::DifferencingResult &r);
};
