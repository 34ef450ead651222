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

// A token that starts with a capital right after a byte that is no word
// byte ("Assad" of "al-Assad" too, but not "Pierre" of "Jean-Pierre"): where
// the finders after the matcher look for names.
struct CapitalToken {
  NameToken token;
  uint32_t run_end = 0;   // the end of its first run of word bytes
  uint32_t next_run = 0;  // the index of the first run after it, if read from runs
};

// Sets *out to the capital tokens of `text` (normalized, case kept), in
// order, put together from its runs of word bytes (MatchSet::runs).
void FindCapitalTokens(const std::string& text, const std::vector<TextRun>& runs, std::vector<CapitalToken>* out);

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
  bool Next(NameToken* token) {
    if (!from_runs_) return NextToken(text_, &pos_, token);
    // An '&' between the runs is a token of its own.
    const size_t gap_end = run_ != runs_end_ ? run_->begin : text_.size();
    for (size_t i = pos_; i < gap_end; ++i) {
      if (text_[i] == '&') return Ampersand(i, token);
    }
    if (run_ == runs_end_) {
      pos_ = text_.size();
      return false;
    }
    TakeRuns(token);
    return true;
  }
  // The next capital token (see CapitalToken); false if none is left.
  bool NextCapitalized(NameToken* token);
  // Goes on after `capital`, one of the capital tokens of the text (read
  // from the same runs).
  void After(const CapitalToken& capital) {
    pos_ = capital.token.possessive ? capital.token.end + 2 : capital.token.end;
    run_ = runs_ + capital.next_run;
  }
  // Where the next token is looked for.
  size_t position() const { return pos_; }

 private:
  // The token made of the runs from run_ on, joined by inner hyphens and
  // apostrophes.
  void TakeRuns(NameToken* token);
  // The token '&' at `at`.
  bool Ampersand(size_t at, NameToken* token);

  const std::string& text_;
  const bool from_runs_;
  const TextRun* const runs_;
  const TextRun* run_;  // the next run not read
  const TextRun* const runs_end_;
  size_t pos_ = 0;  // bytes before it are read; no word byte is between it and run_
};

// The capital tokens of a text, in order: FindCapitalTokens' list where the
// matcher kept the text's runs, else read from the text one at a time.
class CapitalTokens {
 public:
  // `found` is what FindCapitalTokens found for `text` and `runs` if `runs`
  // is not empty; all must outlive this.
  CapitalTokens(const std::string& text, const std::vector<TextRun>& runs, const std::vector<CapitalToken>& found)
      : text_(text), from_list_(!runs.empty()), next_(found.data()), end_(found.data() + found.size()), reader_(text, runs) {}

  // The next one, valid until the next call; nullptr at the end.
  const CapitalToken* Next() {
    if (from_list_) return next_ != end_ ? next_++ : nullptr;
    return Read();
  }

 private:
  const CapitalToken* Read();

  const std::string& text_;
  const bool from_list_;
  const CapitalToken* next_;
  const CapitalToken* const end_;
  TokenReader reader_;
  CapitalToken read_;
};

// True if only spaces (no line break, no punctuation) separate a and b.
inline bool SpaceOnlyBetween(const std::string& text, const NameToken& a, const NameToken& b) {
  const size_t from = a.possessive ? a.end + 2 : a.end;
  if (from >= b.begin) return false;
  for (size_t k = from; k < b.begin; ++k) {
    if (text[k] != ' ') return false;
  }
  return true;
}

}  // namespace gazer

#endif  // GAZER_SRC_NAME_TOKENS_H_
