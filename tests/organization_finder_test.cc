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
    "person:sergei-lavrov\tSergei Lavrov\t\n"
    "country:taiwan\tTaiwan\t\n"
    "location:greeley\tGreeley\tGreely\n"
    "location:aden\tAden\t\n"
    "location:minnesota\tMinnesota\t\n"
    "location:fort-worth\tFort Worth\t\n"
    "location:warsaw\tWarsaw\t\n"
    "weapon:ins-vikrant\tINS Vikrant\t\n";

class OrganizationFinderTest : public ExtractionTest {
 protected:
  void SetUp() override { Load(kGazetteer); }
};

TEST_F(OrganizationFinderTest, NameWithHeadNoun) {
  EXPECT_THAT(Mentions("He is an analyst for the Max Weber Foundation in Istanbul."),
              ElementsAre(Seen{"Max Weber Foundation", "organization:max-weber-foundation", Source::kPattern}));
  EXPECT_THAT(Mentions("It joined the Turkic Academy."),
              ElementsAre(Seen{"Turkic Academy", "organization:turkic-academy", Source::kPattern}));
  // The last words of companies' names.
  EXPECT_THAT(Mentions("Baykar bought aircraft maker Piaggio Aerospace and Austal Shipyard."),
              ElementsAre(Seen{"Piaggio Aerospace", "organization:piaggio-aerospace", Source::kPattern},
                          Seen{"Austal Shipyard", "organization:austal-shipyard", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, PlaceThatDescribesTheNameIsOutsideIt) {
  EXPECT_THAT(Mentions("the Warsaw-based Casimir Pulaski Foundation said"),
              ElementsAre(Seen{"Warsaw", "location:warsaw", Source::kGazetteer},
                          Seen{"Casimir Pulaski Foundation", "organization:casimir-pulaski-foundation", Source::kPattern}));
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

TEST_F(OrganizationFinderTest, DateAfterAConnectorIsNoComplement) {
  EXPECT_THAT(Mentions("The Max Weber Foundation on Monday said it would close."),
              ElementsAre(Seen{"Max Weber Foundation", "organization:max-weber-foundation", Source::kPattern}));
  EXPECT_THAT(Mentions("Ships were seen near Dogger Bank on Monday."), IsEmpty());
  EXPECT_THAT(Mentions("The Board of March reported."), IsEmpty());
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

TEST_F(OrganizationFinderTest, CompanyMayBeNamedAfterItsCountry) {
  EXPECT_THAT(Mentions("Then Syria Airlines flew."),
              ElementsAre(Seen{"Syria Airlines", "organization:syria-airlines", Source::kPattern}));
  // Not by a demonym, nor with a head that is no company's.
  EXPECT_THAT(Mentions("Then Syrian Industries and Syria Forces came."),
              ElementsAre(Seen{"Syrian", "country:syria", Source::kGazetteer},
                          Seen{"Syria", "country:syria", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, WeakHeadNeedsMoreWords) {
  EXPECT_THAT(Mentions("He spoke in the Oval Office and the West Bank."), IsEmpty());
  EXPECT_THAT(Mentions("a loan from the Asian Development Bank"),
              ElementsAre(Seen{"Asian Development Bank", "organization:asian-development-bank", Source::kPattern}));
  EXPECT_THAT(Mentions("the Office of Museums"),
              ElementsAre(Seen{"Office of Museums", "organization:office-of-museums", Source::kPattern}));
  // Schools: with a complement or two words of their own, not one.
  EXPECT_THAT(Mentions("experts of the Naval Postgraduate School and the School of Advanced Studies"),
              ElementsAre(Seen{"Naval Postgraduate School", "organization:naval-postgraduate-school", Source::kPattern},
                          Seen{"School of Advanced Studies", "organization:school-of-advanced-studies",
                               Source::kPattern}));
  EXPECT_THAT(Mentions("She went to Sunday School and Summer School."), IsEmpty());
  EXPECT_THAT(Mentions("Scientists at the Naval Research Laboratory, not at a National Laboratory, said so."),
              ElementsAre(Seen{"Naval Research Laboratory", "organization:naval-research-laboratory", Source::kPattern}));
  // Air force wings: "Wing" alone is a building's ("the West Wing").
  EXPECT_THAT(Mentions("jets of the Lapland Air Wing and the 388th Fighter Wing, not the West Wing"),
              ElementsAre(Seen{"Lapland Air Wing", "organization:lapland-air-wing", Source::kPattern},
                          Seen{"388th Fighter Wing", "organization:388th-fighter-wing", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, TitleCaseLineSaysNothing) {
  EXPECT_THAT(Mentions("Russia Signs Deal With Max Weber Foundation\n\nText."),
              ElementsAre(Seen{"Russia", "country:russia", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, GazetteerNameIsKept) {
  EXPECT_THAT(Mentions("the UN Security Council voted"),
              ElementsAre(Seen{"UN Security Council", "organization:unsc", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, GazetteerNameInTheComplementOfAnotherHeadIsPartOfTheName) {
  EXPECT_THAT(Mentions("the Secretariat of the UN Security Council met"),
              ElementsAre(Seen{"Secretariat of the UN Security Council",
                               "organization:secretariat-of-the-un-security-council", Source::kPattern}));
  // Not a title before the gazetteer's name.
  EXPECT_THAT(Mentions("the Chairman of the UN Security Council spoke"),
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

TEST_F(OrganizationFinderTest, BaseOrAirportNamedByItsHeadIsAPlace) {
  EXPECT_THAT(Mentions("Jets flew from the Nur Khan Air Base at dawn."),
              ElementsAre(Seen{"Nur Khan Air Base", "location:nur-khan-air-base", Source::kPattern}));
  EXPECT_THAT(Mentions("Flights to Aden International Airport resumed."),
              ElementsAre(Seen{"Aden International Airport", "location:aden-international-airport", Source::kPattern}));
  EXPECT_THAT(Mentions("The jets were parked at Minnesota Air Force Base."),
              ElementsAre(Seen{"Minnesota Air Force Base", "location:minnesota-air-force-base", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, IslandGroupIsAPlace) {
  EXPECT_THAT(Mentions("its positions in the Kalayaan Island Group, which the Kalayaan Working Group studies."),
              ElementsAre(Seen{"Kalayaan Island Group", "location:kalayaan-island-group", Source::kPattern},
                          Seen{"Kalayaan Working Group", "organization:kalayaan-working-group", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, StreetOrSquareIsAPlaceOfItsOwn) {
  EXPECT_THAT(Mentions("A blast hit Aden Street and Independence Square."),
              ElementsAre(Seen{"Aden Street", "location:aden-street", Source::kPattern},
                          Seen{"Independence Square", "location:independence-square", Source::kPattern}));
  // A country alone does not name a street, and "and" joins no words of it.
  EXPECT_THAT(Mentions("Syria Street was calm. The Belt and Road stalled."),
              ElementsAre(Seen{"Syria", "country:syria", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, FacilityKindAloneIsNoPlace) {
  EXPECT_THAT(Mentions("The Air Base was hit. A Russian Air Base grew. The International Airport shut."),
              ElementsAre(Seen{"Russian", "country:russia", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, PrefixStartsAPlaceThatWinsOverThePlaceInside) {
  EXPECT_THAT(Mentions("Interceptors at Fort Greely were tested."),
              ElementsAre(Seen{"Fort Greely", "location:fort-greely", Source::kPattern}));
  EXPECT_THAT(Mentions("He served at Camp Aden and at Naval Air Station Minnesota Bay."),
              ElementsAre(Seen{"Camp Aden", "location:camp-aden", Source::kPattern},
                          Seen{"Naval Air Station Minnesota Bay", "location:naval-air-station-minnesota-bay", Source::kPattern}));
  EXPECT_THAT(Mentions("Ships left Naval Base Kitsap."),
              ElementsAre(Seen{"Naval Base Kitsap", "location:naval-base-kitsap", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, PrefixedNameKnownToTheGazetteerKeepsItsEntry) {
  EXPECT_THAT(Mentions("They flew to Fort Worth."), ElementsAre(Seen{"Fort Worth", "location:fort-worth", Source::kGazetteer}));
  EXPECT_THAT(Mentions("the INS Vikrant sailed"), ElementsAre(Seen{"INS Vikrant", "weapon:ins-vikrant", Source::kGazetteer}));
  // A head after the prefixed name makes the head's name.
  EXPECT_THAT(Mentions("the Fort Worth Police Department said"),
              ElementsAre(Seen{"Fort Worth Police Department", "organization:fort-worth-police-department", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, AShipGoesByItsNameAfterTheWithoutItsPrefix) {
  const Seen kennedy{"Kennedy", "weapon:uss-john-f-kennedy", Source::kPattern};
  EXPECT_THAT(Mentions("aboard the USS John F. Kennedy today. Later the Kennedy docked; Kennedy spoke."),
              ElementsAre(Seen{"USS John F. Kennedy", "weapon:uss-john-f-kennedy", Source::kPattern}, kennedy));
  EXPECT_THAT(Mentions("the BRP Sierra Madre ran aground; they resupply the Sierra Madre."),
              ElementsAre(Seen{"BRP Sierra Madre", "weapon:brp-sierra-madre", Source::kPattern},
                          Seen{"Sierra Madre", "weapon:brp-sierra-madre", Source::kPattern}));
  EXPECT_THAT(Mentions("INS Vikrant sailed; the Vikrant returned."),
              ElementsAre(Seen{"INS Vikrant", "weapon:ins-vikrant", Source::kGazetteer},
                          Seen{"Vikrant", "weapon:ins-vikrant", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, ShipPrefixStartsAWeapon) {
  EXPECT_THAT(Mentions("The USS Minnesota docked."),
              ElementsAre(Seen{"USS Minnesota", "weapon:uss-minnesota", Source::kPattern}));
  EXPECT_THAT(Mentions("the BRP Sierra Madre ran aground"),
              ElementsAre(Seen{"BRP Sierra Madre", "weapon:brp-sierra-madre", Source::kPattern}));
  EXPECT_THAT(Mentions("aboard the USS John F. Kennedy today"),
              ElementsAre(Seen{"USS John F. Kennedy", "weapon:uss-john-f-kennedy", Source::kPattern}));
  // A rank ends the ship's name.
  EXPECT_THAT(Mentions("aboard USS Minnesota Captain Sergei Lavrov spoke"),
              ElementsAre(Seen{"USS Minnesota", "weapon:uss-minnesota", Source::kPattern},
                          Seen{"Sergei Lavrov", "person:sergei-lavrov", Source::kGazetteer}));
  // Ships are named after places, with an "of" too; a unit's head makes
  // the unit's name.
  EXPECT_THAT(Mentions("the future USS District of Columbia and USS Lake Erie"),
              ElementsAre(Seen{"USS District of Columbia", "weapon:uss-district-of-columbia", Source::kPattern},
                          Seen{"USS Lake Erie", "weapon:uss-lake-erie", Source::kPattern}));
  EXPECT_THAT(Mentions("USS Minnesota of Carrier Strike Group 11"),
              testing::Contains(Seen{"USS Minnesota", "weapon:uss-minnesota", Source::kPattern}));
  EXPECT_THAT(Mentions("USS Minnesota Strike Group"),
              ElementsAre(Seen{"USS Minnesota Strike Group", "organization:uss-minnesota-strike-group", Source::kPattern}));
  EXPECT_THAT(Mentions("The USS and HMS are prefixes."), IsEmpty());
  EXPECT_THAT(Mentions("the INS Commissioner said"), IsEmpty());
}

TEST_F(OrganizationFinderTest, WarshipTypeNounIntroducesAWeapon) {
  // A ship named after a place or a person is the ship.
  EXPECT_THAT(Mentions("the submarine Minnesota and the Italian destroyer Caio Duilio"),
              ElementsAre(Seen{"Minnesota", "weapon:minnesota", Source::kPattern},
                          Seen{"Caio Duilio", "weapon:caio-duilio", Source::kPattern}));
  EXPECT_THAT(Mentions("the aircraft carrier Sergei Lavrov"),
              ElementsAre(Seen{"Sergei Lavrov", "weapon:sergei-lavrov", Source::kPattern}));
  // Not a country, a date, a known weapon, or a carrier that is no warship.
  EXPECT_THAT(Mentions("a submarine Russia built, a frigate Tuesday, the frigate INS Vikrant, the carrier Delta"),
              ElementsAre(Seen{"Russia", "country:russia", Source::kGazetteer},
                          Seen{"INS Vikrant", "weapon:ins-vikrant", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, UnitNumberIsPartOfTheName) {
  EXPECT_THAT(Mentions("Jets of No. 3 Squadron and No 617 Squadron flew."),
              ElementsAre(Seen{"No. 3 Squadron", "organization:no-3-squadron", Source::kPattern},
                          Seen{"No 617 Squadron", "organization:no-617-squadron", Source::kPattern}));
  // A number with no "No." before it names no unit, nor "No." with no number.
  EXPECT_THAT(Mentions("Casino 3 Squadron and No. Squadron flew."), IsEmpty());
}

TEST_F(OrganizationFinderTest, ClassBeforeAWarshipNounIsAWeapon) {
  EXPECT_THAT(Mentions("Two Maharaja Lela-class frigates met a Gowind-class corvette."),
              ElementsAre(Seen{"Maharaja Lela-class", "weapon:maharaja-lela-class", Source::kPattern},
                          Seen{"Gowind-class", "weapon:gowind-class", Source::kPattern}));
  EXPECT_THAT(Mentions("the Russian Sierra-class submarines"),
              ElementsAre(Seen{"Russian", "country:russia", Source::kGazetteer},
                          Seen{"Sierra-class", "weapon:sierra-class", Source::kPattern}));
  // Not a class of anything but ships, nor a word written so at a sentence start.
  EXPECT_THAT(Mentions("World-class facilities. A Premier-class hotel and a First-class cabin."), IsEmpty());
}

TEST_F(OrganizationFinderTest, HeadlineGivesThePrefixOneWord) {
  EXPECT_THAT(Mentions("Navy Says USS Minnesota Arrives Near Aden\n\nText."),
              ElementsAre(Seen{"USS Minnesota", "weapon:uss-minnesota", Source::kPattern},
                          Seen{"Aden", "location:aden", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, ShoreEstablishmentIsAPlace) {
  EXPECT_THAT(Mentions("Submarines will rotate through HMAS Stirling from 2027."),
              ElementsAre(Seen{"HMAS Stirling", "location:hmas-stirling", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, OrdinalBelongsToTheUnit) {
  EXPECT_THAT(Mentions("Troops of the 3rd Armored Division moved."),
              ElementsAre(Seen{"3rd Armored Division", "organization:3rd-armored-division", Source::kPattern}));
  EXPECT_THAT(Mentions("the 101st Air Assault Brigade and the 7th Fleet"),
              ElementsAre(Seen{"101st Air Assault Brigade", "organization:101st-air-assault-brigade", Source::kPattern},
                          Seen{"7th Fleet", "organization:7th-fleet", Source::kPattern}));
  EXPECT_THAT(Mentions("On the 5th Syria voted."), ElementsAre(Seen{"Syria", "country:syria", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, CountryInsideANameWithInstitutionalHead) {
  EXPECT_THAT(Mentions("the Syria Maritime Trade Operations center"),
              ElementsAre(Seen{"Syria Maritime Trade Operations", "organization:syria-maritime-trade-operations",
                               Source::kPattern}));
  EXPECT_THAT(Mentions("Russia's Taiwan Affairs Office said"),
              ElementsAre(Seen{"Russia", "country:russia", Source::kGazetteer},
                          Seen{"Taiwan Affairs Office", "organization:taiwan-affairs-office", Source::kPattern}));
  EXPECT_THAT(Mentions("victims of the Syrian Maternity Hospital fire"),
              ElementsAre(Seen{"Syrian Maternity Hospital", "organization:syrian-maternity-hospital", Source::kPattern}));
  EXPECT_THAT(Mentions("a report of the Aden Transparency Initiative"),
              ElementsAre(Seen{"Aden Transparency Initiative", "organization:aden-transparency-initiative", Source::kPattern}));
}

TEST_F(OrganizationFinderTest, DemonymOrCountryAloneWithWeakHeadIsNoName) {
  EXPECT_THAT(Mentions("the Syrian Affairs Office and the Taiwan Office"),
              ElementsAre(Seen{"Syrian", "country:syria", Source::kGazetteer},
                          Seen{"Taiwan", "country:taiwan", Source::kGazetteer}));
}

TEST_F(OrganizationFinderTest, MissionInAPlaceIsOneName) {
  EXPECT_THAT(Mentions("the Turkic Monitoring Mission in Syria said"),
              ElementsAre(Seen{"Turkic Monitoring Mission in Syria", "organization:turkic-monitoring-mission-in-syria",
                               Source::kPattern}));
  EXPECT_THAT(Mentions("Then Russian Forces in Syria advanced."),
              ElementsAre(Seen{"Russian", "country:russia", Source::kGazetteer},
                          Seen{"Syria", "country:syria", Source::kGazetteer}));
}

}  // namespace
}  // namespace gazer
