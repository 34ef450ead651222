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
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/extraction.h"
#include "name_tokens.h"
#include "name_words.h"

namespace gazer {

// Appends to *names, in text order, the names of persons introduced by an
// apposition in `text` (normalized, case kept), reading the capital tokens
// of `capitals`, which are those of `text`; `mentions` (sorted) are what
// earlier stages found. A name ending in a one-word mention may hold it if
// `gives_way(mention, name)` ("Tom Kwasniewski, a naval analyst", where
// "Kwasniewski" named another person); the caller removes that mention.
void FindAppositionNames(const std::string& text, const std::vector<Mention>& mentions, CapitalTokens* capitals,
                         const std::function<bool(const Mention&, std::string_view)>& gives_way,
                         std::vector<NameSpan>* names);

}  // namespace gazer

#endif  // GAZER_SRC_APPOSITION_H_
