#include "name_tokens.h"

#include "gazer/normalizer.h"

namespace gazer {
namespace {

bool IsWord(const std::string& s, size_t i) { return IsWordByte(static_cast<unsigned char>(s[i])); }

}  // namespace

bool NextToken(const std::string& text, size_t* pos, NameToken* token) {
  const size_t n = text.size();
  size_t i = *pos;
  while (i < n && !IsWord(text, i) && text[i] != '&') ++i;
  if (i >= n) {
    *pos = n;
    return false;
  }
  size_t end = i + 1;
  if (text[i] != '&') {
    while (end < n) {
      if (IsWord(text, end)) {
        ++end;
      } else if ((text[end] == '-' || text[end] == '\'') && end + 1 < n && IsWord(text, end + 1)) {
        ++end;
      } else {
        break;
      }
    }
  }
  *token = NameToken();
  token->begin = static_cast<uint32_t>(i);
  token->end = static_cast<uint32_t>(end);
  if (end - i > 2 && text.compare(end - 2, 2, "'s") == 0) {
    token->end -= 2;
    token->possessive = true;
  }
  token->text = std::string_view(text.data() + token->begin, token->end - token->begin);
  token->capitalized = text[i] >= 'A' && text[i] <= 'Z';
  *pos = end;
  return true;
}

bool SpaceOnlyBetween(const std::string& text, const NameToken& a, const NameToken& b) {
  const size_t from = a.possessive ? a.end + 2 : a.end;
  if (from >= b.begin) return false;
  for (size_t k = from; k < b.begin; ++k) {
    if (text[k] != ' ') return false;
  }
  return true;
}

bool NewlineBetween(const std::string& text, const NameToken& a, const NameToken& b) {
  for (size_t k = a.end; k < b.begin; ++k) {
    if (text[k] == '\n') return true;
  }
  return false;
}

}  // namespace gazer
