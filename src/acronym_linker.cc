#include "gazer/acronym_linker.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "mention_merge.h"
#include "name_tokens.h"

namespace gazer {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlnum(char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); }
// Part of a word around an acronym: a letter, digit, non-ASCII byte, or an
// inner hyphen ("WMF-led" is still WMF, but "WMF2" is not).
bool IsAsciiWordChar(char c) { return IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80; }

// Two to ten letters, digits, '-' or '&', starting with a capital, with at
// least two capitals: WMF, CoI, TURKPA, G-20.
bool LooksLikeAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 10 || word[0] < 'A' || word[0] > 'Z') return false;
  int capitals = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    if (!IsAlnum(c) && c != '-' && c != '&') return false;
  }
  return capitals >= 2;
}

// Two to six capitals and nothing else: NIK, FAB.
bool IsCapitals(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// True if `acronym`'s letters are the first letters of the capitalized
// words of `name`, in order: ISF, "International Stabilization Force";
// NBI, "National Bureau of Investigation".
bool AreInitials(std::string_view acronym, std::string_view name) {
  size_t a = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    if (i > 0 && name[i - 1] != ' ' && name[i - 1] != '-') continue;
    if (name[i] < 'A' || name[i] > 'Z') continue;
    if (a == acronym.size() || acronym[a] != name[i]) return false;
    ++a;
  }
  return a == acronym.size();
}

// True if every capitalized word of `name`, two at least, is a word of
// `canonical`: "Bolivarian National Armed Forces" of "National Bolivarian
// Armed Forces of Venezuela".
bool WordsWithin(std::string_view name, std::string_view canonical) {
  auto has_word = [&](std::string_view word) {
    for (size_t at = canonical.find(word); at != std::string_view::npos; at = canonical.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || canonical[at - 1] == ' ') && (end == canonical.size() || canonical[end] == ' ')) return true;
    }
    return false;
  };
  int words = 0;
  for (size_t i = 0; i < name.size();) {
    const size_t end = std::min(name.find(' ', i), name.size());
    const std::string_view word = name.substr(i, end - i);
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
      if (!has_word(word)) return false;
      ++words;
    }
    i = end + 1;
  }
  return words >= 2;
}

// The acronyms an article may define, each with where the name it stands
// for would end: "NAME (ACRONYM)", and, as wire copy writes it, "NAME, or
// ACRONYM," ("the Mexican Navy, or SEMAR, has deployed"), where the
// punctuation after the acronym tells it from a list ("the YPG, or PKK
// fighters"). In text order.
std::vector<std::pair<NameToken, size_t>> DefinitionSites(const std::string& text) {
  std::vector<std::pair<NameToken, size_t>> sites;
  constexpr std::string_view kOr = ", or ";
  // Two forward memchr scans, the nearer one taken: find_first_of with a
  // set would call memchr once per character of the text.
  size_t next_paren = text.find('('), next_comma = text.find(',');
  while (next_paren != std::string::npos || next_comma != std::string::npos) {
    const bool parenthesized = next_paren < next_comma;
    const size_t at = parenthesized ? next_paren : next_comma;
    if (parenthesized) {
      next_paren = text.find('(', at + 1);
    } else {
      next_comma = text.find(',', at + 1);
    }
    if (!parenthesized && text.compare(at, kOr.size(), kOr) != 0) continue;
    const size_t start = parenthesized ? at + 1 : at + kOr.size();
    size_t pos = start;
    NameToken t;
    if (!NextToken(text, &pos, &t) || t.begin != start || t.possessive || t.end >= text.size() ||
        !LooksLikeAcronym(t.text)) {
      continue;
    }
    const char after = text[t.end];
    if (parenthesized ? after != ')' : std::string_view(",.;:)").find(after) == std::string_view::npos) continue;
    sites.emplace_back(t, at);
  }
  return sites;
}

// Where the name before a definition site at `open` ends: before the
// spaces, and before a company's legal suffix that no gazetteer name holds
// ("Mazagon Dock Shipbuilders Ltd (MDL)").
size_t NameEnd(const std::string& text, size_t open) {
  size_t end = open;
  while (end > 0 && text[end - 1] == ' ') --end;
  for (std::string_view suffix : {" Ltd.", " Ltd", " Limited", " Inc.", " Inc", " Corp.", " Corp", " PLC", " plc",
                                  " LLC", " AG", " SA", " S.A."}) {
    if (end > suffix.size() && text.compare(end - suffix.size(), suffix.size(), suffix) == 0) {
      end -= suffix.size();
      if (text[end - 1] == ',') --end;
      break;
    }
  }
  return end;
}

}  // namespace

bool Abbreviates(std::string_view acronym, std::string_view name) {
  // From the end: each letter or digit of the acronym is found further
  // left in the name; the first one must begin a word.
  long n = static_cast<long>(name.size()) - 1;
  for (long a = static_cast<long>(acronym.size()) - 1; a >= 0; --a) {
    const char c = Lower(acronym[static_cast<size_t>(a)]);
    if (!IsAlnum(c)) continue;
    while (n >= 0 && (Lower(name[static_cast<size_t>(n)]) != c ||
                      (a == 0 && n > 0 && IsAlnum(name[static_cast<size_t>(n) - 1])))) {
      --n;
    }
    if (n < 0) return false;
    --n;
  }
  return true;
}

void AcronymLinker::Link(Extraction* out) const {
  const std::string& text = out->normalized.cased();
  std::vector<Mention>& mentions = out->mentions;
  if (mentions.empty()) return;
  auto mention_at = [&](uint32_t begin, uint32_t end) -> const Mention* {
    auto it = std::lower_bound(mentions.begin(), mentions.end(), begin,
                               [](const Mention& m, uint32_t b) { return m.end <= b; });
    return it != mentions.end() && it->begin < end ? &*it : nullptr;
  };

  // Definitions: "NAME (ACRONYM)".
  std::vector<std::pair<std::string_view, uint32_t>> defined;  // acronym -> entity
  struct Redefinition {
    std::string_view acronym;
    uint32_t from, to;  // entities
  };
  std::vector<Redefinition> redefined;
  std::vector<std::pair<uint32_t, uint32_t>> merged;  // finder's entity -> gazetteer's
  for (const auto& [t, open] : DefinitionSites(text)) {
    const size_t name_end = NameEnd(text, open);
    auto before = std::lower_bound(mentions.begin(), mentions.end(), static_cast<uint32_t>(name_end),
                                   [](const Mention& m, uint32_t e) { return m.end < e; });
    if (before == mentions.end() || before->end != name_end) continue;
    const std::string_view name(text.data() + before->begin, before->end - before->begin);
    // An organization is often known by the initials of its name in its own
    // language: "Supreme Audit Office (NIK)", "Brazilian Air Force (FAB)".
    const bool organization = out->entities[before->entity].type == EntityType::kOrganization;
    const bool abbreviates = Abbreviates(t.text, name);
    if (!abbreviates && !(organization && IsCapitals(t.text))) continue;
    if (const Mention* there = mention_at(t.begin, t.end); there && there->entity != before->entity) {
      // The gazetteer took the acronym for another entity that has it
      // ("MDA", Magen David Adom): an article that spells it out as a name
      // the gazetteer holds means that one, here and wherever else it took
      // the acronym so. A name only a finder found may be cut wrong: it
      // must be spelled out word by word ("International Stabilization
      // Force (ISF)", not the Iraqi Security Forces).
      const bool known = out->entities[before->entity].source == Source::kGazetteer;
      const bool whole = there->begin == t.begin && there->end == t.end;
      if ((known ? abbreviates : AreInitials(t.text, name)) && whole &&
          std::none_of(redefined.begin(), redefined.end(), [&](const auto& r) { return r.acronym == t.text; })) {
        redefined.push_back({t.text, there->entity, before->entity});
      } else if (const Entity& spelled = out->entities[there->entity];
                 !known && whole && spelled.source == Source::kGazetteer &&
                 spelled.type == out->entities[before->entity].type && WordsWithin(name, spelled.name)) {
        // A finder's name for what the gazetteer knows by the acronym, in
        // another word order or short of the full name ("Bolivarian
        // National Armed Forces (FANB)"): one entity, the gazetteer's.
        merged.emplace_back(before->entity, there->entity);
      }
      continue;
    }
    // An acronym defined again ("... Fund (WMF)" twice) keeps its first
    // entity; every use is linked once.
    if (std::any_of(defined.begin(), defined.end(), [&](const auto& d) { return d.first == t.text; })) continue;
    defined.emplace_back(t.text, before->entity);
  }
  for (const Redefinition& r : redefined) {
    for (Mention& m : mentions) {
      if (m.entity == r.from && text.compare(m.begin, m.end - m.begin, r.acronym) == 0) m.entity = r.to;
    }
  }
  for (const auto& [from, to] : merged) {
    for (Mention& m : mentions) {
      if (m.entity == from) m.entity = to;
    }
  }
  if (defined.empty()) return;

  // Uses: every token spelled like a defined acronym that no mention covers.
  std::vector<Mention> found;
  for (const auto& [acronym, entity] : defined) {
    for (size_t at = text.find(acronym); at != std::string::npos; at = text.find(acronym, at + 1)) {
      const size_t end = at + acronym.size();
      if ((at > 0 && IsAsciiWordChar(text[at - 1])) || (end < text.size() && IsAsciiWordChar(text[end]))) continue;
      if (mention_at(static_cast<uint32_t>(at), static_cast<uint32_t>(end)) != nullptr) continue;
      found.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(end), entity, 0});
    }
  }
  if (!found.empty()) MergeMentions(&mentions, found);
}

}  // namespace gazer
