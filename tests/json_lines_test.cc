// ParseRecord's fast path for flat JSON objects must agree with
// nlohmann::json on every line: same id and text when it accepts, an error
// when nlohmann rejects.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "gazer/reader.h"

namespace gazer {
namespace {

struct Expected {
  bool ok;
  std::string id, text;
};

Expected ByNlohmann(const std::string& line, uint64_t line_number) {
  nlohmann::json v = nlohmann::json::parse(line, nullptr, false);
  if (v.is_discarded() || !v.is_object()) return {false, "", ""};
  auto text = v.find("text");
  if (text == v.end() || !text->is_string()) return {false, "", ""};
  auto id = v.find("id");
  std::string id_string;
  if (id == v.end() || id->is_null()) {
    id_string = "f.jsonl:" + std::to_string(line_number);
  } else if (id->is_string()) {
    id_string = id->get<std::string>();
  } else {
    id_string = id->dump();
  }
  return {true, id_string, text->get<std::string>()};
}

void ExpectAgreement(const std::string& line) {
  Record record;
  record.origin = "f.jsonl";
  record.line = 3;
  record.json = true;
  record.payload = line;
  Article article;
  const Status status = ParseRecord(&record, ReaderOptions(), &article);
  const Expected want = ByNlohmann(line, 3);
  ASSERT_EQ(status.ok(), want.ok) << line << "\n" << status.message();
  if (want.ok) {
    EXPECT_EQ(article.id, want.id) << line;
    EXPECT_EQ(article.text, want.text) << line;
  }
}

TEST(JsonLinesTest, AgreesWithNlohmannOnTrickyLines) {
  const std::vector<std::string> lines = {
      R"({"id": "a", "text": "Turkey"})",
      R"(  {"text":"x","id":"b"}  )",
      R"({"id": "a", "text": "q\"uote \\ back \/ slash \b\f\n\r\t"})",
      R"({"id": "a", "text": "\u00e9\u011f \ud83d\ude00 \u0000 end"})",
      R"({"id": "a", "text": "\ud83d alone"})",
      R"({"id": "a", "text": "\ude00 alone"})",
      R"({"id": "a", "text": "bad \x escape"})",
      R"({"id": "a", "text": "bad \u12 escape"})",
      "{\"id\": \"a\", \"text\": \"raw\ttab\"}",
      "{\"id\": \"a\", \"text\": \"caf\xc3\xa9 ok\"}",
      "{\"id\": \"a\", \"text\": \"bad \xff utf8\"}",
      R"({"id": 7, "text": "numeric id"})",
      R"({"id": 7.50, "text": "float id"})",
      R"({"id": null, "text": "null id"})",
      R"({"text": "no id"})",
      R"({"id": "a"})",
      R"({"id": "a", "text": 5})",
      R"({"id": "a", "text": "x", "n": -0.5e+3, "t": true, "f": false, "z": null, "s": "str"})",
      R"({"id": "a", "text": "x", "nested": {"k": [1, 2]}})",
      R"({"id": "a", "text": "x", "n": 01})",
      R"({"id": "a", "text": "x", "n": 1.})",
      R"({"id": "a", "text": "x",})",
      R"({"id": "a", "text": "x"} trailing)",
      R"({"id": "a", "text": "x"}{})",
      R"({"id": "a" "text": "x"})",
      R"({"id": "a", "text": "first", "text": "second"})",
      R"([1, 2])",
      R"("just a string")",
      R"({})",
      R"({"id": "a", "text": "unterminated)",
      R"({"id": "a", "text": "x", "t": tru})",
  };
  for (const std::string& line : lines) ExpectAgreement(line);
}

TEST(JsonLinesTest, AgreesWithNlohmannOnRandomLines) {
  std::mt19937 random(7);
  const std::string alphabet = "ab\"\\/ \t{}[]:,0123456789.-+eEnulltrufas\xc3\xa9\xff";
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const int length = static_cast<int>(random() % 12);
    for (int k = 0; k < length; ++k) text.push_back(alphabet[random() % alphabet.size()]);
    ExpectAgreement("{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"" + text + "\"}");
    ExpectAgreement("{\"text\": \"ok\", \"x\": " + text + "}");
  }
}

}  // namespace
}  // namespace gazer
