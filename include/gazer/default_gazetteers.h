// The default gazetteers: the files of gazetteers/ as they were at build
// time, compiled into a snapshot embedded in the binary, so gazer needs no
// configuration and starts in milliseconds.
#ifndef GAZER_DEFAULT_GAZETTEERS_H_
#define GAZER_DEFAULT_GAZETTEERS_H_

#include <string_view>

#include "gazer/gazetteer.h"
#include "gazer/status.h"

namespace gazer {

// The embedded snapshot image (see snapshot.h).
std::string_view DefaultSnapshot();

// Loads the default gazetteers into an empty `gazetteer` and sets
// *index_image, to pass to the Extractor.
Status LoadDefaultGazetteers(Gazetteer* gazetteer, std::string_view* index_image);

}  // namespace gazer

#endif  // GAZER_DEFAULT_GAZETTEERS_H_
