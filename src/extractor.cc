#include "gazer/extractor.h"

#include "gazer/snapshot.h"
#include "scratch.h"

#include <algorithm>
#include <limits>

namespace gazer {
namespace {

// Orders entities by first mention and drops any left without mentions, so
// output order depends only on the text. The dropped ones go back to the
// linker's pool, and the vectors are the scratch's, so that an article
// allocates nothing here.
void OrderEntities(Extraction* out) {
  constexpr uint32_t kUnused = std::numeric_limits<uint32_t>::max();
  ExtractionScratch& scratch = ScratchOf(*out);
  std::vector<uint32_t>& new_index = scratch.new_index;
  std::vector<Entity>& ordered = scratch.ordered_entities;
  new_index.assign(out->entities.size(), kUnused);
  ordered.clear();
  for (Mention& m : out->mentions) {
    if (new_index[m.entity] == kUnused) {
      new_index[m.entity] = static_cast<uint32_t>(ordered.size());
      ordered.push_back(std::move(out->entities[m.entity]));
    }
    m.entity = new_index[m.entity];
  }
  if (ordered.size() < out->entities.size()) {
    for (size_t e = 0; e < out->entities.size(); ++e) {
      if (new_index[e] == kUnused) scratch.spare_entities.push_back(std::move(out->entities[e]));
    }
  }
  out->entities.swap(ordered);
  ordered.clear();
}

void AssignSentences(Extraction* out) {
  const auto& sentences = out->sentences;
  size_t s = 0;
  for (Mention& m : out->mentions) {
    while (s + 1 < sentences.size() && sentences[s + 1].begin <= m.begin) ++s;
    m.sentence = static_cast<uint32_t>(s);
  }
}

}  // namespace

void ExtractionScratchDeleter::operator()(ExtractionScratch* scratch) const { delete scratch; }

Extractor::Extractor(const Gazetteer& gazetteer, Window window, std::string_view index_image, Scheme scheme)
    : matcher_(gazetteer, SplitIndexImage(index_image).matcher),
      linker_(gazetteer, SplitIndexImage(index_image).surnames, SplitIndexImage(index_image).given_names),
      organizations_(gazetteer),
      scheme_(scheme),
      relations_(window) {}

void Extractor::Extract(std::string_view text, Extraction* out) const {
  // A huge article's intermediate buffers are freed as soon as no later
  // stage needs them, rather than kept for reuse: that bounds its memory.
  constexpr size_t kKeepBelow = 16 << 20;
  const bool huge = text.size() >= kKeepBelow;
  Normalize(text, &out->normalized);
  matcher_.FindAll(out->normalized, &out->matches);
  linker_.Link(out);
  if (huge) out->matches = MatchSet();
  organizations_.Find(out);
  acronyms_.Link(out);
  if (scheme_ == Scheme::kRe3d) re3d_.Apply(out);
  OrderEntities(out);
  splitter_.Split(out->normalized.cased(), &out->sentences);
  AssignSentences(out);
  // The normalized text is not needed past this point (the writer only maps
  // offsets back).
  if (huge) out->normalized.ReleaseText();
  relations_.Build(out);
}

}  // namespace gazer
