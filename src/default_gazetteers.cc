#include "gazer/default_gazetteers.h"

#include "gazer/snapshot.h"

namespace gazer {

Status LoadDefaultGazetteers(Gazetteer* gazetteer, std::string_view* trie_image) {
  return ReadSnapshot(DefaultSnapshot(), gazetteer, trie_image);
}

}  // namespace gazer
