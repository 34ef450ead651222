#include "titles.h"

#include <algorithm>
#include <iterator>

#include "word_set.h"

namespace gazer {
namespace {

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

constexpr bool IsCapitalized(std::string_view word) { return !word.empty() && word[0] >= 'A' && word[0] <= 'Z'; }
static_assert(std::all_of(std::begin(kTitleWords), std::end(kTitleWords), IsCapitalized));

}  // namespace

bool IsTitleWord(std::string_view word) {
  // Most words asked about are no title word, many not even capitalized.
  if (!IsCapitalized(word)) return false;
  size_t hyphen = 1;
  while (hyphen < word.size() && word[hyphen] != '-') ++hyphen;
  return kTitleWordSet.Contains(word.substr(0, hyphen));
}

bool IsTitleModifier(std::string_view word) { return kTitleModifierSet.Contains(word); }

bool IsRoleNoun(std::string_view word) {
  if (word.size() > 16) return false;
  char lower[16];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
  return kRoleNounSet.Contains(std::string_view(lower, word.size()));
}

}  // namespace gazer
