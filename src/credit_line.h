// Persons named in the credit lines of news agencies: the byline at the
// start of a line ("By Nadine Abou Zeid and Eitan Feldmann") and the
// credits at the end ("(Reporting by Tom Balmforth and Mark Potter in
// Kyiv; Additional reporting by Guy Faulconbridge; Editing by Rosalind
// Petrie)"). After "By" (at a line's start), "Reporting by", "Writing by",
// "Editing by" and "Compiled by" come names only, so each run of two to
// five capitalized words up to the next "and", ",", ";", " in ", ")", "."
// or line end is a person's name, whatever its words mean elsewhere
// ("Mark", "Guy", "Cook", the town "Moura"). "in" and the place after it
// are skipped; anything else ends the list. A byline in capitals ("By JOHN
// SMITH AND MARIA GARCIA", "BY JOHN SMITH") holds names of two to four
// words in capitals whose first is a given name.
#ifndef GAZER_SRC_CREDIT_LINE_H_
#define GAZER_SRC_CREDIT_LINE_H_

#include <functional>
#include <string>
#include <vector>

#include "gazer/extraction.h"
#include "name_words.h"

namespace gazer {

class GivenNames;

// Appends to *names, in text order, the names of the credit lines of
// `text` (normalized, case kept), with `given` for bylines in capitals.
// `mentions` (sorted) are what earlier
// stages found: a name holds only mentions inside it of which
// `gives_way(mention)` is true (the caller removes them), and a name that
// is exactly one person mention already is left out.
void FindCreditLineNames(const std::string& text, const std::vector<Mention>& mentions, const GivenNames& given,
                         const std::function<bool(const Mention&)>& gives_way, std::vector<NameSpan>* names);

}  // namespace gazer

#endif  // GAZER_SRC_CREDIT_LINE_H_
