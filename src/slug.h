// The slugs of entity ids: Slugify (gazetteer.h) and AppendSlug, its form
// for the names the finders make ids of, written into a string the caller
// reuses. Both keep the bytes the same way (AppendSlugOfBytes).
#ifndef GAZER_SRC_SLUG_H_
#define GAZER_SRC_SLUG_H_

#include <algorithm>
#include <string>
#include <string_view>

#include "gazer/gazetteer.h"

namespace gazer {

// Appends the slug of `bytes`: ASCII letters in lower case, digits, and
// '.' between two digits ("2.0") kept, and one '-' for every run of other
// bytes between two kept ones, so that initials make no dots ("A. K.
// Bhatt" -> "a-k-bhatt").
inline void AppendSlugOfBytes(std::string_view bytes, std::string* out) {
  // A dash stands for one byte or more, so the slug is no longer than the text.
  const size_t old_size = out->size();
  out->resize(old_size + bytes.size());
  char* const begin = out->data() + old_size;
  char* p = begin;
  bool dash = false;
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    const bool decimal_point = c == '.' && i > 0 && digit(bytes[i - 1]) && i + 1 < bytes.size() && digit(bytes[i + 1]);
    if ((c >= 'a' && c <= 'z') || digit(c) || decimal_point) {
      if (dash && p != begin) *p++ = '-';
      *p++ = c;
      dash = false;
    } else {
      dash = true;
    }
  }
  out->resize(old_size + static_cast<size_t>(p - begin));
}

// Appends Slugify(text) to *out. Most names are ASCII, where Normalize
// lower-cases letters and changes no byte to one a slug keeps, so the slug
// is made from the bytes themselves; other text goes through Slugify.
inline void AppendSlug(std::string_view text, std::string* out) {
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    out->append(Slugify(text));
  } else {
    AppendSlugOfBytes(text, out);
  }
}

}  // namespace gazer

#endif  // GAZER_SRC_SLUG_H_
