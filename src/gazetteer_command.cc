#include "gazetteer_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "gazer/default_gazetteers.h"
#include "gazer/extractor.h"
#include "gazer/gazetteer.h"
#include "gazer/gazetteer_lint.h"
#include "gazer/gazetteer_stats.h"
#include "gazer/utf8.h"

namespace gazer {
namespace {

void AddGazetteerOptions(CLI::App* cmd, GazetteerFlags* flags) {
  cmd->add_option("-g,--gazetteer", flags->gazetteers, "Add a gazetteer file or directory (repeatable)")
      ->option_text("PATH")
      ->allow_extra_args(false);
  cmd->add_flag("--no-default-gazetteers", flags->no_default_gazetteers,
                "Leave out the default gazetteers compiled into gazer");
}

// Loads the defaults (unless told not to) and then `paths` with
// Gazetteer::Load; prints the error and returns false on failure.
bool LoadAll(const std::vector<std::string>& paths, bool defaults, Gazetteer* gazetteer,
             std::string_view* index_image) {
  if (defaults) {
    if (Status s = LoadDefaultGazetteers(gazetteer, index_image); !s.ok()) {
      std::fprintf(stderr, "gazer: %s\n", s.message().c_str());
      return false;
    }
  }
  for (const std::string& path : paths) {
    if (Status s = gazetteer->Load(path); !s.ok()) {
      std::fprintf(stderr, "gazer: %s\n", s.message().c_str());
      return false;
    }
  }
  return true;
}

int RunLint(const GazetteerFlags& flags) {
  std::vector<bool> wanted(std::size(kAllLintKinds), flags.only.empty());
  for (const std::string& name : flags.only) {
    const auto kind = ParseLintKind(name);
    if (!kind) {
      std::fprintf(stderr, "gazer: --only: unknown kind \"%s\" (syntax, duplicate-id, pattern, country, "
                           "surname, ambiguous-alias, common-word)\n", name.c_str());
      return 2;
    }
    wanted[static_cast<size_t>(*kind)] = true;
  }

  // With no path the default gazetteers are linted; with paths they are
  // the context the files are used in (as by `gazer extract -g`), so ids
  // and aliases they clash with are found, but they are not themselves
  // reported on.
  Gazetteer gazetteer;
  std::string_view index_image;
  std::vector<LintFinding> findings;
  const bool defaults = flags.paths.empty() || !flags.no_default_gazetteers;
  if (flags.paths.empty() && flags.no_default_gazetteers) {
    std::fprintf(stderr, "gazer: nothing to lint: give a PATH or leave out --no-default-gazetteers\n");
    return 2;
  }
  if (defaults && !LoadAll({}, true, &gazetteer, &index_image)) return 2;
  const size_t first = flags.paths.empty() ? 0 : gazetteer.size();
  LintLoad(flags.paths, &gazetteer, &findings);

  WordList words;
  LintOptions options;
  std::string note;
  if (wanted[static_cast<size_t>(LintKind::kCommonWord)]) {
    if (std::filesystem::exists(flags.words)) {
      if (Status s = LoadWordList(flags.words, &words); !s.ok()) {
        std::fprintf(stderr, "gazer: %s\n", s.message().c_str());
        return 2;
      }
      options.words = &words;
    } else {
      note = fmt::format("note: common-word check skipped: no word list at {} (Debian package wamerican)\n",
                         flags.words);
    }
  }
  LintEntries(gazetteer, first, options, &findings);

  // Findings in file order, then line order, whichever check made them.
  std::map<std::string, size_t, std::less<>> rank;
  for (const std::string& path : flags.paths) {
    std::vector<std::string> files;
    if (ListGazetteerFiles(path, &files).ok()) {
      for (const std::string& file : files) rank.emplace(file, rank.size());
    } else {
      rank.emplace(path, rank.size());
    }
  }
  for (size_t e = 0; e < gazetteer.size(); ++e) {
    const std::string_view file = gazetteer.entry(e).file;
    if (rank.find(file) == rank.end()) rank.emplace(std::string(file), rank.size());
  }
  std::stable_sort(findings.begin(), findings.end(), [&](const LintFinding& a, const LintFinding& b) {
    const size_t ra = rank.emplace(a.file, rank.size()).first->second;
    const size_t rb = rank.emplace(b.file, rank.size()).first->second;
    return ra != rb ? ra < rb : a.line < b.line;
  });

  std::vector<size_t> shown(std::size(kAllLintKinds), 0), total(std::size(kAllLintKinds), 0);
  size_t errors = 0, warnings = 0;
  std::string out;
  for (LintFinding& f : findings) {
    const size_t kind = static_cast<size_t>(f.kind);
    if (!wanted[kind]) continue;
    if (flags.werror) f.severity = Severity::kError;
    (f.severity == Severity::kError ? errors : warnings)++;
    if (flags.max > 0 && shown[kind] >= static_cast<size_t>(flags.max)) {
      ++total[kind];
      continue;
    }
    ++shown[kind];
    ++total[kind];
    out += FormatFinding(f);
    out += '\n';
  }
  std::vector<std::string> hidden, per_kind;
  for (LintKind kind : kAllLintKinds) {
    const size_t k = static_cast<size_t>(kind);
    if (total[k] == 0) continue;
    per_kind.push_back(fmt::format("{} {}", LintKindName(kind), total[k]));
    if (shown[k] < total[k]) hidden.push_back(fmt::format("{} {}", LintKindName(kind), total[k] - shown[k]));
  }
  if (!hidden.empty()) {
    out += fmt::format("... not shown: {} (--max 0 shows all, --only KIND one kind)\n", fmt::join(hidden, ", "));
  }
  out += note;
  const size_t checked = gazetteer.size() - first;
  out += fmt::format("{} error{}, {} warning{} in {} entr{}{}{}\n", errors, errors == 1 ? "" : "s", warnings,
                     warnings == 1 ? "" : "s", checked, checked == 1 ? "y" : "ies", per_kind.empty() ? "" : ": ",
                     fmt::join(per_kind, ", "));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return errors > 0 ? 1 : 0;
}

int RunStats(const GazetteerFlags& flags) {
  Gazetteer gazetteer;
  std::string_view index_image;
  if (!LoadAll(flags.paths, flags.paths.empty(), &gazetteer, &index_image)) return 2;
  const GazetteerStats stats = ComputeStats(gazetteer);
  auto counts_json = [](const GazetteerCounts& c) {
    return nlohmann::ordered_json{
        {"entries", c.entries}, {"aliases", c.aliases}, {"patterns", c.patterns}, {"families", c.families}};
  };
  if (flags.json) {
    nlohmann::ordered_json j;
    for (EntityType type : kEntityTypes) {
      j["types"][std::string(TypeName(type))] = counts_json(stats.by_type[static_cast<size_t>(type)]);
    }
    j["total"] = counts_json(stats.total);
    j["shared_aliases"] = stats.shared_aliases;
    j["files"] = nlohmann::ordered_json::array();
    for (const auto& [file, counts] : stats.by_file) {
      nlohmann::ordered_json row = {{"file", file}};
      row.update(counts_json(counts));
      j["files"].push_back(row);
    }
    std::cout << j.dump(2) << '\n';
    return 0;
  }
  size_t width = 12;
  for (const auto& [file, counts] : stats.by_file) width = std::max(width, file.size());
  std::string out;
  auto row = [&](std::string_view label, const GazetteerCounts& c) {
    out += fmt::format("{:<{}}  {:>8}  {:>8}  {:>8}  {:>8}\n", label, width, c.entries, c.aliases, c.patterns,
                       c.families);
  };
  out += fmt::format("{:<{}}  {:>8}  {:>8}  {:>8}  {:>8}\n", "type", width, "entries", "aliases", "patterns",
                     "families");
  for (EntityType type : kEntityTypes) row(TypeName(type), stats.by_type[static_cast<size_t>(type)]);
  row("total", stats.total);
  out += '\n';
  out += fmt::format("{:<{}}  {:>8}  {:>8}  {:>8}  {:>8}\n", "file", width, "entries", "aliases", "patterns",
                     "families");
  for (const auto& [file, counts] : stats.by_file) row(file, counts);
  out += fmt::format("\nalias keys shared by several entities: {} (gazer gazetteer lint --only ambiguous-alias)\n",
                     stats.shared_aliases);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

// Code-point offset of byte `pos` of `text`, counted as the JSON output does.
size_t CodePoints(std::string_view text, size_t pos) {
  size_t count = 0;
  for (size_t i = 0; i < pos && i < text.size(); i += DecodeUtf8(text, i).length) ++count;
  return count;
}

int RunMatch(const GazetteerFlags& flags) {
  Gazetteer gazetteer;
  std::string_view index_image;
  if (!LoadAll(flags.gazetteers, !flags.no_default_gazetteers, &gazetteer, &index_image)) return 2;
  std::string text = flags.text;
  if (text == "-") text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  const Extractor extractor(gazetteer, Window::kSentence, index_image);
  Extraction x;
  extractor.Extract(text, &x);
  // The matches as the matcher found them, before linking; Extract frees a
  // huge article's, so they are found again here.
  Extraction found;
  Normalize(text, &found.normalized);
  extractor.matcher().FindAll(found.normalized, &found.matches);
  const MatchSet& matches = found.matches;

  // Spans as in `gazer extract`: [start, end) in code points of the text.
  auto span = [&](uint32_t begin, uint32_t end) {
    const size_t b = x.normalized.ToOriginal(begin), e = x.normalized.ToOriginal(end);
    return fmt::format("[{},{}) \"{}\"", CodePoints(text, b), CodePoints(text, e), text.substr(b, e - b));
  };
  auto describe = [&](const Entry& entry) {
    std::string s = fmt::format("{}  {}", entry.id, Gazetteer::Origin(entry));
    if (entry.priority != 0) s += fmt::format("  priority={}", entry.priority);
    if (!entry.country.empty()) s += fmt::format("  country={}", entry.country);
    return s;
  };

  std::string out = "matches (aliases and patterns found, with every entry they fit):\n";
  if (matches.matches.empty()) out += "  none\n";
  for (const Match& m : matches.matches) {
    out += fmt::format("  {}  {}, {} candidate{}\n", span(m.begin, m.end), m.from_pattern ? "pattern" : "alias",
                       m.candidates_count, m.candidates_count == 1 ? "" : "s");
    // The mention the linker made of it: same end, begin at most past "the ".
    const Mention* made = nullptr;
    for (const Mention& mention : x.mentions) {
      if (mention.end == m.end && mention.begin >= m.begin && mention.begin <= m.begin + 4) made = &mention;
    }
    const int64_t chosen = made ? x.entities[made->entity].entry : -1;
    // What the linker picks with no evidence from the article: the highest
    // priority, then the first loaded (src/linker.cc, resolve).
    int64_t fallback = -1;
    int fallback_priority = 0;
    for (uint32_t c = 0; c < m.candidates_count; ++c) {
      const Entry entry = gazetteer.entry(matches.candidates[m.candidates_begin + c]);
      if (fallback < 0 || entry.priority > fallback_priority) {
        fallback = entry.index;
        fallback_priority = entry.priority;
      }
    }
    bool marked = false;
    for (uint32_t c = 0; c < m.candidates_count; ++c) {
      const uint32_t e = matches.candidates[m.candidates_begin + c];
      const Entry entry = gazetteer.entry(e);
      std::string why;
      if (static_cast<int64_t>(e) == chosen) {
        marked = true;
        if (m.candidates_count == 1) {
          why = "chosen: the only candidate";
        } else if (static_cast<int64_t>(e) == fallback) {
          why = "chosen: highest priority, then first loaded (article evidence did not overrule it)";
        } else {
          why = "chosen: by article evidence (its country, or other places of it, named in the article)";
        }
      }
      out += fmt::format("      {}{}\n", describe(entry), why.empty() ? "" : "  <- " + why);
    }
    if (!made) {
      out += "      -> no mention of its own: the linker replaced it (a name after a title, or a longer name)\n";
    } else if (!marked) {
      const Entity& entity = x.entities[made->entity];
      // A family match whose text is the id of a literal entry links to that entry.
      out += fmt::format("      -> {} (the literal entry with the family member's id)\n", entity.id);
    }
  }

  out += "mentions (after linking, as gazer extract reports them):\n";
  if (x.mentions.empty()) out += "  none\n";
  for (const Mention& mention : x.mentions) {
    const Entity& entity = x.entities[mention.entity];
    std::string where;
    if (entity.entry >= 0) {
      const Entry entry = gazetteer.entry(static_cast<size_t>(entity.entry));
      where = fmt::format("{}{}", Gazetteer::Origin(entry), entry.id != entity.id ? " (" + std::string(entry.id) + ")" : "");
    } else {
      where = "no entry: a name found by its context (a title, an apposition, a head noun, an acronym)";
    }
    out += fmt::format("  {}  -> {}  [{}]  {}\n", span(mention.begin, mention.end), entity.id,
                       entity.source == Source::kPattern ? "pattern" : "gazetteer", where);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

CLI::App* AddGazetteerCommand(CLI::App* app, GazetteerFlags* flags) {
  CLI::App* cmd = app->add_subcommand("gazetteer", "Check, count and debug gazetteers");
  cmd->require_subcommand(1);
  cmd->footer(
      "Run 'gazer gazetteer COMMAND --help' for a command's options.\n"
      "Format of gazetteer files: docs/gazetteer-format.md");

  CLI::App* lint = cmd->add_subcommand("lint", "Report every problem in gazetteer files");
  lint->footer(
      "With no PATH, lints the default gazetteers compiled into gazer. With PATHs\n"
      "(files, or directories of *.tsv files), lints those files as 'gazer extract -g'\n"
      "would use them: on top of the defaults, unless --no-default-gazetteers.\n"
      "Kinds: syntax, duplicate-id, pattern, country, surname (errors);\n"
      "ambiguous-alias, common-word (warnings).\n"
      "Output: one 'FILE:LINE: error|warning: message' line per finding, then a summary.\n"
      "Exit status: 0 no errors, 1 errors (or warnings with --werror), 2 usage error.\n\n"
      "Examples:\n"
      "  gazer gazetteer lint my-entities.tsv\n"
      "  gazer gazetteer lint --only ambiguous-alias --max 0");
  lint->add_option("paths", flags->paths, "Gazetteer files or directories (default: the built-in gazetteers)");
  lint->add_flag("--werror", flags->werror, "Treat warnings as errors");
  lint->add_option("--max", flags->max, "Show at most N findings of each kind (0: all)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  lint->add_option("--only", flags->only, "Only these kinds of finding (repeatable, or comma-separated)")
      ->option_text("KIND")
      ->delimiter(',')
      ->allow_extra_args(false);
  lint->add_option("--words", flags->words, "Word list for the common-word check")
      ->option_text("FILE")
      ->capture_default_str();
  lint->add_flag("--no-default-gazetteers", flags->no_default_gazetteers,
                 "Lint PATHs on their own, without the default gazetteers");
  lint->callback([flags] { flags->action = "lint"; });

  CLI::App* stats = cmd->add_subcommand("stats", "Count entries, aliases and patterns per type and file");
  stats->footer("With no PATH, counts the default gazetteers.");
  stats->add_option("paths", flags->paths, "Gazetteer files or directories (default: the built-in gazetteers)");
  stats->add_flag("--json", flags->json, "Write JSON instead of a table");
  stats->callback([flags] { flags->action = "stats"; });

  CLI::App* match = cmd->add_subcommand("match", "Show what matches in a text and which entry each match links to");
  match->footer(
      "Examples:\n"
      "  gazer gazetteer match \"Turkish officials met in Ankara.\"\n"
      "  gazer gazetteer match -g mine.tsv --no-default-gazetteers \"...\"\n"
      "  echo \"...\" | gazer gazetteer match -");
  match->add_option("text", flags->text, "The text ('-': read standard input)")->required();
  AddGazetteerOptions(match, flags);
  match->callback([flags] { flags->action = "match"; });
  return cmd;
}

int RunGazetteer(const GazetteerFlags& flags) {
  if (flags.action == "lint") return RunLint(flags);
  if (flags.action == "stats") return RunStats(flags);
  if (flags.action == "match") return RunMatch(flags);
  return 2;
}

}  // namespace gazer
