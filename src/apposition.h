// Persons introduced by an apposition, the way news introduces people its
// readers do not know: "Zaur Gasimov, an Istanbul-based analyst", "Tobias
// Ellwood, Minister for the Middle East", and the other way round, "Minister
// for the Middle East, Tobias Ellwood, said". A name is two to four
// capitalized words (particles such as al, bin, de between them) that no
// mention overlaps, and not the words of an institution ("Regional
// Government").
#ifndef GAZER_SRC_APPOSITION_H_
#define GAZER_SRC_APPOSITION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "gazer/extraction.h"
#include "name_tokens.h"
#include "name_words.h"

namespace gazer {

// Appends to *names, in text order, the names of persons introduced by an
// apposition in `text` (normalized, case kept), reading the capital tokens
// of `capitals`, which are those of `text`; `mentions` (sorted) are what
// earlier stages found.
void FindAppositionNames(const std::string& text, const std::vector<Mention>& mentions, CapitalTokens* capitals,
                         std::vector<NameSpan>* names);

}  // namespace gazer

#endif  // GAZER_SRC_APPOSITION_H_
