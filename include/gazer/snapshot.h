// Snapshot: gazetteers compiled ahead of time into one binary image holding
// the entries and the Matcher's index (the alias trie and the patterns'
// start bounds), so they load in place, without parsing or compiling.
// The build makes the default gazetteers' snapshot with gazer-snapshot and
// embeds it in the binary.
#ifndef GAZER_SNAPSHOT_H_
#define GAZER_SNAPSHOT_H_

#include <string>
#include <string_view>

#include "gazer/gazetteer.h"
#include "gazer/status.h"

namespace gazer {

// Compiles `gazetteer` into `image`.
void WriteSnapshot(const Gazetteer& gazetteer, std::string* image);

// Loads `image` (8-byte aligned; it must outlive `gazetteer`) into an empty
// gazetteer, and sets *trie_image to the Matcher's index, to pass to it.
Status ReadSnapshot(std::string_view image, Gazetteer* gazetteer, std::string_view* trie_image);

}  // namespace gazer

#endif  // GAZER_SNAPSHOT_H_
