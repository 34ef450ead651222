// RelationBuilder: co-occurrence relations between the entities of one
// article.
//
// A relation is an unordered pair of distinct entities mentioned in the same
// window: a sentence (default), a paragraph, or the whole document. Its
// source is the entity with the smaller id; `count` is the number of
// windows the two share, and Extraction::relation_windows lists them
// (sentence or paragraph numbers; nothing for the document window).
#ifndef GAZER_RELATION_BUILDER_H_
#define GAZER_RELATION_BUILDER_H_

#include <optional>
#include <string_view>

#include "gazer/extraction.h"

namespace gazer {

enum class Window { kSentence, kParagraph, kDocument };
std::optional<Window> ParseWindow(std::string_view name);

class RelationBuilder {
 public:
  explicit RelationBuilder(Window window) : window_(window) {}
  Window window() const { return window_; }

  // Fills out->relations and out->relation_windows from out->mentions,
  // out->sentences, out->entities.
  void Build(Extraction* out) const;

 private:
  Window window_;
};

}  // namespace gazer

#endif  // GAZER_RELATION_BUILDER_H_
