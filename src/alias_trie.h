// AliasTrie: the literal aliases of a range of gazetteer entries in one byte
// trie over normalized keys, so a lookup costs time proportional to the
// text it reads, not to the number of aliases.
//
// A trie is built from a Gazetteer, or viewed in place from an image that
// Serialize() wrote (the build-time snapshot), which makes start-up cheap.
#ifndef GAZER_SRC_ALIAS_TRIE_H_
#define GAZER_SRC_ALIAS_TRIE_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.h"
#include "byte_scan.h"
#include "gazer/gazetteer.h"
#include "gazer/normalizer.h"
#include "word_hash.h"
#include "word_scanner.h"

namespace gazer {

// A word of the folded text where an alias may start, read once for all
// tries: its run of word bytes and the hashes of the forms an alias' first
// word can have: the whole word, and the word less a final 's' (a weapon's
// plural). Where a joining hyphen follows, the trie reads the joined parts
// itself.
struct TextWord {
  uint32_t begin = 0;
  uint32_t end = 0;     // of the run of word bytes at `begin`
  bool joined = false;  // a joining hyphen follows ("S-400", "Turkish-Russian")
  bool plural = false;  // ends in 's', two bytes or more: less_s_hash is set
  // One space follows, then a byte that is no capital ("the men").
  bool before_lower = false;
  // Where a designation ends before its variant letters ("M1A2" of
  // "M1A2T", "F35" of "F35B"), or 0; designation_hash is then that
  // prefix's hash.
  uint32_t designation_end = 0;
  uint64_t hash = 0;
  uint64_t less_s_hash = 0;
  uint64_t designation_hash = 0;
};

// The end of a designation in cased word [begin, end) that variant letters
// follow: a digit, then one to three capitals and up to two digits to the
// word's end (as AliasTrie::VariantEnd reads them). 0 if there is none.
inline uint32_t DesignationEnd(const char* cased, size_t begin, size_t end) {
  size_t i = end;
  while (i > begin && end - i < 2 && IsDigit(cased[i - 1])) --i;
  const size_t digits = i;
  while (i > begin && digits - i < 3 && IsUpper(cased[i - 1])) --i;
  if (i == digits || i == begin || !IsDigit(cased[i - 1])) return 0;
  return static_cast<uint32_t>(i);
}

// Reads `word` of `text`, whose folded bytes hash to `hash` (HashWord).
inline TextWord ReadTextWord(const NormalizedText& text, WordSpan word, uint64_t hash) {
  const char* const s = text.folded().data();
  const size_t n = text.folded().size();
  const size_t length = word.end - word.begin;
  TextWord out;
  out.begin = word.begin;
  out.end = word.end;
  out.hash = hash;
  out.joined = word.end + 1 < n && s[word.end] == '-' && kIsWordByte(s[word.end + 1]);
  out.plural = !out.joined && length >= 2 && s[word.end - 1] == 's';
  out.before_lower = word.end + 1 < n && s[word.end] == ' ' && s[word.end + 1] != ' ' &&
                     text.cased()[word.end + 1] == s[word.end + 1];
  if (out.plural) out.less_s_hash = HashWord(s + word.begin, length - 1, n - word.begin);
  // Most words end in a lower-case letter: no designation.
  if (const char last = text.cased()[word.end - 1]; !out.joined && (IsDigit(last) || IsUpper(last))) {
    out.designation_end = DesignationEnd(text.cased().data(), word.begin, word.end);
    if (out.designation_end != 0) {
      out.designation_hash = HashWord(s + word.begin, out.designation_end - word.begin, n - word.begin);
    }
  }
  return out;
}

class AliasTrie {
 public:
  // Builds the trie of the aliases of entries [first, last).
  AliasTrie(const Gazetteer& gazetteer, uint32_t first, uint32_t last);
  // Views `image` (written by Serialize, 8-byte aligned, outliving the
  // trie). Returns nullptr if it is not a trie image.
  static std::unique_ptr<AliasTrie> View(std::string_view image);

  void Serialize(std::string* out) const;
  uint32_t first_entry() const { return first_; }
  uint32_t last_entry() const { return last_; }
  size_t alias_count() const { return records_.size(); }

  // True if a match can start with folded byte `c`; `lower` tells that the
  // text has it in lower case, which rules out aliases that start with a
  // capital (most of them) before any walk.
  bool CanStart(unsigned char c, bool lower) const { return root_[c] != kNone && (!lower || lower_start_[c]); }

  // False if no alias can start at `word`: a Bloom filter of the aliases'
  // first words rules out most words before Longest. `lower` as for
  // CanStart.
  bool MayStart(const TextWord& word, bool lower) const {
    if (word.joined) return true;  // Longest reads the parts
    const std::span<const uint32_t> filter = first_words_[FilterIndex(lower, word.before_lower)];
    return HasFirstWord(word.hash, filter) || (word.plural && HasFirstWord(word.less_s_hash, filter)) ||
           (word.designation_end != 0 && HasFirstWord(word.designation_hash, filter));
  }

  // False if no alias that may start in lower case can start at the word
  // [p, p + length) of folded text, whose first byte is a lower-case
  // letter, nor at it less a final 's'; true for a word a joining hyphen
  // follows is the caller's to give. Reads no hash: a filter of the first
  // words' first two bytes and length, which rules out most lower-case
  // words before they are hashed. True implies CanStart(p[0], true).
  bool MayStartLower(const char* p, size_t length) const {
    const uint32_t bit = LowerShape(static_cast<unsigned char>(p[0]), length > 1 ? static_cast<unsigned char>(p[1]) : 0, length);
    return (Block(lower_shapes_, bit / 32) >> (bit % 32) & 1) != 0;
  }

  // Finds the longest alias that matches at `word` (see TextWord) and
  // passes the boundary and case checks. Appends its entries to
  // `candidates` and returns its end, or returns 0. `lower` as for
  // CanStart. Sets *variant if the end is that of a designation's variant
  // letters after the alias ("FA-50PL"). An alias is looked for only where
  // its first word is one the trie holds: a Bloom filter rules out most
  // words, a hash table of the first words gives the node past the first
  // word, and the walk goes on from there.
  uint32_t Longest(const NormalizedText& text, const TextWord& word, bool lower, std::vector<uint32_t>* candidates,
                   bool* variant) const;

 private:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  struct Node {
    uint32_t first_child;
    // records_[alias_begin, alias_begin + alias_count) have keys that end
    // here; alias_begin is also the first record of the subtree.
    uint32_t alias_begin;
    uint16_t child_count;
    uint16_t alias_count;
    bool has_aliases() const { return alias_count != 0; }
  };
  // Key bytes live in keys_: `length` bytes of the cased key, then of the
  // folded key, then one flag byte each telling that the key byte followed
  // a hyphen the key left out.
  struct Record {
    uint32_t entry;
    uint32_t key;
    uint32_t length;
    uint8_t case_rule;
    uint8_t weapon;
    // Bit k: key byte k (below 16) is a capital the text must have too,
    // where text and key line up (see CaseAgrees).
    uint16_t capitals;
  };
  static constexpr size_t kCapitalBits = 16;
  static_assert(sizeof(Node) == 12 && sizeof(Record) == 16);

  // A slot of the first-word table: the node past a first word, found by
  // hash. The word's first 8 bytes are kept in the slot, so a word of up to
  // 8 bytes, as most are, is told apart without reading its key.
  struct Slot {
    uint32_t check;  // bits of the word's hash, and its length (at most 255) in the low byte
    uint32_t node;   // 0: an empty slot; with kLowerFlag: an alias with this first word may start in lower case
    uint64_t head;   // the word's first 8 bytes (WordHead)
  };
  static_assert(sizeof(Slot) == 16);
  static constexpr uint32_t kLowerFlag = 0x80000000u;
  struct Hit {
    uint32_t node;
    uint32_t end;
  };
  static constexpr int kMaxHits = 32;
  struct Hits {
    std::array<Hit, kMaxHits> at;
    int count = 0;
    void Add(uint32_t node, uint32_t end) {
      if (count < kMaxHits) at[count++] = {node, end};
    }
  };

  AliasTrie() = default;
  void Build(uint32_t node, uint32_t lo, uint32_t hi, size_t depth);
  void BuildFirstWords();
  void FillRoot();
  uint32_t Child(uint32_t node, unsigned char c) const;
  // The node past first word `word` (its hash `hash`), or 0 if no alias
  // (none that may start in lower case, if `lower`) has that first word.
  // `available` bytes can be read from word.data().
  __attribute__((always_inline)) inline uint32_t FirstWordNode(std::string_view word, size_t available, uint64_t hash,
                                                        bool lower) const;
  // FirstWordNode for a word of more than 8 bytes, from `slot` on.
  uint32_t LongFirstWordNode(std::string_view word, size_t slot, bool lower) const;
  // Looks up one form of the text's first word that ends at `text_end`:
  // records a hit if an alias is that word. Returns the node, or 0.
  // Inlined: Longest calls it for every word it is given.
  __attribute__((always_inline)) inline uint32_t LookUpForm(std::string_view form, size_t available, uint64_t hash,
                                                     bool lower, uint32_t text_end, Hits* hits) const;
  // Where a walk may go on with a key's space in place of the text's
  // joining hyphen ("Barrow-in-Furness" for "Barrow in Furness"): the node
  // before the space, and the text position after the hyphen.
  struct SpacedStart {
    uint32_t node = 0;
    uint32_t at = 0;
  };
  // The forms of a word whose parts joining hyphens link; sets *spaced to
  // the longest part before a hyphen that a key's space may follow.
  uint32_t LookUpJoined(const std::string& folded, const char* cased, const TextWord& word, bool lower, Hits* hits,
                        uint32_t* end, SpacedStart* spaced) const;
  // Walks the text from `j` and the trie from `node`, recording hits.
  __attribute__((always_inline)) inline void Walk(const std::string& folded, uint32_t node, uint32_t j,
                                           Hits* hits) const;
  // The end of a designation's variant letters after `end` ("FA-50PL",
  // "Type 23A"), or 0.
  static uint32_t VariantEnd(const NormalizedText& text, uint32_t end);
  // Appends the entries of hit `node`'s aliases that Takes text [begin,
  // end); true if there are any. Inlined: Choose calls it for every hit.
  __attribute__((always_inline)) inline bool TakeHit(const NormalizedText& text, uint32_t begin, uint32_t end,
                                                     bool weapon_only, uint32_t node,
                                                     std::vector<uint32_t>* candidates) const;
  __attribute__((always_inline)) inline uint32_t Choose(const NormalizedText& text, uint32_t begin, const Hits& hits,
                                                        std::vector<uint32_t>* candidates, bool* variant) const;
  // Inlined: Choose calls it for every alias of a hit.
  __attribute__((always_inline)) inline bool CaseAgrees(const NormalizedText& text, size_t begin, size_t end,
                                                 const Record& record) const;
  bool CaseAgreesApart(const NormalizedText& text, size_t begin, size_t end, const Record& record) const;
  // True if `record` may be the alias of text [begin, end): its case rule
  // holds, a plural ends a weapon's alias, and a name that is also a common
  // word does not start a sentence. Inlined: Choose calls it for every alias
  // of a hit.
  __attribute__((always_inline)) inline bool Takes(const NormalizedText& text, size_t begin, size_t end, bool plural,
                                                   const Record& record) const;
  // True if text [begin, end) is the alias as written, case and all, less
  // the hyphens and spaces the key left out.
  bool WrittenAs(const NormalizedText& text, size_t begin, size_t end, const Record& record) const;
  // Where the aliases of one hit gave several entries (candidates from
  // `before` on) and some of those aliases are written as the text has it
  // ("ITU", "SOM-A") but not all ("Itu", "Soma"), keeps the entries of
  // those: an acronym in capitals names the body, not a town written alike.
  void PreferWrittenCase(const NormalizedText& text, size_t begin, size_t end, const Record* first, uint32_t count,
                         bool plural, size_t before, std::vector<uint32_t>* candidates) const;
  std::string_view Folded(const Record& r) const { return keys_.substr(r.key + r.length, r.length); }
  std::string_view Cased(const Record& r) const { return keys_.substr(r.key, r.length); }
  const char* AfterHyphen(const Record& r) const { return keys_.data() + r.key + 2 * r.length; }

  uint32_t first_ = 0, last_ = 0;
  // Views: into the owned vectors below, or into an image.
  std::span<const Node> nodes_;
  std::span<const Record> records_;
  std::span<const unsigned char> labels_;  // labels_[i] is the byte leading to nodes_[i]
  std::string_view keys_;
  std::array<uint32_t, 256> root_{};
  std::span<const uint8_t> lower_start_;  // [c]: some alias may start with lower-case c
  // Bloom filters of the aliases' first words, by FilterIndex: of all
  // aliases or of those a lower-case letter may start (far fewer: most
  // aliases start with a capital, so the filter lowercase words go to is
  // small enough to stay in cache); and of those, of all or only of the
  // ones that may match where a space and no capital follow the first word
  // (TextWord::before_lower), which rules out the first words of most
  // aliases of several words: "the Gulf", "United States". Each is a power
  // of two of 32-bit blocks that hold both bits of a word.
  static constexpr size_t kFilters = 4;
  static size_t FilterIndex(bool lower, bool before_lower) { return (lower ? 2 : 0) + (before_lower ? 1 : 0); }
  std::array<std::span<const uint32_t>, kFilters> first_words_;
  bool MayMatchBeforeLower(const Record& r, size_t first_word_length) const;
  static size_t FilterBlocks(size_t words);
  static void AddFirstWord(uint64_t hash, std::vector<uint32_t>* filter);
  static bool HasFirstWord(uint64_t hash, std::span<const uint32_t> filter) {
    const uint32_t want = (1u << ((hash >> 32) & 31)) | (1u << ((hash >> 40) & 31));
    return (Block(filter, static_cast<uint32_t>(hash) & (filter.size() - 1)) & want) == want;
  }
  // filter[i], read byte-wise: an image need not keep its filters 4-byte
  // aligned for the load to be well defined (it compiles to one load).
  static uint32_t Block(std::span<const uint32_t> filter, size_t i) {
    uint32_t block;
    std::memcpy(&block, reinterpret_cast<const char*>(filter.data()) + i * sizeof block, sizeof block);
    return block;
  }
  // Bits by LowerShape of the first words a lower-case letter may start,
  // and of their plurals.
  static constexpr size_t kLowerShapeBits = 26 * 32 * 16;
  static uint32_t LowerShape(unsigned char first, unsigned char second, size_t length) {
    return ((static_cast<uint32_t>(first - 'a') * 32 + (second & 31)) * 16) + static_cast<uint32_t>(length < 15 ? length : 15);
  }
  std::span<const uint32_t> lower_shapes_;
  // The first-word table: a power of two of slots, open addressing.
  std::span<const Slot> slots_;
  uint32_t slot_shift_ = 64;        // a hash's slot is hash >> slot_shift_
  uint32_t longest_first_word_ = 0;

  std::vector<Node> own_nodes_;
  std::vector<Record> own_records_;
  std::vector<unsigned char> own_labels_;  // with 16 bytes of padding: Child reads 16 at a time
  std::string own_keys_;
  std::vector<uint8_t> own_lower_start_;
  std::array<std::vector<uint32_t>, kFilters> own_first_words_;
  std::vector<uint32_t> own_lower_shapes_;
  std::vector<Slot> own_slots_;
};

}  // namespace gazer

#endif  // GAZER_SRC_ALIAS_TRIE_H_
