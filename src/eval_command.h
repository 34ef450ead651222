// The `gazer eval` subcommand: scores extraction output against gold
// annotations (../shared/eval format).
#ifndef GAZER_SRC_EVAL_COMMAND_H_
#define GAZER_SRC_EVAL_COMMAND_H_

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace gazer {

struct EvalFlags {
  std::string gold;
  std::string pred;  // empty: extract from the gold texts
  bool json = false;
  bool by_doc = false;
  std::optional<double> min_f1;
  std::vector<std::string> gazetteers;
  bool no_default_gazetteers = false;
  std::string scheme = "gazer";
};

// Adds the subcommand and its options to `app`, storing them in `flags`.
CLI::App* AddEvalCommand(CLI::App* app, EvalFlags* flags);

// Runs it; returns the process exit status (0, 1 lenient F1 below --min-f1,
// 2 usage, input or gazetteer error).
int RunEval(const EvalFlags& flags);

}  // namespace gazer

#endif  // GAZER_SRC_EVAL_COMMAND_H_
