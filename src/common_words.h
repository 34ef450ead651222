// Capitalized words that the finders after the Linker never take for a name
// or its first word: function words that start sentences, and the days and
// months.
#ifndef GAZER_SRC_COMMON_WORDS_H_
#define GAZER_SRC_COMMON_WORDS_H_

#include <string_view>

namespace gazer {

// The words of IsCapitalizedFunctionWord and IsDayOrMonth, here for the
// word sets made of them.
inline constexpr std::string_view kFunctionWords[] = {
    "The",   "A",       "An",      "This",    "That",      "These",     "Those",   "In",        "On",
    "At",    "For",     "From",    "By",      "With",      "Without",   "After",   "Before",    "Under",
    "Over",  "Since",   "Until",   "But",     "And",       "Or",        "Yet",     "So",        "If",
    "As",    "When",    "While",   "However", "Meanwhile", "Also",      "Then",    "Now",       "Today",
    "Yesterday", "Last", "Next",   "He",      "She",       "It",        "They",    "We",        "I",
    "His",   "Her",     "Their",   "Its",     "Our",       "Your",      "My",      "Every",     "Each",
    "Some",  "Any",     "No",      "All",     "Both",      "Another",   "Other",   "Such",      "According",
    "Speaking"};
inline constexpr std::string_view kDaysAndMonths[] = {
    "Monday",   "Tuesday", "Wednesday", "Thursday", "Friday",   "Saturday",  "Sunday",  "January",
    "February", "March",   "April",     "May",      "June",     "July",      "August",  "September",
    "October",  "November", "December"};

// The, In, However, He, Their, According, ... as written at a sentence start.
bool IsCapitalizedFunctionWord(std::string_view word);

// Monday ... Sunday, January ... December.
bool IsDayOrMonth(std::string_view word);

// Verbs of saying right after a name ("Tobias Ellwood said", "Bayraktar
// told reporters").
inline constexpr std::string_view kSpeechVerbs[] = {"said",  "says",   "told",   "added",
                                                    "noted", "stated", "warned", "explained"};
bool IsSpeechVerb(std::string_view word);

// Jan, Feb, ... Sept, ... Dec: what a date may write ("Dec 10", "Dec. 10").
// Some are names too ("Jan"), so only a number after one makes a date.
bool IsMonthAbbreviation(std::string_view word);

}  // namespace gazer

#endif  // GAZER_SRC_COMMON_WORDS_H_
