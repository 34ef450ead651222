#include "headline.h"

#include <string.h>  // memrchr

#include <algorithm>
#include <cstring>

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
  // that a long line costs no more than a short one; most lines of prose
  // are longer, and end the search there.
  const size_t from = pos > kMaxHeadline ? pos - kMaxHeadline : 0;
  const void* newline_before = memrchr(text.data() + from, '\n', pos - from);
  if (newline_before == nullptr && from > 0) return false;
  const size_t begin =
      newline_before == nullptr ? 0 : static_cast<size_t>(static_cast<const char*>(newline_before) - text.data()) + 1;
  const size_t reach = std::min(text.size(), begin + kMaxHeadline + 1) - pos;
  const void* newline_after = std::memchr(text.data() + pos, '\n', reach);
  if (newline_after == nullptr && begin + kMaxHeadline < text.size()) return false;
  const size_t end = newline_after == nullptr
                         ? text.size()
                         : static_cast<size_t>(static_cast<const char*>(newline_after) - text.data());
  int minor = 0;
  bool first = true;
  for (size_t i = begin; i < end;) {
    while (i < end && !IsLetter(text[i])) ++i;
    size_t j = i;
    while (j < end && IsLetter(text[j])) ++j;
    if (j == i) break;
    // Title case leaves only short words in lower case: prose ends here.
    if (IsLower(text[i]) && j - i >= 4) return false;
    if (!first && kMinorWordSet.Contains(text.substr(i, j - i)) && ++minor >= 2) return true;
    first = false;
    i = j;
  }
  return false;
}

bool InLineOfCapitals(std::string_view text, size_t begin, size_t end) {
  // Prose has a lower-case letter within a few bytes, so most calls stop at once.
  const size_t from = begin > kMaxHeadline ? begin - kMaxHeadline : 0;
  for (size_t i = begin; i > from && text[i - 1] != '\n'; --i) {
    if (IsLower(text[i - 1])) return false;
  }
  const size_t to = std::min(text.size(), end + kMaxHeadline);
  for (size_t i = end; i < to && text[i] != '\n'; ++i) {
    if (IsLower(text[i])) return false;
  }
  return true;
}

}  // namespace gazer
