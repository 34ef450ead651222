#include "surname_table.h"

#include <gtest/gtest.h>

#include <string>

#include "gazer/default_gazetteers.h"
#include "gazer/snapshot.h"

namespace gazer {
namespace {

constexpr std::string_view kPersons =
    "person:valery-gerasimov\tValery Gerasimov\n"
    "person:bashar-al-assad\tBashar al-Assad\tAssad\n"
    "person:ali-khamenei\tAli Khamenei\n"
    "person:mojtaba-khamenei\tMojtaba Khamenei\n"
    "person:lee-jae-myung\tLee Jae-myung\tLee Jae Myung\tsurname=Lee\n"
    "person:charles-q-brown\tCharles Q. Brown Jr.\n"
    "country:turkey\tTurkey\tTurkish Republic\n";

int64_t IndexOf(const Gazetteer& gazetteer, std::string_view id) {
  for (size_t e = 0; e < gazetteer.size(); ++e) {
    if (gazetteer.entry(e).id == id) return static_cast<int64_t>(e);
  }
  return -100;
}

void ExpectTable(const Gazetteer& gazetteer, const SurnameTable& table) {
  EXPECT_EQ(table.Find("Gerasimov"), IndexOf(gazetteer, "person:valery-gerasimov"));
  EXPECT_EQ(table.Find("Assad"), IndexOf(gazetteer, "person:bashar-al-assad"));  // "al-" dropped
  EXPECT_EQ(table.Find("Khamenei"), -1);  // two persons have it
  EXPECT_EQ(table.Find("gerasimov"), -1);  // case is kept
  EXPECT_EQ(table.Find("Valery"), -1);    // not a last word
  EXPECT_EQ(table.Find("Republic"), -1);  // not a person
  // The surname attribute, and no other word of the name.
  EXPECT_EQ(table.Find("Lee"), IndexOf(gazetteer, "person:lee-jae-myung"));
  EXPECT_EQ(table.Find("Jae-myung"), -1);
  EXPECT_EQ(table.Find("Myung"), -1);
  // The word before a suffix.
  EXPECT_EQ(table.Find("Brown"), IndexOf(gazetteer, "person:charles-q-brown"));
  EXPECT_EQ(table.Find("Jr."), -1);
}

TEST(SurnameTableTest, BuiltFromTheEntries) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.LoadString("test.tsv", kPersons).ok());
  ExpectTable(gazetteer, SurnameTable(gazetteer, {}));
}

TEST(SurnameTableTest, ViewedFromAnImageGivesTheSameAnswers) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.LoadString("test.tsv", kPersons).ok());
  std::string image;
  SurnameTable::Write(gazetteer, &image);
  ExpectTable(gazetteer, SurnameTable(gazetteer, image));
}

TEST(SurnameTableTest, EntriesAfterTheImageJoinIt) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.LoadString("test.tsv", kPersons).ok());
  std::string image;
  SurnameTable::Write(gazetteer, &image);
  ASSERT_TRUE(gazetteer
                  .LoadString("more.tsv",
                              "person:hulusi-akar\tHulusi Akar\n"
                              "person:yevgeny-gerasimov\tYevgeny Gerasimov\n")
                  .ok());
  const SurnameTable table(gazetteer, image);
  EXPECT_EQ(table.Find("Akar"), IndexOf(gazetteer, "person:hulusi-akar"));
  EXPECT_EQ(table.Find("Gerasimov"), -1);  // now two persons have it
  EXPECT_EQ(table.Find("Assad"), IndexOf(gazetteer, "person:bashar-al-assad"));
}

TEST(SurnameTableTest, AMalformedImageIsNotUsed) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.LoadString("test.tsv", kPersons).ok());
  std::string image;
  SurnameTable::Write(gazetteer, &image);
  image.resize(image.size() / 2);
  ExpectTable(gazetteer, SurnameTable(gazetteer, image));
}

TEST(SurnameTableTest, TheDefaultSnapshotHoldsTheTable) {
  Gazetteer gazetteer;
  std::string_view index_image;
  ASSERT_TRUE(LoadDefaultGazetteers(&gazetteer, &index_image).ok());
  const SnapshotIndex index = SplitIndexImage(index_image);
  ASSERT_FALSE(index.matcher.empty());
  ASSERT_FALSE(index.surnames.empty());
  const SurnameTable viewed(gazetteer, index.surnames);
  const SurnameTable built(gazetteer, {});
  for (const std::string_view surname : {"Gerasimov", "Erdogan", "Lavrov", "Khamenei", "Turkey", "Smith"}) {
    EXPECT_EQ(viewed.Find(surname), built.Find(surname)) << surname;
  }
  EXPECT_GE(viewed.Find("Gerasimov"), 0);
}

}  // namespace
}  // namespace gazer
