#include "gazer/pipeline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace gazer {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr char kGazetteer[] =
    "country:turkey\tTurkey\tT\xC3\xBCrkiye\n"
    "country:russia\tRussia\tRussian\n"
    "country:united-states\tUnited States\tUS|U.S.\n"
    "country:georgia\tGeorgia\t\tpriority=1\n"
    "location:georgia-us\tGeorgia (U.S. state)\tGeorgia\tcountry=country:united-states\n"
    "person:recep-tayyip-erdogan\tRecep Tayyip Erdo\xC4\x9F" "an\tErdo\xC4\x9F" "an\tcountry=country:turkey\n"
    "weapon:s-400\tS-400\n"
    "weapon:su-*\tSukhoi Su family\tre:Su-?\\d{2}[A-Z]{0,3}\n"
    "organization:russian-defence-ministry\tRussian Defence Ministry\n";

// The text of generated article i: a mix of entities, Unicode and sentence
// structure, different from article to article.
std::string ArticleText(int i) {
  static const char* const kParts[] = {
      "Turkey bought the S\u2011" "400 from Russia.",
      "The Russian Defence Ministry said two Su-24Ms flew.",
      "General Valery Gerasimov met Erdo\u011Fan in Ankara.",
      "Georgia voted; the United States watched.",
      "Gerasimov\u2019s plan was discussed by Col. John Dorrian.",
      "T\u00FCrkiye and the U.S. disagreed.\n\nA new paragraph about Su-34 jets.",
      "Nothing to see here.",
      "Lieutenant-General Sergei Rudskoi spoke. Rudskoi said the Su-25SM was hit.",
  };
  std::string text;
  const int parts = 1 + i % 5;
  for (int k = 0; k < parts; ++k) {
    if (k > 0) text += (i + k) % 3 == 0 ? "\n" : " ";
    text += kParts[(i * 7 + k * 3) % 8];
  }
  text += " #" + std::to_string(i);
  return text;
}

class PipelineTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = testing::TempDir();
    if (pattern.empty() || pattern.back() != '/') pattern += '/';
    pattern += "gazer_pipeline_test_XXXXXX";
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    const Status s = gazetteer_.LoadString("test.tsv", kGazetteer);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }

  std::string Write(const std::string& name, std::string_view contents) {
    const std::string path = root_ + "/" + name;
    std::ofstream(path, std::ios::binary) << contents;
    return path;
  }

  // Writes `count` generated JSON lines; lines in `bad` are malformed and
  // lines in `no_text` lack the text field.
  std::string WriteJsonl(const std::string& name, int count, const std::vector<int>& bad = {},
                         const std::vector<int>& no_text = {}) {
    std::string contents;
    for (int line = 1; line <= count; ++line) {
      if (std::find(bad.begin(), bad.end(), line) != bad.end()) {
        contents += "{\"id\": \"broken\", \"text\": \n";
      } else if (std::find(no_text.begin(), no_text.end(), line) != no_text.end()) {
        contents += "{\"id\": \"n" + std::to_string(line) + "\"}\n";
      } else {
        nlohmann::json j = {{"id", name + "#" + std::to_string(line)}, {"text", ArticleText(line)}};
        contents += j.dump() + "\n";
      }
    }
    return Write(name, contents);
  }

  struct Run {
    Status status;
    std::string out;
    std::string err;
    PipelineStats stats;
  };

  Run RunWith(const std::vector<std::string>& inputs, int threads, bool strict = false,
              Window window = Window::kSentence) {
    PipelineOptions options;
    options.threads = threads;
    options.strict = strict;
    Reader reader(inputs, options.reader);
    const Extractor extractor(gazetteer_, window);
    const JsonWriter writer(OffsetUnit::kCodePoints, window);
    char* out_buffer = nullptr;
    char* err_buffer = nullptr;
    size_t out_size = 0, err_size = 0;
    std::FILE* out = open_memstream(&out_buffer, &out_size);
    std::FILE* err = open_memstream(&err_buffer, &err_size);
    Run run;
    run.status = RunPipeline(&reader, extractor, writer, options, out, err, &run.stats);
    std::fclose(out);
    std::fclose(err);
    run.out.assign(out_buffer, out_size);
    run.err.assign(err_buffer, err_size);
    std::free(out_buffer);
    std::free(err_buffer);
    return run;
  }

  static std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }

  std::string root_;
  Gazetteer gazetteer_;
};

TEST_F(PipelineTest, OutputIsTheSameForAnyThreadCount) {
  // More than one batch of records (512), with problems spread through them.
  const std::vector<int> bad = {3, 500, 513, 1024, 1300};
  const std::vector<int> no_text = {77, 600};
  const std::string big = WriteJsonl("big.jsonl", 1300, bad, no_text);
  const std::string plain = Write("plain.txt", "\xEF\xBB\xBFTurkey and Russia.\r\nGeneral Valery Gerasimov.\r\n");
  const std::string small = WriteJsonl("small.jsonl", 40, {20});
  const std::vector<std::string> inputs = {big, root_ + "/missing.txt", plain, small};

  const Run one = RunWith(inputs, 1);
  ASSERT_TRUE(one.status.ok()) << one.status.message();
  const std::vector<std::string> lines = Lines(one.out);
  const uint64_t expected_articles = 1300 - bad.size() - no_text.size() + 1 + 39;
  EXPECT_EQ(lines.size(), expected_articles);
  EXPECT_EQ(one.stats.articles, expected_articles);
  EXPECT_EQ(one.stats.failures, bad.size() + no_text.size() + 1 + 1);
  EXPECT_EQ(one.stats.bytes, fs::file_size(big) + fs::file_size(plain) + fs::file_size(small));

  // Input order, and every line is valid JSON.
  std::vector<std::string> ids;
  for (const std::string& line : lines) ids.push_back(nlohmann::json::parse(line)["id"].get<std::string>());
  ASSERT_EQ(ids.size(), expected_articles);
  EXPECT_EQ(ids[0], "big.jsonl#1");
  EXPECT_EQ(ids[1], "big.jsonl#2");
  EXPECT_EQ(ids[2], "big.jsonl#4");
  EXPECT_EQ(ids[1300 - 7 - 1], "big.jsonl#1299");
  EXPECT_EQ(ids[1300 - 7], plain);
  EXPECT_EQ(ids.back(), "small.jsonl#40");
  // The articles found something.
  EXPECT_THAT(one.out, HasSubstr("\"id\": \"weapon:su-24m\""));
  EXPECT_THAT(one.out, HasSubstr("\"id\": \"person:valery-gerasimov\""));

  // Errors in input order.
  const std::vector<std::string> errors = Lines(one.err);
  ASSERT_EQ(errors.size(), 9u) << one.err;
  EXPECT_THAT(errors[0], StartsWith("gazer: " + big + ":3: invalid JSON"));
  EXPECT_EQ(errors[1], "gazer: " + big + ":77: no \"text\" field");
  EXPECT_THAT(errors[2], StartsWith("gazer: " + big + ":500: invalid JSON"));
  EXPECT_THAT(errors[3], StartsWith("gazer: " + big + ":513: invalid JSON"));
  EXPECT_EQ(errors[4], "gazer: " + big + ":600: no \"text\" field");
  EXPECT_THAT(errors[5], StartsWith("gazer: " + big + ":1024: invalid JSON"));
  EXPECT_THAT(errors[6], StartsWith("gazer: " + big + ":1300: invalid JSON"));
  EXPECT_THAT(errors[7], StartsWith("gazer: " + root_ + "/missing.txt: "));
  EXPECT_THAT(errors[8], StartsWith("gazer: " + small + ":20: invalid JSON"));

  for (int threads : {2, 4}) {
    for (int repeat = 0; repeat < 3; ++repeat) {
      const Run many = RunWith(inputs, threads);
      ASSERT_TRUE(many.status.ok()) << many.status.message();
      EXPECT_TRUE(many.out == one.out) << threads << " threads: output differs";
      EXPECT_EQ(many.err, one.err) << threads << " threads";
      EXPECT_EQ(many.stats.articles, one.stats.articles);
      EXPECT_EQ(many.stats.failures, one.stats.failures);
      EXPECT_EQ(many.stats.bytes, one.stats.bytes);
    }
  }
}

TEST_F(PipelineTest, SameOutputForOtherWindows) {
  const std::string input = WriteJsonl("in.jsonl", 600);
  for (Window window : {Window::kParagraph, Window::kDocument}) {
    const Run one = RunWith({input}, 1, false, window);
    const Run four = RunWith({input}, 4, false, window);
    EXPECT_EQ(Lines(one.out).size(), 600u);
    EXPECT_TRUE(one.out == four.out);
  }
}

TEST_F(PipelineTest, StrictStopsAtTheFirstBadLine) {
  const std::string input = WriteJsonl("in.jsonl", 1300, {700, 900}, {1100});
  for (int threads : {1, 2, 4}) {
    const Run run = RunWith({input}, threads, /*strict=*/true);
    ASSERT_TRUE(run.status.ok()) << run.status.message();
    const std::vector<std::string> lines = Lines(run.out);
    ASSERT_EQ(lines.size(), 699u) << threads << " threads";
    EXPECT_EQ(nlohmann::json::parse(lines.back())["id"], "in.jsonl#699");
    const std::vector<std::string> errors = Lines(run.err);
    ASSERT_EQ(errors.size(), 1u) << run.err;
    EXPECT_THAT(errors[0], StartsWith("gazer: " + input + ":700: invalid JSON"));
    EXPECT_EQ(run.stats.articles, 699u);
    EXPECT_EQ(run.stats.failures, 1u);
  }
}

TEST_F(PipelineTest, StrictStopsAtAReaderError) {
  const std::string first = WriteJsonl("first.jsonl", 30);
  const std::string second = WriteJsonl("second.jsonl", 30);
  for (int threads : {1, 4}) {
    const Run run = RunWith({first, root_ + "/missing.txt", second}, threads, /*strict=*/true);
    ASSERT_TRUE(run.status.ok());
    EXPECT_EQ(Lines(run.out).size(), 30u) << threads << " threads";
    const std::vector<std::string> errors = Lines(run.err);
    ASSERT_EQ(errors.size(), 1u) << run.err;
    EXPECT_THAT(errors[0], StartsWith("gazer: " + root_ + "/missing.txt: "));
    EXPECT_EQ(run.stats.failures, 1u);
  }
}

TEST_F(PipelineTest, WithoutStrictEveryProblemIsReported) {
  const std::string input = WriteJsonl("in.jsonl", 50, {10, 20}, {30});
  const Run run = RunWith({input}, 2);
  EXPECT_EQ(Lines(run.out).size(), 47u);
  const std::vector<std::string> errors = Lines(run.err);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_THAT(errors[0], StartsWith("gazer: " + input + ":10: "));
  EXPECT_THAT(errors[1], StartsWith("gazer: " + input + ":20: "));
  EXPECT_THAT(errors[2], StartsWith("gazer: " + input + ":30: "));
}

TEST_F(PipelineTest, EmptyInput) {
  const std::string empty = Write("empty.jsonl", "");
  for (int threads : {1, 4}) {
    const Run run = RunWith({empty}, threads);
    ASSERT_TRUE(run.status.ok());
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(run.stats.articles, 0u);
  }
}

TEST_F(PipelineTest, FailsWhenOutputCannotBeWritten) {
  std::FILE* full = std::fopen("/dev/full", "w");
  if (full == nullptr) GTEST_SKIP() << "no /dev/full";
  const std::string input = WriteJsonl("in.jsonl", 20);
  PipelineOptions options;
  Reader reader({input}, options.reader);
  const Extractor extractor(gazetteer_, Window::kSentence);
  const JsonWriter writer(OffsetUnit::kCodePoints, Window::kSentence);
  std::FILE* err = std::tmpfile();
  ASSERT_NE(err, nullptr);
  PipelineStats stats;
  const Status s = RunPipeline(&reader, extractor, writer, options, full, err, &stats);
  std::fclose(full);
  std::fclose(err);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("cannot write output"));
}

}  // namespace
}  // namespace gazer
