#include "gazer/matcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "word_scanner.h"

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A match as the user sees it: the original text of its span, and the ids of
// its candidates.
struct Found {
  std::string text;
  std::vector<std::string> ids;
  bool from_pattern = false;
};

class MatcherTest : public testing::Test {
 protected:
  void Load(std::string_view tsv) {
    gazetteer_ = std::make_unique<Gazetteer>();
    const Status s = gazetteer_->LoadString("test.tsv", tsv);
    ASSERT_TRUE(s.ok()) << s.message();
    matcher_ = std::make_unique<Matcher>(*gazetteer_);
  }

  std::vector<Found> Find(std::string_view text) {
    const NormalizedText n = Normalize(text);
    MatchSet set;
    matcher_->FindAll(n, &set);
    std::vector<Found> found;
    uint32_t last_end = 0;
    for (const Match& m : set.matches) {
      EXPECT_LT(m.begin, m.end);
      EXPECT_GE(m.begin, last_end) << "overlapping or unsorted matches";
      last_end = m.end;
      const size_t b = n.ToOriginal(m.begin), e = n.ToOriginal(m.end);
      Found f{std::string(text.substr(b, e - b)), {}, m.from_pattern};
      for (uint32_t c = 0; c < m.candidates_count; ++c) {
        f.ids.emplace_back(gazetteer_->entry(set.candidates[m.candidates_begin + c]).id);
      }
      found.push_back(std::move(f));
    }
    return found;
  }

  // The texts of the matches.
  std::vector<std::string> Texts(std::string_view text) {
    std::vector<std::string> texts;
    for (const Found& f : Find(text)) texts.push_back(f.text);
    return texts;
  }

  // The first candidate of each match.
  std::vector<std::string> Ids(std::string_view text) {
    std::vector<std::string> ids;
    for (const Found& f : Find(text)) ids.push_back(f.ids.empty() ? "" : f.ids[0]);
    return ids;
  }

  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Matcher> matcher_;
};

TEST_F(MatcherTest, FindsAliasesWithSpans) {
  Load("country:turkey\tTurkey\tTurkiye\ncountry:russia\tRussia\tRussian Federation\n");
  const std::vector<Found> found = Find("Turkey and the Russian Federation, then Turkiye.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "Turkey");
  EXPECT_THAT(found[0].ids, ElementsAre("country:turkey"));
  EXPECT_FALSE(found[0].from_pattern);
  EXPECT_EQ(found[1].text, "Russian Federation");
  EXPECT_THAT(found[1].ids, ElementsAre("country:russia"));
  EXPECT_EQ(found[2].text, "Turkiye");
  EXPECT_EQ(matcher_->alias_count(), 4u);
  EXPECT_EQ(matcher_->pattern_count(), 0u);
}

TEST_F(MatcherTest, PlainAliasNeedsItsCapitals) {
  Load("country:turkey\tTurkey\ncountry:united-states\tUnited States\tUS\n");
  EXPECT_THAT(Texts("Turkey"), ElementsAre("Turkey"));
  EXPECT_THAT(Texts("TURKEY"), ElementsAre("TURKEY"));
  EXPECT_THAT(Texts("TuRKEY"), ElementsAre("TuRKEY"));
  EXPECT_THAT(Texts("turkey"), IsEmpty());
  EXPECT_THAT(Texts("a turkey dinner"), IsEmpty());
  EXPECT_THAT(Texts("the US said"), ElementsAre("US"));
  EXPECT_THAT(Texts("let us go"), IsEmpty());
  EXPECT_THAT(Texts("Us and them"), IsEmpty());
  EXPECT_THAT(Texts("the united States"), IsEmpty());
  EXPECT_THAT(Texts("THE UNITED STATES"), ElementsAre("UNITED STATES"));
}

TEST_F(MatcherTest, CapitalsPastTheSixteenthByte) {
  Load("country:cd\tDemocratic Republic of the Congo\n");
  EXPECT_THAT(Texts("the Democratic Republic of the Congo"), ElementsAre("Democratic Republic of the Congo"));
  EXPECT_THAT(Texts("the Democratic Republic of the congo"), IsEmpty());
  EXPECT_THAT(Texts("the Democratic republic of the Congo"), IsEmpty());
  EXPECT_THAT(Texts("the Democratic  Republic of the congo"), IsEmpty());
}

TEST_F(MatcherTest, OrganizationsGenericHeadInLowerCase) {
  Load(
      "organization:amal\tAmal Movement\norganization:wagner\tWagner Group\n"
      "organization:ucdg\tUkraine Defense Contact Group for Armed Assistance Coordination Party\n"
      "organization:syrian-army\tSyrian Army\nperson:x\tBig Group\n");
  EXPECT_THAT(Texts("Berri heads the Amal movement."), ElementsAre("Amal movement"));
  EXPECT_THAT(Texts("the Wagner group"), ElementsAre("Wagner group"));
  EXPECT_THAT(Texts("Ukraine Defense Contact Group for Armed Assistance Coordination party"),
              ElementsAre("Ukraine Defense Contact Group for Armed Assistance Coordination party"));
  // The other words keep their capitals; other heads and types keep theirs.
  EXPECT_THAT(Texts("the amal movement"), IsEmpty());
  EXPECT_THAT(Texts("the Syrian army"), IsEmpty());
  EXPECT_THAT(Texts("a Big group"), IsEmpty());
}

TEST_F(MatcherTest, ExactAndAnyCase) {
  Load("person:theresa-may\tTheresa May\t=May\norganization:x\tXbrand\t~xbrand|~x\n");
  EXPECT_THAT(Texts("the talks, May said"), ElementsAre("May"));
  // A common word's capital at the start of a sentence says nothing.
  EXPECT_THAT(Texts("May said"), IsEmpty());
  EXPECT_THAT(Texts("It rained. May said"), IsEmpty());
  EXPECT_THAT(Texts("the talks, MAY SAID"), IsEmpty());
  EXPECT_THAT(Texts("it may rain"), IsEmpty());
  EXPECT_THAT(Texts("THERESA MAY"), ElementsAre("THERESA MAY"));  // the name is a plain alias
  EXPECT_THAT(Texts("xbrand XBRAND XBrand"), ElementsAre("xbrand", "XBRAND", "XBrand"));
  EXPECT_THAT(Texts("x X"), ElementsAre("x", "X"));
}

TEST_F(MatcherTest, TextWrittenAsAnAliasGoesToItsEntries) {
  // "ITU" and "Itu" fold alike; each entry keeps the text written as its
  // alias (less the hyphens the key leaves out), and text written as
  // neither keeps both.
  Load("organization:itu\tInternational Telecommunication Union\t=ITU\n"
       "location:itu\tItu\n"
       "weapon:som\tSOM\tSOM-A\n"
       "location:soma\tSoma\n"
       "location:basseterre\tBasseterre\n"
       "location:basse-terre\tBasse-Terre\n");
  EXPECT_THAT(Find("The ITU met.")[0].ids, ElementsAre("organization:itu"));
  EXPECT_THAT(Find("Mayors of Itu met.")[0].ids, ElementsAre("location:itu"));
  EXPECT_THAT(Find("Jets fired a SOM-A at dawn.")[0].ids, ElementsAre("weapon:som"));
  EXPECT_THAT(Find("Miners of Soma struck.")[0].ids, ElementsAre("location:soma"));
  EXPECT_THAT(Find("MINERS OF SOMA STRUCK.")[0].ids, ElementsAre("weapon:som"));
  EXPECT_THAT(Find("Ships left Basseterre.")[0].ids, ElementsAre("location:basseterre"));
  EXPECT_THAT(Find("Ships left Basse-Terre.")[0].ids, ElementsAre("location:basse-terre"));
  EXPECT_THAT(Find("SHIPS LEFT BASSETERRE.")[0].ids, ElementsAre("location:basseterre", "location:basse-terre"));
}

TEST_F(MatcherTest, DiacriticsFolded) {
  Load("person:recep-tayyip-erdogan\tRecep Tayyip Erdo\xC4\x9F" "an\tErdo\xC4\x9F" "an\n"
       "person:binali-yildirim\tBinali Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m\tYildirim\n"
       "country:cote-d-ivoire\tC\xC3\xB4te d'Ivoire\n");
  EXPECT_THAT(Texts("Erdogan met Erdo\xC4\x9F" "an and Erdog\xCC\x86" "an."),
              ElementsAre("Erdogan", "Erdo\xC4\x9F" "an", "Erdog\xCC\x86" "an"));
  EXPECT_THAT(Texts("ERDO\xC4\x9E" "AN"), ElementsAre("ERDO\xC4\x9E" "AN"));
  EXPECT_THAT(Texts("Binali Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m and Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m"),
              ElementsAre("Binali Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m", "Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m"));
  // Typographic apostrophe in the text, ASCII in the alias.
  EXPECT_THAT(Texts("in C\xC3\xB4te d\xE2\x80\x99Ivoire"), ElementsAre("C\xC3\xB4te d\xE2\x80\x99Ivoire"));
  EXPECT_THAT(Texts("in Cote d'Ivoire"), ElementsAre("Cote d'Ivoire"));
}

TEST_F(MatcherTest, WholeWordsOnly) {
  Load("country:russia\tRussia\tRussian\ncountry:iran\tIran\n");
  EXPECT_THAT(Texts("Prussian"), IsEmpty());
  EXPECT_THAT(Texts("Russians"), IsEmpty());  // not a weapon: no plural
  EXPECT_THAT(Texts("Russian2"), IsEmpty());
  EXPECT_THAT(Texts("Iranian Tirana"), IsEmpty());
  EXPECT_THAT(Texts("Russian-backed"), ElementsAre("Russian"));
  EXPECT_THAT(Texts("(Russia)"), ElementsAre("Russia"));
  EXPECT_THAT(Texts("Russia,Iran"), ElementsAre("Russia", "Iran"));
  // Letters of other scripts are word characters.
  EXPECT_THAT(Texts("Iran\xD0\xB0 Russia"), ElementsAre("Russia"));
}

TEST_F(MatcherTest, AcronymsWithAndWithoutDots) {
  Load("organization:undp\tUN Development Programme\n"
       "organization:us-navy\tU.S. Navy\n"
       "organization:eu-navfor\tEU Naval Force\tE.U. Naval Force\n"
       "organization:unrest\tUNREST Group\n");
  EXPECT_THAT(Ids("the U.N. Development Programme"), ElementsAre("organization:undp"));
  EXPECT_THAT(Ids("the UN Development Programme"), ElementsAre("organization:undp"));
  EXPECT_THAT(Ids("the US Navy"), ElementsAre("organization:us-navy"));
  // A form the entry lists is not added twice.
  EXPECT_THAT(Ids("the E.U. Naval Force"), ElementsAre("organization:eu-navfor"));
  // Only the acronym as a word of its own.
  EXPECT_THAT(Ids("the U.N.REST Group"), IsEmpty());
  EXPECT_THAT(Ids("a UK Development Programme"), IsEmpty());
}

TEST_F(MatcherTest, QuotedNicknameInEitherMark) {
  Load("person:ismael-zambada\tIsmael Zambada\tIsmael 'El Mayo' Zambada\n"
       "person:jimmy-cherizier\tJimmy Cherizier\tJimmy \"Barbecue\" Cherizier\n"
       "organization:farc\tFARC\n");
  EXPECT_THAT(Texts("Ismael \"El Mayo\" Zambada"), ElementsAre("Ismael \"El Mayo\" Zambada"));
  EXPECT_THAT(Texts("Ismael \xE2\x80\x9C" "El Mayo\xE2\x80\x9D Zambada"),
              ElementsAre("Ismael \xE2\x80\x9C" "El Mayo\xE2\x80\x9D Zambada"));
  EXPECT_THAT(Texts("Ismael 'El Mayo' Zambada"), ElementsAre("Ismael 'El Mayo' Zambada"));
  EXPECT_THAT(Texts("Jimmy 'Barbecue' Cherizier"), ElementsAre("Jimmy 'Barbecue' Cherizier"));
  // Mixed marks are no quotation.
  EXPECT_THAT(Texts("Ismael 'El Mayo\" Zambada"), IsEmpty());
}

TEST_F(MatcherTest, OrganizationsInBritishAndAmericanSpelling) {
  Load("organization:airbus-ds\tAirbus Defence and Space\n"
       "organization:oecd\tOrganisation for Economic Co-operation and Development\n"
       "organization:stimson\tStimson Center\n"
       "organization:uk-mod\tMinistry of Defence\n"
       "organization:us-dod\tMinistry of Defense\n"
       "location:pearl-harbor\tDefense Center\n");
  EXPECT_THAT(Ids("Airbus Defense and Space"), ElementsAre("organization:airbus-ds"));
  EXPECT_THAT(Ids("the Organization for Economic Co-operation and Development"), ElementsAre("organization:oecd"));
  EXPECT_THAT(Ids("the Stimson Centre"), ElementsAre("organization:stimson"));
  // A spelling that another entry lists stays that entry's alone.
  EXPECT_THAT(Ids("the Ministry of Defence"), ElementsAre("organization:uk-mod"));
  EXPECT_THAT(Ids("the Ministry of Defense"), ElementsAre("organization:us-dod"));
  // Only organizations.
  EXPECT_THAT(Ids("the Defence Centre"), IsEmpty());
}

TEST_F(MatcherTest, LeftmostLongest) {
  Load("country:russia\tRussia\tRussian\n"
       "organization:russian-defence-ministry\tRussian Defence Ministry\tRussian Ministry of Defence\n"
       "organization:ministry-of-defence\tMinistry of Defence\n");
  std::vector<Found> found = Find("The Russian Defence Ministry said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Russian Defence Ministry");
  EXPECT_THAT(found[0].ids, ElementsAre("organization:russian-defence-ministry"));

  EXPECT_THAT(Ids("the Russian Ministry of Defence"), ElementsAre("organization:russian-defence-ministry"));
  // White-space runs count as one space.
  EXPECT_THAT(Texts("the Russian   Defence  Ministry"), ElementsAre("Russian   Defence  Ministry"));
  // A prefix of a longer alias falls back to the shorter one.
  EXPECT_THAT(Ids("Russian Defence officials"), ElementsAre("country:russia"));
  EXPECT_THAT(Ids("the Ministry of Defence of Russia"),
              ElementsAre("organization:ministry-of-defence", "country:russia"));
}

TEST_F(MatcherTest, ALongerNameAfterTheBeatsAnAliasWithThe) {
  Load("location:persian-gulf\tPersian Gulf\tthe Gulf\n"
       "location:gulf-of-aden\tGulf of Aden\n"
       "location:the-hague\tThe Hague\n"
       "location:hague\tHague\n");
  // "the Gulf" starts first, but "Gulf of Aden" is longer; "the" is outside spans.
  EXPECT_THAT(Texts("over the Gulf of Aden"), ElementsAre("Gulf of Aden"));
  EXPECT_THAT(Texts("ships in the Gulf were hit"), ElementsAre("the Gulf"));
  // An alias of the next word that ends no later loses to the one with "the".
  EXPECT_THAT(Ids("judges in The Hague ruled"), ElementsAre("location:the-hague"));
  EXPECT_THAT(Ids("the Gulf"), ElementsAre("location:persian-gulf"));
}

TEST_F(MatcherTest, NoCapitalAfterTheFirstWord) {
  Load("location:persian-gulf\tPersian Gulf\tthe Gulf\n"
       "person:first-lady\tfirst lady\tthe \"First\" Lady\n"
       "organization:un\tUnited Nations\t~united nations|United\n"
       "location:gulf-of-aden\tGulf of Aden\tGulf  aden|the Gulf-of-aden\n");
  EXPECT_THAT(Texts("the gulf"), IsEmpty());
  EXPECT_THAT(Texts("the  Gulf"), ElementsAre("the  Gulf"));
  EXPECT_THAT(Texts("the first lady"), ElementsAre("first lady"));
  EXPECT_THAT(Texts("the \"First\" Lady"), ElementsAre("the \"First\" Lady"));
  EXPECT_THAT(Ids("united nations"), ElementsAre("organization:un"));
  EXPECT_THAT(Ids("United nations"), ElementsAre("organization:un"));
  EXPECT_THAT(Texts("United states"), ElementsAre("United"));
  EXPECT_THAT(Texts("Gulf aden"), ElementsAre("Gulf aden"));
  EXPECT_THAT(Texts("the Gulf of Aden, the Gulfofaden"), ElementsAre("Gulf of Aden", "the Gulfofaden"));
}

TEST_F(MatcherTest, HyphenIsOptional) {
  Load("weapon:s-400\tS-400\n"
       "weapon:tor-m1\tTor-M1\tTorM1\n"
       "location:deir-ez-zor\tDeir ez-Zor\n");
  EXPECT_THAT(Texts("S-400 S400 S\xE2\x80\x91" "400 S\xE2\x80\x93" "400"),
              ElementsAre("S-400", "S400", "S\xE2\x80\x91" "400", "S\xE2\x80\x93" "400"));
  EXPECT_THAT(Texts("Tor-M1 and TorM1"), ElementsAre("Tor-M1", "TorM1"));
  EXPECT_THAT(Texts("in Deir ez-Zor"), ElementsAre("Deir ez-Zor"));
  EXPECT_THAT(Texts("in Deir ezZor"), ElementsAre("Deir ezZor"));
  EXPECT_THAT(Texts("in Deir Ezzor"), ElementsAre("Deir Ezzor"));
  EXPECT_THAT(Texts("in Deir Ez-Zor"), ElementsAre("Deir Ez-Zor"));
  EXPECT_THAT(Texts("in DEIR EZ-ZOR"), ElementsAre("DEIR EZ-ZOR"));
  // The capital D still has to be a capital.
  EXPECT_THAT(Texts("in deir ez-Zor"), IsEmpty());
  // A hyphen that does not join two word characters is not skipped.
  EXPECT_THAT(Texts("S- 400"), IsEmpty());
}

TEST_F(MatcherTest, HyphenMayStandForASpace) {
  Load("weapon:rafale\tRafale\tRafale M\n"
       "weapon:carl-gustaf-m4\tCarl Gustaf M4\n"
       "location:barrow\tBarrow in Furness\n"
       "country:turkey\tTurkey\tTurkish\n");
  EXPECT_THAT(Texts("Rafale-M jets"), ElementsAre("Rafale-M"));
  EXPECT_THAT(Texts("the Carl-Gustaf M4 and Carl Gustaf-M4"), ElementsAre("Carl-Gustaf M4", "Carl Gustaf-M4"));
  EXPECT_THAT(Texts("at Barrow-in-Furness"), ElementsAre("Barrow-in-Furness"));
  // Capitals still count; a prefix still matches alone.
  EXPECT_THAT(Texts("at barrow-in-Furness"), IsEmpty());
  EXPECT_THAT(Texts("Turkish-Russian talks"), ElementsAre("Turkish"));
}

TEST_F(MatcherTest, PossessiveIsLeftOut) {
  Load("country:russia\tRussia\nweapon:s-400\tS-400\n");
  EXPECT_THAT(Texts("Russia's army"), ElementsAre("Russia"));
  EXPECT_THAT(Texts("Russia\xE2\x80\x99s army"), ElementsAre("Russia"));
  EXPECT_THAT(Texts("the S-400's radar"), ElementsAre("S-400"));
}

TEST_F(MatcherTest, PluralOnlyForWeapons) {
  Load("weapon:su-24m\tSu-24M\nweapon:s-400\tS-400\ncountry:russia\tRussia\n");
  EXPECT_THAT(Texts("two Su-24Ms and S-400s"), ElementsAre("Su-24M", "S-400"));
  EXPECT_THAT(Ids("two Su-24Ms"), ElementsAre("weapon:su-24m"));
  EXPECT_THAT(Texts("Su24Ms"), ElementsAre("Su24M"));
  EXPECT_THAT(Texts("Su-24Mss"), IsEmpty());
  EXPECT_THAT(Texts("Russias"), IsEmpty());
}

TEST_F(MatcherTest, VariantLettersOnlyAfterAWeaponsDesignation) {
  Load("weapon:type-23-frigate\tType 23\nlocation:highway-1\tHighway 1\n");
  EXPECT_THAT(Texts("a Type 23A frigate and a Type 23 one"), ElementsAre("Type 23A", "Type 23"));
  EXPECT_THAT(Ids("a Type 23A frigate"), ElementsAre("weapon:type-23-frigate"));
  EXPECT_THAT(Texts("Type 23Ab, Type 23ABCD, Type 23A123"), IsEmpty());
  EXPECT_THAT(Texts("on Highway 1A"), IsEmpty());
}

TEST_F(MatcherTest, VariantLettersAfterADesignationOfOneWord) {
  Load("weapon:fa-50\tFA-50\nweapon:m1a2\tM1A2\nweapon:a400m\tA400M\nlocation:route-66\tRoute66\n");
  EXPECT_THAT(Texts("FA-50PL jets, an M1A2T tank and an FA50 trainer"), ElementsAre("FA-50PL", "M1A2T", "FA50"));
  EXPECT_THAT(Ids("the M1A2T"), ElementsAre("weapon:m1a2"));
  // The whole word wins where it is an alias itself.
  EXPECT_THAT(Ids("an A400M"), ElementsAre("weapon:a400m"));
  // Variant letters are capitals, at most three, and only a weapon takes them.
  EXPECT_THAT(Texts("FA-50pl, FA-50PLXY, M1A2Tx, Route66A"), IsEmpty());
}

TEST_F(MatcherTest, VariantLettersWinOverAShorterAlias) {
  Load("organization:sukhoi\tSukhoi\nweapon:su-30\tSu-30\tSukhoi Su-30|Su-30SM\n");
  EXPECT_THAT(Texts("the Sukhoi Su-30MK2 of Sukhoi"), ElementsAre("Sukhoi Su-30MK2", "Sukhoi"));
  EXPECT_THAT(Ids("the Sukhoi Su-30MK2"), ElementsAre("weapon:su-30"));
}

TEST_F(MatcherTest, APatternOfTheSameSpanNamesTheVariant) {
  Load("weapon:leopard-*\tLeopard family\tre:Leopard-2A\\d\nweapon:leopard-2\tLeopard 2\tLeopard-2\n");
  const std::vector<Found> found = Find("a Leopard-2A6 and a Leopard-2");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "Leopard-2A6");
  EXPECT_TRUE(found[0].from_pattern);
  EXPECT_EQ(found[1].text, "Leopard-2");
  EXPECT_FALSE(found[1].from_pattern);
}

TEST_F(MatcherTest, FamilyPattern) {
  Load("weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n");
  EXPECT_EQ(matcher_->pattern_count(), 1u);
  const std::vector<Found> found = Find("Su-24M, Su24M and two Su-25SMs; xSu-27 Su-2 Su-350");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "Su-24M");
  EXPECT_TRUE(found[0].from_pattern);
  EXPECT_THAT(found[0].ids, ElementsAre("weapon:su-*"));
  EXPECT_EQ(found[1].text, "Su24M");
  EXPECT_EQ(found[2].text, "Su-25SM");  // plural 's' left out
  // Patterns see the case-preserving text.
  EXPECT_THAT(Texts("SU-24M su-24m"), IsEmpty());
  // Letters of other scripts are word characters for patterns too.
  EXPECT_THAT(Texts("Su-24M\xD1\x8F \xD1\x8FSu-24M Su-24M\xC3\xA9 Su-27"), ElementsAre("Su-27"));
  // The non-breaking hyphen is a hyphen.
  EXPECT_THAT(Texts("Su\xE2\x80\x91" "34"), ElementsAre("Su\xE2\x80\x91" "34"));
}

TEST_F(MatcherTest, PatternStartingWithANonWordByte) {
  // '_' is a word character for RE2's \b but no word byte for gazer.
  Load("weapon:x\tX\tre:_X\\d\n");
  EXPECT_THAT(Texts("an _X1, a(_X2) and a_X3"), ElementsAre("_X1", "_X2"));
}

TEST_F(MatcherTest, PatternsInATextTooLongForRuns) {
  Load("weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\ncountry:turkey\tTurkey\n");
  std::string text(MatchSet::kMaxRunText, ' ');
  text.replace(10, 6, "Su-24M");
  text.replace(text.size() - 15, 15, "Turkey xSu-27 S");
  text += "u-25";
  const NormalizedText n = Normalize(text);
  MatchSet set;
  matcher_->FindAll(n, &set);
  EXPECT_TRUE(set.runs.empty());
  ASSERT_EQ(set.matches.size(), 3u);
  EXPECT_EQ(set.matches[0].begin, 10u);
  EXPECT_TRUE(set.matches[0].from_pattern);
  EXPECT_FALSE(set.matches[1].from_pattern);
  EXPECT_EQ(set.matches[2].end, text.size());
}

TEST_F(MatcherTest, LiteralBeatsPatternOnTheSameSpan) {
  Load("weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n"
       "weapon:su-34\tSukhoi Su-34\tSu-34\n");
  const std::vector<Found> found = Find("a Su-34 and a Su-35");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "Su-34");
  EXPECT_FALSE(found[0].from_pattern);
  EXPECT_THAT(found[0].ids, ElementsAre("weapon:su-34"));
  EXPECT_EQ(found[1].text, "Su-35");
  EXPECT_TRUE(found[1].from_pattern);
}

TEST_F(MatcherTest, LongerPatternBeatsShorterLiteral) {
  Load("weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n"
       "weapon:su-30\tSu-30\n");
  const std::vector<Found> found = Find("the Su-30SM flew");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Su-30SM");
  EXPECT_TRUE(found[0].from_pattern);
}

TEST_F(MatcherTest, AmbiguousAliasHasAllCandidates) {
  Load("country:georgia\tGeorgia\t\tpriority=1\n"
       "location:georgia-us\tGeorgia\t\tcountry=country:united-states\n");
  const std::vector<Found> found = Find("Georgia");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(found[0].ids, ElementsAre("country:georgia", "location:georgia-us"));
}

TEST_F(MatcherTest, EmptyAndReusedMatchSets) {
  Load("country:turkey\tTurkey\n");
  MatchSet set;
  matcher_->FindAll(Normalize("Turkey Turkey"), &set);
  EXPECT_EQ(set.matches.size(), 2u);
  matcher_->FindAll(Normalize(""), &set);
  EXPECT_TRUE(set.matches.empty());
  EXPECT_TRUE(set.candidates.empty());
  matcher_->FindAll(Normalize("   ...  "), &set);
  EXPECT_TRUE(set.matches.empty());
  matcher_->FindAll(Normalize("Turkey"), &set);
  ASSERT_EQ(set.matches.size(), 1u);
  EXPECT_EQ(set.matches[0].candidates_begin, 0u);
  EXPECT_EQ(set.matches[0].candidates_count, 1u);
}

TEST_F(MatcherTest, OffsetsAfterInvalidBytesAndInvisibles) {
  Load("country:turkey\tTurkey\ncountry:russia\tRussia\n");
  EXPECT_THAT(Texts("\xFF\xE2\x82 Turkey \xC3 \xE2\x80\x8BRussia."), ElementsAre("Turkey", "Russia"));
  EXPECT_THAT(Texts("Tur\xE2\x80\x8Bkey"), ElementsAre("Tur\xE2\x80\x8Bkey"));
}

// The matcher reads words with WordScanner: its runs are those of a byte
// by byte scan, across 64-byte blocks and at the end of the text.
TEST(WordScannerTest, RunsAsAByteScanFindsThem) {
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    const size_t length = random() % 300;
    const int word_percent = static_cast<int>(random() % 100);
    std::string text(length, ' ');
    for (char& c : text) c = static_cast<int>(random() % 100) < word_percent ? "a9Z\xC3"[random() % 4] : " -\n."[random() % 4];
    std::vector<std::pair<uint32_t, uint32_t>> want, got;
    for (size_t i = 0; i < length;) {
      if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      const size_t begin = i;
      while (i < length && IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
      want.emplace_back(static_cast<uint32_t>(begin), static_cast<uint32_t>(i));
    }
    WordScanner words(text);
    for (WordSpan w; words.Next(&w);) got.emplace_back(w.begin, w.end);
    ASSERT_EQ(got, want) << text;
  }
}

}  // namespace
}  // namespace gazer
