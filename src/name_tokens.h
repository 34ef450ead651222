// The word tokens of normalized text, as the name finders after the Linker
// read them: word bytes with inner hyphens and apostrophes (al-Assad,
// Turkic-Speaking, O'Brien), a possessive 's left out and flagged.
#ifndef GAZER_SRC_NAME_TOKENS_H_
#define GAZER_SRC_NAME_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/matcher.h"

namespace gazer {

struct NameToken {
  uint32_t begin = 0;  // byte offsets into the normalized text
  uint32_t end = 0;    // without a possessive 's
  std::string_view text;
  bool capitalized = false;  // starts with an ASCII capital
  bool possessive = false;   // followed by 's
};

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads the token at or after *pos in `text` (case-preserving normalized)
// into *token and moves *pos past it; false at the end of the text. Tokens
// are read one at a time so that a huge article needs no token array.
bool NextToken(const std::string& text, size_t* pos, NameToken* token);

// The end of the token that starts at `begin`, and the start of the one
// that ends at `end`: word bytes, with inner hyphens and apostrophes.
size_t TokenEnd(const std::string& text, size_t begin);
size_t TokenStart(const std::string& text, size_t end);

// Reads the tokens of a text in order, as NextToken does. Where the
// matcher kept the text's runs of word bytes (MatchSet::runs), tokens are
// put together from them and no byte of a word is read again; without them
// (a huge article), from the text.
class TokenReader {
 public:
  // `runs` are those of `text` (normalized, case kept), or empty; both must
  // outlive the reader.
  TokenReader(const std::string& text, const std::vector<TextRun>& runs);

  // The next token; false at the end of the text.
  bool Next(NameToken* token);
  // The next token that starts with a capital after a byte that is no
  // word byte (the "Assad" of "al-Assad" too); false if none is left.
  bool NextCapitalized(NameToken* token);
  // Makes the token the last call read the next to read again.
  void Unread() {
    run_ = last_run_;
    pos_ = last_pos_;
  }

 private:
  // The token made of the runs from run_ on, joined by inner hyphens and
  // apostrophes.
  void TakeRuns(NameToken* token);

  const std::string& text_;
  const bool from_runs_;
  const TextRun* run_;  // the next run not read
  const TextRun* const runs_end_;
  size_t pos_ = 0;  // bytes before it are read; no word byte is between it and run_
  const TextRun* last_run_;
  size_t last_pos_ = 0;
};

// True if only spaces (no line break, no punctuation) separate a and b.
bool SpaceOnlyBetween(const std::string& text, const NameToken& a, const NameToken& b);

}  // namespace gazer

#endif  // GAZER_SRC_NAME_TOKENS_H_
