#include "gazer/organization_finder.h"

#include <algorithm>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/normalizer.h"
#include "ascii.h"
#include "byte_scan.h"
#include "common_words.h"
#include "mention_merge.h"
#include "name_tokens.h"
#include "scratch.h"
#include "ship_noun.h"
#include "slug.h"
#include "word_set.h"

namespace gazer {
namespace {

// Head nouns of institution names. A strong head needs one more capitalized
// word ("Turkic Academy"); a weak one is common in capitalized phrases that
// are not organizations ("Oval Office", "West Bank", "World Trade Center"),
// so it needs a complement ("Office of Museums") or two more words of its
// own ("Asian Development Bank").
// clang-format off
constexpr std::string_view kStrongHeads[] = {
    "Academy",      "Agency",     "Alliance",    "Army",         "Command",      "Fleet",         "Navy",
    "Police",       "Assembly",   "Association", "Authority",    "Battalion",
    "Board",        "Brigade",    "Brigades",    "Bureau",       "Coalition",    "College",       "Commission",
    "Committee",    "Confederation", "Congress", "Corporation",  "Corps",        "Council",       "Department",
    "Directorate",  "Division",   "Federation",  "Force",        "Forces",       "Foundation",    "Fund",
    "Guard",        "Institute",  "Institution", "League",       "Militia",      "Ministry",      "Movement",
    "Observatory",  "Organisation", "Organization", "Parliament", "Party",       "Regiment",      "Secretariat",
    "Society",      "Tribunal",   "Trust",       "University",   "Hospital",     "Squadron"};
// clang-format on
// Strong heads too: the last words of companies' names ("Piaggio
// Aerospace", "Hyundai Heavy Industries"), which may be named after their
// country alone ("Azerbaijan Airlines", "Qatar Airways"), as forces and
// ministries are not ("Russian Forces", "Iran Ministry").
constexpr std::string_view kCompanyHeads[] = {"Aerospace",    "Industries", "Technologies", "Dynamics",
                                              "Shipbuilding", "Shipyard",   "Airlines",     "Airways"};
constexpr std::string_view kWeakHeads[] = {"Bank",    "Center",  "Centre",  "Company", "Court",   "Front",
                                           "Forum",   "Group",   "Mission", "Network", "Office",
                                           "Service", "Union",   "Initiative", "Operations", "Unit",    "School",
                                           "Laboratory", "Wing"};

// Places by the form of their names (bases are locations). A place head
// ends the name ("Nur Khan Air Base", "Aden Adde International Airport");
// "Base" there needs a qualifier before it. A place prefix starts it ("Fort
// Greely", "Camp Lemonnier"), and so does a facility noun after qualifiers
// ("Naval Air Station Whidbey Island", "Naval Base Kitsap"). A street or
// square is a place of its own, not the city it is named after ("Victoria
// Street", "Baghdad Street" in Damascus, "Independence Square").
constexpr std::string_view kPlaceHeads[] = {"Airport", "Airfield", "Airbase", "Base",     "Street",
                                            "Avenue",  "Boulevard", "Road",  "Square"};
constexpr std::string_view kPlacePrefixes[] = {"Fort", "Camp"};
constexpr std::string_view kFacilityNouns[] = {"Station", "Facility", "Activity"};
// Words of a facility's kind, not of its own name: "Air Base" or "Naval
// Station" alone names nothing.
constexpr std::string_view kFacilityQualifiers[] = {
    "Air",     "Naval",     "Navy",    "Joint",   "Marine", "Corps",   "Army",          "Military", "Force",
    "Support", "Operating", "Forward", "Reserve", "Space",  "Missile", "International", "Regional", "Guard",
    "Coast",   "Submarine", "Logistics"};
// Prefixes of warship names ("USS Minnesota", "BRP Sierra Madre"): a named
// military platform. Left out are prefixes that are common acronyms (SAS,
// ITS, RSS, CNS, KD).
constexpr std::string_view kShipPrefixes[] = {
    "USS",  "USNS", "HMS",  "HMAS",  "HMCS",  "HMNZS", "INS", "BRP",  "ROKS", "TCG", "ORP", "HNLMS", "KRI", "PNS",
    "RFS",  "HDMS", "HNoMS", "HSwMS", "ESPS", "NRP",   "FGS", "BNS",  "SLNS", "ROCS", "HTMS", "ARA",  "BAP", "JS",
    "KNM",  "USCGC"};
// Navies' shore establishments are commissioned with a ship's prefix
// ("HMAS Stirling", a base near Perth): places, not platforms.
constexpr std::string_view kShoreEstablishments[] = {
    "HMAS Stirling", "HMAS Kuttabul", "HMAS Cerberus", "HMAS Watson", "HMAS Albatross", "HMAS Coonawarra",
    "HMAS Harman",   "HMAS Creswell", "HMAS Penguin",  "HMAS Waterhen", "HMAS Cairns",  "HMS Neptune",
    "HMS Drake",     "HMS Nelson",    "HMS Collingwood", "HMS Sultan", "HMS Raleigh",   "HMS Jufair",
    "HMS Caledonia", "HMS Heron",     "HMS Seahawk",   "HMNZS Philomel"};

// Words that end the name after a prefix: a title or rank of the person
// named next ("USS Minnesota Commander John Smith").
constexpr std::string_view kNameStoppers[] = {"Capt",     "Captain",  "Cmdr",  "Admiral", "Adm",
                                              "Commanding", "Officer", "Officers", "Official", "Officials",
                                              "Commissioner", "Agent", "Agents", "Crew",   "Sailors"};

// Capitalized words that start a title rather than a name, trimmed from the
// front of a run with the function words, days and months of
// common_words.h.
constexpr std::string_view kLeadingNonNames[] = {
    "Director", "Minister", "Secretary", "Chief",  "Head",   "Chairman", "Chairwoman", "President", "Spokesman",
    "Spokeswoman", "Spokesperson", "Commander", "Member", "Members", "Former", "Acting", "Deputy", "Senior",
    "Top",      "Mr",       "Mrs",       "Ms",     "Dr",     "Sir",      "Said",       "Says",      "Report",
    "Reports"};

// "Moscow-based", "Iran-backed", "Saudi-led": a place or country that
// describes the organization, not a word of its name ("the Moscow-based PIR
// Center").
bool IsPlaceModifier(std::string_view word) {
  for (std::string_view suffix : {"-based", "-backed", "-led", "-funded", "-owned", "-run", "-headquartered"}) {
    if (word.size() > suffix.size() + 1 && word.ends_with(suffix)) return true;
  }
  return false;
}

// Lower-case words that may join the words of a name.
bool IsConnector(std::string_view word) {
  return word == "of" || word == "for" || word == "on" || word == "and" || word == "the" || word == "&" ||
         word == "in";
}
bool IsComplementStart(std::string_view word) { return word == "of" || word == "for" || word == "on"; }

// What a word may start or end: an organization (strong or weak head), a
// place (head, prefix or facility noun) or a warship (prefix).
enum class Head { kNone, kStrong, kWeak, kPlace, kPlacePrefix, kFacility, kShip };
constexpr WordSet<128> kStrongHeadSet(kStrongHeads, kCompanyHeads);
constexpr WordSet<16> kCompanyHeadSet(kCompanyHeads);
constexpr WordSet<64> kWeakHeadSet(kWeakHeads);
constexpr WordSet<32> kPlaceHeadSet(kPlaceHeads);
constexpr WordSet<8> kPlacePrefixSet(kPlacePrefixes);
constexpr WordSet<8> kFacilityNounSet(kFacilityNouns);
constexpr WordSet<64> kFacilityQualifierSet(kFacilityQualifiers);
constexpr WordSet<64> kShipPrefixSet(kShipPrefixes);
constexpr WordSet<32> kNameStopperSet(kNameStoppers);
constexpr WordSet<64> kShoreEstablishmentSet(kShoreEstablishments);
constexpr WordSet<64> kLeadingNonNameSet(kLeadingNonNames);

// A filter in front of the sets: for each first letter (a capital) and
// last letter (either case), the lengths of the head nouns and prefixes
// that have them. Most capitalized words (names, places) have a pair or
// length none has.
class HeadShapes {
 public:
  template <size_t... N>
  constexpr explicit HeadShapes(const std::string_view (&... lists)[N]) {
    (..., [&](const auto& list) {
      for (std::string_view w : list) Add(w);
    }(lists));
  }
  constexpr bool MayBeHead(std::string_view w) const {
    if (w.size() < 2 || w.size() > 31) return false;
    const unsigned first = static_cast<unsigned char>(w.front()) - 'A';
    const unsigned last = (static_cast<unsigned char>(w.back()) | 0x20u) - 'a';
    return first < 26 && last < 26 && (lengths_[first][last] >> w.size() & 1) != 0;
  }

 private:
  constexpr void Add(std::string_view w) {
    const unsigned first = static_cast<unsigned char>(w.front()) - 'A';
    const unsigned last = (static_cast<unsigned char>(w.back()) | 0x20u) - 'a';
    if (first >= 26 || last >= 26 || w.size() > 31) throw std::logic_error("head noun unfit for HeadShapes");
    lengths_[first][last] |= 1u << w.size();
  }
  uint32_t lengths_[26][26] = {};
};
constexpr HeadShapes kHeadShapes(kStrongHeads, kCompanyHeads, kWeakHeads, kPlaceHeads, kPlacePrefixes, kFacilityNouns,
                                 kShipPrefixes);

Head HeadOfShaped(std::string_view word) {
  if (kStrongHeadSet.Contains(word)) return Head::kStrong;
  if (kWeakHeadSet.Contains(word)) return Head::kWeak;
  if (kPlaceHeadSet.Contains(word)) return Head::kPlace;
  if (kPlacePrefixSet.Contains(word)) return Head::kPlacePrefix;
  if (kFacilityNounSet.Contains(word)) return Head::kFacility;
  if (kShipPrefixSet.Contains(word)) return Head::kShip;
  return Head::kNone;
}
bool IsSuffixHead(Head h) { return h == Head::kStrong || h == Head::kWeak || h == Head::kPlace; }

// "1st", "22nd", "101st": a unit's ordinal, part of its name ("the 6th
// Infantry Division").
bool IsOrdinal(std::string_view w) {
  if (w.size() < 3 || w.size() > 6) return false;
  const std::string_view suffix = w.substr(w.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  for (size_t i = 0; i + 2 < w.size(); ++i) {
    if (w[i] < '0' || w[i] > '9') return false;
  }
  return true;
}
// The start of "No. 3 " or "No 617 " that ends at `end` of `text` (a
// unit's number as the RAF and RAAF write it: "No. 3 Squadron"), or `end`.
size_t UnitNumberStart(const std::string& text, size_t end) {
  size_t pos = end;
  if (pos < 5 || text[pos - 1] != ' ') return end;
  --pos;
  const size_t digits_end = pos;
  while (pos > 0 && pos + 4 > digits_end && IsDigit(text[pos - 1])) --pos;
  if (pos == digits_end || pos < 3 || text[pos - 1] != ' ') return end;
  --pos;
  if (text[pos - 1] == '.') --pos;
  if (pos < 2 || text[pos - 2] != 'N' || text[pos - 1] != 'o') return end;
  pos -= 2;
  return pos == 0 || !IsAsciiLetter(text[pos - 1]) ? pos : end;
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
  return (c >= 'A' && c <= 'Z') || c == 'o' || c == 'f' || c == 'a' || c == 't' || c == 'i' || c == '&' || c == ' ';
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

// The bytes a run of capitalized words can hold: word bytes, the spaces
// between words, the joiners inside them and '&'.
struct RunByteTable {
  bool in_run[256];
  constexpr RunByteTable() : in_run() {
    for (int c = 0; c < 256; ++c) {
      in_run[c] = kIsWordByte.is_word[c] || c == ' ' || c == '-' || c == '\'' || c == '&';
    }
  }
};
constexpr RunByteTable kRunBytes;

// Whether a capital token can start a run that holds a head noun. Most
// runs hold none and come to nothing. A run's capitalized words are capital
// tokens, and between them are only kRunBytes, so a capital token with no
// head among the capital tokens from it to the next other byte starts no
// name, and its run need not be read. Asks each capital token for its head
// once.
class HeadReach {
 public:
  // `capitals` is the list of the capital tokens of `text`, in order, read
  // from `runs`, its runs of word bytes.
  HeadReach(const std::string& text, const std::vector<TextRun>& runs, const std::vector<CapitalToken>& capitals)
      : text_(text), runs_(runs.data()), head_(capitals.data()), end_(capitals.data() + capitals.size()) {}

  // `capital` is an entry of the list; entries must be asked for in order.
  bool MayReachHead(const CapitalToken& capital) {
    if (&capital > head_ || !measured_) Measure(&capital);
    return capital.token.begin >= reach_from_;
  }

 private:
  // Finds the first head from `capital` on, and from where the capital
  // tokens before it can reach it.
  void Measure(const CapitalToken* capital) {
    measured_ = true;
    head_ = capital;
    while (head_ != end_ && HeadOf(head_->token.text) == Head::kNone) ++head_;
    if (head_ == end_) {
      reach_from_ = ~size_t{0};
      return;
    }
    // Back from the head, run by run: only the gaps between runs need
    // reading. `capital` starts a run, which ends the walk.
    const size_t floor = capital->token.begin;
    const TextRun* run = runs_ + head_->next_run - 1;  // the head's last
    while (run->begin > floor && Joins(run[-1].end, run->begin)) --run;
    reach_from_ = run->begin;
  }
  bool Joins(size_t gap_begin, size_t gap_end) const {
    for (size_t k = gap_begin; k < gap_end; ++k) {
      if (!kRunBytes.in_run[static_cast<unsigned char>(text_[k])]) return false;
    }
    return true;
  }

  const std::string& text_;
  const TextRun* const runs_;
  const CapitalToken* head_;  // the first capital token with a head from the last one asked for on
  const CapitalToken* const end_;
  bool measured_ = false;
  size_t reach_from_ = 0;  // capital tokens that start before it cannot reach *head_
};

// A warship named with its prefix goes by its name without it, or by the
// last word of that name, after "the" elsewhere in the article: "USS Harry
// S. Truman ... the Truman lost two jets", "BRP Sierra Madre ... the Sierra
// Madre" (not "Truman" alone, which may be the president). Adds those
// mentions to *found, in text order.
void FindShipShortNames(const Extraction& out, std::vector<Mention>* found) {
  const std::string& text = out.normalized.cased();
  const size_t before = found->size();
  auto add_uses = [&](std::string_view name, uint32_t entity) {
    if (name.size() < 3 || !IsUpper(name[0])) return;
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      const size_t end = at + name.size();
      if (at < 4 || text.compare(at - 4, 4, "the ") != 0 || (at >= 5 && kIsWordByte(text[at - 5])) ||
          (end < text.size() && kIsWordByte(text[end]))) {
        continue;
      }
      auto next = std::lower_bound(out.mentions.begin(), out.mentions.end(), static_cast<uint32_t>(at),
                                   [](const Mention& m, uint32_t b) { return m.end <= b; });
      if (next != out.mentions.end() && next->begin < end) continue;
      if (std::any_of(found->begin() + static_cast<long>(before), found->end(),
                      [&](const Mention& m) { return m.begin < end && at < m.end; })) {
        continue;
      }
      found->push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(end), entity, 0});
    }
  };
  for (uint32_t e = 0; e < out.entities.size(); ++e) {
    const Entity& ship = out.entities[e];
    if (ship.type != EntityType::kWeapon) continue;
    const size_t space = ship.name.find(' ');
    if (space == std::string::npos || !kShipPrefixSet.Contains(std::string_view(ship.name).substr(0, space))) continue;
    const std::string_view name = std::string_view(ship.name).substr(space + 1);
    add_uses(name, e);
    if (const size_t last_space = name.rfind(' '); last_space != std::string_view::npos) {
      add_uses(name.substr(last_space + 1), e);
    }
  }
  std::sort(found->begin() + static_cast<long>(before), found->end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

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

  // Adds the name [span_begin, span_end) as an entity of `type` (id from the
  // name), in place of the mentions inside it.
  auto take = [&](uint32_t span_begin, uint32_t span_end, EntityType type) {
    auto [first, last] = overlapping(span_begin, span_end);
    const std::string name(text.data() + span_begin, span_end - span_begin);
    std::string id(TypeName(type));
    id += ':';
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
        out->entities.push_back({std::move(id), type, name, Source::kPattern, -1});
      }
    }
    for (auto it = first; it != last; ++it) it->end = it->begin;  // replaced by the name
    found.push_back({span_begin, span_end, entity, 0});
  };
  // Whether a mention reaches outside [span_begin, span_end) or is all of
  // it: the gazetteer's reading wins then.
  auto gazetteer_wins = [&](uint32_t span_begin, uint32_t span_end) {
    auto [first, last] = overlapping(span_begin, span_end);
    return std::any_of(first, last, [&](const Mention& m) {
      return m.begin < span_begin || m.end > span_end || (m.begin == span_begin && m.end == span_end);
    });
  };

  // A name that a prefix starts, in run[from, to): a warship ("USS
  // Minnesota"), a place ("Fort Greely") or a facility after its
  // qualifiers ("Naval Air Station Whidbey Island"). Sets [*begin, *end)
  // to its tokens; false if there is none, or if an organization or place
  // head follows in the name ("Fort Worth Police Department": the head's
  // name).
  auto find_prefix_name = [&](std::span<const NameToken> run, size_t* begin, size_t* end, EntityType* type) {
    for (size_t k = 0; k + 1 < run.size(); ++k) {
      if (!run[k].capitalized || run[k].possessive) continue;
      const Head head = HeadOf(run[k].text);
      size_t start = k;
      if (head == Head::kShip) {
        *type = EntityType::kWeapon;
      } else if (head == Head::kPlacePrefix) {
        *type = EntityType::kLocation;
      } else if (head == Head::kFacility || (head == Head::kPlace && run[k].text == "Base")) {
        while (start > 0 && run[start - 1].capitalized && kFacilityQualifierSet.Contains(run[start - 1].text)) --start;
        if (start == k || (start > 0 && run[start - 1].capitalized)) continue;
        *type = EntityType::kLocation;
      } else {
        continue;
      }
      const bool ship = *type == EntityType::kWeapon;
      size_t stop = k + 1;
      const size_t most = k + 1 + (ship ? 4 : 3);
      size_t before_of = 0;  // where an "of" inside a ship's name is
      while (stop < run.size() && stop < most) {
        const std::string_view w = run[stop].text;
        // Ships are named after places ("USS District of Columbia", "USS
        // Lake Erie"); a unit's head still makes the name the unit's ("USS
        // Carl Vinson Strike Group").
        if (!run[stop].capitalized) {
          if (!ship || w != "of" || stop + 1 >= run.size() || !run[stop + 1].capitalized || before_of != 0) break;
          before_of = stop++;
          continue;
        }
        const Head head_there = HeadOf(w);
        if (ship ? head_there == Head::kStrong || head_there == Head::kWeak : IsSuffixHead(head_there)) {
          if (before_of == 0) return false;
          stop = before_of;  // "USS Nimitz of Carrier Strike Group 11": the ship
          break;
        }
        if (kNameStopperSet.Contains(w) || kLeadingNonNameSet.Contains(w) || IsCapitalizedFunctionWord(w) ||
            IsDayOrMonth(w)) {
          break;
        }
        ++stop;
        if (run[stop - 1].possessive) break;
      }
      // An "of" whose name goes on past the longest a ship's takes is no
      // part of it.
      if (before_of != 0 && stop == most && stop < run.size() && run[stop].capitalized) stop = before_of;
      if (stop == k + 1) continue;
      // A headline capitalizes the words after the name too.
      if (title_case.At(run[start].begin)) stop = k + 2;
      *begin = start;
      *end = stop;
      return true;
    }
    return false;
  };

  // Judges a run of capitalized words and connectors with a head noun at
  // its end, or a complement after it.
  auto consider_heads = [&](std::span<const NameToken> run, bool at_run_start) {
    // The name: from after the last connector before the first head (so
    // "Director of the Central Intelligence Agency" gives the agency), up
    // to the last head, with the complement that follows it ("of Turkic
    // Culture").
    size_t first_head = run.size(), last_head = run.size();
    Head kind = Head::kNone;
    for (size_t k = 0; k < run.size(); ++k) {
      Head head = run[k].capitalized ? HeadOf(run[k].text) : Head::kNone;
      if (!IsSuffixHead(head)) continue;
      // An island group is a place ("Kalayaan Island Group").
      if (run[k].text == "Group" && k > 0 && (run[k - 1].text == "Island" || run[k - 1].text == "Islands")) {
        head = Head::kPlace;
      }
      if (head == Head::kPlace && run[k].text == "Base" &&
          (k == 0 || !kFacilityQualifierSet.Contains(run[k - 1].text))) {
        continue;
      }
      if (first_head == run.size()) first_head = k;
      last_head = k;
      kind = head;
    }
    if (first_head == run.size()) return;
    // A name the gazetteer knows may be the complement of a head before it,
    // and so part of a longer name: "the Coastal Defense Regiment of the
    // Philippine Navy", "Main Operations Directorate of the General Staff".
    bool known_complement = false;
    if (last_head > first_head) {
      auto [known, none] = overlapping(run[last_head].begin, run[last_head].end);
      for (size_t k = last_head; known != none && k-- > first_head;) {
        const Head head = run[k].capitalized ? HeadOf(run[k].text) : Head::kNone;
        if (!IsSuffixHead(head) || run[k].end > known->begin) continue;
        known_complement = head != Head::kPlace && IsComplementStart(run[k + 1].text);
        break;
      }
    }
    const bool weak = kind == Head::kWeak, place = kind == Head::kPlace;
    size_t begin = 0;
    for (size_t k = 0; k < first_head; ++k) {
      if (!run[k].capitalized) begin = k + 1;
    }
    while (begin < first_head && (kLeadingNonNameSet.Contains(run[begin].text) ||
                                  IsCapitalizedFunctionWord(run[begin].text) || IsDayOrMonth(run[begin].text) ||
                                  IsPlaceModifier(run[begin].text))) {
      ++begin;
    }
    size_t end = last_head + 1;
    const bool complement =
        known_complement ||
        (!place && end < run.size() &&
         (IsComplementStart(run[end].text) || (run[end].text == "in" && run[last_head].text == "Mission")));
    if (complement) end = run.size();

    // A unit's ordinal just before the run: "the 6th Infantry Division".
    uint32_t span_begin = run[begin].begin;
    bool ordinal = false;
    if (at_run_start && begin == 0 && !place && span_begin >= 4 && text[span_begin - 1] == ' ') {
      const size_t start = TokenStart(text, span_begin - 1);
      if (IsOrdinal(std::string_view(text).substr(start, span_begin - 1 - start))) {
        span_begin = static_cast<uint32_t>(start);
        ordinal = true;
      } else if (const size_t number = UnitNumberStart(text, span_begin); number != span_begin) {
        span_begin = static_cast<uint32_t>(number);
        ordinal = true;
      }
    }

    // Evidence that it is a name: words of its own before the head, not
    // only a country ("Russian Forces"; a place may name one: "Middle East
    // Institute"), or a complement. A country by its name counts with a
    // weak head where one more word does ("Taiwan Affairs Office"); a
    // facility's kind does not count for a place ("Air Base").
    if (!complement) {
      int own_words = ordinal ? 1 : 0, country_names = 0;
      for (size_t k = begin; k < last_head; ++k) {
        if (!run[k].capitalized) continue;
        const Mention* country = nullptr;
        auto [first, last] = overlapping(run[k].begin, run[k].end);
        for (auto it = first; it != last; ++it) {
          if (is_type(*it, EntityType::kCountry)) country = &*it;
        }
        if (country != nullptr) {
          const std::string_view said(text.data() + country->begin, country->end - country->begin);
          if (said == out->entities[country->entity].name) ++country_names;
        } else if (!place || !kFacilityQualifierSet.Contains(run[k].text)) {
          ++own_words;
        }
      }
      if ((weak && own_words >= 1) || kCompanyHeadSet.Contains(run[last_head].text)) own_words += country_names;
      if (own_words < (weak ? 2 : 1)) return;
    } else {
      for (size_t k = last_head + 1; k < end; ++k) {
        // A person named right after: "Ministry of Culture Ahmed Kamil" is not one name.
        if (covered_by(run[k], [&](const Mention& m) { return is_type(m, EntityType::kPerson); })) return;
      }
    }
    // The gazetteer wins where it knows the head, or reaches outside. Asked
    // before the line's case, which costs more to tell.
    const uint32_t span_end = run[end - 1].end;
    if ((!known_complement && covered_by(run[last_head], [](const Mention&) { return true; })) ||
        gazetteer_wins(span_begin, span_end)) {
      return;
    }
    if (title_case.At(run[begin].begin)) return;
    take(span_begin, span_end, place ? EntityType::kLocation : EntityType::kOrganization);
  };

  // Judges one run of capitalized words and the connectors between them:
  // the names prefixes start, and those heads end around them.
  auto consider = [&](const std::vector<NameToken>& all, size_t from, size_t to) {
    std::span<const NameToken> run(all.data() + from, to - from);
    bool at_run_start = from == 0;
    size_t begin = 0, end = 0;
    EntityType type = EntityType::kLocation;
    while (find_prefix_name(run, &begin, &end, &type)) {
      if (begin > 0) consider_heads(run.first(begin), at_run_start);
      const uint32_t span_begin = run[begin].begin;
      uint32_t span_end = run[end - 1].end;
      // A middle initial ends the run at its full stop: "USS John F. Kennedy".
      const NameToken& last = run[end - 1];
      if (end == run.size() && last.text.size() == 1 && !last.possessive && span_end + 3 < text.size() &&
          text[span_end] == '.' && text[span_end + 1] == ' ' && text[span_end + 2] >= 'A' && text[span_end + 2] <= 'Z') {
        span_end = static_cast<uint32_t>(TokenEnd(text, span_end + 2));
      }
      const std::string_view name(text.data() + span_begin, span_end - span_begin);
      if (type == EntityType::kWeapon && kShoreEstablishmentSet.Contains(name)) type = EntityType::kLocation;
      if (!gazetteer_wins(span_begin, span_end)) take(span_begin, span_end, type);
      run = run.subspan(end);
      at_run_start = false;
      while (!run.empty() && !run.front().capitalized) run = run.subspan(1);
    }
    if (!run.empty()) consider_heads(run, at_run_start);
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
  // Capital tokens read one at a time (a huge article) are all read out.
  const bool listed = !out->matches.runs.empty();
  HeadReach head_reach(text, out->matches.runs, scratch.capitals);
  while (const CapitalToken* capital = capitals.Next()) {
    if (capital->token.begin < resume || (listed && !head_reach.MayReachHead(*capital))) continue;
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
      // A date after a connector is when, not a word of the name ("the
      // World Bank on Monday").
      if (connectors.empty() || !have || !token.capitalized || IsDayOrMonth(token.text) ||
          !SpaceOnlyBetween(text, connectors.back(), token)) {
        break;
      }
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
      // "in" joins only a mission to its place ("European Union Mission in
      // Armenia"), not forces to theirs ("Russian Forces in Syria").
      const bool joins = run[k].text == "in"
                             ? next == k + 1 && k > 0 && run[k - 1].text == "Mission"
                             : IsComplementStart(run[k].text) || (in_complement && next == k + 1 && run[k].text != "the");
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

  // Warships named after their type's noun win over the places and persons
  // they are named after ("the submarine Kazan", "the destroyer Caio
  // Duilio"), and so do ship classes ("Maharaja Lela-class"), not over a
  // weapon, a country, a name found above, or a mention that reaches
  // outside.
  auto take_platform = [&](NameSpan name) {
    auto [first, last] = overlapping(name.begin, name.end);
    // A demonym before a class is no part of it ("the Chinese Jiangkai-class").
    while (first != last && is_type(*first, EntityType::kCountry) && first->begin <= name.begin &&
           first->end + 1 < name.end && text[first->end] == ' ') {
      name.begin = first->end + 1;
      ++first;
    }
    const bool kept = std::any_of(first, last, [&](const Mention& m) {
      return m.begin < name.begin || m.end > name.end || is_type(m, EntityType::kWeapon) ||
             is_type(m, EntityType::kCountry);
    });
    const bool named = std::any_of(found.begin(), found.end(),
                                   [&](const Mention& m) { return m.begin < name.end && name.begin < m.end; });
    if (!kept && !named) take(name.begin, name.end, EntityType::kWeapon);
  };
  std::vector<NameSpan> platforms;
  CapitalTokens ship_capitals(text, out->matches.runs, scratch.capitals);
  FindShipNamesAfterTypeNouns(text, &ship_capitals, &platforms);
  FindShipClassNames(text, &platforms);
  for (const NameSpan& platform : platforms) take_platform(platform);
  if (!found.empty()) MergeMentions(&mentions, found);
  found.clear();
  FindShipShortNames(*out, &found);
  if (!found.empty()) MergeMentions(&mentions, found);
}

}  // namespace gazer
