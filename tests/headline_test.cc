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

}  // namespace
}  // namespace gazer
