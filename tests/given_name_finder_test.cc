#include "given_name_finder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gazer/default_gazetteers.h"
#include "gazer/extractor.h"
#include "gazer/snapshot.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class GivenNameFinderTest : public testing::Test {
 protected:
  GivenNameFinderTest() {
    const std::vector<std::string> names = {"Tobias", "George", "David", "Konrad", "Pierre", "Haider", "José", "Victoria", "Karl", "Corinne", "Ali", "Hassan"};
    GivenNames::Write(names, &image_);
  }

  // The names found in `text`, with `mentions` as [begin, end) byte spans;
  // those mentions give way to a name if `give_way`.
  std::vector<std::string> Find(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>> spans = {},
                                bool give_way = false) {
    return Find(text, spans, give_way, give_way);
  }
  // As above; the mentions give way as a surname if `as_surname`, as a town
  // if `as_town`.
  std::vector<std::string> Find(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>> spans,
                                bool as_surname, bool as_town) {
    Normalize(text, &normalized_);
    std::vector<Mention> mentions;
    for (const auto& [begin, end] : spans) mentions.push_back({begin, end, 0, 0});
    const GivenNames given(image_);
    std::vector<NameSpan> found;
    CapitalTokens capitals(normalized_.cased(), {}, {});
    FindGivenNameNames(
        normalized_.cased(), mentions, &capitals, given,
        [&](const Mention&, bool surname) { return surname ? as_surname : as_town; }, &found);
    std::vector<std::string> texts;
    for (const NameSpan& n : found) texts.push_back(normalized_.cased().substr(n.begin, n.end - n.begin));
    return texts;
  }

  std::string image_;
  NormalizedText normalized_;
};

TEST_F(GivenNameFinderTest, AGivenNameAndASurname) {
  EXPECT_THAT(Find("Speaking in Mosul, Tobias Ellwood said: it is time."), ElementsAre("Tobias Ellwood"));
  EXPECT_THAT(Find("including George Haswani, a middleman"), ElementsAre("George Haswani"));
  EXPECT_THAT(Find("Tobias Ellwood's visit"), ElementsAre("Tobias Ellwood"));
}

TEST_F(GivenNameFinderTest, TwoGivenNamesAHyphenJoins) {
  EXPECT_THAT(Find("said Karl-David Ellwood, a professor"), ElementsAre("Karl-David Ellwood"));
  // Both parts must be given names.
  EXPECT_THAT(Find("said Karl-Marx Ellwood and Baden-David Ellwood"), IsEmpty());
}

TEST_F(GivenNameFinderTest, InitialsParticlesAndPrefixes) {
  EXPECT_THAT(Find("as George W. Bush said"), ElementsAre("George W. Bush"));
  EXPECT_THAT(Find("met Haider al-Abadi on Monday"), ElementsAre("Haider al-Abadi"));
  EXPECT_THAT(Find("and Pierre de Villiers resigned"), ElementsAre("Pierre de Villiers"));
  EXPECT_THAT(Find("said Jose Ramos."), ElementsAre("Jose Ramos"));
  EXPECT_THAT(Find("said José Ramos."), ElementsAre("Jose Ramos"));  // given names are folded too
  EXPECT_THAT(Find("said Tobias Smith Jr. on Monday"), ElementsAre("Tobias Smith Jr."));
  EXPECT_THAT(Find("said George Haswani III."), ElementsAre("George Haswani III"));
  EXPECT_THAT(Find("said Tobias Jr. on Monday"), IsEmpty());
}

TEST_F(GivenNameFinderTest, NotPartOfALongerName) {
  EXPECT_THAT(Find("the leaders met at Camp David Lodge"), IsEmpty());   // a capitalized word before
  EXPECT_THAT(Find("the Konrad Adenauer Foundation said"), IsEmpty());   // and after
  EXPECT_THAT(Find("as Jean-Pierre Dupont said"), IsEmpty());            // "Pierre" is inside a word
  EXPECT_THAT(Find("George Washington University"), IsEmpty());
  EXPECT_THAT(Find("Lake Victoria Basin Commission"), IsEmpty());
  EXPECT_THAT(Find("on Karl Marx Allee in Berlin"), IsEmpty());  // a street
  EXPECT_THAT(Find("strikes hit Tobias Ellwood air base"), IsEmpty());  // a facility in lower case
  EXPECT_THAT(Find("Tobias Ellwood airports"), ElementsAre("Tobias Ellwood"));
  EXPECT_THAT(Find("the annual George Haswani exercise and Tobias Ellwood drills"), IsEmpty());  // an event
}

TEST_F(GivenNameFinderTest, NeedsACapitalizedNameWord) {
  EXPECT_THAT(Find("George said"), IsEmpty());
  EXPECT_THAT(Find("George and Tobias"), IsEmpty());
  EXPECT_THAT(Find("George Monday"), IsEmpty());          // a day is no surname
  EXPECT_THAT(Find("George Street is closed"), IsEmpty());  // nor a word of places
  // nor a word of programmes and units
  EXPECT_THAT(Find("a system dubbed \"David Shield\" and the Konrad Brigade"), IsEmpty());
  EXPECT_THAT(Find("GEORGE HASWANI said"), IsEmpty());
  EXPECT_THAT(Find("Simon Haswani said"), IsEmpty());     // not a given name of the list
}

TEST_F(GivenNameFinderTest, KoreanAndChineseNamesStartWithTheFamilyName) {
  EXPECT_THAT(Find("said Park Ji-hoon, and Chen Yu-ting agreed"), ElementsAre("Park Ji-hoon", "Chen Yu-ting"));
  EXPECT_THAT(Find("a Kim Seoul-based fund, Park Avenue and Park Ji-Hoon"), IsEmpty());
}

TEST_F(GivenNameFinderTest, MentionsComeFirst) {
  // "Victoria Falls" is a place the gazetteer found.
  EXPECT_THAT(Find("at Victoria Falls, Zambia", {{3, 17}}), IsEmpty());
  // After a mention's last word, a name may start ("the Middle East Tobias Ellwood").
  EXPECT_THAT(Find("Minister for the Middle East Tobias Ellwood marks", {{17, 28}}), ElementsAre("Tobias Ellwood"));
  EXPECT_THAT(Find("Minister for the Middle East Tobias Ellwood marks"), IsEmpty());
}

TEST_F(GivenNameFinderTest, APlaceThatIsTheGivenNameGivesWay) {
  // "Victoria" is a place mention here, as the gazetteer finds it.
  EXPECT_THAT(Find("said Victoria Coates, an adviser", {{5, 13}}, true), ElementsAre("Victoria Coates"));
  // Not a mention that does not give way, nor one longer than the given name.
  EXPECT_THAT(Find("said Victoria Coates, an adviser", {{5, 13}}, false), IsEmpty());
  EXPECT_THAT(Find("said Victoria Coates, an adviser", {{5, 20}}, true), IsEmpty());
  // Nor when the next word is a place's, an institution's or a mention.
  EXPECT_THAT(Find("flew to Victoria Harbour", {{8, 16}}, true), IsEmpty());
  EXPECT_THAT(Find("read the Victoria Herald daily", {{9, 17}}, true), IsEmpty());
  EXPECT_THAT(Find("from Victoria Gatwick on", {{5, 13}, {14, 21}}, true), IsEmpty());
  EXPECT_THAT(Find("in Victoria on Monday", {{3, 11}}, true), IsEmpty());
  // A surname that is a place and a given name too ("Jim Jordan").
  EXPECT_THAT(Find("said George Victoria on Monday", {{12, 20}}, true), ElementsAre("George Victoria"));
  EXPECT_THAT(Find("said George Victoria on Monday", {{12, 20}}, false), IsEmpty());
  // Not when it is not the name's only other word.
  EXPECT_THAT(Find("said George Victoria Coates", {{12, 20}}, true), IsEmpty());
  // A surname that is no given name, where the caller lets it ("Maria
  // Lavrov", not the gazetteer's Sergei Lavrov).
  EXPECT_THAT(Find("said George Lavrov on Monday", {{12, 18}}, true), ElementsAre("George Lavrov"));
  EXPECT_THAT(Find("said George Lavrov on Monday", {{12, 18}}, false), IsEmpty());
}

TEST_F(GivenNameFinderTest, ATownThatIsTheSurnameGivesWay) {
  // "Lund" and "Moura" are town mentions here, as the gazetteer finds them.
  EXPECT_THAT(Find("said Corinne Vasquez-Lund, a former analyst", {{21, 25}}, true),
              ElementsAre("Corinne Vasquez-Lund"));
  EXPECT_THAT(Find("said Tobias Moura on Monday", {{12, 17}}, true), ElementsAre("Tobias Moura"));
  // Not a mention that does not give way.
  EXPECT_THAT(Find("said Tobias Moura on Monday", {{12, 17}}, false), IsEmpty());
  EXPECT_THAT(Find("said Corinne Vasquez-Lund, a former analyst", {{21, 25}}, false), IsEmpty());
}

TEST_F(GivenNameFinderTest, ASurnameAfterOtherNamesGivesWayAsASurname) {
  // "Wagner" is the mention of an organization that gives way as a surname
  // only, after a middle name as right after the given name.
  EXPECT_THAT(Find("said Tobias Kayikwamba Wagner on Monday", {{23, 29}}, true, false),
              ElementsAre("Tobias Kayikwamba Wagner"));
  EXPECT_THAT(Find("said Tobias Wagner on Monday", {{12, 18}}, true, false), ElementsAre("Tobias Wagner"));
  EXPECT_THAT(Find("said Tobias Kayikwamba Wagner on Monday", {{23, 29}}, false, false), IsEmpty());
}

TEST_F(GivenNameFinderTest, AbuOrUmmAndAGivenName) {
  EXPECT_THAT(Find("the nom de guerre Abu Ali, had"), ElementsAre("Abu Ali"));
  EXPECT_THAT(Find("and Umm Hassan said"), ElementsAre("Umm Hassan"));
  // "Abu" is a town mention that gives way.
  EXPECT_THAT(Find("the nom de guerre Abu Ali, had", {{18, 21}}, true), ElementsAre("Abu Ali"));
  // Places named so are mentions, or have no given name after "Abu".
  EXPECT_THAT(Find("flew to Abu Dhabi on Monday", {{8, 17}}, true), IsEmpty());
  EXPECT_THAT(Find("flew to Abu Dhabi on Monday"), IsEmpty());
  EXPECT_THAT(Find("the port of Umm Qasr fell"), IsEmpty());
}

TEST_F(GivenNameFinderTest, NoGivenNamesNoNames) {
  image_.clear();
  EXPECT_THAT(Find("Tobias Ellwood said"), IsEmpty());
}

TEST(GivenNamesTest, ParseNamesTheBadLine) {
  std::vector<std::string> names;
  EXPECT_TRUE(GivenNames::Parse("g.txt", "# comment\nTobias\r\n\nGeorge\n", &names).ok());
  EXPECT_THAT(names, ElementsAre("Tobias", "George"));
  const Status s = GivenNames::Parse("g.txt", "Tobias\nMary Ann\n", &names);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "g.txt:2: a given name is one word, without spaces or tabs");
}

// With the default gazetteers, end to end: the found name is a person of
// source "pattern", and its surname alone later links to it.
TEST(GivenNameFinderDefaultsTest, FoundNamesAreLinkedPersons) {
  Gazetteer gazetteer;
  std::string_view index_image;
  ASSERT_TRUE(LoadDefaultGazetteers(&gazetteer, &index_image).ok());
  ASSERT_FALSE(SplitIndexImage(index_image).given_names.empty());
  const Extractor extractor(gazetteer, Window::kSentence, index_image);
  Extraction x;
  extractor.Extract("Tobias Ellwood condemned the attack in Baghdad. Ellwood added that more aid would come.", &x);
  int ellwood = -1;
  for (size_t e = 0; e < x.entities.size(); ++e) {
    if (x.entities[e].id == "person:tobias-ellwood") ellwood = static_cast<int>(e);
  }
  ASSERT_GE(ellwood, 0);
  EXPECT_EQ(x.entities[ellwood].source, Source::kPattern);
  int mentions = 0;
  for (const Mention& m : x.mentions) mentions += m.entity == static_cast<uint32_t>(ellwood);
  EXPECT_EQ(mentions, 2);
}

// Given names that are words too: the ones news writes before surnames
// (John, Tom, Mike) are given names; those that start other names are not.
TEST(GivenNameFinderDefaultsTest, SomeGivenNamesAreWordsToo) {
  Gazetteer gazetteer;
  std::string_view index_image;
  ASSERT_TRUE(LoadDefaultGazetteers(&gazetteer, &index_image).ok());
  const Extractor extractor(gazetteer, Window::kSentence, index_image);
  auto persons = [&](std::string_view text) {
    Extraction x;
    extractor.Extract(text, &x);
    std::vector<std::string> out;
    for (const Mention& m : x.mentions) {
      if (x.entities[m.entity].type == EntityType::kPerson) out.push_back(x.entities[m.entity].id);
    }
    return out;
  };
  EXPECT_THAT(persons("said Tom Andrews, a U.N. rapporteur, and John Quarrie and Mike Donnelly."),
              ElementsAre("person:tom-andrews", "person:john-quarrie", "person:mike-donnelly"));
  EXPECT_THAT(persons("the Hope Valley deal and Will Parliament Act"), IsEmpty());
  // A rank abbreviation after one is no surname.
  EXPECT_THAT(persons("Lance Cpl. Ethan Brooks"), ElementsAre("person:ethan-brooks"));
}

}  // namespace
}  // namespace gazer
