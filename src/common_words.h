// Capitalized words that the finders after the Linker never take for a name
// or its first word: function words that start sentences, and the days and
// months.
#ifndef GAZER_SRC_COMMON_WORDS_H_
#define GAZER_SRC_COMMON_WORDS_H_

#include <string_view>

namespace gazer {

// The, In, However, He, Their, According, ... as written at a sentence start.
bool IsCapitalizedFunctionWord(std::string_view word);

// Monday ... Sunday, January ... December.
bool IsDayOrMonth(std::string_view word);

}  // namespace gazer

#endif  // GAZER_SRC_COMMON_WORDS_H_
