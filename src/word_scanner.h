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
    // Every end left in the block closes the first start left in it.
    if (ends_ != 0) [[likely]] {
      *word = {block_ + static_cast<uint32_t>(__builtin_ctzll(starts_)),
               block_ + static_cast<uint32_t>(__builtin_ctzll(ends_))};
      starts_ &= starts_ - 1;
      ends_ &= ends_ - 1;
      return true;
    }
    return NextBlock(word);
  }

 private:
  static constexpr uint32_t kNoRun = 0xFFFFFFFFu;

  // Next() past the end of a block: a start left in it begins a run that
  // ends in a later block, which Load() gives its end with no start.
  bool NextBlock(WordSpan* word) {
    uint32_t begin = kNoRun;
    const auto take_start = [&] {
      if (starts_ != 0) begin = block_ + static_cast<uint32_t>(__builtin_ctzll(starts_));
      starts_ = 0;
    };
    take_start();
    for (;;) {
      if (next_block_ >= n_) {
        if (begin == kNoRun) return false;
        *word = {begin, static_cast<uint32_t>(n_)};
        return true;
      }
      Load();
      if (begin != kNoRun) {
        if (ends_ == 0) continue;  // the run fills the block
        *word = {begin, block_ + static_cast<uint32_t>(__builtin_ctzll(ends_))};
        ends_ &= ends_ - 1;
        return true;
      }
      if (ends_ != 0) return Next(word);
      take_start();
    }
  }

  // Reads the runs of the next 64 bytes into starts_ and ends_.
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
    const uint64_t after_word = (word << 1) | last_bit_;
    starts_ = word & ~after_word;
    ends_ = ~word & after_word;
    last_bit_ = word >> 63;
    block_ = static_cast<uint32_t>(block);
    next_block_ = block + 64;
  }

  const char* s_;
  size_t n_;
  size_t next_block_ = 0;
  uint32_t block_ = 0;
  uint64_t starts_ = 0;    // of the runs of the block not yet read
  uint64_t ends_ = 0;      // the bytes after them
  uint64_t last_bit_ = 0;  // the last byte of the last block was a word byte
};

}  // namespace gazer

#endif  // GAZER_SRC_WORD_SCANNER_H_
