// Gazetteer lint: finds what makes a gazetteer fail to load or match badly,
// all at once, where Gazetteer::Load stops at the first bad line.
//
// LintLoad() reads gazetteer files line by line: every bad line and every
// duplicate id is a finding, and the good lines are still loaded, so the
// checks of LintEntries() see as much of the gazetteer as can be loaded.
// LintEntries() checks loaded entries against the whole gazetteer: aliases
// that several entities share (after the matcher's own key folding),
// patterns, country attributes, and aliases that are common English words.
//
// Findings are for people editing gazetteers: each names FILE:LINE and says
// what happens at match time, not only what is wrong.
#ifndef GAZER_GAZETTEER_LINT_H_
#define GAZER_GAZETTEER_LINT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/status.h"

namespace gazer {

enum class LintKind {
  kSyntax,          // a line Gazetteer::Load rejects (other than the kinds below)
  kDuplicateId,     // an id defined twice
  kPattern,         // an re: pattern that does not compile or matches ""
  kCountry,         // country=ID where no entry has that id
  kSurname,         // surname=WORD where WORD is no word of the entry's name
  kAmbiguousAlias,  // one alias key claimed by two or more entities
  kCommonWord,      // an alias that is also an ordinary English word
};
inline constexpr LintKind kAllLintKinds[] = {LintKind::kSyntax,  LintKind::kDuplicateId, LintKind::kPattern,
                                             LintKind::kCountry, LintKind::kSurname,     LintKind::kAmbiguousAlias,
                                             LintKind::kCommonWord};

// "syntax", "duplicate-id", "pattern", "country", "surname", "ambiguous-alias",
// "common-word".
std::string_view LintKindName(LintKind kind);
std::optional<LintKind> ParseLintKind(std::string_view name);

enum class Severity { kWarning, kError };

struct LintFinding {
  std::string file;
  uint32_t line = 0;  // 0: about the whole file
  Severity severity = Severity::kError;
  LintKind kind = LintKind::kSyntax;
  std::string message;
};

// "FILE:LINE: error: message" (or "FILE: ..." for line 0).
std::string FormatFinding(const LintFinding& finding);

// Lower-case common words (e.g. Debian's wamerican list), folded like
// gazetteer aliases.
using WordList = std::unordered_set<std::string>;

// Reads a word list, one word a line. Capitalized words (proper nouns) and
// possessives are left out: only words that are ordinary in lower case
// make an alias risky.
Status LoadWordList(const std::string& path, WordList* words);

// The files Gazetteer::Load reads for `path`, in its order: `path` itself,
// or a directory's *.tsv files sorted by name.
Status ListGazetteerFiles(const std::string& path, std::vector<std::string>* files);

// Loads the files at `paths` (a directory: its *.tsv files, sorted by name,
// as Gazetteer::Load does) into `gazetteer`, after whatever it holds. Bad
// lines and lines whose id is already defined are reported and skipped;
// a file that cannot be read is one finding.
void LintLoad(const std::vector<std::string>& paths, Gazetteer* gazetteer, std::vector<LintFinding>* findings);

struct LintOptions {
  // Common-word check; null skips it.
  const WordList* words = nullptr;
};

// Checks the entries [first, gazetteer.size()) against the whole gazetteer,
// appending findings in entry order. Shared aliases are reported once, at
// their last entry, when that entry is one of those checked.
void LintEntries(const Gazetteer& gazetteer, size_t first, const LintOptions& options,
                 std::vector<LintFinding>* findings);

// The key under which the matcher files an alias: normalized, case-folded,
// joining hyphens dropped, white space runs as one space. Two aliases with
// the same key match the same text (case rules aside).
std::string AliasKey(std::string_view alias);

}  // namespace gazer

#endif  // GAZER_GAZETTEER_LINT_H_
