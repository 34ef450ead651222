#include "gazer/json_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gazer/extractor.h"

namespace gazer {
namespace {

using ::testing::ElementsAre;

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// Decodes well-formed UTF-8 into code points, as Python's str holds them.
std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

TEST(AppendJsonStringTest, Escapes) {
  EXPECT_EQ(Json("plain"), "\"plain\"");
  EXPECT_EQ(Json("say \"hi\" \\ bye"), "\"say \\\"hi\\\" \\\\ bye\"");
  EXPECT_EQ(Json("a\nb\tc\rd\be\ff"), "\"a\\nb\\tc\\rd\\be\\ff\"");
  EXPECT_EQ(Json(std::string("\x01\x1f\x7f", 3)), "\"\\u0001\\u001f\\u007f\"");
  EXPECT_EQ(Json(std::string("a\0b", 3)), "\"a\\u0000b\"");
  EXPECT_EQ(Json("/"), "\"/\"");
  // Well-formed UTF-8 is copied as is.
  EXPECT_EQ(Json("Erdo\xC4\x9F" "an \xF0\x9F\x98\x80"), "\"Erdo\xC4\x9F" "an \xF0\x9F\x98\x80\"");
}

TEST(AppendJsonStringTest, InvalidUtf8BecomesReplacement) {
  EXPECT_EQ(Json("a\xFF" "b"), "\"a\\ufffdb\"");
  EXPECT_EQ(Json("\xE2\x82" "A"), "\"\\ufffdA\"");  // one maximal subpart
  EXPECT_EQ(Json("\xED\xA0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");
  EXPECT_EQ(Json("x\xC3"), "\"x\\ufffd\"");
}

TEST(AppendJsonStringTest, RoundTripsThroughNlohmann) {
  const std::string nasty = std::string("q\"b\\s/\n\t\r\b\f\x01\x1f\x7f") + std::string(1, '\0') +
                            " Erdo\xC4\x9F" "an \xF0\x9F\x98\x80 \xFF end";
  const nlohmann::json parsed = nlohmann::json::parse(Json(nasty));
  ASSERT_TRUE(parsed.is_string());
  std::string expected = nasty;
  expected.replace(expected.find('\xFF'), 1, "\xEF\xBF\xBD");
  EXPECT_EQ(parsed.get<std::string>(), expected);
}

std::string Joined(const LineBuffer& lines) {
  std::string out;
  for (size_t i = 0; i < lines.chunks(); ++i) out += lines.chunk(i);
  return out;
}

class JsonWriterTest : public testing::Test {
 protected:
  void SetUp() override {
    const Status s = gazetteer_.LoadString(
        "test.tsv",
        "country:turkey\tTurkey\tT\xC3\xBCrkiye\n"
        "country:russia\tRussia\tRussian\n"
        "person:recep-tayyip-erdogan\tRecep Tayyip Erdo\xC4\x9F" "an\tErdo\xC4\x9F" "an\tcountry=country:turkey\n"
        "weapon:s-400\tS-400\n"
        "organization:the-quote\tThe \"Quote\" Group\n");
    ASSERT_TRUE(s.ok()) << s.message();
  }

  std::string Write(std::string_view id, std::string_view text, OffsetUnit unit = OffsetUnit::kCodePoints,
                    Window window = Window::kSentence) {
    const Extractor extractor(gazetteer_, window);
    Extraction x;
    extractor.Extract(text, &x);
    std::string out = "previous line\n";
    JsonWriter(unit, window).Write(id, text, x, &out);
    EXPECT_EQ(out.substr(0, 14), "previous line\n");  // appends
    out.erase(0, 14);
    // Written in place, the line is the same, after what the buffer held.
    LineBuffer lines;
    JsonWriter(unit, window).Write("previous", "", Extraction(), &lines);
    const std::string previous = Joined(lines);
    JsonWriter(unit, window).Write(id, text, x, &lines);
    EXPECT_EQ(Joined(lines), previous + out);
    EXPECT_FALSE(out.empty());
    EXPECT_EQ(out.back(), '\n');
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
    return out;
  }

  Gazetteer gazetteer_;
};

TEST_F(JsonWriterTest, FixedKeyOrderAndValidJson) {
  const std::string line = Write("a1", "Turkey bought the S-400 from Russia. Russia was pleased.");
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  EXPECT_THAT(keys, ElementsAre("id", "entities", "relations"));
  EXPECT_EQ(j["id"], "a1");
  ASSERT_EQ(j["entities"].size(), 3u);
  const auto& entity = j["entities"][0];
  keys.clear();
  for (const auto& [key, value] : entity.items()) keys.push_back(key);
  EXPECT_THAT(keys, ElementsAre("id", "type", "name", "source", "count", "mentions"));
  EXPECT_EQ(entity["id"], "country:turkey");
  EXPECT_EQ(entity["type"], "country");
  EXPECT_EQ(entity["name"], "Turkey");
  EXPECT_EQ(entity["source"], "gazetteer");
  EXPECT_EQ(entity["count"], 1);
  keys.clear();
  for (const auto& [key, value] : entity["mentions"][0].items()) keys.push_back(key);
  EXPECT_THAT(keys, ElementsAre("start", "end", "text", "sentence"));

  // Entities in order of first mention; count equals the mentions.
  EXPECT_EQ(j["entities"][1]["id"], "weapon:s-400");
  EXPECT_EQ(j["entities"][2]["id"], "country:russia");
  EXPECT_EQ(j["entities"][2]["count"], 2);
  ASSERT_EQ(j["entities"][2]["mentions"].size(), 2u);
  EXPECT_EQ(j["entities"][2]["mentions"][1]["sentence"], 1);

  ASSERT_EQ(j["relations"].size(), 3u);
  const auto& relation = j["relations"][0];
  keys.clear();
  for (const auto& [key, value] : relation.items()) keys.push_back(key);
  EXPECT_THAT(keys, ElementsAre("source", "target", "type", "count", "sentences"));
  EXPECT_EQ(relation["source"], "country:russia");
  EXPECT_EQ(relation["target"], "country:turkey");
  EXPECT_EQ(relation["type"], "co-occurrence");
  EXPECT_EQ(relation["count"], 1);
  EXPECT_EQ(relation["sentences"], nlohmann::json::array({0}));
  // Exact text of the line: fixed separators.
  EXPECT_THAT(line, testing::StartsWith("{\"id\": \"a1\", \"entities\": [{\"id\": \"country:turkey\", \"type\": "
                                       "\"country\", \"name\": \"Turkey\", \"source\": \"gazetteer\", \"count\": 1, "
                                       "\"mentions\": [{\"start\": 0, \"end\": 6, \"text\": \"Turkey\", \"sentence\": 0}]}"));
}

TEST_F(JsonWriterTest, WindowNames) {
  const std::string text = "Turkey and Russia.";
  EXPECT_TRUE(nlohmann::json::parse(Write("x", text, OffsetUnit::kCodePoints, Window::kParagraph))["relations"][0]
                  .contains("paragraphs"));
  const nlohmann::json doc = nlohmann::json::parse(Write("x", text, OffsetUnit::kCodePoints, Window::kDocument));
  EXPECT_FALSE(doc["relations"][0].contains("sentences"));
  EXPECT_FALSE(doc["relations"][0].contains("paragraphs"));
  EXPECT_EQ(doc["relations"][0]["count"], 1);
}

TEST_F(JsonWriterTest, EmptyArticle) {
  EXPECT_EQ(Write("empty", ""), "{\"id\": \"empty\", \"entities\": [], \"relations\": []}\n");
  EXPECT_EQ(Write("none", "Nothing here."), "{\"id\": \"none\", \"entities\": [], \"relations\": []}\n");
}

TEST_F(JsonWriterTest, EscapesIdAndText) {
  const std::string line = Write("id \"with\" quotes\n\x01\xFF", "The \"Quote\" Group met\tTurkey.");
  const nlohmann::json j = nlohmann::json::parse(line);
  EXPECT_EQ(j["id"], "id \"with\" quotes\n\x01\xEF\xBF\xBD");
  ASSERT_EQ(j["entities"].size(), 2u);
  EXPECT_EQ(j["entities"][0]["id"], "organization:the-quote");
  EXPECT_EQ(j["entities"][0]["name"], "The \"Quote\" Group");
  EXPECT_EQ(j["entities"][0]["mentions"][0]["text"], "The \"Quote\" Group");
  EXPECT_EQ(j["entities"][1]["id"], "country:turkey");
}

// start/end are code points, as Python's text[start:end].
TEST_F(JsonWriterTest, CodePointOffsets) {
  const std::string text =
      "\xF0\x9F\x98\x80 T\xC3\xBCrkiye\xE2\x80\x99s Erdo\xC4\x9F" "an bought the S\xE2\x80\x91" "400 "
      "from Russia \xE4\xB8\xAD Erdog\xCC\x86" "an.";
  const nlohmann::json j = nlohmann::json::parse(Write("cp", text));
  const std::u32string u = Decode(text);
  int checked = 0;
  for (const auto& entity : j["entities"]) {
    for (const auto& m : entity["mentions"]) {
      const size_t start = m["start"], end = m["end"];
      ASSERT_LE(start, end);
      ASSERT_LE(end, u.size());
      EXPECT_EQ(u.substr(start, end - start), Decode(m["text"].get<std::string>()));
      ++checked;
    }
  }
  EXPECT_EQ(checked, 5);
  EXPECT_EQ(j["entities"][0]["mentions"][0]["text"], "T\xC3\xBCrkiye");
  EXPECT_EQ(j["entities"][0]["mentions"][0]["start"], 2);  // the emoji is one code point
  EXPECT_EQ(j["entities"][0]["mentions"][0]["end"], 9);
  EXPECT_EQ(j["entities"][1]["mentions"][0]["text"], "Erdo\xC4\x9F" "an");
  EXPECT_EQ(j["entities"][1]["mentions"][1]["text"], "Erdog\xCC\x86" "an");
  EXPECT_EQ(j["entities"][2]["mentions"][0]["text"], "S\xE2\x80\x91" "400");
}

TEST_F(JsonWriterTest, ByteOffsets) {
  const std::string text = "\xF0\x9F\x98\x80 T\xC3\xBCrkiye and the S\xE2\x80\x91" "400.";
  const nlohmann::json j = nlohmann::json::parse(Write("b", text, OffsetUnit::kBytes));
  ASSERT_EQ(j["entities"].size(), 2u);
  for (const auto& entity : j["entities"]) {
    const auto& m = entity["mentions"][0];
    const size_t start = m["start"], end = m["end"];
    EXPECT_EQ(text.substr(start, end - start), m["text"].get<std::string>());
  }
  EXPECT_EQ(j["entities"][0]["mentions"][0]["start"], 5);
  EXPECT_EQ(j["entities"][0]["mentions"][0]["end"], 13);
}

// Ill-formed UTF-8 counts as Python's errors="replace" counts it: one code
// point per maximal subpart.
TEST_F(JsonWriterTest, CodePointOffsetsAfterInvalidBytes) {
  // b"\xe2\x82 \xff\xfe Turkey \xf0\x9f\x98 Russia".decode("utf-8", "replace")
  //   == "\ufffd \ufffd\ufffd Turkey \ufffd Russia"
  const std::string text = "\xE2\x82 \xFF\xFE Turkey \xF0\x9F\x98 Russia";
  const nlohmann::json j = nlohmann::json::parse(Write("bad", text));
  ASSERT_EQ(j["entities"].size(), 2u);
  EXPECT_EQ(j["entities"][0]["mentions"][0]["start"], 5);
  EXPECT_EQ(j["entities"][0]["mentions"][0]["end"], 11);
  EXPECT_EQ(j["entities"][1]["mentions"][0]["start"], 14);
  EXPECT_EQ(j["entities"][1]["mentions"][0]["end"], 20);
  EXPECT_EQ(j["entities"][1]["mentions"][0]["text"], "Russia");
}

// Numbers of every length up to seven digits: offsets and sentence numbers.
TEST_F(JsonWriterTest, NumbersOfEveryLength) {
  const std::vector<size_t> starts = {0, 9, 99, 999, 9999, 99999, 999999};
  std::string text;
  for (const size_t start : starts) {
    while (text.size() + 4 <= start) text += "Ab. ";  // a sentence each
    text.append(start - text.size(), ' ');
    text += "Turkey. ";
  }
  const nlohmann::json j = nlohmann::json::parse(Write("n", text, OffsetUnit::kBytes));
  ASSERT_EQ(j["entities"].size(), 1u);
  const auto& mentions = j["entities"][0]["mentions"];
  EXPECT_EQ(j["entities"][0]["count"], starts.size());
  ASSERT_EQ(mentions.size(), starts.size());
  size_t last_sentence = 0;
  for (size_t i = 0; i < starts.size(); ++i) {
    EXPECT_EQ(mentions[i]["start"], starts[i]);
    EXPECT_EQ(mentions[i]["end"], starts[i] + 6);
    const size_t sentence = mentions[i]["sentence"];
    if (i > 0) {
      EXPECT_GT(sentence, last_sentence);
    }
    last_sentence = sentence;
  }
  EXPECT_GT(last_sentence, 100000u);
}

TEST_F(JsonWriterTest, PatternSource) {
  const nlohmann::json j = nlohmann::json::parse(Write("p", "Col. John Dorrian said."));
  ASSERT_EQ(j["entities"].size(), 1u);
  EXPECT_EQ(j["entities"][0]["id"], "person:john-dorrian");
  EXPECT_EQ(j["entities"][0]["type"], "person");
  EXPECT_EQ(j["entities"][0]["source"], "pattern");
  EXPECT_EQ(j["entities"][0]["mentions"][0]["start"], 5);
  EXPECT_EQ(j["entities"][0]["mentions"][0]["end"], 17);
}

// Lines that fill more than one chunk, and a piece bigger than a chunk, come
// out whole and in order, and again after clear().
TEST_F(JsonWriterTest, LineBufferSpansChunks) {
  const std::string text = "Erdo\xC4\x9F" "an met officials from Russia in T\xC3\xBCrkiye about the S-400.";
  const Extractor extractor(gazetteer_, Window::kSentence);
  Extraction x;
  extractor.Extract(text, &x);
  const JsonWriter writer(OffsetUnit::kCodePoints, Window::kSentence);
  const std::string huge_id(600 << 10, 'i');
  std::string expected;
  LineBuffer lines;
  for (int round = 0; round < 2; ++round) {
    expected.clear();
    lines.clear();
    EXPECT_TRUE(lines.empty());
    for (int i = 0; i < 3000; ++i) {
      std::string id = huge_id;
      if (i != 1500) id = std::string("a").append(std::to_string(i));  // not "a" + ...: GCC 12 warns falsely (-Wrestrict)
      writer.Write(id, text, x, &expected);
      writer.Write(id, text, x, &lines);
    }
    EXPECT_GT(lines.chunks(), 2u);
    EXPECT_EQ(Joined(lines), expected);
  }
}

}  // namespace
}  // namespace gazer
