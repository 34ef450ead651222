// GivenNames: the given names of gazetteers/given-names.txt (one a line,
// '#' comments), normalized with case kept, so that "José" is found as
// "Jose". The snapshot holds them, written by Write at build time, and
// they are looked up in place.
#ifndef GAZER_SRC_GIVEN_NAMES_H_
#define GAZER_SRC_GIVEN_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/status.h"
#include "word_set.h"

namespace gazer {

class GivenNames {
 public:
  // Views `image`, what Write wrote; empty or malformed, it holds no names.
  explicit GivenNames(std::string_view image);

  bool empty() const { return count_ == 0; }
  bool Contains(std::string_view word) const {
    return count_ != 0 && (filter_[Hash(word) >> 3] >> (Hash(word) & 7) & 1) != 0 && Find(word);
  }

  // Reads the names of a given-names file; a line that is not one name is
  // an error naming `origin` and the line.
  static Status Parse(std::string_view origin, std::string_view contents, std::vector<std::string>* names);
  // Appends the table of `names` to `image`.
  static void Write(const std::vector<std::string>& names, std::string* image);

 private:
  // Most words are ruled out by the bit of filter_ for their hash.
  static uint32_t Hash(std::string_view w) { return WordShapeHash(w) & (kFilterBits - 1); }
  static constexpr uint32_t kFilterBits = 1 << 18;
  bool Find(std::string_view word) const;
  std::string_view Name(uint32_t k) const;
  // The first 8 bytes of `word`, the rest 0, as a number that orders words
  // as their bytes do.
  static uint64_t Head(std::string_view word);

  const unsigned char* filter_ = nullptr;  // kFilterBits bits
  uint32_t count_ = 0;
  const char* offsets_ = nullptr;  // count_ + 1 offsets into pool_, sorted names
  std::string_view pool_;
  // By name: its Head. A binary search of numbers finds the few names that
  // share a word's first 8 bytes; comparing names byte by byte costs
  // several times that.
  std::vector<uint64_t> heads_;
};

}  // namespace gazer

#endif  // GAZER_SRC_GIVEN_NAMES_H_
