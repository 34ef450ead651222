// Extraction: everything gazer finds in one article.
//
// Offsets here are byte offsets into the normalized text; the JsonWriter
// turns them into offsets into the original text. Buffers are reused from
// article to article, so one Extraction per thread keeps allocation off the
// hot path.
#ifndef GAZER_EXTRACTION_H_
#define GAZER_EXTRACTION_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "gazer/entity_type.h"
#include "gazer/matcher.h"
#include "gazer/normalizer.h"
#include "gazer/sentence_splitter.h"

namespace gazer {

// How an entity was found.
enum class Source {
  kGazetteer,  // a gazetteer alias or pattern
  kPattern,    // a name after a title (General, President, ...) no gazetteer holds
};

struct Entity {
  std::string id;  // stable across articles and runs
  EntityType type = EntityType::kPerson;
  std::string name;
  Source source = Source::kGazetteer;
  int64_t entry = -1;  // gazetteer entry index, -1 if none
};

struct Mention {
  uint32_t begin = 0;  // normalized byte offsets
  uint32_t end = 0;
  uint32_t entity = 0;    // index into Extraction::entities
  uint32_t sentence = 0;  // index into Extraction::sentences
};

struct Relation {
  uint32_t source = 0;  // entity indices; entities[source].id < entities[target].id
  uint32_t target = 0;
  uint32_t count = 0;         // windows they share
  uint32_t first_window = 0;  // where their numbers start in Extraction::relation_windows
};

// Working memory that the stages keep from one article to the next: buffers
// only, never results (src/scratch.h).
struct ExtractionScratch;
struct ExtractionScratchDeleter {
  void operator()(ExtractionScratch* scratch) const;
};

struct Extraction {
  NormalizedText normalized;  // its text is released after a huge article (see Extractor)
  MatchSet matches;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;  // in order of first mention
  std::vector<Mention> mentions;  // sorted by begin, non-overlapping
  std::vector<Relation> relations;  // sorted by (source id, target id)
  // Each relation's `count` windows (sentence or paragraph numbers), ascending,
  // one relation after another; empty for the document window. One array
  // for all, so that a relation costs no allocation of its own.
  std::vector<uint32_t> relation_windows;
  // Made on first use. `mutable`: the writer, which only reads the results,
  // keeps its buffers here too.
  mutable std::unique_ptr<ExtractionScratch, ExtractionScratchDeleter> scratch;
};

}  // namespace gazer

#endif  // GAZER_EXTRACTION_H_
