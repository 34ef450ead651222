#include "credit_line.h"

#include <algorithm>
#include <string_view>

#include "ascii.h"
#include "given_names.h"
#include "name_tokens.h"
#include "word_set.h"

namespace gazer {
namespace {

// The words before "by" that start a credit, in lower case ("Additional
// reporting by" ends in one of them).
constexpr std::string_view kCreditWords[] = {"reporting", "writing", "editing", "compiled"};
constexpr WordSet<8> kCreditSet(kCreditWords);

class Reader {
 public:
  Reader(const std::string& text, const std::vector<Mention>& mentions, const GivenNames& given,
         const std::function<bool(const Mention&)>& gives_way, std::vector<NameSpan>* names)
      : text_(text), mentions_(mentions), given_(given), gives_way_(gives_way), names_(names) {}

  // True if a credit's "by" starts at `by`, after its words ("Editing by").
  bool CreditAt(size_t by) const {
    if (by < 2 || text_[by - 1] != ' ') return false;
    const size_t b = TokenStart(text_, by - 1);
    if (by - 1 - b > 16) return false;
    char lower[16];
    for (size_t i = b; i < by - 1; ++i) lower[i - b] = IsUpper(text_[i]) ? static_cast<char>(text_[i] + 32) : text_[i];
    return kCreditSet.Contains(std::string_view(lower, by - 1 - b));
  }

  // Reads the list of names from `pos`, right after "by ".
  void ReadList(size_t pos) {
    const size_t n = text_.size();
    // A byline in capitals ("By JOHN SMITH AND MARIA GARCIA") holds names
    // in capitals only.
    const bool capitals = pos >= 3 && text_[pos - 3] == 'B' && pos + 1 < n && IsUpper(text_[pos]) &&
                          IsUpper(text_[pos + 1]);
    while (pos < n) {
      size_t end = 0;
      const bool name = capitals ? CapitalsNameAt(pos, &end) : NameAt(pos, &end);
      if (end == 0) return;
      if (name) names_->push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
      pos = end;
      if (Word(pos, " in ")) {
        pos = SkipCapitalized(pos + 4);  // the place
        if (pos == 0) return;
      }
      if (Word(pos, " and ") || (capitals && Word(pos, " AND "))) {
        pos += 5;
      } else if (Word(pos, ", and ")) {
        pos += 6;
      } else if (Word(pos, ", ")) {
        pos += 2;
      } else {
        return;  // ";", ")", a line's end: another credit, if any, starts with its own words
      }
    }
  }

 private:
  bool Word(size_t pos, std::string_view w) const { return text_.compare(pos, w.size(), w) == 0; }

  // The end of the capitalized words from `pos`, or 0 if there are none.
  size_t SkipCapitalized(size_t pos) const {
    size_t end = 0;
    while (pos < text_.size() && IsUpper(text_[pos])) {
      end = TokenEnd(text_, pos);
      if (end >= text_.size() || text_[end] != ' ' || end + 1 >= text_.size() || !IsUpper(text_[end + 1])) break;
      pos = end + 1;
    }
    return end;
  }

  // Reads the name at `pos`: sets *end past it (0 if none is there, which
  // ends the list) and returns whether to report it.
  bool NameAt(size_t pos, size_t* end) const {
    const size_t n = text_.size();
    const size_t begin = pos;
    int name_words = 0, words = 0;
    size_t last = 0;  // the end of the last name word
    while (pos < n && words < 6) {
      const size_t e = TokenEnd(text_, pos);
      if (e == pos) break;
      const std::string_view w(text_.data() + pos, e - pos);
      size_t next = e;
      if (w == "and" || w == "in") break;
      if (IsNameWord(w) || IsPrefixedNameWord(w) || (IsNameSuffix(w) && name_words > 0)) {
        ++name_words;
        last = IsNameSuffix(w) ? NameSuffixEnd(text_, pos, e) : e;
        next = last;
      } else if (w.size() == 1 && IsUpper(w[0]) && e < n && text_[e] == '.') {
        next = e + 1;  // an initial
      } else if (!(IsNameParticle(w) && name_words > 0)) {
        return false;
      }
      ++words;
      if (next + 1 >= n || text_[next] != ' ') break;
      pos = next + 1;
    }
    if (name_words < 2 || name_words > 5) return false;
    // The name ends the list or one of its items.
    if (!EndsItem(last, false)) return false;
    *end = last;
    return Free(begin, last);
  }

  // NameAt for a byline in capitals: two to four words of capitals, the
  // first a given name ("JOHN" for John), so that a heading ("BY THE
  // NUMBERS") is none.
  bool CapitalsNameAt(size_t pos, size_t* end) const {
    const size_t n = text_.size();
    const size_t begin = pos;
    int words = 0;
    size_t last = 0;
    while (pos < n && words < 4) {
      size_t e = pos;
      while (e < n && (IsUpper(text_[e]) || ((text_[e] == '-' || text_[e] == '\'') && e > pos && e + 1 < n &&
                                             IsUpper(text_[e + 1])))) {
        ++e;
      }
      if (e - pos < 2 || (e < n && IsLower(text_[e])) || std::string_view(text_.data() + pos, e - pos) == "AND") break;
      if (words == 0 && !IsGivenName(pos, e)) return false;
      ++words;
      last = e;
      if (e + 1 >= n || text_[e] != ' ') break;
      pos = e + 1;
    }
    if (words < 2) return false;
    if (!EndsItem(last, true)) return false;
    *end = last;
    return Free(begin, last);
  }

  // True if a name that ends at `last` ends the list or one of its items:
  // the text's end, a joining " and " (" AND " in `capitals`) or " in ",
  // or a mark that closes an item.
  bool EndsItem(size_t last, bool capitals) const {
    if (last >= text_.size()) return true;
    const char c = text_[last];
    if (c == ' ') return Word(last, " and ") || Word(last, " in ") || (capitals && Word(last, " AND "));
    return c == ',' || c == ';' || c == ')' || c == '.' || c == '\n' || c == '\r';
  }

  // True if the word [begin, end) in capitals is a given name in title case.
  bool IsGivenName(size_t begin, size_t end) const {
    char word[32];
    if (end - begin > sizeof word) return false;
    TitleCaseCapitals(std::string_view(text_.data() + begin, end - begin), word);
    return given_.Contains(std::string_view(word, end - begin));
  }

  // True if every mention that overlaps [begin, end) lies inside it and
  // gives way, and [begin, end) is not one person mention already.
  bool Free(size_t begin, size_t end) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), begin,
                               [](const Mention& m, size_t b) { return m.end <= b; });
    if (it != mentions_.end() && it->begin == begin && it->end == end) return false;
    for (; it != mentions_.end() && it->begin < end; ++it) {
      if (it->begin < begin || it->end > end || !gives_way_(*it)) return false;
    }
    return true;
  }

  const std::string& text_;
  const std::vector<Mention>& mentions_;
  const GivenNames& given_;
  const std::function<bool(const Mention&)>& gives_way_;
  std::vector<NameSpan>* names_;
};

}  // namespace

void FindCreditLineNames(const std::string& text, const std::vector<Mention>& mentions, const GivenNames& given,
                         const std::function<bool(const Mention&)>& gives_way, std::vector<NameSpan>* names) {
  Reader reader(text, mentions, given, gives_way, names);
  const size_t first = names->size();
  for (size_t at = text.find("by "); at != std::string::npos; at = text.find("by ", at + 3)) {
    if (reader.CreditAt(at)) reader.ReadList(at + 3);
  }
  // Bylines: "By " or "BY " at a line's start. A capital B is rarer than a
  // line break, so the B's are looked for.
  for (size_t at = text.find('B'); at != std::string::npos; at = text.find('B', at + 1)) {
    if ((at == 0 || text[at - 1] == '\n') && at + 2 < text.size() && (text[at + 1] == 'y' || text[at + 1] == 'Y') &&
        text[at + 2] == ' ') {
      reader.ReadList(at + 3);
    }
  }
  std::sort(names->begin() + static_cast<std::ptrdiff_t>(first), names->end(),
            [](const NameSpan& a, const NameSpan& b) { return a.begin < b.begin; });
}

}  // namespace gazer
