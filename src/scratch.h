// ExtractionScratch: the buffers each stage reuses from article to article,
// so that once they have grown an article allocates nothing. They carry no
// results: every stage clears what it uses before using it, but for
// `capitals`, which the Linker fills for the finders after it.
#ifndef GAZER_SRC_SCRATCH_H_
#define GAZER_SRC_SCRATCH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "apposition.h"
#include "gazer/extraction.h"
#include "gazer/gazetteer.h"
#include "gazer/normalizer.h"
#include "name_tokens.h"

namespace gazer {

struct ExtractionScratch {
  // Linker. The text's capital tokens (FindCapitalTokens), where the
  // matcher kept its runs; the finders after the Linker read them too.
  std::vector<CapitalToken> capitals;
  std::vector<uint32_t> entity_of_entry;  // gazetteer entry -> entity index + 1, 0 if none yet
  std::vector<uint32_t> entries_seen;     // the entries set in entity_of_entry, to reset them
  std::vector<uint32_t> keyed_by_text;    // entities whose id is not a gazetteer id
  std::vector<Entity> spare_entities;     // their strings keep their capacity
  std::vector<Entity> recycled_entities;  // the last article's, reused first
  size_t recycled_used = 0;               // how many of them were reused
  std::vector<Entity> ordered_entities;
  std::vector<uint32_t> new_index;
  std::vector<std::string_view> named_countries, context_countries, place_countries;
  std::vector<std::pair<uint32_t, std::string_view>> country_ends, context_ends;
  std::vector<Mention> found, linked;
  std::vector<NameSpan> appositions;
  std::vector<std::pair<std::string_view, uint32_t>> person_of_name;  // names found, in the text, and their entities
  // Ambiguous acronyms, in the text, and the entries they were taken for.
  std::vector<std::pair<std::string_view, uint32_t>> acronym_sense;
  std::string id_text;  // an id being made
  std::string name_text;  // a name in capitals, as its entity's name is written ("John Smith")
  NormalizedText short_form_text;
  struct ShortForm {
    uint32_t offset, length;  // into short_form_bytes
    uint32_t entity;          // the first person named with it
    uint32_t named_at;        // where that person is first named
    // Where a second person with it is first named: from there on the form
    // names neither (kNotShared: no second person).
    uint32_t shared_from;
    static constexpr uint32_t kNotShared = 0xFFFFFFFFu;
  };
  std::string short_form_bytes;
  std::vector<ShortForm> short_forms;
  std::vector<uint8_t> named_person;  // by entity: its name's short forms are in
  std::vector<uint8_t> named_in_prose;  // by entity: named outside lines in capitals
  struct EntryCache {
    static constexpr size_t kSize = 512;  // entry i lives in slot i % kSize
    static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
    const Gazetteer* gazetteer = nullptr;  // whose entries these are
    std::vector<uint32_t> index;           // by slot: the entry held, or kEmpty
    std::vector<Entry> entries;
  };
  EntryCache entry_cache;

  // OrganizationFinder.
  std::vector<Mention> organizations;
  std::vector<NameToken> run, connectors;

  // RelationBuilder.
  std::vector<uint32_t> id_rank;  // by entity: rank of its id in the article
  struct PairWindow {
    uint32_t first, second;  // entity ranks, first < second
    uint32_t window;
  };
  std::vector<PairWindow> pair_windows, sorted_pair_windows;
  std::vector<uint32_t> rank_count;
  std::vector<uint32_t> in_window;
  std::vector<uint32_t> window_turn;  // by rank: the last window it was taken in
  std::vector<uint32_t> entity_of_rank;

  // JsonWriter.
  struct Span {
    size_t begin, end;
    uint64_t start, stop;
  };
  std::vector<Span> spans;
  std::vector<uint32_t> mention_order;
  std::vector<uint32_t> mention_end_of;  // by entity: the end of its mentions in mention_order
  std::vector<uint32_t> id_json;  // by entity: offset of its id as a JSON string in id_json_bytes
  std::string id_json_bytes;
  std::unique_ptr<char[]> json_buffer;  // one output line
  size_t json_capacity = 0;
};

// The scratch of `x`, made on first use.
inline ExtractionScratch& ScratchOf(const Extraction& x) {
  if (!x.scratch) x.scratch.reset(new ExtractionScratch);
  return *x.scratch;
}

}  // namespace gazer

#endif  // GAZER_SRC_SCRATCH_H_
