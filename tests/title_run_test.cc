// TitleRun must read exactly what the title regex it stands for reads: it is
// compared with RE2 on made-up phrases and on every word of the gold texts.
#include "title_run.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gazer/normalizer.h"

namespace gazer {
namespace {

constexpr std::string_view kAnyCase[] = {"President", "Vice President", "Minister", "Secretary",
                                         "Secretary of State", "Secretary-General", "Lieutenant",
                                         "Lieutenant Colonel", "Lieutenant-Colonel", "Prime Minister",
                                         "Foreign Minister", "analyst", "King", "Kingpin"};
constexpr std::string_view kAsWritten[] = {"General", "Gen", "Lt", "Lt Gen", "Lieutenant General", "Col",
                                           "Mr", "Dr", "Deputy", "Major", "Maj Gen"};

std::string Alternation(std::span<const std::string_view> titles) {
  std::vector<std::string_view> sorted(titles.begin(), titles.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  std::string out;
  for (std::string_view title : sorted) {
    if (!out.empty()) out += '|';
    for (char c : title) {
      if (c == ' ' || c == '-') {
        out += "[- ]";
      } else {
        out += c;
      }
    }
  }
  return out;
}

class TitleRunTest : public ::testing::Test {
 protected:
  TitleRunTest()
      : run_(kAnyCase, kAsWritten),
        re_("\\b(?:" + Titles() + " +)(?:" + Titles() + " +|" + kGrade + " +)*|(?m:^)By +(?:" + Titles() + " +)*") {}

  static constexpr const char* kGrade = "(?:1st|2nd|3rd|First|Second|Third) Class";

  // Only the titles as written are abbreviations, with a period.
  static std::string Titles() {
    return "(?:(?i:" + Alternation(kAnyCase) + "),?|(?:" + Alternation(kAsWritten) + ")\\.?,?)";
  }

  // The RE2 length at `begin`, reading to `limit`; 0 if no match.
  size_t Expected(const std::string& text, size_t begin, size_t limit) const {
    re2::StringPiece m;
    if (!re_.Match(text, begin, limit, RE2::ANCHOR_START, &m, 1)) return 0;
    return m.size();
  }
  void ExpectSame(const std::string& text) const {
    for (size_t begin = 0; begin <= text.size(); ++begin) {
      for (size_t limit : {text.size(), std::min(text.size(), begin + 12)}) {
        ASSERT_EQ(run_.Length(text, begin, limit), Expected(text, begin, limit))
            << "at " << begin << " to " << limit << " in \"" << text << "\"";
      }
    }
  }

  TitleRun run_;
  RE2 re_;
};

TEST_F(TitleRunTest, Phrases) {
  for (const char* text : {"Prime Minister Boris Johnson", "prime  minister, Lt. Gen. Smith", "Secretary of State Blinken",
                           "Secretary-General Guterres", "secretary general X", "Lieutenant General Ivanov",
                           "Lieutenant-General Ivanov", "Lieutenant-Colonel. Ivanov", "lt gen Ivanov", "Lt Gen. X",
                           "Gen.X", "Gen, X", "Gen., X", "Gen .X", "XGen Smith", "_Gen Smith", "1Gen Smith",
                           "é Gen Smith", "By Jane Doe", "By Dr. Jane Doe", "By Col Gen. Ivanov", "a\nBy  Jane", "xBy Jane", "By\nJane", "By", "Kingpin  Kingpin ",
                           "KING king Gen", "Deputy Foreign Minister Ryabkov", "Mr. Dr. Maj Gen. analyst, A",
                           "President-elect", "President -Gen", "Gen Gen Gen", "ANALYST Smith", "President",
                           // A period ends a sentence after a title that is no abbreviation.
                           "analyst. Rose Garden", "President. Gen. X", "Deputy. X", "President., X",
                           // Letter runs of 15 to 17 letters, and the bytes next to letters in ASCII.
                           "Lieutenantcolon Gen X", "Lieutenantcolone Gen X", "Lieutenantcolonel Gen X",
                           "Gen@ Gen[ Gen` Gen{ X", "@Gen [Gen `Gen {Gen X", "Gen\xC3\xA9 Gen X",
                           // Grades after a rank, and not alone.
                           "Col. 1st Class Maria", "Major 2nd Class  Gen. X", "Deputy Third Class, X",
                           "1st Class Smith", "Gen 3rd Classic X", "Gen First Class", "Gen 2nd class X"}) {
    ExpectSame(text);
  }
}

TEST_F(TitleRunTest, GoldTexts) {
  const std::filesystem::path gold = std::filesystem::path(GAZER_SOURCE_DIR) / ".." / "shared" / "eval" / "gold";
  if (!std::filesystem::exists(gold)) GTEST_SKIP() << "no gold sets at " << gold;
  size_t checked = 0;
  for (const auto& file : std::filesystem::directory_iterator(gold)) {
    std::ifstream in(file.path());
    std::string line;
    while (std::getline(in, line) && checked < 200000) {
      const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
      if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) continue;
      const std::string text = Normalize(record["text"].get<std::string>()).cased();
      for (size_t begin = 0; begin < text.size(); ++begin) {
        if (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n' && text[begin - 1] != '"') continue;
        ASSERT_EQ(run_.Length(text, begin, text.size()), Expected(text, begin, text.size())) << text.substr(begin, 40);
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 1000u);
}

}  // namespace
}  // namespace gazer
