#include "credit_line.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gazer/normalizer.h"
#include "given_names.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The names found in `text`, with `spans` as mentions found before, which
// give way if `give_way`.
std::vector<std::string> Find(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>> spans = {},
                              bool give_way = true) {
  NormalizedText normalized;
  Normalize(text, &normalized);
  std::vector<Mention> mentions;
  for (const auto& [begin, end] : spans) mentions.push_back({begin, end, 0, 0});
  std::vector<NameSpan> found;
  std::string image;
  GivenNames::Write({"John", "Maria", "Jean-Pierre"}, &image);
  const GivenNames given(image);
  FindCreditLineNames(normalized.cased(), mentions, given, [&](const Mention&) { return give_way; }, &found);
  std::vector<std::string> texts;
  for (const NameSpan& n : found) texts.push_back(normalized.cased().substr(n.begin, n.end - n.begin));
  return texts;
}

TEST(CreditLineTest, Byline) {
  EXPECT_THAT(Find("Title\nBy Sarah Mitchell and Pieter Hagemann\nBERLIN (Reuters) - ..."),
              ElementsAre("Sarah Mitchell", "Pieter Hagemann"));
  // Given names that are words elsewhere.
  EXPECT_THAT(Find("By Grant Hollis, Will Dunmore and Rose van der Berg\n"),
              ElementsAre("Grant Hollis", "Will Dunmore", "Rose van der Berg"));
}

TEST(CreditLineTest, BylineInCapitals) {
  EXPECT_THAT(Find("By JOHN SMITH and MARIA GARCIA\nWASHINGTON - ..."), ElementsAre("JOHN SMITH", "MARIA GARCIA"));
  EXPECT_THAT(Find("BY JOHN A. SMITH\n"), IsEmpty());  // an initial in capitals is no word of two letters
  EXPECT_THAT(Find("BY JEAN-PIERRE DUPONT AND MARIA DE LA CRUZ\n"),
              ElementsAre("JEAN-PIERRE DUPONT", "MARIA DE LA CRUZ"));
  // A heading or a sentence in capitals names no one: the first word is no
  // given name, or the name goes on.
  EXPECT_THAT(Find("BY THE NUMBERS\n"), IsEmpty());
  EXPECT_THAT(Find("By NATO STANDARDS, it was small.\n"), IsEmpty());
  EXPECT_THAT(Find("BY JOHN SMITH WAS HERE TODAY\n"), IsEmpty());
}

TEST(CreditLineTest, CreditsAtTheEnd) {
  EXPECT_THAT(Find("(Reporting by Ray Okonkwo and Nick Brandauer in Lagos; Additional reporting by Frank "
                   "Ostermeyer in New York; Editing by Mike Halvorsen)"),
              ElementsAre("Ray Okonkwo", "Nick Brandauer", "Frank Ostermeyer", "Mike Halvorsen"));
  EXPECT_THAT(Find("(Writing by Bob Thornquist; Compiled by Tom Wexley, Guy J. Pellerin, and Mariam al-Sabri.)"),
              ElementsAre("Bob Thornquist", "Tom Wexley", "Guy J. Pellerin", "Mariam al-Sabri"));
}

TEST(CreditLineTest, MentionsInsideGiveWay) {
  // "Moura" was a town, "Feldmann" a person of one word.
  EXPECT_THAT(Find("(Reporting by Ana Beatriz Moura)", {{25, 30}}), ElementsAre("Ana Beatriz Moura"));
  EXPECT_THAT(Find("(Reporting by Ana Beatriz Moura)", {{25, 30}}, false), IsEmpty());
  // A name that is one mention already is left as it is.
  EXPECT_THAT(Find("By Eitan Feldmann\n", {{3, 17}}), IsEmpty());
}

TEST(CreditLineTest, NoCreditNoName) {
  // "By" only at a line's start; "by" only after the words of a credit.
  EXPECT_THAT(Find("It was hit by Grant Hollis and Will Dunmore."), IsEmpty());
  EXPECT_THAT(Find("Will Russia respond? Not by Mark Twain Street. Stand By Me"), IsEmpty());
  // One word, words no name has, or a name that goes on as a sentence.
  EXPECT_THAT(Find("By Wednesday, the army had left.\nBy Land and Sea\n"), IsEmpty());
  EXPECT_THAT(Find("reporting by the New York Times and Foreign Policy magazine"), IsEmpty());
  EXPECT_THAT(Find("By Rose Garden standards it was small.\n"), IsEmpty());
}

}  // namespace
}  // namespace gazer
