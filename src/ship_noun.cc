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

// Words a class name is followed by besides the type nouns: "Kilo-class
// boats", "a Ford-class carrier", "Hobart-class air warfare destroyers".
constexpr std::string_view kClassFollowers[] = {
    "ship",      "vessel",     "boat",           "carrier",         "patrol",
    "landing",   "amphibious", "guided-missile", "nuclear-powered", "attack",
    "ballistic", "offshore",   "littoral",       "aircraft",        "air",
    "stealth",   "multi-role", "multirole",      "diesel-electric", "nuclear",
    "missile",   "fast",       "assault",        "helicopter"};
constexpr WordSet<64> kClassFollowerSet(kClassFollowers);

// Counts that start a sentence capitalized ("Two Gowind-class corvettes").
constexpr std::string_view kCountWords[] = {"One",   "Two",   "Three", "Four",   "Five",    "Six",
                                            "Seven", "Eight", "Nine",  "Ten",    "Twelve",  "Several",
                                            "Many",  "Most",  "Few",   "Dozens", "Hundreds"};
constexpr WordSet<64> kCountWordSet(kCountWords);

// True if the lower-case word at `begin` of `text`, less a plural 's', is a
// warship's type noun or a word that follows a class name.
bool ClassFollowerAt(const std::string& text, size_t begin) {
  size_t end = begin;
  while (end < text.size() && (IsLower(text[end]) || text[end] == '-')) ++end;
  if (end == begin || (end < text.size() && IsAsciiLetter(text[end]))) return false;
  std::string_view word(text.data() + begin, end - begin);
  if (word.size() > 3 && word.back() == 's') word.remove_suffix(1);
  return kShipNounSet.Contains(word) || kClassFollowerSet.Contains(word);
}

// The start of the capitalized word that ends at `end` of `text`, or `end`
// if none does: a ship-name word, or an initial ("Gerald R. Ford").
size_t ClassWordBegin(const std::string& text, size_t end) {
  size_t begin = end;
  while (begin > 0 && (IsAsciiLetter(text[begin - 1]) || text[begin - 1] == '.')) --begin;
  if (begin == end || (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n')) return end;
  const std::string_view word(text.data() + begin, end - begin);
  if (word.size() == 2 && IsUpper(word[0]) && word[1] == '.') return begin;
  if (word.size() < 2 || !IsUpper(word[0]) || !IsLower(word[1]) || word.find('.') != std::string_view::npos) {
    return end;
  }
  return IsCapitalizedFunctionWord(word) || IsDayOrMonth(word) ? end : begin;
}

// True if `begin` of `text` starts a sentence: the text's or a line's
// start, or after a full stop and a space.
bool StartsSentence(const std::string& text, size_t begin) {
  return begin == 0 || text[begin - 1] == '\n' || (begin >= 2 && text[begin - 1] == ' ' && text[begin - 2] == '.');
}

}  // namespace

void FindShipClassNames(const std::string& text, std::vector<NameSpan>* names) {
  constexpr std::string_view kClass = "-class ";
  constexpr size_t kMaxWords = 3;
  for (size_t at = text.find(kClass); at != std::string::npos; at = text.find(kClass, at + 1)) {
    if (!ClassFollowerAt(text, at + kClass.size())) continue;
    size_t begin = ClassWordBegin(text, at);
    if (begin == at || text[begin + 1] == '.') continue;  // the last word is a name, not an initial
    for (size_t words = 1; words < kMaxWords && begin >= 2 && text[begin - 1] == ' ';) {
      const size_t previous = ClassWordBegin(text, begin - 1);
      if (previous == begin - 1) break;
      begin = previous;
      ++words;
    }
    size_t first_end = begin;
    while (IsAsciiLetter(text[first_end])) ++first_end;
    if (StartsSentence(text, begin) &&
        kCountWordSet.Contains(std::string_view(text.data() + begin, first_end - begin))) {
      if (first_end + 1 >= at) continue;
      begin = first_end + 1;
    }
    names->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(at + kClass.size() - 1)});
  }
}

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
