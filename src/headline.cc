#include "headline.h"

#include "ascii.h"
#include "word_set.h"

namespace gazer {
namespace {

bool IsLetter(char c) { return IsUpper(c) || IsLower(c); }

// Words that prose writes in lower case inside a sentence, and headlines
// in title case capitalize.
constexpr std::string_view kMinorWords[] = {"To",   "In",    "Of",      "For",   "On",   "With", "As",  "At",
                                            "From", "After", "Over",    "Into",  "And",  "Is",   "Are", "Be",
                                            "Near", "Amid",  "Against", "About", "Says", "Say",  "Vows"};
constexpr WordSet<64> kMinorWordSet(kMinorWords);

// Longer lines are prose, not headlines.
constexpr size_t kMaxHeadline = 200;

}  // namespace

bool InTitleCaseHeadline(std::string_view text, size_t pos) {
  // The line's ends are looked for no further than a headline reaches, so
  // that a long line costs no more than a short one.
  size_t begin = pos;
  while (begin > 0 && text[begin - 1] != '\n') {
    if (pos - --begin > kMaxHeadline) return false;
  }
  size_t end = pos;
  while (end < text.size() && text[end] != '\n') {
    if (++end - begin > kMaxHeadline) return false;
  }
  int minor = 0;
  bool first = true;
  for (size_t i = begin; i < end;) {
    while (i < end && !IsLetter(text[i])) ++i;
    size_t j = i;
    while (j < end && IsLetter(text[j])) ++j;
    if (j == i) break;
    if (!first && kMinorWordSet.Contains(text.substr(i, j - i)) && ++minor >= 2) return true;
    first = false;
    i = j;
  }
  return false;
}

}  // namespace gazer
