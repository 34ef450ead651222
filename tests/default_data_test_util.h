// The whole extraction over the default (embedded) gazetteers, with the
// mentions as "id=text" strings; shared by the tests of the default data.
#ifndef GAZER_TESTS_DEFAULT_DATA_TEST_UTIL_H_
#define GAZER_TESTS_DEFAULT_DATA_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gazer/default_gazetteers.h"
#include "gazer/extractor.h"

namespace gazer {

// "id=text" for every mention, in text order.
inline std::vector<std::string> Mentions(const Extractor& extractor, std::string_view text) {
  Extraction x;
  extractor.Extract(text, &x);
  std::vector<std::string> out;
  for (const Mention& m : x.mentions) {
    out.push_back(x.entities[m.entity].id + "=" + std::string(x.normalized.cased().substr(m.begin, m.end - m.begin)));
  }
  return out;
}

inline bool Has(const std::vector<std::string>& mentions, const std::string& wanted) {
  for (const std::string& m : mentions) {
    if (m == wanted) return true;
  }
  return false;
}

inline bool HasId(const std::vector<std::string>& mentions, const std::string& id) {
  for (const std::string& m : mentions) {
    if (m.compare(0, id.size() + 1, id + "=") == 0) return true;
  }
  return false;
}

class DefaultGazetteers : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string_view index_image;
    ASSERT_TRUE(LoadDefaultGazetteers(&gazetteer_, &index_image).ok());
    extractor_ = std::make_unique<Extractor>(gazetteer_, Window::kSentence, index_image);
  }
  std::vector<std::string> Find(std::string_view text) { return Mentions(*extractor_, text); }

  Gazetteer gazetteer_;
  std::unique_ptr<Extractor> extractor_;
};

}  // namespace gazer

#endif  // GAZER_TESTS_DEFAULT_DATA_TEST_UTIL_H_
