#include "gazer/normalizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "byte_scan.h"
#include "gazer/utf8.h"

namespace gazer {
namespace {

struct FoldRow {
  constexpr FoldRow(char32_t cp, const char* c, const char* l)
      : code_point(cp), cased(c), lower(l), length(std::char_traits<char>::length(c)) {}
  char32_t code_point;
  const char* cased;
  const char* lower;
  size_t length;  // of both
};

constexpr FoldRow kFoldTable[] = {
#include "fold_table.inc"
};

// The rows of the code points below kIndexed, where nearly all that news
// text holds lie (Latin, Greek, Cyrillic, punctuation), by code point:
// the row's index plus one, or 0 for none. Others are searched for.
constexpr char32_t kIndexed = 0x3000;
constexpr std::array<uint16_t, kIndexed> MakeFoldIndex() {
  static_assert(std::size(kFoldTable) < 0xFFFF);
  std::array<uint16_t, kIndexed> index{};
  for (size_t row = 0; row < std::size(kFoldTable); ++row) {
    if (kFoldTable[row].code_point < kIndexed) index[kFoldTable[row].code_point] = static_cast<uint16_t>(row + 1);
  }
  return index;
}
constexpr std::array<uint16_t, kIndexed> kFoldIndex = MakeFoldIndex();

const FoldRow* FindFold(char32_t cp) {
  if (cp < kIndexed) return kFoldIndex[cp] == 0 ? nullptr : &kFoldTable[kFoldIndex[cp] - 1];
  const auto* end = std::end(kFoldTable);
  const auto* it = std::lower_bound(std::begin(kFoldTable), end, cp,
                                    [](const FoldRow& row, char32_t c) { return row.code_point < c; });
  return (it != end && it->code_point == cp) ? it : nullptr;
}

// ASCII bytes that fold to something other than themselves.
constexpr std::array<char, 128> MakeAsciiCased() {
  std::array<char, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = static_cast<char>(c);
  for (char c : {'\t', '\v', '\f', '\r'}) table[static_cast<int>(c)] = ' ';
  table[0] = ' ';
  table['`'] = '\'';
  return table;
}
constexpr std::array<char, 128> kAsciiCased = MakeAsciiCased();

// Copies the bytes of `in` (n bytes) up to the first that is not ASCII or
// that kAsciiCased changes, lower-cased into `folded`, and returns how many
// it copied: it reads blocks of 16, and stops short of the last block
// that does not fit. Both outputs get whole blocks of 16 bytes: the bytes
// past the returned count are to be written again.
size_t CopyPlainAscii(const char* in, size_t n, char* cased, char* folded) {
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
    const __m128i upper = byte_scan_internal::InRange(v, 'A', 'Z');
    _mm_storeu_si128(reinterpret_cast<__m128i*>(cased + i), v);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(folded + i),
                     _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    // Signed: bytes of 0x80 and up are below 0x20 too.
    const __m128i control = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i newline = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
    const __m128i grave = _mm_cmpeq_epi8(v, _mm_set1_epi8('`'));
    const unsigned special = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(newline, control), grave)));
    if (special != 0) return i + static_cast<size_t>(__builtin_ctz(special));
  }
#else
  (void)in;
  (void)n;
  (void)cased;
  (void)folded;
#endif
  return i;
}

}  // namespace

size_t NormalizedText::ToOriginal(size_t pos) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), pos,
                             [](size_t p, const Anchor& a) { return p < a.normalized; });
  // anchors_ always starts with {0, 0}.
  --it;
  return it->original + (pos - it->normalized);
}

void Normalize(std::string_view text, NormalizedText* out) {
  std::string& cased = out->cased_;
  std::string& folded = out->folded_;
  // No fold is longer than what it replaces (see gen_fold_table.py), so the
  // output fits in the input's size and is written through raw pointers.
  cased.resize(text.size());
  folded.resize(text.size());
  char* const cased_begin = cased.data();
  char* c = cased_begin;
  char* f = folded.data();
  out->anchors_.clear();
  out->anchors_.push_back({0, 0});

  bool ascii = true;
  int64_t recorded_delta = 0;  // normalized offset minus original offset
  size_t pos = 0;
  const size_t n = text.size();
  const unsigned char* in = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < n) {
    // Anchors are placed where the next character starts, so characters that
    // fold to nothing (combining marks) belong to the character before them.
    const int64_t written = c - cased_begin;
    if (written - static_cast<int64_t>(pos) != recorded_delta) {
      recorded_delta = written - static_cast<int64_t>(pos);
      out->anchors_.push_back({static_cast<uint32_t>(written), static_cast<uint32_t>(pos)});
    }
    // Fast path: a run of ASCII, 16 bytes at a time up to a byte that
    // changes in `cased`, which is copied on its own, as are the last few.
    // The output is no longer than the input, so a block written at `c`
    // stays within it.
    for (;;) {
      const size_t plain = CopyPlainAscii(text.data() + pos, n - pos, c, f);
      pos += plain;
      c += plain;
      f += plain;
      if (pos >= n || in[pos] >= 0x80) break;
      const char ch = kAsciiCased[in[pos]];
      *c++ = ch;
      *f++ = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
      ++pos;
    }
    if (pos >= n) break;
    const DecodedChar ch = DecodeUtf8(text, pos);
    const char* fold_cased = " ";
    const char* fold_lower = " ";
    size_t fold_length = 1;
    if (ch.valid) {
      if (const FoldRow* row = FindFold(ch.code_point)) {
        fold_cased = row->cased;
        fold_lower = row->lower;
        fold_length = row->length;
      } else {
        fold_cased = fold_lower = text.data() + pos;
        fold_length = ch.length;
      }
    }
    // At most 4 bytes: a byte loop, not a call.
    for (size_t k = 0; k < fold_length; ++k) {
      ascii = ascii && static_cast<unsigned char>(fold_cased[k]) < 0x80 && static_cast<unsigned char>(fold_lower[k]) < 0x80;
      c[k] = fold_cased[k];
      f[k] = fold_lower[k];
    }
    c += fold_length;
    f += fold_length;
    pos += ch.length;
  }
  out->ascii_ = ascii;
  const size_t length = static_cast<size_t>(c - cased_begin);
  cased.resize(length);
  folded.resize(length);
  if (static_cast<int64_t>(length) - static_cast<int64_t>(n) != recorded_delta) {
    out->anchors_.push_back({static_cast<uint32_t>(length), static_cast<uint32_t>(n)});
  }
}

NormalizedText Normalize(std::string_view text) {
  NormalizedText out;
  Normalize(text, &out);
  return out;
}

}  // namespace gazer
