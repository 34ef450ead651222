// WordHash: the hash of a word's bytes, read 8 at a time. The alias trie
// hashes the first words of its keys at build time and the matcher hashes
// every word of the text, so both must use this one function; a change to
// it changes the trie image (its magic number must change too).
#ifndef GAZER_SRC_WORD_HASH_H_
#define GAZER_SRC_WORD_HASH_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace gazer {

namespace word_hash_internal {

inline uint64_t Load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The first `length` (1 to 8) bytes at `p`, as a little-endian number;
// `available` bytes can be read from `p`.
inline uint64_t Tail(const char* p, size_t length, size_t available) {
  if (std::endian::native == std::endian::little && available >= 8) {
    return Load8(p) & (~uint64_t{0} >> (64 - 8 * length));
  }
  uint64_t v = 0;
  for (size_t i = 0; i < length; ++i) v |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return v;
}

inline uint64_t Mix(uint64_t h, uint64_t bytes) {
  h = (h ^ bytes) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

inline uint64_t Finish(uint64_t h) {
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

}  // namespace word_hash_internal

// The hash of `length` (at least 1) bytes at `p`; `available` bytes, at
// least `length`, can be read from `p`.
inline uint64_t HashWord(const char* p, size_t length, size_t available) {
  using namespace word_hash_internal;
  uint64_t h = 0x243F6A8885A308D3ull ^ length;
  size_t i = 0;
  for (; i + 8 < length; i += 8) {
    h = Mix(h, std::endian::native == std::endian::little ? Load8(p + i) : Tail(p + i, 8, 0));
  }
  return Finish(Mix(h, Tail(p + i, length - i, available - i)));
}

}  // namespace gazer

#endif  // GAZER_SRC_WORD_HASH_H_
