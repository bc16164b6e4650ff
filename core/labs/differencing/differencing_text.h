#pragma once
// English sentences that explain the differencing lab's numbers (internal to
// core/differencing.cpp; the UI translates whole results, not fragments).

#include "labs/differencing/sensitivity.h"

#include <cstdint>
#include <string>

namespace dp::difftext {

// Short decimal form, never exponent notation: whole numbers in full ("5,000,123"),
// otherwise 4 significant digits ("0.0002", "0.5006") or 2 decimals from 1000 up.
std::string num(double v);
// Why the measured (this database) and global (worst case) sensitivity differ.
std::string sensitivityWhy(Query q, Neighbour nb, std::uint64_t n, std::uint64_t k,
                           std::uint64_t threshold, double measured, double global);
// How the attacker turns the two answers into a guess.
std::string ruleText(Query q);
// When this query's attack works on this database, and when it cannot.
std::string queryNote(Query q, std::uint64_t n, std::uint64_t kOthers, std::uint64_t threshold,
                      double noiseFreeSuccess);

} // namespace dp::difftext
