#include "gazer/graph_filter.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

namespace gazer {
namespace {

// The nodes and edges marked to keep, indices renumbered. An edge is kept
// only if both its nodes are.
Graph Subgraph(const Graph& graph, const std::vector<bool>& keep_node, const std::vector<bool>& keep_edge) {
  Graph out;
  out.articles = graph.articles;
  out.filtered = true;
  std::vector<uint32_t> rank(graph.nodes.size(), 0);
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    if (!keep_node[i]) continue;
    rank[i] = static_cast<uint32_t>(out.nodes.size());
    out.nodes.push_back(graph.nodes[i]);
  }
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const GraphEdge& e = graph.edges[i];
    if (!keep_edge[i] || !keep_node[e.source] || !keep_node[e.target]) continue;
    GraphEdge copy = e;
    copy.source = rank[e.source];
    copy.target = rank[e.target];
    out.edges.push_back(copy);  // renumbering keeps the order: still sorted
  }
  return out;
}

}  // namespace

bool StrongerEdge(const GraphEdge& x, const GraphEdge& y) {
  // Node indices follow id order, so comparing them compares ids.
  return std::tie(y.npmi, y.articles, y.sentences, x.source, x.target) <
         std::tie(x.npmi, x.articles, x.sentences, y.source, y.target);
}

Status FilterGraph(const Graph& graph, const GraphFilter& filter, Graph* out) {
  const size_t n = graph.nodes.size();
  std::vector<bool> keep_node(n, true);
  if (!filter.types.empty()) {
    for (size_t i = 0; i < n; ++i) {
      keep_node[i] = std::find(filter.types.begin(), filter.types.end(), graph.nodes[i].type) != filter.types.end();
    }
  }
  std::vector<bool> keep_edge(graph.edges.size());
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const GraphEdge& e = graph.edges[i];
    keep_edge[i] = keep_node[e.source] && keep_node[e.target] && e.articles >= filter.min_count;
  }

  if (filter.top > 0 || filter.top_overall > 0) {
    std::vector<uint32_t> order;
    for (uint32_t i = 0; i < graph.edges.size(); ++i) {
      if (keep_edge[i]) order.push_back(i);
    }
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return StrongerEdge(graph.edges[a], graph.edges[b]); });
    // `seen[v]`: how many of v's edges rank above the current one.
    std::vector<size_t> seen(n, 0);
    size_t kept = 0;
    for (uint32_t i : order) {
      const GraphEdge& e = graph.edges[i];
      bool keep = true;
      if (filter.top > 0) keep = seen[e.source] < filter.top || seen[e.target] < filter.top;
      if (filter.top_overall > 0) keep = keep && kept < filter.top_overall;
      ++seen[e.source];
      ++seen[e.target];
      keep_edge[i] = keep;
      if (keep) ++kept;
    }
  }

  if (filter.min_count > 0 || filter.top > 0 || filter.top_overall > 0) {
    std::vector<bool> has_edge(n, false);
    for (size_t i = 0; i < graph.edges.size(); ++i) {
      if (keep_edge[i]) has_edge[graph.edges[i].source] = has_edge[graph.edges[i].target] = true;
    }
    for (size_t i = 0; i < n; ++i) keep_node[i] = keep_node[i] && has_edge[i];
  }

  if (!filter.entity.empty()) {
    auto it = std::lower_bound(graph.nodes.begin(), graph.nodes.end(), filter.entity,
                               [](const GraphNode& node, const std::string& id) { return node.id < id; });
    const size_t ego = static_cast<size_t>(it - graph.nodes.begin());
    if (it == graph.nodes.end() || it->id != filter.entity || (!filter.types.empty() &&
        std::find(filter.types.begin(), filter.types.end(), it->type) == filter.types.end())) {
      return Status::Error(fmt::format("--entity {}: no such entity in the graph{}", filter.entity,
                                       filter.types.empty() ? "" : " (of the --type kept)"));
    }
    std::vector<bool> in_ego(n, false);
    in_ego[ego] = true;
    for (size_t i = 0; i < graph.edges.size(); ++i) {
      const GraphEdge& e = graph.edges[i];
      if (!keep_edge[i]) continue;
      if (e.source == ego) in_ego[e.target] = true;
      if (e.target == ego) in_ego[e.source] = true;
    }
    for (size_t i = 0; i < n; ++i) keep_node[i] = in_ego[i] && (keep_node[i] || i == ego);
  }

  *out = Subgraph(graph, keep_node, keep_edge);
  out->filtered = graph.filtered || filter.active();
  return Status::Ok();
}

Graph TopNodes(const Graph& graph, size_t n) {
  if (n >= graph.nodes.size()) return graph;
  std::vector<uint32_t> order(graph.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const GraphNode& x = graph.nodes[a];
    const GraphNode& y = graph.nodes[b];
    return std::tie(y.mentions, y.articles, x.id) < std::tie(x.mentions, x.articles, y.id);
  });
  std::vector<bool> keep_node(graph.nodes.size(), false);
  for (size_t i = 0; i < n; ++i) keep_node[order[i]] = true;
  return Subgraph(graph, keep_node, std::vector<bool>(graph.edges.size(), true));
}

}  // namespace gazer
