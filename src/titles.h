// The words of titles and roles that the person finders after the Linker
// recognise ("Foreign Secretary", "Minister for the Middle East", "an
// Istanbul-based analyst").
#ifndef GAZER_SRC_TITLES_H_
#define GAZER_SRC_TITLES_H_

#include <string_view>

namespace gazer {

// A capitalized head word of a title: Secretary, Minister, President,
// Ambassador, Envoy, Representative, ... ("Secretary-General" and
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
