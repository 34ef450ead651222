// Linker: turns matches into the entities of one article.
//
// - An alias shared by several entries goes to the entry the article
//   supports best: one whose country the article names, the more so right
//   before it (the nearer of two: "China held drills. Taiwan's Ministry of
//   National Defense"; unless another has four times its population:
//   "Athens" in news naming the United States),
//   a place of its country right before or after ("Atlanta, Georgia",
//   "Alexandria, Virginia"), or a country that other mentions belong to;
//   else, more weakly, other places of its country ("Georgia" in an
//   article on Atlanta and Savannah); failing that, the highest priority,
//   then the entry loaded first. An ambiguous acronym keeps in an article
//   the entry it was first taken for ("South Korea's Joint Chiefs of Staff
//   (JCS) ... the JCS said"), unless a country is named right before it.
// - A one-word acronym of an organization or weapon in a line in capitals
//   ("REARMAMENT PLAN", "THIS SOFTWARE IS PROVIDED") is no mention unless
//   the article names that entity elsewhere too.
// - A place right before a word that ends the names of operations
//   ("Baltic Sentry", "Atlantic Resolve") is no mention.
// - A family pattern match gets the id TYPE:slug-of-the-text, or the literal
//   entry with that id.
// - A capitalized name after a title (General, President, Foreign Minister,
//   Col., Lieutenant-General, ...) is a person; the title is not part of the
//   span; not a word in capitals ending a hyphenated name
//   ("PORT-AU-PRINCE, Dec 10"), nor a date after it. A lone surname after
//   a title names the one gazetteer person with that surname, over a town
//   of that name ("Defence Minister Anand"). So is a name introduced by an
//   apposition ("Zaur Gasimov, an analyst"; over the surname of a gazetteer
//   person of another given name too: "Tom Kwasniewski, a naval analyst")
//   and a given name followed by capitalized name words
//   ("Tobias Ellwood said"); a one-word town mention that is the given name
//   gives way to it ("Douglas Barrie"), and a country or place that is the
//   surname and a given name too ("Jim Jordan"), a gazetteer person's
//   surname after a given name none of the person's names has ("Melania
//   Trump"), and so does a town that
//   ends the surname ("Corinne Vasquez-Lund"); "Abu" or "Umm" and a given
//   name start a name ("Abu Ali"). Jr, Sr, II, III and IV end a name.
//   In bylines and credit lines ("By Tom Balmforth and Mark Potter",
//   "(Reporting by Ana Beatriz Moura in Brasilia; Editing by Guy
//   Faulconbridge)") every name of two or more capitalized words is a
//   person, and a person, place or country inside it gives way.
//   In a headline in title case ("Pentagon Chief Visits Troops In Guam")
//   a name after a title is a gazetteer person as found or starts with a
//   given name. A name no gazetteer holds gets source kPattern.
// - Capitalized words right after a place noun and "of" ("the town of
//   Adan Yabaal", "the island of Kinmen") that no mention overlaps are a
//   location, which no person finder then takes (source kPattern unless
//   the gazetteer has the slug as a location id).
// - A weapon designation followed by its family's name is one mention of
//   the designation ("AH-64E Apache"). A weapon named by an alias that
//   starts with a designation ("K9 howitzers", "M1 Abrams") goes by the
//   designation alone, and its plural, elsewhere in the article ("K9",
//   "two M1s"), which the gazetteer cannot list alone: "K9" is a dog unit.
// - A later (or earlier) surname or short form of a person found in the
//   article ("Gerasimov" after "Valery Gerasimov", "Brown" after "Charles
//   Q. Brown Jr.", "Chung" after "Chung Dong-young", whose given name of two
//   syllables says the family name comes first) links to that person;
//   in capitals only as the last word of a transcript's speaker label
//   ("SECRETARY KERRY: Thank you."); a label of a courtesy title and a
//   surname ("MR PIGOTT:") names the one gazetteer person of that surname,
//   else a person of that name. A short form two persons share
//   links to the first one named until the second is ("Kim Jong Un ...
//   Kim said ... Kim Yo Jong"), and to neither after that. The middle
//   words of the name right before such a surname are part of the mention
//   ("Lund Poulsen" of Troels Lund Poulsen), over a town they name.
#ifndef GAZER_LINKER_H_
#define GAZER_LINKER_H_

#include <cstdint>
#include <memory>
#include <string_view>

#include "gazer/extraction.h"
#include "gazer/gazetteer.h"

namespace gazer {

class Linker {
 public:
  // `surname_image` and `given_names_image`, if given, are the surname
  // table and the given names the snapshot holds (see snapshot.h); they
  // must outlive the Linker. Without given names, names that start with
  // one ("Tobias Ellwood said") are not looked for.
  explicit Linker(const Gazetteer& gazetteer, std::string_view surname_image = {},
                  std::string_view given_names_image = {});
  ~Linker();
  Linker(const Linker&) = delete;
  Linker& operator=(const Linker&) = delete;

  // Fills out->entities and out->mentions (sentence left 0) from
  // out->normalized and out->matches. Thread-safe.
  void Link(Extraction* out) const;

 private:
  const Gazetteer& gazetteer_;
  std::unique_ptr<class SurnameTable> surnames_;
  std::unique_ptr<class GivenNames> given_names_;

  class TitleStarts;
  std::unique_ptr<class TitleRun> titles_;
  std::unique_ptr<TitleStarts> title_starts_;  // where titles_ may match
};

}  // namespace gazer

#endif  // GAZER_LINKER_H_
