#include "extract_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

#include <fmt/format.h>

#include "gazer/default_gazetteers.h"
#include "gazer/extractor.h"
#include "gazer/gazetteer.h"
#include "gazer/json_writer.h"
#include "gazer/pipeline.h"
#include "gazer/reader.h"

namespace gazer {

CLI::App* AddExtractCommand(CLI::App* app, ExtractFlags* flags) {
  CLI::App* cmd = app->add_subcommand("extract", "Find entities and their co-occurrences in articles");
  cmd->footer(
      "Inputs are plain text files (one article each, id = path), JSON Lines files\n"
      "(one {\"id\", \"text\"} object per line), or directories, read recursively in\n"
      "sorted order. With no input, or '-', standard input is read.\n"
      "Output: one JSON line per article, in input order.\n"
      "Exit status: 0 success, 1 some input could not be read, 2 usage or gazetteer error.\n\n"
      "Examples:\n"
      "  gazer extract article.txt\n"
      "  cat corpus.jsonl | gazer extract --jsonl | jq .entities\n"
      "  gazer extract --jsonl a.jsonl b.jsonl -o out.jsonl --threads 2");
  cmd->add_option("inputs", flags->inputs, "Files or directories to read ('-' for standard input)");
  cmd->add_flag("--jsonl", flags->jsonl, "Read every input as JSON Lines (default for .jsonl/.ndjson files)");
  cmd->add_option("--id-field", flags->id_field, "JSON Lines key of the article id")->capture_default_str();
  cmd->add_option("--text-field", flags->text_field, "JSON Lines key of the article text")->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "Write to FILE instead of standard output")->option_text("FILE");
  cmd->add_option("-j,--threads", flags->threads, "Worker threads (0: one per core)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd->add_option("--window", flags->window, "Co-occurrence window")
      ->check(CLI::IsMember({"sentence", "paragraph", "document"}))
      ->capture_default_str();
  cmd->add_option("--offsets", flags->offsets, "Unit of mention offsets")
      ->check(CLI::IsMember({"codepoints", "bytes"}))
      ->capture_default_str();
  cmd->add_option("--scheme", flags->scheme,
                  "Annotation conventions: gazer (types by what a name is) or re3d (Dstl re3d's: a country "
                  "acting is an organization, titles are persons)")
      ->check(CLI::IsMember({"gazer", "re3d"}))
      ->capture_default_str();
  cmd->add_option("-g,--gazetteer", flags->gazetteers, "Add a gazetteer file or directory (repeatable)")
      ->option_text("PATH")
      ->allow_extra_args(false);
  cmd->add_flag("--no-default-gazetteers", flags->no_default_gazetteers,
                "Use only the gazetteers given with --gazetteer");
  cmd->add_flag("--strict", flags->strict, "Stop at the first input problem");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress line, even on a terminal");
  return cmd;
}

int RunExtract(const ExtractFlags& flags) {
  Gazetteer gazetteer;
  std::string_view index_image;
  if (!flags.no_default_gazetteers) {
    if (Status s = LoadDefaultGazetteers(&gazetteer, &index_image); !s.ok()) {
      std::fprintf(stderr, "gazer: %s\n", s.message().c_str());
      return 2;
    }
  }
  for (const std::string& path : flags.gazetteers) {
    if (Status s = gazetteer.Load(path); !s.ok()) {
      std::fprintf(stderr, "gazer: %s\n", s.message().c_str());
      return 2;
    }
  }
  const Window window = *ParseWindow(flags.window);
  const Extractor extractor(gazetteer, window, index_image, *ParseScheme(flags.scheme));
  const JsonWriter writer(flags.offsets == "bytes" ? OffsetUnit::kBytes : OffsetUnit::kCodePoints, window);

  std::FILE* out = stdout;
  if (flags.output != "-") {
    out = std::fopen(flags.output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "gazer: %s: %s\n", flags.output.c_str(), std::strerror(errno));
      return 2;
    }
  }
  // The pipeline hands over its output in chunks of many lines; a stdio
  // buffer would only copy them once more.
  std::setvbuf(out, nullptr, _IONBF, 0);

  PipelineOptions options;
  options.threads = flags.threads > 0 ? flags.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.strict = flags.strict;
  options.progress = !flags.quiet && isatty(STDERR_FILENO);
  options.reader.jsonl = flags.jsonl;
  options.reader.id_field = flags.id_field;
  options.reader.text_field = flags.text_field;

  Reader reader(flags.inputs, options.reader);
  PipelineStats stats;
  Status status = RunPipeline(&reader, extractor, writer, options, out, stderr, &stats);
  if (out != stdout && std::fclose(out) != 0 && status.ok()) {
    status = Status::Error(fmt::format("cannot write output: {}", std::strerror(errno)));
  }
  if (!status.ok()) {
    std::fprintf(stderr, "gazer: %s: %s\n", flags.output == "-" ? "<stdout>" : flags.output.c_str(),
                 status.message().c_str());
    return 1;
  }
  return stats.failures > 0 ? 1 : 0;
}

}  // namespace gazer
