// How the stages after the matcher put their findings into an article's
// mentions: a stage empties the mentions its own replace (begin == end),
// then merges what it found, and the mentions stay sorted and
// non-overlapping.
#ifndef GAZER_SRC_MENTION_MERGE_H_
#define GAZER_SRC_MENTION_MERGE_H_

#include <algorithm>
#include <vector>

#include "gazer/extraction.h"

namespace gazer {

// Drops the emptied mentions of *mentions and adds `added`, in text order.
// No two of the mentions then start at one place (they do not overlap), so
// merging `added`, where it is in text order as most stages find it, gives
// what sorting would.
inline void MergeMentions(std::vector<Mention>* mentions, const std::vector<Mention>& added) {
  const auto by_begin = [](const Mention& a, const Mention& b) { return a.begin < b.begin; };
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(), [](const Mention& m) { return m.begin == m.end; }),
                  mentions->end());
  if (added.empty()) return;
  if (!std::is_sorted(added.begin(), added.end(), by_begin)) {
    mentions->insert(mentions->end(), added.begin(), added.end());
    std::sort(mentions->begin(), mentions->end(), by_begin);
    return;
  }
  // From the back, so that no mention is moved before it is read.
  size_t kept = mentions->size();
  size_t next = added.size();
  mentions->resize(kept + next);
  Mention* const m = mentions->data();
  for (size_t to = kept + next; next > 0;) {
    m[--to] = kept > 0 && m[kept - 1].begin > added[next - 1].begin ? m[--kept] : added[--next];
  }
}

}  // namespace gazer

#endif  // GAZER_SRC_MENTION_MERGE_H_
