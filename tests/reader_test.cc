#include "gazer/reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace gazer {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// A fresh directory under testing::TempDir(), removed at the end.
class TempDirTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = testing::TempDir();
    if (pattern.empty() || pattern.back() != '/') pattern += '/';
    pattern += "gazer_reader_test_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  std::string Write(const std::string& relative, std::string_view contents) {
    const fs::path path = fs::path(root_) / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << contents;
    return path.string();
  }
  std::string Path(const std::string& relative) const { return (fs::path(root_) / relative).string(); }

  std::string root_;
};

// What Reader::Next returned, one string per call: "R origin line payload",
// "E message".
std::vector<std::string> ReadAll(Reader* reader, std::vector<Record>* records = nullptr) {
  std::vector<std::string> out;
  for (int guard = 0; guard < 1000; ++guard) {
    Record record;
    Status error;
    switch (reader->Next(&record, &error)) {
      case Reader::Outcome::kEnd:
        return out;
      case Reader::Outcome::kError:
        EXPECT_FALSE(error.ok());
        out.push_back("E " + error.message());
        break;
      case Reader::Outcome::kRecord:
        out.push_back("R " + record.origin + " " + std::to_string(record.line) + (record.json ? " json" : " text"));
        if (records != nullptr) records->push_back(record);
        break;
    }
  }
  ADD_FAILURE() << "reader does not end";
  return out;
}

TEST_F(TempDirTest, DirectoryIsSortedSkipsHiddenAndReportsLoops) {
  Write("b.txt", "second");
  Write("a.txt", "first");
  Write(".hidden.txt", "hidden");
  Write(".hiddendir/x.txt", "hidden too");
  Write("sub/c.txt", "third");
  Write("sub/B.txt", "capital sorts first");
  ASSERT_EQ(symlink("..", Path("sub/loop").c_str()), 0);
  Write("z.jsonl", "{\"id\": \"j1\", \"text\": \"one\"}\n{\"id\": \"j2\", \"text\": \"two\"}\n");
  Write("zz.txt", "after the loop");

  Reader reader({root_}, ReaderOptions());
  const std::vector<std::string> got = ReadAll(&reader);
  ASSERT_EQ(got.size(), 8u) << testing::PrintToString(got);
  EXPECT_EQ(got[0], "R " + Path("a.txt") + " 0 text");
  EXPECT_EQ(got[1], "R " + Path("b.txt") + " 0 text");
  EXPECT_EQ(got[2], "R " + Path("sub/B.txt") + " 0 text");
  EXPECT_EQ(got[3], "R " + Path("sub/c.txt") + " 0 text");
  EXPECT_THAT(got[4], StartsWith("E " + Path("sub/loop") + ": "));
  EXPECT_THAT(got[4], HasSubstr("loop"));
  EXPECT_EQ(got[5], "R " + Path("z.jsonl") + " 1 json");
  EXPECT_EQ(got[6], "R " + Path("z.jsonl") + " 2 json");
  EXPECT_EQ(got[7], "R " + Path("zz.txt") + " 0 text");
}

TEST_F(TempDirTest, SelfLoopIsReported) {
  Write("d/a.txt", "x");
  ASSERT_EQ(symlink(".", Path("d/self").c_str()), 0);
  Reader reader({Path("d")}, ReaderOptions());
  const std::vector<std::string> got = ReadAll(&reader);
  ASSERT_EQ(got.size(), 2u) << testing::PrintToString(got);
  EXPECT_EQ(got[0], "R " + Path("d/a.txt") + " 0 text");
  EXPECT_THAT(got[1], StartsWith("E " + Path("d/self") + ": "));
}

TEST_F(TempDirTest, SymlinkToFileIsFollowed) {
  Write("data/a.txt", "x");
  Write("other/real.txt", "y");
  ASSERT_EQ(symlink(Path("other").c_str(), Path("data/b").c_str()), 0);
  Reader reader({Path("data")}, ReaderOptions());
  EXPECT_THAT(ReadAll(&reader),
              ElementsAre("R " + Path("data/a.txt") + " 0 text", "R " + Path("data/b/real.txt") + " 0 text"));
}

TEST_F(TempDirTest, ErrorsDoNotStopReading) {
  const std::string a = Write("a.txt", "first");
  const std::string nul = Write("nul.txt", std::string("abc\0def", 7));
  const std::string b = Write("b.txt", "second");
  Reader reader({a, Path("missing.txt"), nul, b}, ReaderOptions());
  const std::vector<std::string> got = ReadAll(&reader);
  ASSERT_EQ(got.size(), 4u) << testing::PrintToString(got);
  EXPECT_EQ(got[0], "R " + a + " 0 text");
  EXPECT_THAT(got[1], StartsWith("E " + Path("missing.txt") + ": "));
  EXPECT_THAT(got[1], HasSubstr("No such file"));
  EXPECT_THAT(got[2], StartsWith("E " + nul + ": "));
  EXPECT_THAT(got[2], HasSubstr("NUL"));
  EXPECT_EQ(got[3], "R " + b + " 0 text");
}

TEST_F(TempDirTest, InputsKeepTheirOrder) {
  const std::string b = Write("b.txt", "x");
  const std::string a = Write("a.txt", "y");
  Reader reader({b, a, b}, ReaderOptions());
  EXPECT_THAT(ReadAll(&reader), ElementsAre("R " + b + " 0 text", "R " + a + " 0 text", "R " + b + " 0 text"));
}

// A directory's files come where the directory was named, and naming a
// directory twice is not a loop.
TEST_F(TempDirTest, DirectoriesKeepTheirPlaceAmongInputs) {
  Write("d/a.txt", "x");
  Write("d/b.txt", "y");
  Write("e/c.txt", "z");
  const std::string f = Write("f.txt", "w");
  Reader reader({Path("d"), f, Path("d"), Path("e")}, ReaderOptions());
  EXPECT_THAT(ReadAll(&reader),
              ElementsAre("R " + Path("d/a.txt") + " 0 text", "R " + Path("d/b.txt") + " 0 text", "R " + f + " 0 text",
                          "R " + Path("d/a.txt") + " 0 text", "R " + Path("d/b.txt") + " 0 text",
                          "R " + Path("e/c.txt") + " 0 text"));
}

TEST_F(TempDirTest, PlainTextBomAndLineEnds) {
  const std::string contents = "\xEF\xBB\xBF" "one\r\ntwo\rthree\r\r\nfour\n";
  const std::string path = Write("a.txt", contents);
  Reader reader({path}, ReaderOptions());
  std::vector<Record> records;
  ReadAll(&reader, &records);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(reader.bytes_read(), contents.size());
  Article article;
  ASSERT_TRUE(ParseRecord(&records[0], ReaderOptions(), &article).ok());
  EXPECT_EQ(article.id, path);
  // Python: open(path, encoding="utf-8-sig").read()
  EXPECT_EQ(article.text, "one\ntwo\nthree\n\nfour\n");
}

TEST_F(TempDirTest, BomOnlyAtStart) {
  const std::string path = Write("a.txt", "x\xEF\xBB\xBFy");
  Reader reader({path}, ReaderOptions());
  std::vector<Record> records;
  ReadAll(&reader, &records);
  ASSERT_EQ(records.size(), 1u);
  Article article;
  ASSERT_TRUE(ParseRecord(&records[0], ReaderOptions(), &article).ok());
  EXPECT_EQ(article.text, "x\xEF\xBB\xBFy");
}

TEST_F(TempDirTest, JsonLines) {
  const std::string path = Write("in.jsonl",
                                 "\xEF\xBB\xBF{\"id\": \"j1\", \"text\": \"Turkey\\nand \\u011f\"}\r\n"
                                 "{not json\n"
                                 "\n"
                                 "   \t \r\n"
                                 "{\"text\": \"no id\"}\n"
                                 "{\"id\": \"j6\", \"body\": \"no text\"}\n"
                                 "{\"id\": 42, \"text\": \"numeric id\"}\n"
                                 "{\"id\": null, \"text\": \"null id\"}\n"
                                 "[1, 2]\n"
                                 "{\"id\": \"j10\", \"text\": 5}\n"
                                 "{\"id\": \"j11\", \"text\": \"last, no newline\"}");
  Reader reader({path}, ReaderOptions());
  std::vector<Record> records;
  const std::vector<std::string> got = ReadAll(&reader, &records);
  ASSERT_EQ(records.size(), 9u) << testing::PrintToString(got);
  std::vector<std::string> results;
  for (Record& record : records) {
    EXPECT_TRUE(record.json);
    EXPECT_EQ(record.origin, path);
    Article article;
    const Status s = ParseRecord(&record, ReaderOptions(), &article);
    results.push_back(s.ok() ? "OK " + article.id + " | " + article.text : "ERR " + s.message());
  }
  const std::string p = path;
  EXPECT_EQ(results[0], "OK j1 | Turkey\nand \xC4\x9F");
  EXPECT_THAT(results[1], StartsWith("ERR " + p + ":2: invalid JSON"));
  EXPECT_EQ(results[2], "OK " + p + ":5 | no id");
  EXPECT_EQ(results[3], "ERR " + p + ":6: no \"text\" field");
  EXPECT_EQ(results[4], "OK 42 | numeric id");
  EXPECT_EQ(results[5], "OK " + p + ":8 | null id");
  EXPECT_EQ(results[6], "ERR " + p + ":9: not a JSON object");
  EXPECT_EQ(results[7], "ERR " + p + ":10: field \"text\" is not a string");
  EXPECT_EQ(results[8], "OK j11 | last, no newline");
}

TEST_F(TempDirTest, MalformedLineBetweenGoodOnes) {
  const std::string path = Write("in.ndjson",
                                 "{\"id\": \"a\", \"text\": \"one\"}\n"
                                 "{\"id\": \"b\", \"text\": \"two\"\n"
                                 "{\"id\": \"c\", \"text\": \"three\"}\n");
  Reader reader({path}, ReaderOptions());
  std::vector<Record> records;
  ReadAll(&reader, &records);
  ASSERT_EQ(records.size(), 3u);
  Article article;
  ASSERT_TRUE(ParseRecord(&records[0], ReaderOptions(), &article).ok());
  EXPECT_EQ(article.id, "a");
  const Status bad = ParseRecord(&records[1], ReaderOptions(), &article);
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.message(), StartsWith(path + ":2: invalid JSON"));
  ASSERT_TRUE(ParseRecord(&records[2], ReaderOptions(), &article).ok());
  EXPECT_EQ(article.id, "c");
  EXPECT_EQ(article.text, "three");
}

TEST_F(TempDirTest, JsonlOptionAndFieldNames) {
  const std::string path = Write("articles.txt",
                                 "{\"doc\": \"d1\", \"body\": \"one\", \"text\": \"ignored\"}\n"
                                 "{\"body\": \"two\"}\n");
  ReaderOptions options;
  options.jsonl = true;
  options.id_field = "doc";
  options.text_field = "body";
  Reader reader({path}, options);
  std::vector<Record> records;
  ReadAll(&reader, &records);
  ASSERT_EQ(records.size(), 2u);
  Article article;
  ASSERT_TRUE(ParseRecord(&records[0], options, &article).ok());
  EXPECT_EQ(article.id, "d1");
  EXPECT_EQ(article.text, "one");
  ASSERT_TRUE(ParseRecord(&records[1], options, &article).ok());
  EXPECT_EQ(article.id, path + ":2");

  // Without the option, a .txt file is one plain article.
  Reader plain({path}, ReaderOptions());
  records.clear();
  ReadAll(&plain, &records);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].json);
}

TEST_F(TempDirTest, JsonTextIsNotLineEndNormalized) {
  const std::string path = Write("in.jsonl", "{\"text\": \"a\\r\\nb\"}\n");
  Reader reader({path}, ReaderOptions());
  std::vector<Record> records;
  ReadAll(&reader, &records);
  ASSERT_EQ(records.size(), 1u);
  Article article;
  ASSERT_TRUE(ParseRecord(&records[0], ReaderOptions(), &article).ok());
  EXPECT_EQ(article.text, "a\r\nb");
}

TEST_F(TempDirTest, EmptyDirectoryAndEmptyFile) {
  fs::create_directories(Path("empty"));
  const std::string empty = Write("e.txt", "");
  Reader reader({Path("empty"), empty}, ReaderOptions());
  std::vector<Record> records;
  EXPECT_THAT(ReadAll(&reader, &records), ElementsAre("R " + empty + " 0 text"));
  Article article;
  ASSERT_TRUE(ParseRecord(&records[0], ReaderOptions(), &article).ok());
  EXPECT_EQ(article.text, "");
}

}  // namespace
}  // namespace gazer
