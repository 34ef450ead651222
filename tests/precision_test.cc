// Precision hazards: words that are names in one place and ordinary words,
// or other entities, in another. Each test has a sentence where the word is
// not the entity, next to one where it is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "default_data_test_util.h"
#include "gazer/extractor.h"

namespace gazer {
namespace {

class SmallGazetteer : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(gazetteer_
                    .LoadString("hazards.tsv",
                                "country:georgia\tGeorgia\t\tpriority=10\n"
                                "location:georgia-us-state\tGeorgia\t\tcountry=country:united-states;priority=-1\n"
                                "location:atlanta\tAtlanta\t\tcountry=country:united-states\n"
                                "location:tbilisi\tTbilisi\t\tcountry=country:georgia\n"
                                "country:united-states\tUnited States\tUS|U.S.\n"
                                "country:jordan\tJordan\tJordanian\n"
                                "country:chad\tChad\n"
                                "person:theresa-may\tTheresa May\t=May\n"
                                "location:mobile\tMobile\t=Mobile\n"
                                "location:reading\tReading\t=Reading\n"
                                "organization:islamic-state\tIslamic State\tISIS|IS\n"
                                "location:caucasus\tCaucasus\tthe Caucasus\n"
                                "location:the-hague\tThe Hague\n"
                                "person:bill-clinton\tBill Clinton\tPresident Clinton\n")
                    .ok());
    extractor_ = std::make_unique<Extractor>(gazetteer_, Window::kSentence);
  }
  std::vector<std::string> Find(std::string_view text) { return Mentions(*extractor_, text); }

  Gazetteer gazetteer_;
  std::unique_ptr<Extractor> extractor_;
};

TEST_F(SmallGazetteer, GeorgiaTheStateNextToItsCities) {
  EXPECT_TRUE(Has(Find("He flew from Atlanta, Georgia to Boston."), "location:georgia-us-state=Georgia"));
  EXPECT_TRUE(Has(Find("Talks in Tbilisi, Georgia, ended."), "country:georgia=Georgia"));
  EXPECT_TRUE(Has(Find("Georgia fought a war in 2008."), "country:georgia=Georgia"));
}

TEST_F(SmallGazetteer, LowerCaseWordsAreNotNames) {
  EXPECT_TRUE(Find("Let us chad the ballot; he may is not bill.").empty());
  EXPECT_TRUE(Find("This is what it is.").empty());
  EXPECT_TRUE(Has(Find("IS fighters fled."), "organization:islamic-state=IS"));
}

TEST_F(SmallGazetteer, SentenceInitialCapitalIsNotANameForCommonWords) {
  EXPECT_TRUE(Find("Mobile phones were banned. Reading the report took hours. May brings rain.").empty());
  EXPECT_TRUE(Has(Find("Officials in Mobile said so."), "location:mobile=Mobile"));
  EXPECT_TRUE(Has(Find("The talks, said May, went well."), "person:theresa-may=May"));
  // Acronyms keep their meaning at the start of a sentence.
  EXPECT_TRUE(Has(Find("The town fell. IS fighters fled."), "organization:islamic-state=IS"));
}

TEST_F(SmallGazetteer, TitlesInAliasesAreOutsideTheSpan) {
  EXPECT_TRUE(Has(Find("Then President Clinton spoke."), "person:bill-clinton=Clinton"));
}

TEST_F(SmallGazetteer, LeadingTheIsOutsideTheSpanUnlessPartOfTheName) {
  EXPECT_TRUE(Has(Find("Troops left the Caucasus."), "location:caucasus=Caucasus"));
  EXPECT_TRUE(Has(Find("Judges in The Hague ruled."), "location:the-hague=The Hague"));
}

// The default gazetteers: the same hazards with the data gazer ships.

TEST_F(DefaultGazetteers, CommonWordsStayWords) {
  const auto found = Find(
      "Reading the report, she said the turkey was nice and the mobile unit may bill us for it. "
      "It is what it is, and we will chad nothing.");
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

TEST_F(DefaultGazetteers, CountriesAndTheirPeople) {
  const auto found = Find("Turkish and Russian officials met. The Russians left; Turks stayed in Jordan.");
  EXPECT_TRUE(Has(found, "country:turkey=Turkish"));
  EXPECT_TRUE(Has(found, "country:russia=Russian"));
  EXPECT_TRUE(Has(found, "country:russia=Russians"));
  EXPECT_TRUE(Has(found, "country:turkey=Turks"));
  EXPECT_TRUE(Has(found, "country:jordan=Jordan"));
}

TEST_F(DefaultGazetteers, EthnicAndReligiousAdjectivesAreNotCountries) {
  const auto found = Find("Kurdish, Arab, Sunni and Shia fighters.");
  EXPECT_FALSE(HasId(found, "country:iraq"));
  for (const std::string& m : found) EXPECT_NE(m.rfind("country:", 0), 0u) << m;
}

TEST_F(DefaultGazetteers, ASurnameAfterAnotherGivenNameIsAnotherPerson) {
  // Another given name than any the gazetteer person has: another person.
  const auto found = Find("Olena Lavrov, a teacher, and Melania Trump spoke.");
  EXPECT_TRUE(Has(found, "person:olena-lavrov=Olena Lavrov")) << ::testing::PrintToString(found);
  EXPECT_FALSE(HasId(found, "person:sergei-lavrov"));
  EXPECT_TRUE(Has(found, "person:melania-trump=Melania Trump"));
  EXPECT_FALSE(HasId(found, "person:donald-trump"));
  // A word of one of the person's names: the person.
  const auto same = Find("Tayyip Erdogan met Sergey Lavrov.");
  EXPECT_TRUE(HasId(same, "person:recep-tayyip-erdogan")) << ::testing::PrintToString(same);
  EXPECT_TRUE(HasId(same, "person:sergei-lavrov"));
}

TEST_F(DefaultGazetteers, TitleCaseHeadlinesNameOnlyPeopleWithGivenNames) {
  const auto found = Find("Pentagon Chief Visits Troops In Guam, Vows To Deter China\n\n"
                          "President Zelensky Meets Trump In Washington To Discuss Aid");
  for (const std::string& m : found) {
    EXPECT_TRUE(m.rfind("person:", 0) != 0 || m == "person:volodymyr-zelensky=Zelensky" ||
                m == "person:donald-trump=Trump")
        << m;
  }
  EXPECT_TRUE(Has(Find("Defence Minister John Healey Visits Troops In Estonia As Allies Meet"), "person:john-healey=John Healey"));
}

TEST_F(DefaultGazetteers, PlacesThatNameOperationsAreNoMentions) {
  const auto found = Find("NATO began Baltic Sentry and Arctic Sentry; US troops rotate under Atlantic Resolve.");
  EXPECT_FALSE(HasId(found, "location:baltic-sea")) << ::testing::PrintToString(found);
  EXPECT_FALSE(HasId(found, "location:arctic"));
  EXPECT_FALSE(HasId(found, "location:atlantic-ocean"));
  // The places themselves, and bodies named after them, stay.
  const auto places = Find("Ships of the Pacific Fleet sailed from the Arctic to the Baltic.");
  EXPECT_TRUE(HasId(places, "organization:pacific-fleet")) << ::testing::PrintToString(places);
  EXPECT_TRUE(HasId(places, "location:arctic"));
  EXPECT_TRUE(HasId(places, "location:baltic-sea"));
}

TEST_F(DefaultGazetteers, PlacesThatNameTreatiesAreNoMentions) {
  const auto found = Find("Poland left the Ottawa Convention; the Minsk Agreements failed, as did the Geneva "
                          "Communiqué and the Moscow Declaration.");
  for (const char* id : {"location:ottawa", "location:minsk", "location:geneva", "location:moscow"}) {
    EXPECT_FALSE(HasId(found, id)) << id << " in " << ::testing::PrintToString(found);
  }
  EXPECT_TRUE(HasId(found, "country:poland"));
  EXPECT_TRUE(HasId(Find("Talks in Geneva and Ottawa on the convention."), "location:ottawa"));
}

TEST_F(DefaultGazetteers, GeorgiaByContext) {
  EXPECT_TRUE(Has(Find("He flew from Atlanta, Georgia to Boston."), "location:georgia-us-state=Georgia"));
  EXPECT_TRUE(Has(Find("Georgia and Russia fought a war in 2008."), "country:georgia=Georgia"));
  // Other places of the article decide where no country is named: Atlanta
  // and Savannah for the state, Tbilisi for the country, and a country
  // named by its demonym outweighs a US city.
  EXPECT_TRUE(Has(Find("Voters in Georgia queued for hours in Atlanta and Savannah."),
                  "location:georgia-us-state=Georgia"));
  EXPECT_TRUE(Has(Find("Protests in Georgia grew as police in Tbilisi made arrests; a rally was held in Chicago."),
                  "country:georgia=Georgia"));
  EXPECT_TRUE(Has(Find("Georgia's prime minister flew to New York; Georgian officials said."),
                  "country:georgia=Georgia"));
}

TEST_F(DefaultGazetteers, AcronymsInCapitalsAreNotTownsWrittenAlike) {
  // Itu (Brazil), Kai, Isna (Egypt), Soma (Turkey) and Milan fold like the
  // acronyms and designations; the text's case tells them apart.
  const auto found = Find("The ITU and KAI signed, ISNA said. Turkey fired a SOM-A, Italy a MILAN.");
  EXPECT_TRUE(Has(found, "organization:itu=ITU")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:kai=KAI"));
  EXPECT_TRUE(Has(found, "organization:isna=ISNA"));
  EXPECT_TRUE(Has(found, "weapon:som-cruise-missile=SOM-A"));
  EXPECT_TRUE(Has(found, "weapon:milan=MILAN"));
  const auto towns = Find("Mayors of Itu, Soma and Milan met.");
  EXPECT_TRUE(Has(towns, "location:itu=Itu")) << ::testing::PrintToString(towns);
  EXPECT_TRUE(Has(towns, "location:soma=Soma"));
  EXPECT_TRUE(Has(towns, "location:milan=Milan"));
}

TEST_F(DefaultGazetteers, FirmsAndWeaponsNamedAfterSmallTowns) {
  // Defence news means the firm, the think tank and the weapon; the towns
  // they share a name with (in the same country) are small.
  const auto found = Find("Kongsberg will supply NASAMS, a Brookings scholar said, as Turkey fielded Korkut guns.");
  EXPECT_TRUE(Has(found, "organization:kongsberg=Kongsberg")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:brookings=Brookings"));
  EXPECT_TRUE(Has(found, "weapon:korkut=Korkut"));
  EXPECT_FALSE(HasId(found, "location:kongsberg"));
}

TEST_F(DefaultGazetteers, BylinesInCapitals) {
  Extraction x;
  extractor_->Extract("By DAVID BRUNNSTROM and JEAN-PIERRE DUPONT\n\nWASHINGTON - Brunnstrom wrote it.", &x);
  std::vector<std::string> persons;
  for (const Entity& e : x.entities) {
    if (e.type == EntityType::kPerson) persons.push_back(e.id + "=" + e.name);
  }
  // Found, named in title case, and linked by surname later.
  EXPECT_EQ(persons, (std::vector<std::string>{"person:david-brunnstrom=David Brunnstrom",
                                               "person:jean-pierre-dupont=Jean-Pierre Dupont"}));
  EXPECT_TRUE(Has(Mentions(*extractor_, "By DAVID BRUNNSTROM\n\nBrunnstrom wrote it."),
                  "person:david-brunnstrom=Brunnstrom"));
  // A heading in capitals names no one.
  EXPECT_FALSE(HasId(Find("BY THE NUMBERS\n\nThe war cost billions."), "person:the-numbers"));
}

TEST_F(DefaultGazetteers, GovernmentsOfDividedStates) {
  const auto found = Find("The Palestinian Authority and the Kurdistan Regional Government agreed; the KRG said so.");
  EXPECT_TRUE(Has(found, "organization:palestinian-authority=Palestinian Authority"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:krg=Kurdistan Regional Government"));
  EXPECT_TRUE(Has(found, "organization:krg=KRG"));
  EXPECT_FALSE(HasId(found, "country:palestine"));  // the demonym belongs to the name
  // The acronyms other bodies share name none of them.
  const auto acronyms = Find("Officials in PA and the GNA reporter met the PLC board.");
  EXPECT_FALSE(HasId(acronyms, "organization:palestinian-authority")) << ::testing::PrintToString(acronyms);
  EXPECT_FALSE(HasId(acronyms, "organization:libya-gna"));
  EXPECT_FALSE(HasId(acronyms, "organization:yemen-plc"));
}

TEST_F(DefaultGazetteers, RegionsFillGapsAndLeaveNamesAlone) {
  EXPECT_TRUE(Has(Find("Floods hit Guangdong and Punjab."), "location:guangdong=Guangdong"));
  // Punjab is a region of India and of Pakistan: the country named decides.
  EXPECT_TRUE(Has(Find("Pakistan sent troops to Punjab."), "location:punjab-pakistan=Punjab"));
  // Regions named like surnames or given names are no regions.
  const auto found = Find("Ricardo Rivera and Isabel Herrera said the talks failed.");
  EXPECT_FALSE(HasId(found, "location:rivera"));
  EXPECT_FALSE(HasId(found, "location:herrera"));
  EXPECT_TRUE(Has(found, "person:ricardo-rivera=Ricardo Rivera")) << ::testing::PrintToString(found);
  // A city keeps its name from a region of the same name.
  EXPECT_TRUE(Has(Find("Shelling in Idlib continued."), "location:idlib=Idlib"));
}

TEST_F(DefaultGazetteers, GivenNamesStartPersonsNotPlaces) {
  const auto found = Find("The leaders met at Camp David. Jennifer Kavanagh, a senior fellow, said so.");
  EXPECT_TRUE(Has(found, "person:jennifer-kavanagh=Jennifer Kavanagh")) << ::testing::PrintToString(found);
  EXPECT_FALSE(HasId(found, "person:david"));
  for (const std::string& m : found) {
    EXPECT_FALSE(m.rfind("person:", 0) == 0 && m.find("David") != std::string::npos) << m;
  }
}

TEST_F(DefaultGazetteers, ANamedCountryDoesNotMakeBigCitiesItsSmallTowns) {
  // The article names the United States, which has towns called Athens,
  // Alexandria and Panama City too.
  const auto found = Find("The United States sent envoys to Athens, to Alexandria and to Panama City.");
  EXPECT_TRUE(Has(found, "location:athens=Athens")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:alexandria=Alexandria"));
  EXPECT_TRUE(Has(found, "location:panama-city=Panama City"));
  // A place of the same country right after still decides.
  const auto towns = Find("The United States sent envoys to Alexandria, Virginia and to Birmingham, Alabama.");
  EXPECT_TRUE(Has(towns, "location:alexandria-us=Alexandria")) << ::testing::PrintToString(towns);
  EXPECT_TRUE(Has(towns, "location:birmingham-us=Birmingham"));
  // A US state is no town abroad of its name (Virginia, Free State).
  EXPECT_TRUE(Has(Find("Troops trained in Virginia."), "location:virginia=Virginia"));
}

TEST_F(DefaultGazetteers, LegislaturesByNameNotByCommonNoun) {
  const auto found = Find("Congress passed the bill and the Senate voted. The party congress met; a senate of elders sat.");
  EXPECT_TRUE(Has(found, "organization:us-congress=Congress")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:us-senate=Senate"));
  EXPECT_FALSE(Has(found, "organization:us-congress=congress"));
  EXPECT_FALSE(Has(found, "organization:us-senate=senate"));
  // A name several legislatures share goes to the one of the country named.
  EXPECT_TRUE(Has(Find("In Tobruk, Libya's House of Representatives met."),
                  "organization:libya-house-of-representatives=House of Representatives"));
  EXPECT_TRUE(Has(Find("The House of Representatives passed the defense bill."),
                  "organization:us-house-of-representatives=House of Representatives"));
}

TEST_F(DefaultGazetteers, PlaceNamedLikeThePersonsSurnameIsThePersonOnceNamed) {
  // Kos is a Greek island and Qandil the PKK's mountains; after the person is named, the surname is the person's.
  const auto found = Find("Ferries reached Kos. Commissioner Marta Kos visited Skopje. Kos said talks went well. "
                          "Former prime minister Hesham Qandil spoke; Qandil said nothing.");
  EXPECT_TRUE(Has(found, "location:kos=Kos")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "person:marta-kos=Marta Kos"));
  EXPECT_TRUE(Has(found, "person:marta-kos=Kos"));
  EXPECT_TRUE(Has(found, "person:hesham-qandil=Qandil"));
  EXPECT_FALSE(HasId(found, "location:qandil-mountains"));
  // Without the person, the place stays.
  const auto place = Find("Turkish jets struck Qandil on Monday.");
  EXPECT_TRUE(Has(place, "location:qandil-mountains=Qandil")) << ::testing::PrintToString(place);
}

TEST_F(DefaultGazetteers, TownsNamedLikeGivenNamesGiveWayToPersons) {
  // Douglas, Nancy and Eugene are towns too; here they start persons' names.
  const auto found = Find("Douglas Ricklefs, an analyst, met Nancy Youssef and Eugene Rumer. Ricklefs left.");
  EXPECT_TRUE(Has(found, "person:douglas-ricklefs=Douglas Ricklefs")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "person:douglas-ricklefs=Ricklefs"));
  EXPECT_TRUE(Has(found, "person:nancy-youssef=Nancy Youssef"));
  EXPECT_TRUE(Has(found, "person:eugene-rumer=Eugene Rumer"));
  EXPECT_FALSE(HasId(found, "location:douglas"));
  EXPECT_FALSE(HasId(found, "location:nancy"));
  // Alone, or before a word of places or institutions, they stay towns.
  const auto towns = Find("Ships left Douglas for Nancy. The Eugene Register-Guard and Nancy Harbour agreed.");
  EXPECT_TRUE(Has(towns, "location:douglas=Douglas")) << ::testing::PrintToString(towns);
  EXPECT_TRUE(Has(towns, "location:nancy=Nancy"));
  for (const std::string& m : towns) EXPECT_NE(m.rfind("person:", 0), 0u) << m;
  // A surname that is a country and a given name too is the person's.
  const auto jordan = Find("On Monday, Jim Jordan said Jordan must decide.");
  EXPECT_TRUE(Has(jordan, "person:jim-jordan=Jim Jordan")) << ::testing::PrintToString(jordan);
  EXPECT_TRUE(Has(jordan, "country:jordan=Jordan"));
  // Big cities and countries do not give way.
  const auto places = Find("Flights from London Heathrow and Paris Orly reached Jordan Tuesday.");
  EXPECT_TRUE(Has(places, "location:london=London")) << ::testing::PrintToString(places);
  EXPECT_TRUE(Has(places, "location:paris=Paris"));
  for (const std::string& m : places) EXPECT_NE(m.rfind("person:", 0), 0u) << m;
}

TEST_F(DefaultGazetteers, APlaceNounIntroducesAPlaceNotAPerson) {
  // "Adan" is a given name; after "the town of" the name is a place's.
  const auto found = Find("Somali forces retook the town of Adan Yabaal on Monday.");
  EXPECT_TRUE(Has(found, "location:adan-yabaal=Adan Yabaal")) << ::testing::PrintToString(found);
  for (const std::string& m : found) EXPECT_NE(m.rfind("person:", 0), 0u) << m;
}

TEST_F(DefaultGazetteers, AcronymsThatAreWordsInLinesOfCapitals) {
  // A headline and a licence in capitals: PLAN and IS are words there.
  const auto headline = Find("EU'S VON DER LEYEN UNVEILS REARMAMENT PLAN\n\nThe EU presented the plan on Tuesday.");
  EXPECT_FALSE(HasId(headline, "organization:china-navy")) << ::testing::PrintToString(headline);
  EXPECT_TRUE(Has(headline, "organization:european-union=EU"));
  const auto licence = Find("THIS SOFTWARE IS PROVIDED BY THE AUTHORS \"AS IS\" AND WITHOUT WARRANTY.");
  EXPECT_FALSE(HasId(licence, "organization:islamic-state")) << ::testing::PrintToString(licence);
  // The article names the entity in prose too: the headline's mention stands.
  const auto named = Find("IS CLAIMS ATTACK IN KABUL\n\nIS said its fighters struck the city.");
  EXPECT_TRUE(Has(named, "organization:islamic-state=IS")) << ::testing::PrintToString(named);
  int islamic_state = 0;
  for (const std::string& m : named) islamic_state += m == "organization:islamic-state=IS";
  EXPECT_EQ(islamic_state, 2);
}

TEST_F(DefaultGazetteers, EnlistedRanksAndGradesAreTitles) {
  // "Jordan" after a rank is a given name, not the country.
  const auto found = Find("Petty Officer 2nd Class Jordan Reyes and Sgt. 1st Class Maria Delgado spoke; "
                          "Staff Sgt. Ray Quist and Lance Cpl. Ethan Brooks listened.");
  EXPECT_TRUE(Has(found, "person:jordan-reyes=Jordan Reyes")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "person:maria-delgado=Maria Delgado"));
  EXPECT_TRUE(Has(found, "person:ray-quist=Ray Quist"));
  EXPECT_TRUE(Has(found, "person:ethan-brooks=Ethan Brooks"));
  EXPECT_FALSE(HasId(found, "country:jordan"));
}

}  // namespace
}  // namespace gazer
