// ASCII letter and digit classes. The finders read normalized text, where
// the letters that decide a name's shape (a capital first, then lower case)
// are ASCII; the <cctype> functions would depend on the C locale.
#ifndef GAZER_SRC_ASCII_H_
#define GAZER_SRC_ASCII_H_

namespace gazer {

inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace gazer

#endif  // GAZER_SRC_ASCII_H_
