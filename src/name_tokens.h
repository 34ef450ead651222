// The word tokens of normalized text, as the name finders after the Linker
// read them: word bytes with inner hyphens and apostrophes (al-Assad,
// Turkic-Speaking, O'Brien), a possessive 's left out and flagged.
#ifndef GAZER_SRC_NAME_TOKENS_H_
#define GAZER_SRC_NAME_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace gazer {

struct NameToken {
  uint32_t begin = 0;  // byte offsets into the normalized text
  uint32_t end = 0;    // without a possessive 's
  std::string_view text;
  bool capitalized = false;  // starts with an ASCII capital
  bool possessive = false;   // followed by 's
};

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads the token at or after *pos in `text` (case-preserving normalized)
// into *token and moves *pos past it; false at the end of the text. Tokens
// are read one at a time so that a huge article needs no token array.
bool NextToken(const std::string& text, size_t* pos, NameToken* token);

// The end of the token that starts at `begin`, and the start of the one
// that ends at `end`: word bytes, with inner hyphens and apostrophes.
size_t TokenEnd(const std::string& text, size_t begin);
size_t TokenStart(const std::string& text, size_t end);

// True if only spaces (no line break, no punctuation) separate a and b.
bool SpaceOnlyBetween(const std::string& text, const NameToken& a, const NameToken& b);

}  // namespace gazer

#endif  // GAZER_SRC_NAME_TOKENS_H_
