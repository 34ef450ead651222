// Gazetteer: the entities gazer knows, loaded from the files described in
// docs/gazetteer-format.md.
//
// Load() and LoadString() validate every line; the first bad line makes
// them fail with "FILE:LINE: reason" and leave the gazetteer unchanged.
// Entries keep the order they were loaded in; an entry's index is stable for
// the life of the Gazetteer.
#ifndef GAZER_GAZETTEER_H_
#define GAZER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gazer/entity_type.h"
#include "gazer/status.h"

namespace gazer {

// How the letter case of an alias must agree with the text.
enum class CaseRule {
  kCapitals,  // capitals in the alias must be capitals in the text (default)
  kExact,     // '=': exactly the alias' case
  kAny,       // '~': any case
};

struct Alias {
  std::string text;  // without its '=' or '~' prefix
  CaseRule case_rule = CaseRule::kCapitals;
};

struct Entry {
  std::string id;  // "country:turkey"; a family id ends with '*'
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<Alias> aliases;         // the name comes first
  std::vector<std::string> patterns;  // RE2 sources of the re: aliases
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string country;  // the "country" attribute, or empty
  int priority = 0;
  std::string origin;  // "FILE:LINE", for messages

  bool is_family() const { return !id.empty() && id.back() == '*'; }
};

class Gazetteer {
 public:
  // Adds the entries of one file, or of every *.tsv file in a directory
  // (sorted by name).
  Status Load(const std::string& path);
  // Adds the entries in `contents`; `origin` names it in messages.
  Status LoadString(std::string_view origin, std::string_view contents);

  const std::vector<Entry>& entries() const { return entries_; }
  // Index of the entry with this id, or -1.
  int64_t Find(std::string_view id) const;

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, uint32_t> index_;
};

// The id-safe form of a name: lower case ASCII, runs of other characters
// turned into '-', e.g. "Su-24M" -> "su-24m", "Erdoğan" -> "erdogan".
std::string Slugify(std::string_view text);

}  // namespace gazer

#endif  // GAZER_GAZETTEER_H_
