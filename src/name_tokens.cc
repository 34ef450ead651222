#include "name_tokens.h"

#include "byte_scan.h"

namespace gazer {

bool NextToken(const std::string& text, size_t* pos, NameToken* token) {
  const char* const s = text.data();
  const size_t n = text.size();
  size_t i = *pos;
  while (i < n && !kIsWordByte(s[i]) && s[i] != '&') ++i;
  if (i >= n) {
    *pos = n;
    return false;
  }
  size_t end = i + 1;
  if (s[i] != '&') {
    for (;;) {
      while (end < n && kIsWordByte(s[end])) ++end;
      // An inner hyphen or apostrophe joins (al-Assad, O'Brien).
      if (end + 1 < n && (s[end] == '-' || s[end] == '\'') && kIsWordByte(s[end + 1])) {
        end += 2;
        continue;
      }
      break;
    }
  }
  token->begin = static_cast<uint32_t>(i);
  token->end = static_cast<uint32_t>(end);
  token->possessive = end - i > 2 && s[end - 2] == '\'' && s[end - 1] == 's';
  if (token->possessive) token->end -= 2;
  token->text = std::string_view(s + token->begin, token->end - token->begin);
  token->capitalized = s[i] >= 'A' && s[i] <= 'Z';
  *pos = end;
  return true;
}

size_t TokenEnd(const std::string& text, size_t begin) {
  size_t end = begin;
  while (end < text.size()) {
    if (kIsWordByte(text[end])) {
      ++end;
    } else if ((text[end] == '-' || text[end] == '\'') && end > begin && end + 1 < text.size() &&
               kIsWordByte(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  return end;
}

size_t TokenStart(const std::string& text, size_t end) {
  size_t begin = end;
  while (begin > 0) {
    if (kIsWordByte(text[begin - 1])) {
      --begin;
    } else if ((text[begin - 1] == '-' || text[begin - 1] == '\'') && begin < end && begin > 1 &&
               kIsWordByte(text[begin - 2])) {
      --begin;
    } else {
      break;
    }
  }
  return begin;
}

bool SpaceOnlyBetween(const std::string& text, const NameToken& a, const NameToken& b) {
  const size_t from = a.possessive ? a.end + 2 : a.end;
  if (from >= b.begin) return false;
  for (size_t k = from; k < b.begin; ++k) {
    if (text[k] != ' ') return false;
  }
  return true;
}

}  // namespace gazer
