// The words of titles and roles that the person finders after the Linker
// recognise ("Foreign Secretary", "Minister for the Middle East", "an
// Istanbul-based analyst").
#ifndef GAZER_SRC_TITLES_H_
#define GAZER_SRC_TITLES_H_

#include <string_view>

namespace gazer {

// The words of IsTitleWord and IsTitleModifier, here for the word sets
// made of them.
inline constexpr std::string_view kTitleWords[] = {
    "Secretary",  "Minister",   "President",  "Ambassador",   "Envoy",        "Representative", "Chancellor",
    "Premier",    "Spokesman",  "Spokeswoman", "Spokesperson", "Commissioner", "Advisor",        "Adviser",
    "Chairman",   "Chairwoman", "Governor",   "King",         "Queen",        "Prince",         "Emir",
    "Sultan",     "Mayor",      "Senator",    "Coordinator",  "Counsellor",   "Counselor",      "Attaché",
    "Officer",    "Executive",  "Director"};
inline constexpr std::string_view kTitleModifiers[] = {
    "Foreign",  "Defence",   "Defense",  "Home",    "Prime",     "Deputy",    "Vice",      "Special",
    "High",     "Senior",    "Acting",   "Assistant", "Under",   "Chief",     "Principal", "Presidential",
    "State",    "Permanent", "Interior", "Finance", "Justice",   "Executive", "Crown",     "First",
    "Second",   "Third",     "Minister", "Secretary", "Security", "Trade",    "Development", "International",
    "Regional", "Middle",    "East",     "Supreme", "Parliamentary", "Army",  "Navy",      "Staff"};

// A capitalized head word of a title: Secretary, Minister, President,
// Ambassador, Envoy, Representative, Officer, Executive, Director, ... ("Secretary-General" and
// "Minister-designate" too).
bool IsTitleWord(std::string_view word);

// A capitalized word that qualifies a title: Foreign, Defence, Prime,
// Deputy, Special, ...
bool IsTitleModifier(std::string_view word);

// A role noun, in any case, that news puts after a name to introduce a
// person: analyst, expert, spokesman, minister, ambassador, commander, ...
bool IsRoleNoun(std::string_view word);

}  // namespace gazer

#endif  // GAZER_SRC_TITLES_H_
