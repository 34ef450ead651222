// Places introduced by the noun news puts before a place its readers may not
// know: "the town of Adan Yabaal", "the frontline village of Novoselivka",
// "the island of Kinmen". The name is one to three capitalized words (or
// prefixed words such as "al-Ain") right after a lower-case place noun and
// "of".
#ifndef GAZER_SRC_PLACE_NOUN_H_
#define GAZER_SRC_PLACE_NOUN_H_

#include <string>
#include <vector>

#include "gazer/extraction.h"
#include "name_tokens.h"
#include "name_words.h"

namespace gazer {

// Appends to *names, in text order, the place names that follow a place
// noun in `text` (normalized, case kept), reading the capital tokens of
// `capitals`, which are those of `text`. A name that a mention of
// `mentions` (sorted) overlaps is left to it.
void FindNamesAfterPlaceNouns(const std::string& text, const std::vector<Mention>& mentions, CapitalTokens* capitals,
                              std::vector<NameSpan>* names);

}  // namespace gazer

#endif  // GAZER_SRC_PLACE_NOUN_H_
