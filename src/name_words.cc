#include "name_words.h"

#include <algorithm>
#include <iterator>

#include "ascii.h"
#include "common_words.h"
#include "name_tokens.h"
#include "titles.h"
#include "word_set.h"

namespace gazer {
namespace {

// Capitalized words of institutions, places, titles and documents, which no
// person's name has (besides the function words, days and months of
// common_words.h).
constexpr std::string_view kNotNameWords[] = {
    "Government", "Ministry", "Office", "Council", "Committee", "Commission", "Department", "Agency",
    "Forces", "Force", "Army", "Navy", "Party", "Regional", "National", "International", "Federal", "Central",
    "Republic", "Kingdom", "State", "States", "United", "Union", "Group", "Front", "Coalition", "Alliance",
    "Organization", "Organisation", "Center", "Centre", "Fund", "Bank", "Authority", "Assembly", "Parliament",
    "Congress", "Senate", "Court", "Province", "District", "City", "North", "South", "East", "West",
    "Northern", "Southern", "Eastern", "Western", "Islamic", "Democratic", "Popular", "Revolutionary",
    "Syrian", "Arab", "Kurdish", "Sunni", "Shia", "Shiite", "Mr", "Mrs", "Ms", "Dr", "Sir", "River", "Lake",
    "Mountain", "Mount", "Island", "Islands", "Valley", "Gate", "Tower", "Base", "Camp", "Airbase", "Accords",
    "Accord", "Agreement", "Plan", "Doctrine", "Act", "Treaty", "Prize", "Award", "Programme", "Program",
    "Company", "Corporation", "Airlines", "Airways", "Press", "News", "Times", "Post", "Journal", "Media",
    "Network", "Channel", "Stiftung", "Line", "Forest", "Desert", "Chronicle", "Herald", "Tribune", "Gazette",
    "Telegraph", "Observer", "Magazine", "Dynamics", "Aerospace", "Systems", "Industries", "Technologies",
    "Exchange", "Club", "Opera", "Orchestra", "Cup", "Summit", "Conference", "Convention", "Declaration",
    "Protocol", "Format", "Initiative", "Harbour", "Harbor", "Falls", "Beach", "Bay", "Sea", "Strait", "Gulf",
    "Peninsula", "Delta", "Basin", "Coast", "Heights", "Oasis", "County", "Region", "Governorate", "Oblast",
    "Globe", "Sentinel", "Courier", "Monitor", "Review", "Daily", "Document", "Talks", "Police", "Tech",
    "Shield", "Dome", "Corridor", "Pact", "Project", "Mission", "Operation", "Exercise", "Strategy", "Framework",
    "Brigade", "Battalion", "Regiment", "Division", "Squadron", "Corps",
    // abbreviated ranks ("Lance Cpl. Ethan Brooks"); not "Gen", a given name
    "Cpl", "Sgt", "Lt", "Col", "Capt", "Maj", "Adm", "Cmdr", "Pfc", "Spc", "Brig", "Gov", "Rep"};

// Words that end the names of buildings, streets and institutions named
// after people ("Sultan Qaboos Grand Mosque", "Karl Marx Allee").
constexpr std::string_view kPlaceWords[] = {
    "Airport", "Bridge", "School", "College", "Hospital", "Square", "Avenue", "Road", "Street", "Museum",
    "Palace", "Stadium", "Mosque", "Church", "Cathedral", "Temple", "Synagogue", "Shrine", "Allee", "Strasse",
    "Boulevard", "Platz", "Prospekt", "Lane", "Station", "Hotel", "Clinic", "Highway", "Motorway", "Canal",
    "Dam", "Reservoir", "Causeway", "University", "Institute", "Foundation", "Memorial"};

constexpr std::string_view kSuffixes[] = {"Jr", "Sr", "II", "III", "IV"};

// The commonest family names of Korea and of Taiwan and China, as English
// news romanizes them.
constexpr std::string_view kEastAsianFamilyNames[] = {
    "Kim",  "Lee",  "Park", "Choi", "Chung", "Jung", "Kang",  "Cho",  "Yoon", "Jang",  "Lim",  "Han",  "Shin",
    "Seo",  "Kwon", "Hwang", "Ahn", "Song",  "Hong", "Moon",  "Yang", "Baek", "Nam",   "Jeon", "Yoo",  "Ryu",
    "Chen", "Lin",  "Wang", "Zhang", "Liu",  "Huang", "Wu",   "Zhou", "Tsai", "Hsu",   "Cheng", "Lai", "Chiu",
    "Hsieh", "Kuo", "Chang", "Yeh",  "Su",   "Lu",    "Ma",   "Zhu",  "Hu",   "Guo",   "Xu",   "Sun",  "Gao"};

constexpr std::string_view kParticles[] = {"al", "el", "bin", "bint", "ibn", "abu", "de", "del", "van",
                                           "von", "der", "da", "di", "le", "la", "ben"};

// All the capitalized words no name has.
constexpr WordSet<1024> kNotNameSet(kNotNameWords, kPlaceWords, kTitleWords, kTitleModifiers, kFunctionWords,
                                    kDaysAndMonths, kSuffixes);
constexpr WordSet<128> kPlaceSet(kPlaceWords);
constexpr WordSet<32> kParticleSet(kParticles);
// Words of an exercise's kind between its name and its noun ("Han Kuang
// military exercises").
constexpr std::string_view kExerciseKinds[] = {"military",      "naval",     "joint",     "annual",  "air",
                                               "amphibious",    "live-fire", "combat",    "field",   "command-post",
                                               "tabletop",      "missile",   "defence",   "defense", "army",
                                               "multinational", "bilateral", "trilateral"};
constexpr WordSet<64> kExerciseKindSet(kExerciseKinds);
constexpr WordSet<16> kSuffixSet(kSuffixes);
constexpr WordSet<128> kEastAsianFamilyNameSet(kEastAsianFamilyNames);

}  // namespace

bool IsNameWord(std::string_view w) {
  if (w.size() < 2 || !IsUpper(w[0])) return false;
  bool lower = false, hyphen = false;
  for (char c : w) {
    lower = lower || IsLower(c);
    hyphen = hyphen || c == '-';
  }
  // Title words have no hyphen, but come before one ("Secretary-General").
  return lower && !kNotNameSet.Contains(w) && !(hyphen && IsTitleWord(w));
}

bool IsNameSuffix(std::string_view word) { return kSuffixSet.Contains(word); }

bool IsFamilyNameFirstGivenName(std::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen < 2 || hyphen + 2 >= word.size() || !IsUpper(word[0])) return false;
  for (size_t i = 1; i < word.size(); ++i) {
    if (i != hyphen && !IsLower(word[i])) return false;
  }
  // Not a place's compound ("Kong-based", "Seoul-led").
  static constexpr std::string_view kCompoundEnds[] = {"based", "led", "backed", "born", "run", "owned", "made",
                                                       "style", "era", "bound", "wide", "class", "type"};
  const std::string_view second = word.substr(hyphen + 1);
  return std::find(std::begin(kCompoundEnds), std::end(kCompoundEnds), second) == std::end(kCompoundEnds);
}

bool ExerciseNounFollows(std::string_view text, size_t end) {
  if (end + 1 < text.size() && text[end] == ' ' && IsLower(text[end + 1])) {
    size_t e = end + 1;
    while (e < text.size() && (IsLower(text[e]) || text[e] == '-')) ++e;
    const std::string_view kind = text.substr(end + 1, e - end - 1);
    if (kExerciseKindSet.Contains(kind)) end = e;
  }
  for (std::string_view noun : {" exercise", " drill", " war game"}) {
    if (text.compare(end, noun.size(), noun) != 0) continue;
    size_t e = end + noun.size();
    if (e < text.size() && text[e] == 's') ++e;
    if (e >= text.size() || !IsAsciiLetter(text[e])) return true;
  }
  return false;
}

bool IsEastAsianFamilyName(std::string_view word) { return kEastAsianFamilyNameSet.Contains(word); }

std::string_view LastNameWord(std::string_view name) {
  const auto last_word = [](std::string_view words) {
    const size_t space = words.rfind(' ');
    return space == std::string_view::npos ? words : words.substr(space + 1);
  };
  std::string_view last = last_word(name);
  if (last.size() == name.size()) return {};
  if (IsNameSuffix(last.back() == '.' ? last.substr(0, last.size() - 1) : last)) {
    name.remove_suffix(last.size() + 1);
    if (!name.empty() && name.back() == ',') name.remove_suffix(1);
    last = last_word(name);
  }
  return last;
}

size_t NameSuffixEnd(std::string_view text, size_t begin, size_t end) {
  const bool abbreviation = IsLower(text[end - 1]);  // Jr, Sr
  return abbreviation && end < text.size() && text[end] == '.' && end > begin ? end + 1 : end;
}

bool IsNameParticle(std::string_view word) { return kParticleSet.Contains(word); }

bool IsPrefixedNameWord(std::string_view w) {
  return w.size() > 4 && (w.substr(0, 3) == "al-" || w.substr(0, 3) == "el-") && IsUpper(w[3]);
}

bool IsPlaceWord(std::string_view word) { return kPlaceSet.Contains(word); }

}  // namespace gazer
