#include "gazer/evaluation.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace gazer {
namespace {

using json = nlohmann::json;

constexpr std::string_view kClasses[] = {"PER", "ORG", "GEO", "WEA"};
constexpr std::string_view kFine[] = {"person", "country", "organization", "location", "weapon"};

// score.py's CLASS, or empty for a type it does not score.
std::string_view ClassOf(std::string_view type) {
  if (type == "person" || type == "PER") return "PER";
  if (type == "organization" || type == "ORG") return "ORG";
  if (type == "country" || type == "location" || type == "GEO") return "GEO";
  if (type == "weapon" || type == "WEA") return "WEA";
  return {};
}

bool IsFine(std::string_view type) { return std::find(std::begin(kFine), std::end(kFine), type) != std::end(kFine); }

bool Overlaps(const Span& a, const Span& b) { return a.start < b.end && b.start < a.end; }

// --- gold parsing -------------------------------------------------------

Status ParseOffset(const json& v, std::string_view what, int64_t* out) {
  if (!v.is_number_integer()) return Status::Error(fmt::format("{}: offset is not an integer", what));
  *out = v.get<int64_t>();
  return Status::Ok();
}

Status ParseObjectSpan(const json& v, std::string_view what, Span* out) {
  if (!v.is_object()) return Status::Error(fmt::format("{}: not an object", what));
  auto start = v.find("start");
  auto end = v.find("end");
  if (start == v.end() || end == v.end()) return Status::Error(fmt::format("{}: no \"start\" or \"end\"", what));
  Status s = ParseOffset(*start, what, &out->start);
  if (s.ok()) s = ParseOffset(*end, what, &out->end);
  return s;
}

Status ParsePairSpan(const json& v, std::string_view what, Span* out) {
  if (!v.is_array() || v.size() != 2) return Status::Error(fmt::format("{}: not a [start, end] pair", what));
  Status s = ParseOffset(v[0], what, &out->start);
  if (s.ok()) s = ParseOffset(v[1], what, &out->end);
  return s;
}

// The array at `key`, or nullptr when missing or null.
Status ArrayAt(const json& object, const char* key, const json** out) {
  *out = nullptr;
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (!it->is_array()) return Status::Error(fmt::format("\"{}\" is not an array", key));
  *out = &*it;
  return Status::Ok();
}

// --- scoring ------------------------------------------------------------

struct PredMention {
  Span span;
  std::string_view cls;
  std::string_view type;
  const std::string* eid;
};

struct GoldItem {
  Span span;
  std::string_view cls;
  std::string_view type;
  const std::optional<std::string>* name;
};

using Pairs = std::vector<std::pair<size_t, size_t>>;  // (gold index, prediction index)

// score.py's match_lenient: greedy one-to-one pairing of overlapping spans
// with the same key; `gold` and `pred` index into the document's mentions.
template <typename KeyG, typename KeyP>
Pairs MatchLenient(const std::vector<const GoldItem*>& gold, const std::vector<const PredMention*>& pred, KeyG gkey,
                   KeyP pkey) {
  struct Candidate {
    bool inexact;
    int64_t negative_overlap;
    size_t gi, pi;
  };
  std::vector<Candidate> candidates;
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    for (size_t pi = 0; pi < pred.size(); ++pi) {
      const Span& g = gold[gi]->span;
      const Span& p = pred[pi]->span;
      if (gkey(*gold[gi]) != pkey(*pred[pi]) || !Overlaps(g, p)) continue;
      const int64_t overlap = std::min(g.end, p.end) - std::max(g.start, p.start);
      candidates.push_back({!(g == p), -overlap, gi, pi});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.inexact, a.negative_overlap, a.gi, a.pi) < std::tie(b.inexact, b.negative_overlap, b.gi, b.pi);
  });
  std::vector<bool> used_g(gold.size()), used_p(pred.size());
  Pairs pairs;
  for (const Candidate& c : candidates) {
    if (used_g[c.gi] || used_p[c.pi]) continue;
    used_g[c.gi] = used_p[c.pi] = true;
    pairs.emplace_back(c.gi, c.pi);
  }
  return pairs;
}

// Multiset intersection size of (span, key) over the two sides.
template <typename KeyG, typename KeyP>
int64_t StrictMatches(const std::vector<const GoldItem*>& gold, const std::vector<const PredMention*>& pred, KeyG gkey,
                      KeyP pkey) {
  using Key = std::tuple<int64_t, int64_t, std::string_view>;
  std::vector<Key> g, p;
  for (const GoldItem* x : gold) g.emplace_back(x->span.start, x->span.end, gkey(*x));
  for (const PredMention* x : pred) p.emplace_back(x->span.start, x->span.end, pkey(*x));
  std::sort(g.begin(), g.end());
  std::sort(p.begin(), p.end());
  std::vector<Key> common;
  std::set_intersection(g.begin(), g.end(), p.begin(), p.end(), std::back_inserter(common));
  return static_cast<int64_t>(common.size());
}

// Counts by label, remembering the order labels first appeared in.
class LabelCounts {
 public:
  Counts& operator[](std::string_view label) {
    for (auto& [name, counts] : items_) {
      if (name == label) return counts;
    }
    items_.emplace_back(std::string(label), Counts());
    return items_.back().second;
  }
  std::vector<std::pair<std::string, Counts>> Take() { return std::move(items_); }

 private:
  std::vector<std::pair<std::string, Counts>> items_;
};

using Name = std::optional<std::string>;

class Scorer {
 public:
  void Score(const GoldDocument& g, const ArticleOutput* p, EvaluationReport* report);
  void Finish(EvaluationReport* report) {
    report->strict = strict_.Take();
    report->lenient = lenient_.Take();
  }

 private:
  LabelCounts strict_, lenient_;
};

void Scorer::Score(const GoldDocument& g, const ArticleOutput* p, EvaluationReport* report) {
  static const ArticleOutput kEmpty;
  if (p == nullptr) p = &kEmpty;
  bool fine_gold = true;
  std::vector<GoldItem> gm;
  gm.reserve(g.mentions.size());
  for (const GoldDocument::Mention& m : g.mentions) {
    fine_gold = fine_gold && IsFine(m.type);
    gm.push_back({m.span, ClassOf(m.type), m.type, &m.name});
  }
  std::vector<PredMention> pm;
  for (const ArticleOutput::Entity& e : p->entities) {
    const std::string_view cls = ClassOf(e.type);
    if (cls.empty()) continue;
    for (const ArticleOutput::Mention& m : e.mentions) {
      const Span span{m.start, m.end};
      const bool ignored = std::any_of(g.ignore.begin(), g.ignore.end(), [&](const Span& i) { return Overlaps(span, i); });
      if (ignored && std::none_of(gm.begin(), gm.end(), [&](const GoldItem& x) { return Overlaps(span, x.span); })) {
        continue;
      }
      pm.push_back({span, cls, e.type, &e.id});
    }
  }

  // Mentions: "all", the classes, and the fine types for fine-typed gold.
  auto gcls = [](const GoldItem& x) { return x.cls; };
  auto pcls = [](const PredMention& x) { return x.cls; };
  auto gtype = [](const GoldItem& x) { return x.type; };
  auto ptype = [](const PredMention& x) { return x.type; };
  Pairs all_pairs;
  auto score_label = [&](std::string_view label, auto select_g, auto select_p, auto gkey, auto pkey) {
    std::vector<const GoldItem*> G;
    std::vector<const PredMention*> P;
    for (const GoldItem& x : gm) {
      if (select_g(x)) G.push_back(&x);
    }
    for (const PredMention& x : pm) {
      if (select_p(x)) P.push_back(&x);
    }
    const int64_t tp = StrictMatches(G, P, gkey, pkey);
    strict_[label].Add(tp, static_cast<int64_t>(P.size()) - tp, static_cast<int64_t>(G.size()) - tp);
    Pairs pairs = MatchLenient(G, P, gkey, pkey);
    const auto n = static_cast<int64_t>(pairs.size());
    lenient_[label].Add(n, static_cast<int64_t>(P.size()) - n, static_cast<int64_t>(G.size()) - n);
    return pairs;
  };
  auto any = [](const auto&) { return true; };
  // For "all" G and P are gm and pm themselves, so pair indices index them.
  all_pairs = score_label("all", any, any, gcls, pcls);
  {
    Counts doc;
    const auto n = static_cast<int64_t>(all_pairs.size());
    doc.Add(n, static_cast<int64_t>(pm.size()) - n, static_cast<int64_t>(gm.size()) - n);
    report->by_doc.emplace_back(g.id, doc);
  }
  for (std::string_view c : kClasses) {
    score_label(c, [c](const GoldItem& x) { return x.cls == c; }, [c](const PredMention& x) { return x.cls == c; },
                gcls, pcls);
  }
  if (fine_gold) {
    for (std::string_view t : kFine) {
      score_label(t, [t](const GoldItem& x) { return x.type == t; }, [t](const PredMention& x) { return x.type == t; },
                  gtype, ptype);
    }
  }

  // Entity mapping: each predicted entity to the gold name most of its
  // matched mentions carry; ties go to the name seen first (Counter order).
  std::unordered_map<std::string_view, std::vector<std::pair<std::string_view, int>>> votes;
  std::vector<std::string_view> voters;  // in first-vote order
  for (const auto& [gi, pi] : all_pairs) {
    const Name& name = *gm[gi].name;
    if (!name.has_value()) continue;
    auto [it, inserted] = votes.try_emplace(*pm[pi].eid);
    if (inserted) voters.push_back(*pm[pi].eid);
    auto& tally = it->second;
    auto t = std::find_if(tally.begin(), tally.end(), [&](const auto& v) { return v.first == *name; });
    if (t == tally.end()) {
      tally.emplace_back(*name, 1);
    } else {
      ++t->second;
    }
  }
  std::unordered_map<std::string_view, std::string_view> emap;
  for (std::string_view eid : voters) {
    const auto& tally = votes[eid];
    const auto* best = &tally.front();
    for (const auto& v : tally) {
      if (v.second > best->second) best = &v;
    }
    emap[eid] = best->first;
  }
  std::unordered_set<std::string_view> live;
  for (const PredMention& x : pm) live.insert(*x.eid);

  const bool named = std::any_of(gm.begin(), gm.end(), [](const GoldItem& x) { return x.name->has_value() && !(*x.name)->empty(); });
  if (fine_gold && named) {
    std::set<Name> gnames;
    for (const GoldItem& x : gm) gnames.insert(*x.name);
    std::set<std::string_view> hit;
    for (std::string_view e : live) {
      if (auto it = emap.find(e); it != emap.end()) hit.insert(it->second);
    }
    const auto h = static_cast<int64_t>(hit.size());
    report->entities.Add(h, static_cast<int64_t>(live.size()) - h, static_cast<int64_t>(gnames.size()) - h);

    // Relations by gold sentences.
    std::set<std::pair<Name, Name>> gpairs;
    for (const Span& s : g.sentences) {
      std::set<Name> names;
      for (const GoldItem& x : gm) {
        if (s.start <= x.span.start && x.span.end <= s.end) names.insert(*x.name);
      }
      for (auto a = names.begin(); a != names.end(); ++a) {
        for (auto b = std::next(a); b != names.end(); ++b) gpairs.emplace(*a, *b);
      }
    }
    std::set<std::pair<Name, Name>> ppairs;
    for (const ArticleOutput::Relation& r : p->relations) {
      if (!live.contains(r.source) || !live.contains(r.target)) continue;
      auto mapped = [&](const std::string& id) {
        auto it = emap.find(id);
        return it != emap.end() ? std::string(it->second) : "?" + id;
      };
      std::string ma = mapped(r.source), mb = mapped(r.target);
      if (ma == mb) continue;
      if (mb < ma) std::swap(ma, mb);
      ppairs.emplace(std::move(ma), std::move(mb));
    }
    int64_t tp = 0;
    for (const auto& pair : ppairs) tp += gpairs.contains(pair) ? 1 : 0;
    report->relations.Add(tp, static_cast<int64_t>(ppairs.size()) - tp, static_cast<int64_t>(gpairs.size()) - tp);
  }

  if (!g.relations.empty()) {
    // Gold relations as spans: recall among the co-occurrence pairs.
    std::unordered_map<std::string_view, std::vector<Span>> mentions_of;
    for (const PredMention& x : pm) mentions_of[*x.eid].push_back(x.span);
    report->predicted_pairs += static_cast<int64_t>(p->relations.size());
    static const std::vector<Span> kNone;
    auto spans = [&](const std::string& id) -> const std::vector<Span>& {
      auto it = mentions_of.find(id);
      return it == mentions_of.end() ? kNone : it->second;
    };
    auto touches = [](const Span& s, const std::vector<Span>& ms) {
      return std::any_of(ms.begin(), ms.end(), [&](const Span& m) { return Overlaps(s, m); });
    };
    for (const GoldDocument::Relation& gr : g.relations) {
      bool found = false;
      for (const ArticleOutput::Relation& r : p->relations) {
        const std::vector<Span>& a = spans(r.source);
        const std::vector<Span>& b = spans(r.target);
        if ((touches(gr.source, a) && touches(gr.target, b)) || (touches(gr.source, b) && touches(gr.target, a))) {
          found = true;
          break;
        }
      }
      report->relation_recall.Add(found ? 1 : 0, 0, found ? 0 : 1);
    }
  }
}

double Ratio(int64_t num, int64_t den) { return den != 0 ? static_cast<double>(num) / static_cast<double>(den) : 0.0; }

// Python's float formatting of `x` with `decimals` places: correctly rounded
// from the exact binary value, as glibc's printf is.
std::string Fixed(double x, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
  return buffer;
}

}  // namespace

Status ParseGoldDocument(std::string_view line, GoldDocument* out) {
  json value;
  if (Status s = ParseJsonLine(line, &value); !s.ok()) return s;
  if (!value.is_object()) return Status::Error("not a JSON object");
  *out = GoldDocument();
  auto id = value.find("id");
  if (id == value.end() || id->is_null()) {
    out->id = "None";
  } else {
    out->id = id->is_string() ? id->get<std::string>() : id->dump();
  }
  const json* items;
  if (Status s = ArrayAt(value, "entities", &items); !s.ok()) return s;
  if (items != nullptr) {
    for (size_t i = 0; i < items->size(); ++i) {
      const json& e = (*items)[i];
      const std::string what = fmt::format("entity {}", i + 1);
      GoldDocument::Mention m;
      if (Status s = ParseObjectSpan(e, what, &m.span); !s.ok()) return s;
      auto type = e.find("type");
      if (type == e.end() || !type->is_string() || ClassOf(type->get<std::string>()).empty()) {
        return Status::Error(fmt::format(
            "{}: \"type\" is not one of person, country, organization, location, weapon, PER, ORG, GEO, WEA", what));
      }
      m.type = type->get<std::string>();
      if (auto name = e.find("name"); name != e.end() && !name->is_null()) {
        if (!name->is_string()) return Status::Error(fmt::format("{}: \"name\" is not a string", what));
        m.name = name->get<std::string>();
      }
      out->mentions.push_back(std::move(m));
    }
  }
  if (Status s = ArrayAt(value, "ignore", &items); !s.ok()) return s;
  if (items != nullptr) {
    for (size_t i = 0; i < items->size(); ++i) {
      Span span;
      if (Status s = ParseObjectSpan((*items)[i], fmt::format("ignore {}", i + 1), &span); !s.ok()) return s;
      out->ignore.push_back(span);
    }
  }
  if (Status s = ArrayAt(value, "sentences", &items); !s.ok()) return s;
  if (items != nullptr) {
    for (size_t i = 0; i < items->size(); ++i) {
      Span span;
      if (Status s = ParsePairSpan((*items)[i], fmt::format("sentence {}", i + 1), &span); !s.ok()) return s;
      out->sentences.push_back(span);
    }
  }
  if (Status s = ArrayAt(value, "relations", &items); !s.ok()) return s;
  if (items != nullptr) {
    for (size_t i = 0; i < items->size(); ++i) {
      const json& r = (*items)[i];
      const std::string what = fmt::format("relation {}", i + 1);
      if (!r.is_object() || !r.contains("source") || !r.contains("target")) {
        return Status::Error(what + ": no \"source\" or \"target\"");
      }
      GoldDocument::Relation rel;
      Status s = ParsePairSpan(r["source"], what, &rel.source);
      if (s.ok()) s = ParsePairSpan(r["target"], what, &rel.target);
      if (!s.ok()) return s;
      out->relations.push_back(rel);
    }
  }
  return Status::Ok();
}

double Round4(double x) {
  return std::strtod(Fixed(x, 4).c_str(), nullptr);
}

double Counts::precision() const { return Round4(Ratio(tp, tp + fp)); }
double Counts::recall() const { return Round4(Ratio(tp, tp + fn)); }
double Counts::f1() const {
  const double p = Ratio(tp, tp + fp);
  const double r = Ratio(tp, tp + fn);
  return Round4(p + r != 0 ? 2 * p * r / (p + r) : 0.0);
}

double EvaluationReport::lenient_f1() const {
  for (const auto& [label, counts] : lenient) {
    if (label == "all") return counts.f1();
  }
  return 0.0;
}

EvaluationReport Evaluate(const std::vector<GoldDocument>& gold, const std::vector<ArticleOutput>& pred) {
  EvaluationReport report;
  report.docs = gold.size();
  std::unordered_map<std::string_view, const ArticleOutput*> by_id;
  for (const ArticleOutput& p : pred) by_id.emplace(p.id, &p);
  std::unordered_set<std::string_view> gold_ids;
  for (const GoldDocument& g : gold) gold_ids.insert(g.id);
  for (const GoldDocument& g : gold) {
    if (!by_id.contains(g.id)) report.missing_docs.push_back(g.id);
  }
  for (const ArticleOutput& p : pred) {
    if (!gold_ids.contains(p.id)) report.extra_docs.push_back(p.id);
  }
  Scorer scorer;
  for (const GoldDocument& g : gold) {
    auto it = by_id.find(g.id);
    scorer.Score(g, it == by_id.end() ? nullptr : it->second, &report);
  }
  scorer.Finish(&report);
  // As score.py: the sections appear when they counted anything.
  const Counts& e = report.entities;
  report.has_entities = e.tp + e.fp + e.fn != 0;
  report.has_relation_recall = report.relation_recall.tp + report.relation_recall.fn != 0;
  return report;
}

std::string EvaluationJson(const EvaluationReport& report, std::string_view gold_path, std::string_view pred_path,
                           bool by_doc) {
  using ojson = nlohmann::ordered_json;
  auto scores = [](const Counts& c, const std::string* id = nullptr) {
    ojson out = ojson::object();
    if (id != nullptr) out["id"] = *id;
    out["p"] = c.precision();
    out["r"] = c.recall();
    out["f1"] = c.f1();
    out["tp"] = c.tp;
    out["fp"] = c.fp;
    out["fn"] = c.fn;
    return out;
  };
  ojson out = ojson::object();
  out["gold"] = gold_path;
  out["pred"] = pred_path;
  out["docs"] = report.docs;
  out["missing_docs"] = report.missing_docs;
  out["extra_docs"] = report.extra_docs;
  out["mentions_strict"] = ojson::object();
  for (const auto& [label, counts] : report.strict) out["mentions_strict"][label] = scores(counts);
  out["mentions_lenient"] = ojson::object();
  for (const auto& [label, counts] : report.lenient) out["mentions_lenient"][label] = scores(counts);
  if (report.has_entities) {
    out["entities"] = scores(report.entities);
    out["relations"] = scores(report.relations);
  }
  if (report.has_relation_recall) {
    ojson r = ojson::object();
    r["r"] = report.relation_recall.recall();
    r["gold"] = report.relation_recall.tp + report.relation_recall.fn;
    r["predicted_pairs"] = report.predicted_pairs;
    out["relation_recall"] = std::move(r);
  }
  if (by_doc) {
    out["by_doc"] = ojson::array();
    for (const auto& [id, counts] : report.by_doc) {
      out["by_doc"].push_back(scores(counts, &id));
    }
  }
  return out.dump(1, ' ', /*ensure_ascii=*/true, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string EvaluationTable(const EvaluationReport& report) {
  std::string out = fmt::format("docs {}  missing {}  extra {}\n", report.docs, report.missing_docs.size(),
                                report.extra_docs.size());
  out += fmt::format("{:<14}{:>9}{:>7}{:>7}   {:>9}{:>7}{:>7}{:>7}\n", "mentions", "strict P", "R", "F1",
                     "lenient P", "R", "F1", "gold");
  auto find = [](const std::vector<std::pair<std::string, Counts>>& v, std::string_view label) -> const Counts* {
    for (const auto& [name, counts] : v) {
      if (name == label) return &counts;
    }
    return nullptr;
  };
  std::vector<std::string_view> labels = {"all", "PER", "ORG", "GEO", "WEA"};
  labels.insert(labels.end(), std::begin(kFine), std::end(kFine));
  for (std::string_view k : labels) {
    const Counts* s = find(report.strict, k);
    const Counts* l = find(report.lenient, k);
    if (s == nullptr || l == nullptr) continue;
    out += fmt::format("{:<14}{:>9}{:>7}{:>7}   {:>9}{:>7}{:>7}{:>7}\n", k, Fixed(s->precision(), 3),
                       Fixed(s->recall(), 3), Fixed(s->f1(), 3), Fixed(l->precision(), 3), Fixed(l->recall(), 3),
                       Fixed(l->f1(), 3), l->tp + l->fn);
  }
  if (report.has_entities) {
    for (const auto& [k, s] : {std::pair<std::string_view, const Counts*>{"entities", &report.entities},
                               {"relations", &report.relations}}) {
      out += fmt::format("{:<14}{:>9}{:>7}{:>7}   gold {}\n", k, Fixed(s->precision(), 3), Fixed(s->recall(), 3),
                         Fixed(s->f1(), 3), s->tp + s->fn);
    }
  }
  if (report.has_relation_recall) {
    out += fmt::format("relation recall (gold pairs found among co-occurrences) {} of {}, predicted pairs {}\n",
                       Fixed(report.relation_recall.recall(), 3), report.relation_recall.tp + report.relation_recall.fn,
                       report.predicted_pairs);
  }
  return out;
}

}  // namespace gazer
