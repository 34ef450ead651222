#include "gazer/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace gazer {
namespace {

TEST(DecodeUtf8Test, Ascii) {
  const DecodedChar c = DecodeUtf8("A", 0);
  EXPECT_EQ(c.code_point, U'A');
  EXPECT_EQ(c.length, 1u);
  EXPECT_TRUE(c.valid);
}

TEST(DecodeUtf8Test, MultiByte) {
  struct Case {
    std::string text;
    char32_t code_point;
    uint32_t length;
  };
  const Case cases[] = {
      {"\xC4\x9F", 0x011F, 2},          // ğ
      {"\xC4\xB1", 0x0131, 2},          // ı
      {"\xE2\x80\x99", 0x2019, 3},      // ’
      {"\xE2\x80\x91", 0x2011, 3},      // non-breaking hyphen
      {"\xF0\x9F\x98\x80", 0x1F600, 4}, // emoji
      {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4},
  };
  for (const Case& c : cases) {
    const DecodedChar d = DecodeUtf8(c.text, 0);
    EXPECT_TRUE(d.valid) << c.text;
    EXPECT_EQ(d.code_point, c.code_point) << c.text;
    EXPECT_EQ(d.length, c.length) << c.text;
  }
}

TEST(DecodeUtf8Test, DecodesAtOffset) {
  const std::string text = "Erdo\xC4\x9F" "an";
  const DecodedChar d = DecodeUtf8(text, 4);
  EXPECT_TRUE(d.valid);
  EXPECT_EQ(d.code_point, 0x011Fu);
  EXPECT_EQ(d.length, 2u);
}

// Each maximal ill-formed subpart is one replacement character, as Python's
// bytes.decode("utf-8", "replace") does it.
TEST(DecodeUtf8Test, MaximalSubparts) {
  struct Case {
    std::string text;
    uint32_t length;
  };
  const Case cases[] = {
      {"\x80", 1},                 // lone continuation byte
      {"\xBF" "a", 1},
      {"\xC0\xAF", 1},             // overlong lead byte
      {"\xC1\x81", 1},
      {"\xF5\x80\x80\x80", 1},     // beyond U+10FFFF
      {"\xFF", 1},
      {"\xE2\x82", 2},             // truncated at end of text
      {"\xE2\x82" "A", 2},         // truncated by ASCII
      {"\xF0\x9F\x98", 3},         // truncated 4-byte sequence
      {"\xF0\x9F\x98" " ", 3},
      {"\xED\xA0\x80", 1},         // surrogate: ED A0 is not a valid prefix
      {"\xE0\x80\x80", 1},         // overlong 3-byte
      {"\xF0\x80\x80\x80", 1},     // overlong 4-byte
      {"\xF4\x90\x80\x80", 1},     // above U+10FFFF
      {"\xC3", 1},                 // lead byte at end
      {"\xC3\xC3\xA9", 1},         // lead byte followed by a lead byte
  };
  for (const Case& c : cases) {
    const DecodedChar d = DecodeUtf8(c.text, 0);
    EXPECT_FALSE(d.valid) << testing::PrintToString(c.text);
    EXPECT_EQ(d.code_point, kReplacementChar) << testing::PrintToString(c.text);
    EXPECT_EQ(d.length, c.length) << testing::PrintToString(c.text);
  }
}

// Counts code points the way gazer does; must agree with Python:
//   len(b"...".decode("utf-8", "replace"))
size_t CountCodePoints(const std::string& text) {
  size_t count = 0;
  for (size_t pos = 0; pos < text.size(); pos += DecodeUtf8(text, pos).length) ++count;
  return count;
}

TEST(DecodeUtf8Test, CodePointCountsAgreeWithPythonReplace) {
  // len(b"a\xe2\x82b".decode("utf-8","replace")) == 3
  EXPECT_EQ(CountCodePoints("a\xE2\x82" "b"), 3u);
  // len(b"\xf0\x9f\x98\x80\xff\xfe".decode("utf-8","replace")) == 3
  EXPECT_EQ(CountCodePoints("\xF0\x9F\x98\x80\xFF\xFE"), 3u);
  // len(b"\xed\xa0\x80".decode("utf-8","replace")) == 3
  EXPECT_EQ(CountCodePoints("\xED\xA0\x80"), 3u);
  // len(b"\xf0\x9f\x98x\xe2\x80\x99".decode("utf-8","replace")) == 3
  EXPECT_EQ(CountCodePoints("\xF0\x9F\x98x\xE2\x80\x99"), 3u);
  // len(b"Erdo\xc4\x9fan".decode("utf-8","replace")) == 7
  EXPECT_EQ(CountCodePoints("Erdo\xC4\x9F" "an"), 7u);
}

TEST(AppendUtf8Test, EncodesEveryLength) {
  struct Case {
    char32_t code_point;
    std::string utf8;
  };
  const Case cases[] = {{U'A', "A"},
                        {0x7F, "\x7F"},
                        {0x80, "\xC2\x80"},
                        {0x011F, "\xC4\x9F"},
                        {0x7FF, "\xDF\xBF"},
                        {0x800, "\xE0\xA0\x80"},
                        {0xFFFD, "\xEF\xBF\xBD"},
                        {0x10000, "\xF0\x90\x80\x80"},
                        {0x1F600, "\xF0\x9F\x98\x80"},
                        {0x10FFFF, "\xF4\x8F\xBF\xBF"}};
  for (const Case& c : cases) {
    std::string out = "x";
    AppendUtf8(c.code_point, &out);
    EXPECT_EQ(out, "x" + c.utf8) << std::hex << static_cast<uint32_t>(c.code_point);
    const DecodedChar d = DecodeUtf8(out, 1);
    EXPECT_TRUE(d.valid);
    EXPECT_EQ(d.code_point, c.code_point);
    EXPECT_EQ(d.length, c.utf8.size());
  }
}

TEST(IsValidUtf8Test, AcceptsAndRejects) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII"));
  EXPECT_TRUE(IsValidUtf8("Erdo\xC4\x9F" "an Y\xC4\xB1ld\xC4\xB1r\xC4\xB1m \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("abc\x80"));
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x82"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8(std::string("a\xFF" "b")));
}

}  // namespace
}  // namespace gazer
