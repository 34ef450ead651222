#include "headline.h"

#include <gtest/gtest.h>

#include <string>

namespace gazer {
namespace {

TEST(HeadlineTest, TitleCaseLines) {
  EXPECT_TRUE(InTitleCaseHeadline("Pentagon Chief Visits Troops In Guam, Vows To Deter China", 20));
  const std::string text = "Iran Warns Of Harsh Response After Strikes\nThe chief visits troops in Guam.";
  EXPECT_TRUE(InTitleCaseHeadline(text, 5));
  // The next line is prose.
  EXPECT_FALSE(InTitleCaseHeadline(text, text.size() - 5));
}

TEST(HeadlineTest, ProseAndNamesAreNoHeadline) {
  // One capitalized minor word, or the first word, is not enough.
  EXPECT_FALSE(InTitleCaseHeadline("In Guam, the Chief of Staff met troops from Japan.", 10));
  EXPECT_FALSE(InTitleCaseHeadline("The Gulf Of Aden is busy.", 5));
  // Lower-case words of prose, however many capitals come after them.
  EXPECT_FALSE(InTitleCaseHeadline("Troops said To Them In Guam", 5));
  // Long lines are prose.
  const std::string long_line = "He Said To Them In The " + std::string(300, 'x');
  EXPECT_FALSE(InTitleCaseHeadline(long_line, 3));
}

TEST(HeadlineTest, LinesInCapitals) {
  const std::string text = "HOME | WORLD | DEFENCE\nEU'S CHIEF UNVEILS REARMAMENT PLAN\nThe PLAN sails. NATO met.";
  EXPECT_TRUE(InLineOfCapitals(text, 0, 4));
  const size_t plan = text.find("PLAN");
  EXPECT_TRUE(InLineOfCapitals(text, plan, plan + 4));
  // Prose around the word.
  const size_t prose = text.find("PLAN", plan + 4);
  EXPECT_FALSE(InLineOfCapitals(text, prose, prose + 4));
  const size_t nato = text.find("NATO");
  EXPECT_FALSE(InLineOfCapitals(text, nato, nato + 4));
  // A long line in capitals: only a headline's reach is read either side.
  const std::string shout = std::string(1000, 'A') + " NATO " + std::string(1000, 'B') + " and more";
  EXPECT_TRUE(InLineOfCapitals(shout, 1001, 1005));
}

}  // namespace
}  // namespace gazer
