// UTF-8 decoding that never fails.
//
// Invalid input is decoded the way Python's bytes.decode("utf-8", "replace")
// and the WHATWG Encoding Standard do it: each maximal ill-formed subpart
// becomes one U+FFFD. gazer counts such a subpart as one code point, so
// code-point offsets agree with Python reading the same bytes with
// errors="replace", and the bytes themselves are never moved.
#ifndef GAZER_UTF8_H_
#define GAZER_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gazer {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct DecodedChar {
  char32_t code_point;  // kReplacementChar for an ill-formed subpart
  uint32_t length;      // bytes consumed, 1 to 4
  bool valid;
};

// Decodes the character that starts at text[pos]. Requires pos < text.size().
DecodedChar DecodeUtf8(std::string_view text, size_t pos);

// Appends the UTF-8 encoding of code_point to out.
void AppendUtf8(char32_t code_point, std::string* out);

// True if text is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace gazer

#endif  // GAZER_UTF8_H_
