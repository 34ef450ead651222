#include "gazer/organization_finder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "finder_test_util.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const char kGazetteer[] =
    "country:syria\tSyria\tSyrian\n"
    "country:russia\tRussia\tRussian\n"
    "country:turkey\tTurkey\tTurkish\n"
    "organization:unsc\tUN Security Council\t=UNSC\n"
    "person:sergei-lavrov\tSergei Lavrov\t\n";

class OrganizationFinderTest : public ExtractionTest {
 protected:
  void SetUp() override { Load(kGazetteer); }
};

TEST_F(OrganizationFinderTest, NameWithHeadNoun) {
  EXPECT_THAT(Mentions("He is an analyst for the Max Weber Foundation in Istanbul."),
              ElementsAre(Seen{"Max Weber Foundation", "organization:max-weber-foundation", Source::kPattern}));
  EXPECT_THAT(Mentions("It joined the Turkic Academy."),
              ElementsAre(Seen{"Turkic Academy", "organization:turkic-academy", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, ComplementIsPartOfTheName) {
  EXPECT_THAT(Mentions("The Board of Inquiry reported."),
              ElementsAre(Seen{"Board of Inquiry", "organization:board-of-inquiry", Source::kPattern}));
  EXPECT_THAT(Mentions("Officials of the International Organization of Turkic Culture met there today."),
              ElementsAre(Seen{"International Organization of Turkic Culture",
                               "organization:international-organization-of-turkic-culture", Source::kPattern}));
  EXPECT_THAT(Mentions("the Center for Strategic and International Studies said"),
              ElementsAre(Seen{"Center for Strategic and International Studies",
                               "organization:center-for-strategic-and-international-studies", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, LongestNameWinsOverTheCountryInside) {
  EXPECT_THAT(Mentions("a grant to the Syria Recovery Trust Fund today"),
              ElementsAre(Seen{"Syria Recovery Trust Fund", "organization:syria-recovery-trust-fund", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, HeadNounAloneIsNoName) {
  EXPECT_THAT(Mentions("The Council met. Then the Department said so."), IsEmpty());
}

TEST_F(OrganizationFinderTest, CountryWithHeadNounIsNoName) {
  EXPECT_THAT(Mentions("Then Russian Forces advanced."), ElementsAre(Seen{"Russian", "country:russia", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, WeakHeadNeedsMoreWords) {
  EXPECT_THAT(Mentions("He spoke in the Oval Office and the West Bank."), IsEmpty());
  EXPECT_THAT(Mentions("a loan from the Asian Development Bank"),
              ElementsAre(Seen{"Asian Development Bank", "organization:asian-development-bank", Source::kPattern}));
  EXPECT_THAT(Mentions("the Office of Museums"),
              ElementsAre(Seen{"Office of Museums", "organization:office-of-museums", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, TitleCaseLineSaysNothing) {
  EXPECT_THAT(Mentions("Russia Signs Deal With Max Weber Foundation\n\nText."),
              ElementsAre(Seen{"Russia", "country:russia", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, GazetteerNameIsKept) {
  EXPECT_THAT(Mentions("the UN Security Council voted"),
              ElementsAre(Seen{"UN Security Council", "organization:unsc", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, TitleBeforeTheNameIsLeftOut) {
  EXPECT_THAT(Mentions("the Director of the Central Intelligence Agency said"),
              ElementsAre(Seen{"Central Intelligence Agency", "organization:central-intelligence-agency", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, PossessorIsNotPartOfTheName) {
  EXPECT_THAT(Mentions("under Turkey's Defence Industries Agency"),
              ElementsAre(Seen{"Turkey", "country:turkey", Source::kGazetteer},
                          Seen{"Defence Industries Agency", "organization:defence-industries-agency", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, PersonAfterTheComplementIsNotPartOfIt) {
  EXPECT_THAT(Mentions("the Ministry of Culture Sergei Lavrov said"),
              ElementsAre(Seen{"Sergei Lavrov", "person:sergei-lavrov", Source::kGazetteer}));
}

}  // namespace
}  // namespace gazer
