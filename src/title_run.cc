#include "title_run.h"

#include <algorithm>
#include <stdexcept>

namespace gazer {
namespace {

bool IsAsciiLetter(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
// RE2's \b knows ASCII word characters only.
bool IsRe2Word(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

TitleRun::TitleRun(std::span<const std::string_view> any_case, std::span<const std::string_view> as_written) {
  auto add = [&](std::span<const std::string_view> titles, bool fold) {
    std::vector<std::string_view> sorted(titles.begin(), titles.end());
    // Longest first; titles of one length that can match the same text are
    // the same pattern, so their order does not matter.
    std::stable_sort(sorted.begin(), sorted.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    for (std::string_view title : sorted) {
      if (title.empty() || !IsAsciiLetter(title[0]) ||
          !std::all_of(title.begin(), title.end(), [](char c) { return IsAsciiLetter(c) || c == ' ' || c == '-'; })) {
        throw std::logic_error("title unfit for TitleRun");
      }
      std::string text(title);
      if (fold) std::transform(text.begin(), text.end(), text.begin(), Lower);
      by_letter_[Lower(title[0]) - 'a'].push_back({std::move(text), fold});
    }
  };
  add(any_case, true);
  add(as_written, false);
}

size_t TitleRun::One(std::string_view text, size_t pos, size_t limit) const {
  if (pos >= limit || !IsAsciiLetter(text[pos])) return 0;
  for (const Title& title : by_letter_[Lower(text[pos]) - 'a']) {
    const std::string& t = title.text;
    if (t.size() > limit - pos) continue;
    size_t k = 0;
    for (; k < t.size(); ++k) {
      const char c = text[pos + k];
      if (t[k] == ' ' || t[k] == '-') {
        if (c != ' ' && c != '-') break;
      } else if ((title.any_case ? Lower(c) : c) != t[k]) {
        break;
      }
    }
    if (k < t.size()) continue;
    // \.?,? + : backing off the optional marks cannot help, as neither is a
    // space.
    size_t q = pos + k;
    if (q < limit && text[q] == '.') ++q;
    if (q < limit && text[q] == ',') ++q;
    if (q >= limit || text[q] != ' ') continue;
    while (q < limit && text[q] == ' ') ++q;
    return q - pos;
  }
  return 0;
}

size_t TitleRun::Length(std::string_view text, size_t begin, size_t limit) const {
  if (begin == 0 || !IsRe2Word(text[begin - 1])) {
    // Nothing follows the repetition, so each round takes the first title
    // that fits, and the run stops where none does.
    size_t pos = begin;
    for (size_t step; (step = One(text, pos, limit)) != 0;) pos += step;
    if (pos > begin) return pos - begin;
  }
  if ((begin == 0 || text[begin - 1] == '\n') && limit - begin >= 3 && text.compare(begin, 3, "By ") == 0) {
    size_t q = begin + 2;
    while (q < limit && text[q] == ' ') ++q;
    return q - begin;
  }
  return 0;
}

}  // namespace gazer
