#include "gazer/evaluation.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "gazer/article_output.h"

namespace gazer {
namespace {

GoldDocument Gold(const std::string& line) {
  GoldDocument doc;
  const Status s = ParseGoldDocument(line, &doc);
  EXPECT_TRUE(s.ok()) << s.message();
  return doc;
}

ArticleOutput Pred(const std::string& line) {
  ArticleOutput doc;
  const Status s = ParseArticleOutput(line, &doc);
  EXPECT_TRUE(s.ok()) << s.message();
  return doc;
}

const Counts& Label(const std::vector<std::pair<std::string, Counts>>& v, const std::string& label) {
  for (const auto& [name, counts] : v) {
    if (name == label) return counts;
  }
  static const Counts kMissing{-1, -1, -1};
  return kMissing;
}

bool Has(const std::vector<std::pair<std::string, Counts>>& v, const std::string& label) {
  return Label(v, label).tp != -1;
}

testing::AssertionResult CountsAre(const Counts& c, int64_t tp, int64_t fp, int64_t fn) {
  if (c.tp == tp && c.fp == fp && c.fn == fn) return testing::AssertionSuccess();
  return testing::AssertionFailure() << "tp/fp/fn " << c.tp << "/" << c.fp << "/" << c.fn << ", want " << tp << "/"
                                     << fp << "/" << fn;
}

TEST(Round4, RoundsLikePython) {
  EXPECT_EQ(Round4(2.0 / 3.0), 0.6667);
  EXPECT_EQ(Round4(0.03125), 0.0312);   // an exact tie: half to even, as round()
  EXPECT_EQ(Round4(0.03135), 0.0314);   // not a tie in binary (0.031350000000000003)
  EXPECT_EQ(Round4(0.00005), 0.0001);   // 5.000000000000000240e-05
  EXPECT_EQ(Round4(1.0), 1.0);
  EXPECT_EQ(Round4(0.0), 0.0);
}

TEST(Counts, F1FromUnroundedPrecisionAndRecall) {
  const Counts c{1, 2, 5};  // p 1/3, r 1/6
  EXPECT_EQ(c.precision(), 0.3333);
  EXPECT_EQ(c.recall(), 0.1667);
  EXPECT_EQ(c.f1(), 0.2222);
  EXPECT_EQ((Counts{0, 0, 0}).f1(), 0.0);
}

TEST(Evaluate, StrictNeedsTheSameSpanLenientAnOverlap) {
  const auto report = Evaluate(
      {Gold(R"({"id": "a", "entities": [{"start": 0, "end": 16, "type": "person", "name": "Valery Gerasimov"},
                                        {"start": 20, "end": 26, "type": "country", "name": "Turkey"}]})")},
      {Pred(R"({"id": "a", "entities": [
          {"id": "person:g", "type": "person", "mentions": [{"start": 7, "end": 16}]},
          {"id": "country:t", "type": "country", "mentions": [{"start": 20, "end": 26}]},
          {"id": "location:x", "type": "location", "mentions": [{"start": 30, "end": 33}]}]})")});
  EXPECT_TRUE(CountsAre(Label(report.strict, "all"), 1, 2, 1));
  EXPECT_TRUE(CountsAre(Label(report.lenient, "all"), 2, 1, 0));
  EXPECT_TRUE(CountsAre(Label(report.lenient, "PER"), 1, 0, 0));
  EXPECT_TRUE(CountsAre(Label(report.lenient, "GEO"), 1, 1, 0));
  EXPECT_TRUE(CountsAre(Label(report.lenient, "location"), 0, 1, 0));
  // Order of labels as score.py's dict.
  std::vector<std::string> labels;
  for (const auto& [name, counts] : report.lenient) labels.push_back(name);
  EXPECT_EQ(labels, (std::vector<std::string>{"all", "PER", "ORG", "GEO", "WEA", "person", "country",
                                              "organization", "location", "weapon"}));
}

TEST(Evaluate, ClassesMatchAcrossFineTypes) {
  // Coarse gold (re3d): GEO matches a predicted country or location; no
  // fine-type labels appear.
  const auto report = Evaluate({Gold(R"({"id": "a", "entities": [{"start": 0, "end": 6, "type": "GEO"}]})")},
                               {Pred(R"({"id": "a", "entities": [{"id": "country:t", "type": "country",
                                          "mentions": [{"start": 0, "end": 6}]}]})")});
  EXPECT_TRUE(CountsAre(Label(report.strict, "GEO"), 1, 0, 0));
  EXPECT_FALSE(Has(report.strict, "country"));
  EXPECT_FALSE(report.has_entities);  // no names
}

TEST(Evaluate, DuplicateSpansCountAsOftenAsOnBothSides) {
  const auto report = Evaluate(
      {Gold(R"({"id": "a", "entities": [{"start": 0, "end": 6, "type": "country", "name": "Turkey"},
                                        {"start": 0, "end": 6, "type": "country", "name": "Turkey"}]})")},
      {Pred(R"({"id": "a", "entities": [{"id": "country:t", "type": "country",
                 "mentions": [{"start": 0, "end": 6}]}]})")});
  EXPECT_TRUE(CountsAre(Label(report.strict, "all"), 1, 0, 1));
  EXPECT_TRUE(CountsAre(Label(report.lenient, "all"), 1, 0, 1));
}

TEST(Evaluate, LenientPairsExactSpansFirstThenLargestOverlap) {
  // Gold A [0,10) and B [8,12); prediction q [0,9) overlaps both, p [8,12)
  // is exactly B. Exact spans first gives (B,p) and then (A,q): two matches.
  const auto report = Evaluate(
      {Gold(R"({"id": "a", "entities": [{"start": 0, "end": 10, "type": "ORG"}, {"start": 8, "end": 12, "type": "ORG"}]})")},
      {Pred(R"({"id": "a", "entities": [{"id": "organization:p", "type": "organization",
                 "mentions": [{"start": 0, "end": 9}, {"start": 8, "end": 12}]}]})")});
  EXPECT_TRUE(CountsAre(Label(report.lenient, "all"), 2, 0, 0));
  EXPECT_TRUE(CountsAre(Label(report.strict, "all"), 1, 1, 1));
}

TEST(Evaluate, IgnoreSpansDropPredictionsThatMatchNoGold) {
  const auto report = Evaluate(
      {Gold(R"({"id": "a", "entities": [{"start": 0, "end": 28, "type": "PER"}],
                "ignore": [{"start": 17, "end": 28}, {"start": 40, "end": 47}]})")},
      {Pred(R"({"id": "a", "entities": [
          {"id": "location:middle-east", "type": "location", "mentions": [{"start": 17, "end": 28}]},
          {"id": "location:baghdad", "type": "location", "mentions": [{"start": 40, "end": 47}]},
          {"id": "location:x", "type": "location", "mentions": [{"start": 50, "end": 51}]}]})")});
  // [17,28) overlaps the gold mention, so it stays (a GEO false positive);
  // [40,47) overlaps only an ignore span and is dropped; [50,51) stays.
  EXPECT_TRUE(CountsAre(Label(report.lenient, "all"), 0, 2, 1));
}

TEST(Evaluate, UnscoredTypesAreSkipped) {
  const auto report = Evaluate({Gold(R"({"id": "a", "entities": []})")},
                               {Pred(R"({"id": "a", "entities": [{"id": "x:y", "type": "date",
                                          "mentions": [{"start": 0, "end": 4}]}]})")});
  EXPECT_TRUE(CountsAre(Label(report.lenient, "all"), 0, 0, 0));
}

// Gold: "Gerasimov met Erdogan. Russia and Turkey." with names; two
// sentences.
constexpr char kNamedGold[] = R"({"id": "a", "sentences": [[0, 22], [23, 41]], "entities": [
    {"start": 0, "end": 9, "type": "person", "name": "Valery Gerasimov"},
    {"start": 14, "end": 21, "type": "person", "name": "Recep Tayyip Erdogan"},
    {"start": 23, "end": 29, "type": "country", "name": "Russia"},
    {"start": 34, "end": 40, "type": "country", "name": "Turkey"}]})";

TEST(Evaluate, EntitiesMapByMajorityAndRelationsByGoldSentences) {
  // person:g matches Gerasimov; country:r matches Russia and (wrongly)
  // Turkey's span once each: a tie, so the name it matched first, Russia.
  // person:e has no match: unmapped, so its relation counts as "?person:e".
  const auto report = Evaluate({Gold(kNamedGold)}, {Pred(R"({"id": "a", "entities": [
      {"id": "person:g", "type": "person", "mentions": [{"start": 0, "end": 9}]},
      {"id": "person:e", "type": "person", "mentions": [{"start": 10, "end": 13}]},
      {"id": "country:r", "type": "country", "mentions": [{"start": 23, "end": 29}, {"start": 34, "end": 40}]}],
      "relations": [{"source": "person:e", "target": "person:g"},
                    {"source": "country:r", "target": "person:g"},
                    {"source": "country:r", "target": "country:nowhere"}]})")});
  ASSERT_TRUE(report.has_entities);
  // Gold names 4; mapped hit {Valery Gerasimov, Russia}; live 3.
  EXPECT_TRUE(CountsAre(report.entities, 2, 1, 2));
  // Gold pairs: (Erdogan, Gerasimov), (Russia, Turkey). Predicted pairs:
  // (?person:e, Gerasimov), (Russia, Gerasimov); the third names an entity
  // with no mention and is skipped.
  EXPECT_TRUE(CountsAre(report.relations, 0, 2, 2));
}

TEST(Evaluate, EntityVoteTieGoesToTheNameMatchedFirst) {
  const auto report = Evaluate({Gold(kNamedGold)}, {Pred(R"({"id": "a", "entities": [
      {"id": "country:t", "type": "country", "mentions": [{"start": 23, "end": 29}, {"start": 34, "end": 40}, {"start": 35, "end": 39}]},
      {"id": "person:g", "type": "person", "mentions": [{"start": 0, "end": 9}]},
      {"id": "person:e", "type": "person", "mentions": [{"start": 14, "end": 21}]}],
      "relations": [{"source": "person:e", "target": "person:g"}, {"source": "country:t", "target": "person:g"}]})")});
  // country:t matched Russia once and Turkey once ([35,39) finds no free
  // gold): tie, Russia first. Relations: (Erdogan, Gerasimov) right.
  EXPECT_TRUE(CountsAre(report.entities, 3, 0, 1));
  EXPECT_TRUE(CountsAre(report.relations, 1, 1, 1));
}

TEST(Evaluate, RelationRecallForSpanRelations) {
  const auto report = Evaluate(
      {Gold(R"({"id": "a", "entities": [{"start": 0, "end": 5, "type": "PER"}, {"start": 10, "end": 15, "type": "GEO"},
                                        {"start": 20, "end": 25, "type": "ORG"}],
                "relations": [{"source": [10, 15], "target": [0, 5]}, {"source": [0, 5], "target": [20, 25]}]})")},
      {Pred(R"({"id": "a", "entities": [
          {"id": "person:p", "type": "person", "mentions": [{"start": 0, "end": 4}]},
          {"id": "location:l", "type": "location", "mentions": [{"start": 11, "end": 15}]},
          {"id": "organization:o", "type": "organization", "mentions": [{"start": 20, "end": 25}]}],
          "relations": [{"source": "location:l", "target": "person:p"}]})")});
  ASSERT_TRUE(report.has_relation_recall);
  EXPECT_TRUE(CountsAre(report.relation_recall, 1, 0, 1));  // either direction counts
  EXPECT_EQ(report.predicted_pairs, 1);
}

TEST(Evaluate, MissingAndExtraDocuments) {
  const auto report = Evaluate({Gold(R"({"id": "a"})"), Gold(R"({"id": "b", "entities": [{"start": 0, "end": 1, "type": "ORG"}]})")},
                               {Pred(R"({"id": "c"})"), Pred(R"({"id": "a"})")});
  EXPECT_EQ(report.docs, 2u);
  EXPECT_EQ(report.missing_docs, std::vector<std::string>{"b"});
  EXPECT_EQ(report.extra_docs, std::vector<std::string>{"c"});
  EXPECT_TRUE(CountsAre(Label(report.lenient, "all"), 0, 0, 1));  // b's gold is missed
  ASSERT_EQ(report.by_doc.size(), 2u);
  EXPECT_EQ(report.by_doc[1].first, "b");
}

TEST(ParseGoldDocument, RejectsWhatScorePyCannotScore) {
  GoldDocument doc;
  EXPECT_FALSE(ParseGoldDocument(R"({"id": "a", "entities": [{"start": 0, "end": 1, "type": "date"}]})", &doc).ok());
  EXPECT_FALSE(ParseGoldDocument(R"({"id": "a", "entities": [{"start": 0, "type": "PER"}]})", &doc).ok());
  EXPECT_FALSE(ParseGoldDocument(R"({"id": "a", "sentences": [[0]]})", &doc).ok());
  EXPECT_FALSE(ParseGoldDocument("{\"id\": ", &doc).ok());
  ASSERT_TRUE(ParseGoldDocument(R"({"entities": []})", &doc).ok());
  EXPECT_EQ(doc.id, "None");  // str(None), as score.py keys it
  ASSERT_TRUE(ParseGoldDocument(R"({"id": 7})", &doc).ok());
  EXPECT_EQ(doc.id, "7");
}

TEST(EvaluationJson, KeysInScorePyOrder) {
  const auto report = Evaluate({Gold(kNamedGold)}, {});
  const std::string json = EvaluationJson(report, "g.jsonl", "p.jsonl", /*by_doc=*/false);
  const std::vector<std::string> keys = {"\"gold\"", "\"pred\"", "\"docs\"", "\"missing_docs\"", "\"extra_docs\"",
                                         "\"mentions_strict\"", "\"mentions_lenient\"", "\"entities\"",
                                         "\"relations\""};
  size_t at = 0;
  for (const std::string& key : keys) {
    const size_t next = json.find(key, at);
    ASSERT_NE(next, std::string::npos) << key << " after " << at << " in\n" << json;
    at = next;
  }
  EXPECT_NE(json.find("\"missing_docs\": [\n  \"a\"\n ]"), std::string::npos) << json;
  EXPECT_EQ(json.find("relation_recall"), std::string::npos);
}

// The shared gold sets, scored against themselves, are perfect: every gold
// mention becomes a predicted mention of an entity named by its gold name.
TEST(Evaluate, SharedGoldAgainstItselfIsPerfect) {
  const std::filesystem::path eval =
      std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "shared" / "eval" / "gold";
  if (!std::filesystem::exists(eval / "seeds.jsonl")) GTEST_SKIP() << "no " << eval;
  std::vector<GoldDocument> gold;
  std::vector<ArticleOutput> pred;
  std::ifstream in(eval / "seeds.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    gold.push_back(Gold(line));
    ArticleOutput p;
    p.id = gold.back().id;
    std::map<std::string, size_t> by_name;
    for (const GoldDocument::Mention& m : gold.back().mentions) {
      const std::string id = m.type + ":" + m.name.value_or("?");
      auto [it, inserted] = by_name.try_emplace(id, p.entities.size());
      if (inserted) p.entities.push_back({id, m.type, m.name.value_or(""), {}});
      p.entities[it->second].mentions.push_back({m.span.start, m.span.end, ""});
    }
    pred.push_back(std::move(p));
  }
  ASSERT_FALSE(gold.empty());
  const auto report = Evaluate(gold, pred);
  for (const auto& [label, counts] : report.strict) {
    EXPECT_EQ(counts.fp + counts.fn, 0) << label;
  }
  EXPECT_EQ(report.lenient_f1(), 1.0);
  EXPECT_EQ(report.entities.precision(), 1.0);
  EXPECT_EQ(report.entities.recall(), 1.0);
}

}  // namespace
}  // namespace gazer
