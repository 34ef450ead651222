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
// Council").
//
// Not taken: a head noun alone ("the Council"), a demonym or country with a
// head noun ("Russian Forces", "Iraqi Army": the gazetteer's state bodies
// know those that exist), common words of capitalized phrases with one
// other word ("Oval Office", "West Bank"), and lines in title case
// (headlines capitalize every word).
#ifndef GAZER_ORGANIZATION_FINDER_H_
#define GAZER_ORGANIZATION_FINDER_H_

#include "gazer/extraction.h"
#include "gazer/gazetteer.h"

namespace gazer {

class OrganizationFinder {
 public:
  // `gazetteer` must outlive the finder; a found name whose id
  // (organization:slug-of-the-name) is a gazetteer entry links to it.
  explicit OrganizationFinder(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Adds the organizations found in out->normalized to out->entities (source
  // kPattern) and out->mentions, which stay sorted and non-overlapping.
  // Needs the Linker's output, and the capital tokens it found on the way
  // (kept in the extraction's scratch). Thread-safe.
  void Find(Extraction* out) const;

 private:
  const Gazetteer& gazetteer_;
};

}  // namespace gazer

#endif  // GAZER_ORGANIZATION_FINDER_H_
