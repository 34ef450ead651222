#include "gazer/default_gazetteers.h"

#include <string>

namespace gazer {

Status LoadDefaultGazetteers(Gazetteer* gazetteer) {
  for (const EmbeddedFile& file : DefaultGazetteerFiles()) {
    if (Status s = gazetteer->LoadString("<default>/" + std::string(file.name), file.contents); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace gazer
