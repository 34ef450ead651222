// Runs the whole extraction over a test gazetteer and shows the mentions as
// a user sees them; shared by the tests of the stages after the Linker.
#ifndef GAZER_TESTS_FINDER_TEST_UTIL_H_
#define GAZER_TESTS_FINDER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/extractor.h"

namespace gazer {

struct Seen {
  std::string text;  // original text of the span
  std::string id;
  Source source;
  bool operator==(const Seen& o) const { return text == o.text && id == o.id && source == o.source; }
};

inline std::ostream& operator<<(std::ostream& os, const Seen& s) {
  return os << "{\"" << s.text << "\", " << s.id << (s.source == Source::kPattern ? ", pattern}" : ", gazetteer}");
}

class ExtractionTest : public testing::Test {
 protected:
  void Load(std::string_view tsv, Scheme scheme = Scheme::kGazer) {
    gazetteer_ = std::make_unique<Gazetteer>();
    const Status s = gazetteer_->LoadString("test.tsv", tsv);
    ASSERT_TRUE(s.ok()) << s.message();
    extractor_ = std::make_unique<Extractor>(*gazetteer_, Window::kSentence, std::string_view(), scheme);
  }

  std::vector<Seen> Mentions(std::string_view text) {
    Extraction x;
    extractor_->Extract(text, &x);
    std::vector<Seen> out;
    uint32_t last_end = 0;
    for (const Mention& m : x.mentions) {
      EXPECT_GE(m.begin, last_end) << "mentions unsorted or overlapping in \"" << text << "\"";
      last_end = m.end;
      const size_t b = x.normalized.ToOriginal(m.begin), e = x.normalized.ToOriginal(m.end);
      const Entity& entity = x.entities.at(m.entity);
      out.push_back({std::string(text.substr(b, e - b)), entity.id, entity.source});
    }
    return out;
  }

  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Extractor> extractor_;
};

}  // namespace gazer

#endif  // GAZER_TESTS_FINDER_TEST_UTIL_H_
