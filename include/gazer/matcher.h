// Matcher: finds gazetteer aliases and patterns in normalized text.
//
// Literal aliases live in one byte trie over normalized, lower-cased keys, so
// a scan costs time proportional to the text, not to the number of aliases.
// Patterns are combined into one RE2 run over the case-preserving text.
// Matches are whole-word, leftmost-longest and non-overlapping; a hyphen
// between two word characters is optional on both sides (S-400 = S400),
// white space runs count as one space, possessive 's is left out, and a
// weapon alias also matches its plural (Su-24Ms -> Su-24M).
//
// A match may fit several entries (an ambiguous alias); all of them are
// reported as candidates and the Linker chooses, except that where the text
// is written, case and all, as some of those entries write the alias
// ("ITU", not the town "Itu"), only theirs are.
#ifndef GAZER_MATCHER_H_
#define GAZER_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/normalizer.h"

namespace gazer {

class AliasTrie;
struct TextWord;

struct Match {
  uint32_t begin = 0;  // byte offsets into the normalized text
  uint32_t end = 0;
  uint32_t candidates_begin = 0;  // into MatchSet::candidates (entry indices)
  uint32_t candidates_count = 0;
  bool from_pattern = false;  // found by an re: pattern
  // A literal alias and a designation's variant letters after it
  // ("FA-50PL"): a pattern of the same span names the variant better.
  bool variant = false;
};

// A run of word bytes (IsWordByte) of the folded text.
struct TextRun {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct MatchSet {
  std::vector<Match> matches;        // sorted by begin, non-overlapping
  std::vector<uint32_t> candidates;  // gazetteer entry indices
  // Every run of word bytes of the text, in order, as the matcher read them,
  // for the stages after it that go from word to word; left empty for a
  // text of kMaxRunText bytes or more, where the list would cost more
  // memory than it saves time.
  std::vector<TextRun> runs;
  static constexpr size_t kMaxRunText = 16 << 20;
  // Matcher::FindAll's own: the pattern matches before they are merged
  // into `matches`, kept here so that their storage is reused.
  std::vector<Match> pattern_matches;
  void clear() {
    matches.clear();
    candidates.clear();
    runs.clear();
    pattern_matches.clear();
  }
};

class Matcher {
 public:
  // Builds the tries and the combined pattern for `gazetteer`, which must
  // outlive the Matcher. `index_image`, if given, is what WriteIndex wrote
  // at build time for the gazetteer's first entries (see snapshot.h): their
  // trie is viewed in place and their patterns' start bounds read, so only
  // entries after those are indexed at run time.
  explicit Matcher(const Gazetteer& gazetteer, std::string_view index_image = {});
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Finds all matches in `text`, replacing the contents of `out`.
  // Thread-safe: one Matcher serves any number of threads.
  void FindAll(const NormalizedText& text, MatchSet* out) const;

  // Appends the index of all of `gazetteer` to `image`, whose size must be
  // a multiple of 8 (the trie inside is viewed 8-byte aligned).
  static void WriteIndex(const Gazetteer& gazetteer, std::string* image);

  size_t alias_count() const;
  size_t pattern_count() const;

 private:
  class Patterns;
  Matcher(const Gazetteer& gazetteer, std::pair<std::string_view, std::string_view> trie_and_bounds);
  uint32_t Longest(const NormalizedText& text, const TextWord& word, std::vector<uint32_t>* candidates,
                   bool* variant) const;

  const Gazetteer& gazetteer_;
  std::vector<std::unique_ptr<AliasTrie>> tries_;
  std::unique_ptr<Patterns> patterns_;
};

}  // namespace gazer

#endif  // GAZER_MATCHER_H_
