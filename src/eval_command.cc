#include "eval_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <unordered_set>

#include <fmt/format.h>

#include "gazer/article_output.h"
#include "gazer/default_gazetteers.h"
#include "gazer/evaluation.h"
#include "gazer/extractor.h"
#include "gazer/gazetteer.h"
#include "gazer/json_writer.h"
#include "gazer/reader.h"

namespace gazer {
namespace {

// What score.py calls the prediction when there is no file.
constexpr char kExtracted[] = "(gazer extract)";

// Reads a JSON Lines file whole, handing each line to `parse(record)`, which
// returns the reason a line is bad. Ids must be unique: score.py rejects
// duplicates too. Errors name FILE:LINE.
template <typename Parse>
Status ReadLines(const std::string& path, Parse parse) {
  Reader reader({path}, ReaderOptions{.jsonl = true});
  Record record;
  Status error;
  while (true) {
    switch (reader.Next(&record, &error)) {
      case Reader::Outcome::kEnd:
        return Status::Ok();
      case Reader::Outcome::kError:
        return error;
      case Reader::Outcome::kRecord:
        break;
    }
    if (Status s = parse(record); !s.ok()) {
      return Status::Error(fmt::format("{}:{}: {}", record.origin, record.line, s.message()));
    }
  }
}

Status LoadGazetteers(const EvalFlags& flags, Gazetteer* gazetteer, std::string_view* index_image) {
  if (!flags.no_default_gazetteers) {
    if (Status s = LoadDefaultGazetteers(gazetteer, index_image); !s.ok()) return s;
  }
  for (const std::string& path : flags.gazetteers) {
    if (Status s = gazetteer->Load(path); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

CLI::App* AddEvalCommand(CLI::App* app, EvalFlags* flags) {
  CLI::App* cmd = app->add_subcommand("eval", "Score extraction output against gold annotations");
  cmd->footer(
      "GOLD is JSON Lines in the format of ../shared/eval/gold (GUIDELINES.md): per\n"
      "document {\"id\", \"text\", \"entities\": [{\"start\", \"end\", \"type\", \"name\"}], ...}.\n"
      "PRED is `gazer extract` output; without it, gazer extracts from GOLD's texts\n"
      "first (default sentence window, and the gazetteer options as for extract).\n"
      "The figures are exactly those of score.py: mention P/R/F1 strict and lenient\n"
      "by class and fine type, entities, relations, and relation recall for gold\n"
      "span relations. --json prints score.py --json's structure.\n"
      "Exit status: 0, 1 lenient mention F1 (all) below --min-f1, 2 usage or input error.\n\n"
      "Examples:\n"
      "  gazer eval ../shared/eval/gold/seeds.jsonl\n"
      "  gazer extract --jsonl gold.jsonl >pred.jsonl && gazer eval gold.jsonl pred.jsonl --json\n"
      "  gazer eval gold.jsonl --min-f1 0.85   # for CI");
  cmd->add_option("gold", flags->gold, "Gold annotations (JSON Lines; '-' for standard input)")->required();
  cmd->add_option("pred", flags->pred, "Predictions: gazer extract output (default: extract from GOLD)");
  cmd->add_flag("--json", flags->json, "Print score.py's JSON structure instead of the table");
  cmd->add_flag("--by-doc", flags->by_doc, "With --json, add lenient mention scores per document");
  cmd->add_option("--min-f1", flags->min_f1, "Exit 1 when lenient mention F1 (all) is below X")
      ->option_text("X")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("-g,--gazetteer", flags->gazetteers, "Without PRED: add a gazetteer file or directory (repeatable)")
      ->option_text("PATH")
      ->allow_extra_args(false);
  cmd->add_flag("--no-default-gazetteers", flags->no_default_gazetteers,
                "Without PRED: use only the gazetteers given with --gazetteer");
  cmd->add_option("--scheme", flags->scheme, "Without PRED: annotation conventions of the extraction (as for extract)")
      ->check(CLI::IsMember({"gazer", "re3d"}))
      ->capture_default_str();
  return cmd;
}

int RunEval(const EvalFlags& flags) {
  const bool extract = flags.pred.empty();
  if (!extract && (!flags.gazetteers.empty() || flags.no_default_gazetteers || flags.scheme != "gazer")) {
    std::fprintf(stderr, "gazer: eval: --gazetteer, --no-default-gazetteers and --scheme apply only without PRED\n");
    return 2;
  }
  if (flags.gold == "-" && flags.pred == "-") {
    std::fprintf(stderr, "gazer: eval: GOLD and PRED cannot both be standard input\n");
    return 2;
  }

  Gazetteer gazetteer;
  std::string_view index_image;
  if (extract) {
    if (Status s = LoadGazetteers(flags, &gazetteer, &index_image); !s.ok()) {
      std::fprintf(stderr, "gazer: %s\n", s.message().c_str());
      return 2;
    }
  }
  // Built only when extracting: compiling the matcher is not free.
  std::optional<Extractor> extractor;
  if (extract) extractor.emplace(gazetteer, Window::kSentence, index_image, *ParseScheme(flags.scheme));
  const JsonWriter writer(OffsetUnit::kCodePoints, Window::kSentence);
  const ReaderOptions text_options;  // the gold's "id" and "text"
  Extraction extraction;
  std::string line;

  std::vector<GoldDocument> gold;
  std::vector<ArticleOutput> pred;
  std::unordered_set<std::string> gold_ids;
  Status status = ReadLines(flags.gold, [&](Record& record) {
    GoldDocument doc;
    if (Status s = ParseGoldDocument(record.payload, &doc); !s.ok()) return s;
    if (!gold_ids.insert(doc.id).second) return Status::Error(fmt::format("duplicate id \"{}\"", doc.id));
    if (extract) {
      // Exactly what `gazer extract --jsonl GOLD` writes for this line, read
      // back: the prediction is then the same as scoring that output.
      Article article;
      if (Status s = ParseRecord(&record, text_options, &article); !s.ok()) {
        // ParseRecord names FILE:LINE itself; keep only the reason.
        const std::string& m = s.message();
        const std::string prefix = fmt::format("{}:{}: ", record.origin, record.line);
        return Status::Error(m.starts_with(prefix) ? m.substr(prefix.size()) : m);
      }
      extractor->Extract(article.text, &extraction);
      line.clear();
      writer.Write(article.id, article.text, extraction, &line);
      while (!line.empty() && line.back() == '\n') line.pop_back();
      ArticleOutput out;
      if (Status s = ParseArticleOutput(line, &out); !s.ok()) {
        throw std::logic_error("gazer extract output does not read back: " + s.message());
      }
      out.id = doc.id;  // paired with its gold document whatever the id field held
      pred.push_back(std::move(out));
    }
    gold.push_back(std::move(doc));
    return Status::Ok();
  });
  if (status.ok() && !extract) {
    std::unordered_set<std::string> pred_ids;
    status = ReadLines(flags.pred, [&](Record& record) {
      ArticleOutput out;
      if (Status s = ParseArticleOutput(record.payload, &out); !s.ok()) return s;
      if (!pred_ids.insert(out.id).second) return Status::Error(fmt::format("duplicate id \"{}\"", out.id));
      pred.push_back(std::move(out));
      return Status::Ok();
    });
  }
  if (!status.ok()) {
    std::fprintf(stderr, "gazer: %s\n", status.message().c_str());
    return 2;
  }

  const EvaluationReport report = Evaluate(gold, pred);
  const std::string out = flags.json ? EvaluationJson(report, flags.gold, extract ? kExtracted : flags.pred, flags.by_doc)
                                     : EvaluationTable(report);
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "gazer: <stdout>: %s\n", std::strerror(errno));
    return 2;
  }
  if (flags.min_f1 && report.lenient_f1() < *flags.min_f1) {
    std::fprintf(stderr, "gazer: eval: lenient mention F1 %.4f is below --min-f1 %g\n", report.lenient_f1(),
                 *flags.min_f1);
    return 1;
  }
  return 0;
}

}  // namespace gazer
