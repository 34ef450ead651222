// OrganizationFinder: organizations no gazetteer holds, found by the form of
// their names.
//
// A run of capitalized words with an institutional head noun is an
// organization: "Max Weber Foundation", "Turkic Academy", "Board of
// Inquiry", "International Organization of Turkic Culture", "State Board of
// Antiquities and Heritage". Lower-case "of", "for", "on", "and", "the" may
// join the words; a leading "the" is not part of the name. The name wins over
// the shorter mentions inside it (rule 8: "Syria Recovery Trust Fund" is one
// organization, with no country inside), but never over a gazetteer mention
// that reaches outside it or that already holds its head noun ("UN Security
// Council"), unless that mention is the complement of a head before it
// ("Main Operations Directorate of the General Staff").
//
// A unit's ordinal or number is part of its name ("the 6th Infantry
// Division", "No. 3 Squadron"); "in" joins a mission to its place
// ("European Union Mission in Armenia"); with a weak head, a country by its
// name counts as a word of the name when another does ("Taiwan Affairs Office", but not "Syrian Affairs Office").
//
// The same runs name places and warships by their form (GUIDELINES: bases
// are locations, ships weapons), winning over the places inside: a place
// head ends a location ("Nur Khan Air Base", "Aden Adde International
// Airport", "Victoria Street", "Independence Square"), a prefix starts one ("Fort Greely", "Camp Lemonnier", "Naval
// Air Station Whidbey Island"), a ship prefix starts a weapon ("USS
// Minnesota", "BRP Sierra Madre"; a navy's shore establishment, "HMAS
// Stirling", is a location), and so does a warship's type noun ("the
// submarine Kazan", "the destroyer Caio Duilio": the ship wins over the
// place or person it is named after, not over a weapon or country), as
// does a class before one ("Gowind-class corvettes", less a demonym before
// it: "the Chinese Jiangdao-class"). Their
// ids are location: or weapon:slug; a
// gazetteer name of the same span keeps its entry ("INS Vikrant"), and a
// head after the prefixed name makes the head's name ("Fort Worth Police
// Department"). A prefixed warship, found or known, goes by its name less
// the prefix, or that name's last word, after "the" ("the Truman").
//
// Not taken: a head noun alone ("the Council"), a demonym or country with a
// head noun ("Russian Forces", "Iraqi Army": the gazetteer's state bodies
// know those that exist), common words of capitalized phrases with one
// other word ("Oval Office", "West Bank"), a facility's kind alone ("the
// Air Base", "a Russian Air Base"), and lines in title case (headlines
// capitalize every word; after a prefix only one word is taken there). A
// place that describes the name is outside it ("the Warsaw-based Casimir
// Pulaski Foundation": Warsaw, then the foundation).
#ifndef GAZER_ORGANIZATION_FINDER_H_
#define GAZER_ORGANIZATION_FINDER_H_

#include "gazer/extraction.h"
#include "gazer/gazetteer.h"

namespace gazer {

class OrganizationFinder {
 public:
  // `gazetteer` must outlive the finder; a found name whose id
  // (TYPE:slug-of-the-name) is a gazetteer entry links to it.
  explicit OrganizationFinder(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Adds the names found in out->normalized to out->entities (source
  // kPattern) and out->mentions, which stay sorted and non-overlapping.
  // Needs the Linker's output, and the capital tokens it found on the way
  // (kept in the extraction's scratch). Thread-safe.
  void Find(Extraction* out) const;

 private:
  const Gazetteer& gazetteer_;
};

}  // namespace gazer

#endif  // GAZER_ORGANIZATION_FINDER_H_
