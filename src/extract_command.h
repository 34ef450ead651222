// The `gazer extract` subcommand: options, and the wiring of the modules.
#ifndef GAZER_SRC_EXTRACT_COMMAND_H_
#define GAZER_SRC_EXTRACT_COMMAND_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace gazer {

struct ExtractFlags {
  std::vector<std::string> inputs;
  bool jsonl = false;
  std::string id_field = "id";
  std::string text_field = "text";
  std::string output = "-";
  int threads = 0;  // 0: one per core
  std::string window = "sentence";
  std::string offsets = "codepoints";
  std::string scheme = "gazer";
  std::vector<std::string> gazetteers;
  bool no_default_gazetteers = false;
  bool strict = false;
  bool quiet = false;
};

// Adds the subcommand and its options to `app`, storing them in `flags`.
CLI::App* AddExtractCommand(CLI::App* app, ExtractFlags* flags);

// Runs it; returns the process exit status (0, 1 input problems, 2 usage or
// gazetteer errors).
int RunExtract(const ExtractFlags& flags);

}  // namespace gazer

#endif  // GAZER_SRC_EXTRACT_COMMAND_H_
