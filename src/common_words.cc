#include "common_words.h"

#include "word_set.h"

namespace gazer {
namespace {

constexpr WordSet<256> kFunctionWordSet(kFunctionWords);
constexpr WordSet<64> kDayAndMonthSet(kDaysAndMonths);

}  // namespace

bool IsCapitalizedFunctionWord(std::string_view word) { return kFunctionWordSet.Contains(word); }
bool IsDayOrMonth(std::string_view word) { return kDayAndMonthSet.Contains(word); }

}  // namespace gazer
