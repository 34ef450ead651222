// TitleRun: the titles written before a person's name ("Prime Minister",
// "Lt. Gen.", "Secretary of State"), read as the regular expression
//
//   \b(?:(?:(?i:A1|A2|...)|W1|W2|...)\.?,? +)+|(?m:^)By +
//
// would read them (RE2, leftmost-first, anchored at the start), where the
// A are the titles matched in any case and the W those matched as written,
// each list longest first, a space or hyphen of a title matching either.
// It compares words instead of running a regex: the Linker asks at every
// capitalized word that may start a title.
#ifndef GAZER_SRC_TITLE_RUN_H_
#define GAZER_SRC_TITLE_RUN_H_

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gazer {

class TitleRun {
 public:
  // Titles are ASCII letters, spaces and hyphens, and start with a letter;
  // anything else is a programmer error (std::logic_error).
  TitleRun(std::span<const std::string_view> any_case, std::span<const std::string_view> as_written);

  // The length of the match at `begin` of `text`, which is read no further
  // than `limit` (the bytes before `begin` count for \b and ^); 0 if none.
  size_t Length(std::string_view text, size_t begin, size_t limit) const;

 private:
  struct Title {
    std::string text;  // lower-cased if any_case
    bool any_case;
  };
  // The length of the one title and what follows it at `pos`, the first
  // in the pattern's order that matches; 0 if none.
  size_t One(std::string_view text, size_t pos, size_t limit) const;

  std::array<std::vector<Title>, 26> by_letter_;  // by first letter, in the pattern's order
};

}  // namespace gazer

#endif  // GAZER_SRC_TITLE_RUN_H_
