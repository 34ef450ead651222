#include "ship_noun.h"

#include <string_view>

#include "ascii.h"
#include "common_words.h"
#include "word_set.h"

namespace gazer {
namespace {

// Types of warship. Not "ship", "vessel", "tanker" or "icebreaker", which
// name civilian ships as often ("the tanker Eagle S"), nor "carrier" alone
// ("the carrier Delta"): an aircraft carrier is read from two words.
constexpr std::string_view kShipNouns[] = {"destroyer", "frigate",     "corvette",   "submarine", "cruiser",
                                           "warship",   "minesweeper", "minehunter", "cutter",    "battleship"};
constexpr WordSet<32> kShipNounSet(kShipNouns);

// The end of the ship-name word at `begin` of `text`, without a possessive
// 's, or `begin` if none starts there: a capitalized word with a lower-case
// letter that is no function word, day or month.
size_t ShipWordEnd(const std::string& text, size_t begin) {
  if (begin >= text.size()) return begin;
  size_t end = TokenEnd(text, begin);
  if (end >= begin + 3 && text[end - 2] == '\'' && text[end - 1] == 's') end -= 2;
  const std::string_view word(text.data() + begin, end - begin);
  if (word.size() < 2 || !IsUpper(word[0]) || !IsLower(word[1])) return begin;
  if (IsCapitalizedFunctionWord(word) || IsDayOrMonth(word)) return begin;
  return end;
}

// True if the lower-case word that ends one space before `begin` is a
// warship's type.
bool AfterShipNoun(const std::string& text, size_t begin) {
  if (begin < 7 || text[begin - 1] != ' ' || !IsLower(text[begin - 2])) return false;
  size_t noun = begin - 1;
  while (noun > 0 && IsLower(text[noun - 1])) --noun;
  if (noun > 0 && text[noun - 1] != ' ') return false;
  const std::string_view word(text.data() + noun, begin - 1 - noun);
  if (word == "carrier") return noun >= 9 && text.compare(noun - 9, 9, "aircraft ") == 0;
  return kShipNounSet.Contains(word);
}

}  // namespace

void FindShipNamesAfterTypeNouns(const std::string& text, CapitalTokens* capitals, std::vector<NameSpan>* names) {
  constexpr size_t kMaxWords = 4;
  size_t last_end = 0;
  while (const CapitalToken* capital = capitals->Next()) {
    const size_t begin = capital->token.begin;
    if (begin < last_end || !AfterShipNoun(text, begin)) continue;
    size_t end = ShipWordEnd(text, begin);
    if (end == begin) continue;
    for (size_t words = 1; words < kMaxWords && end + 1 < text.size() && text[end] == ' '; ++words) {
      const size_t next = ShipWordEnd(text, end + 1);
      if (next == end + 1) break;
      end = next;
    }
    names->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    last_end = end;
  }
}

}  // namespace gazer
