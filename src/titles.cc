#include "titles.h"

#include "word_set.h"


namespace gazer {
namespace {

constexpr std::string_view kTitleWords[] = {
    "Secretary",  "Minister",   "President",  "Ambassador",   "Envoy",        "Representative", "Chancellor",
    "Premier",    "Spokesman",  "Spokeswoman", "Spokesperson", "Commissioner", "Advisor",        "Adviser",
    "Chairman",   "Chairwoman", "Governor",   "King",         "Queen",        "Prince",         "Emir",
    "Sultan",     "Mayor",      "Senator",    "Coordinator",  "Counsellor",   "Counselor",      "Attaché"};

constexpr std::string_view kTitleModifiers[] = {
    "Foreign",  "Defence",   "Defense",  "Home",    "Prime",     "Deputy",    "Vice",      "Special",
    "High",     "Senior",    "Acting",   "Assistant", "Under",   "Chief",     "Principal", "Presidential",
    "State",    "Permanent", "Interior", "Finance", "Justice",   "Executive", "Crown",     "First",
    "Second",   "Third",     "Minister", "Secretary", "Security", "Trade",    "Development", "International",
    "Regional", "Middle",    "East",     "Supreme", "Parliamentary", "Army",  "Navy",      "Staff"};

// In lower case; compared without regard to case.
constexpr std::string_view kRoleNouns[] = {
    "analyst",    "expert",      "scientist",  "journalist", "researcher", "correspondent", "reporter",
    "editor",     "historian",   "economist",  "lawmaker",   "official",   "activist",      "commentator",
    "scholar",    "writer",      "author",     "negotiator", "adviser",    "advisor",       "spokesman",
    "spokeswoman", "spokesperson", "minister", "secretary",  "president",  "ambassador",    "envoy",
    "representative", "commander", "general",  "colonel",    "director",   "chairman",      "chairwoman",
    "head",       "chief",       "leader",     "founder",    "professor",  "lecturer",      "fellow",
    "diplomat",   "mayor",       "governor",   "senator",    "deputy",     "officer",       "premier",
    "chancellor", "admiral",     "lieutenant", "captain",    "aide",       "coordinator",   "counsellor",
    "strategist", "specialist",  "consultant", "commissioner", "chargé",   "attaché",       "rapporteur"};

constexpr WordSet<64> kTitleWordSet(kTitleWords);
constexpr WordSet<128> kTitleModifierSet(kTitleModifiers);
constexpr WordSet<256> kRoleNounSet(kRoleNouns);

}  // namespace

bool IsTitleWord(std::string_view word) {
  return kTitleWordSet.Contains(word.substr(0, word.find('-')));
}

bool IsTitleModifier(std::string_view word) { return kTitleModifierSet.Contains(word); }

bool IsRoleNoun(std::string_view word) {
  if (word.size() > 16) return false;
  char lower[16];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
  return kRoleNounSet.Contains(std::string_view(lower, word.size()));
}

}  // namespace gazer
