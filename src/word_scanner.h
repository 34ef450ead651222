// WordScanner: the runs of word bytes (IsWordByte) of a normalized text, in
// order, found 64 bytes at a time: the stages that go from word to word
// (the matcher, the title pass) read them instead of testing every byte.
// Nothing is stored per word, so a huge article costs no extra memory.
#ifndef GAZER_SRC_WORD_SCANNER_H_
#define GAZER_SRC_WORD_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "byte_scan.h"

namespace gazer {

struct WordSpan {
  uint32_t begin;
  uint32_t end;
};

class WordScanner {
 public:
  explicit WordScanner(const std::string& text) : s_(text.data()), n_(text.size()) {}

  // The next run of word bytes; false at the end of the text.
  bool Next(WordSpan* word) {
    // Edges alternate between the start of a run and its end; a run that
    // reaches the end of a block ends in a later one.
    for (;;) {
      if (edges_ != 0) {
        const uint32_t at = block_ + static_cast<uint32_t>(__builtin_ctzll(edges_));
        edges_ &= edges_ - 1;
        if (!in_word_) {
          begin_ = at;
          in_word_ = true;
          continue;
        }
        in_word_ = false;
        *word = {begin_, at};
        return true;
      }
      if (next_block_ >= n_) {
        if (!in_word_) return false;
        in_word_ = false;
        *word = {begin_, static_cast<uint32_t>(n_)};
        return true;
      }
      Load();
    }
  }

 private:
  // Reads the word bytes of the next 64 bytes into edges_.
  void Load() {
    const size_t block = next_block_;
    uint64_t word = 0;
    size_t k = 0;
#if defined(__SSE2__)
    for (; k < 64 && block + k + 16 <= n_; k += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_ + block + k));
      word |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(byte_scan_internal::WordBytes(v)))) << k;
    }
#endif
    for (; k < 64 && block + k < n_; ++k) word |= static_cast<uint64_t>(kIsWordByte(s_[block + k])) << k;
    // Bits past the text are clear, so a run that reaches its end ends
    // there unless the text fills the block.
    edges_ = word ^ ((word << 1) | last_bit_);
    last_bit_ = word >> 63;
    block_ = static_cast<uint32_t>(block);
    next_block_ = block + 64;
  }

  const char* s_;
  size_t n_;
  size_t next_block_ = 0;
  uint32_t block_ = 0;
  uint64_t edges_ = 0;
  uint64_t last_bit_ = 0;  // the last byte of the last block was a word byte
  uint32_t begin_ = 0;
  bool in_word_ = false;
};

}  // namespace gazer

#endif  // GAZER_SRC_WORD_SCANNER_H_
