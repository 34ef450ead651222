#include "gazer/organization_finder.h"

#include <algorithm>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/normalizer.h"
#include "byte_scan.h"
#include "common_words.h"
#include "mention_merge.h"
#include "name_tokens.h"
#include "scratch.h"
#include "slug.h"
#include "word_set.h"

namespace gazer {
namespace {

// Head nouns of institution names. A strong head needs one more capitalized
// word ("Turkic Academy"); a weak one is common in capitalized phrases that
// are not organizations ("Oval Office", "West Bank", "World Trade Center"),
// so it needs a complement ("Office of Museums") or two more words of its
// own ("Asian Development Bank").
constexpr std::string_view kStrongHeads[] = {
    "Academy",      "Agency",     "Alliance",    "Army",         "Command",      "Fleet",         "Navy",
    "Police",    "Assembly",     "Association",  "Authority",     "Battalion",
    "Board",        "Brigade",    "Brigades",    "Bureau",       "Coalition",    "College",       "Commission",
    "Committee",    "Confederation", "Congress", "Corporation",  "Corps",        "Council",       "Department",
    "Directorate",  "Division",   "Federation",  "Force",        "Forces",       "Foundation",    "Fund",
    "Guard",        "Institute",  "Institution", "League",       "Militia",      "Ministry",      "Movement",
    "Observatory",  "Organisation", "Organization", "Parliament", "Party",       "Regiment",      "Secretariat",
    "Society",      "Tribunal",   "Trust",       "University"};
constexpr std::string_view kWeakHeads[] = {"Bank",    "Center",  "Centre",  "Company", "Court",   "Front",
                                           "Forum",   "Group",   "Mission", "Network", "Office",
                                           "Service", "Union"};

// Capitalized words that start a title rather than a name, trimmed from the
// front of a run with the function words, days and months of
// common_words.h.
constexpr std::string_view kLeadingNonNames[] = {
    "Director", "Minister", "Secretary", "Chief",  "Head",   "Chairman", "Chairwoman", "President", "Spokesman",
    "Spokeswoman", "Spokesperson", "Commander", "Member", "Members", "Former", "Acting", "Deputy", "Senior",
    "Top",      "Mr",       "Mrs",       "Ms",     "Dr",     "Sir",      "Said",       "Says",      "Report",
    "Reports"};

// Lower-case words that may join the words of a name.
bool IsConnector(std::string_view word) {
  return word == "of" || word == "for" || word == "on" || word == "and" || word == "the" || word == "&";
}
bool IsComplementStart(std::string_view word) { return word == "of" || word == "for" || word == "on"; }

enum class Head { kNone, kStrong, kWeak };
constexpr WordSet<128> kStrongHeadSet(kStrongHeads);
constexpr WordSet<32> kWeakHeadSet(kWeakHeads);
constexpr WordSet<64> kLeadingNonNameSet(kLeadingNonNames);

// A filter in front of the sets: for each first letter (a capital) and
// last letter (lower case), the lengths of the head nouns that have them.
// Most capitalized words (names, places) have a pair or length no head has.
class HeadShapes {
 public:
  template <size_t N, size_t M>
  constexpr HeadShapes(const std::string_view (&strong)[N], const std::string_view (&weak)[M]) {
    for (std::string_view w : strong) Add(w);
    for (std::string_view w : weak) Add(w);
  }
  constexpr bool MayBeHead(std::string_view w) const {
    if (w.size() < 2 || w.size() > 31) return false;
    const unsigned first = static_cast<unsigned char>(w.front()) - 'A';
    const unsigned last = static_cast<unsigned char>(w.back()) - 'a';
    return first < 26 && last < 26 && (lengths_[first][last] >> w.size() & 1) != 0;
  }

 private:
  constexpr void Add(std::string_view w) {
    const unsigned first = static_cast<unsigned char>(w.front()) - 'A';
    const unsigned last = static_cast<unsigned char>(w.back()) - 'a';
    if (first >= 26 || last >= 26 || w.size() > 31) throw std::logic_error("head noun unfit for HeadShapes");
    lengths_[first][last] |= 1u << w.size();
  }
  uint32_t lengths_[26][26] = {};
};
constexpr HeadShapes kHeadShapes(kStrongHeads, kWeakHeads);

Head HeadOfShaped(std::string_view word) {
  if (kStrongHeadSet.Contains(word)) return Head::kStrong;
  if (kWeakHeadSet.Contains(word)) return Head::kWeak;
  return Head::kNone;
}
// Asked for most capitalized words: the shape test is inlined.
inline Head HeadOf(std::string_view word) {
  return kHeadShapes.MayBeHead(word) ? HeadOfShaped(word) : Head::kNone;
}

// True if the run that ends with `last` may go on: a space, then a capital
// or the first letter of a connector. Saves reading the next token after
// most words.
inline bool MayContinue(const std::string& text, const NameToken& last) {
  const size_t after = last.possessive ? last.end + 2 : last.end;
  if (after + 1 >= text.size() || text[after] != ' ') return false;
  const char c = text[after + 1];
  return (c >= 'A' && c <= 'Z') || c == 'o' || c == 'f' || c == 'a' || c == 't' || c == '&' || c == ' ';
}

// Whether the line holding a position is in title case: a headline or a
// title capitalizes every word, so a run of capitals there says nothing
// about a name. Remembers the last line asked about.
class TitleCaseLines {
 public:
  explicit TitleCaseLines(const std::string& text) : text_(text) {}

  bool At(size_t pos) {
    if (pos < line_begin_ || pos >= line_end_) Measure(pos);
    return title_case_;
  }

 private:
  void Measure(size_t pos) {
    // Positions are mostly asked for in text order, so the line is looked
    // for forwards, from the end of the last one (memchr is quick where a
    // byte-by-byte search backwards is not).
    line_begin_ = measured_ && pos > line_end_ ? line_end_ + 1 : 0;
    measured_ = true;
    for (;;) {
      const size_t after = text_.find('\n', line_begin_);
      line_end_ = after == std::string::npos ? text_.size() : after;
      if (line_end_ >= pos) break;
      line_begin_ = line_end_ + 1;
    }
    title_case_ = false;
    int long_words = 0;
    size_t p = line_begin_;
    NameToken t;
    while (p < line_end_ && NextToken(text_, &p, &t) && t.begin < line_end_) {
      if (t.text.size() < 4 || !IsAsciiLetter(t.text[0])) continue;
      if (!t.capitalized) return;
      ++long_words;
    }
    title_case_ = long_words >= 4;
  }

  const std::string& text_;
  bool measured_ = false;
  size_t line_begin_ = 1, line_end_ = 0;
  bool title_case_ = false;
};

}  // namespace

void OrganizationFinder::Find(Extraction* out) const {
  const std::string& text = out->normalized.cased();
  std::vector<Mention>& mentions = out->mentions;
  ExtractionScratch& scratch = ScratchOf(*out);
  std::vector<Mention>& found = scratch.organizations;
  found.clear();
  TitleCaseLines title_case(text);

  // Mentions overlapping [begin, end), in order.
  auto overlapping = [&](uint32_t begin, uint32_t end) {
    auto first = std::lower_bound(mentions.begin(), mentions.end(), begin,
                                  [](const Mention& m, uint32_t b) { return m.end <= b; });
    auto last = first;
    while (last != mentions.end() && last->begin < end) ++last;
    return std::make_pair(first, last);
  };
  auto covered_by = [&](const NameToken& t, auto pred) {
    auto [first, last] = overlapping(t.begin, t.end);
    return std::any_of(first, last, pred);
  };
  auto is_type = [&](const Mention& m, EntityType type) { return out->entities[m.entity].type == type; };

  // Judges one run of capitalized words and the connectors between them.
  auto consider = [&](const std::vector<NameToken>& all, size_t from, size_t to) {
    const std::span<const NameToken> run(all.data() + from, to - from);
    // The name: from after the last connector before the first head (so
    // "Director of the Central Intelligence Agency" gives the agency), up
    // to the last head, with the complement that follows it ("of Turkic
    // Culture").
    size_t first_head = run.size(), last_head = run.size();
    bool weak = false;
    for (size_t k = 0; k < run.size(); ++k) {
      const Head head = run[k].capitalized ? HeadOf(run[k].text) : Head::kNone;
      if (head == Head::kNone) continue;
      if (first_head == run.size()) first_head = k;
      last_head = k;
      weak = head == Head::kWeak;
    }
    if (first_head == run.size()) return;
    size_t begin = 0;
    for (size_t k = 0; k < first_head; ++k) {
      if (!run[k].capitalized) begin = k + 1;
    }
    while (begin < first_head && (kLeadingNonNameSet.Contains(run[begin].text) ||
                                  IsCapitalizedFunctionWord(run[begin].text) || IsDayOrMonth(run[begin].text))) {
      ++begin;
    }
    size_t end = last_head + 1;
    const bool complement = end < run.size() && IsComplementStart(run[end].text);
    if (complement) end = run.size();

    // Evidence that it is a name: words of its own before the head, not
    // only a country ("Russian Forces"; a place may name one: "Middle East
    // Institute"), or a complement.
    if (!complement) {
      int own_words = 0;
      for (size_t k = begin; k < last_head; ++k) {
        const bool country = covered_by(run[k], [&](const Mention& m) { return is_type(m, EntityType::kCountry); });
        if (run[k].capitalized && !country) ++own_words;
      }
      if (own_words < (weak ? 2 : 1)) return;
    } else {
      for (size_t k = last_head + 1; k < end; ++k) {
        // A person named right after: "Ministry of Culture Ahmed Kamil" is not one name.
        if (covered_by(run[k], [&](const Mention& m) { return is_type(m, EntityType::kPerson); })) return;
      }
    }
    if (title_case.At(run[begin].begin)) return;

    // The gazetteer wins where it knows the head, or reaches outside.
    const uint32_t span_begin = run[begin].begin, span_end = run[end - 1].end;
    if (covered_by(run[last_head], [](const Mention&) { return true; })) return;
    auto [first, last] = overlapping(span_begin, span_end);
    if (std::any_of(first, last, [&](const Mention& m) { return m.begin < span_begin || m.end > span_end; })) return;

    const std::string name(text.data() + span_begin, span_end - span_begin);
    std::string id = "organization:";
    AppendSlug(name, &id);
    uint32_t entity = 0;
    auto existing = std::find_if(out->entities.begin(), out->entities.end(), [&](const Entity& e) { return e.id == id; });
    if (existing != out->entities.end()) {
      entity = static_cast<uint32_t>(existing - out->entities.begin());
    } else {
      entity = static_cast<uint32_t>(out->entities.size());
      if (const int64_t entry = gazetteer_.Find(id); entry >= 0) {
        const Entry e = gazetteer_.entry(static_cast<size_t>(entry));
        out->entities.push_back({std::string(e.id), e.type, std::string(e.name), Source::kGazetteer, entry});
      } else {
        out->entities.push_back({std::move(id), EntityType::kOrganization, name, Source::kPattern, -1});
      }
    }
    for (auto it = first; it != last; ++it) it->end = it->begin;  // replaced by the name
    found.push_back({span_begin, span_end, entity, 0});
  };

  // Runs: capitalized words, and connectors between them, separated by
  // spaces only; a possessive ends one ("the Coalition's Small Group").
  std::vector<NameToken>& run = scratch.run;
  std::vector<NameToken>& connectors = scratch.connectors;
  TokenReader tokens(text, out->matches.runs);
  CapitalTokens capitals(text, out->matches.runs, scratch.capitals);
  size_t resume = 0;  // where the next run may start
  NameToken token;
  bool have = false;
  while (const CapitalToken* capital = capitals.Next()) {
    if (capital->token.begin < resume) continue;
    token = capital->token;
    tokens.After(*capital);
    run.assign(1, token);
    bool has_head = HeadOf(token.text) != Head::kNone;
    have = MayContinue(text, token) && tokens.Next(&token);
    while (have && !run.back().possessive && SpaceOnlyBetween(text, run.back(), token)) {
      if (token.capitalized) {
        has_head = has_head || HeadOf(token.text) != Head::kNone;
        run.push_back(token);
        have = MayContinue(text, token) && tokens.Next(&token);
        continue;
      }
      connectors.clear();
      NameToken previous = run.back();
      while (have && IsConnector(token.text) && SpaceOnlyBetween(text, previous, token)) {
        connectors.push_back(token);
        previous = token;
        have = tokens.Next(&token);
      }
      if (connectors.empty() || !have || !token.capitalized || !SpaceOnlyBetween(text, connectors.back(), token)) break;
      run.insert(run.end(), connectors.begin(), connectors.end());
    }
    resume = have ? token.begin : tokens.position();  // the token after the run starts the next search
    if (!has_head) continue;
    // "and" or "the" joins words only inside a complement ("Center for
    // Strategic and International Studies"); elsewhere it joins two names
    // ("the Oval Office and the West Bank").
    size_t segment = 0;
    bool in_complement = false;
    for (size_t k = 0; k < run.size(); ++k) {
      if (run[k].capitalized) continue;
      size_t next = k;
      while (next < run.size() && !run[next].capitalized) ++next;
      const bool joins = IsComplementStart(run[k].text) || (in_complement && next == k + 1 && run[k].text != "the");
      if (joins) {
        in_complement = true;
      } else {
        consider(run, segment, k);
        segment = next;
        in_complement = false;
      }
      k = next - 1;
    }
    consider(run, segment, run.size());
  }

  if (!found.empty()) MergeMentions(&mentions, found);
}

}  // namespace gazer
