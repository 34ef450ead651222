#include "gazer/matcher.h"

#include "alias_trie.h"
#include "binary_io.h"
#include "byte_scan.h"
#include "word_scanner.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <mutex>
#include <string>
#include <string_view>

namespace gazer {
namespace {

bool IsWord(const std::string& s, size_t i) { return kIsWordByte(s[i]); }

// The index of the byte of `s` that news text likely holds least often: a
// digit or a hyphen before a letter, rare letters before common ones. An
// atom is looked for by that byte, so the search stops at few places.
size_t RarestByte(std::string_view s) {
  static constexpr std::string_view kLettersByFrequency = "etaoinshrdlcumwfgypbvkjxqz";
  auto rank = [](unsigned char c) -> int {
    if (c >= '3' && c <= '9') return 0;
    if (c >= '0' && c <= '2') return 1;
    if (c == '-') return 2;
    const size_t letter = kLettersByFrequency.find(static_cast<char>(c));
    if (letter != std::string_view::npos) return 3 + static_cast<int>(kLettersByFrequency.size() - letter);
    return c == ' ' ? 100 : 3;
  };
  size_t best = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    if (rank(static_cast<unsigned char>(s[i])) < rank(static_cast<unsigned char>(s[best]))) best = i;
  }
  return best;
}

// True if `text` holds `atom`, found by its byte at `anchor`.
bool Contains(std::string_view text, std::string_view atom, size_t anchor) {
  if (atom.empty()) return true;
  if (atom.size() > text.size()) return false;
  const char* const s = text.data();
  const size_t last = text.size() - atom.size() + anchor;  // the last place the anchor byte can be
  for (size_t from = anchor; from <= last;) {
    const void* hit = std::memchr(s + from, atom[anchor], last + 1 - from);
    if (hit == nullptr) return false;
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - s);
    if (std::memcmp(s + at - anchor, atom.data(), atom.size()) == 0) return true;
    from = at + 1;
  }
  return false;
}

// The options every pattern is compiled with.
RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(256 << 20);
  return options;
}

// Where matches of one pattern can start: every match's first two bytes (a
// one-byte match counts as that byte and 0) lie in [from, to], and unless
// `may_be_short`, its first three bytes in [triple_from, triple_to] (24-bit
// numbers). Computing it compiles the pattern and asks RE2 for its range,
// the largest part of building the Matcher, so the snapshot holds the
// bounds of the default gazetteers' patterns.
struct StartBound {
  uint32_t from = 0, to = 0xFFFF;
  uint32_t triple_from = 0, triple_to = 0xFFFFFF;
  bool may_be_short = true;
};

// Every match s of a pattern lies in [min, max] of RE2::PossibleMatchRange,
// so its first two bytes lie between theirs; the same holds for the first
// three bytes of a match of three bytes or more, which rules out most
// capitalized words that share a pattern's first two bytes ("Turkey" for
// Tu-?\d..., "Minister" for M[iI]G...).
StartBound ComputeStartBound(std::string_view pattern) {
  const re2::StringPiece piece(pattern.data(), pattern.size());
  const RE2 re(piece, PatternOptions());
  std::string min, max;
  StartBound bound;
  const bool bounded = re.ok() && re.PossibleMatchRange(&min, &max, 3) && !max.empty();
  if (bounded) {
    const auto pair = [](const std::string& s) {
      if (s.empty()) return 0u;
      return static_cast<uint32_t>(static_cast<unsigned char>(s[0])) << 8 |
             (s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0u);
    };
    const auto triple = [](const std::string& s) {
      uint32_t t = 0;
      for (size_t k = 0; k < 3; ++k) t = t << 8 | (k < s.size() ? static_cast<unsigned char>(s[k]) : 0u);
      return t;
    };
    bound.from = pair(min);
    bound.to = pair(max);
    // A three-byte prefix is at most a shorter max less one ("T9" bounds
    // "T8\xff": "T9" itself would be shorter than the match).
    bound.triple_from = triple(min);
    bound.triple_to = max.size() >= 3 ? triple(max) : triple(max) - 1;
  }
  // A match of one or two bytes is not held to the three-byte bound. With
  // one first byte and a three-byte min, such a match would be a pair
  // above min's: those are tried. Patterns with wide starts (tried only
  // where their atoms are, and spanning thousands of pairs) are not held
  // to the bound at all.
  bound.may_be_short = !bounded || min.size() < 3 || (bound.from >> 8) != (bound.to >> 8);
  for (uint32_t p = bound.from + 1; p <= bound.to && !bound.may_be_short; ++p) {
    const char bytes[2] = {static_cast<char>(p >> 8), static_cast<char>(p & 0xFF)};
    bound.may_be_short = RE2::FullMatch(re2::StringPiece(bytes, 2), re);
  }
  return bound;
}

// The bounds of patterns as WriteIndex stores them: for each, its text and
// StartBound. A pattern whose text differs from the gazetteer's at that
// index has its bound computed again.
constexpr std::string_view kIndexMagic = "GZI1";

void PutStartBounds(const Gazetteer& gazetteer, std::string* out) {
  PutU32(static_cast<uint32_t>(gazetteer.pattern_total()), out);
  for (size_t k = 0; k < gazetteer.pattern_total(); ++k) {
    const std::string_view pattern = gazetteer.pattern_at(k).second;
    const StartBound bound = ComputeStartBound(pattern);
    PutU32(static_cast<uint32_t>(pattern.size()), out);
    out->append(pattern);
    for (const uint32_t v : {bound.from, bound.to, bound.triple_from, bound.triple_to, uint32_t{bound.may_be_short}}) {
      PutU32(v, out);
    }
  }
}

struct StoredBound {
  std::string_view pattern;
  StartBound bound;
};

// Reads what PutStartBounds wrote; nothing if it is malformed.
std::vector<StoredBound> ReadStartBounds(std::string_view image) {
  ByteReader in(image);
  const uint32_t count = in.U32();
  std::vector<StoredBound> bounds;
  if (!in.ok() || count > image.size()) return {};
  bounds.reserve(count);
  for (uint32_t k = 0; k < count && in.ok(); ++k) {
    StoredBound b;
    b.pattern = in.Bytes(in.U32());
    b.bound.from = in.U32();
    b.bound.to = in.U32();
    b.bound.triple_from = in.U32();
    b.bound.triple_to = in.U32();
    b.bound.may_be_short = in.U32() != 0;
    if (b.bound.from > b.bound.to || b.bound.to > 0xFFFF) return {};
    bounds.push_back(b);
  }
  if (!in.ok()) return {};
  return bounds;
}

}  // namespace

// All re: patterns, grouped by the first byte their matches can have
// (StartBound). Each group is one combined RE2 that finds where any of its
// patterns matches and an anchored RE2::Set that tells which ones match that
// span, in one pass each. A group is compiled the first time the text holds
// a place where one of its patterns may start: compiling all patterns takes
// longer than extracting a small article, and most groups are never needed.
class Matcher::Patterns {
  static bool IsRe2Word(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  // Where a match may start: a bit for each pair of first two bytes.
  struct Starts {
    static constexpr uint32_t kPairs = 1 << 16;
    std::vector<uint64_t> pairs = std::vector<uint64_t>(kPairs / 64, 0);
    bool first_bytes[256] = {};

    // The first three bytes of a match of three bytes or more lie in one of
    // these ranges (24-bit numbers, merged); a match at a place whose pair
    // is in `short_pairs` may be shorter, and is not held to them.
    std::vector<std::pair<uint32_t, uint32_t>> triples;
    std::vector<uint64_t> short_pairs = std::vector<uint64_t>(kPairs / 64, 0);
    // The pairs a match may start with, or whose first byte a match of one
    // byte may be (Finish): the one test Places makes of a run's start.
    std::vector<uint64_t> leads = std::vector<uint64_t>(kPairs / 64, 0);

    bool Has(uint32_t pair) const { return (pairs[pair / 64] >> (pair % 64) & 1) != 0; }
    bool HasShort(uint32_t pair) const { return (short_pairs[pair / 64] >> (pair % 64) & 1) != 0; }
    bool HasTriple(uint32_t triple) const {
      auto it = std::upper_bound(triples.begin(), triples.end(), triple,
                                 [](uint32_t t, const std::pair<uint32_t, uint32_t>& r) { return t < r.first; });
      return it != triples.begin() && triple <= std::prev(it)->second;
    }
    void Add(uint32_t from, uint32_t to, bool may_be_short, uint32_t triple_from, uint32_t triple_to) {
      for (uint32_t p = from; p <= to; ++p) {
        pairs[p / 64] |= uint64_t{1} << (p % 64);
        if (may_be_short) short_pairs[p / 64] |= uint64_t{1} << (p % 64);
        first_bytes[p >> 8] = true;
      }
      if (!may_be_short) triples.emplace_back(triple_from, triple_to);
    }
    void Finish() {
      // A first byte's 256 pairs fill 4 words.
      for (uint32_t w = 0; w < kPairs / 64; ++w) leads[w] = Has(w / 4 << 8) ? ~uint64_t{0} : pairs[w];
      std::sort(triples.begin(), triples.end());
      size_t kept = 0;
      for (const auto& r : triples) {
        if (kept > 0 && r.first <= triples[kept - 1].second + 1) {
          triples[kept - 1].second = std::max(triples[kept - 1].second, r.second);
        } else {
          triples[kept++] = r;
        }
      }
      triples.resize(kept);
    }
  };
  struct PatternEntry {
    uint32_t entry;
    bool weapon;
    std::string_view text;  // in the gazetteer, which outlives the Matcher
  };
  // The patterns a group holds, compiled: `patterns[i]` is the entries_
  // index of the set's pattern i. `combined` is null if nothing compiled.
  // The set is built the first time `combined` matches (SetCompiled):
  // most groups the start filters let through never match.
  struct CompiledGroup {
    std::unique_ptr<RE2> combined;
    mutable std::unique_ptr<RE2::Set> set;
    std::vector<uint32_t> patterns;
    mutable std::once_flag set_once;
    mutable bool set_ok = false;
  };
  struct Group {
    std::vector<uint32_t> patterns;  // entries_ indices, in load order
    std::once_flag once;
    CompiledGroup compiled;
  };

 public:
  // `bounds` as ReadStartBounds gives them, for the patterns whose bounds
  // were computed ahead of time.
  Patterns(const Gazetteer& gazetteer, const std::vector<StoredBound>& bounds) {
    const RE2::Options options = PatternOptions();
    wide_ = std::make_unique<re2::FilteredRE2>();
    for (size_t k = 0; k < gazetteer.pattern_total(); ++k) {
      const auto [e, pattern] = gazetteer.pattern_at(k);
      const StartBound bound =
          k < bounds.size() && bounds[k].pattern == pattern ? bounds[k].bound : ComputeStartBound(pattern);
      AddStarts(pattern, bound, options);
      const uint32_t index = static_cast<uint32_t>(entries_.size());
      for (uint32_t c = bound.from >> 8; c <= bound.to >> 8; ++c) {
        if (!groups_[c]) groups_[c] = std::make_unique<Group>();
        groups_[c]->patterns.push_back(index);
      }
      entries_.push_back({e, gazetteer.entry(e).type == EntityType::kWeapon, pattern});
    }
    if (wide_count_ > 0) {
      wide_->Compile(&wide_atoms_);
      for (const std::string& atom : wide_atoms_) {
        // The folded text is lower-cased as gazer does it, which for other
        // scripts need not be how RE2 lower-cases atoms.
        if (std::any_of(atom.begin(), atom.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
          always_wide_ = true;
        }
        atom_anchors_.push_back(RarestByte(atom));
      }
      std::vector<int> potentials;
      wide_->AllPotentials({}, &potentials);
      wide_without_atoms_ = !potentials.empty();
    }
    narrow_starts_.Finish();
    all_starts_.Finish();
  }

  size_t count() const { return entries_.size(); }

  // The places of a text where a match may be taken, in order, that hold
  // a byte a match may start with. The combined pattern starts with \b,
  // which RE2 takes as ASCII, so a match starts with an ASCII word
  // character or after one; and FindAll takes no match that a word byte
  // precedes. So only where a run of word bytes starts can a match be
  // taken, unless a pattern may start with '_', which is no word byte:
  // then every byte is tried.
  class Places {
   public:
    // `runs` as MatchSet::runs has them for `text`, or empty.
    Places(const std::string& text, const std::vector<TextRun>& runs, const Starts& starts)
        : s_(text.data()), n_(text.size()), leads_(starts.leads.data()), first_bytes_(starts.first_bytes),
          run_(runs.data()), runs_end_(runs.data() + runs.size()), words_(text),
          source_(starts.first_bytes[static_cast<unsigned char>('_')] ? kBytes : (runs.empty() ? kScanner : kRuns)) {}

    // The next place at or after `pos`; false if there is none.
    bool Next(size_t pos, size_t* place) {
      switch (source_) {
        case kRuns:
          // Runs are in order: those before `pos` come first.
          while (run_ != runs_end_ && run_->begin < pos) ++run_;
          for (; run_ != runs_end_; ++run_) {
            if (first_bytes_[static_cast<unsigned char>(s_[run_->begin])] && LeadsAt(run_->begin)) {
              *place = run_++->begin;
              return true;
            }
          }
          return false;
        case kScanner:
          for (WordSpan w; words_.Next(&w);) {
            if (w.begin >= pos && first_bytes_[static_cast<unsigned char>(s_[w.begin])] && LeadsAt(w.begin)) {
              *place = w.begin;
              return true;
            }
          }
          return false;
        case kBytes:
          for (size_t q = std::max(pos, byte_); q < n_; ++q) {
            const unsigned char c = static_cast<unsigned char>(s_[q]);
            if (!first_bytes_[c] || (IsRe2Word(c) && q > 0 && IsRe2Word(static_cast<unsigned char>(s_[q - 1])))) {
              continue;
            }
            byte_ = q + 1;
            *place = q;
            return true;
          }
          return false;
      }
      return false;
    }

   private:
    enum Source { kRuns, kScanner, kBytes };
    // Whether a match may start at `q` by its first two bytes, as Next
    // tests them: s_[n_] is the string's null byte, the 0 Next takes for
    // the byte after the last.
    bool LeadsAt(size_t q) const {
      const uint32_t pair = static_cast<unsigned char>(s_[q]) << 8 | static_cast<unsigned char>(s_[q + 1]);
      return (leads_[pair / 64] >> (pair % 64) & 1) != 0;
    }
    const char* s_;
    size_t n_;
    const uint64_t* leads_;
    const bool* first_bytes_;
    const TextRun* run_;
    const TextRun* runs_end_;
    WordScanner words_;
    size_t byte_ = 0;
    Source source_;
  };

  // The first match at a place at or after `pos`, as an unanchored search
  // from `pos` would find it: the leftmost place where an anchored match
  // succeeds. Only the places the start filter lets through are tried.
  // Sets *group to the group of the pattern that matched.
  bool Next(const std::string& cased, size_t pos, Places* places, const Starts& starts, re2::StringPiece* found,
            const CompiledGroup** group) const {
    const re2::StringPiece input(cased);
    const char* const s = cased.data();
    const size_t n = cased.size();
    for (size_t q; places->Next(pos, &q);) {
      const unsigned char c = static_cast<unsigned char>(s[q]);
      const unsigned next = q + 1 < n ? static_cast<unsigned char>(s[q + 1]) : 0;
      if (!starts.Has(c << 8 | next) && !starts.Has(c << 8)) continue;
      if (q + 3 <= n && !starts.HasShort(c << 8 | next) && !starts.HasShort(c << 8) &&
          !starts.HasTriple(c << 16 | next << 8 | static_cast<unsigned char>(s[q + 2]))) {
        continue;
      }
      const CompiledGroup& g = Compiled(c);
      if (g.combined != nullptr && g.combined->Match(input, q, n, RE2::ANCHOR_START, found, 1)) {
        // A group whose set does not compile matches nowhere.
        if (!SetCompiled(g)) continue;
        *group = &g;
        return true;
      }
    }
    return false;
  }

  // True if a pattern with wide starts may match in the article: their
  // FilteredRE2 atoms (lower case) are looked for in the folded text.
  bool WideMayMatch(const std::string& folded) const {
    if (wide_count_ == 0) return false;
    if (always_wide_) return true;
    std::vector<int> atoms, potentials;
    for (size_t a = 0; a < wide_atoms_.size(); ++a) {
      if (Contains(folded, wide_atoms_[a], atom_anchors_[a])) atoms.push_back(static_cast<int>(a));
    }
    // Most articles hold none of the atoms; what that gives is known.
    if (atoms.empty()) return wide_without_atoms_;
    wide_->AllPotentials(atoms, &potentials);
    return !potentials.empty();
  }

  // `runs` as MatchSet::runs has them for `text`, or empty.
  void FindAll(const NormalizedText& text, const std::vector<TextRun>& runs, std::vector<Match>* out,
               std::vector<uint32_t>* candidates) const {
    if (entries_.empty()) return;
    const std::string& cased = text.cased();
    size_t pos = 0;
    re2::StringPiece found;
    const CompiledGroup* group = nullptr;
    std::vector<int> hits;
    const Starts& starts = WideMayMatch(text.folded()) ? all_starts_ : narrow_starts_;
    Places places(cased, runs, starts);
    while (pos < cased.size() && Next(cased, pos, &places, starts, &found, &group)) {
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
      if (!group->set->Match(found, &hits) && found.size() > 1 && found[found.size() - 1] == 's') {
        // A plural designation ("Su-24Ms"): the span less its 's', weapons only.
        plural = group->set->Match(re2::StringPiece(found.data(), found.size() - 1), &hits);
      }
      // Set indices follow load order, for a deterministic choice.
      std::sort(hits.begin(), hits.end());
      for (const int hit : hits) {
        const PatternEntry& p = entries_[group->patterns[static_cast<size_t>(hit)]];
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
  // The compiled group of first byte `c`, which the start filters only let
  // through when some pattern may start with it. Thread-safe.
  const CompiledGroup& Compiled(unsigned char c) const {
    Group& g = *groups_[c];
    std::call_once(g.once, [&] {
      const RE2::Options options = PatternOptions();
      std::string combined;
      for (const uint32_t index : g.patterns) {
        const std::string_view pattern = entries_[index].text;
        g.compiled.patterns.push_back(index);
        if (!combined.empty()) combined += '|';
        combined += "(?:";
        combined += pattern;
        combined += ")";
      }
      if (g.compiled.patterns.empty()) return;
      RE2::Options combined_options = options;
      combined_options.set_longest_match(true);
      auto re = std::make_unique<RE2>("\\b(?:" + combined + ")s?\\b", combined_options);
      if (!re->ok()) return;
      g.compiled.combined = std::move(re);
    });
    return g.compiled;
  }

  // Builds the set of `g`, once; false if it does not compile (Load
  // rejects patterns that do not).
  bool SetCompiled(const CompiledGroup& g) const {
    std::call_once(g.set_once, [&] {
      auto set = std::make_unique<RE2::Set>(PatternOptions(), RE2::ANCHOR_BOTH);
      for (const uint32_t index : g.patterns) {
        const std::string_view pattern = entries_[index].text;
        if (set->Add(re2::StringPiece(pattern.data(), pattern.size()), nullptr) < 0) return;
      }
      if (!set->Compile()) return;
      g.set = std::move(set);
      g.set_ok = true;
    });
    return g.set_ok;
  }

  // Marks the first two bytes a match of `pattern` can have (`bound`). A
  // pattern whose range spans several first bytes ("[CM]V-22") says little
  // that way: it is kept out of the narrow starts, and articles that cannot
  // hold its FilteredRE2 atoms use those.
  void AddStarts(std::string_view pattern, const StartBound& bound, const RE2::Options& options) {
    const re2::StringPiece piece(pattern.data(), pattern.size());
    const uint32_t from = bound.from, to = bound.to;
    const bool may_be_short = bound.may_be_short;
    const uint32_t triple_from = bound.triple_from, triple_to = bound.triple_to;
    all_starts_.Add(from, to, may_be_short, triple_from, triple_to);
    if ((from >> 8) == (to >> 8)) {
      narrow_starts_.Add(from, to, may_be_short, triple_from, triple_to);
      return;
    }
    int id;
    if (wide_->Add(piece, options, &id) == RE2::NoError) {
      ++wide_count_;
    } else {
      always_wide_ = true;
    }
  }

  std::vector<PatternEntry> entries_;  // in load order
  std::array<std::unique_ptr<Group>, 256> groups_;  // by first byte
  Starts narrow_starts_, all_starts_;
  std::unique_ptr<re2::FilteredRE2> wide_;  // the patterns with wide starts
  int wide_count_ = 0;
  std::vector<std::string> wide_atoms_;
  std::vector<size_t> atom_anchors_;  // by atom: where its rarest byte is
  bool always_wide_ = false;
  bool wide_without_atoms_ = false;  // a pattern with wide starts may match where no atom is
};

void Matcher::WriteIndex(const Gazetteer& gazetteer, std::string* image) {
  image->append(kIndexMagic);
  const size_t size_at = image->size();
  PutU32(0, image);  // the trie's size, filled in below
  const size_t trie_at = image->size();
  const AliasTrie trie(gazetteer, 0, static_cast<uint32_t>(gazetteer.size()));
  trie.Serialize(image);
  const uint32_t trie_size = static_cast<uint32_t>(image->size() - trie_at);
  image->replace(size_at, sizeof trie_size, reinterpret_cast<const char*>(&trie_size), sizeof trie_size);
  PutStartBounds(gazetteer, image);
}

namespace {

// The trie and the start bounds of an index image; both empty if it is not one.
std::pair<std::string_view, std::string_view> SplitIndex(std::string_view image) {
  ByteReader in(image);
  if (in.Bytes(kIndexMagic.size()) != kIndexMagic) return {};
  const std::string_view trie = in.Bytes(in.U32());
  if (!in.ok()) return {};
  return {trie, image.substr(in.position())};
}

}  // namespace

Matcher::Matcher(const Gazetteer& gazetteer, std::string_view index_image)
    : Matcher(gazetteer, SplitIndex(index_image)) {}

Matcher::Matcher(const Gazetteer& gazetteer, std::pair<std::string_view, std::string_view> index)
    : gazetteer_(gazetteer), patterns_(std::make_unique<Patterns>(gazetteer, ReadStartBounds(index.second))) {
  const std::string_view trie_image = index.first;
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

uint32_t Matcher::Longest(const NormalizedText& text, const TextWord& word, std::vector<uint32_t>* candidates,
                          bool* variant) const {
  const unsigned char c = static_cast<unsigned char>(text.folded()[word.begin]);
  const bool lower = c >= 'a' && c <= 'z' && text.cased()[word.begin] == static_cast<char>(c);
  // Several tries: the longest match wins; equal ones pool their candidates.
  const size_t before = candidates->size();
  uint32_t best = 0;
  for (const auto& trie : tries_) {
    if (!trie->CanStart(c, lower) || !trie->MayStart(word, lower)) continue;
    const size_t mark = candidates->size();
    bool with_variant = false;
    const uint32_t end = trie->Longest(text, word, lower, candidates, &with_variant);
    if (end > best) {
      candidates->erase(candidates->begin() + before, candidates->begin() + mark);
      best = end;
      *variant = with_variant;
    } else if (end == best && end != 0) {
      *variant = *variant && with_variant;
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
  size_t i = 0;  // where the next match may start
  const bool keep_runs = n < MatchSet::kMaxRunText;
  const std::string& cased = text.cased();
  // Read once: the stores of the loop could alias them, so the compiler
  // would load them again for every word.
  const char* const c_text = cased.data();
  const AliasTrie* const single_trie = tries_.size() == 1 ? tries_[0].get() : nullptr;
  // The end of the longest alias that starts at word `w`, its candidates
  // appended from *candidates_begin on; 0 if none. Inlined: it runs for
  // every word.
  auto longest_at = [&](const WordSpan& w, uint32_t* candidates_begin, bool* variant) __attribute__((always_inline))
                        ->uint32_t {
    const size_t at = w.begin;
    const size_t length = w.end - w.begin;
    if (single_trie == nullptr) {
      *candidates_begin = static_cast<uint32_t>(out->candidates.size());
      return Longest(text, ReadTextWord(text, w, HashWord(f + w.begin, length, n - w.begin)), &out->candidates,
                     variant);
    }
    // The usual case, without the pooling of several tries. Most words are
    // lower case, and few aliases may start in lower case: those words are
    // ruled out before they are hashed.
    const AliasTrie& trie = *single_trie;
    const unsigned char c = static_cast<unsigned char>(f[at]);
    const bool lower = c >= 'a' && c <= 'z' && c_text[at] == static_cast<char>(c);
    // MayStartLower implies CanStart, which the joined parts Longest reads
    // need not be held to: it finds nothing where CanStart is false.
    if (lower ? !trie.MayStartLower(f + at, length) && !(w.end + 1 < n && f[w.end] == '-' && IsWord(folded, w.end + 1))
              : !trie.CanStart(c, false)) {
      return 0;
    }
    const TextWord word = ReadTextWord(text, w, HashWord(f + w.begin, length, n - w.begin));
    if (!trie.MayStart(word, lower)) return 0;
    *candidates_begin = static_cast<uint32_t>(out->candidates.size());
    return trie.Longest(text, word, lower, &out->candidates, variant);
  };
  auto add = [&](const Match& match) {
    matches.push_back(match);
    i = match.end;
    while (i < n && IsWord(folded, i) && IsWord(folded, i - 1)) ++i;  // a plural 's'
  };
  // An alias with a leading "the" ("the Gulf", which a bare "Gulf" is not)
  // waits for the next word: a longer alias that starts there ("Gulf of
  // Aden") wins, "the" being outside spans anyway.
  bool after_the = false;
  Match with_the;
  WordScanner words(folded);
  for (WordSpan w; words.Next(&w);) {
    if (keep_runs) out->runs.push_back({w.begin, w.end});
    if (after_the) {
      after_the = false;
      Match match;
      match.begin = w.begin;
      match.end = longest_at(w, &match.candidates_begin, &match.variant);
      if (match.end != 0) {
        match.candidates_count = static_cast<uint32_t>(out->candidates.size()) - match.candidates_begin;
      }
      add(match.end > with_the.end ? match : with_the);
      continue;
    }
    if (w.begin < i) continue;
    i = w.begin;
    uint32_t candidates_begin = 0;
    bool variant = false;
    const uint32_t end = longest_at(w, &candidates_begin, &variant);
    if (end == 0) continue;
    Match match;
    match.begin = w.begin;
    match.end = end;
    match.candidates_begin = candidates_begin;
    match.candidates_count = static_cast<uint32_t>(out->candidates.size()) - candidates_begin;
    match.variant = variant;
    if (w.end - w.begin == 3 && f[w.begin] == 't' && f[w.begin + 1] == 'h' && f[w.begin + 2] == 'e') {
      after_the = true;
      with_the = match;
      continue;
    }
    add(match);
  }
  if (after_the) add(with_the);

  // Both lists are sorted by begin, so they are merged from the back,
  // where `matches` has room: leftmost first, then longest, literal before
  // pattern.
  std::vector<Match>& patterns = out->pattern_matches;
  patterns.clear();
  patterns_->FindAll(text, out->runs, &patterns, &out->candidates);
  if (patterns.empty()) return;
  auto before = [](const Match& a, const Match& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    // Of one span, a literal alias before a pattern, unless the literal
    // only took the variant letters of a family the pattern names.
    if (a.from_pattern == b.from_pattern) return false;
    return a.from_pattern ? b.variant : !a.variant;
  };
  size_t literal = matches.size();
  size_t pattern = patterns.size();
  matches.resize(literal + pattern);
  for (size_t to = matches.size(); pattern > 0;) {
    if (literal > 0 && before(patterns[pattern - 1], matches[literal - 1])) {
      matches[--to] = matches[--literal];
    } else {
      matches[--to] = patterns[--pattern];
    }
  }
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
