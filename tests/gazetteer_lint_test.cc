#include "gazer/gazetteer_lint.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gazer/gazetteer_stats.h"

namespace gazer {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// A gazetteer file in a fresh temporary directory.
class LintTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("gazer_lint_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& contents) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << contents;
    return path;
  }

  // Lints `contents` as one file on its own; all findings, in order.
  std::vector<LintFinding> Lint(const std::string& contents, const WordList* words = nullptr) {
    std::vector<LintFinding> findings;
    LintLoad({Write("test.tsv", contents)}, &gazetteer_, &findings);
    LintOptions options;
    options.words = words;
    LintEntries(gazetteer_, 0, options, &findings);
    return findings;
  }

  static std::vector<uint32_t> Lines(const std::vector<LintFinding>& findings, LintKind kind) {
    std::vector<uint32_t> lines;
    for (const LintFinding& f : findings) {
      if (f.kind == kind) lines.push_back(f.line);
    }
    return lines;
  }

  std::filesystem::path dir_;
  Gazetteer gazetteer_;
};

TEST_F(LintTest, CleanFileHasNoFindings) {
  EXPECT_THAT(Lint("# comment\n"
                   "country:turkey\tTurkey\tTurkish\n"
                   "location:ankara\tAnkara\t\tcountry=country:turkey\n"),
              IsEmpty());
  EXPECT_EQ(gazetteer_.size(), 2u);
}

TEST_F(LintTest, ReportsEveryBadLineAndLoadsTheGoodOnes) {
  const auto findings = Lint("country:turkey\tTurkey\n"
                             "location:no-name\n"             // 2: one field
                             "bogus:x\tX\n"                   // 3: unknown type
                             "\n"
                             "location:ankara\tAnkara\n"      // 5: good
                             "person:Bad Slug\tSomeone\n");   // 6: bad slug
  EXPECT_THAT(Lines(findings, LintKind::kSyntax), ElementsAre(2, 3, 6));
  for (const LintFinding& f : findings) {
    EXPECT_EQ(f.severity, Severity::kError);
    EXPECT_THAT(f.file, HasSubstr("test.tsv"));
  }
  EXPECT_THAT(findings[1].message, HasSubstr("unknown entity type \"bogus\""));
  ASSERT_EQ(gazetteer_.size(), 2u);
  // Good lines keep their real line numbers.
  EXPECT_EQ(gazetteer_.entry(1).line, 5u);
}

TEST_F(LintTest, DuplicateIdsInTheFileAndAgainstEarlierOnes) {
  ASSERT_TRUE(gazetteer_.LoadString("earlier.tsv", "country:turkey\tTurkey\n").ok());
  std::vector<LintFinding> findings;
  LintLoad({Write("test.tsv",
                  "country:chad\tChad\n"
                  "country:turkey\tTurkiye\n"
                  "country:chad\tTchad\n")},
           &gazetteer_, &findings);
  ASSERT_THAT(Lines(findings, LintKind::kDuplicateId), ElementsAre(2, 3));
  EXPECT_THAT(findings[0].message, HasSubstr("first defined at earlier.tsv:1"));
  EXPECT_THAT(findings[1].message, HasSubstr("test.tsv:1"));
  EXPECT_EQ(gazetteer_.size(), 2u);  // the first definitions stay
}

TEST_F(LintTest, BadPatterns) {
  const auto findings = Lint("weapon:a*\tA\tre:(unclosed\n"
                             "weapon:b*\tB\tre:x*\n"
                             "weapon:c*\tC\tre:C-\\d+\n");
  ASSERT_THAT(Lines(findings, LintKind::kPattern), ElementsAre(1, 2));
  EXPECT_THAT(findings[0].message, HasSubstr("does not compile"));
  EXPECT_THAT(findings[1].message, HasSubstr("matches the empty string"));
}

TEST_F(LintTest, SurnameAttributeNotAWordOfTheName) {
  const auto findings = Lint("person:lee-jae-myung\tLee Jae-myung\t\tsurname=Lee\n"
                             "person:wang-yi\tWang Yi\t\tsurname=Wong\n");
  ASSERT_THAT(Lines(findings, LintKind::kSurname), ElementsAre(2));
  EXPECT_THAT(findings[0].message, HasSubstr("surname=Wong"));
  EXPECT_EQ(findings[0].severity, Severity::kError);
  EXPECT_EQ(ParseLintKind("surname"), LintKind::kSurname);
}

TEST_F(LintTest, CountryAttributeNamingNoEntry) {
  const auto findings = Lint("country:turkey\tTurkey\n"
                             "location:ankara\tAnkara\t\tcountry=country:turkey\n"
                             "location:atlantis\tAtlantis\t\tcountry=country:atlantis\n");
  ASSERT_THAT(Lines(findings, LintKind::kCountry), ElementsAre(3));
  EXPECT_THAT(findings[0].message, HasSubstr("country:atlantis"));
  EXPECT_EQ(findings[0].severity, Severity::kError);
}

TEST_F(LintTest, SharedAliasAfterHyphenAndCaseFolding) {
  const auto findings = Lint("weapon:s-400\tS-400\tTriumf\n"
                             "weapon:other\tOther\tS400|triumf\tpriority=2\n");
  ASSERT_THAT(Lines(findings, LintKind::kAmbiguousAlias), ElementsAre(2));
  const LintFinding& f = findings[0];
  EXPECT_EQ(f.severity, Severity::kWarning);
  // Both entries' origins, and how the linker decides.
  EXPECT_THAT(f.message, AllOf(HasSubstr("\"S400\""), HasSubstr("\"triumf\""), HasSubstr("weapon:other"),
                               HasSubstr("weapon:s-400 ("), HasSubstr("test.tsv:1)"),
                               HasSubstr("weapon:other always wins (priority 2)")));
}

TEST_F(LintTest, SharedAliasWrittenInOtherCasesSaysWhoTakesWhichText) {
  const auto findings = Lint("organization:itu\tInternational Telecommunication Union\t=ITU\n"
                             "location:itu\tItu\n"
                             "location:georgia\tGeorgia\n"
                             "country:georgia\tGeorgia\n");
  ASSERT_THAT(Lines(findings, LintKind::kAmbiguousAlias), ElementsAre(2, 4));
  EXPECT_THAT(findings[0].message, HasSubstr("text written exactly as only some of them write it"));
  EXPECT_THAT(findings[1].message, Not(HasSubstr("written exactly")));
}

TEST_F(LintTest, SharedAliasResolvedByCountryThenLoadOrder) {
  const auto findings = Lint("country:georgia\tGeorgia\n"
                             "country:united-states\tUnited States\n"
                             "location:georgia-us\tGeorgia\t\tcountry=country:united-states\n");
  ASSERT_THAT(Lines(findings, LintKind::kAmbiguousAlias), ElementsAre(3));
  EXPECT_THAT(findings[0].message,
              AllOf(HasSubstr("country:georgia is a country"),
                    HasSubstr("location:georgia-us has country=country:united-states"),
                    HasSubstr("else country:georgia wins (loaded first among priority 0)")));
}

TEST_F(LintTest, OnlyEntriesFromTheFirstCheckedOnAreReported) {
  // Context entries (the defaults, in gazer) share an alias among
  // themselves: not this file's problem. One shared with the file is.
  ASSERT_TRUE(gazetteer_.LoadString("context.tsv",
                                    "location:a\tSpringfield\n"
                                    "location:b\tSpringfield\n"
                                    "location:x\tX\t\tcountry=country:nowhere\n")
                  .ok());
  const size_t first = gazetteer_.size();
  std::vector<LintFinding> findings;
  LintLoad({Write("test.tsv", "location:c\tShelbyville\n")}, &gazetteer_, &findings);
  LintEntries(gazetteer_, first, {}, &findings);
  EXPECT_THAT(findings, IsEmpty());
  LintLoad({Write("more.tsv", "location:d\tSpringfield\n")}, &gazetteer_, &findings);
  LintEntries(gazetteer_, first, {}, &findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_THAT(findings[0].message, AllOf(HasSubstr("location:a (context.tsv:1)"), HasSubstr("location:b")));
}

TEST_F(LintTest, CommonWords) {
  const WordList words = {"turkey", "bank", "hope"};
  const auto findings = Lint("country:turkey\tTurkey\n"        // capitalized word: sentence-initial
                             "organization:b\tBANK\t~bank\n"   // ~: any case
                             "person:hope\tBob Hope\t=Hope\n"  // exact case: left alone
                             "location:ankara\tAnkara\n",
                             &words);
  ASSERT_THAT(Lines(findings, LintKind::kCommonWord), ElementsAre(1, 2));
  EXPECT_THAT(findings[0].message, HasSubstr("start of a sentence"));
  EXPECT_THAT(findings[1].message, HasSubstr("\"~bank\" matches in any case"));
}

TEST_F(LintTest, DirectoryFilesInNameOrder) {
  Write("b.tsv", "bogus\n");
  Write("a.tsv", "bogus\n");
  Write("notes.txt", "bogus\n");
  std::vector<LintFinding> findings;
  LintLoad({dir_.string()}, &gazetteer_, &findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_THAT(findings[0].file, HasSubstr("a.tsv"));
  EXPECT_THAT(findings[1].file, HasSubstr("b.tsv"));
}

TEST_F(LintTest, UnreadableFileIsOneFinding) {
  std::vector<LintFinding> findings;
  LintLoad({(dir_ / "missing.tsv").string()}, &gazetteer_, &findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].line, 0u);
  EXPECT_THAT(FormatFinding(findings[0]), HasSubstr("missing.tsv: error: cannot open gazetteer"));
}

TEST(LintFormatTest, FindingLine) {
  EXPECT_EQ(FormatFinding({"a.tsv", 3, Severity::kWarning, LintKind::kCommonWord, "msg"}), "a.tsv:3: warning: msg");
  EXPECT_EQ(ParseLintKind("ambiguous-alias"), LintKind::kAmbiguousAlias);
  EXPECT_EQ(ParseLintKind("nope"), std::nullopt);
  for (LintKind kind : kAllLintKinds) EXPECT_EQ(ParseLintKind(LintKindName(kind)), kind);
}

TEST(AliasKeyTest, FoldsLikeTheMatcher) {
  EXPECT_EQ(AliasKey("S-400"), AliasKey("s400"));
  EXPECT_EQ(AliasKey("Erdo\xC4\x9F" "an"), "erdogan");
  EXPECT_EQ(AliasKey("  New   York "), "new york");
  EXPECT_NE(AliasKey("S 400"), AliasKey("S400"));
}

TEST(GazetteerStatsTest, CountsPerTypeAndFile) {
  Gazetteer g;
  ASSERT_TRUE(g.LoadString("a.tsv",
                           "country:turkey\tTurkey\tTurkish|Turkiye\n"
                           "weapon:su-*\tSukhoi family\tre:Su-?\\d+|re:Su-?\\d+M\n")
                  .ok());
  ASSERT_TRUE(g.LoadString("b.tsv", "location:turkey-tx\tTurkey\n").ok());
  const GazetteerStats stats = ComputeStats(g);
  EXPECT_EQ(stats.by_type[static_cast<size_t>(EntityType::kCountry)].entries, 1u);
  EXPECT_EQ(stats.by_type[static_cast<size_t>(EntityType::kCountry)].aliases, 3u);
  EXPECT_EQ(stats.by_type[static_cast<size_t>(EntityType::kWeapon)].patterns, 2u);
  EXPECT_EQ(stats.by_type[static_cast<size_t>(EntityType::kWeapon)].families, 1u);
  EXPECT_EQ(stats.total.entries, 3u);
  EXPECT_EQ(stats.total.aliases, 4u);
  ASSERT_EQ(stats.by_file.size(), 2u);
  EXPECT_EQ(stats.by_file[0].first, "a.tsv");
  EXPECT_EQ(stats.by_file[0].second.entries, 2u);
  EXPECT_EQ(stats.shared_aliases, 1u);
}

}  // namespace
}  // namespace gazer
