#include "name_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "slug.h"
#include "word_scanner.h"

namespace gazer {
namespace {

std::vector<TextRun> RunsOf(const std::string& text) {
  std::vector<TextRun> runs;
  WordScanner scanner(text);
  for (WordSpan w; scanner.Next(&w);) runs.push_back({w.begin, w.end});
  return runs;
}

std::string Show(const NameToken& t) {
  return std::to_string(t.begin) + ":" + std::string(t.text) + (t.possessive ? "+'s" : "") +
         (t.capitalized ? "^" : "");
}

// What NextToken reads, one token after another.
std::vector<std::string> ByNextToken(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  for (NameToken t; NextToken(text, &pos, &t);) out.push_back(Show(t));
  return out;
}

std::vector<std::string> ByReader(const std::string& text, const std::vector<TextRun>& runs) {
  std::vector<std::string> out;
  TokenReader reader(text, runs);
  for (NameToken t; reader.Next(&t);) out.push_back(Show(t));
  return out;
}

// The capital tokens, each with the end of its first run and the token
// that a reader put after it reads.
std::vector<std::string> Capitals(const std::string& text, const std::vector<TextRun>& runs) {
  std::vector<CapitalToken> found;
  if (!runs.empty()) FindCapitalTokens(text, runs, &found);
  CapitalTokens capitals(text, runs, found);
  TokenReader reader(text, runs);
  std::vector<std::string> out;
  while (const CapitalToken* capital = capitals.Next()) {
    out.push_back(Show(capital->token) + " to " + std::to_string(capital->run_end));
    reader.After(*capital);
    if (NameToken t; reader.Next(&t)) out.push_back("then " + Show(t));
  }
  return out;
}

const char* const kTexts[] = {
    "",
    "a",
    "Bashar al-Assad's forces & the O'Brien-Smith Group of Jean-Pierre",
    "  McDonald's iPhone -Foo --Bar a-'b x-Yz 'Quoted' Research & Development &&& A&B",
    "end with a hyphen- and Possessive's",
    "Turkic-Speaking\nStates' Ministry, and \xC3\x89mile Zola's \xC5\x9Ei\xC5\x9Fli-Based Fund.",
    "the Syria Recovery Trust Fund, Gen. Valery Gerasimov (UNSC) said: Lake Victoria!",
};

TEST(TokenReaderTest, ReadsFromRunsWhatNextTokenReads) {
  for (const std::string text : kTexts) {
    EXPECT_EQ(ByReader(text, RunsOf(text)), ByNextToken(text)) << text;
    EXPECT_EQ(ByReader(text, {}), ByNextToken(text)) << text;
  }
}

TEST(TokenReaderTest, CapitalTokensAreTheSameFromRunsAndFromText) {
  for (const std::string text : kTexts) EXPECT_EQ(Capitals(text, RunsOf(text)), Capitals(text, {})) << text;
  const std::string text = "the al-Assad family and McDonald's O'Brien";
  EXPECT_EQ(Capitals(text, RunsOf(text)),
            (std::vector<std::string>{"7:Assad^ to 12", "then 13:family", "24:McDonald+'s^ to 32", "then 35:O'Brien^",
                                      "35:O'Brien^ to 36"}));
}

// AppendSlug makes what Slugify makes, of ASCII text byte by byte.
TEST(AppendSlugTest, AgreesWithSlugify) {
  const std::string cases[] = {"",        "Su-24M",      "Deir ez-Zor", "  John  O'Brien's ", "Lt. Gen. X",
                               "a`b\tc\rd", std::string("nul\0byte", 8), "J.R.R. Tolkien", "--", "MiG-29 & S-400",
                               "Erdo\xC4\x9F" "an", "Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m", "caf\xC3\xA9 Z\xC3\xBCrich"};
  for (const std::string& text : cases) {
    std::string slug = "person:";
    AppendSlug(text, &slug);
    EXPECT_EQ(slug, "person:" + Slugify(text)) << text;
  }
}

}  // namespace
}  // namespace gazer
