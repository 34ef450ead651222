// Warships named after the noun of their type, as naval news names them
// when it has no prefix to give: "the Italian destroyer Caio Duilio", "the
// submarine Kazan", "the cruiser Moskva", "the frigate Admiral Gorshkov".
// The name is one to four capitalized words right after a lower-case type
// noun of a warship. A ship class is named before one: "Gowind-class
// corvette".
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

// Appends to *names, in text order, the ship classes named before a
// hyphenated "-class" and a warship's type noun in `text` ("two Maharaja
// Lela-class frigates", "a Gowind-class corvette"): one to three
// capitalized words and "-class". A number word that starts the class's
// sentence ("Two Gowind-class ...") is not part of it; which mentions the
// class replaces is the caller's to judge.
void FindShipClassNames(const std::string& text, std::vector<NameSpan>* names);

}  // namespace gazer

#endif  // GAZER_SRC_SHIP_NOUN_H_
