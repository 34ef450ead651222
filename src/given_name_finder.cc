#include "given_name_finder.h"

#include <algorithm>
#include <string_view>

#include "ascii.h"
#include "byte_scan.h"
#include "name_tokens.h"
#include "titles.h"

namespace gazer {
namespace {

// False for most words: a name's first word is capitalized, and followed
// by a space and a capitalized word, a particle or a prefixed name
// ("al-Abadi"), or inside a word by a hyphen or apostrophe ("Jean-Pierre").
inline bool MayStartName(const char* s, size_t n, size_t begin, size_t run_end) {
  if (!IsUpper(s[begin]) || run_end + 1 >= n) return false;
  const char separator = s[run_end], after = s[run_end + 1];
  return (separator == ' ' || separator == '-' || separator == '\'') &&
         (IsUpper(after) || after == 'a' || after == 'b' || after == 'd' || after == 'e' || after == 'i' ||
          after == 'l' || after == 'v');
}

class Finder {
 public:
  Finder(const std::string& text, const std::vector<Mention>& mentions, const GivenNames& given,
         const std::function<bool(const Mention&, bool)>& gives_way)
      : text_(text), mentions_(mentions), given_(given), gives_way_(gives_way) {}

  // Two given names a hyphen joins ("Leif-Eric", "Hans-Peter"), which the
  // list holds only in part.
  bool IsCompoundGivenName(std::string_view word) const {
    const size_t hyphen = word.find('-');
    if (hyphen == std::string_view::npos || hyphen + 1 >= word.size() || !IsUpper(word[hyphen + 1])) return false;
    const std::string_view second = word.substr(hyphen + 1);
    return second.find('-') == std::string_view::npos && given_.Contains(word.substr(0, hyphen)) &&
           given_.Contains(second);
  }

  // The name that starts with the capitalized word at `begin`, if any;
  // `run_end` is where its run of word bytes ends. `place` is the mention
  // at `begin`, or null: it must cover the given name exactly, and give way.
  bool NameAt(size_t begin, size_t run_end, const Mention* place, NameSpan* name) const {
    const size_t n = text_.size();
    const size_t end = text_[run_end] == ' ' ? run_end : TokenEnd(text_, begin);
    if (place != nullptr && place->end != end) return false;
    const std::string_view first(text_.data() + begin, end - begin);
    const bool kunya = IsKunya(first);
    // A Korean or Chinese name starts with its family name ("Park Ji-hoon").
    const bool family_first = !kunya && end + 1 < n && text_[end] == ' ' && IsEastAsianFamilyName(first) &&
                              IsFamilyNameFirstGivenName(std::string_view(text_.data() + end + 1,
                                                                          TokenEnd(text_, end + 1) - end - 1));
    if (!kunya && !family_first && !given_.Contains(first) && !IsCompoundGivenName(first)) return false;
    if (place != nullptr && !gives_way_(*place, false)) return false;
    const size_t place_end = place != nullptr ? place->end : 0;
    if (end + 1 >= n || text_[end] != ' ') return false;
    // "Abu" or "Umm" and a given name start a name ("Abu Ali"); the places
    // named so ("Abu Dhabi", "Umm Qasr") are gazetteer mentions.
    if (kunya && !given_.Contains(std::string_view(text_.data() + end + 1, TokenEnd(text_, end + 1) - end - 1))) {
      return false;
    }
    if (!IsUpper(text_[end + 1])) {
      const size_t e = TokenEnd(text_, end + 1);
      const std::string_view next(text_.data() + end + 1, e - end - 1);
      if (!IsNameParticle(next) && !IsPrefixedNameWord(next)) return false;
    }
    if (!FreeBefore(begin)) return false;
    size_t last_end = 0;  // of the last name word
    for (size_t pos = end + 1, words = 0; words < 4 && pos < n; ++words) {
      const size_t e = TokenEnd(text_, pos);
      if (e == pos) break;
      std::string_view w(text_.data() + pos, e - pos);
      const bool possessive = w.size() > 2 && w.substr(w.size() - 2) == "'s";
      if (possessive) w.remove_suffix(2);
      size_t next = e;
      if (IsNameSuffix(w) && last_end != 0 && !possessive) {  // "Tobias Smith Jr."
        last_end = NameSuffixEnd(text_, pos, e);
        break;
      }
      if (IsNameWord(w) || IsPrefixedNameWord(w)) {
        last_end = pos + w.size();
        if (possessive) break;
      } else if (w.size() == 1 && IsUpper(w[0]) && e < n && text_[e] == '.') {
        next = e + 1;  // an initial
      } else if (!IsNameParticle(w)) {  // a particle may follow the given name too
        break;
      }
      if (next + 1 >= n || text_[next] != ' ') break;
      pos = next + 1;
    }
    if (last_end == 0) return false;
    // A capitalized word right after the name makes it part of a longer one.
    if (last_end + 1 < n && text_[last_end] == ' ' && IsUpper(text_[last_end + 1])) return false;
    if (FacilityOrEventAfter(last_end)) return false;
    if (Covered(place_end != 0 ? place_end : begin, last_end) && !SurnameGivesWay(end + 1, last_end, place == nullptr)) {
      return false;
    }
    name->begin = static_cast<uint32_t>(begin);
    name->end = static_cast<uint32_t>(last_end);
    return true;
  }

 private:
  // True if a facility or an event in lower case follows `pos`: a name
  // before "air base", "airport" or "airfield" names the place ("Nur Khan
  // air base"), one before "exercise" or "drills" the exercise ("the Han
  // Kuang exercise").
  bool FacilityOrEventAfter(size_t pos) const {
    if (pos + 1 >= text_.size() || text_[pos] != ' ') return false;
    for (std::string_view facility : {"air base", "airbase", "airport", "airfield", "air field", "naval base",
                                      "air station"}) {
      const size_t end = pos + 1 + facility.size();
      if (text_.compare(pos + 1, facility.size(), facility) == 0 &&
          (end >= text_.size() || !IsAsciiLetter(text_[end]))) {
        return true;
      }
    }
    return ExerciseNounFollows(text_, pos);
  }

  // True if the one mention in [from, last_end) ends the name's last word
  // and gives way: a town, as it does to a given name ("Ana Beatriz
  // Moura", "Corinne Vasquez-Lund"), or as a surname, where the caller
  // says so and it is the only word after the given name or the given
  // name is no mention ("Jim Jordan", not
  // the country; "Maria Lavrov", not Sergei Lavrov), a given name itself
  // if the name's given name is a mention too. A town gives way only to a
  // `free_given` name, no mention itself: two towns in a row stay towns
  // ("Victoria Gatwick").
  bool SurnameGivesWay(size_t from, size_t last_end, bool free_given) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), from,
                               [](const Mention& m, size_t b) { return m.end <= b; });
    if (it == mentions_.end() || it->begin < from || it->end != last_end) return false;
    if (std::next(it) != mentions_.end() && std::next(it)->begin < last_end) return false;
    const std::string_view word(text_.data() + it->begin, last_end - it->begin);
    if (word.find(' ') != std::string_view::npos) return false;
    // After a free given name the last word is the surname however many
    // words come between ("Therese Kayikwamba Wagner").
    if ((it->begin == from || free_given) && (free_given || given_.Contains(word)) && gives_way_(*it, true)) {
      return true;
    }
    return free_given && gives_way_(*it, false);
  }

  static bool IsKunya(std::string_view w) { return w == "Abu" || w == "Umm"; }

  // True unless a capitalized word that is no title and ends no mention
  // comes right before `begin`.
  bool FreeBefore(size_t begin) const {
    if (begin < 2 || text_[begin - 1] != ' ') return true;
    const size_t b = TokenStart(text_, begin - 1);
    if (b == begin - 1 || !IsUpper(text_[b])) return true;
    const std::string_view previous(text_.data() + b, begin - 1 - b);
    if (IsTitleWord(previous)) return true;
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), begin - 1,
                               [](const Mention& m, size_t e) { return m.end < e; });
    return it != mentions_.end() && it->end == begin - 1;
  }

  bool Covered(size_t begin, size_t end) const {
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), begin,
                               [](const Mention& m, size_t b) { return m.end <= b; });
    return it != mentions_.end() && it->begin < end;
  }

  const std::string& text_;
  const std::vector<Mention>& mentions_;
  const GivenNames& given_;
  const std::function<bool(const Mention&, bool)>& gives_way_;
};

}  // namespace

void FindGivenNameNames(const std::string& text, const std::vector<Mention>& mentions, CapitalTokens* capitals,
                        const GivenNames& given, const std::function<bool(const Mention&, bool)>& gives_way,
                        std::vector<NameSpan>* names) {
  if (given.empty()) return;
  const Finder finder(text, mentions, given, gives_way);
  const char* const s = text.data();
  const size_t n = text.size();
  size_t last_end = 0;
  size_t next_mention = 0;
  while (const CapitalToken* capital = capitals->Next()) {
    const size_t begin = capital->token.begin;
    // Not the second part of "Jean-Pierre" or "O'Neill".
    if (!MayStartName(s, n, begin, capital->run_end) || (begin > 0 && (s[begin - 1] == '-' || s[begin - 1] == '\''))) {
      continue;
    }
    // Most capitalized words are in a mention already: the words come in
    // order, so a cursor tells.
    while (next_mention < mentions.size() && mentions[next_mention].end <= begin) ++next_mention;
    const Mention* place = nullptr;
    if (next_mention < mentions.size() && mentions[next_mention].begin <= begin) {
      if (mentions[next_mention].begin != begin) continue;
      place = &mentions[next_mention];
    }
    NameSpan name;
    if (begin >= last_end && finder.NameAt(begin, capital->run_end, place, &name)) {
      names->push_back(name);
      last_end = name.end;
    }
  }
}

}  // namespace gazer
