#include "gazer/graph.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "gazer/article_output.h"

namespace gazer {
namespace {

using nlohmann::json;

bool IsBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// Field readers: `where` names the object in the line ("entities[2]", "node")
// so that the reason points at the offending value.
Status GetString(const json& object, const char* key, std::string_view where, std::string* out) {
  auto it = object.find(key);
  if (it == object.end()) return Status::Error(fmt::format("{}: no \"{}\" field", where, key));
  if (!it->is_string()) return Status::Error(fmt::format("{}: \"{}\" is not a string", where, key));
  *out = it->get<std::string>();
  return Status::Ok();
}

Status GetId(const json& object, const char* key, std::string_view where, std::string* out) {
  if (Status s = GetString(object, key, where, out); !s.ok()) return s;
  if (out->empty()) return Status::Error(fmt::format("{}: \"{}\" is empty", where, key));
  return Status::Ok();
}

Status GetType(const json& object, std::string_view where, EntityType* out) {
  std::string name;
  if (Status s = GetString(object, "type", where, &name); !s.ok()) return s;
  const std::optional<EntityType> type = ParseType(name);
  if (!type) return Status::Error(fmt::format("{}: unknown type \"{}\"", where, name));
  *out = *type;
  return Status::Ok();
}

Status GetCount(const json& object, const char* key, std::string_view where, uint64_t min, uint64_t* out) {
  auto it = object.find(key);
  if (it == object.end()) return Status::Error(fmt::format("{}: no \"{}\" field", where, key));
  if (!it->is_number_integer() || (!it->is_number_unsigned() && it->get<int64_t>() < 0)) {
    return Status::Error(fmt::format("{}: \"{}\" is not a non-negative integer", where, key));
  }
  *out = it->get<uint64_t>();
  if (*out < min) return Status::Error(fmt::format("{}: \"{}\" is less than {}", where, key, min));
  return Status::Ok();
}

Status GetObject(const json& line, const char* key, const json** out) {
  auto it = line.find(key);
  if (!it->is_object()) return Status::Error(fmt::format("\"{}\" is not an object", key));
  *out = &*it;
  return Status::Ok();
}

uint64_t EdgeKey(uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  return static_cast<uint64_t>(a) << 32 | b;
}

}  // namespace

double Npmi(uint64_t ab, uint64_t a, uint64_t b, uint64_t n) {
  if (ab == 0 || n == 0) return -1;  // never together: the lower bound
  if (ab >= n) return 1;             // p(a,b) = 1: log 1 / -log 1 is 0/0; they always co-occur
  // The same ratios in counts: log(ab n / (a b)) / log(n / ab).
  const double dab = static_cast<double>(ab);
  const double dn = static_cast<double>(n);
  const double value = std::log(dab * dn / (static_cast<double>(a) * static_cast<double>(b))) / std::log(dn / dab);
  return std::clamp(value, -1.0, 1.0);
}

uint32_t GraphBuilder::Intern(const std::string& id) {
  auto [it, inserted] = index_.try_emplace(id, static_cast<uint32_t>(nodes_.size()));
  if (inserted) {
    nodes_.emplace_back();
    nodes_.back().id = id;
  }
  return it->second;
}

void GraphBuilder::AddNode(const std::string& id, EntityType type, const std::string& name, uint64_t articles,
                           uint64_t mentions) {
  NodeData& node = nodes_[Intern(id)];
  // Smallest name and type: the choice must not depend on the order lines
  // arrive in, or merging shards would not give the graph of the whole.
  if (!node.seen || name < node.name) node.name = name;
  if (!node.seen || type < node.type) node.type = type;
  node.seen = true;
  node.articles += articles;
  node.mentions += mentions;
}

void GraphBuilder::AddEdge(const std::string& a, const std::string& b, uint64_t articles, uint64_t sentences) {
  const uint32_t ia = Intern(a);
  const uint32_t ib = Intern(b);
  EdgeData& edge = edges_[EdgeKey(ia, ib)];
  edge.articles += articles;
  edge.sentences += sentences;
}

Status GraphBuilder::AddLine(std::string_view line) {
  last_filtered_ = false;
  if (IsBlank(line)) return Status::Ok();
  json value;
  if (Status s = ParseJsonLine(line, &value); !s.ok()) return s;
  if (!value.is_object()) return Status::Error("not a JSON object");

  if (value.contains("entities")) {
    // A per-article line. Everything is checked before anything is added, so
    // a bad line leaves the graph as it was.
    const json& entities = value["entities"];
    if (!entities.is_array()) return Status::Error("\"entities\" is not an array");
    struct Entity {
      std::string id;
      EntityType type;
      std::string name;
      uint64_t count;
    };
    std::vector<Entity> found;
    found.reserve(entities.size());
    std::unordered_set<std::string> ids;
    for (size_t i = 0; i < entities.size(); ++i) {
      const std::string where = fmt::format("entities[{}]", i);
      const json& e = entities[i];
      if (!e.is_object()) return Status::Error(where + ": not an object");
      Entity entity;
      if (Status s = GetId(e, "id", where, &entity.id); !s.ok()) return s;
      if (Status s = GetType(e, where, &entity.type); !s.ok()) return s;
      if (Status s = GetString(e, "name", where, &entity.name); !s.ok()) return s;
      if (Status s = GetCount(e, "count", where, 1, &entity.count); !s.ok()) return s;
      if (!ids.insert(entity.id).second) return Status::Error(fmt::format("{}: \"{}\" listed twice", where, entity.id));
      found.push_back(std::move(entity));
    }
    struct Pair {
      std::string a, b;
      uint64_t count;
    };
    std::vector<Pair> pairs;
    std::unordered_set<std::string> seen_pairs;
    if (auto it = value.find("relations"); it != value.end()) {
      if (!it->is_array()) return Status::Error("\"relations\" is not an array");
      for (size_t i = 0; i < it->size(); ++i) {
        const std::string where = fmt::format("relations[{}]", i);
        const json& r = (*it)[i];
        if (!r.is_object()) return Status::Error(where + ": not an object");
        Pair pair;
        if (Status s = GetId(r, "source", where, &pair.a); !s.ok()) return s;
        if (Status s = GetId(r, "target", where, &pair.b); !s.ok()) return s;
        if (Status s = GetCount(r, "count", where, 1, &pair.count); !s.ok()) return s;
        if (pair.a == pair.b) return Status::Error(fmt::format("{}: relates \"{}\" to itself", where, pair.a));
        for (const std::string* id : {&pair.a, &pair.b}) {
          if (!ids.contains(*id)) {
            return Status::Error(fmt::format("{}: \"{}\" is not among the article's entities", where, *id));
          }
        }
        if (pair.b < pair.a) std::swap(pair.a, pair.b);
        if (!seen_pairs.insert(pair.a + '\0' + pair.b).second) {
          return Status::Error(fmt::format("{}: the pair {} {} is listed twice", where, pair.a, pair.b));
        }
        pairs.push_back(std::move(pair));
      }
    }
    ++articles_;
    for (const Entity& e : found) AddNode(e.id, e.type, e.name, 1, e.count);
    for (const Pair& p : pairs) AddEdge(p.a, p.b, 1, p.count);
    return Status::Ok();
  }

  if (value.contains("graph")) {
    const json* graph;
    if (Status s = GetObject(value, "graph", &graph); !s.ok()) return s;
    uint64_t articles;
    if (Status s = GetCount(*graph, "articles", "graph", 0, &articles); !s.ok()) return s;
    bool filtered = false;
    if (auto it = graph->find("filtered"); it != graph->end()) {
      if (!it->is_boolean()) return Status::Error("graph: \"filtered\" is not true or false");
      filtered = it->get<bool>();
    }
    articles_ += articles;
    last_filtered_ = filtered;
    return Status::Ok();
  }
  if (value.contains("node")) {
    const json* node;
    if (Status s = GetObject(value, "node", &node); !s.ok()) return s;
    std::string id, name;
    EntityType type;
    uint64_t articles, mentions;
    if (Status s = GetId(*node, "id", "node", &id); !s.ok()) return s;
    if (Status s = GetType(*node, "node", &type); !s.ok()) return s;
    if (Status s = GetString(*node, "name", "node", &name); !s.ok()) return s;
    if (Status s = GetCount(*node, "articles", "node", 1, &articles); !s.ok()) return s;
    if (Status s = GetCount(*node, "mentions", "node", 1, &mentions); !s.ok()) return s;
    AddNode(id, type, name, articles, mentions);
    return Status::Ok();
  }
  if (value.contains("edge")) {
    const json* edge;
    if (Status s = GetObject(value, "edge", &edge); !s.ok()) return s;
    std::string a, b;
    uint64_t articles, sentences;
    if (Status s = GetId(*edge, "source", "edge", &a); !s.ok()) return s;
    if (Status s = GetId(*edge, "target", "edge", &b); !s.ok()) return s;
    if (Status s = GetCount(*edge, "articles", "edge", 1, &articles); !s.ok()) return s;
    if (Status s = GetCount(*edge, "sentences", "edge", 0, &sentences); !s.ok()) return s;
    if (a == b) return Status::Error(fmt::format("edge: relates \"{}\" to itself", a));
    // npmi, if present, is not read: it depends on the whole corpus and is
    // computed again by Finish().
    AddEdge(a, b, articles, sentences);
    return Status::Ok();
  }
  return Status::Error(
      "neither an article (no \"entities\" key) nor a line of graph output (\"graph\", \"node\" or \"edge\")");
}

Graph GraphBuilder::Finish() {
  Graph graph;
  graph.articles = articles_;
  // Nodes by id; `rank` maps the builder's indices to the graph's.
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].seen) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return nodes_[a].id < nodes_[b].id; });
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> rank(nodes_.size(), kNone);
  graph.nodes.reserve(order.size());
  for (uint32_t i : order) {
    const NodeData& n = nodes_[i];
    rank[i] = static_cast<uint32_t>(graph.nodes.size());
    graph.nodes.push_back(GraphNode{n.id, n.type, n.name, n.articles, n.mentions});
  }
  dropped_edges_ = 0;
  graph.edges.reserve(edges_.size());
  for (const auto& [key, data] : edges_) {
    uint32_t a = rank[key >> 32];
    uint32_t b = rank[key & 0xFFFFFFFFu];
    if (a == kNone || b == kNone) {
      ++dropped_edges_;
      continue;
    }
    if (a > b) std::swap(a, b);
    const double npmi = Npmi(data.articles, graph.nodes[a].articles, graph.nodes[b].articles, graph.articles);
    graph.edges.push_back(GraphEdge{a, b, data.articles, data.sentences, npmi});
  }
  std::sort(graph.edges.begin(), graph.edges.end(), [](const GraphEdge& x, const GraphEdge& y) {
    return std::pair(x.source, x.target) < std::pair(y.source, y.target);
  });
  return graph;
}

}  // namespace gazer
