// Persons named by a given name and capitalized words, the way news names
// people no gazetteer holds: "Tobias Ellwood said", "including George
// Haswani, a middleman". The words after the given name are name words
// (name_words.h), with particles (al, bin, de) and initials ("George W.
// Bush") between them. It is no person's name when a capitalized word comes
// right before it ("Camp David", "Lake Victoria"), unless that word ends a
// mention or is a title, or right after it ("Konrad Adenauer Foundation"),
// or when a mention overlaps it, with one exception: many given names are
// also places ("Douglas", "Victoria", "Nancy"), and the caller may let such
// a mention of the given name alone give way when free name words follow
// ("Douglas Barrie", "Victoria Coates"); a one-word mention that is the
// surname and the name's only other word, where the caller lets it ("Jim
// Jordan", "Maria Lavrov"); and a town that ends the surname of a name
// whose given name is no mention ("Ana Beatriz Moura", "Corinne
// Vasquez-Lund"). "Abu" and "Umm" followed by a given name start a name
// too ("Abu Ali"), and so does a common Korean or Chinese family name
// followed by a given name of two syllables ("Park Ji-hoon", "Chen
// Yu-ting"). Nor is it a person's name before "exercise" or "drills", or
// a facility in lower case ("Nur Khan air base").
#ifndef GAZER_SRC_GIVEN_NAME_FINDER_H_
#define GAZER_SRC_GIVEN_NAME_FINDER_H_

#include <functional>
#include <string>
#include <vector>

#include "gazer/extraction.h"
#include "given_names.h"
#include "name_tokens.h"
#include "name_words.h"

namespace gazer {

// Appends to *names, in text order, the names that start with one of
// `given` in `text` (normalized, case kept), reading the capital tokens of
// `capitals`, which are those of `text`. `mentions` (sorted) are what
// earlier stages found. A name may hold a one-word mention of which
// `gives_way(mention, as_surname)` is true (see above): as its given name
// or, if `as_surname`, as its surname; a mention that ends the surname
// gives way as a town if `gives_way(mention, false)`. The caller removes
// those mentions.
void FindGivenNameNames(const std::string& text, const std::vector<Mention>& mentions, CapitalTokens* capitals,
                        const GivenNames& given, const std::function<bool(const Mention&, bool)>& gives_way,
                        std::vector<NameSpan>* names);

}  // namespace gazer

#endif  // GAZER_SRC_GIVEN_NAME_FINDER_H_
