#include "title_run.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace gazer {
namespace {

bool IsAsciiLetter(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
// RE2's \b knows ASCII word characters only.
bool IsRe2Word(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

uint64_t TitleRun::Head(const char* p, size_t length, size_t available) {
  uint64_t v = 0;
  if (available >= 8 && std::endian::native == std::endian::little) {
    std::memcpy(&v, p, 8);
    return length >= 8 ? v : v & ((uint64_t{1} << (8 * length)) - 1);
  }
  for (size_t i = 0; i < length && i < 8; ++i) v |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return v;
}

size_t TitleRun::Bucket(char first, char second, size_t length) {
  const uint32_t key = (static_cast<uint32_t>(Lower(first)) << 16) | (static_cast<uint32_t>(Lower(second)) << 8) |
                       static_cast<uint32_t>(length);
  return (key * 0x9E3779B1u) >> 22;  // kBuckets = 2^10
}

TitleRun::TitleRun(std::span<const std::string_view> any_case, std::span<const std::string_view> as_written) {
  std::vector<std::pair<size_t, Title>> keyed;
  auto add = [&](std::span<const std::string_view> titles, bool fold) {
    std::vector<std::string_view> sorted(titles.begin(), titles.end());
    // Longest first; titles of one length that can match the same text are
    // the same pattern, so their order does not matter.
    std::stable_sort(sorted.begin(), sorted.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    for (std::string_view title : sorted) {
      const size_t first_word = std::min(title.find_first_of(" -"), title.size());
      if (first_word < 2 || first_word > 15 || !std::all_of(title.begin(), title.begin() + first_word, IsAsciiLetter) ||
          !std::all_of(title.begin(), title.end(), [](char c) { return IsAsciiLetter(c) || c == ' ' || c == '-'; })) {
        throw std::logic_error("title unfit for TitleRun");
      }
      std::string text(title);
      if (fold) std::transform(text.begin(), text.end(), text.begin(), Lower);
      const uint64_t head = Head(text.data(), std::min<size_t>(first_word, 8), 0);
      keyed.push_back({Bucket(title[0], title[1], first_word),
                       Title{std::move(text), fold, static_cast<uint32_t>(first_word), head}});
    }
  };
  add(any_case, true);
  add(as_written, false);
  // Titles with different first words cannot both match at one place, so
  // only the order of those with the same first word needs keeping.
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t k = 0;
  for (size_t b = 0; b <= kBuckets; ++b) {
    bucket_begin_[b] = static_cast<uint16_t>(k);
    while (k < keyed.size() && keyed[k].first == b) titles_.push_back(std::move(keyed[k++].second));
  }
}

// The number of ASCII letters at `p`, up to 16, of `available` bytes.
size_t LetterRun(const char* p, size_t available) {
  size_t n = 0;
  for (; n < 16 && n + 8 <= available; n += 8) {
    // Per byte: lower-cased, in 'a'..'z' and below 0x80; adding to 7 bits
    // carries into no other byte.
    uint64_t v;
    std::memcpy(&v, p + n, 8);
    const uint64_t x = v | 0x2020202020202020ull;
    const uint64_t low = x & 0x7F7F7F7F7F7F7F7Full;
    const uint64_t from_a = low + (0x80 - 'a') * 0x0101010101010101ull;
    const uint64_t past_z = low + (0x80 - 'z' - 1) * 0x0101010101010101ull;
    const uint64_t other = ~(from_a & ~past_z & ~x) & 0x8080808080808080ull;
    if (other != 0) return n + static_cast<size_t>(std::countr_zero(other)) / 8;
  }
  while (n < 16 && n < available && IsAsciiLetter(p[n])) ++n;
  return n;
}

size_t TitleRun::One(std::string_view text, size_t pos, size_t limit) const {
  // A title's first word is the whole letter run at `pos`.
  const size_t length = LetterRun(text.data() + pos, limit - pos);
  if (length < 2 || length > 15) return 0;
  const size_t bucket = Bucket(text[pos], text[pos + 1], length);
  if (bucket_begin_[bucket] == bucket_begin_[bucket + 1]) return 0;
  // The first word's first 8 letters, compared at once; setting 0x20
  // lower-cases a letter and nothing else turns into one.
  const size_t head_length = std::min<size_t>(length, 8);
  const uint64_t head = Head(text.data() + pos, head_length, text.size() - pos);
  const uint64_t lower_head = head | (0x2020202020202020ull >> (64 - 8 * head_length));
  for (size_t i = bucket_begin_[bucket]; i < bucket_begin_[bucket + 1]; ++i) {
    const Title& title = titles_[i];
    const std::string& t = title.text;
    if (title.first_word != length || (title.any_case ? lower_head : head) != title.head || t.size() > limit - pos) {
      continue;
    }
    size_t k = head_length;
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
    // space. Only titles as written are abbreviations ("Gen."): after the
    // others a period ends a sentence ("said a former diplomat. Rose
    // Garden talks").
    size_t q = pos + k;
    if (q < limit && text[q] == '.' && !title.any_case) ++q;
    if (q < limit && text[q] == ',') ++q;
    if (q >= limit || text[q] != ' ') continue;
    while (q < limit && text[q] == ' ') ++q;
    return q - pos;
  }
  return 0;
}

// The grade that follows a rank at `pos` of `text`, with the spaces after
// it: "1st Class" ... "3rd Class", "First Class" ... "Third Class" ("Sgt.
// 1st Class", "Petty Officer 2nd Class"); 0 if none.
size_t GradeLength(std::string_view text, size_t pos, size_t limit) {
  static constexpr std::string_view kGrades[] = {"1st Class", "2nd Class", "3rd Class",
                                                 "First Class", "Second Class", "Third Class"};
  for (std::string_view grade : kGrades) {
    if (limit - pos > grade.size() && text.compare(pos, grade.size(), grade) == 0 && text[pos + grade.size()] == ' ') {
      size_t end = pos + grade.size();
      while (end < limit && text[end] == ' ') ++end;
      return end - pos;
    }
  }
  return 0;
}

size_t TitleRun::Length(std::string_view text, size_t begin, size_t limit) const {
  if (begin == 0 || !IsRe2Word(text[begin - 1])) {
    // Nothing follows the repetition, so each round takes the first title
    // that fits, and the run stops where none does. A grade may follow a
    // title.
    size_t pos = begin;
    for (size_t step; (step = One(text, pos, limit)) != 0 || (pos > begin && (step = GradeLength(text, pos, limit)) != 0);) {
      pos += step;
    }
    if (pos > begin) return pos - begin;
  }
  if ((begin == 0 || text[begin - 1] == '\n') && limit - begin >= 3 && text.compare(begin, 3, "By ") == 0) {
    size_t q = begin + 2;
    while (q < limit && text[q] == ' ') ++q;
    for (size_t step; (step = One(text, q, limit)) != 0;) q += step;  // "By Dr. Elena Marchetti"
    return q - begin;
  }
  return 0;
}

}  // namespace gazer
