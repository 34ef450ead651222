#include "gazer/graph.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "gazer/graph_filter.h"
#include "gazer/graph_writer.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// One per-article line of `gazer extract` output. `entities` are
// "type:name*count"; `relations` are "a|b*count".
std::string Article(const std::vector<std::string>& entities, const std::vector<std::string>& relations) {
  std::string line = "{\"id\": \"x\", \"entities\": [";
  for (size_t i = 0; i < entities.size(); ++i) {
    const std::string& e = entities[i];
    const size_t star = e.find('*');
    const std::string id = e.substr(0, star);
    const std::string type = id.substr(0, id.find(':'));
    const std::string name = id.substr(id.find(':') + 1);
    line += (i ? ", " : "") + std::string("{\"id\": \"") + id + "\", \"type\": \"" + type + "\", \"name\": \"" +
            name + "\", \"source\": \"gazetteer\", \"count\": " + e.substr(star + 1) + ", \"mentions\": []}";
  }
  line += "], \"relations\": [";
  for (size_t i = 0; i < relations.size(); ++i) {
    const std::string& r = relations[i];
    const size_t bar = r.find('|');
    const size_t star = r.find('*');
    line += (i ? ", " : "") + std::string("{\"source\": \"") + r.substr(0, bar) + "\", \"target\": \"" +
            r.substr(bar + 1, star - bar - 1) + "\", \"type\": \"co-occurrence\", \"count\": " + r.substr(star + 1) +
            "}";
  }
  return line + "]}";
}

// Four articles: A and B together twice, A and C once, C alone once.
std::vector<std::string> Corpus() {
  return {
      Article({"person:a*2", "country:b*1"}, {"country:b|person:a*2"}),
      Article({"country:b*3", "person:a*1"}, {"person:a|country:b*1"}),
      Article({"person:a*1", "location:c*1"}, {"location:c|person:a*1"}),
      Article({"location:c*4"}, {}),
  };
}

Graph Build(const std::vector<std::string>& lines) {
  GraphBuilder builder;
  for (const std::string& line : lines) {
    const Status s = builder.AddLine(line);
    EXPECT_TRUE(s.ok()) << s.message() << "\n" << line;
  }
  return builder.Finish();
}

std::string Jsonl(const Graph& graph) {
  std::string out;
  WriteGraphJsonl(graph, &out);
  return out;
}

const GraphEdge* FindEdge(const Graph& g, std::string_view a, std::string_view b) {
  for (const GraphEdge& e : g.edges) {
    if (g.nodes[e.source].id == a && g.nodes[e.target].id == b) return &e;
  }
  return nullptr;
}

TEST(GraphNpmiTest, HandComputed) {
  // p(a,b) = 2/4, p(a) = 3/4, p(b) = 2/4: log((1/2) / (3/8)) / -log(1/2) = log2(4/3).
  EXPECT_NEAR(Npmi(2, 3, 2, 4), std::log2(4.0 / 3.0), 1e-12);
  EXPECT_NEAR(Npmi(2, 3, 2, 4), 0.415037, 1e-6);
  // p(a,c) = 1/4, p(a) = 3/4, p(c) = 2/4: log((1/4) / (3/8)) / log 4.
  EXPECT_NEAR(Npmi(1, 3, 2, 4), std::log(2.0 / 3.0) / std::log(4.0), 1e-12);
  EXPECT_NEAR(Npmi(1, 2, 2, 4), 0.0, 1e-12);  // independent
  EXPECT_DOUBLE_EQ(Npmi(3, 3, 3, 10), 1.0);   // always together
}

TEST(GraphNpmiTest, EdgeCases) {
  EXPECT_DOUBLE_EQ(Npmi(1, 1, 1, 1), 1.0);  // p(a,b) = 1
  EXPECT_DOUBLE_EQ(Npmi(5, 5, 5, 5), 1.0);
  EXPECT_DOUBLE_EQ(Npmi(0, 3, 3, 10), -1.0);
  EXPECT_DOUBLE_EQ(Npmi(4, 2, 2, 10), 1.0);  // inconsistent counts stay in range
}

TEST(GraphBuilderTest, CountsNodesAndEdges) {
  const Graph g = Build(Corpus());
  EXPECT_EQ(g.articles, 4u);
  ASSERT_EQ(g.nodes.size(), 3u);
  EXPECT_EQ(g.nodes[0].id, "country:b");  // by id
  EXPECT_EQ(g.nodes[0].articles, 2u);
  EXPECT_EQ(g.nodes[0].mentions, 4u);
  EXPECT_EQ(g.nodes[0].type, EntityType::kCountry);
  EXPECT_EQ(g.nodes[0].name, "b");
  EXPECT_EQ(g.nodes[1].id, "location:c");
  EXPECT_EQ(g.nodes[1].articles, 2u);
  EXPECT_EQ(g.nodes[1].mentions, 5u);
  EXPECT_EQ(g.nodes[2].id, "person:a");
  EXPECT_EQ(g.nodes[2].articles, 3u);
  EXPECT_EQ(g.nodes[2].mentions, 4u);
  ASSERT_EQ(g.edges.size(), 2u);
  const GraphEdge* ab = FindEdge(g, "country:b", "person:a");
  ASSERT_NE(ab, nullptr);
  EXPECT_EQ(ab->articles, 2u);
  EXPECT_EQ(ab->sentences, 3u);
  EXPECT_NEAR(ab->npmi, 0.415037, 1e-6);
  const GraphEdge* ac = FindEdge(g, "location:c", "person:a");
  ASSERT_NE(ac, nullptr);
  EXPECT_EQ(ac->articles, 1u);
  EXPECT_NEAR(ac->npmi, -0.292481, 1e-6);
  EXPECT_FALSE(g.filtered);
}

TEST(GraphBuilderTest, JsonlOutput) {
  EXPECT_EQ(Jsonl(Build(Corpus())),
            "{\"graph\": {\"articles\": 4}}\n"
            "{\"node\": {\"id\": \"country:b\", \"type\": \"country\", \"name\": \"b\", \"articles\": 2, \"mentions\": 4}}\n"
            "{\"node\": {\"id\": \"location:c\", \"type\": \"location\", \"name\": \"c\", \"articles\": 2, \"mentions\": 5}}\n"
            "{\"node\": {\"id\": \"person:a\", \"type\": \"person\", \"name\": \"a\", \"articles\": 3, \"mentions\": 4}}\n"
            "{\"edge\": {\"source\": \"country:b\", \"target\": \"person:a\", \"articles\": 2, \"sentences\": 3, \"npmi\": 0.415037}}\n"
            "{\"edge\": {\"source\": \"location:c\", \"target\": \"person:a\", \"articles\": 1, \"sentences\": 1, \"npmi\": -0.292481}}\n");
}

TEST(GraphBuilderTest, ArticlesWithoutEntitiesCount) {
  std::vector<std::string> lines = Corpus();
  lines.push_back(Article({}, {}));
  lines.push_back("");  // blank lines are skipped, not articles
  lines.push_back("   \r\n");
  EXPECT_EQ(Build(lines).articles, 5u);
}

TEST(GraphBuilderTest, NameIsTheSmallestWhateverTheOrder) {
  const std::string x = R"({"entities": [{"id": "person:p", "type": "person", "name": "Zed", "count": 1}]})";
  const std::string y = R"({"entities": [{"id": "person:p", "type": "person", "name": "Abe", "count": 1}]})";
  EXPECT_EQ(Build({x, y}).nodes[0].name, "Abe");
  EXPECT_EQ(Build({y, x}).nodes[0].name, "Abe");
}

// The graph of all articles equals the graph built from the graph output of
// any split into shards, byte for byte, in any order and grouping.
TEST(GraphBuilderTest, MergingShardsIsExact) {
  std::vector<std::string> all = Corpus();
  all.push_back(Article({"person:a*1", "weapon:d*2", "location:c*1"},
                        {"location:c|person:a*1", "location:c|weapon:d*1", "person:a|weapon:d*2"}));
  all.push_back(Article({}, {}));
  const std::string whole = Jsonl(Build(all));
  for (size_t cut = 0; cut <= all.size(); ++cut) {
    const std::vector<std::string> first(all.begin(), all.begin() + cut);
    const std::vector<std::string> second(all.begin() + cut, all.end());
    auto lines_of = [](const std::string& text) {
      std::vector<std::string> lines;
      size_t start = 0;
      for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
        lines.push_back(text.substr(start, nl - start));
      }
      return lines;
    };
    std::vector<std::string> merged = lines_of(Jsonl(Build(second)));
    for (const std::string& line : lines_of(Jsonl(Build(first)))) merged.push_back(line);
    EXPECT_EQ(Jsonl(Build(merged)), whole) << "cut at " << cut;
    // Graph lines and article lines mix: a shard's graph plus raw articles.
    std::vector<std::string> mixed = lines_of(Jsonl(Build(first)));
    mixed.insert(mixed.end(), second.begin(), second.end());
    EXPECT_EQ(Jsonl(Build(mixed)), whole) << "cut at " << cut;
  }
  // Merging a graph with an empty one changes nothing.
  std::vector<std::string> twice = {"{\"graph\": {\"articles\": 0}}"};
  for (size_t s = 0, e; (e = whole.find('\n', s)) != std::string::npos; s = e + 1) {
    twice.push_back(whole.substr(s, e - s));
  }
  EXPECT_EQ(Jsonl(Build(twice)), whole);
}

TEST(GraphBuilderTest, MalformedLinesChangeNothing) {
  const std::string good = Jsonl(Build(Corpus()));
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"{\"entities\": [", "invalid JSON"},
      {"[1, 2]", "not a JSON object"},
      {"{\"id\": \"x\", \"text\": \"hi\"}", "neither an article"},
      {"{\"entities\": {}}", "\"entities\" is not an array"},
      {R"({"entities": [{"id": "person:q", "type": "person", "name": "Q"}]})", "entities[0]: no \"count\" field"},
      {R"({"entities": [{"id": "person:q", "type": "robot", "name": "Q", "count": 1}]})", "unknown type \"robot\""},
      {R"({"entities": [{"id": "person:q", "type": "person", "name": "Q", "count": -1}]})", "not a non-negative"},
      {R"({"entities": [{"id": "person:q", "type": "person", "name": "Q", "count": 1}],
           "relations": [{"source": "person:q", "target": "country:z", "count": 1}]})",
       "relations[0]: \"country:z\" is not among the article's entities"},
      {R"({"node": {"id": "person:q", "type": "person", "name": "Q", "articles": "3", "mentions": 1}})",
       "node: \"articles\" is not a non-negative integer"},
      {R"({"edge": {"source": "person:a", "target": "person:a", "articles": 1, "sentences": 1}})", "itself"},
      {R"({"graph": 4})", "\"graph\" is not an object"},
  };
  GraphBuilder builder;
  for (const std::string& line : Corpus()) ASSERT_TRUE(builder.AddLine(line).ok());
  for (const auto& [line, reason] : bad) {
    const Status s = builder.AddLine(line);
    EXPECT_FALSE(s.ok()) << line;
    EXPECT_THAT(s.message(), HasSubstr(reason)) << line;
    EXPECT_EQ(s.message().find('\n'), std::string::npos) << "one line: " << s.message();
  }
  EXPECT_EQ(Jsonl(builder.Finish()), good);
}

TEST(GraphBuilderTest, EdgesWithoutNodesAreDroppedAndCounted) {
  GraphBuilder builder;
  ASSERT_TRUE(builder.AddLine(R"({"edge": {"source": "person:a", "target": "person:b", "articles": 1, "sentences": 1}})").ok());
  const Graph g = builder.Finish();
  EXPECT_TRUE(g.nodes.empty());
  EXPECT_TRUE(g.edges.empty());
  EXPECT_EQ(builder.dropped_edges(), 1u);
}

TEST(GraphBuilderTest, FilteredGraphLineIsFlagged) {
  GraphBuilder builder;
  ASSERT_TRUE(builder.AddLine(R"({"graph": {"articles": 3, "filtered": true}})").ok());
  EXPECT_TRUE(builder.last_line_was_filtered());
  ASSERT_TRUE(builder.AddLine(R"({"graph": {"articles": 3}})").ok());
  EXPECT_FALSE(builder.last_line_was_filtered());
  EXPECT_EQ(builder.Finish().articles, 6u);
}

// A star around hub "country:h" plus a triangle, for the filters.
std::vector<std::string> Star() {
  return {
      Article({"country:h*5", "person:p1*1", "person:p2*1"},
              {"country:h|person:p1*1", "country:h|person:p2*1", "person:p1|person:p2*1"}),
      Article({"country:h*2", "person:p1*1"}, {"country:h|person:p1*3"}),
      Article({"country:h*1", "location:l*1"}, {"country:h|location:l*1"}),
      Article({"location:l*1", "weapon:w*1"}, {"location:l|weapon:w*1"}),
      Article({"weapon:w*1"}, {}),
      Article({"organization:o*1"}, {}),
  };
}

std::vector<std::string> NodeIds(const Graph& g) {
  std::vector<std::string> ids;
  for (const GraphNode& n : g.nodes) ids.push_back(n.id);
  return ids;
}

std::vector<std::string> EdgeIds(const Graph& g) {
  std::vector<std::string> ids;
  for (const GraphEdge& e : g.edges) ids.push_back(g.nodes[e.source].id + "-" + g.nodes[e.target].id);
  return ids;
}

Graph Filter(const Graph& g, const GraphFilter& f) {
  Graph out;
  const Status s = FilterGraph(g, f, &out);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(out.filtered);
  EXPECT_EQ(out.articles, g.articles);
  return out;
}

TEST(GraphFilterTest, Types) {
  const Graph g = Build(Star());
  GraphFilter f;
  f.types = {EntityType::kPerson, EntityType::kOrganization};
  const Graph out = Filter(g, f);
  // Type filtering alone keeps nodes without edges.
  EXPECT_THAT(NodeIds(out), ElementsAre("organization:o", "person:p1", "person:p2"));
  EXPECT_THAT(EdgeIds(out), ElementsAre("person:p1-person:p2"));
}

TEST(GraphFilterTest, MinCountDropsEdgesAndNodesLeftAlone) {
  const Graph g = Build(Star());
  GraphFilter f;
  f.min_count = 2;
  const Graph out = Filter(g, f);
  EXPECT_THAT(EdgeIds(out), ElementsAre("country:h-person:p1"));
  EXPECT_THAT(NodeIds(out), ElementsAre("country:h", "person:p1"));
  // Counts and npmi are those of the whole corpus.
  EXPECT_EQ(out.edges[0].articles, 2u);
  EXPECT_EQ(out.edges[0].sentences, 4u);
  EXPECT_DOUBLE_EQ(out.edges[0].npmi, FindEdge(g, "country:h", "person:p1")->npmi);
}

TEST(GraphFilterTest, TopPerNodeKeepsEachNodesStrongest) {
  const Graph g = Build(Star());
  // npmi over 6 articles: h-p1 (ab 2, a 3, b 2) = log2/log3 = 0.63; h-p2
  // (1, 3, 1) = log2/log6 = 0.39; p1-p2 (1, 2, 1) = log3/log6 = 0.61;
  // h-l (1, 3, 2) = 0; l-w (1, 2, 2) = log(3/2)/log 6 = 0.23.
  GraphFilter f;
  f.top = 1;
  const Graph out = Filter(g, f);
  // h: h-p1; p1: h-p1; p2: p1-p2; l: l-w; w: l-w. h-l and h-p2 go.
  EXPECT_THAT(EdgeIds(out), ElementsAre("country:h-person:p1", "location:l-weapon:w", "person:p1-person:p2"));
  EXPECT_THAT(NodeIds(out), ElementsAre("country:h", "location:l", "person:p1", "person:p2", "weapon:w"));
}

TEST(GraphFilterTest, TopOverall) {
  const Graph g = Build(Star());
  GraphFilter f;
  f.top_overall = 2;
  const Graph out = Filter(g, f);
  EXPECT_THAT(EdgeIds(out), ElementsAre("country:h-person:p1", "person:p1-person:p2"));
  EXPECT_THAT(NodeIds(out), ElementsAre("country:h", "person:p1", "person:p2"));
}

TEST(GraphFilterTest, TiesBreakByArticlesThenIds) {
  GraphEdge x{0, 1, 1, 1, 0.5};
  GraphEdge y{0, 2, 2, 1, 0.5};
  EXPECT_TRUE(StrongerEdge(y, x));  // more articles
  y.articles = 1;
  EXPECT_TRUE(StrongerEdge(x, y));  // same numbers: smaller ids first
  EXPECT_FALSE(StrongerEdge(x, x));
}

TEST(GraphFilterTest, EgoNetwork) {
  const Graph g = Build(Star());
  GraphFilter f;
  f.entity = "person:p1";
  const Graph out = Filter(g, f);
  EXPECT_THAT(NodeIds(out), ElementsAre("country:h", "person:p1", "person:p2"));
  // Edges among the neighbours are kept too.
  EXPECT_THAT(EdgeIds(out), ElementsAre("country:h-person:p1", "country:h-person:p2", "person:p1-person:p2"));

  f.entity = "organization:o";  // no edges: just itself
  EXPECT_THAT(NodeIds(Filter(g, f)), ElementsAre("organization:o"));

  f.entity = "country:h";
  f.min_count = 2;  // ego after min-count: only h-p1 is left
  EXPECT_THAT(EdgeIds(Filter(g, f)), ElementsAre("country:h-person:p1"));
}

TEST(GraphFilterTest, UnknownEgoIsAnError) {
  const Graph g = Build(Star());
  Graph out;
  GraphFilter f;
  f.entity = "person:nobody";
  EXPECT_FALSE(FilterGraph(g, f, &out).ok());
  f.entity = "person:p1";
  f.types = {EntityType::kCountry};
  const Status s = FilterGraph(g, f, &out);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("--entity person:p1"));
}

TEST(GraphFilterTest, TopNodesByMentions) {
  const Graph g = Build(Star());
  // h has 8 mentions; l, p1 and w 2 each in 2 articles: the smallest id wins.
  const Graph out = TopNodes(g, 2);
  EXPECT_THAT(NodeIds(out), ElementsAre("country:h", "location:l"));
  EXPECT_THAT(EdgeIds(out), ElementsAre("country:h-location:l"));
  EXPECT_EQ(TopNodes(g, 100).nodes.size(), g.nodes.size());
}

TEST(GraphWriterTest, FormatNpmi) {
  EXPECT_EQ(FormatNpmi(0.4150374992788438), "0.415037");
  EXPECT_EQ(FormatNpmi(-1e-12), "0.000000");
  EXPECT_EQ(FormatNpmi(1), "1.000000");
  EXPECT_EQ(FormatNpmi(-0.2924812503605781), "-0.292481");
}

Graph Awkward() {
  // Names that need quoting or escaping in every format.
  return Build({
      R"({"entities": [{"id": "organization:a-b", "type": "organization", "name": "Smith, \"Jones\" & <Co>\nLtd", "count": 2},)"
      R"( {"id": "person:o'neil", "type": "person", "name": "O'Neil\u0001", "count": 1}],)"
      R"( "relations": [{"source": "organization:a-b", "target": "person:o'neil", "count": 1}]})",
  });
}

TEST(GraphWriterTest, CsvQuoting) {
  const Graph g = Awkward();
  std::string nodes, edges;
  WriteNodesCsv(g, &nodes);
  WriteEdgesCsv(g, &edges);
  EXPECT_EQ(nodes,
            "id,type,name,articles,mentions\r\n"
            "organization:a-b,organization,\"Smith, \"\"Jones\"\" & <Co>\nLtd\",1,2\r\n"
            "person:o'neil,person,O'Neil\x01,1,1\r\n");
  EXPECT_EQ(edges,
            "source,target,articles,sentences,npmi\r\n"
            "organization:a-b,person:o'neil,1,1,1.000000\r\n");
}

// A small structural XML check: tags balance, attribute values are quoted,
// every '&' starts an entity, no '<' or control character in text.
::testing::AssertionResult WellFormedXml(const std::string& xml) {
  std::vector<std::string> open;
  size_t i = 0;
  if (xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) != 0) {
    return ::testing::AssertionFailure() << "no XML declaration";
  }
  i = xml.find('\n') + 1;
  while (i < xml.size()) {
    const char c = xml[i];
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') {
      return ::testing::AssertionFailure() << "control character at " << i;
    }
    if (c == '&') {
      const size_t semi = xml.find(';', i);
      const std::string entity = xml.substr(i, semi - i + 1);
      if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" && entity != "&apos;") {
        return ::testing::AssertionFailure() << "bad entity " << entity;
      }
      i = semi + 1;
      continue;
    }
    if (c == '>') return ::testing::AssertionFailure() << "stray '>' at " << i;
    if (c != '<') {
      ++i;
      continue;
    }
    // A tag: scan to its '>' honouring quoted attribute values.
    size_t j = i + 1;
    char quote = 0;
    for (; j < xml.size() && (quote || xml[j] != '>'); ++j) {
      if (quote) {
        if (xml[j] == quote) quote = 0;
        else if (xml[j] == '<') return ::testing::AssertionFailure() << "'<' in attribute at " << j;
      } else if (xml[j] == '"' || xml[j] == '\'') {
        quote = xml[j];
      }
    }
    if (j >= xml.size()) return ::testing::AssertionFailure() << "unterminated tag at " << i;
    const std::string tag = xml.substr(i + 1, j - i - 1);
    const std::string name = tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" \n/", 1) - (tag[0] == '/' ? 1 : 0));
    if (tag[0] == '/') {
      if (open.empty() || open.back() != name) {
        return ::testing::AssertionFailure() << "</" << name << "> closes " << (open.empty() ? "nothing" : open.back());
      }
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(name);
    }
    i = j + 1;
  }
  if (!open.empty()) return ::testing::AssertionFailure() << "<" << open.back() << "> not closed";
  return ::testing::AssertionSuccess();
}

TEST(GraphWriterTest, GraphmlIsWellFormedAndDeclaresItsKeys) {
  std::string xml;
  WriteGraphml(Awkward(), &xml);
  EXPECT_TRUE(WellFormedXml(xml)) << xml;
  EXPECT_THAT(xml, HasSubstr("<data key=\"label\">Smith, &quot;Jones&quot; &amp; &lt;Co&gt;\nLtd</data>"));
  EXPECT_THAT(xml, HasSubstr("<node id=\"person:o&apos;neil\">"));
  EXPECT_THAT(xml, HasSubstr("O&apos;Neil\xEF\xBF\xBD</data>"));  // U+0001 is not allowed in XML 1.0
  EXPECT_THAT(xml, HasSubstr("<graph id=\"gazer\" edgedefault=\"undirected\">"));
  // Every <data key="K"> has its <key id="K">.
  for (size_t at = 0; (at = xml.find("<data key=\"", at)) != std::string::npos; ++at) {
    const size_t start = at + 11;
    const std::string key = xml.substr(start, xml.find('"', start) - start);
    EXPECT_THAT(xml, HasSubstr("<key id=\"" + key + "\"")) << key;
  }
  std::string empty;
  WriteGraphml(Graph{}, &empty);
  EXPECT_TRUE(WellFormedXml(empty)) << empty;
}

TEST(GraphWriterTest, DotQuotesNamesAndHasALegend) {
  std::string dot;
  WriteDot(Awkward(), "caption <&>", &dot);
  EXPECT_THAT(dot, HasSubstr("\"organization:a-b\" -- \"person:o'neil\""));
  EXPECT_THAT(dot, HasSubstr("label=\"Smith, \\\"Jones\\\" & <Co> Ltd\""));
  EXPECT_THAT(dot, HasSubstr("caption &lt;&amp;&gt;"));
  for (EntityType t : {EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization, EntityType::kLocation,
                       EntityType::kWeapon}) {
    EXPECT_THAT(dot, HasSubstr(std::string(TypeColor(t)) + "\" border=\"1\" style=\"rounded\">" +
                               std::string(TypeName(t)) + "<"));
  }
  EXPECT_EQ(dot.substr(0, 13), "graph gazer {");
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
}

}  // namespace
}  // namespace gazer
