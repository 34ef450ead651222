// Snapshot: gazetteers compiled ahead of time into one binary image holding
// the entries and an index image: the Matcher's index (the alias trie and
// the patterns' start bounds), the Linker's surname table and the given
// names, so they load in place, without parsing or compiling.
// The build makes the default gazetteers' snapshot with gazer-snapshot and
// embeds it in the binary.
#ifndef GAZER_SNAPSHOT_H_
#define GAZER_SNAPSHOT_H_

#include <string>
#include <string_view>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/status.h"

namespace gazer {

// Compiles `gazetteer` and `given_names` (see Linker) into `image`.
void WriteSnapshot(const Gazetteer& gazetteer, const std::vector<std::string>& given_names, std::string* image);

// Loads `image` (8-byte aligned; it must outlive `gazetteer`) into an empty
// gazetteer, and sets *index_image to its index image, to pass to the
// Extractor.
Status ReadSnapshot(std::string_view image, Gazetteer* gazetteer, std::string_view* index_image);

// The parts of an index image; both empty if it is not one.
struct SnapshotIndex {
  std::string_view matcher;   // for the Matcher
  std::string_view surnames;  // for the Linker
  std::string_view given_names;  // for the Linker
};
SnapshotIndex SplitIndexImage(std::string_view index_image);

}  // namespace gazer

#endif  // GAZER_SNAPSHOT_H_
