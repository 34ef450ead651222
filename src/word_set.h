// WordSet: a fixed set of words, built at compile time, for the lists the
// finders consult on every capitalized word of an article: a lookup is one
// hash and mostly one compare, where a list would compare with every entry,
// and most words not in the set are ruled out before the hash.
#ifndef GAZER_SRC_WORD_SET_H_
#define GAZER_SRC_WORD_SET_H_

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace gazer {

// A hash of a word's length and its first two and last two bytes: that
// tells the words of a list apart well enough, and costs the same for any
// word. 0 for the empty word.
constexpr uint32_t WordShapeHash(std::string_view w) {
  const size_t n = w.size();
  if (n == 0) return 0;
  uint32_t h = static_cast<uint32_t>(static_cast<unsigned char>(w[0])) |
               static_cast<uint32_t>(static_cast<unsigned char>(w[n > 1 ? 1 : 0])) << 8 |
               static_cast<uint32_t>(static_cast<unsigned char>(w[n - 1])) << 16 |
               static_cast<uint32_t>(static_cast<unsigned char>(w[n > 1 ? n - 2 : 0])) << 24;
  h = (h ^ static_cast<uint32_t>(n) * 0x9E3779B9u) * 0x85EBCA6Bu;
  return h ^ (h >> 15);
}

template <size_t kSlots>  // a power of two, at least twice the words
class WordSet {
 public:
  // The words of the lists, one list after the other.
  template <size_t... N>
  constexpr explicit WordSet(const std::string_view (&... lists)[N]) {
    static_assert(2 * (N + ...) <= kSlots && (kSlots & (kSlots - 1)) == 0, "WordSet too small");
    for (int& i : index_) i = -1;
    int k = 0;
    (..., [&](const auto& list) {
      for (std::string_view word : list) Insert(word, k++);
    }(lists));
  }

  // The word's index in the lists given to the constructor, or -1.
  constexpr int Find(std::string_view word) const {
    const size_t n = word.size();
    if (n == 0 || n > max_length_) return -1;
    // Most words asked about are in no set: their length and first byte
    // rule them out before they are hashed.
    if (n < 32 && (lengths_[static_cast<unsigned char>(word[0]) % 32] >> n & 1) == 0) return -1;
    for (size_t slot = Hash(word);; slot = (slot + 1) & (kSlots - 1)) {
      if (index_[slot] < 0) return -1;
      const std::string_view w = words_[slot];
      if (w.size() == word.size() && w[0] == word[0] && w == word) return index_[slot];
    }
  }
  constexpr bool Contains(std::string_view word) const { return Find(word) >= 0; }

 private:
  static constexpr size_t Hash(std::string_view w) { return WordShapeHash(w) & (kSlots - 1); }
  constexpr void Insert(std::string_view word, int index) {
    if (word.empty()) throw std::logic_error("empty word in a WordSet");
    size_t slot = Hash(word);
    while (index_[slot] >= 0) {
      if (words_[slot] == word) return;  // a repeated word keeps its first index
      slot = (slot + 1) & (kSlots - 1);
    }
    words_[slot] = word;
    index_[slot] = index;
    if (word.size() < 32) lengths_[static_cast<unsigned char>(word[0]) % 32] |= uint32_t{1} << word.size();
    if (word.size() > max_length_) max_length_ = word.size();
  }

  std::string_view words_[kSlots] = {};
  int index_[kSlots] = {};  // -1: an empty slot
  uint32_t lengths_[32] = {};  // by first byte mod 32: the lengths under 32 of the words with it
  size_t max_length_ = 0;
};

}  // namespace gazer

#endif  // GAZER_SRC_WORD_SET_H_
