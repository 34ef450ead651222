#include "titles.h"

#include <algorithm>
#include <iterator>

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

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace

bool IsTitleWord(std::string_view word) {
  return Contains(kTitleWords, word.substr(0, word.find('-')));
}

bool IsTitleModifier(std::string_view word) { return Contains(kTitleModifiers, word); }

bool IsRoleNoun(std::string_view word) {
  if (word.size() > 16) return false;
  char lower[16];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
  return Contains(kRoleNouns, std::string_view(lower, word.size()));
}

}  // namespace gazer
