// The default gazetteer data: classes of entities and the generator rules that
// shape them (scripts/gen_*.py). Each test has sentences where the names are
// entities and, for the hazards, sentences where the same words are not.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "default_data_test_util.h"

namespace gazer {
namespace {

// The tests of the data, apart from the precision hazards of precision_test.cc.
class DefaultData : public DefaultGazetteers {};

TEST_F(DefaultData, HistoricalStatesAreCountries) {
  const auto found = Find("Soviet-era tanks from the USSR. The Soviets left Prague. East German and Yugoslav "
                          "officers met in the former Yugoslavia and in South Vietnam.");
  EXPECT_TRUE(Has(found, "country:soviet-union=Soviet")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "country:soviet-union=USSR"));
  EXPECT_TRUE(Has(found, "country:soviet-union=Soviets"));
  EXPECT_TRUE(Has(found, "country:east-germany=East German"));
  EXPECT_TRUE(Has(found, "country:yugoslavia=Yugoslav"));
  EXPECT_TRUE(Has(found, "country:yugoslavia=Yugoslavia"));
  EXPECT_TRUE(Has(found, "country:south-vietnam=South Vietnam"));
  // A body named with the word is the body; the lower-case word is no name.
  const auto body = Find("The Supreme Soviet voted. The local soviet of workers met.");
  EXPECT_TRUE(Has(body, "organization:supreme-soviet=Supreme Soviet")) << ::testing::PrintToString(body);
  EXPECT_FALSE(HasId(body, "country:soviet-union"));
  // The successor keeps its own names.
  EXPECT_TRUE(Has(Find("German and Russian officials met."), "country:germany=German"));
}

TEST_F(DefaultData, KoreasAbbreviatedInHeadlines) {
  const auto found = Find("N. Korea's hackers bankroll missile drive, S. Korea says");
  EXPECT_TRUE(Has(found, "country:north-korea=N. Korea")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "country:south-korea=S. Korea"));
  EXPECT_FALSE(HasId(Find("Korea's hackers"), "country:north-korea"));
}

TEST_F(DefaultData, UkrainianTownsInTheSpellingOfTheNews) {
  // GeoNames writes Sivers'k, Dobropillya, Chuhuyiv; news writes these.
  const auto found = Find("Russian forces pushed on Siversk, Dobropillia, Chuhuiv and Huliaipole (Gulyaipole).");
  EXPECT_TRUE(Has(found, "location:siversk=Siversk")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:dobropillya=Dobropillia"));
  EXPECT_TRUE(Has(found, "location:chuhuyiv=Chuhuiv"));
  EXPECT_TRUE(Has(found, "location:hulyaypole=Huliaipole"));
  EXPECT_TRUE(Has(found, "location:hulyaypole=Gulyaipole"));
}

TEST_F(DefaultData, PlacesWithoutTheMarksOfTheirRomanization) {
  // GeoNames writes P'ot'i, Ta'if, Ma'an; news drops the apostrophes, even
  // where the name is four letters.
  const auto found = Find("A frigate docked at Poti. Drones hit Taif, and a convoy left Maan.");
  EXPECT_TRUE(Has(found, "location:poti=Poti")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:taif=Taif"));
  EXPECT_TRUE(Has(found, "location:maan=Maan"));
  // A short form that is not the name less its marks stays out: an-Nasr's
  // "Nasr" is a surname.
  const auto surname = Find("Nasr told reporters the talks would go on.");
  EXPECT_FALSE(HasId(surname, "location:an-nasr")) << ::testing::PrintToString(surname);
}

TEST_F(DefaultData, CitiesNamedLikeWords) {
  // Cities of half a million or more whose names are words the dictionary
  // also lists as names: matched in their exact case.
  const auto found = Find("Officials in Cologne, Perm and Astrakhan denied it.");
  EXPECT_TRUE(Has(found, "location:koln=Cologne")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:perm=Perm"));
  EXPECT_TRUE(Has(found, "location:astrakhan=Astrakhan"));
  // The words are no places; nor is a smaller city named like a word (Nice).
  const auto words = Find("He wore cologne and an astrakhan hat, and had a perm. It was a nice day in Nice.");
  EXPECT_FALSE(HasId(words, "location:koln")) << ::testing::PrintToString(words);
  EXPECT_FALSE(HasId(words, "location:perm"));
  EXPECT_FALSE(HasId(words, "location:astrakhan"));
  EXPECT_FALSE(HasId(words, "location:nice"));
}

TEST_F(DefaultData, BigCitiesByTheirEnglishNames) {
  // GeoNames keeps these as alternate names; the dictionary lists them as
  // proper nouns, which blocks such a name for a small town but not here.
  const auto found = Find("Delegates flew from Nuremberg and Hanover to Rangoon, then to Antwerp, Seville and Marseilles.");
  EXPECT_TRUE(Has(found, "location:nurnberg=Nuremberg")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:hannover=Hanover"));
  EXPECT_TRUE(Has(found, "location:yangon=Rangoon"));
  EXPECT_TRUE(Has(found, "location:antwerpen=Antwerp"));
  EXPECT_TRUE(Has(found, "location:sevilla=Seville"));
  EXPECT_TRUE(Has(found, "location:marseille=Marseilles"));
  // Hazards: a cut name ("Sparta" of Isparta), a given name ("Sidney" of
  // Sydney), a proper noun that is another place first ("Altai").
  const auto hazards = Find("Sidney Reilly sailed from Sparta to the Altai.");
  EXPECT_FALSE(HasId(hazards, "location:isparta")) << ::testing::PrintToString(hazards);
  EXPECT_FALSE(HasId(hazards, "location:sydney"));
  EXPECT_FALSE(HasId(hazards, "location:altay"));
}

TEST_F(DefaultData, RegionsByTheirEnglishNames) {
  // country-region-data names these Bayern, Niedersachsen, Kordestān and
  // Āz̄arbāyjān-e Sharqī; the English names come from iso3166-2-db.
  const auto found = Find("Troops moved from Bavaria and Lower Saxony. Iran shelled villages in Kurdistan Province "
                          "and East Azerbaijan.");
  EXPECT_TRUE(Has(found, "location:bayern=Bavaria")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:niedersachsen=Lower Saxony"));
  EXPECT_TRUE(Has(found, "location:kordestan=Kurdistan Province"));
  EXPECT_TRUE(Has(found, "location:azarbayjan-e-sharqi=East Azerbaijan"));
  // An English list older than the codes is not taken: Morocco's region
  // under code MA-08 is Draa-Tafilalet, not the former Grand Casablanca.
  const auto stale = Find("Grand Casablanca voted.");
  EXPECT_FALSE(HasId(stale, "location:draa-tafilalet")) << ::testing::PrintToString(stale);
}

TEST_F(DefaultData, RomanizedGivenNamesStartNames) {
  // Given names of Cyrillic, Georgian, Armenian and Greek script, in the
  // spellings news uses (scripts/romanize.py), start names no gazetteer holds.
  const auto found = Find("Gulnara Bazhkenova, an analyst, said the talks failed. Serhii Kuzan and Tatev Hovhannisyan "
                          "spoke later, as did Merab Lortkipanidze and Stylianos Papadakis.");
  EXPECT_TRUE(Has(found, "person:gulnara-bazhkenova=Gulnara Bazhkenova")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "person:serhii-kuzan=Serhii Kuzan"));
  EXPECT_TRUE(Has(found, "person:tatev-hovhannisyan=Tatev Hovhannisyan"));
  EXPECT_TRUE(Has(found, "person:merab-lortkipanidze=Merab Lortkipanidze"));
  EXPECT_TRUE(Has(found, "person:stylianos-papadakis=Stylianos Papadakis"));
  // Georgian given names that are words of the news start no name.
  const auto words = Find("The Nazi Party rose. Nato Allies met in Brussels.");
  EXPECT_FALSE(HasId(words, "person:nazi-party")) << ::testing::PrintToString(words);
  EXPECT_FALSE(HasId(words, "person:nato-allies"));
}

TEST_F(DefaultData, NamePartsAndDirectionsAreNoPlaces) {
  // "Abu" is a town in India and the start of Arabic names.
  EXPECT_FALSE(HasId(Find("Abu Ali, a commander, was killed."), "location:abu"));
  // Regions named only with words of direction (Centre, North East, West Coast).
  const auto found = Find("A researcher at the Belgrade Centre for Security Policy, from the North East of "
                          "England, flew to the West Coast.");
  for (const std::string& m : found) {
    EXPECT_EQ(m.find("location:centre"), std::string::npos) << m;
    EXPECT_EQ(m.find("location:north-east"), std::string::npos) << m;
    EXPECT_EQ(m.find("location:west-coast"), std::string::npos) << m;
  }
  // A generic phrase is no name of a place.
  EXPECT_FALSE(HasId(Find("He said the eastern flank needs more troops."), "location:eastern-flank"));
  EXPECT_TRUE(Has(Find("Destroyers in the eastern Mediterranean fired."), "location:mediterranean=Mediterranean"));
  // A lower-case direction before a name is outside it: "northern Kosovo" is a
  // mention of Kosovo; the region is "North Kosovo".
  const auto north = Find("Clashes in northern Kosovo and southern Lebanon; police in North Kosovo.");
  EXPECT_TRUE(Has(north, "country:kosovo=Kosovo")) << ::testing::PrintToString(north);
  EXPECT_TRUE(Has(north, "country:lebanon=Lebanon"));
  EXPECT_FALSE(Has(north, "location:north-kosovo=northern Kosovo"));
  EXPECT_TRUE(Has(north, "location:north-kosovo=North Kosovo"));
  const auto beirut = Find("Strikes hit Beirut's southern suburbs and Haret Hreik.");
  EXPECT_TRUE(Has(beirut, "location:beirut=Beirut")) << ::testing::PrintToString(beirut);
  EXPECT_TRUE(Has(beirut, "location:haret-hreik=Haret Hreik"));
}

TEST_F(DefaultData, TheatrePlacesAndBases) {
  const auto found = Find("Tensions on the Korean peninsula; fighting in North Darfur, Middle Shabelle and "
                          "Tinzaouaten; patrols at Depsang and Demchok; ships off Luzon and Batanes; a hearing "
                          "on Capitol Hill.");
  EXPECT_TRUE(Has(found, "location:korean-peninsula=Korean peninsula")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:shamal-darfur=North Darfur"));
  EXPECT_TRUE(Has(found, "location:shabeellaha-dhexe=Middle Shabelle"));
  EXPECT_TRUE(Has(found, "location:tinzaouaten=Tinzaouaten"));
  EXPECT_TRUE(Has(found, "location:depsang=Depsang"));
  EXPECT_TRUE(Has(found, "location:demchok=Demchok"));
  EXPECT_TRUE(Has(found, "location:luzon=Luzon"));
  EXPECT_TRUE(Has(found, "location:batanes=Batanes"));
  EXPECT_TRUE(Has(found, "location:capitol-hill=Capitol Hill"));
}

TEST_F(DefaultData, OrganizationsOfTheDomain) {
  const auto found = Find("Electric Boat and Bath Iron Works build ships; the GAO, USFK, UKMTO and the "
                          "Western Military District; Lukoil and Yugoimport SDPR; Srpska Lista.");
  EXPECT_TRUE(Has(found, "organization:electric-boat=Electric Boat")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:bath-iron-works=Bath Iron Works"));
  EXPECT_TRUE(Has(found, "organization:gao=GAO"));
  EXPECT_TRUE(Has(found, "organization:us-forces-korea=USFK"));
  EXPECT_TRUE(Has(found, "organization:ukmto=UKMTO"));
  EXPECT_TRUE(Has(found, "organization:western-military-district=Western Military District"));
  EXPECT_TRUE(Has(found, "organization:lukoil=Lukoil"));
  EXPECT_TRUE(Has(found, "organization:yugoimport-sdpr=Yugoimport SDPR"));
  EXPECT_TRUE(Has(found, "organization:srpska-lista=Srpska Lista"));
  // The town of Gao keeps its name.
  EXPECT_TRUE(Has(Find("Jihadists attacked Gao in Mali."), "location:gao=Gao"));
}

TEST_F(DefaultData, WeaponsWrittenWithHyphenOrSpace) {
  const auto found = Find("The Rafale-M, the Carl-Gustaf M4, Virginia class boats, the Leopard-2A6, the "
                          "Nora B-52, the KF-16 and the Skyranger 35.");
  EXPECT_TRUE(Has(found, "weapon:rafale=Rafale-M")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "weapon:carl-gustaf=Carl-Gustaf M4"));
  EXPECT_TRUE(Has(found, "weapon:virginia-class=Virginia class"));
  EXPECT_TRUE(Has(found, "weapon:leopard-2a6=Leopard-2A6"));
  EXPECT_TRUE(Has(found, "weapon:nora-b-52=Nora B-52"));
  EXPECT_FALSE(HasId(found, "weapon:b-52"));
  EXPECT_TRUE(Has(found, "weapon:kf-16=KF-16"));
  EXPECT_TRUE(Has(found, "weapon:skyranger-35=Skyranger 35"));
}

TEST_F(DefaultData, SubdivisionsNamedWithTheirTypeWord) {
  // Myanmar's states and regions, Sudan's, South Sudan's, Nigeria's and Venezuela's states:
  // the ISO English names (iso-codes) with "State"/"Region" are whole mentions.
  const auto found = Find("The army lost ground in Shan State, Sagaing Region and Mandalay Region; RSF fighters "
                          "entered White Nile State and South Kordofan; clashes in Unity State and Borno State.");
  EXPECT_TRUE(Has(found, "location:shan=Shan State")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:sagaing-region=Sagaing Region"));
  EXPECT_TRUE(Has(found, "location:mandalay-region=Mandalay Region"));
  EXPECT_TRUE(Has(found, "location:an-nil-al-abyad=White Nile State"));
  EXPECT_TRUE(Has(found, "location:janub-kurdufan=South Kordofan"));
  EXPECT_TRUE(Has(found, "location:unity-state=Unity State"));
  EXPECT_TRUE(Has(found, "location:borno=Borno State"));
  // The bare names keep their places: the city of Mandalay, the region of Kordofan.
  const auto bare = Find("Mandalay is quiet; the war spread across Kordofan and into Shan.");
  EXPECT_TRUE(Has(bare, "location:mandalay=Mandalay")) << ::testing::PrintToString(bare);
  EXPECT_TRUE(Has(bare, "location:kordofan=Kordofan"));
  EXPECT_TRUE(Has(bare, "location:shan=Shan"));
  // The type word in lower case is no name ("a delta state", "the unity state").
  const auto lower = Find("It is a delta state with lakes; they spoke of a unity state.");
  EXPECT_FALSE(HasId(lower, "location:delta-state")) << ::testing::PrintToString(lower);
  EXPECT_FALSE(HasId(lower, "location:unity-state"));
  // Venezuela's states too, with the type word in either case; Sucre alone stays Bolivia's capital.
  const auto venezuela = Find("Boats were struck off Sucre state and troops moved into Zulia State and Tachira.");
  EXPECT_TRUE(Has(venezuela, "location:sucre-state=Sucre state")) << ::testing::PrintToString(venezuela);
  EXPECT_TRUE(Has(venezuela, "location:zulia=Zulia State"));
  EXPECT_TRUE(Has(venezuela, "location:tachira=Tachira"));
  const auto shan = Find("Fighting in northern Shan state went on.");
  EXPECT_TRUE(Has(shan, "location:shan=Shan state")) << ::testing::PrintToString(shan);
}

TEST_F(DefaultData, IslandsRiversSeasAndMountains) {
  const auto found = Find("Chinese ships passed the Miyako Strait and the Sunda Strait to the Java Sea; Japan armed Kyushu "
                          "and the Ryukyu Islands; Russia holds Kunashir and Iturup; Ukrainian troops crossed the Oskil "
                          "and the Siverskyi Donets; barges sailed the Danube; Turkish jets struck Qandil and the "
                          "Zagros Mountains; patrols watched the Durand Line and the Himalayas; a cable near Bornholm "
                          "and the Kattegat was cut; Dokdo, which Japan calls Takeshima.");
  EXPECT_TRUE(Has(found, "location:miyako-strait=Miyako Strait")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:sunda-strait=Sunda Strait"));
  EXPECT_TRUE(Has(found, "location:java-sea=Java Sea"));
  EXPECT_TRUE(Has(found, "location:kyushu=Kyushu"));
  EXPECT_TRUE(Has(found, "location:ryukyu-islands=Ryukyu Islands"));
  EXPECT_TRUE(Has(found, "location:kunashir=Kunashir"));
  EXPECT_TRUE(Has(found, "location:iturup=Iturup"));
  EXPECT_TRUE(Has(found, "location:oskil=Oskil"));
  EXPECT_TRUE(Has(found, "location:siverskyi-donets=Siverskyi Donets"));
  EXPECT_TRUE(Has(found, "location:danube=Danube"));
  EXPECT_TRUE(Has(found, "location:qandil-mountains=Qandil"));
  EXPECT_TRUE(Has(found, "location:zagros-mountains=Zagros Mountains"));
  EXPECT_TRUE(Has(found, "location:durand-line=Durand Line"));
  EXPECT_TRUE(Has(found, "location:himalayas=Himalayas"));
  EXPECT_TRUE(Has(found, "location:bornholm=Bornholm"));
  EXPECT_TRUE(Has(found, "location:kattegat=Kattegat"));
  EXPECT_TRUE(Has(found, "location:liancourt-rocks=Dokdo"));
  EXPECT_TRUE(Has(found, "location:liancourt-rocks=Takeshima"));
  // A longer name of the feature wins over the town or country inside it.
  const auto longer = Find("Boats crossed Lake Victoria, the Gulf of Riga and the Strait of Singapore near the Kara Sea.");
  EXPECT_TRUE(Has(longer, "location:lake-victoria=Lake Victoria")) << ::testing::PrintToString(longer);
  EXPECT_TRUE(Has(longer, "location:gulf-of-riga=Gulf of Riga"));
  EXPECT_TRUE(Has(longer, "location:strait-of-singapore=Strait of Singapore"));
  EXPECT_TRUE(Has(longer, "location:kara-sea=Kara Sea"));
  EXPECT_FALSE(HasId(longer, "location:riga"));
  EXPECT_FALSE(HasId(longer, "country:singapore"));
  // Hazards: names that are also people or words appear only with their generic noun.
  const auto hazards = Find("Ben Rhodes said Don Bacon and Lena Hartog agreed; Urals crude fell; Amazon Web Services "
                            "won; Midway through the talks, Ob and Lena spoke.");
  for (const std::string& m : hazards) EXPECT_NE(m.rfind("location:", 0), 0u) << m;
  const auto rivers = Find("Troops reached the Don River and the Lena River; Rhodes island lies off Turkey.");
  EXPECT_TRUE(Has(rivers, "location:don-river=Don River")) << ::testing::PrintToString(rivers);
  EXPECT_TRUE(Has(rivers, "location:lena-river=Lena River"));
  EXPECT_TRUE(Has(rivers, "location:rhodes=Rhodes island"));
}

TEST_F(DefaultData, BasesOfTheNatoFlank) {
  const auto found = Find("The brigade trains at Rukla and Pabrade; jets flew from Amari Air Base, Powidz and "
                          "Spangdahlem; the port of Hambantota and the Vostochny Cosmodrome.");
  EXPECT_TRUE(Has(found, "location:rukla=Rukla")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:pabrade=Pabrade"));
  EXPECT_TRUE(Has(found, "location:amari-air-base=Amari Air Base"));
  EXPECT_TRUE(Has(found, "location:powidz=Powidz"));
  EXPECT_TRUE(Has(found, "location:spangdahlem=Spangdahlem"));
  EXPECT_TRUE(Has(found, "location:hambantota=Hambantota"));
  EXPECT_TRUE(Has(found, "location:vostochny-cosmodrome=Vostochny Cosmodrome"));
  // Hazard: Amari alone is a given name, not the Estonian air base.
  const auto name = Find("Officials said Amari Cooper spoke; later Amari left.");
  EXPECT_FALSE(HasId(name, "location:amari-air-base")) << ::testing::PrintToString(name);
}

TEST_F(DefaultData, DefenceMakersOldAndNew) {
  const auto found = Find("Saronic Technologies and Skydio won contracts; Tekever and Stark Defence supply drones to "
                          "Ukraine, where Pivdenmash, once Yuzhmash, builds missiles; NCSIST tested a missile and "
                          "Poongsan makes shells.");
  EXPECT_TRUE(Has(found, "organization:saronic=Saronic Technologies")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:skydio=Skydio"));
  EXPECT_TRUE(Has(found, "organization:tekever=Tekever"));
  EXPECT_TRUE(Has(found, "organization:stark-defence=Stark Defence"));
  EXPECT_TRUE(Has(found, "organization:pivdenmash=Pivdenmash"));
  EXPECT_TRUE(Has(found, "organization:pivdenmash=Yuzhmash"));
  EXPECT_TRUE(Has(found, "organization:ncsist=NCSIST"));
  EXPECT_TRUE(Has(found, "organization:poongsan=Poongsan"));
  // Hazards: the words in lower case, and a bare Stark, are no companies.
  const auto hazards = Find("A red cat sat there. Stark warnings came from the exail camp.");
  EXPECT_FALSE(HasId(hazards, "organization:red-cat")) << ::testing::PrintToString(hazards);
  EXPECT_FALSE(HasId(hazards, "organization:stark-defence"));
  EXPECT_FALSE(HasId(hazards, "organization:exail"));
}

TEST_F(DefaultData, BorderCrossingsOfTheFrontiers) {
  // The Hague as news writes it, with "the" in lower case.
  EXPECT_TRUE(HasId(Find("Judges in the Hague ruled."), "location:the-hague"));
  const auto found = Find("Trade stopped at Torkham and the Ghulam Khan crossing; the Wagah border closed; trucks waited "
                          "at Semalka, Masnaa and the Nasib crossing; troops held the Morag corridor near Kufra.");
  EXPECT_TRUE(Has(found, "location:torkham=Torkham")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:ghulam-khan-crossing=Ghulam Khan crossing"));
  EXPECT_TRUE(Has(found, "location:wagah=Wagah border"));
  EXPECT_TRUE(Has(found, "location:semalka=Semalka"));
  EXPECT_TRUE(Has(found, "location:masnaa=Masnaa"));
  EXPECT_TRUE(Has(found, "location:nasib-crossing=Nasib crossing"));
  EXPECT_TRUE(Has(found, "location:morag-corridor=Morag corridor"));
  EXPECT_TRUE(Has(found, "location:kufra=Kufra"));
  // Hazards: Ghulam Khan and Nasib are also people's names; only the crossing is a place.
  const auto names = Find("Ghulam Khan, a shopkeeper, spoke to Nasib Hamdan.");
  EXPECT_FALSE(HasId(names, "location:ghulam-khan-crossing")) << ::testing::PrintToString(names);
  EXPECT_FALSE(HasId(names, "location:nasib-crossing"));
}

TEST_F(DefaultData, CombatAircraftProgrammesAndTaiwansMissiles) {
  const auto found = Find("The MQ-28 Ghost Bat flew with the YFQ-44A; Britain's GCAP and the FCAS rival it; Taiwan fired "
                          "Hsiung Feng III missiles and tested the Chien Hsiang; Ukraine launched FP-1 drones and "
                          "Iris-T interceptors.");
  EXPECT_TRUE(Has(found, "weapon:mq-28=MQ-28 Ghost Bat")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "weapon:yfq-44=YFQ-44A"));
  EXPECT_TRUE(Has(found, "weapon:gcap=GCAP"));
  EXPECT_TRUE(Has(found, "weapon:fcas=FCAS"));
  EXPECT_TRUE(Has(found, "weapon:hsiung-feng-iii=Hsiung Feng III"));
  EXPECT_TRUE(Has(found, "weapon:chien-hsiang=Chien Hsiang"));
  EXPECT_TRUE(Has(found, "weapon:fp-1=FP-1"));
  EXPECT_TRUE(Has(found, "weapon:iris-t=Iris-T"));
  // Hazards: the bat of that name, and fury and a tempest in lower case, are no weapons.
  const auto hazards = Find("The ghost bat hunts at night; the tempest and the fury of the crowd grew.");
  EXPECT_FALSE(HasId(hazards, "weapon:mq-28")) << ::testing::PrintToString(hazards);
  EXPECT_FALSE(HasId(hazards, "weapon:gcap"));
  EXPECT_FALSE(HasId(hazards, "weapon:yfq-44"));
  // The president's aircraft is the platform, not the service.
  const auto plane = Find("He spoke aboard Air Force One.");
  EXPECT_TRUE(Has(plane, "weapon:vc-25=Air Force One")) << ::testing::PrintToString(plane);
  EXPECT_FALSE(HasId(plane, "organization:air-force"));
}

TEST_F(DefaultData, SeatsOfPowerAsMetonyms) {
  const auto found = Find("Downing Street and the Elysee welcomed the deal; the Blue House and Zhongnanhai did not.");
  EXPECT_TRUE(Has(found, "organization:downing-street=Downing Street")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:elysee=Elysee"));
  EXPECT_TRUE(Has(found, "organization:blue-house=Blue House"));
  EXPECT_TRUE(Has(found, "organization:zhongnanhai=Zhongnanhai"));
  // Hazard: a blue house is a house.
  const auto hazard = Find("They lived in a blue house by the sea.");
  EXPECT_FALSE(HasId(hazard, "organization:blue-house")) << ::testing::PrintToString(hazard);
}

TEST_F(DefaultData, WeaponsByTheirNamesAndTheirGenericNouns) {
  const auto found = Find("The Lancet loitering munition hit a Mistral surface-to-air missile launcher; Iran showed the "
                          "Fattah-2 and the Fattah-1; India fielded the Nag Mk-II and Zorawar light tanks; Taiwan "
                          "tested the Tien Kung III; the Altius-600M and the Ghost Shark were delivered.");
  EXPECT_TRUE(Has(found, "weapon:lancet=Lancet")) << ::testing::PrintToString(found);
  EXPECT_FALSE(HasId(found, "organization:the-lancet"));
  EXPECT_TRUE(Has(found, "weapon:mistral-missile=Mistral"));
  EXPECT_TRUE(Has(found, "weapon:fattah-2=Fattah-2"));
  EXPECT_TRUE(Has(found, "weapon:fattah-1=Fattah-1"));
  EXPECT_TRUE(Has(found, "weapon:nag=Nag Mk-II"));
  EXPECT_TRUE(Has(found, "weapon:zorawar=Zorawar"));
  EXPECT_TRUE(Has(found, "weapon:tien-kung-iii=Tien Kung III"));
  EXPECT_TRUE(Has(found, "weapon:altius-600=Altius-600M"));
  EXPECT_TRUE(Has(found, "weapon:ghost-shark=Ghost Shark"));
  // Hazards: the medical journal, the French AI company and a general's name are no weapons.
  const auto hazards = Find("The Lancet published a study. Mistral raised funds. General Zorawar Singh spoke.");
  for (const std::string& m : hazards) EXPECT_NE(m.rfind("weapon:", 0), 0u) << m;
  // An interceptor by its noun, not the politician of that surname.
  const auto tamir = Find("Iron Dome fired Tamir interceptors at the HQ-29 site near Type 99B tanks.");
  EXPECT_TRUE(Has(tamir, "weapon:tamir=Tamir")) << ::testing::PrintToString(tamir);
  EXPECT_FALSE(HasId(tamir, "person:yuli-tamir"));
  EXPECT_TRUE(Has(tamir, "weapon:hq-29=HQ-29"));
  EXPECT_TRUE(Has(tamir, "weapon:type-99=Type 99B"));
  EXPECT_TRUE(Has(Find("The Army cancelled the M10 Booker."), "weapon:m10-booker=M10 Booker"));
}

TEST_F(DefaultData, NationalSecurityCouncilOfTheArticlesCountry) {
  const auto seoul = Find("South Korea's National Security Council met after North Korea fired a missile.");
  EXPECT_TRUE(Has(seoul, "organization:south-korea-national-security-council=National Security Council"))
      << ::testing::PrintToString(seoul);
  const auto tokyo = Find("Japanese officials said the National Security Council would meet in Tokyo.");
  EXPECT_TRUE(Has(tokyo, "organization:japan-national-security-council=National Security Council"))
      << ::testing::PrintToString(tokyo);
  // With no country named, the White House's.
  const auto none = Find("A spokesman for the National Security Council said the trip was on.");
  EXPECT_TRUE(Has(none, "organization:us-national-security-council=National Security Council"))
      << ::testing::PrintToString(none);
}

TEST_F(DefaultData, BodyOfTheNearestCountryNamedBeforeIt) {
  // Two countries in reach: the one right before the body owns it.
  const auto taipei = Find("China held drills. Taiwan's Ministry of National Defense said ships were seen.");
  EXPECT_TRUE(Has(taipei, "organization:taiwan-defence-ministry=Ministry of National Defense"))
      << ::testing::PrintToString(taipei);
  const auto beijing = Find("Taiwan was on alert. China's Ministry of National Defense said ships were seen.");
  EXPECT_TRUE(Has(beijing, "organization:china-defence-ministry=Ministry of National Defense"))
      << ::testing::PrintToString(beijing);
  // A country named between beats the country of an entity named before it
  // (the carrier Shandong is China's; the General Staff Ukraine's).
  const auto carrier = Find("The aircraft carrier Shandong sailed east of Taiwan, Taiwan's Ministry of National Defense said.");
  EXPECT_TRUE(Has(carrier, "organization:taiwan-defence-ministry=Ministry of National Defense"))
      << ::testing::PrintToString(carrier);
  const auto moscow = Find("Ukrainian drones hit a refinery, the General Staff of the Armed Forces of Ukraine said, while "
                           "Russia's Defense Ministry claimed gains.");
  EXPECT_TRUE(Has(moscow, "organization:russia-defence-ministry=Defense Ministry")) << ::testing::PrintToString(moscow);
}

TEST_F(DefaultData, SmallTownsOfTheLaterTheatres) {
  const auto found = Find("Gangs attacked Mirebalais; Boko Haram raided Dapchi; fighting reached Lalibela and Nasir; "
                          "a blast hit Parachinar.");
  EXPECT_TRUE(Has(found, "location:mirebalais=Mirebalais")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:dapchi=Dapchi"));
  EXPECT_TRUE(Has(found, "location:lalibela=Lalibela"));
  EXPECT_TRUE(Has(found, "location:nasir=Nasir"));
  EXPECT_TRUE(Has(found, "location:parachinar=Parachinar"));
  // A small town named like a province leaves the name to the province, and
  // small towns of three or four letters are left out.
  const auto regions = Find("Troops moved into Faryab and Kebbi. Rey, Osu and Opi met.");
  EXPECT_TRUE(Has(regions, "location:faryab=Faryab")) << ::testing::PrintToString(regions);
  EXPECT_TRUE(Has(regions, "location:kebbi=Kebbi"));
  EXPECT_FALSE(HasId(regions, "location:osu"));
  EXPECT_FALSE(HasId(regions, "location:rey"));
  EXPECT_FALSE(HasId(regions, "location:opi"));
}

TEST_F(DefaultData, HaitisGangsAndMissions) {
  const auto found = Find("Viv Ansanm, led by Jimmy \"Barbecue\" Cherizier, fought the Haitian National Police; "
                          "the Multinational Security Support Mission gave way to the Gang Suppression Force.");
  EXPECT_TRUE(Has(found, "organization:viv-ansanm=Viv Ansanm")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "person:jimmy-cherizier=Jimmy \"Barbecue\" Cherizier"));
  EXPECT_TRUE(Has(found, "organization:haiti-national-police=Haitian National Police"));
  EXPECT_TRUE(Has(found, "organization:haiti-mss=Multinational Security Support Mission"));
  EXPECT_TRUE(Has(found, "organization:haiti-gsf=Gang Suppression Force"));
  const auto weapons = Find("Pakistan fired Fatah rockets; Turkey sold Songar drones; F-35Bs flew from Roosevelt Roads.");
  EXPECT_TRUE(Has(weapons, "weapon:fatah-ii=Fatah")) << ::testing::PrintToString(weapons);
  EXPECT_FALSE(HasId(weapons, "organization:fatah"));
  EXPECT_TRUE(Has(weapons, "weapon:songar=Songar"));
  EXPECT_TRUE(Has(weapons, "location:roosevelt-roads=Roosevelt Roads"));
}

TEST_F(DefaultData, CommandsAndSpecialForcesOfTheUnitedStates) {
  const auto found = Find("NORAD scrambled jets as Delta Force and Navy SEALs of the JSOC trained with Green Berets.");
  EXPECT_TRUE(Has(found, "organization:norad=NORAD")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:delta-force=Delta Force"));
  EXPECT_TRUE(Has(found, "organization:navy-seals=Navy SEALs"));
  EXPECT_TRUE(Has(found, "organization:us-jsoc=JSOC"));
  EXPECT_TRUE(Has(found, "organization:green-berets=Green Berets"));
  // The animal is no unit.
  EXPECT_FALSE(HasId(Find("A navy seal swam near the harbour."), "organization:navy-seals"));
}

TEST_F(DefaultData, FrontTownsOfMyanmarSudanCaucasusAndTheNorth) {
  const auto found = Find("The MNDAA left Kyaukme and Hsipaw; the KIA holds Chipwi and Pangwa; RSF fighters took Um Sumeima "
                          "and Kutum; Azerbaijan returned villages near Gazakh, and Armenia guards Meghri and Jermuk; "
                          "troops trained at Sodankyla, Porsangermoen and Kirkenes; India opened Nyoma and the Sela Tunnel.");
  EXPECT_TRUE(Has(found, "location:kyaukme=Kyaukme")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:hsipaw=Hsipaw"));
  EXPECT_TRUE(Has(found, "location:chipwi=Chipwi"));
  EXPECT_TRUE(Has(found, "location:pangwa=Pangwa"));
  EXPECT_TRUE(Has(found, "location:um-sumeima=Um Sumeima"));
  EXPECT_TRUE(Has(found, "location:qazax=Gazakh"));
  EXPECT_TRUE(Has(found, "location:meghri=Meghri"));
  EXPECT_TRUE(Has(found, "location:jermuk=Jermuk"));
  EXPECT_TRUE(Has(found, "location:sodankyla=Sodankyla"));
  EXPECT_TRUE(Has(found, "location:porsangermoen=Porsangermoen"));
  EXPECT_TRUE(Has(found, "location:kirkenes=Kirkenes"));
  EXPECT_TRUE(Has(found, "location:nyoma=Nyoma"));
  EXPECT_TRUE(Has(found, "location:sela-tunnel=Sela Tunnel"));
  // Kayah and Kayin States by the names the news uses.
  const auto states = Find("Fighting in Karenni State and Karen State.");
  EXPECT_TRUE(Has(states, "location:kayah=Karenni State")) << ::testing::PrintToString(states);
  EXPECT_TRUE(Has(states, "location:kayin=Karen State"));
  // Hazards: the Rakhine town Ann is no bare alias ("Ann Linde" is a person), nor the
  // Syrian Madaya a Myanmar town; "Karen" alone is a given name.
  const auto ann = Find("Ann Linde met Karen Pierce in Madaya.");
  EXPECT_FALSE(HasId(ann, "location:ann-myanmar")) << ::testing::PrintToString(ann);
  EXPECT_FALSE(HasId(ann, "location:kayin"));
}

TEST_F(DefaultData, ArmedGroupsCompaniesAndUnitsOfTheNewTheatres) {
  const auto found = Find("The KNDF, the Chin Brotherhood, the USDP and the State Security and Peace Commission; "
                          "Tasis and the Sudan Shield Forces; ExxonMobil, CNOOC and PDVSA; Maersk, Hapag-Lloyd and "
                          "CMA CGM; Solar Industries and Kalyani Strategic Systems; Brigade North and the "
                          "Multinational Corps Northeast.");
  EXPECT_TRUE(Has(found, "organization:kndf=KNDF")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:chin-brotherhood=Chin Brotherhood"));
  EXPECT_TRUE(Has(found, "organization:usdp=USDP"));
  EXPECT_TRUE(Has(found, "organization:myanmar-sspc=State Security and Peace Commission"));
  EXPECT_TRUE(Has(found, "organization:tasis=Tasis"));
  EXPECT_TRUE(Has(found, "organization:sudan-shield-forces=Sudan Shield Forces"));
  EXPECT_TRUE(Has(found, "organization:exxonmobil=ExxonMobil"));
  EXPECT_TRUE(Has(found, "organization:cnooc=CNOOC"));
  EXPECT_TRUE(Has(found, "organization:pdvsa=PDVSA"));
  EXPECT_TRUE(Has(found, "organization:maersk=Maersk"));
  EXPECT_TRUE(Has(found, "organization:hapag-lloyd=Hapag-Lloyd"));
  EXPECT_TRUE(Has(found, "organization:cma-cgm=CMA CGM"));
  EXPECT_TRUE(Has(found, "organization:solar-industries=Solar Industries"));
  EXPECT_TRUE(Has(found, "organization:kalyani-strategic-systems=Kalyani Strategic Systems"));
  EXPECT_TRUE(Has(found, "organization:brigade-north=Brigade North"));
  EXPECT_TRUE(Has(found, "organization:mnc-ne=Multinational Corps Northeast"));
  // Hazards: "MSC" stays the Munich Security Conference, "NDAA" the US defence bill is no
  // Myanmar group, "Shell" alone and "Hess" alone are no companies, Orano is no Oran.
  const auto hazards = Find("At the MSC, Hess said the NDAA passed. Shell fragments hit Oran. Orano left Niger.");
  EXPECT_FALSE(HasId(hazards, "organization:msc")) << ::testing::PrintToString(hazards);
  EXPECT_FALSE(HasId(hazards, "organization:ndaa-mongla"));
  EXPECT_FALSE(HasId(hazards, "organization:shell"));
  EXPECT_FALSE(HasId(hazards, "organization:hess"));
  EXPECT_TRUE(Has(hazards, "location:oran=Oran"));
  EXPECT_TRUE(Has(hazards, "organization:orano=Orano"));
  // Titles stay outside the span of a person.
  EXPECT_TRUE(Has(Find("Senior General Min Aung Hlaing flew to Moscow."), "person:min-aung-hlaing=Min Aung Hlaing"));
}

TEST_F(DefaultData, NordicServicesCartelFactionsAndSomaliLeaders) {
  const auto found = Find("The Norwegian Intelligence Service and Denmark's PET briefed BAAINBw officials. "
                          "Los Chapitos fought La Mayiza in Culiacan. Fighting in the Catatumbo region went on.");
  EXPECT_TRUE(Has(found, "organization:norway-intelligence-service=Norwegian Intelligence Service"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:denmark-pet=PET"));
  EXPECT_TRUE(Has(found, "organization:baainbw=BAAINBw"));
  EXPECT_TRUE(Has(found, "organization:los-chapitos=Los Chapitos"));
  EXPECT_TRUE(Has(found, "organization:la-mayiza=La Mayiza"));
  EXPECT_TRUE(Has(found, "location:catatumbo=Catatumbo region"));
  const auto places = Find("Puntland's president, Said Abdullahi Deni, met Jubaland's Ahmed Madobe. A P-8A Poseidon "
                           "flew over the West Philippine Sea; shells came from Unterluess.");
  EXPECT_TRUE(Has(places, "person:said-abdullahi-deni=Said Abdullahi Deni")) << ::testing::PrintToString(places);
  EXPECT_TRUE(Has(places, "person:ahmed-madobe=Ahmed Madobe"));
  EXPECT_TRUE(Has(places, "weapon:p-8=P-8A Poseidon"));
  EXPECT_TRUE(Has(places, "location:west-philippine-sea=West Philippine Sea"));
  EXPECT_FALSE(HasId(places, "location:philippine-sea"));
  EXPECT_TRUE(Has(places, "location:unterluss=Unterluess"));
  // The lower-case words stay words.
  EXPECT_FALSE(HasId(Find("The pet was in the pst folder."), "organization:denmark-pet"));
}

TEST_F(DefaultData, TribalDistrictsOfPakistan) {
  const auto found = Find("Clashes in Kurram and Bajaur spread to Orakzai, Mohmand and the Khyber district; "
                          "a train was attacked in Bolan.");
  EXPECT_TRUE(Has(found, "location:kurram=Kurram")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:bajaur=Bajaur"));
  EXPECT_TRUE(Has(found, "location:orakzai=Orakzai"));
  EXPECT_TRUE(Has(found, "location:mohmand=Mohmand"));
  EXPECT_TRUE(Has(found, "location:khyber-district=Khyber district"));
  EXPECT_TRUE(Has(found, "location:bolan=Bolan"));
}

TEST_F(DefaultData, CyberAgenciesAndUnitsAndKivusTerritories) {
  const auto found = Find("The Cybersecurity and Infrastructure Security Agency said the GRU's Unit 26165 and "
                          "Unit 29155 had targeted logistics firms.");
  EXPECT_TRUE(Has(found, "organization:cisa=Cybersecurity and Infrastructure Security Agency"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:fancy-bear=Unit 26165"));
  EXPECT_TRUE(Has(found, "organization:gru-unit-29155=Unit 29155"));
  // Masisi: a territory of North Kivu in news on Congo, Botswana's former
  // president in news on Botswana.
  const auto kivu = Find("Congolese troops clashed with M23 rebels around Walikale and Masisi.");
  EXPECT_TRUE(Has(kivu, "location:masisi=Masisi")) << ::testing::PrintToString(kivu);
  const auto gaborone = Find("In Botswana, Masisi conceded defeat.");
  EXPECT_TRUE(Has(gaborone, "person:mokgweetsi-masisi=Masisi")) << ::testing::PrintToString(gaborone);
}

TEST_F(DefaultData, RoyalAirForceStations) {
  const auto found = Find("The F-35As will fly from RAF Marham; tankers left RAF Brize Norton, and Typhoons "
                          "scrambled from Lossiemouth and RAF Coningsby.");
  EXPECT_TRUE(Has(found, "location:raf-marham=RAF Marham")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:raf-brize-norton=RAF Brize Norton"));
  EXPECT_TRUE(Has(found, "location:raf-lossiemouth=Lossiemouth"));
  EXPECT_TRUE(Has(found, "location:raf-coningsby=RAF Coningsby"));
  EXPECT_FALSE(HasId(found, "organization:united-kingdom-air-force"));
}

TEST_F(DefaultData, DamsAndEnergyAndSatelliteFirms) {
  const auto found = Find("Egypt objects to the Grand Ethiopian Renaissance Dam (GERD). Strikes hit plants of DTEK, "
                          "and the army buys Eutelsat OneWeb terminals.");
  EXPECT_TRUE(Has(found, "location:grand-ethiopian-renaissance-dam=Grand Ethiopian Renaissance Dam"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:grand-ethiopian-renaissance-dam=GERD"));
  EXPECT_TRUE(Has(found, "organization:dtek=DTEK"));
  EXPECT_TRUE(Has(found, "organization:eutelsat=Eutelsat OneWeb"));
}

TEST_F(DefaultData, TownOfSeveralWordsIsNotItsParts) {
  // "Praia" alone is Cape Verde's capital; here it ends a Mozambican town.
  const auto found = Find("Insurgents seized Mocimboa da Praia in Cabo Delgado.");
  EXPECT_TRUE(Has(found, "location:mocimboa-da-praia=Mocimboa da Praia")) << ::testing::PrintToString(found);
  EXPECT_FALSE(HasId(found, "location:praia"));
}

TEST_F(DefaultData, LibyanBasesAndGovernmentAndEnergySites) {
  const auto found = Find("Russian Il-76s landed at Brak al-Shati and Mitiga, the Government of National Unity said. "
                          "Drones hit the Khor Mor gas field and the Sheskharis terminal; BINUH and BGK were named.");
  EXPECT_TRUE(Has(found, "location:brak-al-shati-air-base=Brak al-Shati")) << ::testing::PrintToString(found);
  EXPECT_FALSE(HasId(found, "location:brak"));
  EXPECT_TRUE(Has(found, "location:mitiga-airport=Mitiga"));
  EXPECT_TRUE(Has(found, "organization:libya-gnu=Government of National Unity"));
  EXPECT_TRUE(Has(found, "location:khor-mor=Khor Mor"));
  EXPECT_TRUE(Has(found, "location:sheskharis=Sheskharis terminal"));
  EXPECT_TRUE(Has(found, "organization:binuh=BINUH"));
  EXPECT_TRUE(Has(found, "organization:bgk=BGK"));
}

TEST_F(DefaultData, SummitTownBasesAndBroadcasters) {
  const auto found = Find("Leaders met at Sharm el-Sheikh. Drones flew over Kleine-Brogel and CFB Esquimalt, "
                          "ZDF and VRT reported, and Die Linke objected.");
  EXPECT_TRUE(Has(found, "location:sharm-el-sheikh=Sharm el-Sheikh")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:kleine-brogel-air-base=Kleine-Brogel"));
  EXPECT_TRUE(Has(found, "location:cfb-esquimalt=CFB Esquimalt"));
  EXPECT_TRUE(Has(found, "organization:zdf=ZDF"));
  EXPECT_TRUE(Has(found, "organization:vrt=VRT"));
  EXPECT_TRUE(Has(found, "organization:die-linke=Die Linke"));
}

TEST_F(DefaultData, ProvincesOfThePhilippines) {
  const auto found = Find("Troops in Zambales, Sulu and Tawi-Tawi were put on alert.");
  EXPECT_TRUE(Has(found, "location:zambales=Zambales")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:sulu=Sulu"));
  EXPECT_TRUE(Has(found, "location:tawi-tawi=Tawi-Tawi"));
}

TEST_F(DefaultData, EthiopianAndEritreanLeadersGoByTheirGivenNames) {
  const auto found = Find("Getachew Reda met Isaias Afwerki in Asmara. Later Getachew said Isaias had agreed.");
  EXPECT_TRUE(Has(found, "person:getachew-reda=Getachew")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "person:isaias-afwerki=Isaias"));
}

TEST_F(DefaultData, TwoPedroSanchezesByTheirCountries) {
  EXPECT_TRUE(Has(Find("Colombian Defence Minister Pedro Sanchez said the ELN attacked."),
                  "person:pedro-arnulfo-sanchez=Pedro Sanchez"));
  EXPECT_TRUE(Has(Find("Spain's Prime Minister Pedro Sanchez spoke in Madrid."), "person:pedro-sanchez=Pedro Sanchez"));
}

TEST_F(DefaultData, ASurnameThatNamesAWeaponNamesThePersonWhoSpeaks) {
  const auto found = Find("Selcuk Bayraktar showed a Bayraktar TB2. Bayraktar told reporters Bayraktar drones sell.");
  EXPECT_TRUE(Has(found, "person:selcuk-bayraktar=Bayraktar")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "weapon:bayraktar-tb2=Bayraktar"));
}

TEST_F(DefaultData, JapaneseAirDefenceAndColombianTowns) {
  const auto found = Find("Japan upgraded its Chu-SAM batteries, and troops retook Tibu in Catatumbo.");
  EXPECT_TRUE(Has(found, "weapon:type-03-chu-sam=Chu-SAM")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:tibu=Tibu"));
}

TEST_F(DefaultData, ElectronicsDesignationsAndFighterProgrammes) {
  const auto found = Find("The AN/TPY-2 radar, Turkey's Kaan and the Tempest fighter.");
  EXPECT_TRUE(Has(found, "weapon:an-tpy-2=AN/TPY-2")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "weapon:kaan=Kaan"));
}

TEST_F(DefaultData, UsNumberedFleetsAndComponentCommands) {
  const auto found = Find(
      "The 7th Fleet, or Seventh Fleet, sailed; U.S. Army Europe and Africa and PACAF drilled, "
      "and the Russian Pacific Fleet watched.");
  EXPECT_TRUE(Has(found, "organization:us-seventh-fleet=7th Fleet")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:us-seventh-fleet=Seventh Fleet"));
  EXPECT_TRUE(Has(found, "organization:us-army-europe-africa=U.S. Army Europe and Africa"));
  EXPECT_TRUE(Has(found, "organization:us-pacific-air-forces=PACAF"));
  EXPECT_TRUE(Has(found, "organization:russian-pacific-fleet=Russian Pacific Fleet"));
  EXPECT_FALSE(HasId(found, "organization:us-pacific-fleet"));
}

TEST_F(DefaultData, AGovernmentIsNamedWithACapital) {
  const auto found = Find("The Government of Iraq and the Iraqi Government met, and the Syrian government agreed.");
  EXPECT_TRUE(Has(found, "organization:iraq-government=Government of Iraq")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "organization:iraq-government=Iraqi Government"));
  EXPECT_TRUE(Has(found, "country:syria=Syrian"));
  EXPECT_FALSE(HasId(found, "organization:syria-government"));
}

TEST_F(DefaultData, AirportsByTheirOwnNames) {
  const auto found = Find(
      "Flights at Sheremetyevo and Heathrow were cut, a missile fell near Ben Gurion airport, and "
      "Kabul International Airport reopened.");
  EXPECT_TRUE(Has(found, "location:sheremetyevo-international-airport=Sheremetyevo"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "location:london-heathrow-airport=Heathrow"));
  EXPECT_TRUE(Has(found, "location:ben-gurion-international-airport=Ben Gurion airport"));
  EXPECT_TRUE(Has(found, "location:kabul-international-airport=Kabul International Airport"));
  // An airport named after its city is the city and a common noun in lower
  // case; a person an airport is named after stays the person.
  const auto city = Find("Crowds gathered at Kabul airport. David Ben-Gurion founded Israel.");
  EXPECT_TRUE(Has(city, "location:kabul=Kabul")) << ::testing::PrintToString(city);
  EXPECT_FALSE(HasId(city, "location:kabul-international-airport"));
  EXPECT_FALSE(HasId(city, "location:ben-gurion-international-airport"));
}

TEST_F(DefaultData, AnOrganizationsWordAfterAGivenNameIsASurname) {
  const auto found = Find(
      "Foreign ministers Therese Kayikwamba Wagner and Olivier Nduhungirehe signed. Richard Wagner wrote operas, "
      "and Wagner fighters left Mali.");
  EXPECT_TRUE(Has(found, "person:therese-kayikwamba-wagner=Therese Kayikwamba Wagner"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "person:richard-wagner=Richard Wagner"));
  EXPECT_TRUE(Has(found, "organization:wagner-group=Wagner"));
}

}  // namespace
}  // namespace gazer
