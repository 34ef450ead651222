#include "diff_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

#include <fmt/format.h>

#include "gazer/article_output.h"
#include "gazer/diff.h"
#include "gazer/reader.h"

namespace gazer {
namespace {

// One side of the comparison: a JSON Lines file (or standard input) read a
// line at a time.
class Side {
 public:
  explicit Side(const std::string& path) : reader_({path}, ReaderOptions{.jsonl = true}) {}

  // The next article into *article; false at the end. Unreadable files and
  // malformed lines are errors naming FILE:LINE.
  bool Next(ArticleOutput* article, Status* error) {
    if (done_) return false;
    Record record;
    switch (reader_.Next(&record, error)) {
      case Reader::Outcome::kEnd:
        done_ = true;
        return false;
      case Reader::Outcome::kError:
        done_ = true;
        return false;
      case Reader::Outcome::kRecord:
        break;
    }
    if (Status s = ParseArticleOutput(record.payload, article); !s.ok()) {
      *error = Status::Error(fmt::format("{}:{}: {}", record.origin, record.line, s.message()));
      done_ = true;
      return false;
    }
    return true;
  }
  bool done() const { return done_; }

 private:
  Reader reader_;
  bool done_ = false;
};

}  // namespace

CLI::App* AddDiffCommand(CLI::App* app, DiffFlags* flags) {
  CLI::App* cmd = app->add_subcommand("diff", "Compare two extraction outputs article by article");
  cmd->footer(
      "Articles are matched by id. Reported per article: entities added and removed (by\n"
      "entity id; '~' when a kept entity's name or type changed), relations added and\n"
      "removed (by pair), and with --mentions mentions added and removed (by start, end,\n"
      "entity); then a summary line. Articles only in OLD or NEW are '- article' or\n"
      "'+ article'. Either file may be '-' (standard input).\n"
      "Files in the same article order are compared in constant memory per article;\n"
      "in different orders, the articles read ahead of their counterparts are held.\n"
      "Exit status: 0 equal, 1 different, 2 usage or input error.\n\n"
      "Examples:\n"
      "  gazer diff before.jsonl after.jsonl\n"
      "  gazer diff --mentions --format jsonl before.jsonl after.jsonl | jq .");
  cmd->add_option("old", flags->old_path, "The earlier output (gazer extract JSON Lines)")->required();
  cmd->add_option("new", flags->new_path, "The later output")->required();
  cmd->add_flag("--mentions", flags->mentions, "Also compare mentions");
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  return cmd;
}

int RunDiff(const DiffFlags& flags) {
  if (flags.old_path == "-" && flags.new_path == "-") {
    std::fprintf(stderr, "gazer: diff: OLD and NEW cannot both be standard input\n");
    return 2;
  }
  const DiffOptions options{.mentions = flags.mentions};
  const bool json = flags.format == "jsonl";
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

  DiffSummary summary;
  auto report = [&](const ArticleOutput& before, const ArticleOutput& after) {
    const ArticleDiff diff = DiffArticles(before, after, options);
    summary.Add(diff);
    if (diff.empty()) return;
    const std::string text = json ? FormatDiffJson(diff, options) : FormatDiffText(diff);
    std::fwrite(text.data(), 1, text.size(), stdout);
  };

  // Read the two sides in step, so that outputs in the same order pair up
  // at once and at most one article waits.
  Side old_side(flags.old_path);
  Side new_side(flags.new_path);
  ArticlePairing pairing;
  Status error;
  ArticleOutput article;
  while (error.ok() && (!old_side.done() || !new_side.done())) {
    if (old_side.Next(&article, &error)) {
      if (auto partner = pairing.Add(ArticlePairing::Side::kOld, &article)) report(article, *partner);
    }
    if (error.ok() && new_side.Next(&article, &error)) {
      if (auto partner = pairing.Add(ArticlePairing::Side::kNew, &article)) report(*partner, article);
    }
  }
  if (!error.ok()) {
    std::fflush(stdout);
    std::fprintf(stderr, "gazer: %s\n", error.message().c_str());
    return 2;
  }
  for (const ArticleOutput& removed : pairing.TakeUnpaired(ArticlePairing::Side::kOld)) {
    ++summary.removed;
    const std::string text = json ? FormatArticleJson('-', removed) : FormatArticleText('-', removed);
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  for (const ArticleOutput& added : pairing.TakeUnpaired(ArticlePairing::Side::kNew)) {
    ++summary.added;
    const std::string text = json ? FormatArticleJson('+', added) : FormatArticleText('+', added);
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  const std::string last = json ? FormatSummaryJson(summary, options) : FormatSummaryText(summary, options);
  std::fwrite(last.data(), 1, last.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "gazer: <stdout>: %s\n", std::strerror(errno));
    return 2;
  }
  return summary.equal() ? 0 : 1;
}

}  // namespace gazer
