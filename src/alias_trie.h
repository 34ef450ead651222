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
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/normalizer.h"

namespace gazer {

class AliasTrie {
 public:
  // Builds the trie of the aliases of entries [first, last).
  AliasTrie(const Gazetteer& gazetteer, uint32_t first, uint32_t last);
  // Views `image` (written by Serialize, 4-byte aligned, outliving the
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

  // False if no alias can start with the word at `begin` of the folded
  // text: a Bloom filter over the aliases' first words (and, for plurals,
  // the word less a final 's') rules out most words without a walk.
  // `lower` (see CanStart) asks the filter of the aliases that may start
  // with a lower-case letter, which rules out most lower-case words.
  // Sets *word_end to the end of the run of word bytes at `begin`.
  bool MayStartWord(const std::string& folded, size_t begin, bool lower, size_t* word_end) const;

  // Finds the longest alias that matches at `begin` (a word start) and passes
  // the boundary and case checks. Appends its entries to `candidates` and
  // returns its end, or returns 0.
  uint32_t Longest(const NormalizedText& text, uint32_t begin, std::vector<uint32_t>* candidates) const;

 private:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  struct Node {
    uint32_t first_child;
    uint32_t child_count;
    uint32_t alias_begin;  // records_ whose key ends here
    uint32_t alias_end;
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
    uint8_t unused[2];
  };
  static_assert(sizeof(Node) == 16 && sizeof(Record) == 16);

  AliasTrie() = default;
  void Build(uint32_t node, uint32_t lo, uint32_t hi, size_t depth);
  void FillRoot();
  uint32_t Child(uint32_t node, unsigned char c) const;
  bool CaseAgrees(const NormalizedText& text, size_t begin, size_t end, const Record& record) const;
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
  static constexpr uint32_t kFilterBits = 1u << 20;
  // Bloom filters, kFilterBits bits each: all aliases, those a lower-case
  // letter may start.
  std::span<const uint32_t> first_words_;
  std::span<const uint32_t> lower_first_words_;
  static void AddFirstWord(uint64_t hash, std::vector<uint32_t>* filter);
  static bool HasFirstWord(uint64_t hash, const uint32_t* filter);

  std::vector<Node> own_nodes_;
  std::vector<Record> own_records_;
  std::vector<unsigned char> own_labels_;
  std::string own_keys_;
  std::vector<uint8_t> own_lower_start_;
  std::vector<uint32_t> own_first_words_;
  std::vector<uint32_t> own_lower_first_words_;
};

}  // namespace gazer

#endif  // GAZER_SRC_ALIAS_TRIE_H_
