#include "place_noun.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "finder_test_util.h"
#include "gazer/normalizer.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The place names found in `text`, with `spans` as mentions found before.
std::vector<std::string> Find(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>> spans = {}) {
  NormalizedText normalized;
  Normalize(text, &normalized);
  std::vector<Mention> mentions;
  for (const auto& [begin, end] : spans) mentions.push_back({begin, end, 0, 0});
  CapitalTokens capitals(normalized.cased(), {}, {});
  std::vector<NameSpan> found;
  FindNamesAfterPlaceNouns(normalized.cased(), mentions, &capitals, &found);
  std::vector<std::string> texts;
  for (const NameSpan& n : found) texts.push_back(normalized.cased().substr(n.begin, n.end - n.begin));
  return texts;
}

TEST(PlaceNounTest, NameAfterAPlaceNoun) {
  EXPECT_THAT(Find("Troops retook the town of Adan Yabaal on Monday."), ElementsAre("Adan Yabaal"));
  EXPECT_THAT(Find("the frontline village of Novoselivka and the island of Kinmen"),
              ElementsAre("Novoselivka", "Kinmen"));
  EXPECT_THAT(Find("near the town of Ras al-Ain's market"), ElementsAre("Ras al-Ain"));
  // At most three words.
  EXPECT_THAT(Find("the village of Kafr Nabl Ain Tal"), ElementsAre("Kafr Nabl Ain"));
}

TEST(PlaceNounTest, NoPlace) {
  // Only the nouns of settlements, districts and islands, in lower case.
  EXPECT_THAT(Find("the area of Responsibility and the State of Emergency"), IsEmpty());
  EXPECT_THAT(Find("the City of Westminster"), IsEmpty());
  EXPECT_THAT(Find("a citizen of Norway"), IsEmpty());
  // Not a function word, a day or a month, or the shape of a brand.
  EXPECT_THAT(Find("the town of The Hague"), IsEmpty());
  EXPECT_THAT(Find("the port of OpenBSD to Linux"), IsEmpty());
  EXPECT_THAT(Find("the city of March"), IsEmpty());
  // A name a mention overlaps is left to it.
  EXPECT_THAT(Find("the town of Manbij fell", {{12, 18}}), IsEmpty());
}

class PlaceNounExtractionTest : public ExtractionTest {};

TEST_F(PlaceNounExtractionTest, PlaceAfterAPlaceNoun) {
  Load("location:puntland\tPuntland\n");
  EXPECT_THAT(Mentions("Forces in Puntland retook the town of Adan Yabaal."),
              ElementsAre(Seen{"Puntland", "location:puntland", Source::kGazetteer},
                          Seen{"Adan Yabaal", "location:adan-yabaal", Source::kPattern}));
}

}  // namespace
}  // namespace gazer
