#include "gazer/matcher.h"

#include "alias_trie.h"
#include "byte_scan.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace gazer {
namespace {

bool IsWord(const std::string& s, size_t i) { return IsWordByte(static_cast<unsigned char>(s[i])); }

}  // namespace

// All re: patterns: one combined RE2 finds where any of them matches, and an
// anchored RE2::Set tells which ones match that span, in one pass each.
class Matcher::Patterns {
 public:
  explicit Patterns(const Gazetteer& gazetteer) {
    std::string combined;
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(256 << 20);
    set_ = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
    for (size_t k = 0; k < gazetteer.pattern_total(); ++k) {
      const auto [e, pattern] = gazetteer.pattern_at(k);
      std::string error;
      if (set_->Add(re2::StringPiece(pattern.data(), pattern.size()), &error) < 0) continue;  // Load rejects these
      if (!combined.empty()) combined += '|';
      combined += "(?:";
      combined += pattern;
      combined += ")";
      entries_.push_back({e, gazetteer.entry(e).type == EntityType::kWeapon});
    }
    if (entries_.empty() || !set_->Compile()) {
      entries_.clear();
      return;
    }
    RE2::Options combined_options = options;
    combined_options.set_longest_match(true);
    combined_ = std::make_unique<RE2>("\\b(?:" + combined + ")s?\\b", combined_options);
  }

  size_t count() const { return entries_.size(); }

  void FindAll(const NormalizedText& text, std::vector<Match>* out, std::vector<uint32_t>* candidates) const {
    if (!combined_ || !combined_->ok()) return;
    const std::string& cased = text.cased();
    const re2::StringPiece input(cased);
    size_t pos = 0;
    re2::StringPiece found;
    std::vector<int> hits;
    while (pos < cased.size() &&
           combined_->Match(input, pos, cased.size(), RE2::UNANCHORED, &found, 1)) {
      const size_t begin = static_cast<size_t>(found.data() - cased.data());
      size_t end = begin + found.size();
      if (found.empty()) {
        pos = end + 1;
        continue;
      }
      // RE2's \b knows only ASCII word characters, but a letter of another
      // script is part of the word too: "Su-24M" followed by a Cyrillic
      // letter is inside a word. Look again from the next character.
      if ((begin > 0 && IsWord(cased, begin - 1)) || (end < cased.size() && IsWord(cased, end))) {
        pos = begin + 1;
        while (pos < cased.size() && (static_cast<unsigned char>(cased[pos]) & 0xC0) == 0x80) ++pos;
        continue;
      }
      Match match;
      match.begin = static_cast<uint32_t>(begin);
      match.candidates_begin = static_cast<uint32_t>(candidates->size());
      match.from_pattern = true;
      hits.clear();
      bool plural = false;
      if (!set_->Match(found, &hits) && found.size() > 1 && found[found.size() - 1] == 's') {
        // A plural designation ("Su-24Ms"): the span less its 's', weapons only.
        plural = set_->Match(re2::StringPiece(found.data(), found.size() - 1), &hits);
      }
      std::sort(hits.begin(), hits.end());  // load order, for a deterministic choice
      for (const int hit : hits) {
        const PatternEntry& p = entries_[static_cast<size_t>(hit)];
        if (plural && !p.weapon) continue;
        if (std::find(candidates->begin() + match.candidates_begin, candidates->end(), p.entry) ==
            candidates->end()) {
          candidates->push_back(p.entry);
        }
      }
      match.candidates_count = static_cast<uint32_t>(candidates->size()) - match.candidates_begin;
      if (match.candidates_count > 0) {
        match.end = static_cast<uint32_t>(plural ? end - 1 : end);
        out->push_back(match);
      }
      pos = end;
    }
  }

 private:
  struct PatternEntry {
    uint32_t entry;
    bool weapon;
  };
  std::vector<PatternEntry> entries_;  // by pattern index in set_
  std::unique_ptr<RE2::Set> set_;
  std::unique_ptr<RE2> combined_;
};

Matcher::Matcher(const Gazetteer& gazetteer, std::string_view trie_image)
    : gazetteer_(gazetteer), patterns_(std::make_unique<Patterns>(gazetteer)) {
  const uint32_t total = static_cast<uint32_t>(gazetteer.size());
  uint32_t covered = 0;
  if (!trie_image.empty()) {
    if (auto trie = AliasTrie::View(trie_image); trie && trie->first_entry() == 0 && trie->last_entry() <= total) {
      covered = trie->last_entry();
      tries_.push_back(std::move(trie));
    }
  }
  // Entries added after the snapshot (--gazetteer files) get a trie of their own.
  if (covered < total || tries_.empty()) tries_.push_back(std::make_unique<AliasTrie>(gazetteer, covered, total));
}

Matcher::~Matcher() = default;

size_t Matcher::alias_count() const {
  size_t count = 0;
  for (const auto& trie : tries_) count += trie->alias_count();
  return count;
}
size_t Matcher::pattern_count() const { return patterns_->count(); }

uint32_t Matcher::Longest(const NormalizedText& text, uint32_t begin, std::vector<uint32_t>* candidates,
                          size_t* word_end) const {
  const unsigned char c = static_cast<unsigned char>(text.folded()[begin]);
  const bool lower = c >= 'a' && c <= 'z' && text.cased()[begin] == static_cast<char>(c);
  const auto may_start = [&](const AliasTrie& trie) {
    return trie.CanStart(c, lower) && trie.MayStartWord(text.folded(), begin, lower, word_end);
  };
  if (tries_.size() == 1) return may_start(*tries_[0]) ? tries_[0]->Longest(text, begin, candidates) : 0;
  // Several tries: the longest match wins; equal ones pool their candidates.
  const size_t before = candidates->size();
  uint32_t best = 0;
  for (const auto& trie : tries_) {
    if (!may_start(*trie)) continue;
    const size_t mark = candidates->size();
    const uint32_t end = trie->Longest(text, begin, candidates);
    if (end > best) {
      candidates->erase(candidates->begin() + before, candidates->begin() + mark);
      best = end;
    } else if (end < best) {
      candidates->resize(mark);
    }
  }
  return best;
}

void Matcher::FindAll(const NormalizedText& text, MatchSet* out) const {
  out->clear();
  std::vector<Match>& matches = out->matches;
  const std::string& folded = text.folded();
  const char* const f = folded.data();
  const size_t n = folded.size();
  size_t i = 0;
  while (i < n) {
    while (i < n && !kIsWordByte(f[i])) ++i;
    if (i >= n) break;
    const uint32_t candidates_begin = static_cast<uint32_t>(out->candidates.size());
    size_t word_end = 0;
    const uint32_t end = Longest(text, static_cast<uint32_t>(i), &out->candidates, &word_end);
    if (end == 0) {
      // No alias starts here: next word.
      if (word_end > i) {
        i = word_end;
      } else {
        while (i < n && kIsWordByte(f[i])) ++i;
      }
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
