// Headlines in title case ("Pentagon Chief Visits Troops In Guam"), where a
// capital says nothing about a name: every word has one.
#ifndef GAZER_SRC_HEADLINE_H_
#define GAZER_SRC_HEADLINE_H_

#include <cstddef>
#include <string_view>

namespace gazer {

// True if the line of `text` that holds byte `pos` is a short line in title
// case: no word of four letters or more starts in lower case, and two or
// more words that prose writes in lower case ("To", "In", "Of", "With")
// are capitalized in it after its first word.
bool InTitleCaseHeadline(std::string_view text, size_t pos);

// True if the line of `text` that holds [begin, end) has no lower-case
// letter: a headline or a banner in capitals ("EU'S VON DER LEYEN UNVEILS
// REARMAMENT PLAN", "HOME | WORLD | DEFENCE"), where an acronym cannot be
// told from a word. Reads no further than a headline reaches.
bool InLineOfCapitals(std::string_view text, size_t begin, size_t end);

}  // namespace gazer

#endif  // GAZER_SRC_HEADLINE_H_
