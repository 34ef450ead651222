// Extractor: the whole per-article pipeline, normalizer -> matcher -> linker
// (with the organization finder and acronym linker) -> sentence splitter ->
// relation builder, over shared read-only parts.
//
// One Extractor serves any number of threads; each thread passes its own
// Extraction, whose buffers are reused from article to article.
#ifndef GAZER_EXTRACTOR_H_
#define GAZER_EXTRACTOR_H_

#include <string_view>

#include "gazer/acronym_linker.h"
#include "gazer/extraction.h"
#include "gazer/linker.h"
#include "gazer/matcher.h"
#include "gazer/organization_finder.h"
#include "gazer/re3d_conventions.h"
#include "gazer/relation_builder.h"
#include "gazer/sentence_splitter.h"

namespace gazer {

class Extractor {
 public:
  // `gazetteer` and `index_image` (the snapshot's, see snapshot.h; empty
  // for none) must outlive the Extractor.
  Extractor(const Gazetteer& gazetteer, Window window, std::string_view index_image = {},
            Scheme scheme = Scheme::kGazer);

  // Finds the entities and relations of `text`. Never fails: any byte string
  // is a valid article. For an article of 16 MB or more, out->normalized
  // keeps only its offset map and out->matches is emptied, to bound memory.
  void Extract(std::string_view text, Extraction* out) const;

  const Matcher& matcher() const { return matcher_; }

 private:
  Matcher matcher_;
  Linker linker_;
  OrganizationFinder organizations_;
  AcronymLinker acronyms_;
  Scheme scheme_;
  Re3dConventions re3d_;
  SentenceSplitter splitter_;
  RelationBuilder relations_;
};

}  // namespace gazer

#endif  // GAZER_EXTRACTOR_H_
