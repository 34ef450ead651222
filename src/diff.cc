#include "gazer/diff.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "gazer/json_writer.h"

namespace gazer {
namespace {

using OutEntity = ArticleOutput::Entity;
using OutRelation = ArticleOutput::Relation;

// Entities by id; the first of duplicate ids (which extract never writes)
// stands for them all.
std::unordered_map<std::string_view, const OutEntity*> ById(const ArticleOutput& article) {
  std::unordered_map<std::string_view, const OutEntity*> index;
  index.reserve(article.entities.size());
  for (const OutEntity& e : article.entities) index.emplace(e.id, &e);
  return index;
}

bool RelationLess(const OutRelation& a, const OutRelation& b) {
  return std::tie(a.source, a.target) < std::tie(b.source, b.target);
}

// Unordered pairs: each as source < target, sorted, duplicates kept so that
// the multiset difference below stays exact.
std::vector<OutRelation> Pairs(const ArticleOutput& article) {
  std::vector<OutRelation> pairs;
  pairs.reserve(article.relations.size());
  for (const OutRelation& r : article.relations) {
    pairs.push_back(r.source <= r.target ? r : OutRelation{r.target, r.source});
  }
  std::sort(pairs.begin(), pairs.end(), RelationLess);
  return pairs;
}

bool MentionLess(const MentionKey& a, const MentionKey& b) {
  return std::tie(a.start, a.end, a.entity) < std::tie(b.start, b.end, b.entity);
}

std::vector<MentionKey> Mentions(const ArticleOutput& article) {
  std::vector<MentionKey> mentions;
  for (const OutEntity& e : article.entities) {
    for (const ArticleOutput::Mention& m : e.mentions) mentions.push_back({m.start, m.end, e.id, m.text});
  }
  std::sort(mentions.begin(), mentions.end(), MentionLess);
  return mentions;
}

template <typename T, typename Less>
void Difference(const std::vector<T>& a, const std::vector<T>& b, Less less, std::vector<T>* out) {
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(*out), less);
}

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

std::string Plural(uint64_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void AppendEntityJson(const OutEntity& e, std::string* out) {
  out->append("{\"id\": ");
  AppendJsonString(e.id, out);
  out->append(", \"type\": ");
  AppendJsonString(e.type, out);
  out->append(", \"name\": ");
  AppendJsonString(e.name, out);
  out->push_back('}');
}

template <typename T, typename F>
void AppendJsonArray(const std::vector<T>& items, F append_item, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->append(", ");
    append_item(items[i], out);
  }
  out->push_back(']');
}

void AppendRelationJson(const OutRelation& r, std::string* out) {
  out->push_back('[');
  AppendJsonString(r.source, out);
  out->append(", ");
  AppendJsonString(r.target, out);
  out->push_back(']');
}

void AppendMentionJson(const MentionKey& m, std::string* out) {
  out->append(fmt::format("{{\"start\": {}, \"end\": {}, \"entity\": ", m.start, m.end));
  AppendJsonString(m.entity, out);
  out->append(", \"text\": ");
  AppendJsonString(m.text, out);
  out->push_back('}');
}

void AppendChangeJson(const EntityChange& c, std::string* out) {
  out->append("{\"id\": ");
  AppendJsonString(c.id, out);
  out->append(", \"old\": {\"type\": ");
  AppendJsonString(c.old_type, out);
  out->append(", \"name\": ");
  AppendJsonString(c.old_name, out);
  out->append("}, \"new\": {\"type\": ");
  AppendJsonString(c.new_type, out);
  out->append(", \"name\": ");
  AppendJsonString(c.new_name, out);
  out->append("}}");
}

}  // namespace

bool ArticleDiff::empty() const {
  return added_entities.empty() && removed_entities.empty() && changed_entities.empty() &&
         added_relations.empty() && removed_relations.empty() && added_mentions.empty() &&
         removed_mentions.empty();
}

ArticleDiff DiffArticles(const ArticleOutput& before, const ArticleOutput& after, const DiffOptions& options) {
  ArticleDiff diff;
  diff.id = after.id;
  const auto old_index = ById(before);
  const auto new_index = ById(after);
  for (const OutEntity& e : after.entities) {
    if (new_index.at(e.id) != &e) continue;  // a duplicate id
    auto it = old_index.find(e.id);
    if (it == old_index.end()) {
      diff.added_entities.push_back({e.id, e.type, e.name, {}});
    } else if (it->second->type != e.type || it->second->name != e.name) {
      diff.changed_entities.push_back({e.id, it->second->type, it->second->name, e.type, e.name});
    }
  }
  for (const OutEntity& e : before.entities) {
    if (old_index.at(e.id) == &e && !new_index.contains(e.id)) {
      diff.removed_entities.push_back({e.id, e.type, e.name, {}});
    }
  }

  const std::vector<OutRelation> old_pairs = Pairs(before);
  const std::vector<OutRelation> new_pairs = Pairs(after);
  Difference(new_pairs, old_pairs, RelationLess, &diff.added_relations);
  Difference(old_pairs, new_pairs, RelationLess, &diff.removed_relations);

  if (options.mentions) {
    const std::vector<MentionKey> old_mentions = Mentions(before);
    const std::vector<MentionKey> new_mentions = Mentions(after);
    Difference(new_mentions, old_mentions, MentionLess, &diff.added_mentions);
    Difference(old_mentions, new_mentions, MentionLess, &diff.removed_mentions);
  }
  return diff;
}

void DiffSummary::Add(const ArticleDiff& diff) {
  if (diff.empty()) {
    ++unchanged;
    return;
  }
  ++changed;
  entities_added += diff.added_entities.size();
  entities_removed += diff.removed_entities.size();
  entities_changed += diff.changed_entities.size();
  relations_added += diff.added_relations.size();
  relations_removed += diff.removed_relations.size();
  mentions_added += diff.added_mentions.size();
  mentions_removed += diff.removed_mentions.size();
}

std::optional<ArticleOutput> ArticlePairing::Add(Side side, ArticleOutput* article) {
  Index& other = index(side == Side::kOld ? Side::kNew : Side::kOld);
  if (auto it = other.find(article->id); it != other.end()) {
    ArticleOutput partner = std::move(it->second.front().article);
    it->second.pop_front();
    if (it->second.empty()) other.erase(it);
    --waiting_;
    return partner;
  }
  std::string id = article->id;
  index(side)[std::move(id)].push_back({sequence_++, std::move(*article)});
  ++waiting_;
  return std::nullopt;
}

std::vector<ArticleOutput> ArticlePairing::TakeUnpaired(Side side) {
  std::vector<Waiting> all;
  for (auto& [id, queue] : index(side)) {
    for (Waiting& w : queue) all.push_back(std::move(w));
  }
  waiting_ -= all.size();
  index(side).clear();
  std::sort(all.begin(), all.end(), [](const Waiting& a, const Waiting& b) { return a.sequence < b.sequence; });
  std::vector<ArticleOutput> out;
  out.reserve(all.size());
  for (Waiting& w : all) out.push_back(std::move(w.article));
  return out;
}

std::string FormatDiffText(const ArticleDiff& diff) {
  std::string out = fmt::format("article {}\n", diff.id);
  for (const OutEntity& e : diff.added_entities) {
    out += fmt::format("+ entity {} ({} {})\n", e.id, e.type, Quoted(e.name));
  }
  for (const OutEntity& e : diff.removed_entities) {
    out += fmt::format("- entity {} ({} {})\n", e.id, e.type, Quoted(e.name));
  }
  for (const EntityChange& c : diff.changed_entities) {
    std::string what;
    if (c.old_type != c.new_type) what = fmt::format("type {} -> {}", c.old_type, c.new_type);
    if (c.old_name != c.new_name) {
      if (!what.empty()) what += ", ";
      what += fmt::format("name {} -> {}", Quoted(c.old_name), Quoted(c.new_name));
    }
    out += fmt::format("~ entity {}: {}\n", c.id, what);
  }
  for (const OutRelation& r : diff.added_relations) out += fmt::format("+ relation {} {}\n", r.source, r.target);
  for (const OutRelation& r : diff.removed_relations) out += fmt::format("- relation {} {}\n", r.source, r.target);
  for (const MentionKey& m : diff.added_mentions) {
    out += fmt::format("+ mention {}-{} {} {}\n", m.start, m.end, m.entity, Quoted(m.text));
  }
  for (const MentionKey& m : diff.removed_mentions) {
    out += fmt::format("- mention {}-{} {} {}\n", m.start, m.end, m.entity, Quoted(m.text));
  }
  return out;
}

std::string FormatArticleText(char sign, const ArticleOutput& article) {
  return fmt::format("{} article {} ({}, {})\n", sign, article.id, Plural(article.entities.size(), "entity", "entities"),
                     Plural(article.relations.size(), "relation", "relations"));
}

std::string FormatSummaryText(const DiffSummary& s, const DiffOptions& options) {
  const uint64_t articles = s.unchanged + s.changed + s.added + s.removed;
  std::string out = fmt::format("{}: {} unchanged, {} changed, {} added, {} removed; entities +{} -{} ~{}; relations +{} -{}",
                                Plural(articles, "article", "articles"), s.unchanged, s.changed, s.added, s.removed,
                                s.entities_added, s.entities_removed, s.entities_changed, s.relations_added,
                                s.relations_removed);
  if (options.mentions) out += fmt::format("; mentions +{} -{}", s.mentions_added, s.mentions_removed);
  out += '\n';
  return out;
}

std::string FormatDiffJson(const ArticleDiff& diff, const DiffOptions& options) {
  std::string out = "{\"id\": ";
  AppendJsonString(diff.id, &out);
  out += ", \"change\": \"changed\", \"entities\": {\"added\": ";
  AppendJsonArray(diff.added_entities, AppendEntityJson, &out);
  out += ", \"removed\": ";
  AppendJsonArray(diff.removed_entities, AppendEntityJson, &out);
  out += ", \"changed\": ";
  AppendJsonArray(diff.changed_entities, AppendChangeJson, &out);
  out += "}, \"relations\": {\"added\": ";
  AppendJsonArray(diff.added_relations, AppendRelationJson, &out);
  out += ", \"removed\": ";
  AppendJsonArray(diff.removed_relations, AppendRelationJson, &out);
  out += "}";
  if (options.mentions) {
    out += ", \"mentions\": {\"added\": ";
    AppendJsonArray(diff.added_mentions, AppendMentionJson, &out);
    out += ", \"removed\": ";
    AppendJsonArray(diff.removed_mentions, AppendMentionJson, &out);
    out += "}";
  }
  out += "}\n";
  return out;
}

std::string FormatArticleJson(char sign, const ArticleOutput& article) {
  std::string out = "{\"id\": ";
  AppendJsonString(article.id, &out);
  out += fmt::format(", \"change\": \"{}\", \"entities\": {}, \"relations\": {}}}\n",
                     sign == '+' ? "added" : "removed", article.entities.size(), article.relations.size());
  return out;
}

std::string FormatSummaryJson(const DiffSummary& s, const DiffOptions& options) {
  std::string out = fmt::format(
      "{{\"summary\": {{\"equal\": {}, \"articles\": {{\"unchanged\": {}, \"changed\": {}, \"added\": {}, \"removed\": {}}}, "
      "\"entities\": {{\"added\": {}, \"removed\": {}, \"changed\": {}}}, \"relations\": {{\"added\": {}, \"removed\": {}}}",
      s.equal() ? "true" : "false", s.unchanged, s.changed, s.added, s.removed, s.entities_added, s.entities_removed,
      s.entities_changed, s.relations_added, s.relations_removed);
  if (options.mentions) {
    out += fmt::format(", \"mentions\": {{\"added\": {}, \"removed\": {}}}", s.mentions_added, s.mentions_removed);
  }
  out += "}}\n";
  return out;
}

}  // namespace gazer
