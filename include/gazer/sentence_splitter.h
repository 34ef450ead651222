// SentenceSplitter: sentences and paragraphs of normalized text.
//
// A sentence ends at a line break, or at '.', '!' or '?' (with any closing
// quotes or brackets) followed by white space and a capital, digit or opening
// quote. A period does not end a sentence after an abbreviation (Gen., Col.,
// Lt., St., Mr., Jan., ...), after an initial (Stephen J. Townsend), or after
// a dotted acronym (U.S., U.N.), unless the abbreviation often ends one
// (a.m., p.m., etc., Inc., Corp., Ltd., Co., Jr., Sr.) and a word that
// starts sentences follows: a function word ("The", "He"), and after a
// time any capitalized word but a day, a month, a time zone or "X time"
// ("at 3 p.m. Turkey objected"). A blank line starts a new paragraph.
#ifndef GAZER_SENTENCE_SPLITTER_H_
#define GAZER_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazer {

struct Sentence {
  uint32_t begin;  // byte offsets into the normalized text; never empty
  uint32_t end;
  uint32_t paragraph;  // 0-based paragraph number
};

class SentenceSplitter {
 public:
  // Splits `text` (normalized, see Normalizer) into sentences in order,
  // replacing the contents of `out`. Sentences hold no leading or trailing
  // white space; text that is only white space has no sentences.
  void Split(std::string_view text, std::vector<Sentence>* out) const;
};

}  // namespace gazer

#endif  // GAZER_SENTENCE_SPLITTER_H_
