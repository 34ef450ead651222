#include "graph_command.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "gazer/graph.h"
#include "gazer/graph_filter.h"
#include "gazer/graph_writer.h"
#include "graphviz.h"

namespace gazer {
namespace {

// Feeds every line of `origin` ("-": standard input) to the builder. Bad
// lines are reported, one stderr line each, counted and skipped.
void ReadInput(const std::string& origin, GraphBuilder* builder, uint64_t* problems) {
  const bool is_stdin = origin == "-";
  std::FILE* file = is_stdin ? stdin : std::fopen(origin.c_str(), "rb");
  if (file == nullptr) {
    std::fprintf(stderr, "gazer: %s: %s\n", origin.c_str(), std::strerror(errno));
    ++*problems;
    return;
  }
  char* line = nullptr;
  size_t capacity = 0;
  uint64_t number = 0;
  ssize_t length;
  while ((length = getline(&line, &capacity, file)) >= 0) {
    ++number;
    const Status status = builder->AddLine(std::string_view(line, static_cast<size_t>(length)));
    if (!status.ok()) {
      std::fprintf(stderr, "gazer: %s:%llu: %s\n", origin.c_str(), static_cast<unsigned long long>(number),
                   status.message().c_str());
      ++*problems;
    } else if (builder->last_line_was_filtered()) {
      // Not an error, but the merged numbers will not be those of the corpus.
      std::fprintf(stderr,
                   "gazer: %s:%llu: note: this graph was filtered; merged counts and npmi describe only what "
                   "it kept\n",
                   origin.c_str(), static_cast<unsigned long long>(number));
    }
  }
  if (std::ferror(file)) {
    std::fprintf(stderr, "gazer: %s: read error: %s\n", origin.c_str(), std::strerror(errno));
    ++*problems;
  }
  std::free(line);
  if (!is_stdin) std::fclose(file);
}

// Writes `data` to `path` ("" or "-": standard output); false after
// reporting the error.
bool WriteFile(const std::string& path, const std::string& data) {
  const bool to_stdout = path.empty() || path == "-";
  std::FILE* out = to_stdout ? stdout : std::fopen(path.c_str(), "wb");
  if (out == nullptr) {
    std::fprintf(stderr, "gazer: %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  bool ok = std::fwrite(data.data(), 1, data.size(), out) == data.size();
  ok = (to_stdout ? std::fflush(out) == 0 : std::fclose(out) == 0) && ok;
  if (!ok) {
    std::fprintf(stderr, "gazer: %s: cannot write output: %s\n", to_stdout ? "<stdout>" : path.c_str(),
                 std::strerror(errno));
  }
  return ok;
}

}  // namespace

CLI::App* AddGraphCommand(CLI::App* app, GraphFlags* flags) {
  CLI::App* cmd = app->add_subcommand("graph", "Aggregate extraction output into one entity network");
  cmd->footer(
      "Inputs are the JSON Lines of 'gazer extract' (one article per line) or of\n"
      "'gazer graph' itself (the graph of a shard), mixed freely; with no input, or\n"
      "'-', standard input is read. Unfiltered graphs of shards merge exactly into\n"
      "the graph of all their articles; filtered ones do not.\n"
      "Nodes: entities, with the number of articles and mentions. Edges: entities\n"
      "mentioned in the same sentence, with the number of articles and sentences and\n"
      "npmi, the normalized pointwise mutual information over articles (-1 to 1).\n"
      "Filters apply in order: --type, --min-count, --top/--top-overall, --entity.\n"
      "Exit status: 0 success, 1 some input line or file was bad (each one line on\n"
      "stderr, the rest still counted), 2 usage error or Graphviz missing for --png.\n\n"
      "Examples:\n"
      "  gazer extract corpus/ | gazer graph --top 5 --format graphml -o corpus.graphml\n"
      "  gazer graph shard1.jsonl shard2.jsonl > all.jsonl      # merge shard graphs\n"
      "  gazer graph out.jsonl --entity country:turkey --png turkey.png");
  cmd->add_option("inputs", flags->inputs, "Extraction or graph JSON Lines files ('-' for standard input)");
  cmd->add_option("-f,--format", flags->format,
                  "Output format (default jsonl; with --png, no text output unless asked for)")
      ->check(CLI::IsMember({"jsonl", "csv", "graphml", "dot"}));
  cmd->add_option("-o,--output", flags->output,
                  "Write to FILE instead of standard output; for csv, write PREFIX.nodes.csv and PREFIX.edges.csv")
      ->option_text("FILE|PREFIX");
  cmd->add_option("--min-count", flags->min_count, "Keep edges seen in at least N articles")->option_text("N");
  CLI::Option* top = cmd->add_option("--top", flags->top, "Keep each node's N strongest edges (by npmi, then articles)")
                         ->option_text("N")
                         ->check(CLI::PositiveNumber);
  cmd->add_option("--top-overall", flags->top_overall, "Keep the N strongest edges of the whole graph")
      ->option_text("N")
      ->check(CLI::PositiveNumber)
      ->excludes(top);
  cmd->add_option("--type", flags->types, "Keep nodes of these types (person,country,organization,location,weapon)")
      ->option_text("TYPE,...")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"person", "country", "organization", "location", "weapon"}));
  cmd->add_option("--entity", flags->entity, "Keep only the ego network of entity ID: it, its neighbours, their edges")
      ->option_text("ID");
  cmd->add_option("--png", flags->png, "Also draw the graph to FILE with Graphviz")->option_text("FILE");
  cmd->add_option("--png-nodes", flags->png_nodes, "Draw only the N most mentioned nodes (default 60; 0: all)")
      ->option_text("N")
      ->capture_default_str();
  return cmd;
}

int RunGraph(const GraphFlags& flags) {
  // Usage problems first, before any input is read.
  // With --png, text output only if asked for with --format or -o.
  std::string format = flags.format;
  if (format.empty() && (flags.png.empty() || !flags.output.empty())) format = "jsonl";
  if (format == "csv" && (flags.output.empty() || flags.output == "-")) {
    std::fprintf(stderr, "gazer: --format csv writes two files: give their prefix with -o PREFIX\n");
    return 2;
  }
  if (!flags.png.empty() && !GraphvizAvailable()) {
    std::fprintf(stderr, "gazer: --png needs Graphviz's 'dot' program, which is not on PATH (Debian: apt-get install graphviz)\n");
    return 2;
  }
  GraphFilter filter;
  for (const std::string& name : flags.types) filter.types.push_back(*ParseType(name));
  filter.min_count = flags.min_count;
  filter.top = flags.top;
  filter.top_overall = flags.top_overall;
  filter.entity = flags.entity;

  GraphBuilder builder;
  uint64_t problems = 0;
  if (flags.inputs.empty()) {
    ReadInput("-", &builder, &problems);
  } else {
    for (const std::string& input : flags.inputs) ReadInput(input, &builder, &problems);
  }
  Graph graph = builder.Finish();
  if (builder.dropped_edges() > 0) {
    std::fprintf(stderr, "gazer: %llu edges left out: they name entities that no input line describes\n",
                 static_cast<unsigned long long>(builder.dropped_edges()));
    ++problems;
  }
  if (filter.active()) {
    Graph filtered;
    if (Status s = FilterGraph(graph, filter, &filtered); !s.ok()) {
      std::fprintf(stderr, "gazer: %s\n", s.message().c_str());
      return 1;
    }
    graph = std::move(filtered);
  }

  bool written = true;
  std::string text;
  if (format == "jsonl") {
    WriteGraphJsonl(graph, &text);
    written = WriteFile(flags.output, text);
  } else if (format == "graphml") {
    WriteGraphml(graph, &text);
    written = WriteFile(flags.output, text);
  } else if (format == "dot") {
    WriteDot(graph, fmt::format("gazer graph: {} entities, {} articles", graph.nodes.size(), graph.articles), &text);
    written = WriteFile(flags.output, text);
  } else if (format == "csv") {
    WriteNodesCsv(graph, &text);
    written = WriteFile(flags.output + ".nodes.csv", text);
    text.clear();
    WriteEdgesCsv(graph, &text);
    written = WriteFile(flags.output + ".edges.csv", text) && written;
  }

  if (!flags.png.empty()) {
    const size_t limit = flags.png_nodes == 0 ? graph.nodes.size() : flags.png_nodes;
    const Graph drawn = TopNodes(graph, limit);
    const std::string caption =
        drawn.nodes.size() < graph.nodes.size()
            ? fmt::format("{} most mentioned of {} entities, {} articles", drawn.nodes.size(), graph.nodes.size(),
                          graph.articles)
            : fmt::format("{} entities, {} articles", graph.nodes.size(), graph.articles);
    std::string dot;
    WriteDot(drawn, caption, &dot);
    bool missing = false;
    if (Status s = RenderDot(dot, "png", flags.png, &missing); !s.ok()) {
      std::fprintf(stderr, "gazer: --png %s: %s\n", flags.png.c_str(), s.message().c_str());
      return missing ? 2 : 1;
    }
  }
  return written && problems == 0 ? 0 : 1;
}

}  // namespace gazer
