#include "gazer/linker.h"

#include "apposition.h"
#include "ascii.h"
#include "credit_line.h"
#include "given_name_finder.h"
#include "headline.h"
#include "byte_scan.h"
#include "common_words.h"
#include "mention_merge.h"
#include "name_tokens.h"
#include "name_words.h"
#include "place_noun.h"
#include "scratch.h"
#include "slug.h"
#include "surname_table.h"
#include "title_run.h"
#include "titles.h"
#include "word_set.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace gazer {
namespace {

// The `population` attribute of `entry`, or 0 if it has none.
uint64_t PopulationOf(const Entry& entry) {
  const std::optional<std::string_view> population = Gazetteer::Attribute(entry, "population");
  if (!population) return 0;
  uint64_t value = 0;
  const auto [end, error] = std::from_chars(population->data(), population->data() + population->size(), value);
  return error == std::errc() && end == population->data() + population->size() ? value : 0;
}

// True if `word` (normalized) is a word of one of the names of `person`:
// "Tayyip Erdogan" is Recep Tayyip Erdoğan.
bool GivenNameOf(const Gazetteer& gazetteer, const Entry& person, std::string_view word) {
  for (uint32_t k = 0; k < person.alias_count; ++k) {
    const NormalizedText alias = Normalize(gazetteer.alias(person, k).text);
    std::string_view rest = alias.cased();
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      if (rest.substr(0, space) == word) return true;
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
  }
  return false;
}

// Whether a mention of `entry` that is a given name too gives way to the
// person it starts ("Douglas Barrie", "Nancy Youssef"): a town or city of
// GeoNames under a million does; a bigger city, a curated place without a
// population (a capital, a region) or a country does not ("London
// Heathrow", "Paris Orly", "Jordan Peterson" stay as found).
bool PlaceGivesWayToName(const Entry& entry) {
  if (entry.type != EntityType::kLocation) return false;
  const uint64_t population = PopulationOf(entry);
  return population > 0 && population < 1'000'000;
}

// Whether a place yields to the surname of a person the article names:
// not a capital or a city of a million.
bool SurnameMayTakePlace(const Entry& entry) {
  if (PopulationOf(entry) >= 1'000'000) return false;
  const std::optional<std::string_view> kind = Gazetteer::Attribute(entry, "kind");
  return !kind || *kind != "capital";
}

// Titles that introduce a person's name. The first list matches in any case
// ("foreign minister Sergei Lavrov"); the second only as written, because
// in lower case they are ordinary words ("a general sense").
constexpr std::string_view kTitlesAnyCase[] = {
    "President", "President-elect", "Vice President", "Minister", "Secretary", "Secretary of State",
    "Secretary of Defense", "Secretary of Defence", "Secretary-General", "Secretary General", "Spokesman",
    "Spokeswoman", "Spokesperson", "Ambassador", "Envoy", "Chancellor", "Senator", "Congressman",
    "Congresswoman", "Governor", "Mayor", "Ayatollah", "Grand Ayatollah", "Sheikh", "Sheik", "Emir", "King",
    "Queen", "Prince", "Princess", "Crown Prince", "Sultan", "Pope", "Colonel", "Lieutenant", "Lieutenant Colonel",
    "Lieutenant-Colonel", "Sergeant", "Admiral", "Vice Admiral", "Rear Admiral", "Commander",
    "Commander-in-Chief", "Brigadier", "Premier", "Leader", "Supreme Leader", "Chairman", "Chairwoman",
    "Professor", "Captain", "Corporal", "Private", "Marshal", "Field Marshal", "Air Marshal",
    "Chief of Staff", "Chief of the General Staff", "Chief of General Staff", "Minister of Defence",
    "Minister of Defense", "Minister of Foreign Affairs", "Foreign Minister", "Defence Minister",
    "Defense Minister", "Prime Minister", "Foreign Secretary", "Defence Secretary", "Defense Secretary",
    "Home Secretary", "Sergeant Major", "Sergeant Major of the Army", "Sergeant Major of the Marine Corps",
    "Master Chief Petty Officer of the Navy", "Chief Master Sergeant of the Air Force", "Staff Sergeant",
    "Master Sergeant", "First Sergeant", "Technical Sergeant", "Gunnery Sergeant", "Sergeant First Class",
    "Command Sergeant Major", "Lance Corporal", "Warrant Officer", "Chief Warrant Officer", "Petty Officer",
    "Chief Petty Officer", "Senior Chief Petty Officer", "Master Chief Petty Officer", "Private First Class",
    // Roles news writes before a name ("former Turkish diplomat Aydin Selcen").
    "diplomat", "analyst", "expert", "scientist", "political scientist", "journalist", "researcher",
    "columnist", "correspondent", "reporter", "editor", "historian", "economist", "lawmaker", "official",
    "activist", "commentator", "scholar", "writer", "author", "negotiator", "adviser", "advisor"};
constexpr std::string_view kTitlesAsWritten[] = {
    "General", "Gen", "Major", "Maj", "Major General", "Maj Gen", "Lieutenant General", "Lieutenant-General",
    "Lt Gen", "Lt", "Lieut", "Col", "Lt Col", "Capt", "Sgt", "Adm", "Cmdr", "Cdr", "Brig", "Brig Gen", "Gov",
    "Sen", "Rep", "Amb", "Pres", "Mr", "Mrs", "Ms", "Dr", "Prof", "Chief", "Deputy", "Judge", "Justice",
    "Speaker", "Sir", "Dame", "Lord", "Rev", "Imam", "Mullah", "Director", "Gens",
    // The enlisted ranks as the AP writes them ("Staff Sgt.", "Spc.", "Pfc.").
    "Staff Sgt", "Master Sgt", "Tech Sgt", "Gunnery Sgt", "Sgt Maj", "Command Sgt Maj", "Spc", "Pfc", "Cpl",
    "Lance Cpl", "Seaman", "Airman", "Senior Airman",
    // Compound titles of executives and officials ("Chief Operating Officer
    // Lisa Brandt", "Chief Cabinet Secretary Yoshimasa Hayashi").
    "Chief Executive", "Chief Executive Officer", "Chief Operating Officer", "Chief Financial Officer",
    "Chief Technology Officer", "Chief Information Officer", "Chief Commercial Officer", "Chief Medical Officer",
    "Chief Cabinet Secretary", "Cabinet Secretary", "Cabinet Minister", "Chief Secretary", "Chief Minister",
    "Chief Justice", "Chief Scientist", "Chief Economist", "Chief Strategist", "Chief Prosecutor",
    "Chief Negotiator", "Chief Rabbi", "Chief Mufti", "Chief Whip", "Chief Constable", "Chief Inspector",
    "Chief Superintendent", "Chief Engineer", "Chief Spokesman", "Chief Spokeswoman", "Chief of Naval Operations",
    "Chief of Defence Staff", "Chief of the Defence Staff", "Chief of Defense Staff", "Chief of Army Staff",
    "Chief of the Army Staff", "Chief of Air Staff", "Chief of the Air Staff", "Chief of Naval Staff",
    "Chief of the Naval Staff", "Chief of Defence", "Chief of Defense", "Chief of the Defence Force",
    "Managing Director", "Executive Director", "Director General", "Director-General", "CEO"};

// Capitalized words that follow titles but are not names ("General Staff",
// "Secretary General", "President Said"?).
constexpr std::string_view kNotNames[] = {
    "Staff", "Assembly", "Command", "Council", "Secretary", "Office", "Ministry", "Department", "Directorate",
    "Forces", "Force", "Army", "Navy", "Air", "Motors", "Electric", "Dynamics", "Court", "House", "State",
    "States", "The", "A", "An", "And", "Of", "In", "On", "For", "To", "At", "By", "With", "From", "He", "She",
    "It", "They", "We", "I", "His", "Her", "Their", "Its", "This", "That", "These", "Those", "Who", "Which",
    "What", "When", "Where", "Why", "How", "Minister", "General", "President", "Director", "Chief",
    "Commander", "Officer", "Executive", "Assistant", "Deputy", "Vice", "Prime", "Foreign", "Defence",
    "Defense", "Affairs", "Operations", "Intelligence", "Security", "Headquarters", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
    "June", "July", "August", "September", "October", "November", "December", "Said", "Says", "Has",
    "Had", "Was", "Is", "Will", "Would", "Can", "Could", "Might", "Must", "Should", "Also", "But", "Or",
    "If", "As", "After", "Before", "During", "Since", "Until", "While", "Not", "No", "Yes", "Republic",
    "Kingdom", "Union", "Nations", "Party", "Government", "Administration", "Agency", "Service",
    "Services", "Corps", "Guard", "Guards", "Committee", "Commission", "Bank", "Fund", "Parliament",
    "Senate", "Congress", "Mission", "Authority", "Battalion", "Brigade", "Division", "Regiment",
    "Squadron", "Fleet", "Group", "Company", "Military", "National", "International", "Federal",
    "Central", "Joint", "Special", "Supreme", "Royal", "Islamic", "Western", "Eastern", "Northern",
    "Southern", "Emeritus", "Elect", "Designate", "Mister", "Madam", "Sir", "Lady", "Here", "There",
    "Then", "Now", "Today", "Yesterday", "Tomorrow", "Bureau", "Secretariat", "Inspectorate"};

constexpr std::string_view kParticles[] = {"al", "el", "bin", "ibn", "abu", "bint", "de", "del", "della",
                                           "van", "von", "der", "den", "da", "di", "du", "le", "la",
                                           "ben", "dos", "das", "ter", "zu"};

bool IsWord(const std::string& s, size_t i) { return kIsWordByte(s[i]); }

// True if `upper` is `form` in capitals ("KERRY", "Kerry").
bool EqualsUpperCased(std::string_view form, std::string_view upper) {
  if (form.size() != upper.size()) return false;
  for (size_t k = 0; k < form.size(); ++k) {
    const char c = form[k];
    if ((IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c) != upper[k]) return false;
  }
  return true;
}

// True for a word of three or more capitals that ends a line's speaker
// label: capital words (with dots and hyphens) from the start of the line,
// 48 bytes at most, then a colon ("MR KIRBY:", "FOREIGN SECRETARY HAMMOND:").
bool IsSpeakerLabel(const std::string& text, const NameToken& t) {
  if (t.possessive || t.text.size() < 3 ||
      !std::all_of(t.text.begin(), t.text.end(), IsUpper)) {
    return false;
  }
  if (t.end >= text.size() || text[t.end] != ':') return false;
  constexpr size_t kMaxLabel = 48;
  for (size_t k = t.begin; k > 0; --k) {
    const char c = text[k - 1];
    if (c == '\n') return true;
    if (t.begin - k > kMaxLabel || !(IsUpper(c) || c == ' ' || c == '.' || c == '-')) return false;
  }
  return true;
}

// True if `word` is a title of one word of the lists above ("Speaker").
bool IsOneWordTitle(std::string_view word) {
  return std::find(std::begin(kTitlesAnyCase), std::end(kTitlesAnyCase), word) != std::end(kTitlesAnyCase) ||
         std::find(std::begin(kTitlesAsWritten), std::end(kTitlesAsWritten), word) != std::end(kTitlesAsWritten);
}

// True for the surname of a speaker label that is a courtesy title and the
// surname alone ("MR PIGOTT:", "MS. BRUCE:"): the label names a person
// the transcript may name nowhere else.
bool IsCourtesySpeakerLabel(const std::string& text, const NameToken& t) {
  if (!IsSpeakerLabel(text, t)) return false;
  for (std::string_view title : {"MR ", "MS ", "MRS ", "DR ", "MR. ", "MS. ", "MRS. ", "DR. "}) {
    if (t.begin < title.size()) continue;
    const size_t start = t.begin - title.size();
    if (text.compare(start, title.size(), title) == 0 && (start == 0 || text[start - 1] == '\n')) return true;
  }
  return false;
}

constexpr WordSet<512> kNotNameSet(kNotNames);
constexpr WordSet<64> kParticleSet(kParticles);

// Words that end the names of military operations and exercises after a
// region or direction ("Baltic Sentry", "Arctic Edge", "Atlantic
// Resolve", "Southern Spear"): the place is then no mention.
constexpr std::string_view kOperationWords[] = {"Sentry", "Shield", "Spear",   "Resolve",
                                                "Guardian", "Edge", "Vanguard"};
constexpr WordSet<16> kOperationWordSet(kOperationWords);

// Words that end the names of treaties and diplomatic formats after a
// place ("the Ottawa Convention", "the Minsk Agreements", "the Moscow
// Declaration"): documents are not entities, nor the place in their names.
constexpr std::string_view kDocumentWords[] = {"Convention", "Conventions", "Treaty",    "Accord",  "Accords",
                                               "Agreement",  "Agreements",  "Protocol",  "Declaration",
                                               "Memorandum", "Communique",  "Communiqué", "Format"};
constexpr WordSet<32> kDocumentWordSet(kDocumentWords);

// True if the word after [.., end) of `text` is one of kOperationWords or
// kDocumentWords.
bool OperationOrDocumentWordAfter(const std::string& text, size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ' || !IsUpper(text[end + 1])) return false;
  size_t e = end + 2;
  while (e < text.size() && (IsLower(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
  const std::string_view word = std::string_view(text).substr(end + 1, e - end - 1);
  return kOperationWordSet.Contains(word) || kDocumentWordSet.Contains(word);
}

// True if Normalize leaves `text` as it is: ASCII but for the bytes it
// changes there (NUL, tab, vertical tab, form feed, carriage return, '`').
// Gazetteer names mostly are.
constexpr std::array<bool, 256> MakeKeptByNormalize() {
  std::array<bool, 256> kept{};
  for (int c = 0; c < 0x80; ++c) kept[c] = true;
  for (char c : {'\0', '\t', '\v', '\f', '\r', '`'}) kept[static_cast<unsigned char>(c)] = false;
  return kept;
}
constexpr std::array<bool, 256> kKeptByNormalize = MakeKeptByNormalize();
bool NormalizesToItself(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return kKeptByNormalize[static_cast<unsigned char>(c)]; });
}

// The start of the word that ends at `end`.
size_t WordStartAt(const std::string& text, size_t end) {
  while (end > 0 && IsWord(text, end - 1)) --end;
  return end;
}

// True if [begin, end) of `text` ends a name of capitalized words that an
// exercise's noun follows ("the Han Kuang exercise", "Cobra Gold drills"):
// the name is the exercise's, not a place's.
bool EndsExerciseName(const std::string& text, size_t begin, size_t end) {
  if (begin < 2 || text[begin - 1] != ' ' || !IsWord(text, begin - 2)) return false;
  const size_t previous = WordStartAt(text, begin - 1);
  if (!IsUpper(text[previous]) ||
      IsCapitalizedFunctionWord(std::string_view(text).substr(previous, begin - 1 - previous))) {
    return false;
  }
  return ExerciseNounFollows(text, end);
}

// True if one of the capitalized words from `pos` on, up to three of them,
// ends the name of a building or street ("International Airport").
bool PlaceWordAhead(const std::string& text, size_t pos) {
  for (int words = 0; words < 3 && pos < text.size() && IsUpper(text[pos]); ++words) {
    const size_t end = TokenEnd(text, pos);
    if (IsPlaceWord(std::string_view(text.data() + pos, end - pos))) return true;
    if (end >= text.size() || text[end] != ' ') break;
    pos = end + 1;
  }
  return false;
}

// Finds the person name that starts at `begin`, right after a title: up to
// four capitalized words, initials ("J.") and particles (al, bin, de, ...),
// ending with a capitalized word. Returns the end of the name, or 0, and
// sets *capitalized_words.
size_t NameEnd(const std::string& text, size_t begin, int* capitalized_words) {
  size_t pos = begin;
  size_t name_end = 0;
  int words = 0;
  *capitalized_words = 0;
  while (pos < text.size() && words < 5) {
    size_t end = TokenEnd(text, pos);
    if (end == pos) break;
    std::string_view token(text.data() + pos, end - pos);
    bool possessive = false;
    if (token.size() > 2 && token.substr(token.size() - 2) == "'s") {
      token.remove_suffix(2);
      end -= 2;
      possessive = true;
    }
    if (words > 0 && IsPlaceWord(token)) return 0;  // "Sultan Qaboos Grand Mosque" is a building
    if (IsNameSuffix(token)) {  // "John Smith Jr." ends there; "King Jr." is no name
      if (*capitalized_words > 0 && !possessive) name_end = NameSuffixEnd(text, pos, end);
      break;
    }
    const bool initial = token.size() == 1 && IsUpper(token[0]) && end < text.size() && text[end] == '.';
    const bool particle = kParticleSet.Contains(token);
    const bool prefixed = token.size() > 3 && (token.substr(0, 3) == "al-" || token.substr(0, 3) == "el-") &&
                          IsUpper(token[3]);
    const bool capitalized = IsUpper(token[0]) && std::any_of(token.begin(), token.end(), IsLower) &&
                             !kNotNameSet.Contains(token);
    if (!initial && !particle && !prefixed && !capitalized) {
      if (words > 0 && PlaceWordAhead(text, pos)) return 0;  // "King Khalid International Airport"
      break;
    }
    if (words == 0 && particle) break;
    ++words;
    if (initial) ++end;  // the initial's period
    if (capitalized || prefixed) {
      name_end = end;
      ++*capitalized_words;
    }
    if (possessive || end >= text.size() || text[end] != ' ') break;
    pos = end + 1;
  }
  return name_end;
}

// True if weapon id `family` names the family of `designation`:
// "weapon:ah-64" of "weapon:ah-64e", not "weapon:f-1" of "weapon:f-16".
bool IsFamilyOf(std::string_view family, std::string_view designation) {
  if (!designation.starts_with(family)) return false;
  return designation.size() == family.size() || !IsDigit(designation[family.size()]);
}

// A designation followed by the name of its family is one name ("AH-64E
// Apache", "F-16C Fighting Falcon", "M1A2 SEPv3 Abrams"): the first,
// more specific, mention takes the second's span, which becomes empty.
void JoinDesignationsAndNames(const std::string& text, const std::vector<Entity>& entities,
                              std::vector<Mention>* mentions) {
  Mention* kept = nullptr;  // the last mention kept
  bool joined = false;
  for (Mention& m : *mentions) {
    if (kept != nullptr && m.begin == kept->end + 1 && text[kept->end] == ' ') {
      const Entity& first = entities[kept->entity];
      const Entity& second = entities[m.entity];
      if (first.type == EntityType::kWeapon && second.type == EntityType::kWeapon &&
          IsFamilyOf(second.id, first.id)) {
        kept->end = m.end;
        m.end = m.begin;
        joined = true;
        continue;
      }
    }
    kept = &m;
  }
  if (joined) std::erase_if(*mentions, [](const Mention& m) { return m.begin == m.end; });
}

// The end of a variant that follows a weapon's name at `end` ("F-16 Block
// 70", "JF-17 Thunder Block III", "Arleigh Burke-class Flight III"), or
// `end` if none does: the variant is part of the name (rule 8).
size_t VariantEnd(const std::string& text, size_t end) {
  size_t pos = end;
  if (pos >= text.size() || text[pos] != ' ') return end;
  ++pos;
  bool found = false;
  for (std::string_view word : {"Block ", "Flight ", "Increment "}) {
    if (text.compare(pos, word.size(), word) == 0) {
      pos += word.size();
      found = true;
      break;
    }
  }
  if (!found) return end;
  const size_t number = pos;
  while (pos < text.size() && pos - number < 4 && IsDigit(text[pos])) ++pos;
  if (pos == number) {
    while (pos < text.size() && pos - number < 5 && (text[pos] == 'I' || text[pos] == 'V' || text[pos] == 'X')) ++pos;
  }
  if (pos == number) return end;
  if (pos < text.size() && IsUpper(text[pos])) ++pos;  // "Block IIA"
  if (pos < text.size() && (IsAsciiLetter(text[pos]) || IsDigit(text[pos]))) return end;
  return pos;
}

// Gives each weapon mention the variant that follows it (VariantEnd).
void TakeVariants(const std::string& text, const std::vector<Entity>& entities, std::vector<Mention>* mentions) {
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    if (entities[m.entity].type != EntityType::kWeapon) continue;
    const size_t end = VariantEnd(text, m.end);
    if (end == m.end || (i + 1 < mentions->size() && (*mentions)[i + 1].begin < end)) continue;
    m.end = static_cast<uint32_t>(end);
  }
}

// Weapon name [*begin, *end) less the lower-case words that start or end it
// in the text ("K2 tank", "Caesar self-propelled howitzer", "cruiser
// Moskva"): a weapon's name is capitalized or a designation, so these are
// the generic nouns an alias holds to be told apart from a common word. A
// name with no capitalized word ("butterfly mine") stays whole, and so does
// "class", which names a ship class as "-class" does ("Gerald R. Ford
// class").
void TrimWeaponName(const std::string& text, uint32_t* begin, uint32_t* end) {
  uint32_t first = *begin;
  while (first < *end && IsLower(text[first])) {
    while (first < *end && text[first] != ' ') ++first;
    ++first;
  }
  if (first >= *end) return;
  uint32_t last = *end;
  for (uint32_t i = *end; i > first + 1; --i) {
    if (text[i - 1] != ' ') continue;
    if (!IsLower(text[i]) || (i + 5 == last && text.compare(i, 5, "class") == 0)) break;
    last = i - 1;
  }
  *begin = first;
  *end = last;
}

// True if [begin, end) is a word of two to four capitals in a line of mixed
// case, away from the line's start and from other words in capitals: an
// acronym ("the GAO's director"), which a name written in mixed case ("Gao")
// is not. A dateline ("GAZA, Dec 1", "LONDON/KYIV, Dec 1") and a headline
// in capitals are left to the name.
bool IsStrayAcronym(const std::string& text, uint32_t begin, uint32_t end) {
  if (end - begin < 2 || end - begin > 4) return false;
  for (uint32_t i = begin; i < end; ++i) {
    if (!IsUpper(text[i])) return false;
  }
  if (begin == 0 || text[begin - 1] == '\n') return false;
  // The words before and after: no capitals run on.
  auto capitals_word_at = [&](size_t i) { return i + 1 < text.size() && IsUpper(text[i]) && IsUpper(text[i + 1]); };
  // A slash joins the places of a dateline as a space would.
  auto joins = [](char c) { return c == ' ' || c == '/'; };
  if (end + 1 < text.size() && joins(text[end]) && capitals_word_at(end + 1)) return false;
  size_t before = begin;
  while (before > 0 && joins(text[before - 1])) --before;
  if (before == 0 || text[before - 1] == '\n') return false;
  if (before < begin && before >= 2 && IsUpper(text[before - 1]) && IsUpper(text[before - 2])) return false;
  return true;
}

// True if some alias of `entry` is `word` in its case: the entry's own
// acronym ("NATO", "US").
bool HasAliasInCase(const Gazetteer& gazetteer, const Entry& entry, std::string_view word) {
  for (uint32_t k = 0; k < entry.alias_count; ++k) {
    if (gazetteer.alias(entry, k).text == word) return true;
  }
  return false;
}

std::string FamilyId(EntityType type, std::string_view text) {
  // Su24M and Su-24M name one thing: put a hyphen where letters meet digits.
  std::string slug = Slugify(text);
  std::string spaced;
  for (size_t i = 0; i < slug.size(); ++i) {
    const bool digit = slug[i] >= '0' && slug[i] <= '9';
    if (digit && i > 0 && slug[i - 1] >= 'a' && slug[i - 1] <= 'z') {
      size_t letters = i;
      while (letters > 0 && slug[letters - 1] >= 'a' && slug[letters - 1] <= 'z') --letters;
      if (letters == 0) spaced.push_back('-');  // only after a leading letter run: S400, MiG29
    }
    spaced.push_back(slug[i]);
  }
  return std::string(TypeName(type)) + ":" + spaced;
}

}  // namespace

namespace {

// Lower-case letters; the title check compares words in both cases.
char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

bool IsLetter(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }

}  // namespace

// The words a title can start with, so that titles_ is asked only where
// one of them is (the prefilter must let through every place a title run
// can start). Normalized text holds only ASCII forms of the letters a
// regex's case folding would also match (U+017F, U+212A), so words are
// compared in ASCII.
class Linker::TitleStarts {
 public:
  TitleStarts() {
    // As written first: a word found there is not looked for in any case.
    for (std::string_view title : kTitlesAsWritten) Add(FirstWord(title), false);
    Add("By", false);  // "(?m:^)By +", checked below
    for (std::string_view title : kTitlesAnyCase) Add(FirstWord(title), true);
  }

  // True if a title may start at `begin` in text ending at `limit`.
  bool MayStart(const std::string& text, size_t begin, size_t limit) const {
    size_t end = begin;
    while (end < limit && IsLetter(text[end])) ++end;
    return MayStart(text, begin, end, limit);
  }
  // The same for the run of word bytes [begin, end) of ASCII `text` (`n`
  // bytes). It runs for every word of an article, so most are ruled out by
  // their length and first two letters, in either case, then by the length
  // and the first and last letters; the few left are compared.
  bool MayStartRun(const char* text, size_t n, size_t begin, size_t end) const {
    const size_t length = end - begin;
    if (length >= kMaxLength || (starts_[Pair(text + begin)] >> length & 1) == 0) return false;
    const uint32_t shape = Shape(length, text[begin], text[end - 1]);
    return (shapes_[shape / 64] >> (shape % 64) & 1) != 0 && end != n &&
           Check(text, begin, Bytes(text + begin, length, n - begin));
  }
  // Calls on_start(begin) at the start of each of the `runs` of word bytes
  // of ASCII `text` (`n` bytes) where a title may start, in order. Out of
  // line, so that the loop over every word of the text keeps its values in
  // registers.
  template <typename OnStart>
  __attribute__((noinline)) void ForEachRunStart(const char* text, size_t n, const std::vector<TextRun>& runs,
                                                 OnStart on_start) const {
    for (const TextRun& run : runs) {
      if (MayStartRun(text, n, run.begin, run.end)) on_start(run.begin);
    }
  }
  // The same, where the letter run at `begin` ends at `end`.
  bool MayStart(const std::string& text, size_t begin, size_t end, size_t limit) const {
    const size_t length = end - begin;
    // A title's first word is followed by one of "-. ," before `limit`.
    if (length == 0 || length >= kMaxLength || end == limit) return false;
    const Bytes word(text.data() + begin, length, text.size() - begin);
    const uint32_t bit = word.Bit();
    if ((filter_[bit / 64] >> (bit % 64) & 1) == 0) return false;
    return Check(text.data(), begin, word);
  }

 private:
  static constexpr size_t kMaxLength = 16;
  static constexpr uint32_t kFilterBits = 4096;
  // A word of `length` < 16 bytes, read at once as two numbers, the rest 0,
  // as it is and lower-cased: this runs for many words of the text. Setting
  // 0x20 lower-cases a letter and turns nothing else into one.
  struct Bytes {
    // `available` bytes can be read from `p`.
    Bytes(const char* p, size_t length, size_t available) : length(length) {
      uint64_t part[2] = {0, 0};
      if (available >= 16) {
        std::memcpy(part, p, 16);
      } else {
        std::memcpy(part, p, length);
      }
      constexpr uint64_t kCase = 0x2020202020202020ull;
      const uint64_t low_mask = length >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * length)) - 1;
      const uint64_t high_mask = length <= 8 ? 0 : (uint64_t{1} << (8 * (length - 8))) - 1;
      low = part[0] & low_mask;
      high = part[1] & high_mask;
      lower_low = (part[0] | kCase) & low_mask;
      lower_high = (part[1] | kCase) & high_mask;
    }
    // The filter bit of the word in either case.
    uint32_t Bit() const {
      const uint64_t hash = (lower_low * 0x9E3779B97F4A7C15ull) ^ (lower_high * 0xC2B2AE3D27D4EB4Full) ^ length;
      return static_cast<uint32_t>(hash >> 52) % kFilterBits;
    }
    size_t length;
    uint64_t low, high, lower_low, lower_high;
  };
  struct Word {
    uint64_t low, high;  // its Bytes, lower-cased if any_case
    bool any_case;
    bool line_start;  // "By": only at the start of a line
  };
  // Letters of either case share their low five bits.
  static uint32_t Shape(size_t length, char first, char last) {
    return static_cast<uint32_t>(length) << 10 | (static_cast<uint32_t>(first) & 31) << 5 | (static_cast<uint32_t>(last) & 31);
  }
  // The two bytes at `p` (readable) less the bits that tell the cases of a letter apart.
  static uint32_t Pair(const char* p) {
    uint16_t two;
    std::memcpy(&two, p, 2);
    return two & 0x1F1Fu;
  }
  static std::string_view FirstWord(std::string_view title) { return title.substr(0, title.find_first_of(" -")); }
  // Words are ASCII letters; a bucket holds those of one length and first
  // letter, in either case.
  static size_t Bucket(size_t length, char first) { return length * 26 + (ToLower(first) - 'a'); }
  void Add(std::string_view word, bool any_case) {
    if (word.size() < 2 || word.size() >= kMaxLength || !std::all_of(word.begin(), word.end(), IsLetter)) {
      throw std::logic_error("title word unfit for the prefilter");
    }
    const Bytes bytes(word.data(), word.size(), word.size());
    const Word w{any_case ? bytes.lower_low : bytes.low, any_case ? bytes.lower_high : bytes.high, any_case, word == "By"};
    auto& bucket = words_[Bucket(word.size(), word[0])];
    if (std::none_of(bucket.begin(), bucket.end(), [&](const Word& v) {
          return v.low == w.low && v.high == w.high && v.any_case == w.any_case;
        })) {
      bucket.push_back(w);
    }
    const uint32_t bit = bytes.Bit();
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    const uint32_t shape = Shape(word.size(), word.front(), word.back());
    shapes_[shape / 64] |= uint64_t{1} << (shape % 64);
    starts_[Pair(word.data())] |= static_cast<uint16_t>(1u << word.size());
  }
  // True if `word`, at `begin` of `text`, is one of the words.
  bool Check(const char* text, size_t begin, const Bytes& word) const {
    for (const Word& w : words_[Bucket(word.length, text[begin])]) {
      if (w.any_case ? w.low == word.lower_low && w.high == word.lower_high : w.low == word.low && w.high == word.high) {
        return !w.line_start || begin == 0 || text[begin - 1] == '\n';
      }
    }
    return false;
  }

  std::array<std::vector<Word>, kMaxLength * 26> words_;  // by Bucket()
  uint64_t filter_[kFilterBits / 64] = {};      // a Bloom filter of the words' Bit()s
  uint64_t shapes_[(kMaxLength << 10) / 64] = {};  // the words' Shape()s of first and last letters
  uint16_t starts_[0x1F1F + 1] = {};  // by Pair() of the first two letters: the words' lengths
};

Linker::Linker(const Gazetteer& gazetteer, std::string_view surname_image, std::string_view given_names_image)
    : gazetteer_(gazetteer),
      surnames_(std::make_unique<SurnameTable>(gazetteer, surname_image)),
      given_names_(std::make_unique<GivenNames>(given_names_image)),
      titles_(std::make_unique<TitleRun>(kTitlesAnyCase, kTitlesAsWritten)),
      title_starts_(std::make_unique<TitleStarts>()) {}

Linker::~Linker() = default;

void Linker::Link(Extraction* out) const {
  ExtractionScratch& scratch = ScratchOf(*out);
  const std::string& cased = out->normalized.cased();
  std::vector<Entity>& entities = out->entities;
  std::vector<Mention>& mentions = out->mentions;
  // Last article's entities are made again into this one's, keeping their
  // strings' capacity: first those of the last article, then the pool.
  std::vector<Entity>& recycled = scratch.recycled_entities;
  for (size_t e = scratch.recycled_used; e < recycled.size(); ++e) {
    scratch.spare_entities.push_back(std::move(recycled[e]));
  }
  recycled.clear();
  recycled.swap(entities);
  scratch.recycled_used = 0;
  mentions.clear();
  for (uint32_t e : scratch.entries_seen) scratch.entity_of_entry[e] = 0;
  scratch.entries_seen.clear();
  scratch.keyed_by_text.clear();
  if (scratch.entity_of_entry.size() < gazetteer_.size()) scratch.entity_of_entry.resize(gazetteer_.size(), 0);

  auto new_entity = [&](std::string_view id, EntityType type, std::string_view name, Source source, int64_t entry) {
    if (scratch.recycled_used < recycled.size()) {
      entities.push_back(std::move(recycled[scratch.recycled_used++]));
    } else if (scratch.spare_entities.empty()) {
      entities.emplace_back();
    } else {
      entities.push_back(std::move(scratch.spare_entities.back()));
      scratch.spare_entities.pop_back();
    }
    Entity& entity = entities.back();
    entity.id.assign(id);
    entity.type = type;
    entity.name.assign(name);
    entity.source = source;
    entity.entry = entry;
    return static_cast<uint32_t>(entities.size() - 1);
  };
  // Ids that are not gazetteer ids (families' TYPE:slug, names after titles):
  // a few per article at most.
  auto entity_for_text = [&](std::string_view id, EntityType type, std::string_view name, Source source,
                             int64_t entry) {
    for (uint32_t k : scratch.keyed_by_text) {
      if (entities[k].id == id) return k;
    }
    const uint32_t k = new_entity(id, type, name, source, entry);
    scratch.keyed_by_text.push_back(k);
    return k;
  };
  // Entry views of the entries read lately: Gazetteer::entry builds one
  // from its record each time, and articles name the same few again and
  // again. The reference stays valid until the next call.
  auto& cache = scratch.entry_cache;
  if (cache.gazetteer != &gazetteer_) {
    cache.gazetteer = &gazetteer_;
    cache.index.assign(ExtractionScratch::EntryCache::kSize, ExtractionScratch::EntryCache::kEmpty);
    cache.entries.resize(ExtractionScratch::EntryCache::kSize);
  }
  auto entry_of = [&](size_t e) -> const Entry& {
    const size_t slot = e % ExtractionScratch::EntryCache::kSize;
    if (cache.index[slot] != e) {
      cache.entries[slot] = gazetteer_.entry(e);
      cache.index[slot] = static_cast<uint32_t>(e);
    }
    return cache.entries[slot];
  };
  auto entity_for_entry = [&](int64_t e) {
    uint32_t& slot = scratch.entity_of_entry[static_cast<size_t>(e)];
    if (slot == 0) {
      const Entry& entry = entry_of(static_cast<size_t>(e));
      slot = new_entity(entry.id, entry.type, entry.name, Source::kGazetteer, e) + 1;
      scratch.entries_seen.push_back(static_cast<uint32_t>(e));
    }
    return slot - 1;
  };
  // Most values are the very string found before, from the same entry.
  auto contains = [](const std::vector<std::string_view>& set, std::string_view value) {
    for (std::string_view known : set) {
      if (known.size() == value.size() && (known.data() == value.data() || known == value)) return true;
    }
    return false;
  };

  // Evidence for ambiguous aliases: what the unambiguous matches say.
  auto& named_countries = scratch.named_countries;      // countries the article names
  auto& context_countries = scratch.context_countries;  // countries its entities belong to
  auto& place_countries = scratch.place_countries;      // countries its places are in
  auto& country_ends = scratch.country_ends;            // where each country mention ends
  auto& context_ends = scratch.context_ends;            // where a mention of a country's entity ends
  named_countries.clear();
  context_countries.clear();
  place_countries.clear();
  country_ends.clear();
  context_ends.clear();
  for (const Match& m : out->matches.matches) {
    if (m.candidates_count != 1 || m.from_pattern) continue;
    const Entry& e = entry_of(out->matches.candidates[m.candidates_begin]);
    if (e.type == EntityType::kCountry) {
      if (!contains(named_countries, e.id)) named_countries.push_back(e.id);
      country_ends.emplace_back(m.end, e.id);
    }
    if (!e.country.empty()) {
      if (!contains(context_countries, e.country)) context_countries.push_back(e.country);
      context_ends.emplace_back(m.end, e.country);
      if (e.type == EntityType::kLocation && !contains(place_countries, e.country)) {
        place_countries.push_back(e.country);
      }
    }
  }
  // A country named right before the mention ("South Korea's Joint Chiefs
  // of Staff", "Turkish Defence Ministry") beats one named elsewhere; of
  // two in reach, the nearer ("China held drills. Taiwan's Ministry of
  // National Defense").
  constexpr uint32_t kNearby = 40;
  using CountryEnd = std::pair<uint32_t, std::string_view>;
  // The nearest of `ends` (sorted, as matches are) at or before `begin`
  // and in reach of it, or nullptr.
  auto nearby_end = [&](const std::vector<CountryEnd>& ends, uint32_t begin) -> const CountryEnd* {
    auto it = std::upper_bound(ends.begin(), ends.end(), begin,
                               [](uint32_t b, const CountryEnd& e) { return b < e.first; });
    if (it == ends.begin()) return nullptr;
    --it;
    return it->first + kNearby >= begin ? &*it : nullptr;
  };
  // True if `next` comes right after `m`, a comma between ("Athens,
  // Greece"), and may be a place of `country` or that country itself.
  const Match* const matches_end = out->matches.matches.data() + out->matches.matches.size();
  auto place_after = [&](const Match& m, const Match* next, std::string_view country) {
    if (next == nullptr || next->begin != m.end + 2 || cased.compare(m.end, 2, ", ") != 0 || next->from_pattern) {
      return false;
    }
    for (uint32_t c = 0; c < next->candidates_count; ++c) {
      const Entry& after = entry_of(out->matches.candidates[next->candidates_begin + c]);
      if (after.id == country || (after.type == EntityType::kLocation && after.country == country)) return true;
    }
    return false;
  };
  // An ambiguous acronym means in an article what it meant where first
  // found ("South Korea's Joint Chiefs of Staff (JCS) ... with the United
  // States and Japan,\" the JCS said"), unless a country is named right
  // before it.
  auto& acronym_sense = scratch.acronym_sense;
  acronym_sense.clear();
  auto acronym_text = [&](const Match& m) {
    const std::string_view text(cased.data() + m.begin, m.end - m.begin);
    return text.size() >= 2 && text.size() <= 8 && std::all_of(text.begin(), text.end(), IsUpper) ? text
                                                                                                  : std::string_view();
  };
  auto resolve = [&](const Match& m) {
    uint32_t best = out->matches.candidates[m.candidates_begin];
    if (m.candidates_count == 1) return best;
    const std::string_view acronym = acronym_text(m);
    const CountryEnd* const country_next_to = nearby_end(country_ends, m.begin);
    const bool country_right_before = country_next_to != nullptr && country_next_to->first + 3 >= m.begin;
    if (!acronym.empty() && !country_right_before) {
      for (const auto& [text, entry] : acronym_sense) {
        if (text == acronym) return entry;
      }
    }
    int best_score = -1;
    int best_priority = 0;
    // Where the candidate's country was last named before the mention, or
    // -1: of two bodies whose countries the article names alike, the one
    // of the country named last wins over priority ("Taiwan began its
    // drills, the Ministry of National Defense said" after a headline on
    // China).
    int64_t best_named_at = -1;
    bool best_seen = false;
    const auto countries_before = std::upper_bound(country_ends.begin(), country_ends.end(), m.begin,
                                                   [](uint32_t b, const CountryEnd& e) { return b < e.first; });
    auto last_named_before = [&](std::string_view country) -> int64_t {
      for (auto it = countries_before; it != country_ends.begin();) {
        --it;
        if (it->second == country) return it->first;
      }
      return -1;
    };
    // That the article names a country is weak evidence for a place of it:
    // most defence news names the United States, which does not make
    // "Athens" or "Panama City" its towns. It does not count for a place of
    // less than a quarter of the biggest candidate's population.
    std::optional<uint64_t> biggest;  // read when first needed
    auto biggest_population = [&] {
      if (!biggest) {
        biggest = 0;
        for (uint32_t c = 0; c < m.candidates_count; ++c) {
          biggest = std::max(*biggest, PopulationOf(entry_of(out->matches.candidates[m.candidates_begin + c])));
        }
      }
      return *biggest;
    };
    const Match* const next = &m + 1 < matches_end ? &m + 1 : nullptr;
    // The country named right before, and the country of an entity named
    // right before, unless a mention of another country comes between
    // ("the General Staff of the Armed Forces of Ukraine said, while
    // Russia's Defense Ministry").
    const CountryEnd* const country_before = nearby_end(country_ends, m.begin);
    const CountryEnd* context_before = nearby_end(context_ends, m.begin);
    if (context_before != nullptr && country_before != nullptr && country_before->first > context_before->first &&
        country_before->second != context_before->second) {
      context_before = nullptr;
    }
    for (uint32_t c = 0; c < m.candidates_count; ++c) {
      const uint32_t e = out->matches.candidates[m.candidates_begin + c];
      // A copy: the look-ups of not_dwarfed and place_after may reuse its
      // cache slot.
      const Entry entry = entry_of(e);
      int score = 0;
      auto not_dwarfed = [&] {
        const uint64_t population = PopulationOf(entry);
        return population == 0 || population * 4 >= biggest_population();
      };
      if (!entry.country.empty() && contains(named_countries, entry.country)) {
        if (not_dwarfed()) score += country_before != nullptr && country_before->second == entry.country ? 4 : 2;
      } else if (entry.type == EntityType::kLocation && !entry.country.empty() &&
                 contains(place_countries, entry.country)) {
        // Other places of its country, the country itself unnamed, are
        // weaker evidence: "Georgia" in an article on Atlanta and
        // Savannah is the state. Organizations do not count: the Pentagon
        // is in every article.
        if (not_dwarfed()) score += 1;
      }
      // Places of one country go together: "Atlanta, Georgia", "Athens,
      // Georgia", "Alexandria, Virginia".
      if (!entry.country.empty() &&
          ((context_before != nullptr && context_before->second == entry.country) ||
           place_after(m, next, entry.country))) {
        score += 3;
      }
      if (entry.type == EntityType::kCountry &&
          (contains(context_countries, entry.id) || contains(named_countries, entry.id))) {
        score += 2;
      }
      const int64_t named_at =
          entry.type == EntityType::kOrganization && !entry.country.empty() ? last_named_before(entry.country) : -1;
      const bool named_later = named_at >= 0 && best_named_at >= 0 && named_at != best_named_at;
      // Of candidates the evidence ties, one the article has already named
      // (by this alias or another) keeps its sense: "South Korea's Joint
      // Chiefs of Staff said ... the JCS said".
      const bool seen = scratch.entity_of_entry[e] != 0;
      const bool tie_by_seen = seen != best_seen;
      if (best_score < 0 || score > best_score ||
          (score == best_score &&
           (tie_by_seen ? seen : (named_later ? named_at > best_named_at : entry.priority > best_priority)))) {
        best = e;
        best_score = score;
        best_priority = entry.priority;
        best_named_at = named_at;
        best_seen = seen;
      }
    }
    if (!acronym.empty()) acronym_sense.emplace_back(acronym, best);
    return best;
  };

  for (const Match& m : out->matches.matches) {
    // A currency: "US$6.5 billion", "HK$3 billion".
    if (m.end < cased.size() && cased[m.end] == '$') continue;
    const uint32_t e = resolve(m);
    if (entry_of(e).type == EntityType::kLocation &&
        (OperationOrDocumentWordAfter(cased, m.end) || EndsExerciseName(cased, m.begin, m.end))) {
      continue;
    }
    // Only places: a country or organization in capitals is its acronym
    // ("US", "NATO"), and the place names of the gazetteer are many.
    if (m.end - m.begin <= 4 && !m.from_pattern && entry_of(e).type == EntityType::kLocation &&
        IsStrayAcronym(cased, m.begin, m.end) &&
        !HasAliasInCase(gazetteer_, entry_of(e), std::string_view(cased).substr(m.begin, m.end - m.begin))) {
      continue;
    }
    uint32_t entity;
    if (scratch.entity_of_entry[e] != 0 && entities[scratch.entity_of_entry[e] - 1].id.back() != '*') {
      entity = scratch.entity_of_entry[e] - 1;  // seen before, and not a family
    } else if (const Entry entry = entry_of(e); entry.is_family()) {
      const std::string_view text(cased.data() + m.begin, m.end - m.begin);
      const std::string id = FamilyId(entry.type, text);
      const int64_t literal = gazetteer_.Find(id);
      entity = literal >= 0 ? entity_for_entry(literal)
                            : entity_for_text(id, entry.type, text, Source::kGazetteer, e);
    } else {
      entity = entity_for_entry(e);
    }
    // A leading "the" is not part of a name ("the Caucasus" -> "Caucasus"),
    // unless the name itself has it (The Hague).
    uint32_t begin = m.begin;
    if (m.end - m.begin > 4 && (cased[m.begin] == 't' || cased[m.begin] == 'T') &&
        cased.compare(m.begin + 1, 3, "he ") == 0 &&
        entities[entity].name.compare(0, 4, "The ") != 0) {
      begin += 4;
    }
    // Titles are not part of a person's span, even where a gazetteer alias
    // has one to tell people apart ("President Clinton" -> "Clinton"),
    // unless the name itself starts so: "Gen" is Gen Nakatani's given name.
    if (entities[entity].type == EntityType::kPerson && title_starts_->MayStart(cased, begin, m.end)) {
      const size_t title = titles_->Length(cased, begin, m.end);
      if (title > 0 && begin + title < m.end &&
          entities[entity].name.compare(0, title, cased, begin, title) != 0) {
        begin += static_cast<uint32_t>(title);
      }
    }
    // A weapon alias may hold a generic noun to tell a name apart from a
    // word ("Predator drone", "K2 tank"); in the text the noun is not part
    // of the name (rule 5: "K2 tanks" -> "K2").
    uint32_t end = m.end;
    if (entities[entity].type == EntityType::kWeapon) TrimWeaponName(cased, &begin, &end);
    mentions.push_back({begin, end, entity, 0});
  }

  JoinDesignationsAndNames(cased, entities, &mentions);
  TakeVariants(cased, entities, &mentions);

  // The capital tokens the finders from here on look at, found once.
  if (!out->matches.runs.empty()) FindCapitalTokens(cased, out->matches.runs, &scratch.capitals);

  // A found name is the gazetteer person of its id, if there is one. Names
  // come again in an article: one found before is the person found then.
  auto& person_of_name = scratch.person_of_name;
  person_of_name.clear();
  auto person_for_name = [&](std::string_view name) -> uint32_t {
    for (const auto& [known, entity] : person_of_name) {
      if (known == name) return entity;
    }
    std::string& id = scratch.id_text;
    id.assign("person:");
    AppendSlug(name, &id);
    const int64_t entry = gazetteer_.Find(id);
    // A name found in capitals (a byline's "JOHN SMITH") is named in title case.
    std::string_view written = name;
    if (std::none_of(name.begin(), name.end(), IsLower)) {
      std::string& title = scratch.name_text;
      title.resize(name.size());
      TitleCaseCapitals(name, title.data());
      written = title;
    }
    const uint32_t person =
        entry >= 0 ? entity_for_entry(entry) : entity_for_text(id, EntityType::kPerson, written, Source::kPattern, -1);
    person_of_name.emplace_back(name, person);
    return person;
  };

  // Names after titles. Mentions are sorted by begin at this point. Title
  // runs are read at each place the prefilter lets through, in order,
  // which finds what an unanchored search from `pos` would.
  std::vector<Mention>& found = scratch.found;
  found.clear();
  size_t pos = 0;
  const size_t n = cased.size();
  // A match starts a letter run (titles_ starts with \b or ^), and one that
  // starts inside the last match cannot be found from `pos`.
  auto title_at = [&](size_t run_start) {
    // A word in capitals after a hyphen is the end of a name, not a title
    // ("PORT-AU-PRINCE, Dec 10"); "then-President" keeps its title.
    if (run_start > 1 && cased[run_start - 1] == '-' && IsWord(cased, run_start - 2) && IsUpper(cased[run_start]) &&
        run_start + 1 < n && IsUpper(cased[run_start + 1])) {
      return;
    }
    const size_t title = titles_->Length(cased, run_start, n);
    if (title == 0) return;
    const size_t begin = run_start + title;
    pos = std::max(begin, pos + 1);
    if (begin >= cased.size() || (!IsUpper(cased[begin]) && cased.compare(begin, 3, "al-") != 0)) return;
    int words = 0;
    const size_t end = NameEnd(cased, begin, &words);
    if (end == 0) return;
    // A date after a title is no name ("Crown Prince, Dec. 10").
    if (words == 1) {
      const size_t word_end = TokenEnd(cased, begin);
      const size_t digit = word_end + (word_end < n && cased[word_end] == '.') + 1;
      const std::string_view word(cased.data() + begin, word_end - begin);
      if (digit < n && cased[digit - 1] == ' ' && IsDigit(cased[digit]) &&
          (IsDayOrMonth(word) || IsMonthAbbreviation(word))) {
        return;
      }
    }
    // Words that a title word ends belong to a title no list holds ("Chief
    // Procurement Officer Jane Doe"), and are no name.
    if (end + 1 < n && cased[end] == ' ' && IsTitleWord(std::string_view(cased).substr(end + 1, TokenEnd(cased, end + 1) - end - 1))) {
      return;
    }
    // What the gazetteer already found there decides: a person inside the
    // name is that person; anything reaching outside the name wins over it;
    // a place or organization inside a name of two or more words ("diplomat
    // Aydin Selcen") was a false match.
    auto first = std::lower_bound(mentions.begin(), mentions.end(), begin,
                                  [](const Mention& m, size_t b) { return m.end <= b; });
    bool clash = false;
    int64_t person = -1;
    const std::string_view name(cased.data() + begin, end - begin);
    // The one gazetteer person whose surname the lone word is, or -1.
    std::optional<int64_t> by_surname;
    auto surname_person = [&] {
      if (!by_surname) by_surname = words == 1 ? surnames_->Find(name) : -1;
      return *by_surname;
    };
    for (auto it = first; it != mentions.end() && it->begin < end; ++it) {
      const bool inside = it->begin >= begin && it->end <= end;
      const Entity& entity = entities[it->entity];
      const bool is_person = entity.type == EntityType::kPerson;
      // A town of one word after a title is the gazetteer person of that
      // surname, if there is one ("Defence Minister Anand", not the Indian
      // town).
      if (!is_person && words == 1 && inside && entity.entry >= 0 &&
          PlaceGivesWayToName(entry_of(static_cast<size_t>(entity.entry))) && surname_person() >= 0) {
        continue;
      }
      if (!inside || (is_person && person >= 0 && person != it->entity) || (!is_person && words < 2)) {
        clash = true;
        break;
      }
      if (is_person) person = it->entity;
    }
    if (clash) return;
    // In a headline in title case a capitalized word after a title says
    // nothing ("Pentagon Chief Visits Troops In Guam"): there a gazetteer
    // person's mention stands as found ("John Healey Visits Troops"), and
    // a name no gazetteer holds starts with a given name.
    if (InTitleCaseHeadline(cased, begin) &&
        (person >= 0 || (surname_person() < 0 && !given_names_->Contains(name.substr(0, name.find(' ')))))) {
      return;
    }
    for (auto it = first; it != mentions.end() && it->begin < end; ++it) it->end = it->begin;  // replaced below
    // A lone surname after a title names the gazetteer person who has it
    // ("Prime Minister Yildirim").
    if (person < 0 && surname_person() >= 0) person = entity_for_entry(surname_person());
    if (person < 0) person = person_for_name(name);
    found.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), static_cast<uint32_t>(person), 0});
    pos = std::max(pos, end);  // a title word inside the name starts no other
  };
  if (out->normalized.ascii() && (n == 0 || !out->matches.runs.empty())) {
    // In ASCII text a title's first word is a whole run of word bytes: a
    // letter run right after a digit has no \b before it, and one right
    // before a digit no title after it. So the matcher's runs serve.
    title_starts_->ForEachRunStart(cased.data(), n, out->matches.runs, [&](size_t begin) {
      if (begin >= pos) title_at(begin);
    });
  } else {
    ForEachLetterRun(cased.data(), n, [&](size_t run_start, size_t run_end) {
      if (run_start >= pos && title_starts_->MayStart(cased, run_start, run_end, n)) title_at(run_start);
    });
  }
  MergeMentions(&mentions, found);

  // Found names replace the mentions inside them ("Douglas Barrie", "Jim
  // Jordan", "Reporting by Ana Beatriz Moura").
  auto add_names = [&](const std::vector<NameSpan>& spans) {
    size_t next = 0;
    for (const NameSpan& span : spans) {
      while (next < mentions.size() && mentions[next].end <= span.begin) ++next;
      for (size_t k = next; k < mentions.size() && mentions[k].begin < span.end; ++k) mentions[k].end = mentions[k].begin;
    }
    std::erase_if(mentions, [](const Mention& m) { return m.begin == m.end; });
    for (const NameSpan& span : spans) {
      const std::string_view name(cased.data() + span.begin, span.end - span.begin);
      mentions.push_back({span.begin, span.end, person_for_name(name), 0});
    }
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  };

  // Places after a place noun ("the town of Adan Yabaal"), which no finder
  // after this takes for a person's name.
  std::vector<NameSpan>& places = scratch.appositions;
  places.clear();
  CapitalTokens capitals_for_places(cased, out->matches.runs, scratch.capitals);
  FindNamesAfterPlaceNouns(cased, mentions, &capitals_for_places, &places);
  if (!places.empty()) {
    found.clear();
    for (const NameSpan& span : places) {
      const std::string_view name(cased.data() + span.begin, span.end - span.begin);
      std::string& id = scratch.id_text;
      id.assign("location:");
      AppendSlug(name, &id);
      const int64_t entry = gazetteer_.Find(id);
      const uint32_t place = entry >= 0 && entry_of(static_cast<size_t>(entry)).type == EntityType::kLocation
                                 ? entity_for_entry(entry)
                                 : entity_for_text(id, EntityType::kLocation, name, Source::kPattern, -1);
      found.push_back({span.begin, span.end, place, 0});
    }
    MergeMentions(&mentions, found);
  }

  // Names of bylines and credit lines, where any place or person inside a
  // name gives way to it.
  std::vector<NameSpan>& credits = scratch.appositions;
  credits.clear();
  FindCreditLineNames(cased, mentions, *given_names_, [&](const Mention& m) {
    const EntityType type = entities[m.entity].type;
    return type == EntityType::kPerson || type == EntityType::kLocation || type == EntityType::kCountry;
  }, &credits);
  if (!credits.empty()) add_names(credits);

  // Names introduced by an apposition ("Zaur Gasimov, an analyst").
  std::vector<NameSpan>& appositions = scratch.appositions;
  appositions.clear();
  CapitalTokens capitals_for_appositions(cased, out->matches.runs, scratch.capitals);
  // A one-word person mention gives way to a name of another given name
  // ("Tom Kwasniewski, a naval analyst" is not Aleksander Kwasniewski).
  const auto surname_gives_way = [&](const Mention& m, std::string_view name) {
    const Entity& entity = entities[m.entity];
    if (entity.type != EntityType::kPerson) return false;
    const std::string_view given = name.substr(0, name.find(' '));
    const std::string_view known = std::string_view(entity.name).substr(0, entity.name.find(' '));
    return given != known;
  };
  FindAppositionNames(cased, mentions, &capitals_for_appositions, surname_gives_way, &appositions);
  if (!appositions.empty()) add_names(appositions);

  // Names that start with a given name ("Tobias Ellwood said").
  std::vector<NameSpan>& given_names = scratch.appositions;
  given_names.clear();
  CapitalTokens capitals_for_names(cased, out->matches.runs, scratch.capitals);
  // A town gives way to a person's given name or surname; a country or any
  // place to a surname that is also a given name ("Jim Jordan"); an
  // organization's one word to a surname ("Richard Wagner"); a
  // gazetteer person named by the surname alone to another given name
  // than any of the person's names has ("Maria Lavrov" is not Sergei
  // Lavrov, "Melania Trump" not Donald Trump).
  const auto gives_way = [&](const Mention& m, bool as_surname) {
    const Entity& entity = entities[m.entity];
    if (as_surname) {
      if (entity.type == EntityType::kCountry || entity.type == EntityType::kLocation) {
        return given_names_->Contains(std::string_view(cased).substr(m.begin, m.end - m.begin));
      }
      // An organization's one word in mixed case is a surname after a given
      // name ("Richard Wagner", "Henry Ford"); its acronym is not ("NATO").
      if (entity.type == EntityType::kOrganization) {
        const std::string_view word = std::string_view(cased).substr(m.begin, m.end - m.begin);
        return word.find(' ') == std::string_view::npos &&
               !std::all_of(word.begin(), word.end(), [](char c) { return !IsLower(c); });
      }
      if (entity.type != EntityType::kPerson || entity.entry < 0 || m.begin < 2) return false;
      const size_t given = TokenStart(cased, m.begin - 1);
      return !GivenNameOf(gazetteer_, entry_of(static_cast<size_t>(entity.entry)),
                          std::string_view(cased).substr(given, m.begin - 1 - given));
    }
    return entity.entry >= 0 && PlaceGivesWayToName(entry_of(static_cast<size_t>(entity.entry)));
  };
  FindGivenNameNames(cased, mentions, &capitals_for_names, *given_names_, gives_way, &given_names);
  if (!given_names.empty()) add_names(given_names);

  // Short forms of the persons found: the surname, and for "al-Assad" also
  // "Assad"; and the designations of weapons. A short form two persons
  // share links to the first of them up to where the second is named ("Kim
  // Jong Un ... Kim said ... Kim Yo Jong"), and to neither after that.
  auto& short_forms = scratch.short_forms;
  std::string& form_bytes = scratch.short_form_bytes;
  short_forms.clear();
  form_bytes.clear();
  auto form_at = [&](const ExtractionScratch::ShortForm& f) {
    return std::string_view(form_bytes).substr(f.offset, f.length);
  };
  // `at`: where the mention that names `entity` begins.
  // A person's short form has three letters or more ("Oh" is no surname
  // here); a weapon's designation two ("K9").
  auto add_short_form = [&](std::string_view form, uint32_t entity, uint32_t at, size_t min_size = 3) {
    if (form.size() < min_size || !IsUpper(form.front())) return;
    for (auto& f : short_forms) {
      if (form_at(f) == form) {
        if (f.entity != entity) f.shared_from = std::min(f.shared_from, at);
        return;
      }
    }
    short_forms.push_back({static_cast<uint32_t>(form_bytes.size()), static_cast<uint32_t>(form.size()), entity, at,
                           ExtractionScratch::ShortForm::kNotShared});
    form_bytes.append(form);
  };
  // `text` as the article's normalized text has it; valid until the next call.
  auto normalized = [&](std::string_view text) -> std::string_view {
    if (NormalizesToItself(text)) return text;
    Normalize(text, &scratch.short_form_text);
    return scratch.short_form_text.cased();
  };
  auto add_short_forms_of = [&](std::string_view name, uint32_t entity, uint32_t at) {
    const std::string_view text = normalized(name);
    const std::string_view last = LastNameWord(text);
    if (last.empty()) return;  // a name of one word has no short form
    // A Korean or Chinese name of two words whose last is a given name of
    // two syllables ("Chung Dong-young", "Lai Ching-te") goes by its first
    // word, the family name.
    if (last.size() + 1 + text.find(' ') == text.size() && IsFamilyNameFirstGivenName(last)) {
      add_short_form(text.substr(0, text.find(' ')), entity, at);
      return;
    }
    if (last.size() > 3 && (last.substr(0, 3) == "al-" || last.substr(0, 3) == "el-" || last.substr(0, 3) == "Al-")) {
      add_short_form(last.substr(3), entity, at);
    }
    add_short_form(last, entity, at);
  };
  // The same form added twice for one entity changes nothing, so an
  // entity's name is added once. A gazetteer person whose `surname`
  // attribute says what the last word is not ("Lee" for "Lee Jae-myung")
  // has that short form only.
  enum : uint8_t { kUnseen, kByLastWord, kBySurname };
  scratch.named_person.assign(entities.size(), kUnseen);
  for (const Mention& m : mentions) {
    const Entity& entity = entities[m.entity];
    if (entity.type == EntityType::kWeapon) {
      // A weapon named by an alias that holds its designation ("K9
      // howitzers", "M1 Abrams") may go by the designation alone later on,
      // which the gazetteer cannot take as an alias: "K9" is a police dog,
      // "M1" a motorway.
      const std::string_view text(cased.data() + m.begin, m.end - m.begin);
      const std::string_view head = text.substr(0, text.find(' '));
      if (head.size() >= 2 && IsUpper(head.front()) && std::any_of(head.begin(), head.end(), IsDigit)) {
        add_short_form(head, m.entity, m.begin, 2);
      }
      continue;
    }
    if (entity.type != EntityType::kPerson) continue;
    uint8_t& named = scratch.named_person[m.entity];
    if (named == kUnseen) {
      named = kByLastWord;
      if (entity.entry >= 0) {
        const Entry& entry = entry_of(static_cast<size_t>(entity.entry));
        // Few entries have one: a search of the raw field rules out the rest.
        if (entry.attributes.find("surname=") != std::string_view::npos) {
          if (const std::optional<std::string_view> surname = Gazetteer::Attribute(entry, "surname")) {
            named = kBySurname;
            add_short_form(normalized(*surname), m.entity, m.begin);
          }
        }
      }
      if (named == kByLastWord) add_short_forms_of(entity.name, m.entity, m.begin);
    }
    if (named == kByLastWord) {
      add_short_forms_of(std::string_view(cased.data() + m.begin, m.end - m.begin), m.entity, m.begin);
    }
  }
  // A lone surname names the one gazetteer person who has it when the
  // article names that person's country ("Yildirim said" in an article
  // about Turkey), away from the start of a sentence, where a capital says
  // nothing.
  const bool by_country = !named_countries.empty();
  auto person_by_surname = [&](std::string_view token, size_t at) -> int64_t {
    if (!by_country || token.size() < 5 || !std::any_of(token.begin(), token.end(), IsLower)) return -1;
    size_t before = at;
    while (before > 0 && cased[before - 1] == ' ') --before;
    if (before > 1 && cased[before - 1] == '"' && cased[before - 2] == ',') --before;  // after a quote: terror," Yildirim said
    if (before == 0 || cased[before - 1] == '.' || cased[before - 1] == '!' || cased[before - 1] == '?' ||
        cased[before - 1] == '\n' || cased[before - 1] == '"' || cased[before - 1] == ':') {
      return -1;
    }
    // A capitalized word next to it makes a longer name ("Nuclear Power Plant").
    const size_t after = at + token.size();
    if (before == at && at > 1 && cased[at - 1] == ' ' && IsWord(cased, at - 2)) {
      const size_t word = WordStartAt(cased, at - 1);
      const std::string_view previous(cased.data() + word, at - 1 - word);
      if (IsUpper(previous[0]) && !IsDayOrMonth(previous)) return -1;
    }
    if (after + 1 < n && cased[after] == ' ' && IsUpper(cased[after + 1])) return -1;
    const int64_t by_surname = surnames_->Find(token);
    if (by_surname < 0) return -1;
    const Entry& person = entry_of(static_cast<size_t>(by_surname));
    return !person.country.empty() && contains(named_countries, person.country) ? by_surname : -1;
  };
  // Only tokens that start with a capital can be short forms: not the
  // "Assad" of "al-Assad".
  std::vector<Mention>& linked = scratch.linked;
  linked.clear();
  size_t next_mention = 0;
  const size_t mention_count = mentions.size();  // `linked` is merged in after the loop
  // The lengths of the short forms, so that most tokens are ruled out
  // without reading the list (lengths of 64 and more share a bit).
  uint64_t form_lengths = 0;
  for (const auto& f : short_forms) form_lengths |= uint64_t{1} << std::min<uint32_t>(f.length, 63);
  CapitalTokens capitals(cased, out->matches.runs, scratch.capitals);
  while (const CapitalToken* capital = capitals.Next()) {
    const NameToken& t = capital->token;
    const size_t i = t.begin;
    if (i > 1 && (cased[i - 1] == '-' || cased[i - 1] == '\'') && IsWord(cased, i - 2)) continue;
    const size_t end = t.possessive ? t.end + 2 : t.end;
    while (next_mention < mention_count && mentions[next_mention].end <= i) ++next_mention;
    const bool covered = next_mention < mention_count && mentions[next_mention].begin < end;
    const bool form_length = (form_lengths >> std::min<size_t>(t.text.size(), 63) & 1) != 0;
    if (covered) {
      // A place the gazetteer found in a word that is the surname of a
      // person named before it is that person ("Marta Kos ... Kos said").
      // Countries, capitals and big cities keep the word: news names them
      // far more often than a person who shares it ("Jim Jordan said
      // Jordan must decide").
      // So is a weapon named after the person that says something
      // ("Selcuk Bayraktar ... Bayraktar told reporters").
      Mention& place = mentions[next_mention];
      const Entity& found = entities[place.entity];
      if (!form_length || place.begin != t.begin || place.end != t.end) continue;
      const bool place_gives_way = found.type == EntityType::kLocation && found.entry >= 0 &&
                                   SurnameMayTakePlace(entry_of(static_cast<size_t>(found.entry)));
      const bool speaks =
          !t.possessive && t.end + 1 < n && cased[t.end] == ' ' &&
          IsSpeechVerb(std::string_view(cased).substr(t.end + 1, TokenEnd(cased, t.end + 1) - t.end - 1));
      if (!place_gives_way && !(found.type == EntityType::kWeapon && speaks)) continue;
      for (const auto& f : short_forms) {
        if (f.length == t.text.size() && f.named_at < t.begin && t.begin < f.shared_from && form_at(f) == t.text) {
          linked.push_back({t.begin, t.end, f.entity, 0});
          place.end = place.begin;
          break;
        }
      }
      continue;
    }
    bool short_form = false;
    for (size_t k = 0; form_length && k < short_forms.size(); ++k) {
      const auto& f = short_forms[k];
      if (f.length == t.text.size() && form_at(f) == t.text) {
        if (t.begin < f.shared_from) linked.push_back({t.begin, t.end, f.entity, 0});
        short_form = true;
        break;
      }
    }
    // The plural of a designation ("two M1s"); a surname ends in lower case.
    const bool plural_length =
        t.text.size() > 2 && t.text.back() == 's' && (form_lengths >> std::min<size_t>(t.text.size() - 1, 63) & 1) != 0;
    for (size_t k = 0; !short_form && plural_length && k < short_forms.size(); ++k) {
      const auto& f = short_forms[k];
      const std::string_view singular = t.text.substr(0, t.text.size() - 1);
      if (f.length == singular.size() && (IsDigit(singular.back()) || IsUpper(singular.back())) &&
          form_at(f) == singular) {
        const uint32_t end = t.begin + static_cast<uint32_t>(singular.size());  // the designation only
        if (t.begin < f.shared_from) linked.push_back({t.begin, end, f.entity, 0});
        short_form = true;
      }
    }
    // Transcripts name their speakers in capitals ("SECRETARY KERRY: Thank
    // you."). Only there, where a capital word is a label and not a shout
    // or a headline, does an upper-case surname stand for the person.
    if (!short_form && form_length && IsSpeakerLabel(cased, t)) {
      for (const auto& f : short_forms) {
        if (t.begin < f.shared_from && f.length == t.text.size() && EqualsUpperCased(form_at(f), t.text)) {
          linked.push_back({t.begin, t.end, f.entity, 0});
          short_form = true;
          break;
        }
      }
    }
    if (!short_form && IsCourtesySpeakerLabel(cased, t)) {
      // A gazetteer person of that surname, or a person of that name.
      std::string surname(t.text);
      TitleCaseCapitals(t.text, surname.data());
      if (IsNameWord(surname) && !IsTitleWord(surname) && !IsOneWordTitle(surname)) {  // not "MR SPEAKER:"
        const int64_t person = surnames_->Find(surname);
        linked.push_back({t.begin, t.end, person >= 0 ? entity_for_entry(person) : person_for_name(t.text), 0});
        short_form = true;
      }
    }
    if (!short_form) {
      if (const int64_t person = person_by_surname(t.text, i); person >= 0) {
        linked.push_back({t.begin, t.end, entity_for_entry(person), 0});
      }
    }
  }
  // A surname of several words ("Lund Poulsen" of Troels Lund Poulsen):
  // the middle words of the person's name right before the linked last
  // word join its mention, and a place found in one of them gives way as it
  // does to the surname.
  for (Mention& l : linked) {
    const Entity& entity = entities[l.entity];
    if (entity.type != EntityType::kPerson) continue;
    const std::string_view name = normalized(entity.name);
    const std::string_view word(cased.data() + l.begin, l.end - l.begin);
    if (name.size() <= word.size() || name.substr(name.size() - word.size()) != word ||
        name[name.size() - word.size() - 1] != ' ') {
      continue;
    }
    size_t name_end = name.size() - word.size() - 1;  // the space before the matched word
    while (name_end > 0 && l.begin > 1 && cased[l.begin - 1] == ' ' && IsWord(cased, l.begin - 2)) {
      const size_t name_word = name.rfind(' ', name_end - 1);
      if (name_word == std::string_view::npos) break;  // the given name: the full name is matched as such
      const size_t begin = WordStartAt(cased, l.begin - 1);
      if (std::string_view(cased.data() + begin, l.begin - 1 - begin) !=
          name.substr(name_word + 1, name_end - name_word - 1)) {
        break;
      }
      const auto place = std::lower_bound(mentions.begin(), mentions.end(), begin,
                                          [](const Mention& m, size_t at) { return m.end <= at; });
      if (place != mentions.end() && place->begin < l.begin - 1) {
        const Entity& found = entities[place->entity];
        if (place->begin != begin || place->end != l.begin - 1 || found.type != EntityType::kLocation ||
            found.entry < 0 || !SurnameMayTakePlace(entry_of(static_cast<size_t>(found.entry)))) {
          break;
        }
        place->end = place->begin;
      }
      l.begin = static_cast<uint32_t>(begin);
      name_end = name_word;
    }
  }
  if (!linked.empty()) MergeMentions(&mentions, linked);

  // An organization's or weapon's acronym in a line in capitals may be a
  // word ("REARMAMENT PLAN" is no PLAN, the Chinese navy; "THIS SOFTWARE IS
  // PROVIDED" no IS): it stands only if the article names the entity
  // elsewhere too.
  auto acronym_in_capitals = [&](const Mention& m) {
    const EntityType type = entities[m.entity].type;
    if (type != EntityType::kOrganization && type != EntityType::kWeapon) return false;
    // One word: a name of several in capitals ("DEPARTMENT OF STATE") is no accident.
    for (uint32_t k = m.begin; k < m.end; ++k) {
      if (IsLower(cased[k]) || cased[k] == ' ') return false;
    }
    return InLineOfCapitals(cased, m.begin, m.end);
  };
  auto& in_prose = scratch.named_in_prose;
  in_prose.assign(entities.size(), 0);
  bool any_in_capitals = false;
  for (const Mention& m : mentions) {
    if (acronym_in_capitals(m)) {
      any_in_capitals = true;
    } else {
      in_prose[m.entity] = 1;
    }
  }
  if (any_in_capitals) {
    std::erase_if(mentions, [&](const Mention& m) { return in_prose[m.entity] == 0 && acronym_in_capitals(m); });
  }
}

}  // namespace gazer
