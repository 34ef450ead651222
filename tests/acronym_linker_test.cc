#include "gazer/acronym_linker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "finder_test_util.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;

TEST(AbbreviatesTest, LettersInOrderFirstAtAWordStart) {
  EXPECT_TRUE(Abbreviates("CCTS", "Cooperation Council of Turkic-Speaking States"));
  EXPECT_TRUE(Abbreviates("SBAH", "State Board of Antiquities and Heritage"));
  EXPECT_TRUE(Abbreviates("CoI", "Commission of Inquiry"));
  EXPECT_TRUE(Abbreviates("G-20", "Group of 20"));
  EXPECT_FALSE(Abbreviates("XYZ", "World Monuments Fund"));
  EXPECT_FALSE(Abbreviates("OA", "Board"));  // 'O' does not begin a word
}

const char kGazetteer[] =
    "organization:islamic-state\tIslamic State\tIslamic State of Iraq and the Levant|ISIS\n"
    "organization:imf\tInternational Monetary Fund\t=IMF\n"
    "location:ankara\tAnkara\n";

class AcronymLinkerTest : public ExtractionTest {
 protected:
  void SetUp() override { Load(kGazetteer); }
};

TEST_F(AcronymLinkerTest, DefinitionLinksEveryUse) {
  const Seen wmf{"WMF", "organization:world-monuments-fund", Source::kPattern};
  EXPECT_THAT(Mentions("WMF staff came. The World Monuments Fund (WMF) said so. Experts from WMF agreed."),
              ElementsAre(wmf, Seen{"World Monuments Fund", "organization:world-monuments-fund", Source::kPattern},
                          wmf, wmf));
}

TEST_F(AcronymLinkerTest, DefinedTwiceLinksEachUseOnce) {
  const Seen fund{"World Monuments Fund", "organization:world-monuments-fund", Source::kPattern};
  const Seen wmf{"WMF", "organization:world-monuments-fund", Source::kPattern};
  EXPECT_THAT(Mentions("The World Monuments Fund (WMF) said so. Later the World Monuments Fund (WMF) and WMF agreed."),
              ElementsAre(fund, wmf, fund, wmf, wmf));
}

TEST_F(AcronymLinkerTest, AcronymOfAGazetteerName) {
  const Seen isil{"ISIL", "organization:islamic-state", Source::kGazetteer};
  EXPECT_THAT(Mentions("the Islamic State of Iraq and the Levant (ISIL). Later ISIL fled."),
              ElementsAre(Seen{"Islamic State of Iraq and the Levant", "organization:islamic-state", Source::kGazetteer},
                          isil, isil));
}

TEST_F(AcronymLinkerTest, LettersThatDoNotFitAreNoDefinition) {
  EXPECT_THAT(Mentions("talks in Ankara (XYZ) and XYZ"), ElementsAre(Seen{"Ankara", "location:ankara", Source::kGazetteer}));
  // Nor mixed case for an organization.
  EXPECT_THAT(Mentions("the World Monuments Fund (XyZ) and XyZ"),
              ElementsAre(Seen{"World Monuments Fund", "organization:world-monuments-fund", Source::kPattern}));
}

TEST_F(AcronymLinkerTest, OrganizationInitialsOfAnotherLanguage) {
  const Seen nik{"NIK", "organization:supreme-audit-office", Source::kPattern};
  EXPECT_THAT(Mentions("The Supreme Audit Office (NIK) said so. NIK found delays."),
              ElementsAre(Seen{"Supreme Audit Office", "organization:supreme-audit-office", Source::kPattern}, nik, nik));
}

TEST_F(AcronymLinkerTest, WireCopyDefinesAnAcronymAfterOr) {
  const Seen nik{"NIK", "organization:supreme-audit-office", Source::kPattern};
  const Seen office{"Supreme Audit Office", "organization:supreme-audit-office", Source::kPattern};
  EXPECT_THAT(Mentions("The Supreme Audit Office, or NIK, said so. NIK found delays."), ElementsAre(office, nik, nik));
  EXPECT_THAT(Mentions("NIK found delays in the Supreme Audit Office, or NIK."), ElementsAre(nik, office, nik));
  // Without punctuation after it, "or" may join a list: no definition.
  EXPECT_THAT(Mentions("The Supreme Audit Office, or NIK staff, said so."), ElementsAre(office));
}

TEST_F(AcronymLinkerTest, AnotherEntitysAcronymIsKeptUnlessSpelledOut) {
  // A name the finders found defines an acronym the gazetteer gave another
  // entity only if it spells it out word by word.
  const Seen fund{"International Mission Fund", "organization:international-mission-fund", Source::kPattern};
  const Seen mission_fund_imf{"IMF", "organization:international-mission-fund", Source::kPattern};
  EXPECT_THAT(Mentions("the International Mission Fund (IMF) and the IMF"),
              ElementsAre(fund, mission_fund_imf, mission_fund_imf));
  const Seen imf{"IMF", "organization:imf", Source::kGazetteer};
  EXPECT_THAT(Mentions("the International Fund for Missions (IMF) and the IMF"),
              ElementsAre(Seen{"International Fund for Missions", "organization:international-fund-for-missions",
                               Source::kPattern},
                          imf, imf));
}

TEST_F(AcronymLinkerTest, AnArticleSpellingOutAGazetteerNameRedefinesItsAcronym) {
  Load("organization:magen-david-adom\tMagen David Adom\tMDA\n"
       "organization:missile-defense-agency\tMissile Defense Agency\n");
  const Seen mda{"MDA", "organization:missile-defense-agency", Source::kGazetteer};
  EXPECT_THAT(Mentions("MDA bids. The Missile Defense Agency (MDA) has bids. MDA said."),
              ElementsAre(mda, Seen{"Missile Defense Agency", "organization:missile-defense-agency", Source::kGazetteer},
                          mda, mda));
  EXPECT_THAT(Mentions("MDA medics came."), ElementsAre(Seen{"MDA", "organization:magen-david-adom", Source::kGazetteer}));
}

TEST_F(AcronymLinkerTest, AFoundNameForAGazetteerAcronymIsTheGazetteerEntity) {
  Load(
      "organization:venezuela-armed-forces\tNational Bolivarian Armed Forces of Venezuela\tFANB\n"
      "organization:colombia-army\tNational Army of Colombia\tEJC\n");
  const std::string fanb = "organization:venezuela-armed-forces";
  EXPECT_THAT(Mentions("It ordered the Bolivarian National Armed Forces (FANB) to mobilize. FANB units moved."),
              ElementsAre(Seen{"Bolivarian National Armed Forces", fanb, Source::kGazetteer},
                          Seen{"FANB", fanb, Source::kGazetteer}, Seen{"FANB", fanb, Source::kGazetteer}));
  // A name with a word the entry's name lacks is another organization.
  EXPECT_THAT(
      Mentions("the Revolutionary Armed Forces (EJC) and the EJC."),
      ElementsAre(Seen{"Revolutionary Armed Forces", "organization:revolutionary-armed-forces", Source::kPattern},
                  Seen{"EJC", "organization:colombia-army", Source::kGazetteer},
                  Seen{"EJC", "organization:colombia-army", Source::kGazetteer}));
}

TEST_F(AcronymLinkerTest, ACompanysLegalSuffixMayStandBeforeItsAcronym) {
  Load("organization:mazagon-dock\tMazagon Dock Shipbuilders\n");
  const Seen mdl{"MDL", "organization:mazagon-dock", Source::kGazetteer};
  EXPECT_THAT(Mentions("state-run Mazagon Dock Shipbuilders Ltd (MDL) will build them. MDL said."),
              ElementsAre(Seen{"Mazagon Dock Shipbuilders", "organization:mazagon-dock", Source::kGazetteer}, mdl, mdl));
  EXPECT_THAT(Mentions("Mazagon Dock Shipbuilders, Inc. (MDL) and MDL."),
              ElementsAre(Seen{"Mazagon Dock Shipbuilders", "organization:mazagon-dock", Source::kGazetteer}, mdl, mdl));
}

}  // namespace
}  // namespace gazer
