#include "common_words.h"

#include "word_set.h"

namespace gazer {
namespace {

constexpr std::string_view kFunctionWords[] = {
    "The",   "A",       "An",      "This",    "That",      "These",     "Those",   "In",        "On",
    "At",    "For",     "From",    "By",      "With",      "Without",   "After",   "Before",    "Under",
    "Over",  "Since",   "Until",   "But",     "And",       "Or",        "Yet",     "So",        "If",
    "As",    "When",    "While",   "However", "Meanwhile", "Also",      "Then",    "Now",       "Today",
    "Yesterday", "Last", "Next",   "He",      "She",       "It",        "They",    "We",        "I",
    "His",   "Her",     "Their",   "Its",     "Our",       "Your",      "My",      "Every",     "Each",
    "Some",  "Any",     "No",      "All",     "Both",      "Another",   "Other",   "Such",      "According",
    "Speaking"};
constexpr std::string_view kDaysAndMonths[] = {
    "Monday",   "Tuesday", "Wednesday", "Thursday", "Friday",   "Saturday",  "Sunday",  "January",
    "February", "March",   "April",     "May",      "June",     "July",      "August",  "September",
    "October",  "November", "December"};

constexpr WordSet<256> kFunctionWordSet(kFunctionWords);
constexpr WordSet<64> kDayAndMonthSet(kDaysAndMonths);

}  // namespace

bool IsCapitalizedFunctionWord(std::string_view word) { return kFunctionWordSet.Contains(word); }
bool IsDayOrMonth(std::string_view word) { return kDayAndMonthSet.Contains(word); }

}  // namespace gazer
