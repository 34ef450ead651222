// The `gazer diff` subcommand: compares two extraction outputs.
#ifndef GAZER_SRC_DIFF_COMMAND_H_
#define GAZER_SRC_DIFF_COMMAND_H_

#include <string>

#include <CLI/CLI.hpp>

namespace gazer {

struct DiffFlags {
  std::string old_path;
  std::string new_path;
  bool mentions = false;
  std::string format = "text";
};

// Adds the subcommand and its options to `app`, storing them in `flags`.
CLI::App* AddDiffCommand(CLI::App* app, DiffFlags* flags);

// Runs it; returns the process exit status (0 equal, 1 different, 2 usage or
// input error).
int RunDiff(const DiffFlags& flags);

}  // namespace gazer

#endif  // GAZER_SRC_DIFF_COMMAND_H_
