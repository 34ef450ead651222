#include "gazer/gazetteer.h"

#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace gazer {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// Entry accessors in one place: what an entry holds matters here, not how the
// Gazetteer stores it.
size_t Size(const Gazetteer& g) { return g.size(); }
Entry EntryAt(const Gazetteer& g, size_t index) { return g.entry(index); }
std::vector<Alias> Aliases(const Gazetteer& g, const Entry& e) {
  std::vector<Alias> aliases;
  for (size_t k = 0; k < e.alias_count; ++k) aliases.push_back(g.alias(e, k));
  return aliases;
}
std::vector<std::string> Patterns(const Gazetteer& g, const Entry& e) {
  std::vector<std::string> patterns;
  for (size_t k = 0; k < e.pattern_count; ++k) patterns.emplace_back(g.pattern(e, k));
  return patterns;
}

TEST(GazetteerTest, LoadsEntries) {
  Gazetteer g;
  const Status s = g.LoadString("test.tsv",
                                "# a comment line\n"
                                "\n"
                                "country:turkey\tTurkey\tT\xC3\xBCrkiye|Republic of Turkey\tpriority=3;kind=country\n"
                                "person:recep-tayyip-erdogan\tRecep Tayyip Erdo\xC4\x9F" "an\tErdo\xC4\x9F" "an|=ERDOGAN|~rte\t"
                                "country=country:turkey\n"
                                "weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n"
                                "location:ankara\tAnkara\n");
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(Size(g), 4u);

  const Entry turkey = EntryAt(g, 0);
  const std::vector<Alias> turkey_aliases = Aliases(g, turkey);
  EXPECT_EQ(turkey.id, "country:turkey");
  EXPECT_EQ(turkey.type, EntityType::kCountry);
  EXPECT_EQ(turkey.name, "Turkey");
  ASSERT_EQ(turkey_aliases.size(), 3u);
  EXPECT_EQ(turkey_aliases[0].text, "Turkey");  // the name comes first
  EXPECT_EQ(turkey_aliases[1].text, "T\xC3\xBCrkiye");
  EXPECT_EQ(turkey_aliases[2].text, "Republic of Turkey");
  EXPECT_EQ(turkey.priority, 3);
  EXPECT_EQ(turkey.country, "");
  EXPECT_EQ(g.Origin(turkey), "test.tsv:3");
  EXPECT_FALSE(turkey.is_family());
  EXPECT_EQ(Gazetteer::Attribute(turkey, "kind"), "country");
  EXPECT_EQ(Gazetteer::Attribute(turkey, "priority"), "3");
  EXPECT_EQ(Gazetteer::Attribute(turkey, "population"), std::nullopt);

  const Entry erdogan = EntryAt(g, 1);
  const std::vector<Alias> erdogan_aliases = Aliases(g, erdogan);
  EXPECT_EQ(erdogan.type, EntityType::kPerson);
  EXPECT_EQ(erdogan.country, "country:turkey");
  EXPECT_EQ(erdogan.priority, 0);
  ASSERT_EQ(erdogan_aliases.size(), 4u);
  EXPECT_EQ(erdogan_aliases[0].case_rule, CaseRule::kCapitals);
  EXPECT_EQ(erdogan_aliases[1].case_rule, CaseRule::kCapitals);
  EXPECT_EQ(erdogan_aliases[2].text, "ERDOGAN");
  EXPECT_EQ(erdogan_aliases[2].case_rule, CaseRule::kExact);
  EXPECT_EQ(erdogan_aliases[3].text, "rte");
  EXPECT_EQ(erdogan_aliases[3].case_rule, CaseRule::kAny);

  const Entry su = EntryAt(g, 2);
  const std::vector<Alias> su_aliases = Aliases(g, su);
  EXPECT_TRUE(su.is_family());
  EXPECT_EQ(su.type, EntityType::kWeapon);
  ASSERT_EQ(Patterns(g, su).size(), 1u);
  EXPECT_EQ(Patterns(g, su)[0], "Su-?\\d{2}[A-Z]{0,3}");
  EXPECT_TRUE(su_aliases.empty());  // a family's name is not an alias

  EXPECT_EQ(Aliases(g, EntryAt(g, 3)).size(), 1u);
  EXPECT_EQ(g.Origin(EntryAt(g, 3)), "test.tsv:6");

  EXPECT_EQ(g.Find("country:turkey"), 0);
  EXPECT_EQ(g.Find("location:ankara"), 3);
  EXPECT_EQ(g.Find("weapon:su-*"), 2);
  EXPECT_EQ(g.Find("country:russia"), -1);
}

TEST(GazetteerTest, NameWithCaseRuleIsNotRepeated) {
  Gazetteer g;
  ASSERT_TRUE(g.LoadString("test.tsv", "person:theresa-may\tMay\t=May\n").ok());
  ASSERT_EQ(Aliases(g, EntryAt(g, 0)).size(), 1u);
  EXPECT_EQ(Aliases(g, EntryAt(g, 0))[0].case_rule, CaseRule::kExact);
}

TEST(GazetteerTest, CrlfAndBom) {
  Gazetteer g;
  const Status s = g.LoadString("test.tsv", "\xEF\xBB\xBF" "country:turkey\tTurkey\tTurkiye\r\ncountry:iran\tIran\r\n");
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(Size(g), 2u);
  EXPECT_EQ(EntryAt(g, 0).id, "country:turkey");
  EXPECT_EQ(Aliases(g, EntryAt(g, 0)).back().text, "Turkiye");
  EXPECT_EQ(EntryAt(g, 1).name, "Iran");
}

TEST(GazetteerTest, LaterLoadsAppend) {
  Gazetteer g;
  ASSERT_TRUE(g.LoadString("a.tsv", "country:turkey\tTurkey\n").ok());
  ASSERT_TRUE(g.LoadString("b.tsv", "country:iran\tIran\n").ok());
  ASSERT_EQ(Size(g), 2u);
  EXPECT_EQ(g.Find("country:iran"), 1);
  EXPECT_EQ(g.Origin(EntryAt(g, 1)), "b.tsv:1");
}

TEST(GazetteerTest, FindsEveryIdAcrossLoadsAndImage) {
  // Enough entries for the id index to grow several times.
  std::string a, b;
  for (int i = 0; i < 300; ++i) (i % 2 == 0 ? a : b) += "location:place-" + std::to_string(i) + "\tPlace\n";
  Gazetteer g;
  ASSERT_TRUE(g.LoadString("a.tsv", a).ok());
  ASSERT_TRUE(g.LoadString("b.tsv", b).ok());
  ASSERT_FALSE(g.LoadString("c.tsv", "country:iran\tIran\nlocation:place-7\tPlace\n").ok());
  std::string image;
  g.Serialize(&image);
  std::vector<uint32_t> aligned((image.size() + 3) / 4);
  std::memcpy(aligned.data(), image.data(), image.size());
  Gazetteer viewed;
  ASSERT_TRUE(viewed.Deserialize({reinterpret_cast<const char*>(aligned.data()), image.size()}).ok());
  ASSERT_TRUE(viewed.LoadString("d.tsv", "country:iran\tIran\n").ok());
  for (const Gazetteer* x : {&g, &viewed}) {
    for (int i = 0; i < 300; ++i) {
      const int64_t e = x->Find("location:place-" + std::to_string(i));
      ASSERT_GE(e, 0) << i;
      EXPECT_EQ(EntryAt(*x, static_cast<size_t>(e)).id, "location:place-" + std::to_string(i));
    }
    EXPECT_EQ(x->Find("location:place-300"), -1);
    EXPECT_EQ(x->Find(""), -1);
  }
  EXPECT_EQ(g.Find("country:iran"), -1);
  EXPECT_EQ(viewed.Find("country:iran"), 300);
}

struct BadLine {
  const char* name;
  std::string contents;
  std::string location;  // "test.tsv:LINE:"
  std::string reason;    // a part of the message
};

void PrintTo(const BadLine& bad, std::ostream* os) { *os << bad.name; }

class GazetteerErrorTest : public testing::TestWithParam<BadLine> {};

TEST_P(GazetteerErrorTest, NamesFileAndLine) {
  const BadLine& bad = GetParam();
  Gazetteer g;
  ASSERT_TRUE(g.LoadString("first.tsv", "country:russia\tRussia\n").ok());
  const Status s = g.LoadString("test.tsv", bad.contents);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), StartsWith(bad.location + " ")) << s.message();
  EXPECT_THAT(s.message(), HasSubstr(bad.reason)) << s.message();
  // The gazetteer is left unchanged, even by the good lines before.
  ASSERT_EQ(Size(g), 1u);
  EXPECT_EQ(g.Find("country:turkey"), -1);
}

const std::string kGood = "# comment\ncountry:turkey\tTurkey\n\n";

INSTANTIATE_TEST_SUITE_P(
    BadLines, GazetteerErrorTest,
    testing::Values(
        BadLine{"NoColon", kGood + "turkey\tTurkey\n", "test.tsv:4:", "TYPE:SLUG"},
        BadLine{"UpperCaseSlug", kGood + "country:Iran\tIran\n", "test.tsv:4:", "slug"},
        BadLine{"EmptySlug", kGood + "country:\tIran\n", "test.tsv:4:", "slug"},
        BadLine{"SlugStartsWithDash", kGood + "country:-iran\tIran\n", "test.tsv:4:", "slug"},
        BadLine{"SlugWithSpace", kGood + "country:ir an\tIran\n", "test.tsv:4:", "slug"},
        BadLine{"UnknownType", kGood + "city:paris\tParis\n", "test.tsv:4:", "unknown entity type \"city\""},
        BadLine{"BadRegex", kGood + "weapon:su-*\tSu\tre:Su-(\\d{2}\n", "test.tsv:4:", "does not compile"},
        BadLine{"RegexMatchesEmpty", kGood + "weapon:su-*\tSu\tre:(Su)?\\d*\n", "test.tsv:4:",
                "matches the empty string"},
        BadLine{"DuplicateInFile", kGood + "country:iran\tIran\ncountry:turkey\tTurkiye\n", "test.tsv:5:",
                "duplicate id \"country:turkey\" (first defined at test.tsv:2)"},
        BadLine{"FirstDuplicateLineIsNamed",
                kGood + "country:iran\tIran\ncountry:iran\tIran\ncountry:turkey\tTurkiye\n", "test.tsv:5:",
                "duplicate id \"country:iran\" (first defined at test.tsv:4)"},
        BadLine{"DuplicateOfEarlierLoad", kGood + "country:russia\tRussia\n", "test.tsv:4:",
                "duplicate id \"country:russia\" (first defined at first.tsv:1)"},
        BadLine{"TooFewFields", kGood + "country:iran\n", "test.tsv:4:", "found 1"},
        BadLine{"TooManyFields", kGood + "country:iran\tIran\t\t\tx\n", "test.tsv:4:", "found 5"},
        BadLine{"EmptyName", kGood + "country:iran\t \n", "test.tsv:4:", "empty name"},
        BadLine{"EmptyAlias", kGood + "country:iran\tIran\tPersia||IRI\n", "test.tsv:4:", "empty alias"},
        BadLine{"AliasWithoutWord", kGood + "country:iran\tIran\t--\n", "test.tsv:4:", "letter or digit"},
        BadLine{"FamilyWithoutPattern", kGood + "weapon:su-*\tSu\tSu-27\n", "test.tsv:4:", "re: pattern"},
        BadLine{"BadPriority", kGood + "country:iran\tIran\t\tpriority=high\n", "test.tsv:4:", "not an integer"},
        BadLine{"BadCountry", kGood + "location:tehran\tTehran\t\tcountry=iran\n", "test.tsv:4:",
                "not a country id"},
        BadLine{"AttributeWithoutValue", kGood + "country:iran\tIran\t\tkind\n", "test.tsv:4:", "key=value"},
        BadLine{"CrlfLineNumbers", "country:turkey\tTurkey\r\n\r\ncity:x\tX\r\n", "test.tsv:3:",
                "unknown entity type"}),
    [](const testing::TestParamInfo<BadLine>& info) { return std::string(info.param.name); });

TEST(GazetteerTest, LoadsDirectoryInSortedOrder) {
  namespace fs = std::filesystem;
  std::string pattern = testing::TempDir() + "gazetteer_test_XXXXXX";
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  const fs::path dir = pattern;
  std::ofstream(dir / "b.tsv") << "country:iran\tIran\n";
  std::ofstream(dir / "a.tsv") << "country:turkey\tTurkey\n";
  std::ofstream(dir / "c.txt") << "not a gazetteer\n";
  Gazetteer g;
  const Status s = g.Load(dir.string());
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(Size(g), 2u);
  EXPECT_EQ(EntryAt(g, 0).id, "country:turkey");
  EXPECT_EQ(EntryAt(g, 1).id, "country:iran");
  EXPECT_EQ(g.Origin(EntryAt(g, 1)), (dir / "b.tsv").string() + ":1");

  // A bad file names its path and line.
  std::ofstream(dir / "d.tsv") << "# x\ncountry:Bad\tBad\n";
  Gazetteer bad;
  const Status e = bad.Load((dir / "d.tsv").string());
  ASSERT_FALSE(e.ok());
  EXPECT_THAT(e.message(), StartsWith((dir / "d.tsv").string() + ":2: "));

  Gazetteer missing;
  const Status m = missing.Load((dir / "missing.tsv").string());
  ASSERT_FALSE(m.ok());
  EXPECT_THAT(m.message(), StartsWith((dir / "missing.tsv").string() + ":"));
  fs::remove_all(dir);
}

TEST(SlugifyTest, Examples) {
  EXPECT_EQ(Slugify("Su-24M"), "su-24m");
  EXPECT_EQ(Slugify("Erdo\xC4\x9F" "an"), "erdogan");
  EXPECT_EQ(Slugify("Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m"), "yildirim");
  EXPECT_EQ(Slugify("Deir ez-Zor"), "deir-ez-zor");
  EXPECT_EQ(Slugify("  Valery   Gerasimov  "), "valery-gerasimov");
  EXPECT_EQ(Slugify("Russia\xE2\x80\x99s"), "russia-s");
  EXPECT_EQ(Slugify("S\xE2\x80\x91" "400"), "s-400");
  // Initials make no dots; a decimal point stays.
  EXPECT_EQ(Slugify("A. K. Bhatt"), "a-k-bhatt");
  EXPECT_EQ(Slugify("A.P. Singh"), "a-p-singh");
  EXPECT_EQ(Slugify("Mk. 2.5"), "mk-2.5");
}

}  // namespace
}  // namespace gazer
