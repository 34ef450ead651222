// Graph writers: an entity network in the formats other tools read.
//
// Every writer is deterministic: nodes in id order, edges in (source,
// target) order, npmi with exactly six decimals. The JSON Lines form is the
// one GraphBuilder reads back, so graphs of shards merge exactly.
#ifndef GAZER_GRAPH_WRITER_H_
#define GAZER_GRAPH_WRITER_H_

#include <string>
#include <string_view>

#include "gazer/entity_type.h"
#include "gazer/graph.h"

namespace gazer {

// JSON Lines, keys in this order:
//   {"graph": {"articles": N}}      ("filtered": true added after a filter)
//   {"node": {"id", "type", "name", "articles", "mentions"}}   one per node
//   {"edge": {"source", "target", "articles", "sentences", "npmi"}}   one per edge
void WriteGraphJsonl(const Graph& graph, std::string* out);

// CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break
// quoted, quotes doubled), with a header line:
//   id,type,name,articles,mentions
//   source,target,articles,sentences,npmi
void WriteNodesCsv(const Graph& graph, std::string* out);
void WriteEdgesCsv(const Graph& graph, std::string* out);

// GraphML, undirected, every attribute declared with a <key>: node "type",
// "label" (the name), "articles", "mentions"; edge "articles", "sentences",
// "npmi" and "weight" (= articles, the attribute Gephi sizes edges by);
// graph "articles". Characters XML 1.0 cannot hold become U+FFFD.
void WriteGraphml(const Graph& graph, std::string* out);

// Graphviz DOT laid out by sfdp without overlaps (`dot -Tpng` honours the
// layout attribute): label size by mentions, colour by type (TypeColor),
// edge width by articles, and a legend of the colours under `caption`.
void WriteDot(const Graph& graph, std::string_view caption, std::string* out);

// The fill colour of a type in drawings, "#rrggbb": one fixed palette,
// light enough for black labels.
std::string_view TypeColor(EntityType type);

// npmi as written: six decimals, never "-0.000000".
std::string FormatNpmi(double npmi);

}  // namespace gazer

#endif  // GAZER_GRAPH_WRITER_H_
