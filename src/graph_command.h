// The `gazer graph` subcommand: per-article extraction output, or graph
// output of shards, in; one entity network out.
#ifndef GAZER_SRC_GRAPH_COMMAND_H_
#define GAZER_SRC_GRAPH_COMMAND_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace gazer {

struct GraphFlags {
  std::vector<std::string> inputs;
  std::string format;  // empty: jsonl, or nothing at all with --png
  std::string output;  // empty: standard output; a prefix for csv
  uint64_t min_count = 0;
  size_t top = 0;
  size_t top_overall = 0;
  std::vector<std::string> types;
  std::string entity;
  std::string png;
  size_t png_nodes = 60;  // 0: all
};

// Adds the subcommand and its options to `app`, storing them in `flags`.
CLI::App* AddGraphCommand(CLI::App* app, GraphFlags* flags);

// Runs it; returns the process exit status (0, 1 input problems, 2 usage
// errors or Graphviz missing).
int RunGraph(const GraphFlags& flags);

}  // namespace gazer

#endif  // GAZER_SRC_GRAPH_COMMAND_H_
