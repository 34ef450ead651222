#include "common_words.h"

#include "word_set.h"

#include <algorithm>
#include <iterator>

namespace gazer {
namespace {

constexpr WordSet<256> kFunctionWordSet(kFunctionWords);
constexpr WordSet<64> kDayAndMonthSet(kDaysAndMonths);
constexpr WordSet<16> kSpeechVerbSet(kSpeechVerbs);

}  // namespace

bool IsCapitalizedFunctionWord(std::string_view word) { return kFunctionWordSet.Contains(word); }
bool IsDayOrMonth(std::string_view word) { return kDayAndMonthSet.Contains(word); }

bool IsSpeechVerb(std::string_view word) { return kSpeechVerbSet.Contains(word); }

bool IsMonthAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbreviations[] = {"Jan", "Feb", "Mar",  "Apr", "Jun", "Jul",
                                                        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
}

}  // namespace gazer
