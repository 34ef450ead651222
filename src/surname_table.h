// SurnameTable: the surnames of the gazetteer's persons, each mapped to the
// one person who has it. A surname is the entry's `surname` attribute if it
// has one ("Lee" for "Lee Jae-myung"), else the last word but a suffix (Jr,
// II, ...) of a person's name or alias of two words or more, normalized
// with case kept, less a leading "al-" or "el-" ("al-Assad" gives "Assad").
//
// The snapshot holds the table of the default gazetteers, written by Write
// at build time, so it is looked up in place: building it means reading
// every entry, which costs more than extracting a small article.
#ifndef GAZER_SRC_SURNAME_TABLE_H_
#define GAZER_SRC_SURNAME_TABLE_H_

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "gazer/gazetteer.h"
#include "word_set.h"

namespace gazer {

class SurnameTable {
 public:
  // `image` is what Write wrote for the gazetteer's first entries, or empty;
  // entries after those are read on the first Find. `gazetteer` and `image`
  // must outlive the table.
  SurnameTable(const Gazetteer& gazetteer, std::string_view image);

  // The index of the one person entry with `surname`, or -1 if none or
  // several have it. Thread-safe.
  int64_t Find(std::string_view surname) const;

  // Appends the table of all of `gazetteer` to `image`.
  static void Write(const Gazetteer& gazetteer, std::string* image);

 private:
  using Map = std::unordered_map<std::string, int64_t>;
  static void Add(const Gazetteer& gazetteer, size_t from, size_t to, Map* map);
  int64_t FindInImage(std::string_view surname) const;
  // Most words looked up are no surname: the bit of filter_ for their hash
  // rules them out before the binary search.
  static uint32_t Hash(std::string_view w) { return WordShapeHash(w) & (kFilterBits - 1); }
  static constexpr uint32_t kFilterBits = 1 << 18;
  bool InFilter(std::string_view w) const { return (filter_[Hash(w) >> 3] >> (Hash(w) & 7) & 1) != 0; }

  const Gazetteer& gazetteer_;
  uint32_t covered_ = 0;  // entries [0, covered_) are in the image
  uint32_t count_ = 0;    // records in the image
  const unsigned char* filter_ = nullptr;  // kFilterBits bits, over the image's surnames
  const char* records_ = nullptr;  // count_ x {offset, length, entry}, by surname
  std::string_view pool_;
  mutable std::once_flag rest_once_;
  mutable Map rest_;  // entries [covered_, size)
};

}  // namespace gazer

#endif  // GAZER_SRC_SURNAME_TABLE_H_
