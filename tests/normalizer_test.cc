#include "gazer/normalizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gazer/utf8.h"

namespace gazer {
namespace {

// The original text of the span [begin, end) of normalized text.
std::string Original(const NormalizedText& n, std::string_view text, size_t begin, size_t end) {
  const size_t b = n.ToOriginal(begin);
  const size_t e = n.ToOriginal(end);
  EXPECT_LE(b, e);
  EXPECT_LE(e, text.size());
  return std::string(text.substr(b, e - b));
}

// Finds `needle` in the cased normalized text and returns the original text
// it came from.
std::string OriginalOf(std::string_view text, std::string_view needle) {
  const NormalizedText n = Normalize(text);
  const size_t at = n.cased().find(needle);
  EXPECT_NE(at, std::string::npos) << "\"" << needle << "\" not in \"" << n.cased() << "\"";
  if (at == std::string::npos) return "";
  return Original(n, text, at, at + needle.size());
}

TEST(NormalizerTest, AsciiIsUnchangedAndMapsToItself) {
  const std::string text = "General Valery Gerasimov visited Turkey.";
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), text);
  EXPECT_EQ(n.folded(), "general valery gerasimov visited turkey.");
  for (size_t i = 0; i <= text.size(); ++i) EXPECT_EQ(n.ToOriginal(i), i);
}

TEST(NormalizerTest, EmptyText) {
  const NormalizedText n = Normalize("");
  EXPECT_EQ(n.cased(), "");
  EXPECT_EQ(n.folded(), "");
  EXPECT_EQ(n.ToOriginal(0), 0u);
}

TEST(NormalizerTest, PrecomposedDiacritic) {
  const std::string text = "Erdo\xC4\x9F" "an";  // Erdoğan, ğ = U+011F
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "Erdogan");
  EXPECT_EQ(n.folded(), "erdogan");
  EXPECT_EQ(n.ToOriginal(4), 4u);  // before ğ
  EXPECT_EQ(n.ToOriginal(5), 6u);  // after ğ
  EXPECT_EQ(n.ToOriginal(7), text.size());
  EXPECT_EQ(OriginalOf("President " + text + " said", "Erdogan"), text);
}

TEST(NormalizerTest, DecomposedDiacritic) {
  const std::string text = "Erdog\xCC\x86" "an";  // g + COMBINING BREVE
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "Erdogan");
  EXPECT_EQ(n.folded(), "erdogan");
  // The combining mark belongs to the letter before it.
  EXPECT_EQ(n.ToOriginal(4), 4u);
  EXPECT_EQ(n.ToOriginal(5), 7u);
  EXPECT_EQ(n.ToOriginal(7), text.size());
  EXPECT_EQ(OriginalOf("President " + text + "'s visit", "Erdogan"), text);
  // A mark at the very end of the text.
  const std::string trailing = "Erdog\xCC\x86";
  EXPECT_EQ(OriginalOf("x " + trailing, "Erdog"), trailing);
}

TEST(NormalizerTest, DotlessI) {
  const std::string text = "Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m";  // Yıldırım
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "Yildirim");
  EXPECT_EQ(n.folded(), "yildirim");
  EXPECT_EQ(OriginalOf("Binali " + text + " spoke", "Yildirim"), text);
  EXPECT_EQ(OriginalOf("Binali " + text + " spoke", "spoke"), "spoke");
}

TEST(NormalizerTest, TypographicApostropheAndQuotes) {
  const std::string text = "Russia\xE2\x80\x99s \xE2\x80\x9CS-400\xE2\x80\x9D";  // Russia’s “S-400”
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "Russia's \"S-400\"");
  EXPECT_EQ(OriginalOf(text, "Russia"), "Russia");
  EXPECT_EQ(OriginalOf(text, "S-400"), "S-400");
  EXPECT_EQ(OriginalOf(text, "'s"), "\xE2\x80\x99s");
}

TEST(NormalizerTest, NonBreakingHyphenAndDashes) {
  const std::string text = "the S\xE2\x80\x91" "400 \xE2\x80\x94 and Su\xE2\x80\x93" "24";
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "the S-400 - and Su-24");
  EXPECT_EQ(OriginalOf(text, "S-400"), "S\xE2\x80\x91" "400");
  EXPECT_EQ(OriginalOf(text, "Su-24"), "Su\xE2\x80\x93" "24");
  EXPECT_EQ(OriginalOf(text, "and"), "and");
}

TEST(NormalizerTest, InvisibleCharactersAreDropped) {
  // Zero-width space inside and before a word.
  const std::string zwsp = "\xE2\x80\x8B";
  const std::string text = "a " + zwsp + "Turkey Tur" + zwsp + "key";
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "a Turkey Turkey");
  // The first Turkey starts after the invisible character.
  EXPECT_EQ(Original(n, text, 2, 8), "Turkey");
  EXPECT_EQ(Original(n, text, 9, 15), "Tur" + zwsp + "key");
  // Soft hyphen and the BOM (U+FEFF) are invisible too.
  EXPECT_EQ(Normalize("Tur\xC2\xADkey").cased(), "Turkey");
  EXPECT_EQ(Normalize("\xEF\xBB\xBFTurkey").cased(), "Turkey");
  EXPECT_EQ(Normalize("Tur\xEF\xBB\xBFkey").folded(), "turkey");
  EXPECT_EQ(OriginalOf("\xEF\xBB\xBFTurkey", "Turkey"), "Turkey");
}

TEST(NormalizerTest, WhiteSpace) {
  const NormalizedText n = Normalize("a\tb\rc\nd\xC2\xA0" "e\xE2\x80\x83" "f\vg\fh");
  EXPECT_EQ(n.cased(), "a b c\nd e f g h");
  EXPECT_EQ(n.folded(), "a b c\nd e f g h");
}

// Code points below U+3000 are looked up by index, the others searched for.
TEST(NormalizerTest, FoldsOnBothSidesOfTheIndex) {
  const NormalizedText n = Normalize("\xE2\x80\x99" "a\xE3\x80\x80" "b\xEF\xBC\x87" "c\xE2\xBF\xBF\xE4\xB8\xAD");
  EXPECT_EQ(n.cased(), "'a b'c\xE2\xBF\xBF\xE4\xB8\xAD");
}

// ASCII is copied 16 bytes at a time up to a byte that changes (controls,
// '`') or one of another script; those and the last bytes one at a time.
TEST(NormalizerTest, AsciiAroundBytesThatChangeAtEveryOffset) {
  const std::string plain = "Ankara, Turkey: the Gulf of Aden said NATO 2024 (AFP) ";
  // Each special piece and what it becomes.
  const std::vector<std::pair<std::string_view, std::string_view>> specials = {
      {"\t", " "}, {"\r", " "}, {"`", "'"}, {"\x01", "\x01"}, {"\xC3\xA9", "e"}, {"\xE2\x80\x99", "'"}};
  for (const auto& [special, becomes] : specials) {
    for (size_t at = 0; at < 40; ++at) {
      const std::string two = plain + plain;
      const size_t second = two.size() - at / 3;
      std::string text, cased;
      for (const std::string_view part : {std::string_view(two).substr(0, at), special,
                                          std::string_view(two).substr(at, second - at), special,
                                          std::string_view(two).substr(second)}) {
        text += part;
        cased += part == special ? becomes : part;
      }
      std::string folded = cased;
      for (char& c : folded) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      const NormalizedText n = Normalize(text);
      ASSERT_EQ(n.cased(), cased) << at;
      ASSERT_EQ(n.folded(), folded) << at;
    }
  }
}

TEST(NormalizerTest, InvalidUtf8DoesNotShiftOffsets) {
  // Each ill-formed subpart becomes one ' '.
  const std::string text = "\xFF\xFE" "Turkey \xE2\x82 Russia \xC3 Iran\xF0\x9F\x98";
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "  Turkey   Russia   Iran ");
  EXPECT_EQ(n.cased().size(), n.folded().size());
  EXPECT_EQ(OriginalOf(text, "Turkey"), "Turkey");
  EXPECT_EQ(OriginalOf(text, "Russia"), "Russia");
  EXPECT_EQ(OriginalOf(text, "Iran"), "Iran");
  EXPECT_EQ(n.ToOriginal(n.cased().size()), text.size());
}

TEST(NormalizerTest, OtherScriptsKeptAndLowerCased) {
  const std::string text = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and Turkey";  // Москва
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), text);
  EXPECT_EQ(n.folded(), "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and turkey");
  EXPECT_EQ(OriginalOf(text, "Turkey"), "Turkey");
}

TEST(NormalizerTest, CasedAndFoldedStayAligned) {
  const std::string text = "\xC3\x9F \xC3\x86sir \xC3\x96zg\xC3\xBCr STRA\xC3\x9F" "E";  // ß Æsir Özgür STRAßE
  const NormalizedText n = Normalize(text);
  EXPECT_EQ(n.cased(), "ss AEsir Ozgur STRAssE");
  EXPECT_EQ(n.folded(), "ss aesir ozgur strasse");
  EXPECT_EQ(OriginalOf(text, "Ozgur"), "\xC3\x96zg\xC3\xBCr");
}

TEST(NormalizerTest, ReusesBuffers) {
  NormalizedText n;
  Normalize("Erdo\xC4\x9F" "an and more text here", &n);
  Normalize("abc", &n);
  EXPECT_EQ(n.cased(), "abc");
  EXPECT_EQ(n.folded(), "abc");
  for (size_t i = 0; i <= 3; ++i) EXPECT_EQ(n.ToOriginal(i), i);
}

// Every word edge of the normalized text maps to a character boundary of the
// original, monotonically, ending at the text's end.
TEST(NormalizerTest, ToOriginalIsMonotonicOverRandomText) {
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "\n", "\t", "\r", ".", "-", "\xC4\x9F", "\xC4\xB1", "\xCC\x86", "\xE2\x80\x99",
      "\xE2\x80\x91", "\xE2\x80\x8B", "\xEF\xBB\xBF", "\xC2\xAD", "\xD0\x9C", "\xF0\x9F\x98\x80", "\xFF",
      "\xE2\x82", "\xC3", "\xC3\x9F", "\xC3\x86", "\x80", "\xE4\xB8\xAD"};
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    std::vector<size_t> boundaries = {0};
    const int length = static_cast<int>(rng() % 40);
    for (int i = 0; i < length; ++i) {
      text += pieces[rng() % pieces.size()];
    }
    // Character boundaries of the original, as the decoder sees them.
    for (size_t pos = 0; pos < text.size();) {
      pos += DecodeUtf8(text, pos).length;
      boundaries.push_back(pos);
    }
    const NormalizedText n = Normalize(text);
    ASSERT_EQ(n.cased().size(), n.folded().size());
    size_t previous = 0;
    for (size_t i = 0; i <= n.cased().size(); ++i) {
      const size_t original = n.ToOriginal(i);
      EXPECT_GE(original, previous) << testing::PrintToString(text) << " at " << i;
      previous = original;
      // Where a match can start or end: next to a non-word byte. (Inside a
      // multi-letter fold such as ß -> ss there is no original boundary.)
      const std::string& c = n.cased();
      const bool edge = i == 0 || i == c.size() || !IsWordByte(static_cast<unsigned char>(c[i - 1])) ||
                        !IsWordByte(static_cast<unsigned char>(c[i]));
      if (edge) {
        EXPECT_NE(std::find(boundaries.begin(), boundaries.end(), original), boundaries.end())
            << testing::PrintToString(text) << " normalized offset " << i << " -> " << original;
      }
    }
    EXPECT_EQ(n.ToOriginal(n.cased().size()), text.size()) << testing::PrintToString(text);
  }
}

TEST(NormalizerTest, IsWordByte) {
  EXPECT_TRUE(IsWordByte('a'));
  EXPECT_TRUE(IsWordByte('Z'));
  EXPECT_TRUE(IsWordByte('5'));
  EXPECT_TRUE(IsWordByte(0xD0));
  EXPECT_FALSE(IsWordByte('-'));
  EXPECT_FALSE(IsWordByte('\''));
  EXPECT_FALSE(IsWordByte(' '));
  EXPECT_FALSE(IsWordByte('_'));
}

}  // namespace
}  // namespace gazer
