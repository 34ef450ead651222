#include "gazer/relation_builder.h"

#include <algorithm>
#include <utility>

#include "scratch.h"

namespace gazer {
namespace {

using PairWindow = ExtractionScratch::PairWindow;

// Orders `pairs`, whose windows ascend for each pair, by (first, second,
// window): stable counting passes by second, then by first; ranks are below
// `ranks`.
void CountingSort(size_t ranks, std::vector<PairWindow>* pairs, std::vector<PairWindow>* buffer,
                  std::vector<uint32_t>* count) {
  buffer->resize(pairs->size());
  count->assign(ranks + 1, 0);
  for (const PairWindow& p : *pairs) ++(*count)[p.second + 1];
  for (size_t r = 1; r < count->size(); ++r) (*count)[r] += (*count)[r - 1];
  for (const PairWindow& p : *pairs) (*buffer)[(*count)[p.second]++] = p;
  count->assign(ranks + 1, 0);
  for (const PairWindow& p : *buffer) ++(*count)[p.first + 1];
  for (size_t r = 1; r < count->size(); ++r) (*count)[r] += (*count)[r - 1];
  for (const PairWindow& p : *buffer) (*pairs)[(*count)[p.first]++] = p;
}

}  // namespace

std::optional<Window> ParseWindow(std::string_view name) {
  if (name == "sentence") return Window::kSentence;
  if (name == "paragraph") return Window::kParagraph;
  if (name == "document") return Window::kDocument;
  return std::nullopt;
}

void RelationBuilder::Build(Extraction* out) const {
  ExtractionScratch& scratch = ScratchOf(*out);
  out->relations.clear();
  out->relation_windows.clear();
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
  // Entities are compared by id through their rank in the article (ids are
  // distinct), so pairs are ordered without comparing strings.
  auto& entity_of_rank = scratch.entity_of_rank;
  auto& rank = scratch.id_rank;
  entity_of_rank.resize(entities.size());
  for (uint32_t e = 0; e < entities.size(); ++e) entity_of_rank[e] = e;
  std::sort(entity_of_rank.begin(), entity_of_rank.end(),
            [&](uint32_t a, uint32_t b) { return entities[a].id < entities[b].id; });
  rank.resize(entities.size());
  for (uint32_t r = 0; r < entity_of_rank.size(); ++r) rank[entity_of_rank[r]] = r;

  // Every (pair, window) once, the smaller rank first; mentions are sorted,
  // so windows come in ascending order. A rank is taken once per window by
  // marking it with the window's turn, which needs no clearing in between.
  auto& pair_windows = scratch.pair_windows;
  auto& in_window = scratch.in_window;
  auto& turn_of_rank = scratch.window_turn;
  pair_windows.clear();
  turn_of_rank.assign(entities.size(), 0);
  const Mention* const mentions = out->mentions.data();
  const size_t mention_count = out->mentions.size();
  uint32_t turn = 0;
  for (size_t i = 0; i < mention_count;) {
    const uint32_t window = window_of(mentions[i]);
    ++turn;
    in_window.clear();
    for (; i < mention_count && window_of(mentions[i]) == window; ++i) {
      const uint32_t r = rank[mentions[i].entity];
      if (turn_of_rank[r] == turn) continue;
      turn_of_rank[r] = turn;
      in_window.push_back(r);
    }
    const size_t n = in_window.size();
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = a + 1; b < n; ++b) {
        const uint32_t x = in_window[a], y = in_window[b];
        pair_windows.push_back({std::min(x, y), std::max(x, y), window});
      }
    }
  }
  // Ordered by (first, second, window): windows already ascend for each
  // pair, so two stable counting passes over the ranks (second, then first)
  // order them in linear time. They need a second array of the pairs; for
  // a huge article that would cost more memory than time, and the pairs are
  // sorted in place instead.
  constexpr size_t kMaxCountedPairs = 1 << 20;
  if (pair_windows.size() > kMaxCountedPairs) {
    std::sort(pair_windows.begin(), pair_windows.end(), [](const PairWindow& x, const PairWindow& y) {
      if (x.first != y.first) return x.first < y.first;
      if (x.second != y.second) return x.second < y.second;
      return x.window < y.window;
    });
  } else {
    CountingSort(entities.size(), &pair_windows, &scratch.sorted_pair_windows, &scratch.rank_count);
  }

  // In that order the pairs' windows are the relations' windows one after
  // another, and a relation is a run of one pair.
  const PairWindow* const pairs = pair_windows.data();
  const size_t pair_count = pair_windows.size();
  if (window_ != Window::kDocument) {
    out->relation_windows.resize(pair_count);
    for (size_t k = 0; k < pair_count; ++k) out->relation_windows[k] = pairs[k].window;
  }
  for (size_t k = 0; k < pair_count;) {
    const uint32_t first = pairs[k].first;
    const uint32_t second = pairs[k].second;
    size_t end = k + 1;
    while (end < pair_count && pairs[end].first == first && pairs[end].second == second) ++end;
    out->relations.push_back({entity_of_rank[first], entity_of_rank[second], static_cast<uint32_t>(end - k),
                              static_cast<uint32_t>(k)});
    k = end;
  }
}

}  // namespace gazer
