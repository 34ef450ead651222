#include "gazer/relation_builder.h"

#include <algorithm>
#include <map>
#include <utility>

namespace gazer {

std::optional<Window> ParseWindow(std::string_view name) {
  if (name == "sentence") return Window::kSentence;
  if (name == "paragraph") return Window::kParagraph;
  if (name == "document") return Window::kDocument;
  return std::nullopt;
}

void RelationBuilder::Build(Extraction* out) const {
  out->relations.clear();
  const auto& entities = out->entities;
  auto window_of = [&](const Mention& m) -> uint32_t {
    switch (window_) {
      case Window::kSentence:
        return m.sentence;
      case Window::kParagraph:
        return out->sentences.empty() ? 0 : out->sentences[m.sentence].paragraph;
      case Window::kDocument:
        return 0;
    }
    return 0;
  };
  // Entity pair (by index) -> relation. Mentions are sorted, so windows come
  // in ascending order.
  std::map<std::pair<uint32_t, uint32_t>, Relation> pairs;
  std::vector<uint32_t> in_window;
  size_t i = 0;
  const auto& mentions = out->mentions;
  while (i < mentions.size()) {
    const uint32_t window = window_of(mentions[i]);
    in_window.clear();
    for (; i < mentions.size() && window_of(mentions[i]) == window; ++i) in_window.push_back(mentions[i].entity);
    std::sort(in_window.begin(), in_window.end());
    in_window.erase(std::unique(in_window.begin(), in_window.end()), in_window.end());
    for (size_t a = 0; a < in_window.size(); ++a) {
      for (size_t b = a + 1; b < in_window.size(); ++b) {
        uint32_t source = in_window[a], target = in_window[b];
        if (entities[target].id < entities[source].id) std::swap(source, target);
        Relation& r = pairs[{source, target}];
        r.source = source;
        r.target = target;
        ++r.count;
        if (window_ != Window::kDocument) r.windows.push_back(window);
      }
    }
  }
  for (auto& [key, relation] : pairs) out->relations.push_back(std::move(relation));
  std::sort(out->relations.begin(), out->relations.end(), [&](const Relation& a, const Relation& b) {
    if (entities[a.source].id != entities[b.source].id) return entities[a.source].id < entities[b.source].id;
    return entities[a.target].id < entities[b.target].id;
  });
}

}  // namespace gazer
