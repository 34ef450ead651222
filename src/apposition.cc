#include "apposition.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "ascii.h"
#include "byte_scan.h"
#include "gazer/normalizer.h"
#include "common_words.h"
#include "name_tokens.h"
#include "name_words.h"
#include "titles.h"
#include "word_set.h"

namespace gazer {
namespace {

constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "his", "her", "their", "our"};
// Words that end a role phrase before its role could come.
constexpr std::string_view kClauseWords[] = {"by", "of", "in", "on", "at", "with", "from", "to", "for", "who",
                                             "which", "that", "and", "or", "led", "said", "says", "was", "is",
                                             "has", "had", "will", "would", "were", "are", "after", "when"};

constexpr WordSet<16> kDeterminerSet(kDeterminers);
constexpr WordSet<64> kClauseSet(kClauseWords);

class Finder {
 public:
  Finder(const std::string& text, const std::vector<Mention>& mentions,
         const std::function<bool(const Mention&, std::string_view)>& gives_way)
      : text_(text), mentions_(mentions), gives_way_(gives_way) {}

  bool Covered(size_t begin, size_t end) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), begin,
                               [](const Mention& m, size_t b) { return m.end <= b; });
    return it != mentions_.end() && it->begin < end;
  }

  // A name that ends right before `end`, where its last word starts at
  // `last_word`; its words, separated by single spaces, preceded by
  // something that is not a capitalized word.
  bool NameEndingAt(size_t end, size_t last_word, NameSpan* name) const {
    size_t begin = end;
    int words = 0, name_words = 0;
    size_t first_name_word = end;
    while (words < 5) {
      const size_t b = words == 0 ? last_word : TokenStart(text_, begin);
      if (b == begin) break;
      const std::string_view w(text_.data() + b, begin - b);
      if (IsNameWord(w)) {
        ++name_words;
        first_name_word = b;
      } else if (!(IsNameParticle(w) && name_words > 0)) {
        if (IsUpper(w[0])) return false;  // part of a longer capitalized phrase
        break;
      }
      ++words;
      begin = b;
      if (begin == 0 || text_[begin - 1] != ' ') break;
      --begin;  // the space
    }
    if (name_words < 2 || name_words > 4) return false;
    if (Covered(first_name_word, last_word) || (Covered(last_word, end) && !LastWordGivesWay(first_name_word, last_word, end))) {
      return false;
    }
    name->begin = static_cast<uint32_t>(first_name_word);
    name->end = static_cast<uint32_t>(end);
    return true;
  }

  // True if the mention in [last_word, end) covers the name's last word
  // exactly and gives way to the name that starts at `begin`.
  bool LastWordGivesWay(size_t begin, size_t last_word, size_t end) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), last_word,
                               [](const Mention& m, size_t b) { return m.end <= b; });
    return it != mentions_.end() && it->begin == last_word && it->end == end &&
           gives_way_(*it, std::string_view(text_.data() + begin, end - begin));
  }

  // A name that starts at `begin`, followed by a comma, a verb of saying or
  // the end of the sentence.
  bool NameStartingAt(size_t begin, NameSpan* name) const {
    size_t end = begin;
    int name_words = 0;
    size_t last_name_end = begin;
    for (size_t pos = begin; name_words < 5;) {
      const size_t e = TokenEnd(text_, pos);
      if (e == pos) break;
      const std::string_view w(text_.data() + pos, e - pos);
      if (IsNameWord(w)) {
        ++name_words;
        last_name_end = e;
      } else if (!(IsNameParticle(w) && name_words > 0)) {
        break;
      }
      end = e;
      if (e >= text_.size() || text_[e] != ' ') break;
      pos = e + 1;
    }
    end = last_name_end;
    if (name_words < 2 || name_words > 4) return false;
    if (end < text_.size()) {
      const char c = text_[end];
      if (c == ' ') {
        const size_t e = TokenEnd(text_, end + 1);
        if (!IsSpeechVerb(std::string_view(text_.data() + end + 1, e - end - 1))) return false;
      } else if (c != ',' && c != '.' && c != '\n' && c != ':') {
        return false;
      }
    }
    if (Covered(begin, end)) return false;
    name->begin = static_cast<uint32_t>(begin);
    name->end = static_cast<uint32_t>(end);
    return true;
  }

  // A role phrase right after `pos` (after a comma): a determiner, then up
  // to four words, one of them a role, before any punctuation or a word
  // that starts a clause or a prepositional phrase ("Operation Olive
  // Branch, the offensive led by General ..." is no apposition of a person).
  bool RoleAfter(size_t pos) const {
    for (int words = 0; words < 5; ++words) {
      while (pos < text_.size() && text_[pos] == ' ') ++pos;
      const size_t e = TokenEnd(text_, pos);
      if (e == pos) return false;
      std::string_view w(text_.data() + pos, e - pos);
      if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
      if (IsRoleNoun(w) || IsTitleWord(w)) return true;
      if (kClauseSet.Contains(w)) return false;
      if (words == 0 && kDeterminerSet.Contains(w)) {
        pos = e;
        continue;
      }
      pos = e;
      if (pos >= text_.size() || text_[pos] != ' ') return false;
    }
    return false;
  }

  // A title phrase that ends right before `end` (a comma), where its last
  // word starts at `last_word`: a title word, then nothing or "for"/"of"
  // and capitalized words ("Minister for the Middle East").
  bool TitleEndingAt(size_t end, size_t last_word) const {
    size_t pos = end;
    for (int words = 0; words < 8; ++words) {
      const size_t b = words == 0 ? last_word : TokenStart(text_, pos);
      if (b == pos) return false;
      const std::string_view w(text_.data() + b, pos - b);
      if (IsTitleWord(w)) return true;
      if (!IsUpper(w[0]) && w != "for" && w != "of" && w != "the") return false;
      if (b == 0 || text_[b - 1] != ' ') return false;
      pos = b - 1;
    }
    return false;
  }

 private:
  const std::string& text_;
  const std::vector<Mention>& mentions_;
  const std::function<bool(const Mention&, std::string_view)>& gives_way_;
};

}  // namespace

void FindAppositionNames(const std::string& text, const std::vector<Mention>& mentions, CapitalTokens* capitals,
                         const std::function<bool(const Mention&, std::string_view)>& gives_way,
                         std::vector<NameSpan>* names) {
  const Finder finder(text, mentions, gives_way);
  size_t last_end = 0;
  // Both forms end in a capitalized word before a comma: the commas right
  // after capital tokens that start a token (not the "Assad" of "al-Assad").
  while (const CapitalToken* capital = capitals->Next()) {
    const NameToken& t = capital->token;
    const size_t comma = t.possessive ? t.end + 2 : t.end;
    if (comma >= text.size() || text[comma] != ',') continue;
    if (t.begin > 1 && (text[t.begin - 1] == '-' || text[t.begin - 1] == '\'') && kIsWordByte(text[t.begin - 2])) continue;
    NameSpan name;
    size_t after = comma + 1;
    while (after < text.size() && text[after] == ' ') ++after;
    const bool found = (finder.NameEndingAt(comma, t.begin, &name) && finder.RoleAfter(comma + 1)) ||
                       (finder.TitleEndingAt(comma, t.begin) && finder.NameStartingAt(after, &name));
    if (found && name.begin >= last_end) {
      names->push_back(name);
      last_end = name.end;
    }
  }
}

}  // namespace gazer
