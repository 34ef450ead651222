#include "gazer/gazetteer_lint.h"

#include <re2/re2.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "gazer/normalizer.h"

namespace gazer {
namespace {

constexpr std::string_view kKindNames[] = {"syntax",  "duplicate-id", "pattern",        "country",
                                           "surname", "ambiguous-alias", "common-word"};

// True if `word` is one of the space-separated words of `name`.
bool HasWord(std::string_view name, std::string_view word) {
  for (size_t pos = 0; pos <= name.size();) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(pos, end - pos) == word) return true;
    pos = end + 1;
  }
  return false;
}

bool IsWord(const std::string& s, size_t i) { return IsWordByte(static_cast<unsigned char>(s[i])); }

Status ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(fmt::format("cannot open gazetteer: {}", std::strerror(errno)));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::Error("cannot read gazetteer");
  *contents = buffer.str();
  return Status::Ok();
}

}  // namespace

Status ListGazetteerFiles(const std::string& path, std::vector<std::string>* files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    files->push_back(path);
    return Status::Ok();
  }
  std::vector<std::string> found;
  for (const auto& item : fs::directory_iterator(path, ec)) {
    if (item.path().extension() == ".tsv") found.push_back(item.path().string());
  }
  if (ec) return Status::Error(ec.message());
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
  return Status::Ok();
}

namespace {

// Lints one file: every line goes through Gazetteer::LoadString on its own,
// so the parser that reports the error is the one gazer loads with; the
// good, new-id lines are then loaded together with their real line numbers
// (bad lines blanked, which keeps the numbering).
void LintFile(const std::string& path, Gazetteer* gazetteer, std::vector<LintFinding>* findings) {
  std::string contents;
  if (Status s = ReadFile(path, &contents); !s.ok()) {
    findings->push_back({path, 0, Severity::kError, LintKind::kSyntax, s.message()});
    return;
  }
  std::string_view rest = contents;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  const std::string prefix = path + ":1: ";
  std::string kept;
  kept.reserve(rest.size());
  std::unordered_map<std::string, uint32_t> ids;  // defined in this file -> line
  uint32_t line_number = 0;
  size_t start = 0;
  while (start < rest.size()) {
    size_t end = rest.find('\n', start);
    if (end == std::string_view::npos) end = rest.size();
    const std::string_view line = rest.substr(start, end - start);
    start = end + 1;
    ++line_number;
    Gazetteer one;
    const Status s = one.LoadString(path, line);
    if (!s.ok()) {
      std::string reason = s.message();
      if (reason.compare(0, prefix.size(), prefix) == 0) reason.erase(0, prefix.size());
      const bool pattern = reason.compare(0, 9, "pattern \"") == 0;
      findings->push_back(
          {path, line_number, Severity::kError, pattern ? LintKind::kPattern : LintKind::kSyntax, reason});
    } else if (one.size() == 1) {
      const std::string id(one.entry(0).id);
      std::string first;
      if (const int64_t e = gazetteer->Find(id); e >= 0) {
        first = Gazetteer::Origin(gazetteer->entry(static_cast<size_t>(e)));
      } else if (auto it = ids.find(id); it != ids.end()) {
        first = fmt::format("{}:{}", path, it->second);
      }
      if (!first.empty()) {
        findings->push_back({path, line_number, Severity::kError, LintKind::kDuplicateId,
                             fmt::format("duplicate id \"{}\" (first defined at {})", id, first)});
      } else {
        ids.emplace(id, line_number);
        kept.append(line);
      }
    }
    kept.push_back('\n');
  }
  if (Status s = gazetteer->LoadString(path, kept); !s.ok()) {
    // Cannot happen if every line loaded on its own and ids are unique; say
    // so rather than lose the file's entries silently.
    findings->push_back({path, 0, Severity::kError, LintKind::kSyntax, "not loaded: " + s.message()});
  }
}

Status CheckPattern(std::string_view pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 re(pattern, options);
  if (!re.ok()) return Status::Error(fmt::format("pattern \"{}\" does not compile: {}", pattern, re.error()));
  if (RE2::FullMatch("", re)) return Status::Error(fmt::format("pattern \"{}\" matches the empty string", pattern));
  return Status::Ok();
}

std::string AliasAsWritten(const Alias& alias) {
  const char* prefix = alias.case_rule == CaseRule::kExact ? "=" : alias.case_rule == CaseRule::kAny ? "~" : "";
  return fmt::format("{}{}", prefix, alias.text);
}

// What the linker does with a shared alias (src/linker.cc, resolve): an
// entry gains from the article's countries when it has a country attribute
// or is a country; with equal evidence the highest priority wins, then the
// entry loaded first.
std::string Resolution(const Gazetteer& gazetteer, const std::vector<uint32_t>& group) {
  std::vector<std::string> evidence;
  std::vector<std::string_view> countries;  // what the article's countries can favour, per entry
  for (uint32_t e : group) {
    const Entry entry = gazetteer.entry(e);
    countries.push_back(entry.type == EntityType::kCountry ? entry.id : entry.country);
    if (entry.type == EntityType::kCountry) {
      evidence.push_back(fmt::format("{} is a country", entry.id));
    } else if (!entry.country.empty()) {
      evidence.push_back(fmt::format("{} has country={}", entry.id, entry.country));
    }
  }
  // Evidence can only tell apart entries that differ in country.
  std::sort(countries.begin(), countries.end());
  if (std::unique(countries.begin(), countries.end()) - countries.begin() < 2) evidence.clear();
  Entry winner = gazetteer.entry(group.front());
  for (uint32_t e : group) {
    const Entry entry = gazetteer.entry(e);
    if (entry.priority > winner.priority) winner = entry;
  }
  const bool tie = std::any_of(group.begin(), group.end(), [&](uint32_t e) {
    return e != winner.index && gazetteer.entry(e).priority == winner.priority;
  });
  const std::string why = tie ? fmt::format("loaded first among priority {}", winner.priority)
                              : fmt::format("priority {}", winner.priority);
  if (evidence.empty()) {
    return fmt::format("no country attribute tells them apart, so {} always wins ({})", winner.id, why);
  }
  return fmt::format("the article's countries decide first ({}), else {} wins ({})", fmt::join(evidence, "; "),
                     winner.id, why);
}

}  // namespace

std::string_view LintKindName(LintKind kind) { return kKindNames[static_cast<int>(kind)]; }

std::optional<LintKind> ParseLintKind(std::string_view name) {
  for (LintKind kind : kAllLintKinds) {
    if (LintKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

std::string FormatFinding(const LintFinding& f) {
  const std::string_view severity = f.severity == Severity::kError ? "error" : "warning";
  if (f.line == 0) return fmt::format("{}: {}: {}", f.file, severity, f.message);
  return fmt::format("{}:{}: {}: {}", f.file, f.line, severity, f.message);
}

namespace {

// The key of `alias` in its case ("ITU", "Itu"), or folded.
std::string TrieKey(std::string_view alias, bool cased) {
  // Must agree with MakeKeys in src/alias_trie.cc.
  const NormalizedText n = Normalize(alias);
  const std::string& f = cased ? n.cased() : n.folded();
  std::string key;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '-' && i > 0 && i + 1 < f.size() && IsWord(f, i - 1) && IsWord(f, i + 1)) continue;
    if (f[i] == ' ' || f[i] == '\n') {
      if (key.empty() || key.back() == ' ') continue;
      key.push_back(' ');
      continue;
    }
    key.push_back(f[i]);
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// True if the entries of `group` write the aliases of `keys` in different
// cases ("ITU" and "Itu"): the matcher then gives text written as some of
// them to their entries (AliasTrie::PreferWrittenCase).
bool WrittenDifferently(const Gazetteer& gazetteer, const std::vector<uint32_t>& group,
                        const std::vector<std::string>& keys) {
  std::vector<std::string> first;
  for (uint32_t e : group) {
    const Entry entry = gazetteer.entry(e);
    std::vector<std::string> written;
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      const Alias a = gazetteer.alias(entry, k);
      if (std::binary_search(keys.begin(), keys.end(), TrieKey(a.text, false))) written.push_back(TrieKey(a.text, true));
    }
    std::sort(written.begin(), written.end());
    written.erase(std::unique(written.begin(), written.end()), written.end());
    if (e == group.front()) {
      first = std::move(written);
    } else if (written != first) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string AliasKey(std::string_view alias) { return TrieKey(alias, false); }

Status LoadWordList(const std::string& path, WordList* words) {
  std::string contents;
  if (Status s = ReadFile(path, &contents); !s.ok()) return Status::Error(path + ": " + s.message());
  std::istringstream in(contents);
  std::string word;
  while (std::getline(in, word)) {
    if (word.empty() || !(word[0] >= 'a' && word[0] <= 'z') || word.find('\'') != std::string::npos) continue;
    words->insert(Normalize(word).folded());
  }
  return Status::Ok();
}

void LintLoad(const std::vector<std::string>& paths, Gazetteer* gazetteer, std::vector<LintFinding>* findings) {
  for (const std::string& path : paths) {
    std::vector<std::string> files;
    if (Status s = ListGazetteerFiles(path, &files); !s.ok()) {
      findings->push_back({path, 0, Severity::kError, LintKind::kSyntax, s.message()});
      continue;
    }
    for (const std::string& file : files) LintFile(file, gazetteer, findings);
  }
}

void LintEntries(const Gazetteer& gazetteer, size_t first, const LintOptions& options,
                 std::vector<LintFinding>* findings) {
  // (entry, finding), sorted by entry at the end so findings follow the files.
  std::vector<std::pair<uint32_t, LintFinding>> found;
  auto add = [&](const Entry& entry, Severity severity, LintKind kind, std::string message) {
    found.push_back({entry.index, {std::string(entry.file), entry.line, severity, kind, std::move(message)}});
  };

  for (size_t e = first; e < gazetteer.size(); ++e) {
    const Entry entry = gazetteer.entry(e);
    for (uint32_t k = 0; k < entry.pattern_count; ++k) {
      if (Status s = CheckPattern(gazetteer.pattern(entry, k)); !s.ok()) {
        add(entry, Severity::kError, LintKind::kPattern, s.message());
      }
    }
    if (!entry.country.empty() && gazetteer.Find(entry.country) < 0) {
      add(entry, Severity::kError, LintKind::kCountry,
          fmt::format("country={}: no entry has this id, so it is never evidence for {}", entry.country, entry.id));
    }
    if (const std::optional<std::string_view> surname = Gazetteer::Attribute(entry, "surname");
        surname && !HasWord(entry.name, *surname)) {
      add(entry, Severity::kError, LintKind::kSurname,
          fmt::format("surname={}: not a word of the name \"{}\", so no mention can use it alone", *surname,
                      entry.name));
    }
    if (options.words == nullptr || entry.is_family()) continue;
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      const Alias alias = gazetteer.alias(entry, k);
      const NormalizedText n = Normalize(alias.text);
      const std::string& folded = n.folded();
      const std::string& cased = n.cased();
      if (folded.size() < 2 || !std::all_of(folded.begin(), folded.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
          options.words->count(folded) == 0) {
        continue;
      }
      if (alias.case_rule == CaseRule::kAny) {
        add(entry, Severity::kWarning, LintKind::kCommonWord,
            fmt::format("alias \"{}\" matches in any case, and \"{}\" is a common English word", AliasAsWritten(alias),
                        folded));
      } else if (alias.case_rule == CaseRule::kCapitals && cased[0] != folded[0] &&
                 cased.compare(1, std::string::npos, folded, 1) == 0) {
        add(entry, Severity::kWarning, LintKind::kCommonWord,
            fmt::format("alias \"{}\" is the common word \"{}\" capitalized: it matches at the start of a sentence",
                        alias.text, folded));
      }
    }
  }

  // Shared aliases: every entry filed under each key, in load order.
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;
  for (size_t e = 0; e < gazetteer.size(); ++e) {
    const Entry entry = gazetteer.entry(e);
    if (entry.is_family()) continue;
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      std::string key = AliasKey(gazetteer.alias(entry, k).text);
      if (key.empty()) continue;
      std::vector<uint32_t>& entries = by_key[std::move(key)];
      if (entries.empty() || entries.back() != e) entries.push_back(static_cast<uint32_t>(e));
    }
  }
  // One finding per set of entities, however many aliases they share
  // ("Congo" and "Congolese"), keyed by the set in load order.
  std::map<std::vector<uint32_t>, std::vector<std::string>> shared;
  for (const auto& [key, entries] : by_key) {
    if (entries.size() > 1 && entries.back() >= first) shared[entries].push_back(key);
  }
  constexpr size_t kListed = 6;
  for (auto& [group, keys] : shared) {
    std::sort(keys.begin(), keys.end());
    const std::string case_note =
        WrittenDifferently(gazetteer, group, keys) ? "; but text written exactly as only some of them write it, case and all, goes to those"
                                                   : "";
    const Entry last = gazetteer.entry(group.back());
    std::vector<std::string> aliases;
    for (uint32_t k = 0; k < last.alias_count; ++k) {
      const Alias a = gazetteer.alias(last, k);
      const std::string key = AliasKey(a.text);
      if (std::binary_search(keys.begin(), keys.end(), key)) {
        aliases.push_back(fmt::format("\"{}\"", AliasAsWritten(a)));
        keys.erase(std::lower_bound(keys.begin(), keys.end(), key));  // each key once
      }
    }
    std::vector<std::string> others;
    for (size_t i = 0; i + 1 < group.size() && i < kListed; ++i) {
      const Entry other = gazetteer.entry(group[i]);
      others.push_back(fmt::format("{} ({})", other.id, Gazetteer::Origin(other)));
    }
    if (group.size() - 1 > kListed) others.push_back(fmt::format("{} more", group.size() - 1 - kListed));
    add(last, Severity::kWarning, LintKind::kAmbiguousAlias,
        fmt::format("alias{} {} of {} also name{} {}; {}", aliases.size() == 1 ? "" : "es", fmt::join(aliases, ", "),
                    last.id, aliases.size() == 1 ? "s" : "", fmt::join(others, ", "), Resolution(gazetteer, group))
            + case_note);
  }

  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [entry, finding] : found) findings->push_back(std::move(finding));
}

}  // namespace gazer
