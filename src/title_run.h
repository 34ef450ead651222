// TitleRun: the titles written before a person's name ("Prime Minister",
// "Lt. Gen.", "Secretary of State"), read as the regular expression
//
//   \b(?:T +)(?:T +|G +)*|(?m:^)By +(?:T +)*,  T = (?:(?i:A1|A2|...),?|(?:W1|W2|...)\.?,?),
//   G = (?:1st|2nd|3rd|First|Second|Third) Class
//
// would read them (RE2, leftmost-first, anchored at the start), where the
// A are the titles matched in any case and the W those matched as written,
// each list longest first, a space or hyphen of a title matching either,
// and G a grade after a rank ("Sgt. 1st Class", "Petty Officer 2nd Class").
// It compares words instead of running a regex: the Linker asks at every
// capitalized word that may start a title.
#ifndef GAZER_SRC_TITLE_RUN_H_
#define GAZER_SRC_TITLE_RUN_H_

#include <array>
#include <cstdint>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gazer {

class TitleRun {
 public:
  // Titles are ASCII letters, spaces and hyphens, and start with a word of
  // 2 to 15 letters; anything else is a programmer error
  // (std::logic_error).
  TitleRun(std::span<const std::string_view> any_case, std::span<const std::string_view> as_written);

  // The length of the match at `begin` of `text`, which is read no further
  // than `limit` (the bytes before `begin` count for \b and ^); 0 if none.
  size_t Length(std::string_view text, size_t begin, size_t limit) const;

 private:
  struct Title {
    std::string text;  // lower-cased if any_case
    bool any_case;
    uint32_t first_word;  // its length
    uint64_t head;        // the first word's first 8 letters (Head), lower-cased if any_case
  };
  // Up to 8 bytes at `p` as a little-endian number, the rest 0;
  // `available` bytes can be read from `p`.
  static uint64_t Head(const char* p, size_t length, size_t available);
  // The length of the one title and what follows it at `pos`, the first
  // in the pattern's order that matches; 0 if none.
  size_t One(std::string_view text, size_t pos, size_t limit) const;

  // Titles by bucket (Bucket: a hash of the first word's first two letters
  // and length, in lower case), in the pattern's order within one.
  static constexpr size_t kBuckets = 1024;
  static size_t Bucket(char first, char second, size_t length);
  std::vector<Title> titles_;
  std::array<uint16_t, kBuckets + 1> bucket_begin_{};  // into titles_
};

}  // namespace gazer

#endif  // GAZER_SRC_TITLE_RUN_H_
