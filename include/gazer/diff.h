// Diff: what changed between two extraction outputs of the same articles,
// for regression checks (`gazer diff`).
//
// Articles are matched by id. Within an article, entities are compared by
// entity id (a kept id whose name or type differs is "changed"), relations
// as unordered pairs of entity ids, and, when asked, mentions by
// (start, end, entity id). Counts, sentence numbers and mention text are not
// compared: they follow from the mentions.
//
// ArticlePairing matches the two streams without loading them whole: an
// article waits only until its counterpart arrives. Outputs in the same
// article order (the usual case: two runs over the same input) keep at most
// one article waiting; in different orders the waiting articles are an index
// by id whose size is that of the articles read ahead of their counterparts
// (at worst one whole file, parsed). An id that occurs k times on each side
// is paired occurrence by occurrence.
#ifndef GAZER_DIFF_H_
#define GAZER_DIFF_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "gazer/article_output.h"

namespace gazer {

struct DiffOptions {
  bool mentions = false;  // also compare mentions
};

struct EntityChange {
  std::string id;
  std::string old_type, old_name;
  std::string new_type, new_name;
};

struct MentionKey {
  int64_t start = 0;
  int64_t end = 0;
  std::string entity;
  std::string text;  // for display; not compared
};

struct ArticleDiff {
  std::string id;
  std::vector<ArticleOutput::Entity> added_entities;    // in new order
  std::vector<ArticleOutput::Entity> removed_entities;  // in old order
  std::vector<EntityChange> changed_entities;           // in new order
  std::vector<ArticleOutput::Relation> added_relations;    // source < target, sorted
  std::vector<ArticleOutput::Relation> removed_relations;
  std::vector<MentionKey> added_mentions;  // sorted by (start, end, entity)
  std::vector<MentionKey> removed_mentions;

  bool empty() const;
};

// Compares two versions of one article (their ids are not compared).
ArticleDiff DiffArticles(const ArticleOutput& before, const ArticleOutput& after, const DiffOptions& options);

// Running totals over a whole comparison.
struct DiffSummary {
  uint64_t unchanged = 0, changed = 0, added = 0, removed = 0;  // articles
  uint64_t entities_added = 0, entities_removed = 0, entities_changed = 0;
  uint64_t relations_added = 0, relations_removed = 0;
  uint64_t mentions_added = 0, mentions_removed = 0;

  void Add(const ArticleDiff& diff);
  bool equal() const { return changed == 0 && added == 0 && removed == 0; }
};

// Pairs the articles of two streams by id, in whatever order they come.
class ArticlePairing {
 public:
  enum class Side { kOld, kNew };

  // Takes the next article of `side`. If its counterpart on the other side
  // is waiting, returns that (and forgets it), leaving *article as it is;
  // else moves *article in to wait.
  std::optional<ArticleOutput> Add(Side side, ArticleOutput* article);

  // The articles of `side` still waiting (once both streams have ended: the
  // ones the other side lacks), in the order they were added; forgets them.
  std::vector<ArticleOutput> TakeUnpaired(Side side);

  // Articles waiting on both sides.
  size_t waiting() const { return waiting_; }

 private:
  struct Waiting {
    uint64_t sequence;
    ArticleOutput article;
  };
  using Index = std::unordered_map<std::string, std::deque<Waiting>>;
  Index& index(Side side) { return side == Side::kOld ? old_ : new_; }

  Index old_, new_;
  uint64_t sequence_ = 0;
  size_t waiting_ = 0;
};

// Readable form: for a changed article, a line naming it and then one line
// per change ("+ entity ...", "- relation ...", "~ entity ..."); for an
// article only one side has, one "+ article"/"- article" line.
std::string FormatDiffText(const ArticleDiff& diff);
std::string FormatArticleText(char sign, const ArticleOutput& article);
// "N articles: ..., entities +a -r ~c, relations +a -r[, mentions +a -r]"
std::string FormatSummaryText(const DiffSummary& summary, const DiffOptions& options);

// JSON Lines form, one line each, with its newline.
std::string FormatDiffJson(const ArticleDiff& diff, const DiffOptions& options);
std::string FormatArticleJson(char sign, const ArticleOutput& article);
std::string FormatSummaryJson(const DiffSummary& summary, const DiffOptions& options);

}  // namespace gazer

#endif  // GAZER_DIFF_H_
