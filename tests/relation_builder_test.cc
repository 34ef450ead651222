#include "gazer/relation_builder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "gazer/extractor.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Relations as (source id, target id, count, windows).
using Row = std::tuple<std::string, std::string, uint32_t, std::vector<uint32_t>>;

std::vector<Row> Rows(const Extraction& x) {
  std::vector<Row> rows;
  for (const Relation& r : x.relations) {
    EXPECT_LT(x.entities[r.source].id, x.entities[r.target].id);
    std::vector<uint32_t> windows;
    if (!x.relation_windows.empty()) {
      EXPECT_LE(r.first_window + r.count, x.relation_windows.size());
      windows.assign(x.relation_windows.begin() + r.first_window, x.relation_windows.begin() + r.first_window + r.count);
    }
    rows.emplace_back(x.entities[r.source].id, x.entities[r.target].id, r.count, windows);
  }
  return rows;
}

// An extraction by hand: entities with these ids; sentences given as their
// paragraph numbers; mentions given as (entity, sentence), in text order.
Extraction Make(const std::vector<std::string>& ids, const std::vector<uint32_t>& paragraphs,
                const std::vector<std::pair<uint32_t, uint32_t>>& mentions) {
  Extraction x;
  for (const std::string& id : ids) x.entities.push_back({id, EntityType::kCountry, id, Source::kGazetteer, -1});
  for (uint32_t s = 0; s < paragraphs.size(); ++s) x.sentences.push_back({s * 100, s * 100 + 50, paragraphs[s]});
  uint32_t offset = 0;
  for (const auto& [entity, sentence] : mentions) {
    offset = std::max(offset, sentence * 100);
    x.mentions.push_back({offset, offset + 5, entity, sentence});
    offset += 6;
  }
  return x;
}

TEST(ParseWindowTest, Names) {
  EXPECT_EQ(ParseWindow("sentence"), Window::kSentence);
  EXPECT_EQ(ParseWindow("paragraph"), Window::kParagraph);
  EXPECT_EQ(ParseWindow("document"), Window::kDocument);
  EXPECT_EQ(ParseWindow("Sentence"), std::nullopt);
  EXPECT_EQ(ParseWindow(""), std::nullopt);
}

TEST(RelationBuilderTest, SentenceWindow) {
  // Entity 0 has the larger id: the source must still be the smaller id.
  Extraction x = Make({"country:turkey", "country:russia", "country:iran"}, {0, 0, 1, 1},
                      {{0, 0}, {1, 0}, {0, 0}, {2, 1}, {1, 2}, {0, 2}, {1, 3}});
  RelationBuilder(Window::kSentence).Build(&x);
  EXPECT_THAT(Rows(x), ElementsAre(Row{"country:russia", "country:turkey", 2, {0, 2}}));
  ASSERT_EQ(x.relations.size(), 1u);
  EXPECT_EQ(x.relations[0].source, 1u);
  EXPECT_EQ(x.relations[0].target, 0u);
}

TEST(RelationBuilderTest, ParagraphWindow) {
  Extraction x = Make({"country:turkey", "country:russia", "country:iran"}, {0, 0, 1, 1, 2},
                      {{0, 0}, {1, 1}, {0, 2}, {2, 3}, {1, 3}, {1, 4}});
  RelationBuilder(Window::kParagraph).Build(&x);
  EXPECT_THAT(Rows(x), ElementsAre(Row{"country:iran", "country:russia", 1, {1}},
                                   Row{"country:iran", "country:turkey", 1, {1}},
                                   Row{"country:russia", "country:turkey", 2, {0, 1}}));
}

TEST(RelationBuilderTest, DocumentWindow) {
  Extraction x = Make({"country:turkey", "country:russia", "country:iran"}, {0, 1, 2},
                      {{0, 0}, {1, 1}, {0, 1}, {2, 2}});
  RelationBuilder(Window::kDocument).Build(&x);
  EXPECT_THAT(Rows(x), ElementsAre(Row{"country:iran", "country:russia", 1, {}},
                                   Row{"country:iran", "country:turkey", 1, {}},
                                   Row{"country:russia", "country:turkey", 1, {}}));
}

TEST(RelationBuilderTest, NoSelfRelationsAndNoLoneEntities) {
  Extraction x = Make({"country:turkey", "country:russia"}, {0, 0}, {{0, 0}, {0, 0}, {1, 1}});
  RelationBuilder(Window::kSentence).Build(&x);
  EXPECT_THAT(x.relations, IsEmpty());
  Extraction empty;
  RelationBuilder(Window::kParagraph).Build(&empty);
  EXPECT_THAT(empty.relations, IsEmpty());
}

TEST(RelationBuilderTest, ClearsPreviousRelations) {
  Extraction x = Make({"country:a", "country:b"}, {0}, {{0, 0}, {1, 0}});
  const RelationBuilder builder(Window::kSentence);
  builder.Build(&x);
  builder.Build(&x);
  EXPECT_THAT(Rows(x), ElementsAre(Row{"country:a", "country:b", 1, {0}}));
}

TEST(RelationBuilderTest, ThroughTheExtractor) {
  Gazetteer g;
  ASSERT_TRUE(g.LoadString("test.tsv",
                           "country:turkey\tTurkey\ncountry:russia\tRussia\tRussian\n"
                           "weapon:s-400\tS-400\ncountry:united-states\tUnited States\tU.S.\n")
                  .ok());
  const std::string text =
      "Turkey bought the Russian S-400. The U.S. objected to it.\n\n"
      "Russia delivered the S-400 to Turkey.";
  struct Case {
    Window window;
    std::vector<Row> rows;
  };
  const Case cases[] = {
      {Window::kSentence,
       {Row{"country:russia", "country:turkey", 2, {0, 2}}, Row{"country:russia", "weapon:s-400", 2, {0, 2}},
        Row{"country:turkey", "weapon:s-400", 2, {0, 2}}}},
      {Window::kParagraph,
       {Row{"country:russia", "country:turkey", 2, {0, 1}},
        Row{"country:russia", "country:united-states", 1, {0}}, Row{"country:russia", "weapon:s-400", 2, {0, 1}},
        Row{"country:turkey", "country:united-states", 1, {0}}, Row{"country:turkey", "weapon:s-400", 2, {0, 1}},
        Row{"country:united-states", "weapon:s-400", 1, {0}}}},
      {Window::kDocument,
       {Row{"country:russia", "country:turkey", 1, {}}, Row{"country:russia", "country:united-states", 1, {}},
        Row{"country:russia", "weapon:s-400", 1, {}}, Row{"country:turkey", "country:united-states", 1, {}},
        Row{"country:turkey", "weapon:s-400", 1, {}}, Row{"country:united-states", "weapon:s-400", 1, {}}}},
  };
  for (const Case& c : cases) {
    const Extractor extractor(g, c.window);
    Extraction x;
    extractor.Extract(text, &x);
    ASSERT_EQ(x.sentences.size(), 3u);
    EXPECT_EQ(x.sentences[2].paragraph, 1u);
    EXPECT_EQ(Rows(x), c.rows) << "window " << static_cast<int>(c.window);
  }
}

}  // namespace
}  // namespace gazer
