// gazer: named entities and their co-occurrences in defence and geopolitics
// news. main() only parses the command line and hands over to a command.
#include <CLI/CLI.hpp>

#include "diff_command.h"
#include "eval_command.h"
#include "extract_command.h"
#include "gazetteer_command.h"
#include "graph_command.h"

int main(int argc, char** argv) {
  CLI::App app("gazer: find people, countries, organizations, locations and weapon systems in news\n"
               "articles, link them to canonical entities, and relate those mentioned together.",
               "gazer");
  app.set_version_flag("-V,--version", "gazer " GAZER_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'gazer COMMAND --help' for a command's options.");

  gazer::ExtractFlags extract_flags;
  CLI::App* extract = gazer::AddExtractCommand(&app, &extract_flags);
  gazer::GazetteerFlags gazetteer_flags;
  CLI::App* gazetteer = gazer::AddGazetteerCommand(&app, &gazetteer_flags);
  gazer::GraphFlags graph_flags;
  CLI::App* graph = gazer::AddGraphCommand(&app, &graph_flags);

  gazer::DiffFlags diff_flags;
  CLI::App* diff = gazer::AddDiffCommand(&app, &diff_flags);
  gazer::EvalFlags eval_flags;
  CLI::App* eval = gazer::AddEvalCommand(&app, &eval_flags);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (extract->parsed()) return gazer::RunExtract(extract_flags);
  if (gazetteer->parsed()) return gazer::RunGazetteer(gazetteer_flags);
  if (graph->parsed()) return gazer::RunGraph(graph_flags);
  if (diff->parsed()) return gazer::RunDiff(diff_flags);
  if (eval->parsed()) return gazer::RunEval(eval_flags);
  return 2;
}
