#include "gazer/re3d_conventions.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gazer/gazetteer.h"
#include "gazer/normalizer.h"
#include "mention_merge.h"
#include "name_tokens.h"
#include "titles.h"

namespace gazer {
namespace {

// Roles written in lower case after the body they speak for ("A Foreign
// Office spokesman").
constexpr std::string_view kLowerRoles[] = {"spokesman", "spokeswoman", "spokesperson"};

// Lower-case nouns after a country or demonym that make it the state or the
// people acting ("the Iraqi people", "the Syrian government").
constexpr std::string_view kActorNouns[] = {
    "people",   "peoples",  "government", "governments", "regime",   "forces",     "authorities",
    "officials", "opposition", "army",    "military",    "leaders",  "leadership", "population",
    "civilians", "children", "refugees",  "parties",     "counterparts", "businesses", "companies",
    "community", "communities", "society", "partners",   "troops",   "delegation", "side",
    "security", "air",      "navy",       "administration", "preservationists", "organisations",
    "organizations", "alumni", "students", "leader",     "president", "politicians", "diplomats"};
// Nouns a country's name qualifies as a place ("the Syria crisis", "Iraq
// war"): what happens there, not what the state does.
constexpr std::string_view kPlaceNouns[] = {"crisis", "conflict", "war",      "talks",    "peace",    "ceasefire",
                                            "border", "region",   "situation", "campaign", "operation", "operations",
                                            "file",   "policy",   "strategy",  "envoy",    "mission",   "coast"};
// Prepositions before a country seen as a place ("in Syria", "to Iraq").
constexpr std::string_view kPlacePrepositions[] = {
    "in",    "inside", "into",   "across", "throughout", "within", "from", "near",  "at",
    "around", "to",    "towards", "toward", "through",  "outside", "over", "on",    "of",
    "across", "via",   "between", "beyond", "against"};
// Nouns whose "of"/"to" object is a party, not a place ("the Government of
// Iraq", "support to Syria").
constexpr std::string_view kPartyHeads[] = {
    "government", "governments", "people", "leadership", "residents", "citizens", "support", "assistance",
    "commitment", "Government", "Governments", "People", "President", "Prime", "leaders"};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsWord(const std::string& s, size_t i) { return IsWordByte(static_cast<unsigned char>(s[i])); }

// The word right before `pos`, across spaces only; empty if anything else
// comes first. Sets *begin to its start.
std::string_view WordBefore(const std::string& text, size_t pos, size_t* begin) {
  size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t b = end;
  while (b > 0 && (IsWord(text, b - 1) || (text[b - 1] == '-' && b > 1 && IsWord(text, b - 2)))) --b;
  *begin = b;
  return std::string_view(text.data() + b, end - b);
}

// The word right after `pos`, across spaces only. Sets *end to its end.
std::string_view WordAfter(const std::string& text, size_t pos, size_t* end) {
  size_t b = pos;
  while (b < text.size() && text[b] == ' ') ++b;
  size_t e = b;
  while (e < text.size() && IsWord(text, e)) ++e;
  *end = e;
  return std::string_view(text.data() + b, e - b);
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    const char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] + 32) : b[i];
    if (x != y) return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A demonym or adjective of a country rather than its name: one word, not
// the name, not an acronym, with a demonym's ending (Syrian, Iraqi,
// British, Lebanese, Uzbek, Swiss); `plural` for the people (Syrians).
bool IsDemonymForm(std::string_view text, std::string_view name, bool* plural) {
  *plural = false;
  if (text.find(' ') != std::string_view::npos || text.find('.') != std::string_view::npos) return false;
  if (std::all_of(text.begin(), text.end(), [](char c) { return !(c >= 'a' && c <= 'z'); })) return false;
  if (EqualsIgnoringCase(text, name)) return false;
  auto demonym_ending = [](std::string_view w) {
    for (std::string_view e : {"an", "ese", "i", "ish", "ch", "ic", "k", "kh", "ss", "ot", "ine", "er", "on"}) {
      if (EndsWith(w, e)) return true;
    }
    return false;
  };
  if (demonym_ending(text)) return true;
  if (EndsWith(text, "s") && demonym_ending(text.substr(0, text.size() - 1))) {
    *plural = true;
    return true;
  }
  return false;
}

// Entities by id, for finding or adding the ones this stage makes.
class EntityIndex {
 public:
  explicit EntityIndex(std::vector<Entity>* entities) : entities_(entities) {
    for (size_t i = 0; i < entities->size(); ++i) by_id_.emplace((*entities)[i].id, static_cast<uint32_t>(i));
  }
  uint32_t Get(std::string id, EntityType type, std::string name, Source source, int64_t entry) {
    auto [it, inserted] = by_id_.emplace(std::move(id), static_cast<uint32_t>(entities_->size()));
    if (inserted) entities_->push_back({it->first, type, std::move(name), source, entry});
    return it->second;
  }

 private:
  std::vector<Entity>* entities_;
  std::unordered_map<std::string, uint32_t> by_id_;
};

}  // namespace

std::optional<Scheme> ParseScheme(std::string_view name) {
  if (name == "gazer") return Scheme::kGazer;
  if (name == "re3d") return Scheme::kRe3d;
  return std::nullopt;
}

void Re3dConventions::Apply(Extraction* out) const {
  const std::string& text = out->normalized.cased();
  std::vector<Mention>& mentions = out->mentions;
  std::vector<Entity>& entities = out->entities;
  EntityIndex index(&entities);
  std::vector<Mention> added;

  auto type_of = [&](const Mention& m) { return entities[m.entity].type; };
  // The first mention that ends after `pos` (mentions are sorted).
  auto first_after = [&](size_t pos) {
    return std::lower_bound(mentions.begin(), mentions.end(), pos,
                            [](const Mention& m, size_t p) { return m.end <= p; });
  };
  auto mention_ending_at = [&](size_t end) -> Mention* {
    auto it = std::lower_bound(mentions.begin(), mentions.end(), end,
                               [](const Mention& m, size_t e) { return m.end < e; });
    return it != mentions.end() && it->end == end && it->begin < it->end ? &*it : nullptr;
  };
  auto mention_starting_at = [&](size_t begin) -> Mention* {
    auto it = first_after(begin);
    return it != mentions.end() && it->begin == begin && it->begin < it->end ? &*it : nullptr;
  };
  auto covered = [&](size_t begin, size_t end) -> Mention* {
    auto it = first_after(begin);
    return it != mentions.end() && it->begin < end && it->begin < it->end ? &*it : nullptr;
  };
  // Empties the mentions inside [begin, end); false if one reaches outside.
  auto absorb = [&](size_t begin, size_t end, const Mention* keep) {
    for (auto it = first_after(begin); it != mentions.end() && it->begin < end; ++it) {
      if (&*it == keep || it->begin == it->end) continue;
      if (it->begin < begin || it->end > end) return false;
    }
    for (auto it = first_after(begin); it != mentions.end() && it->begin < end; ++it) {
      if (&*it != keep) it->end = it->begin;
    }
    return true;
  };

  // 1. Titles and roles are persons.
  std::unordered_map<std::string, uint32_t> person_by_title;  // title words -> the person they named last
  size_t pos = 0;
  NameToken t;
  while (NextToken(text, &pos, &t)) {
    const bool lower_role = !t.capitalized && Contains(kLowerRoles, t.text);
    if (!(t.capitalized && IsTitleWord(t.text)) && !lower_role) continue;
    if (covered(t.begin, t.end)) continue;
    // Left: modifiers, and the country, place or body the title belongs to.
    size_t begin = t.begin;
    bool has_body = false;
    for (;;) {
      size_t word_begin = 0;
      const std::string_view word = WordBefore(text, begin, &word_begin);
      if (word.empty()) break;
      if (Mention* m = mention_ending_at(word_begin + word.size());
          m != nullptr && type_of(*m) != EntityType::kPerson && type_of(*m) != EntityType::kWeapon) {
        begin = m->begin;
        has_body = true;
        continue;
      }
      if (!IsTitleModifier(word) && !IsTitleWord(word)) break;
      begin = word_begin;
    }
    if (lower_role && !has_body) continue;
    // Right: "of State", "for the Middle East", "of Foreign Affairs of Iraq".
    size_t end = t.end;
    for (;;) {
      size_t after = 0;
      const std::string_view joiner = WordAfter(text, end, &after);
      if (joiner != "of" && joiner != "for") break;
      size_t next_end = after;
      std::string_view next = WordAfter(text, next_end, &next_end);
      if (next == "the") next = WordAfter(text, next_end, &next_end);
      if (next.empty() || next[0] < 'A' || next[0] > 'Z') break;
      // Capitalized words and mentions of places and bodies, up to a person.
      size_t reach = after;
      size_t scan = after;
      for (;;) {
        size_t word_end = 0;
        const std::string_view word = WordAfter(text, scan, &word_end);
        if (word.empty()) break;
        const size_t word_begin = word_end - word.size();
        if (word == "the" && reach != after) break;
        if (word == "the") {
          scan = word_end;
          continue;
        }
        if (word[0] < 'A' || word[0] > 'Z') break;
        if (Mention* m = covered(word_begin, word_end)) {
          if (type_of(*m) == EntityType::kPerson) break;
          reach = std::max<size_t>(reach, m->end);
          scan = m->end;
          continue;
        }
        reach = word_end;
        scan = word_end;
      }
      if (reach == after) break;
      end = reach;
    }
    if (!absorb(begin, end, nullptr)) continue;
    std::string title(text.data() + begin, end - begin);
    // A person right after, with only spaces between: one mention.
    size_t after_space = end;
    while (after_space < text.size() && text[after_space] == ' ') ++after_space;
    if (Mention* person = mention_starting_at(after_space);
        person != nullptr && after_space > end && type_of(*person) == EntityType::kPerson) {
      person->begin = static_cast<uint32_t>(begin);
      person_by_title[title] = person->entity;
      pos = person->end;
      continue;
    }
    // Otherwise the role is a mention of its own, of the person named with
    // it ("Minister, Tobias Ellwood," or "Tobias Ellwood, Minister for
    // ...") or last named with it.
    int64_t person = -1;
    size_t comma = end;
    while (comma < text.size() && text[comma] == ' ') ++comma;
    if (comma < text.size() && text[comma] == ',') {
      size_t name = comma + 1;
      while (name < text.size() && text[name] == ' ') ++name;
      if (Mention* p = mention_starting_at(name); p && type_of(*p) == EntityType::kPerson) person = p->entity;
    }
    if (person < 0) {
      size_t back = begin;
      size_t word_begin = 0;
      if (EqualsIgnoringCase(WordBefore(text, back, &word_begin), "the")) back = word_begin;
      while (back > 0 && text[back - 1] == ' ') --back;
      if (back > 0 && text[back - 1] == ',') {
        if (Mention* p = mention_ending_at(back - 1); p && type_of(*p) == EntityType::kPerson) person = p->entity;
      }
    }
    if (person < 0) {
      if (auto it = person_by_title.find(title); it != person_by_title.end()) person = it->second;
    }
    if (person < 0) {
      person = index.Get("person:" + Slugify(title), EntityType::kPerson, title, Source::kPattern, -1);
    }
    person_by_title[title] = static_cast<uint32_t>(person);
    added.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end), static_cast<uint32_t>(person), 0});
    pos = end;
  }
  auto merge_added = [&] {
    MergeMentions(&mentions, added);
    added.clear();
  };
  merge_added();

  // 2. Regimes: "the Asad regime", "Assad's brutal regime", "the regime of
  // Assad", then "the regime".
  int64_t last_regime = -1;
  auto regime_entity = [&](const Mention& of) {
    const Entity& e = entities[of.entity];
    std::string slug = e.id.substr(e.id.find(':') + 1);
    return index.Get("organization:" + slug + "-regime", EntityType::kOrganization, e.name + " regime", e.source,
                     -1);
  };
  pos = 0;
  while (NextToken(text, &pos, &t)) {
    if (t.text != "regime" && t.text != "Regime") continue;
    if (covered(t.begin, t.end)) continue;
    // Back over up to two adjectives and a possessive to a person or country.
    size_t back = t.begin;
    Mention* owner = nullptr;
    for (int words = 0; words < 3 && owner == nullptr; ++words) {
      size_t end = back;
      while (end > 0 && text[end - 1] == ' ') --end;
      size_t name_end = end;
      if (name_end >= 2 && text.compare(name_end - 2, 2, "'s") == 0) name_end -= 2;
      if (Mention* m = mention_ending_at(name_end);
          m && (type_of(*m) == EntityType::kPerson || type_of(*m) == EntityType::kCountry)) {
        owner = m;
        break;
      }
      size_t word_begin = 0;
      const std::string_view word = WordBefore(text, end, &word_begin);
      if (word.empty() || word[0] < 'a' || word[0] > 'z' || word == "the") break;
      back = word_begin;
    }
    uint32_t begin = t.begin, end = t.end;
    if (owner == nullptr) {
      size_t after = 0;
      if (WordAfter(text, t.end, &after) == "of") {
        size_t name = after;
        while (name < text.size() && text[name] == ' ') ++name;
        if (Mention* m = mention_starting_at(name);
            m && (type_of(*m) == EntityType::kPerson || type_of(*m) == EntityType::kCountry)) {
          owner = m;
          end = m->end;
        }
      }
    } else {
      begin = owner->begin;
    }
    uint32_t entity;
    if (owner != nullptr) {
      entity = regime_entity(*owner);
      if (!absorb(begin, end, nullptr)) continue;
    } else if (last_regime >= 0) {
      entity = static_cast<uint32_t>(last_regime);
    } else {
      continue;
    }
    last_regime = entity;
    added.push_back({begin, end, entity, 0});
  }
  merge_added();

  // 3. Countries: a party, or a place.
  bool last_was_place = false;
  size_t last_country_end = 0;
  for (Mention& m : mentions) {
    if (type_of(m) != EntityType::kCountry) continue;
    const Entity& country = entities[m.entity];
    const std::string_view mention(text.data() + m.begin, m.end - m.begin);
    bool plural = false;
    const bool demonym = IsDemonymForm(mention, country.name, &plural);
    size_t next_end = 0;
    const std::string_view next = WordAfter(text, m.end, &next_end);
    const bool possessive = m.end + 1 < text.size() && text.compare(m.end, 2, "'s") == 0;
    const bool led = m.end < text.size() && text[m.end] == '-' && text.compare(m.end + 1, 3, "led") == 0;
    // A list goes with its first member: "in Syria, Iraq and Lebanon".
    std::string_view between(text.data() + last_country_end,
                             m.begin > last_country_end ? m.begin - last_country_end : 0);
    const bool listed =
        last_country_end > 0 && (between == ", " || between == " and " || between == ", and " || between == " or ");
    bool place;
    if (plural || possessive || led) {
      place = false;
    } else if (demonym) {
      place = !Contains(kActorNouns, next);
    } else if (Contains(kActorNouns, next)) {
      place = false;
    } else if (Contains(kPlaceNouns, next)) {
      place = true;
    } else if (listed) {
      place = last_was_place;
    } else {
      size_t word_begin = 0;
      std::string_view before = WordBefore(text, m.begin, &word_begin);
      if (EqualsIgnoringCase(before, "the")) before = WordBefore(text, word_begin, &word_begin);
      place = Contains(kPlacePrepositions, before);
      if (place && (before == "of" || before == "to" || before == "for")) {
        size_t head_begin = 0;
        std::string_view head = WordBefore(text, word_begin, &head_begin);
        if (EqualsIgnoringCase(head, "the")) head = WordBefore(text, head_begin, &head_begin);
        if (Contains(kPartyHeads, head)) place = false;
      }
    }
    last_was_place = place;
    last_country_end = m.end;
    if (place) continue;
    const std::string slug = country.id.substr(country.id.find(':') + 1);
    m.entity = index.Get("organization:" + slug, EntityType::kOrganization, country.name, country.source, -1);
  }
}

}  // namespace gazer
