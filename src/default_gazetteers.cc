#include "gazer/default_gazetteers.h"

#include "gazer/snapshot.h"

namespace gazer {

Status LoadDefaultGazetteers(Gazetteer* gazetteer, std::string_view* index_image) {
  return ReadSnapshot(DefaultSnapshot(), gazetteer, index_image);
}

}  // namespace gazer
