// The `gazer gazetteer` subcommands: lint, stats and match, the tools for
// writing and debugging gazetteers.
#ifndef GAZER_SRC_GAZETTEER_COMMAND_H_
#define GAZER_SRC_GAZETTEER_COMMAND_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace gazer {

struct GazetteerFlags {
  std::string action;              // "lint", "stats" or "match": the subcommand given
  std::vector<std::string> paths;  // lint, stats: files or directories; none: the defaults
  // lint
  bool werror = false;
  int max = 25;  // findings shown per kind; 0: all
  std::vector<std::string> only;
  std::string words = "/usr/share/dict/american-english";
  // stats
  bool json = false;
  // match
  std::string text;
  // lint, match
  std::vector<std::string> gazetteers;
  bool no_default_gazetteers = false;
};

// Adds `gazetteer` and its subcommands to `app`, storing options in `flags`.
CLI::App* AddGazetteerCommand(CLI::App* app, GazetteerFlags* flags);

// Runs the subcommand given; returns the exit status: lint 0 clean or
// warnings only, 1 errors (or warnings with --werror); 2 usage or unreadable
// gazetteers.
int RunGazetteer(const GazetteerFlags& flags);

}  // namespace gazer

#endif  // GAZER_SRC_GAZETTEER_COMMAND_H_
