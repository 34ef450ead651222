// Warships named after the noun of their type, as naval news names them
// when it has no prefix to give: "the Italian destroyer Caio Duilio", "the
// submarine Kazan", "the cruiser Moskva", "the frigate Admiral Gorshkov".
// The name is one to four capitalized words right after a lower-case type
// noun of a warship.
#ifndef GAZER_SRC_SHIP_NOUN_H_
#define GAZER_SRC_SHIP_NOUN_H_

#include <string>
#include <vector>

#include "name_tokens.h"
#include "name_words.h"

namespace gazer {

// Appends to *names, in text order, the ship names that follow a warship's
// type noun in `text` (normalized, case kept), reading the capital tokens
// of `capitals`, which are those of `text`. Which mentions a name replaces
// is the caller's to judge: a ship is often named after a place or person.
void FindShipNamesAfterTypeNouns(const std::string& text, CapitalTokens* capitals, std::vector<NameSpan>* names);

}  // namespace gazer

#endif  // GAZER_SRC_SHIP_NOUN_H_
