// Byte scans for the hot loops: the index of the first byte of a class,
// 16 bytes at a time with SSE2 (part of every x86-64), one at a time
// elsewhere. Each returns `n` when no byte in [from, n) is of the class.
#ifndef GAZER_SRC_BYTE_SCAN_H_
#define GAZER_SRC_BYTE_SCAN_H_

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gazer {

// IsWordByte() (normalizer.h) as a table, for loops that test every byte.
struct WordByteTable {
  bool is_word[256];
  constexpr WordByteTable() : is_word() {
    for (int c = 0; c < 256; ++c) {
      is_word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    }
  }
  bool operator()(char c) const { return is_word[static_cast<unsigned char>(c)]; }
};
inline constexpr WordByteTable kIsWordByte;

namespace byte_scan_internal {

#if defined(__SSE2__)
// Runs `mask_of` (16 bytes -> bit mask of the wanted ones) over [from, n).
template <typename MaskOf, typename IsWanted>
inline size_t Scan(const char* s, size_t from, size_t n, MaskOf mask_of, IsWanted is_wanted) {
  size_t i = from;
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const unsigned mask = static_cast<unsigned>(mask_of(v));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
  for (; i < n; ++i) {
    if (is_wanted(static_cast<unsigned char>(s[i]))) return i;
  }
  return n;
}
#else
template <typename MaskOf, typename IsWanted>
inline size_t Scan(const char* s, size_t from, size_t n, MaskOf, IsWanted is_wanted) {
  for (size_t i = from; i < n; ++i) {
    if (is_wanted(static_cast<unsigned char>(s[i]))) return i;
  }
  return n;
}
#endif

#if defined(__SSE2__)
// The bytes of 16 in [lo, hi] (ASCII) as a mask of set bytes: shifted so
// that lo becomes -128, one signed compare tells them.
inline __m128i InRange(__m128i v, char lo, char hi) {
  const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-128 - lo)));
  return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo) + 1)));
}

// The word bytes of 16 (see WordByteTable) as a mask of set bytes.
inline __m128i WordBytes(__m128i v) {
  // Signed compares: bytes of 0x80 and up are negative, and word bytes.
  const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
  const __m128i digit = InRange(v, '0', '9');
  const __m128i letter = InRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');  // only A-Z and a-z land in a-z
  return _mm_or_si128(high, _mm_or_si128(digit, letter));
}
#endif

}  // namespace byte_scan_internal

// A byte that is not a word byte.
inline size_t FindNonWordByte(const char* s, size_t from, size_t n) {
  return byte_scan_internal::Scan(
      s, from, n,
#if defined(__SSE2__)
      [](__m128i v) { return _mm_movemask_epi8(byte_scan_internal::WordBytes(v)) ^ 0xFFFF; },
#else
      nullptr,
#endif
      [](unsigned char c) { return !kIsWordByte.is_word[c]; });
}

// An ASCII capital, 'A' to 'Z'.
inline size_t FindUpper(const char* s, size_t from, size_t n) {
  return byte_scan_internal::Scan(
      s, from, n,
#if defined(__SSE2__)
      [](__m128i v) {
        // Signed compares: bytes of 0x80 and up are negative, so never in range.
        const __m128i above = _mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1));
        const __m128i below = _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1));
        return _mm_movemask_epi8(_mm_and_si128(above, below));
      },
#else
      nullptr,
#endif
      [](unsigned char c) { return c >= 'A' && c <= 'Z'; });
}

// A byte a JSON string cannot hold as it is, or that needs a UTF-8 check:
// below 0x20, '"', '\\', 0x7F, or 0x80 and up.
inline size_t FindJsonSpecial(const char* s, size_t from, size_t n) {
  return byte_scan_internal::Scan(
      s, from, n,
#if defined(__SSE2__)
      [](__m128i v) {
        // Signed: 0x80 and up are negative, so below 0x20 too.
        __m128i special = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
        special = _mm_or_si128(special, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
        special = _mm_or_si128(special, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
        special = _mm_or_si128(special, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
        return _mm_movemask_epi8(special);
      },
#else
      nullptr,
#endif
      [](unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x7F; });
}

// A byte that may end a sentence or a line: '.', '!', '?' or '\n'.
inline size_t FindSentenceMark(const char* s, size_t from, size_t n) {
  return byte_scan_internal::Scan(
      s, from, n,
#if defined(__SSE2__)
      [](__m128i v) {
        __m128i mark = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
        mark = _mm_or_si128(mark, _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
        mark = _mm_or_si128(mark, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
        mark = _mm_or_si128(mark, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
        return _mm_movemask_epi8(mark);
      },
#else
      nullptr,
#endif
      [](unsigned char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; });
}

// The length of the run of ASCII bytes at `from`, in whole blocks of 16
// (a multiple of 16, possibly 0), not reading past `n`.
inline size_t AsciiBlocks(const char* s, size_t from, size_t n) {
  size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    if (_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i))) != 0) break;
  }
#else
  (void)s;
  (void)n;
#endif
  return i - from;
}

// Calls on_run(begin, end) for each maximal run of ASCII letters in [0, n),
// in order.
template <typename OnRun>
inline void ForEachLetterRun(const char* s, size_t n, OnRun on_run) {
  const auto is_letter = [](unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };
  size_t run_begin = 0;
  bool in_run = false;
  uint32_t carry = 0;  // the last byte of the previous block was a letter
  for (size_t block = 0; block < n; block += 16) {
    uint32_t letters = 0;
#if defined(__SSE2__)
    if (block + 16 <= n) {
      const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + block)), _mm_set1_epi8(0x20));
      // Signed compares: bytes of 0x80 and up are negative, so never letters.
      const __m128i above = _mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1));
      const __m128i below = _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1));
      letters = static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(above, below)));
    } else
#endif
    {
      const size_t stop = block + 16 <= n ? 16 : n - block;
      for (size_t k = 0; k < stop; ++k) letters |= static_cast<uint32_t>(is_letter(static_cast<unsigned char>(s[block + k]))) << k;
    }
    const uint32_t after_letter = (letters << 1) | carry;
    uint32_t edges = (letters & ~after_letter) | (~letters & after_letter & 0xFFFF);
    carry = (letters >> 15) & 1;
    while (edges != 0) {
      const size_t at = block + static_cast<size_t>(__builtin_ctz(edges));
      edges &= edges - 1;
      if (at >= n) break;
      if (!in_run) {
        run_begin = at;
        in_run = true;
      } else {
        in_run = false;
        on_run(run_begin, at);
      }
    }
  }
  if (in_run) on_run(run_begin, n);
}

}  // namespace gazer

#endif  // GAZER_SRC_BYTE_SCAN_H_
