#include "gazer/matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace gazer {
namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

bool IsWord(const std::string& s, size_t i) { return IsWordByte(static_cast<unsigned char>(s[i])); }

// A hyphen between two word characters is optional: it is dropped from keys
// and skipped in the text.
bool IsJoiningHyphen(const std::string& s, size_t i) {
  return s[i] == '-' && i > 0 && i + 1 < s.size() && IsWord(s, i - 1) && IsWord(s, i + 1);
}

// The trie key of a normalized alias: joining hyphens dropped, white space
// runs turned into one space, no space at either end. Applied alike to the
// cased and folded forms, which stay byte-aligned.
void MakeKeys(const NormalizedText& alias, std::string* cased, std::string* folded) {
  const std::string& c = alias.cased();
  const std::string& f = alias.folded();
  for (size_t i = 0; i < c.size(); ++i) {
    if (IsJoiningHyphen(c, i)) continue;
    if (c[i] == ' ') {
      if (cased->empty() || cased->back() == ' ') continue;
    }
    cased->push_back(c[i]);
    folded->push_back(f[i]);
  }
  while (!cased->empty() && cased->back() == ' ') {
    cased->pop_back();
    folded->pop_back();
  }
}

struct AliasRecord {
  uint32_t entry;
  CaseRule case_rule;
  bool weapon;
  std::string cased;
  std::string folded;
};

}  // namespace

class Matcher::Trie {
 public:
  explicit Trie(const Gazetteer& gazetteer) {
    const auto& entries = gazetteer.entries();
    for (uint32_t e = 0; e < entries.size(); ++e) {
      if (entries[e].is_family()) continue;
      for (const Alias& alias : entries[e].aliases) {
        AliasRecord record{e, alias.case_rule, entries[e].type == EntityType::kWeapon, {}, {}};
        MakeKeys(Normalize(alias.text), &record.cased, &record.folded);
        if (record.folded.empty()) continue;
        records_.push_back(std::move(record));
      }
    }
    std::stable_sort(records_.begin(), records_.end(),
                     [](const AliasRecord& a, const AliasRecord& b) { return a.folded < b.folded; });
    nodes_.push_back({});
    labels_.push_back(0);
    Build(0, 0, static_cast<uint32_t>(records_.size()), 0);
    root_.fill(kNone);
    const Node& root = nodes_[0];
    for (uint32_t c = root.first_child; c < root.first_child + root.child_count; ++c) root_[labels_[c]] = c;
  }

  size_t alias_count() const { return records_.size(); }

  // Returns true if byte `c` can start a match.
  bool CanStart(unsigned char c) const { return root_[c] != kNone; }

  // Finds the longest alias that matches at `begin` (a word start) and passes
  // the boundary and case checks. Appends its entries to `candidates` and
  // returns its end, or returns 0.
  uint32_t Longest(const NormalizedText& text, uint32_t begin, std::vector<uint32_t>* candidates) const {
    const std::string& folded = text.folded();
    const size_t n = folded.size();
    struct Hit {
      uint32_t node;
      uint32_t end;
    };
    constexpr int kMaxHits = 32;
    std::array<Hit, kMaxHits> hits;
    int hit_count = 0;

    uint32_t node = 0;
    size_t j = begin;
    while (j < n) {
      unsigned char c = static_cast<unsigned char>(folded[j]);
      size_t next = j + 1;
      if (c == '-' && IsJoiningHyphen(folded, j)) {
        ++j;
        continue;
      }
      if (c == ' ') {
        while (next < n && folded[next] == ' ') ++next;
      }
      const uint32_t child = node == 0 ? root_[c] : Child(node, c);
      if (child == kNone) break;
      node = child;
      j = next;
      if (nodes_[node].alias_begin != nodes_[node].alias_end && hit_count < kMaxHits) {
        hits[hit_count++] = {node, static_cast<uint32_t>(j)};
      }
    }

    for (int h = hit_count - 1; h >= 0; --h) {
      const uint32_t end = hits[h].end;
      const bool at_boundary = end == n || !IsWord(folded, end) || !IsWord(folded, end - 1);
      const bool plural = !at_boundary && folded[end] == 's' && (end + 1 == n || !IsWord(folded, end + 1));
      if (!at_boundary && !plural) continue;
      const size_t before = candidates->size();
      const Node& hit = nodes_[hits[h].node];
      for (uint32_t a = hit.alias_begin; a < hit.alias_end; ++a) {
        const AliasRecord& record = records_[a];
        if (plural && !record.weapon) continue;
        if (!CaseAgrees(text, begin, end, record)) continue;
        if (std::find(candidates->begin() + before, candidates->end(), record.entry) == candidates->end()) {
          candidates->push_back(record.entry);
        }
      }
      if (candidates->size() > before) return end;
    }
    return 0;
  }

 private:
  struct Node {
    uint32_t first_child = 0;
    uint32_t child_count = 0;
    uint32_t alias_begin = 0;  // records_ whose key ends here
    uint32_t alias_end = 0;
  };

  // Builds the subtree of `node` from records_[lo, hi), which share their
  // first `depth` key bytes. Children are stored contiguously.
  void Build(uint32_t node, uint32_t lo, uint32_t hi, size_t depth) {
    uint32_t i = lo;
    while (i < hi && records_[i].folded.size() == depth) ++i;
    nodes_[node].alias_begin = lo;
    nodes_[node].alias_end = i;
    std::vector<std::pair<uint32_t, uint32_t>> groups;
    for (uint32_t start = i; start < hi;) {
      const char c = records_[start].folded[depth];
      uint32_t stop = start;
      while (stop < hi && records_[stop].folded[depth] == c) ++stop;
      groups.emplace_back(start, stop);
      start = stop;
    }
    const uint32_t first = static_cast<uint32_t>(nodes_.size());
    nodes_[node].first_child = first;
    nodes_[node].child_count = static_cast<uint32_t>(groups.size());
    for (const auto& [start, stop] : groups) {
      nodes_.push_back({});
      labels_.push_back(static_cast<unsigned char>(records_[start].folded[depth]));
    }
    for (size_t g = 0; g < groups.size(); ++g) {
      Build(first + static_cast<uint32_t>(g), groups[g].first, groups[g].second, depth + 1);
    }
  }

  uint32_t Child(uint32_t node, unsigned char c) const {
    const Node& n = nodes_[node];
    const unsigned char* begin = labels_.data() + n.first_child;
    const unsigned char* end = begin + n.child_count;
    const unsigned char* it = n.child_count <= 8 ? std::find(begin, end, c) : std::lower_bound(begin, end, c);
    if (it == end || *it != c) return kNone;
    return n.first_child + static_cast<uint32_t>(it - begin);
  }

  // Walks text [begin, end) and the alias key side by side, as Longest()
  // did, checking the alias' case rule at every key byte.
  static bool CaseAgrees(const NormalizedText& text, size_t begin, size_t end, const AliasRecord& record) {
    if (record.case_rule == CaseRule::kAny) return true;
    const std::string& folded = text.folded();
    const std::string& cased = text.cased();
    size_t i = begin;
    for (size_t k = 0; k < record.folded.size() && i < end; ++k, ++i) {
      if (folded[i] == '-' && IsJoiningHyphen(folded, i)) ++i;
      if (folded[i] == ' ') {
        while (i + 1 < end && folded[i + 1] == ' ') ++i;
        continue;
      }
      if (record.case_rule == CaseRule::kExact) {
        if (cased[i] != record.cased[k]) return false;
      } else if (record.cased[k] != record.folded[k] && cased[i] == folded[i]) {
        return false;  // a capital of the alias is not a capital in the text
      }
    }
    return true;
  }

  std::vector<AliasRecord> records_;
  std::vector<Node> nodes_;
  std::vector<unsigned char> labels_;  // labels_[i] is the byte leading to nodes_[i]
  std::array<uint32_t, 256> root_;
};

class Matcher::Patterns {
 public:
  explicit Patterns(const Gazetteer& gazetteer) {
    std::string combined;
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(256 << 20);
    const auto& entries = gazetteer.entries();
    for (uint32_t e = 0; e < entries.size(); ++e) {
      for (const std::string& pattern : entries[e].patterns) {
        auto re = std::make_unique<RE2>(pattern, options);
        if (!re->ok()) continue;  // Gazetteer::Load rejects these
        if (!combined.empty()) combined += '|';
        combined += "(?:" + pattern + ")";
        each_.push_back({std::move(re), e, entries[e].type == EntityType::kWeapon});
      }
    }
    if (each_.empty()) return;
    RE2::Options combined_options = options;
    combined_options.set_longest_match(true);
    combined_ = std::make_unique<RE2>("\\b(?:" + combined + ")s?\\b", combined_options);
  }

  size_t count() const { return each_.size(); }

  void FindAll(const NormalizedText& text, std::vector<Match>* out, std::vector<uint32_t>* candidates) const {
    if (!combined_ || !combined_->ok()) return;
    const std::string& cased = text.cased();
    const re2::StringPiece input(cased);
    size_t pos = 0;
    re2::StringPiece found;
    while (pos < cased.size() &&
           combined_->Match(input, pos, cased.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t begin = static_cast<size_t>(found.data() - cased.data());
      size_t end = begin + found.size();
      if (found.empty()) {
        pos = end + 1;
        continue;
      }
      Match match;
      match.begin = static_cast<uint32_t>(begin);
      match.candidates_begin = static_cast<uint32_t>(candidates->size());
      match.from_pattern = true;
      uint32_t match_end = 0;
      for (const PatternEntry& p : each_) {
        uint32_t this_end = 0;
        if (RE2::FullMatch(found, *p.re)) {
          this_end = static_cast<uint32_t>(end);
        } else if (p.weapon && found.size() > 1 && found[found.size() - 1] == 's' &&
                   RE2::FullMatch(re2::StringPiece(found.data(), found.size() - 1), *p.re)) {
          this_end = static_cast<uint32_t>(end - 1);  // a plural designation
        }
        if (this_end == 0 || (match_end != 0 && this_end != match_end)) continue;
        match_end = this_end;
        if (std::find(candidates->begin() + match.candidates_begin, candidates->end(), p.entry) ==
            candidates->end()) {
          candidates->push_back(p.entry);
        }
      }
      match.candidates_count = static_cast<uint32_t>(candidates->size()) - match.candidates_begin;
      if (match.candidates_count > 0) {
        match.end = match_end;
        out->push_back(match);
      }
      pos = end;
    }
  }

 private:
  struct PatternEntry {
    std::unique_ptr<RE2> re;
    uint32_t entry;
    bool weapon;
  };
  std::vector<PatternEntry> each_;
  std::unique_ptr<RE2> combined_;
};

Matcher::Matcher(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer),
      trie_(std::make_unique<Trie>(gazetteer)),
      patterns_(std::make_unique<Patterns>(gazetteer)) {}

Matcher::~Matcher() = default;

size_t Matcher::alias_count() const { return trie_->alias_count(); }
size_t Matcher::pattern_count() const { return patterns_->count(); }

void Matcher::FindAll(const NormalizedText& text, MatchSet* out) const {
  out->clear();
  std::vector<Match>& matches = out->matches;
  const std::string& folded = text.folded();
  const size_t n = folded.size();
  size_t i = 0;
  while (i < n) {
    while (i < n && !IsWord(folded, i)) ++i;
    if (i >= n) break;
    const uint32_t candidates_begin = static_cast<uint32_t>(out->candidates.size());
    const uint32_t end = trie_->CanStart(static_cast<unsigned char>(folded[i]))
                             ? trie_->Longest(text, static_cast<uint32_t>(i), &out->candidates)
                             : 0;
    if (end == 0) {
      while (i < n && IsWord(folded, i)) ++i;  // no alias starts here: next word
      continue;
    }
    Match match;
    match.begin = static_cast<uint32_t>(i);
    match.end = end;
    match.candidates_begin = candidates_begin;
    match.candidates_count = static_cast<uint32_t>(out->candidates.size()) - candidates_begin;
    matches.push_back(match);
    i = end;
    while (i < n && IsWord(folded, i) && IsWord(folded, i - 1)) ++i;  // a plural 's'
  }

  const size_t literal_count = matches.size();
  patterns_->FindAll(text, &matches, &out->candidates);
  if (matches.size() == literal_count) return;
  // Merge: leftmost first, then longest, literal before pattern.
  std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return !a.from_pattern && b.from_pattern;
  });
  size_t kept = 0;
  uint32_t last_end = 0;
  for (const Match& m : matches) {
    if (kept > 0 && m.begin < last_end) continue;
    matches[kept++] = m;
    last_end = m.end;
  }
  matches.resize(kept);
}

}  // namespace gazer
