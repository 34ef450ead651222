// Evaluation: scores of extraction output against gold annotations, with
// exactly the definitions of the shared scorer (../shared/eval/GUIDELINES.md
// and score.py), so that the two agree figure for figure.
//
// - Mentions, micro-averaged, by class (PER, ORG, GEO = country + location,
//   WEA), "all", and by fine type when every gold mention of the document is
//   fine-typed (person, country, ...). Strict: same span and label, as
//   multisets (duplicate spans count as often as they occur on both sides).
//   Lenient: overlapping spans with the same label, paired one-to-one
//   greedily: exact spans first, then larger overlap, then gold order, then
//   prediction order.
// - A predicted mention that overlaps an ignore span of the gold and no gold
//   mention is left out entirely.
// - Entities (documents with fine types and names only): each predicted
//   entity maps to the gold name most of its leniently matched mentions
//   carry (ties: the name it matched first); precision and recall over
//   distinct names per document.
// - Relations (same documents): mapped predicted pairs against the pairs of
//   gold names that share a gold sentence.
// - Relation recall, for gold that gives relations as span pairs (re3d): a
//   gold relation is found when some predicted relation has a mention
//   overlapping each of its two spans.
// P, R and F1 are rounded to 4 decimals the way Python's round() does.
//
// Where score.py would stop with a Python error (a gold document whose
// sentence holds both named and unnamed mentions), the unnamed ones count
// as one name that sorts first.
#ifndef GAZER_EVALUATION_H_
#define GAZER_EVALUATION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gazer/article_output.h"
#include "gazer/status.h"

namespace gazer {

struct Span {
  int64_t start = 0;  // code points, end-exclusive
  int64_t end = 0;
  bool operator==(const Span&) const = default;
};

// One line of a gold file:
//   {"id", "text"?, "entities": [{"start", "end", "type", "name"?}],
//    "ignore": [{"start", "end"}]?, "sentences": [[s, e], ...]?,
//    "relations": [{"source": [s, e], "target": [s, e]}]?}
// "type" is a fine type (person, country, organization, location, weapon)
// or a class (PER, ORG, GEO, WEA).
struct GoldDocument {
  struct Mention {
    Span span;
    std::string type;
    std::optional<std::string> name;
  };
  struct Relation {
    Span source, target;
  };

  std::string id;
  std::vector<Mention> mentions;
  std::vector<Span> ignore;
  std::vector<Span> sentences;
  std::vector<Relation> relations;
};

// Parses a gold line; errors hold just the reason. The id is the string, or
// "None" when missing or null (as score.py's str()), or the JSON text of
// another value.
Status ParseGoldDocument(std::string_view line, GoldDocument* out);

// True positives, false positives, false negatives.
struct Counts {
  int64_t tp = 0, fp = 0, fn = 0;

  void Add(int64_t more_tp, int64_t more_fp, int64_t more_fn) {
    tp += more_tp;
    fp += more_fp;
    fn += more_fn;
  }
  // Rounded to 4 decimals; 0 when undefined.
  double precision() const;
  double recall() const;
  double f1() const;  // from the unrounded precision and recall
};

struct EvaluationReport {
  size_t docs = 0;
  std::vector<std::string> missing_docs;  // gold ids without a prediction, gold order
  std::vector<std::string> extra_docs;    // predicted ids not in the gold, prediction order
  // Labels in score.py's order: all, PER, ORG, GEO, WEA, then the fine types
  // if some document was fine-typed.
  std::vector<std::pair<std::string, Counts>> strict, lenient;
  bool has_entities = false;  // some document had fine types and names
  Counts entities, relations;
  bool has_relation_recall = false;  // some document had span relations
  Counts relation_recall;            // tp: found, fn: not found
  int64_t predicted_pairs = 0;       // predicted relations in those documents
  std::vector<std::pair<std::string, Counts>> by_doc;  // lenient "all", gold order

  // The lenient F1 of "all" (0 with no documents).
  double lenient_f1() const;
};

// Scores `pred` against `gold`, matching documents by id. Ids must be unique
// on each side (readers reject duplicates as input errors).
EvaluationReport Evaluate(const std::vector<GoldDocument>& gold, const std::vector<ArticleOutput>& pred);

// Python's round(x, 4).
double Round4(double x);

// score.py's --json structure and key order (json.dumps(..., indent=1)).
std::string EvaluationJson(const EvaluationReport& report, std::string_view gold_path, std::string_view pred_path,
                           bool by_doc);
// score.py's table.
std::string EvaluationTable(const EvaluationReport& report);

}  // namespace gazer

#endif  // GAZER_EVALUATION_H_
