// Gazetteer stats: what a gazetteer holds, per entity type and per file, for
// reviewing a change to the gazetteers or a --gazetteer file.
#ifndef GAZER_GAZETTEER_STATS_H_
#define GAZER_GAZETTEER_STATS_H_

#include <array>
#include <cstddef>
#include <utility>
#include <string>
#include <vector>

#include "gazer/entity_type.h"
#include "gazer/gazetteer.h"

namespace gazer {

struct GazetteerCounts {
  size_t entries = 0;
  size_t aliases = 0;   // literal aliases, the name included
  size_t patterns = 0;  // re: aliases
  size_t families = 0;  // entries whose id ends with '*'
  void Add(const GazetteerCounts& other);
};

struct GazetteerStats {
  // Indexed by EntityType, in the order of kEntityTypes.
  std::array<GazetteerCounts, 5> by_type;
  GazetteerCounts total;
  // Files in the order their first entry was loaded.
  std::vector<std::pair<std::string, GazetteerCounts>> by_file;
  // Literal alias keys (see AliasKey) that more than one entity shares.
  size_t shared_aliases = 0;
};

inline constexpr EntityType kEntityTypes[] = {EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization,
                                              EntityType::kLocation, EntityType::kWeapon};

GazetteerStats ComputeStats(const Gazetteer& gazetteer);

}  // namespace gazer

#endif  // GAZER_GAZETTEER_STATS_H_
