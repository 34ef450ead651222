#include "gazer/graph_writer.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "gazer/json_writer.h"
#include "gazer/utf8.h"

namespace gazer {
namespace {

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

// XML 1.0 allows tab, LF, CR and U+0020 up; not U+FFFE, U+FFFF or ill-formed
// UTF-8. Markup characters are escaped, quotes too since values go in
// attributes.
void AppendXml(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const DecodedChar ch = DecodeUtf8(s, i);
      const bool allowed = ch.valid && ch.code_point != 0xFFFE && ch.code_point != 0xFFFF;
      if (allowed) {
        out->append(s.data() + i, ch.length);
      } else {
        out->append("\xEF\xBF\xBD");
      }
      i += ch.length;
      continue;
    }
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&apos;"); break;
      default:
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out->append("\xEF\xBF\xBD");
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
}

// A DOT quoted string. Backslashes are doubled so that label escapes (\n,
// \N, ...) in a name are shown as typed; line breaks become spaces.
void AppendDotString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    if (c == '"' || c == '\\') out->push_back('\\');
    out->push_back(c == '\n' || c == '\r' ? ' ' : c);
  }
  out->push_back('"');
}

}  // namespace

std::string FormatNpmi(double npmi) {
  std::string text = fmt::format("{:.6f}", npmi);
  if (text == "-0.000000") text = "0.000000";
  return text;
}

std::string_view TypeColor(EntityType type) {
  // ColorBrewer Set3 hues, in EntityType order: person, country,
  // organization, location, weapon.
  static constexpr std::array<std::string_view, 5> kColors = {"#80b1d3", "#fdb462", "#b3de69", "#fb8072",
                                                              "#bebada"};
  return kColors[static_cast<size_t>(type)];
}

void WriteGraphJsonl(const Graph& graph, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "{{\"graph\": {{\"articles\": {}{}}}}}\n", graph.articles,
                 graph.filtered ? ", \"filtered\": true" : "");
  for (const GraphNode& n : graph.nodes) {
    out->append("{\"node\": {\"id\": ");
    AppendJsonString(n.id, out);
    out->append(", \"type\": ");
    AppendJsonString(TypeName(n.type), out);
    out->append(", \"name\": ");
    AppendJsonString(n.name, out);
    fmt::format_to(std::back_inserter(*out), ", \"articles\": {}, \"mentions\": {}}}}}\n", n.articles, n.mentions);
  }
  for (const GraphEdge& e : graph.edges) {
    out->append("{\"edge\": {\"source\": ");
    AppendJsonString(graph.nodes[e.source].id, out);
    out->append(", \"target\": ");
    AppendJsonString(graph.nodes[e.target].id, out);
    fmt::format_to(std::back_inserter(*out), ", \"articles\": {}, \"sentences\": {}, \"npmi\": {}}}}}\n", e.articles,
                   e.sentences, FormatNpmi(e.npmi));
  }
}

void WriteNodesCsv(const Graph& graph, std::string* out) {
  out->append("id,type,name,articles,mentions\r\n");
  for (const GraphNode& n : graph.nodes) {
    AppendCsvField(n.id, out);
    out->push_back(',');
    out->append(TypeName(n.type));
    out->push_back(',');
    AppendCsvField(n.name, out);
    fmt::format_to(std::back_inserter(*out), ",{},{}\r\n", n.articles, n.mentions);
  }
}

void WriteEdgesCsv(const Graph& graph, std::string* out) {
  out->append("source,target,articles,sentences,npmi\r\n");
  for (const GraphEdge& e : graph.edges) {
    AppendCsvField(graph.nodes[e.source].id, out);
    out->push_back(',');
    AppendCsvField(graph.nodes[e.target].id, out);
    fmt::format_to(std::back_inserter(*out), ",{},{},{}\r\n", e.articles, e.sentences, FormatNpmi(e.npmi));
  }
}

void WriteGraphml(const Graph& graph, std::string* out) {
  out->append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"g_articles\" for=\"graph\" attr.name=\"articles\" attr.type=\"long\"/>\n"
      "  <key id=\"g_filtered\" for=\"graph\" attr.name=\"filtered\" attr.type=\"boolean\"/>\n"
      "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"n_articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n"
      "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n"
      "  <key id=\"e_articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"long\"/>\n"
      "  <key id=\"sentences\" for=\"edge\" attr.name=\"sentences\" attr.type=\"long\"/>\n"
      "  <key id=\"npmi\" for=\"edge\" attr.name=\"npmi\" attr.type=\"double\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <graph id=\"gazer\" edgedefault=\"undirected\">\n");
  fmt::format_to(std::back_inserter(*out),
                 "    <data key=\"g_articles\">{}</data>\n    <data key=\"g_filtered\">{}</data>\n", graph.articles,
                 graph.filtered ? "true" : "false");
  for (const GraphNode& n : graph.nodes) {
    out->append("    <node id=\"");
    AppendXml(n.id, out);
    out->append("\">\n      <data key=\"type\">");
    out->append(TypeName(n.type));
    out->append("</data>\n      <data key=\"label\">");
    AppendXml(n.name, out);
    fmt::format_to(std::back_inserter(*out),
                   "</data>\n      <data key=\"n_articles\">{}</data>\n      <data key=\"mentions\">{}</data>\n"
                   "    </node>\n",
                   n.articles, n.mentions);
  }
  for (size_t i = 0; i < graph.edges.size(); ++i) {
    const GraphEdge& e = graph.edges[i];
    fmt::format_to(std::back_inserter(*out), "    <edge id=\"e{}\" source=\"", i);
    AppendXml(graph.nodes[e.source].id, out);
    out->append("\" target=\"");
    AppendXml(graph.nodes[e.target].id, out);
    fmt::format_to(std::back_inserter(*out),
                   "\">\n      <data key=\"e_articles\">{0}</data>\n      <data key=\"sentences\">{1}</data>\n"
                   "      <data key=\"npmi\">{2}</data>\n      <data key=\"weight\">{0}</data>\n    </edge>\n",
                   e.articles, e.sentences, FormatNpmi(e.npmi));
  }
  out->append("  </graph>\n</graphml>\n");
}

void WriteDot(const Graph& graph, std::string_view caption, std::string* out) {
  uint64_t max_mentions = 1;
  uint64_t max_articles = 1;
  for (const GraphNode& n : graph.nodes) max_mentions = std::max(max_mentions, n.mentions);
  for (const GraphEdge& e : graph.edges) max_articles = std::max(max_articles, e.articles);

  out->append(
      "graph gazer {\n"
      // sfdp keeps ~100 nodes apart; overlap=prism removes what overlap is
      // left while keeping the layout's shape; sep adds a margin around
      // labels.
      "  graph [layout=sfdp, overlap=prism, overlap_scaling=-4, sep=\"+8\", splines=false, outputorder=edgesfirst,\n"
      "         pad=0.3, bgcolor=white, fontname=\"DejaVu Sans\", fontsize=18, labelloc=b, labeljust=c,\n"
      "         label=<<table border=\"0\" cellspacing=\"6\" cellpadding=\"4\"><tr><td>");
  // The caption is the only free text in the HTML-like label.
  AppendXml(caption, out);
  out->append("</td>");
  for (EntityType type : {EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization, EntityType::kLocation,
                          EntityType::kWeapon}) {
    fmt::format_to(std::back_inserter(*out), "<td bgcolor=\"{}\" border=\"1\" style=\"rounded\">{}</td>",
                   TypeColor(type), TypeName(type));
  }
  out->append(
      "</tr></table>>];\n"
      "  node [shape=box, style=\"rounded,filled\", color=\"#555555\", fontname=\"DejaVu Sans\", margin=\"0.08,0.03\"];\n"
      "  edge [color=\"#7f7f7f99\"];\n");
  for (const GraphNode& n : graph.nodes) {
    // Area-like growth: font size by the square root of the share of the
    // most mentioned node, 10 to 30 points.
    const double size = 10 + 20 * std::sqrt(static_cast<double>(n.mentions) / static_cast<double>(max_mentions));
    out->append("  ");
    AppendDotString(n.id, out);
    out->append(" [label=");
    AppendDotString(n.name, out);
    fmt::format_to(std::back_inserter(*out), ", fontsize={:.1f}, fillcolor=\"{}\", tooltip=", size,
                   TypeColor(n.type));
    AppendDotString(fmt::format("{}: {} articles, {} mentions", n.id, n.articles, n.mentions), out);
    out->append("];\n");
  }
  for (const GraphEdge& e : graph.edges) {
    const double width = 0.5 + 5.5 * std::sqrt(static_cast<double>(e.articles) / static_cast<double>(max_articles));
    out->append("  ");
    AppendDotString(graph.nodes[e.source].id, out);
    out->append(" -- ");
    AppendDotString(graph.nodes[e.target].id, out);
    fmt::format_to(std::back_inserter(*out), " [penwidth={:.2f}, tooltip=\"{} articles, {} sentences, npmi {}\"];\n",
                   width, e.articles, e.sentences, FormatNpmi(e.npmi));
  }
  out->append("}\n");
}

}  // namespace gazer
