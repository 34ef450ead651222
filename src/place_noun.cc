#include "place_noun.h"

#include <string_view>

#include "ascii.h"
#include "common_words.h"
#include "word_set.h"

namespace gazer {
namespace {

// Nouns for settlements, districts and islands. Not "area", "state" or
// "region", which news also puts before things that are no place ("the
// area of Responsibility", "the State of Emergency").
constexpr std::string_view kPlaceNouns[] = {
    "city",     "commune",   "district",     "enclave",   "governorate", "hamlet",  "island",
    "locality", "municipality", "neighborhood", "neighbourhood", "oasis", "port", "province",
    "settlement", "suburb",  "town",         "township",  "village",
};

constexpr WordSet<64> kPlaceNounSet(kPlaceNouns);

// The end of the name word at `begin` of `text`, without a possessive 's,
// or `begin` if none starts there: a capitalized word with a lower-case
// letter and no other capital inside a part, that is no function word, day
// or month; or a prefixed word ("al-Ain").
size_t NameWordEnd(const std::string& text, size_t begin) {
  if (begin >= text.size()) return begin;
  size_t end = TokenEnd(text, begin);
  if (end >= begin + 3 && text[end - 2] == '\'' && text[end - 1] == 's') end -= 2;
  const std::string_view word(text.data() + begin, end - begin);
  if (IsPrefixedNameWord(word)) return end;
  if (word.size() < 2 || !IsUpper(word[0]) || !IsLower(word[1])) return begin;
  if (IsCapitalizedFunctionWord(word) || IsDayOrMonth(word)) return begin;
  // A capital inside a part of the word is the shape of a brand ("the port
  // of OpenBSD"), not of a place.
  for (size_t k = 1; k < word.size(); ++k) {
    if (IsUpper(word[k]) && word[k - 1] != '-' && word[k - 1] != '\'') return begin;
  }
  return end;
}

}  // namespace

void FindNamesAfterPlaceNouns(const std::string& text, const std::vector<Mention>& mentions, CapitalTokens* capitals,
                              std::vector<NameSpan>* names) {
  constexpr size_t kMaxWords = 3;
  size_t next_mention = 0;
  size_t last_end = 0;
  while (const CapitalToken* capital = capitals->Next()) {
    const size_t begin = capital->token.begin;
    // Read byte by byte: this runs for every capital token of the text.
    const char* const at = text.data() + begin;
    if (begin < 6 || at[-1] != ' ' || at[-2] != 'f' || at[-3] != 'o' || at[-4] != ' ' || begin < last_end) continue;
    size_t noun = begin - 4;
    while (noun > 0 && IsLower(text[noun - 1])) --noun;
    if (noun > 0 && text[noun - 1] != ' ') continue;
    if (!kPlaceNounSet.Contains(std::string_view(text.data() + noun, begin - 4 - noun))) continue;
    size_t end = NameWordEnd(text, begin);
    if (end == begin) continue;
    for (size_t words = 1; words < kMaxWords && end + 1 < text.size() && text[end] == ' '; ++words) {
      const size_t next = NameWordEnd(text, end + 1);
      if (next == end + 1) break;
      end = next;
    }
    while (next_mention < mentions.size() && mentions[next_mention].end <= begin) ++next_mention;
    if (next_mention < mentions.size() && mentions[next_mention].begin < end) continue;
    names->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    last_end = end;
  }
}

}  // namespace gazer
