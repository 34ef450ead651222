// Graph filters: the parts of an entity network worth looking at.
//
// Filters never change a count or an npmi: those describe the whole corpus,
// and a filter only leaves nodes and edges out. The result is marked
// `filtered`, because building a graph again from filtered output (merging)
// no longer gives the graph of all the articles.
#ifndef GAZER_GRAPH_FILTER_H_
#define GAZER_GRAPH_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gazer/entity_type.h"
#include "gazer/graph.h"
#include "gazer/status.h"

namespace gazer {

struct GraphFilter {
  std::vector<EntityType> types;  // nodes of these types only; empty: all types
  uint64_t min_count = 0;         // edges related in at least this many articles
  size_t top = 0;                 // each node's `top` strongest edges; 0: all
  size_t top_overall = 0;         // the `top_overall` strongest edges; 0: all
  std::string entity;             // the ego network of this id; empty: none

  bool active() const { return !types.empty() || min_count > 0 || top > 0 || top_overall > 0 || !entity.empty(); }
};

// Applies the filters in this order:
//   1. types: other nodes go, with their edges;
//   2. min_count;
//   3. top: an edge stays if it is among the `top` strongest of either of
//      its two nodes (so every node that had an edge keeps at least one);
//      top_overall: the strongest edges of the whole graph;
//   4. entity: that node, its neighbours through the edges left, and the
//      edges among them.
// If any of min_count, top and top_overall is set, nodes left without an
// edge go too. Strength is npmi, then articles, then sentences, higher
// first; ties by (source, target) id. Fails if `entity` is not in the graph
// left by step 1.
Status FilterGraph(const Graph& graph, const GraphFilter& filter, Graph* out);

// True if `x` ranks before `y` in the strength order above.
bool StrongerEdge(const GraphEdge& x, const GraphEdge& y);

// For drawing: the `n` most mentioned nodes (then most articles, then by id)
// and the edges among them.
Graph TopNodes(const Graph& graph, size_t n);

}  // namespace gazer

#endif  // GAZER_GRAPH_FILTER_H_
