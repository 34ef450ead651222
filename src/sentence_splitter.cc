#include "gazer/sentence_splitter.h"

#include "ascii.h"
#include "byte_scan.h"
#include "common_words.h"
#include "word_set.h"

namespace gazer {
namespace {

// Words that take a period without ending a sentence, as written (case
// matters: "No." is an abbreviation, "no." ends a sentence).
constexpr std::string_view kAbbreviations[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
    "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep", "Pres", "Sec", "Amb", "Rev", "Hon", "Gens", "Lieut", "Cmdt",
    "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "No", "Nos", "Vol", "Fig", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr",
    "Bros", "vs", "etc", "al", "approx", "ca", "cf", "e.g", "i.e", "a.m", "p.m", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
    "Thurs", "Fri", "Sat", "Sun", "Dept", "Univ", "Assn", "Est", "Op", "Art", "Sect", "pp", "p"};
constexpr WordSet<256> kAbbreviationSet(kAbbreviations);

bool IsBlank(char c) { return c == ' '; }

bool IsAbbreviation(std::string_view word) {
  while (!word.empty() && (word.front() == '"' || word.front() == '(' || word.front() == '\'')) {
    word.remove_prefix(1);
  }
  if (word.size() == 1 && IsUpper(word[0])) return true;     // an initial
  if (word.find('.') != std::string_view::npos) return true;  // U.S, U.N, e.g
  return kAbbreviationSet.Contains(word);
}

// Abbreviations that end sentences as often as not ("at 3 p.m. Turkey
// objected", "tanks, drones etc. The army", "Lockheed Martin Corp. The
// company").
constexpr std::string_view kOftenFinalAbbreviations[] = {"a.m", "p.m", "etc", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr"};
constexpr WordSet<32> kOftenFinalSet(kOftenFinalAbbreviations);

// True if the capitalized word at `k` of `text` starts a new sentence after
// such an abbreviation: a function word ("The", "He", "But") does after
// any; after a time, any word but a day or month, a time zone ("EDT") or
// a place whose time it is ("5 p.m. Moscow time").
bool StartsSentenceAfter(std::string_view abbreviation, std::string_view text, size_t k) {
  size_t e = k;
  while (e < text.size() && (IsUpper(text[e]) || IsLower(text[e]))) ++e;
  const std::string_view word = text.substr(k, e - k);
  if (IsCapitalizedFunctionWord(word)) return true;
  if (abbreviation != "a.m" && abbreviation != "p.m") return false;
  if (word.empty() || IsDayOrMonth(word)) return false;
  bool capitals = word.size() <= 4;
  for (char c : word) capitals = capitals && IsUpper(c);
  if (capitals) return false;
  return text.substr(e, 5) != " time";
}

}  // namespace

void SentenceSplitter::Split(std::string_view text, std::vector<Sentence>* out) const {
  out->clear();
  const size_t n = text.size();
  uint32_t paragraph = 0;
  size_t start = 0;
  bool blank_line_pending = false;

  auto emit = [&](size_t begin, size_t end) {
    while (begin < end && (IsBlank(text[begin]) || text[begin] == '\n')) ++begin;
    while (end > begin && (IsBlank(text[end - 1]) || text[end - 1] == '\n')) --end;
    if (begin == end) return;
    if (blank_line_pending && !out->empty()) ++paragraph;
    blank_line_pending = false;
    out->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), paragraph});
  };

  for (size_t i = FindSentenceMark(text.data(), 0, n); i < n; i = FindSentenceMark(text.data(), i + 1, n)) {
    const char c = text[i];
    if (c == '\n') {
      emit(start, i);
      start = i + 1;
      // A line holding only blanks ends the paragraph.
      size_t j = i + 1;
      while (j < n && IsBlank(text[j])) ++j;
      if (j < n && text[j] == '\n') blank_line_pending = true;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    size_t j = i + 1;
    while (j < n && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
    while (j < n && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']')) ++j;
    if (j >= n || !IsBlank(text[j])) continue;  // 3.5, U.S.-led, end of text
    size_t k = j;
    while (k < n && IsBlank(text[k])) ++k;
    if (k >= n || text[k] == '\n') continue;  // the line break ends it
    const char next = text[k];
    if (!IsUpper(next) && !IsDigit(next) && next != '"' && next != '\'' && next != '(' &&
        static_cast<unsigned char>(next) < 0x80) {
      continue;
    }
    if (c == '.' && j == i + 1) {
      size_t w = i;
      while (w > start && !IsBlank(text[w - 1]) && text[w - 1] != '\n') --w;
      const std::string_view word = text.substr(w, i - w);
      if (IsAbbreviation(word) && !(kOftenFinalSet.Contains(word) && StartsSentenceAfter(word, text, k))) continue;
    }
    emit(start, j);
    start = j;
  }
  emit(start, n);
}

}  // namespace gazer
