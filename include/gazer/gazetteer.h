// Gazetteer: the entities gazer knows, loaded from the files described in
// docs/gazetteer-format.md, or viewed in place from a snapshot compiled at
// build time (snapshot.h).
//
// Load() and LoadString() validate every line; the first bad line makes
// them fail with "FILE:LINE: reason" and leave the gazetteer unchanged.
// Entries keep the order they were loaded in, and an entry's index is
// stable. Entries are stored as compact records; entry(i) builds a view of
// one on demand, so a snapshot of any size loads without touching it.
#ifndef GAZER_GAZETTEER_H_
#define GAZER_GAZETTEER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/entity_type.h"
#include "gazer/status.h"

namespace gazer {

// How the letter case of an alias must agree with the text.
enum class CaseRule : uint8_t {
  kCapitals,  // capitals in the alias must be capitals in the text (default)
  kExact,     // '=': exactly the alias' case
  kAny,       // '~': any case
};

struct Alias {
  std::string_view text;  // without its '=' or '~' prefix
  CaseRule case_rule = CaseRule::kCapitals;
};

// A view of one entry. Its strings stay valid until the next Load.
struct Entry {
  uint32_t index = 0;
  std::string_view id;  // "country:turkey"; a family id ends with '*'
  EntityType type = EntityType::kPerson;
  std::string_view name;
  std::string_view country;     // the "country" attribute, or empty
  int priority = 0;             // the "priority" attribute
  std::string_view attributes;  // the raw attributes field
  std::string_view file;        // where the entry was defined
  uint32_t line = 0;
  uint32_t alias_count = 0;    // the name first, then the listed aliases
  uint32_t pattern_count = 0;  // re: aliases

  bool is_family() const { return !id.empty() && id.back() == '*'; }
};

class Gazetteer {
 public:
  // Adds the entries of one file, or of every *.tsv file in a directory
  // (sorted by name).
  Status Load(const std::string& path);
  // Adds the entries in `contents`; `origin` names it in messages.
  Status LoadString(std::string_view origin, std::string_view contents);

  size_t size() const { return image_.entries.size() + own_.entries.size(); }
  Entry entry(size_t index) const;
  Alias alias(const Entry& entry, size_t k) const;
  std::string_view pattern(const Entry& entry, size_t k) const;
  // All patterns of all entries, in load order, as (entry index, pattern).
  size_t pattern_total() const { return image_.patterns.size() + own_.patterns.size(); }
  std::pair<uint32_t, std::string_view> pattern_at(size_t k) const;

  // Index of the entry with this id, or -1.
  int64_t Find(std::string_view id) const;
  // "FILE:LINE" of an entry, for messages.
  static std::string Origin(const Entry& entry);
  // The value of attribute `key` of an entry, if it has one.
  static std::optional<std::string_view> Attribute(const Entry& entry, std::string_view key);

  // A binary image of the entries (4-byte aligned parts), and the inverse.
  // Deserialize views `image`, which must be 4-byte aligned and outlive the
  // Gazetteer, and requires an empty Gazetteer.
  void Serialize(std::string* out) const;
  Status Deserialize(std::string_view image);

 private:
  struct EntryRecord {
    uint32_t id, id_length, name, name_length, country, country_length, attributes, attributes_length, file,
        file_length, line, type, priority, alias_begin, alias_end, pattern_begin, pattern_end;
  };
  struct AliasRecord {
    uint32_t text, length, case_rule;
  };
  struct PatternRecord {
    uint32_t entry, text, length;
  };
  // Entries from the snapshot image (views), then entries loaded from text
  // (owned). Offsets are into the segment's pool; entry indices are global.
  struct Segment {
    std::string_view pool;
    std::span<const EntryRecord> entries;
    std::span<const AliasRecord> aliases;
    std::span<const PatternRecord> patterns;
    // The id index: an open-addressed hash table (IdHash, linear probing),
    // a power of two in size and at most 3/4 full, of segment-local entry
    // indices + 1; 0 marks an empty slot.
    std::span<const uint32_t> id_slots;
  };
  struct OwnedSegment : Segment {
    std::string pool_storage;
    std::vector<EntryRecord> entry_storage;
    std::vector<AliasRecord> alias_storage;
    std::vector<PatternRecord> pattern_storage;
    std::vector<uint32_t> id_slot_storage;
    void Repoint();
    // Adds entry `local` to the id index, which must hold exactly the
    // entries before it, unless one of them has the same id: then returns
    // that one's index and leaves the index as it was; otherwise -1.
    int64_t AddId(uint32_t local);
  };
  const Segment& SegmentOf(size_t index, size_t* local) const;
  static std::string_view IdOf(const Segment& segment, uint32_t local);
  static int64_t FindIn(const Segment& segment, std::string_view id);

  Segment image_;
  OwnedSegment own_;
};

// The id-safe form of a name: lower case ASCII, runs of other characters
// turned into '-', e.g. "Su-24M" -> "su-24m", "Erdoğan" -> "erdogan".
std::string Slugify(std::string_view text);

}  // namespace gazer

#endif  // GAZER_GAZETTEER_H_
