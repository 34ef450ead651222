// ASCII letter and digit classes. The finders read normalized text, where
// the letters that decide a name's shape (a capital first, then lower case)
// are ASCII; the <cctype> functions would depend on the C locale.
#ifndef GAZER_SRC_ASCII_H_
#define GAZER_SRC_ASCII_H_

#include <cstddef>
#include <string_view>

namespace gazer {

inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Writes `text`, written in capitals, in title case to out[0, text.size()):
// a capital right after another is lowered ("JEAN-PIERRE O'BRIEN" ->
// "Jean-Pierre O'Brien").
inline void TitleCaseCapitals(std::string_view text, char* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    const bool after_capital = i > 0 && IsUpper(text[i - 1]);
    out[i] = after_capital && IsUpper(text[i]) ? static_cast<char>(text[i] + 32) : text[i];
  }
}

}  // namespace gazer

#endif  // GAZER_SRC_ASCII_H_
