#include "gazer/gazetteer_stats.h"

#include <string_view>
#include <unordered_map>

#include "gazer/gazetteer_lint.h"

namespace gazer {

void GazetteerCounts::Add(const GazetteerCounts& other) {
  entries += other.entries;
  aliases += other.aliases;
  patterns += other.patterns;
  families += other.families;
}

GazetteerStats ComputeStats(const Gazetteer& gazetteer) {
  GazetteerStats stats;
  std::unordered_map<std::string_view, size_t> file_index;
  // Key -> the one entry holding it, or -1 once a second entry does.
  std::unordered_map<std::string, int64_t> owner;
  for (size_t e = 0; e < gazetteer.size(); ++e) {
    const Entry entry = gazetteer.entry(e);
    GazetteerCounts counts;
    counts.entries = 1;
    counts.aliases = entry.is_family() ? 0 : entry.alias_count;
    counts.patterns = entry.pattern_count;
    counts.families = entry.is_family() ? 1 : 0;
    stats.by_type[static_cast<size_t>(entry.type)].Add(counts);
    stats.total.Add(counts);
    auto [it, inserted] = file_index.emplace(entry.file, stats.by_file.size());
    if (inserted) stats.by_file.emplace_back(std::string(entry.file), GazetteerCounts{});
    stats.by_file[it->second].second.Add(counts);
    if (entry.is_family()) continue;
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      auto [o, first] = owner.emplace(AliasKey(gazetteer.alias(entry, k).text), static_cast<int64_t>(e));
      if (!first && o->second != static_cast<int64_t>(e) && o->second != -1) {
        o->second = -1;
        ++stats.shared_aliases;
      }
    }
  }
  return stats;
}

}  // namespace gazer
