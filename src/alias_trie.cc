#include "alias_trie.h"

#include <algorithm>
#include <cstring>

#include "binary_io.h"
#include "byte_scan.h"

namespace gazer {
namespace {

constexpr std::string_view kMagic = "GZT2";

bool IsWord(const std::string& s, size_t i) { return IsWordByte(static_cast<unsigned char>(s[i])); }

// A hyphen between two word characters is optional: it is dropped from keys
// and skipped in the text.
bool IsJoiningHyphen(const std::string& s, size_t i) {
  return s[i] == '-' && i > 0 && i + 1 < s.size() && IsWord(s, i - 1) && IsWord(s, i + 1);
}

// The trie key of a normalized alias: joining hyphens dropped, white space
// runs turned into one space, no space at either end. Applied alike to the
// cased and folded forms, which stay byte-aligned. `after_hyphen[k]` is set
// when key byte k followed a dropped hyphen.
void MakeKeys(const NormalizedText& alias, std::string* cased, std::string* folded, std::string* after_hyphen) {
  const std::string& c = alias.cased();
  const std::string& f = alias.folded();
  bool hyphen = false;
  for (size_t i = 0; i < c.size(); ++i) {
    if (IsJoiningHyphen(c, i)) {
      hyphen = true;
      continue;
    }
    if (c[i] == ' ' || c[i] == '\n') {
      if (cased->empty() || cased->back() == ' ') continue;
    }
    cased->push_back(c[i] == '\n' ? ' ' : c[i]);
    folded->push_back(f[i] == '\n' ? ' ' : f[i]);
    after_hyphen->push_back(hyphen ? 1 : 0);
    hyphen = false;
  }
  while (!cased->empty() && cased->back() == ' ') {
    cased->pop_back();
    folded->pop_back();
    after_hyphen->pop_back();
  }
}

// True if the word at `begin` starts a sentence or a line, where a capital
// says nothing about being a name.
bool AtSentenceStart(const std::string& cased, size_t begin) {
  size_t i = begin;
  while (i > 0 && (cased[i - 1] == ' ' || cased[i - 1] == '"' || cased[i - 1] == '\'' || cased[i - 1] == '(')) --i;
  return i == 0 || cased[i - 1] == '.' || cased[i - 1] == '!' || cased[i - 1] == '?' || cased[i - 1] == '\n';
}

// An exact-case alias of one word with lower-case letters ("=May",
// "=Mobile") is a name that is also a common word: it only counts where its
// capital means something, not at the start of a sentence.
bool IsCommonWordAlias(std::string_view cased_key, std::string_view folded_key) {
  return cased_key != folded_key && cased_key.find(' ') == std::string_view::npos &&
         std::any_of(cased_key.begin(), cased_key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// FNV-1a over the first word of a key (keys hold no joining hyphens).
uint64_t HashFirstWord(std::string_view key) {
  uint64_t hash = kFnvOffset;
  for (size_t i = 0; i < key.size() && IsWordByte(static_cast<unsigned char>(key[i])); ++i) {
    hash = (hash ^ static_cast<unsigned char>(key[i])) * kFnvPrime;
  }
  return hash;
}

}  // namespace

void AliasTrie::AddFirstWord(uint64_t hash, std::vector<uint32_t>* filter) {
  for (uint32_t bit : {static_cast<uint32_t>(hash), static_cast<uint32_t>(hash >> 32)}) {
    bit &= kFilterBits - 1;
    (*filter)[bit / 32] |= 1u << (bit % 32);
  }
}

bool AliasTrie::HasFirstWord(uint64_t hash, const uint32_t* filter) {
  const uint32_t low = static_cast<uint32_t>(hash) & (kFilterBits - 1);
  const uint32_t high = static_cast<uint32_t>(hash >> 32) & (kFilterBits - 1);
  return (filter[low / 32] & (1u << (low % 32))) != 0 && (filter[high / 32] & (1u << (high % 32))) != 0;
}

bool AliasTrie::MayStartWord(const std::string& folded, size_t begin, bool lower, size_t* word_end) const {
  const uint32_t* filter = lower ? lower_first_words_.data() : first_words_.data();
  // An alias may also end where the text has a hyphen ("Turkish" in
  // "Turkish-Russian"), so each hyphen-joined prefix is tried too.
  const char* const text = folded.data();
  const size_t n = folded.size();
  uint64_t hash = kFnvOffset, previous = hash;
  size_t i = begin;
  for (; i < n && kIsWordByte(text[i]); ++i) {
    previous = hash;
    hash = (hash ^ static_cast<unsigned char>(text[i])) * kFnvPrime;
  }
  *word_end = i;
  // A joining hyphen (the byte before is a word byte, as i > begin).
  while (i + 1 < n && text[i] == '-' && kIsWordByte(text[i + 1])) {
    if (HasFirstWord(hash, filter)) return true;
    for (++i; i < n && kIsWordByte(text[i]); ++i) {
      previous = hash;
      hash = (hash ^ static_cast<unsigned char>(text[i])) * kFnvPrime;
    }
  }
  return HasFirstWord(hash, filter) || (text[i - 1] == 's' && HasFirstWord(previous, filter));
}

AliasTrie::AliasTrie(const Gazetteer& gazetteer, uint32_t first, uint32_t last) : first_(first), last_(last) {
  std::string cased, folded, after_hyphen;
  for (uint32_t e = first; e < last; ++e) {
    const Entry entry = gazetteer.entry(e);
    if (entry.is_family()) continue;
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      const Alias alias = gazetteer.alias(entry, k);
      cased.clear();
      folded.clear();
      after_hyphen.clear();
      MakeKeys(Normalize(alias.text), &cased, &folded, &after_hyphen);
      if (folded.empty()) continue;
      Record record{e, static_cast<uint32_t>(own_keys_.size()), static_cast<uint32_t>(folded.size()),
                    static_cast<uint8_t>(alias.case_rule), entry.type == EntityType::kWeapon, {0, 0}};
      own_keys_ += cased;
      own_keys_ += folded;
      own_keys_ += after_hyphen;
      own_records_.push_back(record);
    }
  }
  keys_ = own_keys_;
  std::stable_sort(own_records_.begin(), own_records_.end(),
                   [&](const Record& a, const Record& b) { return Folded(a) < Folded(b); });
  records_ = own_records_;
  own_nodes_.push_back({0, 0, 0, 0});
  own_labels_.push_back(0);
  Build(0, 0, static_cast<uint32_t>(own_records_.size()), 0);
  nodes_ = own_nodes_;
  labels_ = own_labels_;
  own_lower_start_.assign(256, 0);
  own_first_words_.assign(kFilterBits / 32, 0);
  own_lower_first_words_.assign(kFilterBits / 32, 0);
  for (const Record& r : own_records_) {
    const uint64_t hash = HashFirstWord(Folded(r));
    AddFirstWord(hash, &own_first_words_);
    // Where the text has a lower-case letter, only these can match (see
    // CaseAgrees: a capital of the alias must be one in the text).
    if (static_cast<CaseRule>(r.case_rule) == CaseRule::kAny || Cased(r)[0] == Folded(r)[0]) {
      own_lower_start_[static_cast<unsigned char>(Folded(r)[0])] = 1;
      AddFirstWord(hash, &own_lower_first_words_);
    }
  }
  lower_start_ = own_lower_start_;
  first_words_ = own_first_words_;
  lower_first_words_ = own_lower_first_words_;
  FillRoot();
}

// Builds the subtree of `node` from records_[lo, hi), which share their first
// `depth` key bytes. Children are stored contiguously.
void AliasTrie::Build(uint32_t node, uint32_t lo, uint32_t hi, size_t depth) {
  uint32_t i = lo;
  while (i < hi && own_records_[i].length == depth) ++i;
  own_nodes_[node].alias_begin = lo;
  own_nodes_[node].alias_end = i;
  std::vector<std::pair<uint32_t, uint32_t>> groups;
  for (uint32_t start = i; start < hi;) {
    const char c = Folded(own_records_[start])[depth];
    uint32_t stop = start;
    while (stop < hi && Folded(own_records_[stop])[depth] == c) ++stop;
    groups.emplace_back(start, stop);
    start = stop;
  }
  const uint32_t first = static_cast<uint32_t>(own_nodes_.size());
  own_nodes_[node].first_child = first;
  own_nodes_[node].child_count = static_cast<uint32_t>(groups.size());
  for (const auto& [start, stop] : groups) {
    own_nodes_.push_back({0, 0, 0, 0});
    own_labels_.push_back(static_cast<unsigned char>(Folded(own_records_[start])[depth]));
  }
  for (size_t g = 0; g < groups.size(); ++g) {
    Build(first + static_cast<uint32_t>(g), groups[g].first, groups[g].second, depth + 1);
  }
}

void AliasTrie::FillRoot() {
  root_.fill(kNone);
  if (nodes_.empty()) return;
  const Node& root = nodes_[0];
  for (uint32_t c = root.first_child; c < root.first_child + root.child_count; ++c) root_[labels_[c]] = c;
}

void AliasTrie::Serialize(std::string* out) const {
  out->append(kMagic);
  PutU32(first_, out);
  PutU32(last_, out);
  PutU32(static_cast<uint32_t>(nodes_.size()), out);
  PutU32(static_cast<uint32_t>(records_.size()), out);
  PutU32(static_cast<uint32_t>(keys_.size()), out);
  out->append(reinterpret_cast<const char*>(nodes_.data()), nodes_.size_bytes());
  out->append(reinterpret_cast<const char*>(records_.data()), records_.size_bytes());
  out->append(reinterpret_cast<const char*>(labels_.data()), labels_.size_bytes());
  out->append(reinterpret_cast<const char*>(lower_start_.data()), lower_start_.size_bytes());
  out->append(reinterpret_cast<const char*>(first_words_.data()), first_words_.size_bytes());
  out->append(reinterpret_cast<const char*>(lower_first_words_.data()), lower_first_words_.size_bytes());
  out->append(keys_);
}

std::unique_ptr<AliasTrie> AliasTrie::View(std::string_view image) {
  if (reinterpret_cast<uintptr_t>(image.data()) % alignof(Node) != 0) return nullptr;
  ByteReader in(image);
  if (in.Bytes(kMagic.size()) != kMagic) return nullptr;
  std::unique_ptr<AliasTrie> trie(new AliasTrie);
  trie->first_ = in.U32();
  trie->last_ = in.U32();
  const uint32_t node_count = in.U32();
  const uint32_t record_count = in.U32();
  const uint32_t key_bytes = in.U32();
  if (!in.ok() || node_count == 0) return nullptr;
  const std::string_view nodes = in.Bytes(static_cast<size_t>(node_count) * sizeof(Node));
  const std::string_view records = in.Bytes(static_cast<size_t>(record_count) * sizeof(Record));
  const std::string_view labels = in.Bytes(node_count);
  const std::string_view lower_start = in.Bytes(256);
  const std::string_view first_words = in.Bytes(kFilterBits / 8);
  const std::string_view lower_first_words = in.Bytes(kFilterBits / 8);
  trie->keys_ = in.Bytes(key_bytes);
  if (!in.ok()) return nullptr;
  trie->nodes_ = {reinterpret_cast<const Node*>(nodes.data()), node_count};
  trie->records_ = {reinterpret_cast<const Record*>(records.data()), record_count};
  trie->labels_ = {reinterpret_cast<const unsigned char*>(labels.data()), node_count};
  trie->lower_start_ = {reinterpret_cast<const uint8_t*>(lower_start.data()), 256};
  trie->first_words_ = {reinterpret_cast<const uint32_t*>(first_words.data()), kFilterBits / 32};
  trie->lower_first_words_ = {reinterpret_cast<const uint32_t*>(lower_first_words.data()), kFilterBits / 32};
  // The image comes from the build (gazer-snapshot), not from users, so only
  // its shape is checked here: walking every node would touch every page of
  // it at start-up, which is what the snapshot exists to avoid.
  const Node& root = trie->nodes_[0];
  if (root.first_child > node_count || root.child_count > node_count - root.first_child) return nullptr;
  trie->FillRoot();
  return trie;
}

uint32_t AliasTrie::Child(uint32_t node, unsigned char c) const {
  const Node& n = nodes_[node];
  const unsigned char* begin = labels_.data() + n.first_child;
  const unsigned char* end = begin + n.child_count;
  const unsigned char* it = n.child_count <= 8 ? std::find(begin, end, c) : std::lower_bound(begin, end, c);
  if (it == end || *it != c) return kNone;
  return n.first_child + static_cast<uint32_t>(it - begin);
}

uint32_t AliasTrie::Longest(const NormalizedText& text, uint32_t begin, std::vector<uint32_t>* candidates) const {
  const std::string& folded = text.folded();
  const size_t n = folded.size();
  struct Hit {
    uint32_t node;
    uint32_t end;
  };
  constexpr int kMaxHits = 32;
  std::array<Hit, kMaxHits> hits;
  int hit_count = 0;

  uint32_t node = 0;
  size_t j = begin;
  while (j < n) {
    const unsigned char c = static_cast<unsigned char>(folded[j]);
    size_t next = j + 1;
    if (c == '-' && IsJoiningHyphen(folded, j)) {
      ++j;
      continue;
    }
    if (c == ' ') {
      while (next < n && folded[next] == ' ') ++next;
    }
    const uint32_t child = node == 0 ? root_[c] : Child(node, c);
    if (child == kNone) break;
    node = child;
    j = next;
    if (nodes_[node].alias_begin != nodes_[node].alias_end && hit_count < kMaxHits) {
      hits[hit_count++] = {node, static_cast<uint32_t>(j)};
    }
  }

  for (int h = hit_count - 1; h >= 0; --h) {
    const uint32_t end = hits[h].end;
    const bool at_boundary = end == n || !IsWord(folded, end) || !IsWord(folded, end - 1);
    const bool plural = !at_boundary && folded[end] == 's' && (end + 1 == n || !IsWord(folded, end + 1));
    if (!at_boundary && !plural) continue;
    const size_t before = candidates->size();
    const Node& hit = nodes_[hits[h].node];
    for (uint32_t a = hit.alias_begin; a < hit.alias_end; ++a) {
      const Record& record = records_[a];
      if (plural && !record.weapon) continue;
      if (!CaseAgrees(text, begin, end, record)) continue;
      if (static_cast<CaseRule>(record.case_rule) == CaseRule::kExact && IsCommonWordAlias(Cased(record), Folded(record)) &&
          AtSentenceStart(text.cased(), begin)) {
        continue;
      }
      if (std::find(candidates->begin() + before, candidates->end(), record.entry) == candidates->end()) {
        candidates->push_back(record.entry);
      }
    }
    if (candidates->size() > before) return end;
  }
  return 0;
}

// Walks text [begin, end) and the alias key side by side, as Longest() did,
// checking the alias' case rule at every key byte.
bool AliasTrie::CaseAgrees(const NormalizedText& text, size_t begin, size_t end, const Record& record) const {
  const CaseRule rule = static_cast<CaseRule>(record.case_rule);
  if (rule == CaseRule::kAny) return true;
  const std::string& folded = text.folded();
  const std::string& cased = text.cased();
  const std::string_view key_cased = Cased(record);
  const std::string_view key_folded = Folded(record);
  const char* after_hyphen = AfterHyphen(record);
  size_t i = begin;
  for (size_t k = 0; k < key_folded.size() && i < end; ++k, ++i) {
    bool text_hyphen = false;
    if (folded[i] == '-' && IsJoiningHyphen(folded, i)) {
      ++i;
      text_hyphen = true;
    }
    if (folded[i] == ' ') {
      while (i + 1 < end && folded[i + 1] == ' ') ++i;
      continue;
    }
    if (rule == CaseRule::kExact) {
      if (cased[i] != key_cased[k]) return false;
    } else if (key_cased[k] != key_folded[k] && cased[i] == folded[i]) {
      // A capital of the alias is not a capital in the text. Where the alias
      // has a joining hyphen the text left out, the two parts became one
      // word and the second part's capital goes with the hyphen: "Deir
      // ez-Zor" is written "Deir Ezzor".
      if (!(after_hyphen[k] && !text_hyphen)) return false;
    }
  }
  return true;
}

}  // namespace gazer
