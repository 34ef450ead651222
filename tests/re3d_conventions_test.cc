#include "gazer/re3d_conventions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "finder_test_util.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;

const char kGazetteer[] =
    "country:united-kingdom\tUnited Kingdom\tUK|Britain|British|Briton\n"
    "country:iraq\tIraq\tIraqi\n"
    "country:syria\tSyria\tSyrian|Syrians\n"
    "country:russia\tRussia\tRussian\n"
    "organization:fcdo\tForeign Office\t\n"
    "location:middle-east\tMiddle East\t\n"
    "person:boris-johnson\tBoris Johnson\t\n"
    "person:sergei-lavrov\tSergei Lavrov\tLavrov\n"
    "person:tobias-ellwood\tTobias Ellwood\t\n"
    "person:bashar-al-assad\tBashar al-Assad\tAssad|Asad\n";

class Re3dConventionsTest : public ExtractionTest {
 protected:
  void SetUp() override { Load(kGazetteer, Scheme::kRe3d); }
};

TEST(ParseSchemeTest, Names) {
  EXPECT_EQ(ParseScheme("gazer"), Scheme::kGazer);
  EXPECT_EQ(ParseScheme("re3d"), Scheme::kRe3d);
  EXPECT_FALSE(ParseScheme("ace").has_value());
}

TEST_F(Re3dConventionsTest, CountryActingIsAnOrganization) {
  EXPECT_THAT(Mentions("The UK stands by Iraq to defeat terror."),
              ElementsAre(Seen{"UK", "organization:united-kingdom", Source::kGazetteer},
                          Seen{"Iraq", "organization:iraq", Source::kGazetteer}));
  EXPECT_THAT(Mentions("We urge the Government of Iraq to act."),
              ElementsAre(Seen{"Iraq", "organization:iraq", Source::kGazetteer}));
  EXPECT_THAT(Mentions("Aid reached 2 million Syrians and the Iraqi people."),
              ElementsAre(Seen{"Syrians", "organization:syria", Source::kGazetteer},
                          Seen{"Iraqi", "organization:iraq", Source::kGazetteer}));
}

TEST_F(Re3dConventionsTest, CountryAsAPlaceStaysACountry) {
  EXPECT_THAT(Mentions("The attacks in Syria, Iraq and Britain went on, on Iraqi territory, in the Syria crisis."),
              ElementsAre(Seen{"Syria", "country:syria", Source::kGazetteer},
                          Seen{"Iraq", "country:iraq", Source::kGazetteer},
                          Seen{"Britain", "country:united-kingdom", Source::kGazetteer},
                          Seen{"Iraqi", "country:iraq", Source::kGazetteer},
                          Seen{"Syria", "country:syria", Source::kGazetteer}));
}

TEST_F(Re3dConventionsTest, TitleIsPartOfThePersonsMention) {
  EXPECT_THAT(Mentions("He met Foreign Secretary Boris Johnson and Russian Foreign Minister Sergei Lavrov."),
              ElementsAre(Seen{"Foreign Secretary Boris Johnson", "person:boris-johnson", Source::kGazetteer},
                          Seen{"Russian Foreign Minister Sergei Lavrov", "person:sergei-lavrov", Source::kGazetteer}));
}

TEST_F(Re3dConventionsTest, RoleAloneNamesAPerson) {
  EXPECT_THAT(Mentions("Tobias Ellwood, Minister for the Middle East, spoke. A Foreign Office spokesman said so."),
              ElementsAre(Seen{"Tobias Ellwood", "person:tobias-ellwood", Source::kGazetteer},
                          Seen{"Minister for the Middle East", "person:tobias-ellwood", Source::kGazetteer},
                          Seen{"Foreign Office spokesman", "person:foreign-office-spokesman", Source::kPattern}));
  EXPECT_THAT(Mentions("Foreign Secretary Boris Johnson left. The Foreign Secretary said so."),
              ElementsAre(Seen{"Foreign Secretary Boris Johnson", "person:boris-johnson", Source::kGazetteer},
                          Seen{"Foreign Secretary", "person:boris-johnson", Source::kGazetteer}));
}

TEST_F(Re3dConventionsTest, RegimeIsAnOrganization) {
  EXPECT_THAT(Mentions("the Asad regime bombed it. Then the regime fled."),
              ElementsAre(Seen{"Asad regime", "organization:bashar-al-assad-regime", Source::kGazetteer},
                          Seen{"regime", "organization:bashar-al-assad-regime", Source::kGazetteer}));
  EXPECT_THAT(Mentions("under Assad's brutal regime"),
              ElementsAre(Seen{"Assad's brutal regime", "organization:bashar-al-assad-regime", Source::kGazetteer}));
}

TEST_F(Re3dConventionsTest, GazerSchemeLeavesAllAsTheyAre) {
  Load(kGazetteer, Scheme::kGazer);
  EXPECT_THAT(Mentions("The UK stands by Iraq. The Foreign Secretary said so."),
              ElementsAre(Seen{"UK", "country:united-kingdom", Source::kGazetteer},
                          Seen{"Iraq", "country:iraq", Source::kGazetteer}));
}

}  // namespace
}  // namespace gazer
