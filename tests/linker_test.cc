#include "gazer/linker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "gazer/matcher.h"

namespace gazer {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::IsEmpty;
using ::testing::Not;

// A mention as the user sees it.
struct Linked {
  std::string text;  // original text of the span
  std::string id;
  EntityType type;
  Source source;
  std::string name;
};

class LinkerTest : public testing::Test {
 protected:
  void Load(std::string_view tsv) {
    gazetteer_ = std::make_unique<Gazetteer>();
    const Status s = gazetteer_->LoadString("test.tsv", tsv);
    ASSERT_TRUE(s.ok()) << s.message();
    matcher_ = std::make_unique<Matcher>(*gazetteer_);
    linker_ = std::make_unique<Linker>(*gazetteer_);
  }

  std::vector<Linked> Link(std::string_view text) {
    Extraction x;
    Normalize(text, &x.normalized);
    matcher_->FindAll(x.normalized, &x.matches);
    linker_->Link(&x);
    std::vector<Linked> out;
    uint32_t last_end = 0;
    for (const Mention& m : x.mentions) {
      EXPECT_LT(m.begin, m.end);
      EXPECT_GE(m.begin, last_end) << "mentions unsorted or overlapping in \"" << text << "\"";
      last_end = m.end;
      EXPECT_EQ(m.sentence, 0u);
      const size_t b = x.normalized.ToOriginal(m.begin), e = x.normalized.ToOriginal(m.end);
      const Entity& entity = x.entities.at(m.entity);
      out.push_back({std::string(text.substr(b, e - b)), entity.id, entity.type, entity.source, entity.name});
    }
    return out;
  }

  std::vector<std::string> Texts(std::string_view text) {
    std::vector<std::string> out;
    for (const Linked& l : Link(text)) out.push_back(l.text);
    return out;
  }
  std::vector<std::string> Ids(std::string_view text) {
    std::vector<std::string> out;
    for (const Linked& l : Link(text)) out.push_back(l.id);
    return out;
  }

  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Matcher> matcher_;
  std::unique_ptr<Linker> linker_;
};

const char kGeorgia[] =
    "country:georgia\tGeorgia\t\tpriority=1\n"
    "location:georgia-us\tGeorgia (U.S. state)\tGeorgia\tcountry=country:united-states\n"
    "country:united-states\tUnited States\tUS|U.S.\n"
    "location:tbilisi\tTbilisi\t\tcountry=country:georgia\n"
    "location:atlanta\tAtlanta\t\tcountry=country:united-states\n";

TEST_F(LinkerTest, AmbiguousAliasDefaultsToPriority) {
  Load(kGeorgia);
  EXPECT_THAT(Ids("Georgia signed the deal."), ElementsAre("country:georgia"));
}

TEST_F(LinkerTest, AmbiguousAliasFollowsNamedCountry) {
  Load(kGeorgia);
  EXPECT_THAT(Ids("Georgia is a state of the United States."),
              ElementsAre("location:georgia-us", "country:united-states"));
  // The evidence may come later in the text, and by another alias.
  EXPECT_THAT(Ids("Georgia voted. The US election went on."),
              ElementsAre("location:georgia-us", "country:united-states"));
}

TEST_F(LinkerTest, AmbiguousAliasFollowsContextCountry) {
  Load(kGeorgia);
  // Tbilisi belongs to Georgia, which supports the country.
  EXPECT_THAT(Ids("Tbilisi, Georgia"), ElementsAre("location:tbilisi", "country:georgia"));
}

TEST_F(LinkerTest, ContextCountryBeatsPriority) {
  Load("location:georgia-us\tGeorgia (U.S. state)\tGeorgia\tcountry=country:united-states;priority=5\n"
       "country:georgia\tGeorgia\n"
       "location:tbilisi\tTbilisi\t\tcountry=country:georgia\n");
  EXPECT_THAT(Ids("Georgia"), ElementsAre("location:georgia-us"));
  EXPECT_THAT(Ids("Georgia and Tbilisi"), ElementsAre("country:georgia", "location:tbilisi"));
}

TEST_F(LinkerTest, TieGoesToTheEntryLoadedFirst) {
  Load("location:paris-fr\tParis\ncountry:x\tX\nlocation:paris-tx\tParis\n");
  EXPECT_THAT(Ids("Paris"), ElementsAre("location:paris-fr"));
  Load("location:paris-tx\tParis\nlocation:paris-fr\tParis\n");
  EXPECT_THAT(Ids("Paris"), ElementsAre("location:paris-tx"));
}

TEST_F(LinkerTest, FamilyPatternGetsSlugId) {
  Load("weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n");
  const std::vector<Linked> linked = Link("A Su-24M, two Su-24Ms and a Su24M.");
  ASSERT_EQ(linked.size(), 3u);
  for (const Linked& l : linked) {
    EXPECT_EQ(l.id, "weapon:su-24m");
    EXPECT_EQ(l.type, EntityType::kWeapon);
    EXPECT_EQ(l.source, Source::kGazetteer);
  }
  EXPECT_EQ(linked[0].name, "Su-24M");
  EXPECT_EQ(linked[1].text, "Su-24M");
  EXPECT_EQ(linked[2].text, "Su24M");
}

TEST_F(LinkerTest, LiteralEntryWinsOverFamily) {
  // The literal entry's aliases do not include "Su-34": the pattern finds it
  // and the family id leads to the literal entry.
  Load("weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n"
       "weapon:su-34\tSukhoi Su-34 Fullback\tFullback\n");
  const std::vector<Linked> linked = Link("The Su-34 and a Su34 and the Su-35.");
  ASSERT_EQ(linked.size(), 3u);
  EXPECT_EQ(linked[0].id, "weapon:su-34");
  EXPECT_EQ(linked[0].name, "Sukhoi Su-34 Fullback");
  EXPECT_EQ(linked[1].id, "weapon:su-34");
  EXPECT_EQ(linked[2].id, "weapon:su-35");
  EXPECT_EQ(linked[2].name, "Su-35");
}

TEST_F(LinkerTest, LiteralAliasWinsOverFamily) {
  Load("weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n"
       "weapon:su-34\tSukhoi Su-34\tSu-34\n");
  EXPECT_THAT(Ids("Su-34"), ElementsAre("weapon:su-34"));
}

TEST_F(LinkerTest, TitleIsNotPartOfTheName) {
  Load("person:valery-gerasimov\tValery Gerasimov\n");
  const std::vector<Linked> linked = Link("General Valery Gerasimov said.");
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].text, "Valery Gerasimov");
  EXPECT_EQ(linked[0].id, "person:valery-gerasimov");
  EXPECT_EQ(linked[0].source, Source::kGazetteer);
}

TEST_F(LinkerTest, TitleAndNameOfABuildingAreNoPerson) {
  Load("country:oman\tOman\n");
  EXPECT_THAT(Link("They prayed at the Sultan Qaboos Grand Mosque in Oman."), ElementsAre(Field(&Linked::text, "Oman")));
  EXPECT_THAT(Link("He landed at King Khalid International Airport."), IsEmpty());
}

TEST_F(LinkerTest, NameAfterTitleFoundByPattern) {
  Load("country:iraq\tIraq\n");
  const std::vector<Linked> linked = Link("Col. John Dorrian, a spokesman, said Iraq was safe.");
  ASSERT_EQ(linked.size(), 2u);
  EXPECT_EQ(linked[0].text, "John Dorrian");
  EXPECT_EQ(linked[0].id, "person:john-dorrian");
  EXPECT_EQ(linked[0].type, EntityType::kPerson);
  EXPECT_EQ(linked[0].source, Source::kPattern);
  EXPECT_EQ(linked[0].name, "John Dorrian");
  EXPECT_EQ(linked[1].id, "country:iraq");
}

TEST_F(LinkerTest, TitleVariants) {
  Load("country:iraq\tIraq\n");
  EXPECT_THAT(Texts("Lieutenant-General Sergei Rudskoi said"), ElementsAre("Sergei Rudskoi"));
  EXPECT_THAT(Texts("Lieutenant General Sergei Rudskoi said"), ElementsAre("Sergei Rudskoi"));
  EXPECT_THAT(Texts("Lt. Gen. Stephen J. Townsend said"), ElementsAre("Stephen J. Townsend"));
  EXPECT_THAT(Texts("General Stephen J. Townsend"), ElementsAre("Stephen J. Townsend"));
  EXPECT_THAT(Texts("foreign minister Sergei Lavrov met"), ElementsAre("Sergei Lavrov"));
  EXPECT_THAT(Texts("President Bashar al-Assad spoke"), ElementsAre("Bashar al-Assad"));
  EXPECT_THAT(Texts("Gen. Valery Gerasimov's plan"), ElementsAre("Valery Gerasimov"));
  // The senior enlisted titles of the US services.
  EXPECT_THAT(Texts("Sergeant Major of the Army Michael Weimer said"), ElementsAre("Michael Weimer"));
  EXPECT_THAT(Texts("Master Chief Petty Officer of the Navy James Honea said"), ElementsAre("James Honea"));
  // A diacritic in the name keeps the original span and gives an ASCII id.
  const std::vector<Linked> linked = Link("President Recep Tayyip Erdo\xC4\x9F" "an spoke");
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].text, "Recep Tayyip Erdo\xC4\x9F" "an");
  EXPECT_EQ(linked[0].id, "person:recep-tayyip-erdogan");
}

TEST_F(LinkerTest, TitleInAnAliasIsOutsideTheSpan) {
  Load("person:ali-al-sistani\tAli al-Sistani\tGrand Ayatollah Ali al-Sistani|Sistani\n");
  EXPECT_THAT(Texts("Grand Ayatollah Ali al-Sistani said"), ElementsAre("Ali al-Sistani"));
}

TEST_F(LinkerTest, CapitalsAfterATitleInATitleCaseHeadline) {
  Load("location:guam\tGuam\n");
  // Every word has a capital there: no name without a given name.
  EXPECT_THAT(Texts("Pentagon Chief Visits Troops In Guam, Vows To Deter China"), ElementsAre("Guam"));
  // In prose the title still finds the name.
  EXPECT_THAT(Texts("The chief, Commander Visits, met troops in Guam."), ElementsAre("Visits", "Guam"));
}

TEST_F(LinkerTest, CompoundTitlesOfExecutivesAndOfficials) {
  Load("country:japan\tJapan\n");
  EXPECT_THAT(Texts("Chief Executive Armin Papperger said"), ElementsAre("Armin Papperger"));
  EXPECT_THAT(Texts("Chief Operating Officer Lisa Brandt agreed"), ElementsAre("Lisa Brandt"));
  EXPECT_THAT(Texts("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said"),
              ElementsAre("Japan", "Yoshimasa Hayashi"));
  EXPECT_THAT(Texts("Chief of Naval Operations Lisa Franchetti said"), ElementsAre("Lisa Franchetti"));
  // The words of a title no list holds are no name.
  EXPECT_THAT(Texts("Chief Procurement Officer said"), IsEmpty());
  EXPECT_THAT(Texts("President Ramaphosa said"), ElementsAre("Ramaphosa"));
}

TEST_F(LinkerTest, TitleWithoutName) {
  Load("country:iraq\tIraq\n");
  EXPECT_THAT(Texts("in a general sense"), IsEmpty());
  EXPECT_THAT(Texts("the General Staff of Iraq"), ElementsAre("Iraq"));
  EXPECT_THAT(Texts("the Reconnaissance General Bureau of Iraq"), Not(Contains("Bureau")));
  EXPECT_THAT(Texts("the president said"), IsEmpty());
  EXPECT_THAT(Texts("General said"), IsEmpty());
  // A period after a title that is no abbreviation ends the sentence.
  EXPECT_THAT(Texts("said the former diplomat. Rose Garden talks ended."), IsEmpty());
  EXPECT_THAT(Texts("met the President. Grant Park was closed."), IsEmpty());
}

TEST_F(LinkerTest, TitleBeforeNonPersonIsNotAPerson) {
  Load("country:iraq\tIraq\n");
  EXPECT_THAT(Ids("President Iraq"), ElementsAre("country:iraq"));
}

TEST_F(LinkerTest, TownAfterATitleIsThePersonOfThatSurname) {
  Load("person:anita-anand\tAnita Anand\nlocation:anand\tAnand\t\tpopulation=200000\n"
       "location:rome\tRome\t\tpopulation=2800000\n");
  EXPECT_THAT(Ids("Later, Defence Minister Anand spoke."), ElementsAre("person:anita-anand"));
  // Without a title the town stays; a city of a million stays after one too.
  EXPECT_THAT(Ids("He drove to Anand."), ElementsAre("location:anand"));
  EXPECT_THAT(Ids("Later, President Rome spoke."), ElementsAre("location:rome"));
}

TEST_F(LinkerTest, SurnameLinksToPerson) {
  Load("country:russia\tRussia\n");
  const std::vector<Linked> linked =
      Link("General Valery Gerasimov visited Russia. Later, Gerasimov said Gerasimov's plan works.");
  ASSERT_EQ(linked.size(), 4u);
  EXPECT_EQ(linked[0].text, "Valery Gerasimov");
  EXPECT_EQ(linked[1].id, "country:russia");
  EXPECT_EQ(linked[2].text, "Gerasimov");
  EXPECT_EQ(linked[2].id, "person:valery-gerasimov");
  EXPECT_EQ(linked[3].text, "Gerasimov");
  EXPECT_EQ(linked[3].id, "person:valery-gerasimov");
}

TEST_F(LinkerTest, SurnameBeforeFullNameLinks) {
  Load("country:russia\tRussia\n");
  EXPECT_THAT(Ids("Gerasimov spoke. Then General Valery Gerasimov left."),
              ElementsAre("person:valery-gerasimov", "person:valery-gerasimov"));
}

TEST_F(LinkerTest, SurnameOfGazetteerPerson) {
  Load("person:valery-gerasimov\tValery Gerasimov\n");
  EXPECT_THAT(Texts("Valery Gerasimov came; Gerasimov left."), ElementsAre("Valery Gerasimov", "Gerasimov"));
  // Lower case is not a name.
  EXPECT_THAT(Texts("Valery Gerasimov came; gerasimov left."), ElementsAre("Valery Gerasimov"));
}

TEST_F(LinkerTest, SurnameOfSeveralWordsIsOneMention) {
  Load("person:troels-lund-poulsen\tTroels Lund Poulsen\n"
       "location:lund\tLund\t\tpopulation=90000\n"
       "location:madrid\tMadrid\t\tpopulation=3000000\n"
       "person:luis-madrid-poulsen\tLuis Madrid Poulsen\n");
  EXPECT_THAT(Texts("Troels Lund Poulsen came. Lund Poulsen said."),
              ElementsAre("Troels Lund Poulsen", "Lund Poulsen"));
  EXPECT_THAT(Ids("Troels Lund Poulsen came. Lund Poulsen said."),
              ElementsAre("person:troels-lund-poulsen", "person:troels-lund-poulsen"));
  // Only the words of the name, right before the surname.
  EXPECT_THAT(Texts("Troels Lund Poulsen came. In Lund, Poulsen said."),
              ElementsAre("Troels Lund Poulsen", "Lund", "Poulsen"));
  EXPECT_THAT(Texts("Troels Lund Poulsen came. Mads Poulsen said."),
              ElementsAre("Troels Lund Poulsen", "Poulsen"));
  // A city of a million keeps its word.
  EXPECT_THAT(Ids("Luis Madrid Poulsen came. Madrid Poulsen said."),
              ElementsAre("person:luis-madrid-poulsen", "location:madrid", "person:luis-madrid-poulsen"));
}

TEST_F(LinkerTest, CapitalSurnameOfSpeakerLabelLinks) {
  Load("person:john-kerry\tJohn Kerry\n");
  EXPECT_THAT(Texts("John Kerry arrived.\n\nSECRETARY KERRY: Thank you.\nMR KERRY: Again."),
              ElementsAre("John Kerry", "KERRY", "KERRY"));
  EXPECT_THAT(Ids("John Kerry arrived.\nSECRETARY KERRY: Thank you."),
              ElementsAre("person:john-kerry", "person:john-kerry"));
}

TEST_F(LinkerTest, CapitalSurnameOutsideSpeakerLabelDoesNot) {
  Load("person:theresa-may\tTheresa May\n");
  // A headline in capitals, and a capital word inside a line.
  EXPECT_THAT(Texts("Theresa May spoke.\nTALKS MAY RESUME\nThey said TALKS MAY: not yet."),
              ElementsAre("Theresa May"));
  // Without the person in the article, a label of a title other than a
  // courtesy title names no one.
  EXPECT_THAT(Texts("SECRETARY KERRY: Thank you."), IsEmpty());
}

TEST_F(LinkerTest, CourtesyTitleAndSurnameOfASpeakerLabelNameAPerson) {
  Load("person:tammy-bruce\tTammy Bruce\n");
  // The gazetteer person of that surname, or a person of that name.
  const std::vector<Linked> linked = Link("MS BRUCE: Good afternoon.\n\nQUESTION: Hi.\n\nMR. PIGOTT: Thanks.\n");
  ASSERT_EQ(linked.size(), 2u);
  EXPECT_EQ(linked[0].text, "BRUCE");
  EXPECT_EQ(linked[0].id, "person:tammy-bruce");
  EXPECT_EQ(linked[1].text, "PIGOTT");
  EXPECT_EQ(linked[1].id, "person:pigott");
  EXPECT_EQ(linked[1].name, "Pigott");
  EXPECT_EQ(linked[1].source, Source::kPattern);
  // A title is no surname; a label starts its line; a courtesy title alone.
  EXPECT_THAT(Texts("MR SPEAKER: Order.\nMADAM CHAIR: Yes.\nTHEN MR PIGOTT: no.\nMR JOHN PIGOTT: Yes."), IsEmpty());
}

TEST_F(LinkerTest, SharedSurnameLinksToNeither) {
  Load("person:john-smith\tJohn Smith\nperson:jane-smith\tJane Smith\n");
  EXPECT_THAT(Ids("John Smith and Jane Smith met. Smith said."),
              ElementsAre("person:john-smith", "person:jane-smith"));
}

TEST_F(LinkerTest, SharedSurnameLinksToTheFirstUntilTheSecondIsNamed) {
  Load("person:kim-jong-un\tKim Jong Un\t\tsurname=Kim\nperson:kim-yo-jong\tKim Yo Jong\t\tsurname=Kim\n"
       "person:john-smith\tJohn Smith\nperson:jane-smith\tJane Smith\n");
  EXPECT_THAT(Ids("Kim Jong Un watched the launch. Kim said it worked. Kim Yo Jong agreed. Kim left."),
              ElementsAre("person:kim-jong-un", "person:kim-jong-un", "person:kim-yo-jong"));
  EXPECT_THAT(Ids("John Smith spoke. Later, Smith left and Jane Smith came. Smith said so."),
              ElementsAre("person:john-smith", "person:john-smith", "person:jane-smith"));
}

TEST_F(LinkerTest, SuffixEndsTheNameAndTheSurnameIsTheWordBefore) {
  Load("person:charles-q-brown\tCharles Q. Brown Jr.\nperson:king-abdullah-ii\tAbdullah II\tKing Abdullah II\n");
  EXPECT_THAT(Texts("Gen. Charles Q. Brown Jr. spoke. Brown said so."), ElementsAre("Charles Q. Brown Jr.", "Brown"));
  EXPECT_THAT(Texts("King Abdullah II came. Abdullah left."), ElementsAre("Abdullah II", "Abdullah"));
  // After a title: the suffix is part of the name, with its period if it
  // has one, and names no one alone.
  EXPECT_THAT(Texts("General John Smith Jr. spoke. Smith left."), ElementsAre("John Smith Jr.", "Smith"));
  EXPECT_THAT(Texts("under King Nebuchadnezzar II. Then"), ElementsAre("Nebuchadnezzar II"));
  EXPECT_THAT(Texts("Martin Luther King Jr. spoke."), IsEmpty());
}

TEST_F(LinkerTest, SurnameAttributeIsTheShortForm) {
  // A Korean name puts the family name first.
  Load("person:lee-jae-myung\tLee Jae-myung\t\tsurname=Lee\n");
  EXPECT_THAT(Texts("Lee Jae-myung spoke. Lee left; Jae-myung stayed."), ElementsAre("Lee Jae-myung", "Lee"));
}

TEST_F(LinkerTest, BylineWithTitles) {
  Load("country:russia\tRussia\n");
  EXPECT_THAT(Texts("By Dr. Elena Marchetti, Senior Fellow\n\nRussia left."), ElementsAre("Elena Marchetti", "Russia"));
  // Without the period too, and with no second, overlapping name from "Dr"
  // (Link checks that mentions do not overlap).
  EXPECT_THAT(Texts("By Dr Elena Marchetti\n"), ElementsAre("Elena Marchetti"));
}

TEST_F(LinkerTest, DesignationAndFamilyNameAreOneMention) {
  Load("weapon:ah-64\tAH-64 Apache\tApache|AH-64\nweapon:ah-64e\tAH-64E\n"
       "weapon:f-1\tMirage F1\tF-1\nweapon:f-16\tF-16\n");
  // "weapon:f-1" is no family of "weapon:f-16".
  const std::string_view text = "New AH-64E Apache helicopters, an Apache, and F-1 F-16 jets.";
  EXPECT_THAT(Texts(text), ElementsAre("AH-64E Apache", "Apache", "F-1", "F-16"));
  EXPECT_THAT(Ids(text), ElementsAre("weapon:ah-64e", "weapon:ah-64", "weapon:f-1", "weapon:f-16"));
}

TEST_F(LinkerTest, GenericNounOfAWeaponAliasIsOutsideTheSpan) {
  Load("weapon:k2\tK2 Black Panther\tK2 tank\nweapon:caesar\tCaesar\tCaesar self-propelled howitzer\n"
       "weapon:nsm\tNaval Strike Missile\nweapon:ford-class\tGerald R. Ford class\n"
       "weapon:moskva\tMoskva\tcruiser Moskva\nweapon:pfm-1\tPFM-1\tbutterfly mine\n");
  EXPECT_THAT(Texts("Poland bought K2 tanks and Caesar self-propelled howitzers."), ElementsAre("K2", "Caesar"));
  EXPECT_THAT(Texts("the cruiser Moskva and a butterfly mine"), ElementsAre("Moskva", "butterfly mine"));
  // Capitalized words are the name's own, and "class" names a class.
  EXPECT_THAT(Texts("Naval Strike Missiles and the Gerald R. Ford class."),
              ElementsAre("Naval Strike Missile", "Gerald R. Ford class"));
}

TEST_F(LinkerTest, DesignationOfANamedWeaponNamesItLater) {
  Load("weapon:k9\tK9 Thunder\tK9 howitzer\nweapon:m1\tM1 Abrams\tAbrams\nweapon:k2\tK2 Black Panther\tK2 tank\n");
  // The designation alone names the weapon where the article names it so
  // too (a headline may come first), its plural as well; else nothing.
  EXPECT_THAT(Texts("More K9s. Poland bought K9 howitzers; more K9 and K2 shipments follow."),
              ElementsAre("K9", "K9", "K9"));
  EXPECT_THAT(Texts("A K9 unit and K2 climbers."), ElementsAre());
  EXPECT_THAT(Texts("Two M1 Abrams tanks, then ten M1s and an M1."), ElementsAre("M1 Abrams", "M1", "M1"));
  // A designation two weapons share names the first up to where the second
  // is named.
  Load("weapon:m2-bradley\tM2 Bradley\tBradley\nweapon:m2-browning\tM2 Browning\tBrowning\n");
  EXPECT_THAT(Ids("M2 Bradley vehicles and M2s. M2 Browning guns. An M2."),
              ElementsAre("weapon:m2-bradley", "weapon:m2-bradley", "weapon:m2-browning"));
}

TEST_F(LinkerTest, SharedNameOfABodyGoesToTheCountryNamedLast) {
  Load(
      "organization:cn-mnd\tChinese Ministry of National Defense\tMinistry of National Defense\t"
      "country=country:china;priority=2\n"
      "organization:tw-mnd\tTaiwanese Ministry of National Defense\tMinistry of National Defense\t"
      "country=country:taiwan;priority=1\n"
      "country:china\tChina\tChinese\n"
      "country:taiwan\tTaiwan\n");
  EXPECT_THAT(Ids("Chinese ships circled. Taiwan began its annual drills, the Ministry of National Defense said."),
              ElementsAre("country:china", "country:taiwan", "organization:tw-mnd"));
  EXPECT_THAT(Ids("Taiwan began its annual drills. Chinese ships came, the Ministry of National Defense said."),
              ElementsAre("country:taiwan", "country:china", "organization:cn-mnd"));
}

TEST_F(LinkerTest, AmbiguousAcronymKeepsItsFirstSenseInAnArticle) {
  Load("organization:us-jcs\tJoint Chiefs of Staff\tJCS\tcountry=country:united-states\n"
       "organization:kr-jcs\tSouth Korean Joint Chiefs of Staff\tJCS\tcountry=country:south-korea\n"
       "country:united-states\tUnited States\n"
       "country:south-korea\tSouth Korea\n");
  EXPECT_THAT(Ids("South Korea's JCS said. Talks with the United States went on, the JCS said."),
              ElementsAre("country:south-korea", "organization:kr-jcs", "country:united-states", "organization:kr-jcs"));
  // A country right before it says otherwise.
  EXPECT_THAT(Ids("South Korea's JCS said. The United States JCS did not."),
              ElementsAre("country:south-korea", "organization:kr-jcs", "country:united-states", "organization:us-jcs"));
}

TEST_F(LinkerTest, SharedAliasKeepsTheSenseAnotherAliasNamed) {
  Load(
      "organization:us-jcs\tJoint Chiefs of Staff\tJCS|Joint Chiefs of "
      "Staff\tcountry=country:united-states;priority=2\n"
      "organization:kr-jcs\tSouth Korean Joint Chiefs of Staff\tJCS|Joint Chiefs of Staff\t"
      "country=country:south-korea;priority=1\n"
      "country:united-states\tUnited States\n"
      "country:south-korea\tSouth Korea\n"
      "country:north-korea\tNorth Korea\n");
  // The acronym is first seen far from any country; the body it names was
  // named by its full name before.
  EXPECT_THAT(Ids("North Korea fired missiles, South Korea's Joint Chiefs of Staff said. They flew 350 km before "
                  "landing in the sea, the JCS said. The United States was consulted."),
              ElementsAre("country:north-korea", "country:south-korea", "organization:kr-jcs", "organization:kr-jcs",
                          "country:united-states"));
}

TEST_F(LinkerTest, TitleInANameOrBeforeADateIsNoTitle) {
  Load("location:port-au-prince\tPort-au-Prince\n");
  EXPECT_THAT(Texts("PORT-AU-PRINCE, Dec 10 (Reuters) - Gangs attacked."), ElementsAre("PORT-AU-PRINCE"));
  EXPECT_THAT(Texts("They met the Crown Prince on Dec. 10 and Prince, Nov 3."), ElementsAre());
  EXPECT_THAT(Texts("then-President Carter Wells and Lieutenant-General Ann Smith met Prince Harry."),
              ElementsAre("Carter Wells", "Ann Smith", "Harry"));
}

TEST_F(LinkerTest, PlaceEndingAnExercisesNameIsNoPlace) {
  Load("location:kuang\tKuang\nlocation:gold\tGold\n");
  EXPECT_THAT(Texts("the annual Han Kuang exercise and Cobra Gold drills"), ElementsAre());
  EXPECT_THAT(Texts("drills near Kuang; the Kuang exercise"), ElementsAre("Kuang", "Kuang"));
  EXPECT_THAT(Texts("the Han Kuang military exercises"), ElementsAre());
  EXPECT_THAT(Texts("near Kuang military bases"), ElementsAre("Kuang"));
}

TEST_F(LinkerTest, EastAsianNameGoesByItsFamilyName) {
  Load("country:x\tX\n");
  EXPECT_THAT(Texts("Minister Chung Dong-young spoke. Chung said so; Dong-young did not."),
              ElementsAre("Chung Dong-young", "Chung"));
  // Not a name whose last word is a double surname in capitals.
  EXPECT_THAT(Texts("Minister Anna Lund-Hansen spoke. Anna said so; Lund-Hansen did not."),
              ElementsAre("Anna Lund-Hansen", "Lund-Hansen"));
}

TEST_F(LinkerTest, CurrencyPrefixIsNoCountry) {
  Load("country:united-states\tUnited States\t=US\ncountry:hong-kong\tHong Kong\t=HK\n");
  EXPECT_THAT(Texts("A$10 billion (US$6.5 billion) and HK$3 billion, the US said."), ElementsAre("US"));
}

TEST_F(LinkerTest, AcronymInCapitalsIsNoMixedCaseName) {
  Load("location:gao\tGao\nlocation:gaza\tGaza\norganization:nato\tNATO\tNato\n");
  EXPECT_THAT(Texts("Shelby Oakley, the GAO's director, and NATO met in Gao."), ElementsAre("Shelby Oakley", "NATO", "Gao"));
  // A dateline and a headline in capitals keep their names.
  EXPECT_THAT(Texts("GAZA, Dec 1 - Strikes hit.\nSTRIKES HIT GAZA AGAIN\n"), ElementsAre("GAZA", "GAZA"));
  // The places of a dateline joined by a slash, each one.
  EXPECT_THAT(Texts("Report.\nCAIRO/GAZA, Dec 1 - Strikes hit.\n"), ElementsAre("GAZA"));
  EXPECT_THAT(Texts("Report.\nNATO/GAZA, Dec 1 - Strikes hit.\n"), ElementsAre("NATO", "GAZA"));
}

TEST_F(LinkerTest, VariantIsPartOfTheWeaponName) {
  Load("weapon:f-16\tF-16\nweapon:tomahawk\tTomahawk\n");
  EXPECT_THAT(Texts("F-16 Block 70 jets, the Tomahawk Block IIA, an F-16 Blockade, the F-16 Block."),
              ElementsAre("F-16 Block 70", "Tomahawk Block IIA", "F-16", "F-16"));
}

TEST_F(LinkerTest, GivenNameThatIsATitleStaysInTheSpan) {
  Load("person:gen-nakatani\tGen Nakatani\tNakatani\nperson:bill-clinton\tBill Clinton\tPresident Clinton\n");
  EXPECT_THAT(Texts("Defence Minister Gen Nakatani met President Clinton."), ElementsAre("Gen Nakatani", "Clinton"));
}

TEST_F(LinkerTest, AlPrefixShortForm) {
  Load("country:syria\tSyria\n");
  EXPECT_THAT(Texts("President Bashar al-Assad of Syria. Assad said."),
              ElementsAre("Bashar al-Assad", "Syria", "Assad"));
}

TEST_F(LinkerTest, NameIntroducedByAnApposition) {
  Load("country:turkey\tTurkey\tTurkish\n");
  const std::vector<Linked> linked = Link("\"It differs,\" cautions Zaur Gasimov, an Istanbul-based analyst.");
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(linked[0].text, "Zaur Gasimov");
  EXPECT_EQ(linked[0].id, "person:zaur-gasimov");
  EXPECT_EQ(linked[0].source, Source::kPattern);
  EXPECT_THAT(Texts("Tobias Ellwood, Minister for the Middle East, spoke. Later Ellwood left."),
              ElementsAre("Tobias Ellwood", "Ellwood"));
  EXPECT_THAT(Texts("Minister for the Middle East, Tobias Ellwood, said so."), ElementsAre("Tobias Ellwood"));
  EXPECT_THAT(Texts("Knox Thames, the Special Advisor to the Ambassador, spoke."), ElementsAre("Knox Thames"));
}

TEST_F(LinkerTest, AppositionNameOverAnotherPersonsSurname) {
  Load("person:aleksander-kwasniewski\tAleksander Kwasniewski\tKwasniewski\n");
  EXPECT_THAT(Ids("\"It is old,\" said Tom Kwasniewski, a naval analyst."), ElementsAre("person:tom-kwasniewski"));
  // The person's own given name keeps the gazetteer person.
  EXPECT_THAT(Ids("said Aleksander Kwasniewski, the former president."),
              ElementsAre("person:aleksander-kwasniewski"));
  EXPECT_THAT(Ids("Kwasniewski, the former president, spoke."), ElementsAre("person:aleksander-kwasniewski"));
}

TEST_F(LinkerTest, NoAppositionWithoutAPersonsRole) {
  Load("person:hulusi-akar\tHulusi Akar\t\n");
  EXPECT_THAT(Texts("Operation Olive Branch, the offensive led by General Hulusi Akar, began."),
              ElementsAre("Hulusi Akar"));
  EXPECT_THAT(Texts("On Tuesday, the minister said so. Human Rights Watch, a rights group, agreed."), IsEmpty());
  EXPECT_THAT(Texts("Kurdistan Regional Government, the spokesman said."), IsEmpty());
}

const char kYildirim[] =
    "country:turkey\tTurkey\tTurkish\n"
    "location:ankara\tAnkara\t\tcountry=country:turkey\n"
    "person:binali-yildirim\tBinali Yildirim\t\tcountry=country:turkey\n";

TEST_F(LinkerTest, LoneSurnameOfAPersonOfTheArticlesCountry) {
  Load(kYildirim);
  EXPECT_THAT(Ids("Turkey objected. Speaking in Ankara, Yildirim said so."),
              ElementsAre("country:turkey", "location:ankara", "person:binali-yildirim"));
  EXPECT_THAT(Ids("Turkey objected. \"We act,\" Yildirim said. On Tuesday Yildirim left."),
              ElementsAre("country:turkey", "person:binali-yildirim", "person:binali-yildirim"));
}

TEST_F(LinkerTest, LoneSurnameNeedsItsCountryAndItsOwnWord) {
  Load(kYildirim);
  EXPECT_THAT(Ids("Speaking in Paris, Yildirim said so."), IsEmpty());  // no Turkey
  EXPECT_THAT(Ids("Turkey objected. Yildirim said so."), ElementsAre("country:turkey"));  // sentence start
  EXPECT_THAT(Ids("Turkey objected, and Yildirim Holding agreed."), ElementsAre("country:turkey"));
}

}  // namespace
}  // namespace gazer
