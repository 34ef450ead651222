// ArticleOutput: one line of `gazer extract` output read back, for the
// commands that consume extraction results (diff, eval).
//
// Only what those commands need is kept, and only that is required, so that
// the output of other extractors in the same shape can be read too:
//
//   {"id", "entities": [{"id", "type", "name"?, "mentions": [{"start", "end", "text"?}]}],
//    "relations": [{"source", "target"}]}
//
// "entities", "relations", "mentions", "type" and "name" may be missing
// (empty); any other key is ignored. A non-string id is kept as its JSON text
// (7 -> "7"), as `gazer extract` does.
#ifndef GAZER_ARTICLE_OUTPUT_H_
#define GAZER_ARTICLE_OUTPUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "gazer/status.h"

namespace gazer {

struct ArticleOutput {
  struct Mention {
    int64_t start = 0;  // as written: code points (or bytes), end-exclusive
    int64_t end = 0;
    std::string text;
  };
  struct Entity {
    std::string id;
    std::string type;
    std::string name;
    std::vector<Mention> mentions;
  };
  struct Relation {
    std::string source;  // entity ids
    std::string target;
  };

  std::string id;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

// Parses one line (without its newline). On error *out is unspecified and
// the message holds just the reason ("invalid JSON: ...", "entity 3: no
// \"id\""); the caller knows the file and line and puts them in front.
Status ParseArticleOutput(std::string_view line, ArticleOutput* out);

// Parses one line as JSON; on error the message says why ("invalid JSON:
// parse error at ..."). The first step of ParseArticleOutput, shared with the
// gold reader of eval so that both name bad lines alike.
Status ParseJsonLine(std::string_view line, nlohmann::json* value);

}  // namespace gazer

#endif  // GAZER_ARTICLE_OUTPUT_H_
