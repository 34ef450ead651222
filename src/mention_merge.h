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
inline void MergeMentions(std::vector<Mention>* mentions, const std::vector<Mention>& added) {
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(), [](const Mention& m) { return m.begin == m.end; }),
                  mentions->end());
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace gazer

#endif  // GAZER_SRC_MENTION_MERGE_H_
