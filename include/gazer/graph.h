// Graph: the entity network of a corpus, aggregated from `gazer extract`
// output one line at a time.
//
// Nodes are entities: how many articles mention each, and how often. Edges
// are co-occurrence relations: how many articles relate the pair, how many
// windows (sentences, with extract's default window) they share in all, and
// their normalized pointwise mutual information over articles,
//
//   npmi(a, b) = log(p(a,b) / (p(a) p(b))) / -log p(a,b),  p(x) = articles(x) / N,
//
// which is 1 for pairs that always appear together, 0 for independent ones,
// and near -1 for pairs that avoid each other; unlike raw counts it does not
// favour entities that are simply frequent. When p(a,b) = 1 it is 1.
//
// GraphBuilder accepts two kinds of line, recognised line by line so they may
// be mixed:
//   - a per-article line of `gazer extract` (an object with "entities"), and
//   - a line of a graph's JSON Lines form (graph_writer.h): {"graph": ...},
//     {"node": ...} or {"edge": ...}.
// Every count is a sum, so building from the graph output of several shards
// gives exactly the graph of all their articles. Articles are counted, not
// deduplicated by id: the same article read twice counts twice.
//
// Memory grows with the number of distinct entities and pairs, never with the
// number of articles.
#ifndef GAZER_GRAPH_H_
#define GAZER_GRAPH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gazer/entity_type.h"
#include "gazer/status.h"

namespace gazer {

struct GraphNode {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;       // the byte-wise smallest name seen for the id
  uint64_t articles = 0;  // articles that mention it
  uint64_t mentions = 0;  // mentions over all articles
};

struct GraphEdge {
  uint32_t source = 0;  // indices into Graph::nodes, source < target
  uint32_t target = 0;
  uint64_t articles = 0;   // articles that relate the pair
  uint64_t sentences = 0;  // sum of the relations' `count`: shared windows
  double npmi = 0;
};

struct Graph {
  uint64_t articles = 0;         // N: every article read, with entities or not
  bool filtered = false;         // some nodes or edges were left out
  std::vector<GraphNode> nodes;  // sorted by id
  std::vector<GraphEdge> edges;  // sorted by (source, target)
};

// npmi as above from article counts: `ab` articles with both, `a` and `b`
// with each, `n` in all. Clamped to [-1, 1] so that inconsistent counts
// (ab > a, possible only in hand-made input) cannot leave the range.
double Npmi(uint64_t ab, uint64_t a, uint64_t b, uint64_t n);

class GraphBuilder {
 public:
  GraphBuilder() = default;
  GraphBuilder(const GraphBuilder&) = delete;
  GraphBuilder& operator=(const GraphBuilder&) = delete;

  // Adds one line (without or with its newline). A blank line is skipped. A
  // line that is not valid JSON or does not have the expected shape changes
  // nothing and returns an error holding just the reason: the caller knows
  // the file and line number and puts them in front.
  Status AddLine(std::string_view line);

  // True if the last line added was a {"graph": ...} line of filtered output,
  // whose counts are not those of the whole corpus.
  bool last_line_was_filtered() const { return last_filtered_; }

  // The graph so far, npmi computed. Edges naming an entity that no line
  // described (possible only when merging graph lines that were cut) are
  // left out and counted in dropped_edges(). The builder can go on
  // receiving lines afterwards.
  Graph Finish();
  uint64_t dropped_edges() const { return dropped_edges_; }

 private:
  struct NodeData {
    std::string id;
    EntityType type = EntityType::kPerson;
    std::string name;
    uint64_t articles = 0;
    uint64_t mentions = 0;
    bool seen = false;  // described by some line, not just named by an edge
  };
  struct EdgeData {
    uint64_t articles = 0;
    uint64_t sentences = 0;
  };

  uint32_t Intern(const std::string& id);
  void AddNode(const std::string& id, EntityType type, const std::string& name, uint64_t articles,
               uint64_t mentions);
  void AddEdge(const std::string& a, const std::string& b, uint64_t articles, uint64_t sentences);

  uint64_t articles_ = 0;
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<NodeData> nodes_;                    // in order of first appearance
  std::unordered_map<uint64_t, EdgeData> edges_;  // key: lower index << 32 | higher
  uint64_t dropped_edges_ = 0;
  bool last_filtered_ = false;
};

}  // namespace gazer

#endif  // GAZER_GRAPH_H_
