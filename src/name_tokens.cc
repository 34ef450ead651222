#include "name_tokens.h"

#include "ascii.h"
#include "byte_scan.h"

namespace gazer {
namespace {

bool IsJoiner(char c) { return c == '-' || c == '\''; }

// Fills the fields of *token for the token [begin, end) of `s`.
void SetToken(const char* s, size_t begin, size_t end, NameToken* token) {
  token->begin = static_cast<uint32_t>(begin);
  token->end = static_cast<uint32_t>(end);
  token->possessive = end - begin > 2 && s[end - 2] == '\'' && s[end - 1] == 's';
  if (token->possessive) token->end -= 2;
  token->text = std::string_view(s + token->begin, token->end - token->begin);
  token->capitalized = IsUpper(s[begin]);
}

}  // namespace

bool NextToken(const std::string& text, size_t* pos, NameToken* token) {
  const char* const s = text.data();
  const size_t n = text.size();
  size_t i = *pos;
  while (i < n && !kIsWordByte(s[i]) && s[i] != '&') ++i;
  if (i >= n) {
    *pos = n;
    return false;
  }
  size_t end = i + 1;
  if (s[i] != '&') {
    for (;;) {
      while (end < n && kIsWordByte(s[end])) ++end;
      // An inner hyphen or apostrophe joins (al-Assad, O'Brien).
      if (end + 1 < n && (s[end] == '-' || s[end] == '\'') && kIsWordByte(s[end + 1])) {
        end += 2;
        continue;
      }
      break;
    }
  }
  SetToken(s, i, end, token);
  *pos = end;
  return true;
}

size_t TokenEnd(const std::string& text, size_t begin) {
  size_t end = begin;
  while (end < text.size()) {
    if (kIsWordByte(text[end])) {
      ++end;
    } else if ((text[end] == '-' || text[end] == '\'') && end > begin && end + 1 < text.size() &&
               kIsWordByte(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  return end;
}

size_t TokenStart(const std::string& text, size_t end) {
  size_t begin = end;
  while (begin > 0) {
    if (kIsWordByte(text[begin - 1])) {
      --begin;
    } else if ((text[begin - 1] == '-' || text[begin - 1] == '\'') && begin < end && begin > 1 &&
               kIsWordByte(text[begin - 2])) {
      --begin;
    } else {
      break;
    }
  }
  return begin;
}

namespace {

// The end of the token whose first run is *run, in the runs up to `end`;
// moves *run past its runs (runs one joiner apart: al-Assad, O'Brien).
size_t TakeTokenRuns(const char* s, const TextRun** run, const TextRun* end) {
  size_t token_end = (*run)->end;
  for (++*run; *run != end && (*run)->begin == token_end + 1 && IsJoiner(s[token_end]); ++*run) token_end = (*run)->end;
  return token_end;
}

}  // namespace

void FindCapitalTokens(const std::string& text, const std::vector<TextRun>& runs, std::vector<CapitalToken>* out) {
  out->clear();
  const char* const s = text.data();
  const TextRun* const end = runs.data() + runs.size();
  for (const TextRun* run = runs.data(); run != end;) {
    // Such a capital starts a run.
    if (!IsUpper(s[run->begin])) {
      ++run;
      continue;
    }
    CapitalToken& capital = out->emplace_back();
    const size_t begin = run->begin;
    capital.run_end = run->end;
    SetToken(s, begin, TakeTokenRuns(s, &run, end), &capital.token);
    capital.next_run = static_cast<uint32_t>(run - runs.data());
  }
}

TokenReader::TokenReader(const std::string& text, const std::vector<TextRun>& runs)
    : text_(text),
      from_runs_(!runs.empty()),
      runs_(runs.data()),
      run_(runs.data()),
      runs_end_(runs.data() + runs.size()) {}

void TokenReader::TakeRuns(NameToken* token) {
  const size_t begin = run_->begin;
  pos_ = TakeTokenRuns(text_.data(), &run_, runs_end_);
  SetToken(text_.data(), begin, pos_, token);
}

bool TokenReader::Ampersand(size_t at, NameToken* token) {
  SetToken(text_.data(), at, at + 1, token);
  pos_ = at + 1;
  return true;
}

bool TokenReader::NextCapitalized(NameToken* token) {
  const char* const s = text_.data();
  const size_t n = text_.size();
  if (!from_runs_) {
    for (;;) {
      pos_ = FindUpper(s, pos_, n);
      if (pos_ >= n) return false;
      if (pos_ == 0 || !kIsWordByte(s[pos_ - 1])) return NextToken(text_, &pos_, token);
      ++pos_;  // a capital inside a word (McDonald)
    }
  }
  while (run_ != runs_end_ && !IsUpper(s[run_->begin])) ++run_;
  if (run_ == runs_end_) {
    pos_ = n;
    return false;
  }
  TakeRuns(token);
  return true;
}

const CapitalToken* CapitalTokens::Read() {
  if (!reader_.NextCapitalized(&read_.token)) return nullptr;
  read_.run_end = static_cast<uint32_t>(FindNonWordByte(text_.data(), read_.token.begin, text_.size()));
  return &read_;
}

}  // namespace gazer
