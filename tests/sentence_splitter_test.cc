#include "gazer/sentence_splitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gazer/normalizer.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Sentence> SplitText(std::string_view text) {
  SentenceSplitter splitter;
  std::vector<Sentence> out;
  splitter.Split(text, &out);
  for (const Sentence& s : out) {
    EXPECT_LT(s.begin, s.end) << "empty sentence";
    EXPECT_LE(s.end, text.size());
    EXPECT_NE(text[s.begin], ' ');
    EXPECT_NE(text[s.begin], '\n');
    EXPECT_NE(text[s.end - 1], ' ');
    EXPECT_NE(text[s.end - 1], '\n');
  }
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitText(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<uint32_t> Paragraphs(std::string_view text) {
  std::vector<uint32_t> out;
  for (const Sentence& s : SplitText(text)) out.push_back(s.paragraph);
  return out;
}

TEST(SentenceSplitterTest, SplitsAtTerminalPunctuation) {
  EXPECT_THAT(Sentences("Turkey shot down a jet. Russia protested! Why? 2015 was tense."),
              ElementsAre("Turkey shot down a jet.", "Russia protested!", "Why?", "2015 was tense."));
  const std::vector<Sentence> s = SplitText("  One.  Two.  ");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].begin, 2u);
  EXPECT_EQ(s[0].end, 6u);
  EXPECT_EQ(s[1].begin, 8u);
  EXPECT_EQ(s[1].end, 12u);
}

TEST(SentenceSplitterTest, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_THAT(Sentences("He said \"Go.\" Then he left. (It was late.) Next."),
              ElementsAre("He said \"Go.\"", "Then he left.", "(It was late.)", "Next."));
  EXPECT_THAT(Sentences("It ended. \"Quote\" began."), ElementsAre("It ended.", "\"Quote\" began."));
  EXPECT_THAT(Sentences("Wait... What?! Yes."), ElementsAre("Wait...", "What?!", "Yes."));
}

TEST(SentenceSplitterTest, NoSplitWithoutCapitalOrSpace) {
  EXPECT_THAT(Sentences("It grew 3.5 percent. the rest was lower."),
              ElementsAre("It grew 3.5 percent. the rest was lower."));
  EXPECT_THAT(Sentences("The U.S.-led coalition struck."), ElementsAre("The U.S.-led coalition struck."));
  EXPECT_THAT(Sentences("See example.com for more."), ElementsAre("See example.com for more."));
}

TEST(SentenceSplitterTest, AbbreviationsDoNotSplit) {
  EXPECT_THAT(Sentences("The U.S. Army and the U.N. Security Council met. Gen. Smith came."),
              ElementsAre("The U.S. Army and the U.N. Security Council met.", "Gen. Smith came."));
  EXPECT_THAT(Sentences("Col. John Dorrian spoke. Lt. Brown agreed."),
              ElementsAre("Col. John Dorrian spoke.", "Lt. Brown agreed."));
  EXPECT_THAT(Sentences("He lives in St. Petersburg. Mr. Smith visited on Jan. 5 and left."),
              ElementsAre("He lives in St. Petersburg.", "Mr. Smith visited on Jan. 5 and left."));
  EXPECT_THAT(Sentences("Lt. Gen. Stephen J. Townsend said so. It was clear."),
              ElementsAre("Lt. Gen. Stephen J. Townsend said so.", "It was clear."));
  EXPECT_THAT(Sentences("(Gen. Smith) spoke."), ElementsAre("(Gen. Smith) spoke."));
}

TEST(SentenceSplitterTest, AbbreviationsThatOftenEndASentence) {
  EXPECT_THAT(Sentences("It responded at 3 p.m. Turkey objected."),
              ElementsAre("It responded at 3 p.m.", "Turkey objected."));
  EXPECT_THAT(Sentences("They sent tanks, drones etc. The army left. Lockheed Martin Corp. It said so."),
              ElementsAre("They sent tanks, drones etc.", "The army left.", "Lockheed Martin Corp.", "It said so."));
  // A day, a time zone or a place's time goes on; so does a name after
  // "Corp." or "Jr.".
  EXPECT_THAT(Sentences("At 5 a.m. Monday, at 6 p.m. EDT and 7 p.m. Moscow time it fell."),
              ElementsAre("At 5 a.m. Monday, at 6 p.m. EDT and 7 p.m. Moscow time it fell."));
  EXPECT_THAT(Sentences("Halliburton Co. Chairman Smith and Charles Q. Brown Jr. Brown said it."),
              ElementsAre("Halliburton Co. Chairman Smith and Charles Q. Brown Jr. Brown said it."));
}

TEST(SentenceSplitterTest, AbbreviationsAreCaseSensitive) {
  EXPECT_THAT(Sentences("See No. 5 here."), ElementsAre("See No. 5 here."));
  EXPECT_THAT(Sentences("He said no. Then left."), ElementsAre("He said no.", "Then left."));
}

TEST(SentenceSplitterTest, InitialsDoNotSplit) {
  EXPECT_THAT(Sentences("Stephen J. Townsend and George W. Bush met. They talked."),
              ElementsAre("Stephen J. Townsend and George W. Bush met.", "They talked."));
}

TEST(SentenceSplitterTest, LineBreakEndsSentence) {
  EXPECT_THAT(Sentences("A headline without a period\nThe story begins here"),
              ElementsAre("A headline without a period", "The story begins here"));
  EXPECT_THAT(Paragraphs("One\nTwo\nThree"), ElementsAre(0u, 0u, 0u));
  // A line break ends a sentence even after an abbreviation.
  EXPECT_THAT(Sentences("Led by Gen.\nSmith"), ElementsAre("Led by Gen.", "Smith"));
}

TEST(SentenceSplitterTest, BlankLineStartsParagraph) {
  const std::string text = "Title\n\nFirst sentence. Second sentence.\n\n\n\nThird.\n  \nFourth.\nFifth.";
  EXPECT_THAT(Sentences(text),
              ElementsAre("Title", "First sentence.", "Second sentence.", "Third.", "Fourth.", "Fifth."));
  EXPECT_THAT(Paragraphs(text), ElementsAre(0u, 1u, 1u, 2u, 3u, 3u));
}

TEST(SentenceSplitterTest, LeadingBlankLinesDoNotCount) {
  EXPECT_THAT(Paragraphs("\n\n\nFirst.\n\nSecond."), ElementsAre(0u, 1u));
}

TEST(SentenceSplitterTest, WhiteSpaceOnly) {
  EXPECT_THAT(SplitText(""), IsEmpty());
  EXPECT_THAT(SplitText("   \n \n\n  "), IsEmpty());
}

TEST(SentenceSplitterTest, NonAsciiStartsASentence) {
  // Letters of other scripts stay as they are in normalized text.
  const NormalizedText n = Normalize("It ended. \xD0\x92 Moscow. \xC3\x96zil came.");
  EXPECT_THAT(Sentences(n.cased()), ElementsAre("It ended.", "\xD0\x92 Moscow.", "Ozil came."));
}

TEST(SentenceSplitterTest, ReusesOutput) {
  SentenceSplitter splitter;
  std::vector<Sentence> out;
  splitter.Split("One. Two. Three.", &out);
  EXPECT_EQ(out.size(), 3u);
  splitter.Split("Four.", &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].paragraph, 0u);
}

}  // namespace
}  // namespace gazer
