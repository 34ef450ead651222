#include "gazer/diff.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gazer/article_output.h"

namespace gazer {
namespace {

ArticleOutput Parse(const std::string& line) {
  ArticleOutput article;
  const Status s = ParseArticleOutput(line, &article);
  EXPECT_TRUE(s.ok()) << s.message();
  return article;
}

constexpr char kBefore[] = R"({"id": "a", "entities": [
  {"id": "country:turkey", "type": "country", "name": "Turkey", "source": "gazetteer", "count": 1,
   "mentions": [{"start": 0, "end": 6, "text": "Turkey", "sentence": 0}]},
  {"id": "person:ada", "type": "person", "name": "Ada", "source": "pattern", "count": 1,
   "mentions": [{"start": 11, "end": 14, "text": "Ada", "sentence": 0}]},
  {"id": "country:russia", "type": "country", "name": "Russia", "source": "gazetteer", "count": 1,
   "mentions": [{"start": 20, "end": 26, "text": "Russia", "sentence": 0}]}],
 "relations": [{"source": "country:russia", "target": "country:turkey", "type": "co-occurrence", "count": 1, "sentences": [0]},
               {"source": "country:turkey", "target": "person:ada", "type": "co-occurrence", "count": 1, "sentences": [0]}]})";

constexpr char kAfter[] = R"({"id": "a", "entities": [
  {"id": "country:turkey", "type": "country", "name": "Türkiye", "source": "gazetteer", "count": 2,
   "mentions": [{"start": 0, "end": 6, "text": "Turkey", "sentence": 0}, {"start": 30, "end": 36, "text": "Turkey", "sentence": 1}]},
  {"id": "person:ada", "type": "person", "name": "Ada", "source": "gazetteer", "count": 1,
   "mentions": [{"start": 11, "end": 14, "text": "Ada", "sentence": 0}]},
  {"id": "location:ankara", "type": "location", "name": "Ankara", "source": "gazetteer", "count": 1,
   "mentions": [{"start": 40, "end": 46, "text": "Ankara", "sentence": 1}]}],
 "relations": [{"source": "person:ada", "target": "country:turkey", "type": "co-occurrence", "count": 1, "sentences": [0]},
               {"source": "country:turkey", "target": "location:ankara", "type": "co-occurrence", "count": 1, "sentences": [1]}]})";

TEST(ParseArticleOutput, ReadsExtractOutput) {
  const ArticleOutput a = Parse(kBefore);
  EXPECT_EQ(a.id, "a");
  ASSERT_EQ(a.entities.size(), 3u);
  EXPECT_EQ(a.entities[1].name, "Ada");
  ASSERT_EQ(a.entities[2].mentions.size(), 1u);
  EXPECT_EQ(a.entities[2].mentions[0].start, 20);
  ASSERT_EQ(a.relations.size(), 2u);
  EXPECT_EQ(a.relations[1].target, "person:ada");
}

TEST(ParseArticleOutput, ReasonsWithoutLocation) {
  ArticleOutput a;
  EXPECT_EQ(ParseArticleOutput(R"({"entities": []})", &a).message(), "no \"id\"");
  EXPECT_EQ(ParseArticleOutput(R"({"id": "x", "entities": [{"type": "person"}]})", &a).message(),
            "entity 1: no \"id\"");
  EXPECT_EQ(ParseArticleOutput(R"({"id": "x", "entities": [{"id": "p", "mentions": [{"start": 1}]}]})", &a).message(),
            "entity 1 mention 1: no \"end\"");
  EXPECT_EQ(ParseArticleOutput(R"({"id": "x", "relations": {}})", &a).message(), "\"relations\" is not an array");
  EXPECT_EQ(ParseArticleOutput("[1]", &a).message(), "not a JSON object");
  EXPECT_EQ(ParseArticleOutput("{\"id\"", &a).message().rfind("invalid JSON: parse error", 0), 0u);
  ASSERT_TRUE(ParseArticleOutput(R"({"id": 7})", &a).ok());
  EXPECT_EQ(a.id, "7");
}

TEST(DiffArticles, IdenticalIsEmpty) {
  const ArticleOutput a = Parse(kBefore);
  EXPECT_TRUE(DiffArticles(a, a, DiffOptions{.mentions = true}).empty());
}

TEST(DiffArticles, EntitiesRelationsAndMentions) {
  const ArticleDiff d = DiffArticles(Parse(kBefore), Parse(kAfter), DiffOptions{.mentions = true});
  ASSERT_EQ(d.added_entities.size(), 1u);
  EXPECT_EQ(d.added_entities[0].id, "location:ankara");
  ASSERT_EQ(d.removed_entities.size(), 1u);
  EXPECT_EQ(d.removed_entities[0].id, "country:russia");
  ASSERT_EQ(d.changed_entities.size(), 1u);  // the name; source and count are not compared
  EXPECT_EQ(d.changed_entities[0].old_name, "Turkey");
  EXPECT_EQ(d.changed_entities[0].new_name, "Türkiye");
  // (person:ada, country:turkey) is the same pair written the other way round.
  ASSERT_EQ(d.added_relations.size(), 1u);
  EXPECT_EQ(d.added_relations[0].source, "country:turkey");
  EXPECT_EQ(d.added_relations[0].target, "location:ankara");
  ASSERT_EQ(d.removed_relations.size(), 1u);
  EXPECT_EQ(d.removed_relations[0].source, "country:russia");
  ASSERT_EQ(d.added_mentions.size(), 2u);
  EXPECT_EQ(d.added_mentions[0].start, 30);
  EXPECT_EQ(d.added_mentions[1].entity, "location:ankara");
  ASSERT_EQ(d.removed_mentions.size(), 1u);
  EXPECT_EQ(d.removed_mentions[0].entity, "country:russia");

  EXPECT_EQ(FormatDiffText(d),
            "article a\n"
            "+ entity location:ankara (location \"Ankara\")\n"
            "- entity country:russia (country \"Russia\")\n"
            "~ entity country:turkey: name \"Turkey\" -> \"Türkiye\"\n"
            "+ relation country:turkey location:ankara\n"
            "- relation country:russia country:turkey\n"
            "+ mention 30-36 country:turkey \"Turkey\"\n"
            "+ mention 40-46 location:ankara \"Ankara\"\n"
            "- mention 20-26 country:russia \"Russia\"\n");
  DiffSummary summary;
  summary.Add(d);
  EXPECT_EQ(FormatSummaryText(summary, DiffOptions{.mentions = true}),
            "1 article: 0 unchanged, 1 changed, 0 added, 0 removed; entities +1 -1 ~1; relations +1 -1; "
            "mentions +2 -1\n");
}

TEST(DiffArticles, MentionsOnlyWhenAsked) {
  ArticleOutput after = Parse(kBefore);
  after.entities[0].mentions[0].start = 1;
  EXPECT_TRUE(DiffArticles(Parse(kBefore), after, DiffOptions{}).empty());
  EXPECT_FALSE(DiffArticles(Parse(kBefore), after, DiffOptions{.mentions = true}).empty());
}

TEST(DiffArticles, TypeChange) {
  ArticleOutput after = Parse(kBefore);
  after.entities[1].type = "location";
  const ArticleDiff d = DiffArticles(Parse(kBefore), after, DiffOptions{});
  ASSERT_EQ(d.changed_entities.size(), 1u);
  EXPECT_EQ(FormatDiffText(d), "article a\n~ entity person:ada: type person -> location\n");
  EXPECT_EQ(FormatDiffJson(d, DiffOptions{}),
            "{\"id\": \"a\", \"change\": \"changed\", \"entities\": {\"added\": [], \"removed\": [], \"changed\": "
            "[{\"id\": \"person:ada\", \"old\": {\"type\": \"person\", \"name\": \"Ada\"}, \"new\": {\"type\": "
            "\"location\", \"name\": \"Ada\"}}]}, \"relations\": {\"added\": [], \"removed\": []}}\n");
}

ArticleOutput Named(const std::string& id) {
  ArticleOutput a;
  a.id = id;
  return a;
}

// Feeds the two sides in step, as `gazer diff` does; returns "old/new" ids
// of the pairs in the order they were made.
std::vector<std::string> PairInStep(const std::vector<std::string>& olds, const std::vector<std::string>& news,
                                    ArticlePairing* pairing, size_t* most_waiting) {
  std::vector<std::string> pairs;
  *most_waiting = 0;
  for (size_t i = 0; i < std::max(olds.size(), news.size()); ++i) {
    if (i < olds.size()) {
      ArticleOutput a = Named(olds[i]);
      a.entities.push_back({"old", "", "", {}});
      if (auto p = pairing->Add(ArticlePairing::Side::kOld, &a)) pairs.push_back(a.entities[0].id + "/" + p->id);
    }
    *most_waiting = std::max(*most_waiting, pairing->waiting());
    if (i < news.size()) {
      ArticleOutput a = Named(news[i]);
      if (auto p = pairing->Add(ArticlePairing::Side::kNew, &a)) {
        pairs.push_back(p->entities.at(0).id + ":" + p->id);
      }
    }
    *most_waiting = std::max(*most_waiting, pairing->waiting());
  }
  return pairs;
}

TEST(ArticlePairing, SameOrderKeepsAtMostOneWaiting) {
  ArticlePairing pairing;
  size_t most = 0;
  const auto pairs = PairInStep({"a", "b", "c"}, {"a", "b", "c"}, &pairing, &most);
  EXPECT_EQ(pairs, (std::vector<std::string>{"old:a", "old:b", "old:c"}));
  EXPECT_EQ(most, 1u);
  EXPECT_TRUE(pairing.TakeUnpaired(ArticlePairing::Side::kOld).empty());
  EXPECT_TRUE(pairing.TakeUnpaired(ArticlePairing::Side::kNew).empty());
}

TEST(ArticlePairing, OtherOrdersAddedRemovedAndDuplicates) {
  ArticlePairing pairing;
  size_t most = 0;
  const auto pairs = PairInStep({"a", "b", "c", "d", "d"}, {"d", "c", "x", "a", "d"}, &pairing, &most);
  EXPECT_EQ(pairs.size(), 4u);  // a, c, and d twice
  std::vector<std::string> removed, added;
  for (const auto& a : pairing.TakeUnpaired(ArticlePairing::Side::kOld)) removed.push_back(a.id);
  for (const auto& a : pairing.TakeUnpaired(ArticlePairing::Side::kNew)) added.push_back(a.id);
  EXPECT_EQ(removed, std::vector<std::string>{"b"});
  EXPECT_EQ(added, std::vector<std::string>{"x"});
  EXPECT_EQ(pairing.waiting(), 0u);
}

TEST(DiffSummary, Json) {
  DiffSummary s;
  s.Add(ArticleDiff{});
  EXPECT_TRUE(s.equal());
  s.added = 1;
  EXPECT_FALSE(s.equal());
  EXPECT_EQ(FormatSummaryJson(s, DiffOptions{}),
            "{\"summary\": {\"equal\": false, \"articles\": {\"unchanged\": 1, \"changed\": 0, \"added\": 1, "
            "\"removed\": 0}, \"entities\": {\"added\": 0, \"removed\": 0, \"changed\": 0}, \"relations\": "
            "{\"added\": 0, \"removed\": 0}}}\n");
  EXPECT_EQ(FormatArticleJson('+', Parse(kAfter)),
            "{\"id\": \"a\", \"change\": \"added\", \"entities\": 3, \"relations\": 2}\n");
  EXPECT_EQ(FormatArticleText('-', Parse(kBefore)), "- article a (3 entities, 2 relations)\n");
}

}  // namespace
}  // namespace gazer
