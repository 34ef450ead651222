// The default gazetteers: the files of gazetteers/ as they were at build
// time, compiled into the binary so gazer needs no configuration.
#ifndef GAZER_DEFAULT_GAZETTEERS_H_
#define GAZER_DEFAULT_GAZETTEERS_H_

#include <string_view>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/status.h"

namespace gazer {

struct EmbeddedFile {
  std::string_view name;  // e.g. "country.tsv"
  std::string_view contents;
};

// The embedded files, sorted by name.
const std::vector<EmbeddedFile>& DefaultGazetteerFiles();

// Adds every default gazetteer to `gazetteer`; messages name the files as
// "<default>/NAME".
Status LoadDefaultGazetteers(Gazetteer* gazetteer);

}  // namespace gazer

#endif  // GAZER_DEFAULT_GAZETTEERS_H_
