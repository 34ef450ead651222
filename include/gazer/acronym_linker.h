// AcronymLinker: acronyms an article defines, linked to what they stand for.
//
// "World Monuments Fund (WMF)" defines WMF, as does wire copy's "World
// Monuments Fund, or WMF," (punctuation after the acronym): the acronym,
// and every later or earlier "WMF" of the article, become mentions of the
// entity found just before it, provided the acronym's letters can be read,
// in order, in that name with the first at the start of a word (the test of
// Schwartz and Hearst, 2003) or, for an organization, it is two to six
// capitals: initials in the organization's own language ("Supreme Audit
// Office (NIK)"). Mentions the gazetteer or the other stages already made
// are kept, but for an acronym the gazetteer gave another entity where the
// article spells it out as a gazetteer name ("Missile Defense Agency (MDA)"
// makes every "MDA" of the article that agency, not Magen David Adom), or
// as a name found otherwise, word by word ("International Stabilization
// Force (ISF)", not the Iraqi Security Forces). A found name whose words
// are all in the name of the entity the gazetteer gave the acronym is that
// entity ("Bolivarian National Armed Forces (FANB)"). A company's legal
// suffix may stand between name and acronym ("... Shipbuilders Ltd (MDL)").
#ifndef GAZER_ACRONYM_LINKER_H_
#define GAZER_ACRONYM_LINKER_H_

#include <string_view>

#include "gazer/extraction.h"

namespace gazer {

class AcronymLinker {
 public:
  // Adds the acronym mentions to out->mentions, which stay sorted and
  // non-overlapping. Needs the entities and mentions of the earlier stages.
  // Thread-safe.
  void Link(Extraction* out) const;
};

// True if `acronym` abbreviates `name` (exposed for tests).
bool Abbreviates(std::string_view acronym, std::string_view name);

}  // namespace gazer

#endif  // GAZER_ACRONYM_LINKER_H_
