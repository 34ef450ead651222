#include "alias_trie.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ascii.h"
#include "binary_io.h"
#include "byte_scan.h"

namespace gazer {
namespace {

constexpr std::string_view kMagic = "GZT8";

bool IsWord(const std::string& s, size_t i) { return kIsWordByte(s[i]); }

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

// A first word's check bits in the table: some of its hash, and its length.
uint32_t WordCheck(uint64_t hash, size_t length) {
  return (static_cast<uint32_t>(hash >> 16) & 0xFFFFFF00u) | static_cast<uint32_t>(length < 255 ? length : 255);
}

// The first (up to) 8 bytes of a word; `available` bytes can be read.
uint64_t WordHead(std::string_view word, size_t available) {
  return word_hash_internal::Tail(word.data(), word.size() < 8 ? word.size() : 8, available);
}

// The length of a key's first word: its leading word bytes (keys hold no
// joining hyphens).
size_t FirstWordLength(std::string_view key) {
  size_t i = 0;
  while (i < key.size() && IsWordByte(static_cast<unsigned char>(key[i]))) ++i;
  return i;
}

// The parts of an image are padded to multiple of 16 bytes, so each part
// stays aligned; padding after the labels lets Child read 16 labels at a
// time anywhere.
size_t Padded(size_t bytes) { return (bytes + 15) / 16 * 16; }

// News writes the acronyms of a few bodies and countries with and without
// dots ("UN Development Programme", "U.N. Development Programme"). Sets
// `*variant` to the other form of an alias that starts with one of them and
// goes on; false if it does not.
bool DottedAcronymVariant(std::string_view alias, std::string* variant) {
  static constexpr std::pair<std::string_view, std::string_view> kForms[] = {
      {"UN ", "U.N. "}, {"US ", "U.S. "}, {"EU ", "E.U. "}, {"UK ", "U.K. "}};
  for (const auto& [plain, dotted] : kForms) {
    for (const auto& [from, to] : {std::pair{plain, dotted}, std::pair{dotted, plain}}) {
      if (alias.size() > from.size() && alias.substr(0, from.size()) == from) {
        variant->assign(to);
        variant->append(alias.substr(from.size()));
        return true;
      }
    }
  }
  return false;
}

// News quotes a nickname inside a name with either mark ("Ismael 'El Mayo'
// Zambada", "Ismael \"El Mayo\" Zambada"). Sets `*variant` to the alias
// with the other mark around each quoted part that spaces enclose; false
// if it has none.
bool QuotedNicknameVariant(std::string_view alias, std::string* variant) {
  variant->assign(alias);
  bool changed = false;
  for (size_t open = 0; open + 1 < variant->size(); ++open) {
    const char mark = (*variant)[open];
    if ((mark != '\'' && mark != '"') || (open > 0 && (*variant)[open - 1] != ' ')) continue;
    const size_t close = variant->find(mark, open + 1);
    if (close == std::string::npos || close == open + 1 || close + 1 >= variant->size() ||
        (*variant)[close + 1] != ' ') {
      continue;
    }
    const char other = mark == '"' ? '\'' : '"';
    (*variant)[open] = other;
    (*variant)[close] = other;
    changed = true;
    open = close;
  }
  return changed;
}

// The words British and American English spell apart in the names of
// bodies ("Ministry of Defence", "Kratos Defense"; "Organisation",
// "Stabilization"), as pairs of word endings. News of either side writes
// any body's name its own way.
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"Defence", "Defense"}, {"defence", "defense"}, {"Centre", "Center"},   {"centre", "center"},
    {"isation", "ization"}, {"Armoured", "Armored"}, {"armoured", "armored"},
    {"Programme", "Program"}, {"programme", "program"},
};

// Sets `*variant` to an organization's alias spelt the other way: each word
// that ends in one form of kSpellings ends in the other. False if no word
// does.
bool SpellingVariant(std::string_view alias, std::string* variant) {
  variant->clear();
  bool changed = false;
  size_t begin = 0;
  while (begin < alias.size()) {
    size_t end = begin;
    while (end < alias.size() && IsWordByte(static_cast<unsigned char>(alias[end]))) ++end;
    std::string_view word = alias.substr(begin, end - begin);
    for (const auto& [british, american] : kSpellings) {
      for (const auto& [from, to] : {std::pair{british, american}, std::pair{american, british}}) {
        // A whole word, or the ending of a longer one ("Organisation").
        if (word.ends_with(from)) {
          variant->append(word.substr(0, word.size() - from.size()));
          variant->append(to);
          word = {};
          changed = true;
          break;
        }
      }
      if (word.empty()) break;
    }
    variant->append(word);
    // The bytes up to the next word as they are.
    size_t next = end;
    while (next < alias.size() && !IsWordByte(static_cast<unsigned char>(alias[next]))) ++next;
    variant->append(alias.substr(end, next - end));
    begin = next;
  }
  return changed;
}

// Where the last word of an organization's alias of several words starts
// in `folded` if that word is a head news also writes in lower case ("the
// Amal movement", "the Wagner group"), else 0. Heads such as "Army" or
// "Ministry" are not: "the Syrian army" is a country and a common noun.
size_t GenericHeadStart(std::string_view folded) {
  static constexpr std::string_view kHeads[] = {"movement", "party", "front", "group", "brigade", "brigades"};
  const size_t space = folded.rfind(' ');
  if (space == std::string_view::npos) return 0;
  const std::string_view last = folded.substr(space + 1);
  return std::find(std::begin(kHeads), std::end(kHeads), last) != std::end(kHeads) ? space + 1 : 0;
}

}  // namespace

// About 16 bits a word: with two of them set, a word that is not in the
// filter gets through about once in a hundred.
size_t AliasTrie::FilterBlocks(size_t words) {
  size_t blocks = 128;
  while (blocks < words / 2 && blocks < (size_t{1} << 15)) blocks *= 2;
  return blocks;
}

// A text word that one space and a byte that is no capital follow can only
// be where the alias is that word, or goes on with a space and a byte
// CaseAgrees does not hold to a capital.
bool AliasTrie::MayMatchBeforeLower(const Record& r, size_t first_word_length) const {
  const std::string_view key = Folded(r);
  const size_t k = first_word_length + 1;
  if (key.size() == first_word_length) return true;
  return key[first_word_length] == ' ' &&
         (static_cast<CaseRule>(r.case_rule) == CaseRule::kAny || Cased(r)[k] == key[k] || AfterHyphen(r)[k]);
}

void AliasTrie::AddFirstWord(uint64_t hash, std::vector<uint32_t>* filter) {
  const uint32_t block = static_cast<uint32_t>(hash) & static_cast<uint32_t>(filter->size() - 1);
  (*filter)[block] |= (1u << ((hash >> 32) & 31)) | (1u << ((hash >> 40) & 31));
}

AliasTrie::AliasTrie(const Gazetteer& gazetteer, uint32_t first, uint32_t last) : first_(first), last_(last) {
  std::string cased, folded, after_hyphen, variant;
  std::vector<std::string_view> listed;
  auto add = [&](uint32_t e, const Entry& entry, std::string_view text, CaseRule case_rule) {
    cased.clear();
    folded.clear();
    after_hyphen.clear();
    MakeKeys(Normalize(text), &cased, &folded, &after_hyphen);
    if (folded.empty()) return;
    if (entry.type == EntityType::kOrganization && case_rule == CaseRule::kCapitals) {
      if (const size_t head = GenericHeadStart(folded); head != 0) cased[head] = folded[head];
    }
    uint16_t capitals = 0;
    for (size_t k = 0; k < folded.size() && k < kCapitalBits; ++k) {
      if (cased[k] != folded[k] && !after_hyphen[k]) capitals = static_cast<uint16_t>(capitals | 1u << k);
    }
    Record record{e, static_cast<uint32_t>(own_keys_.size()), static_cast<uint32_t>(folded.size()),
                  static_cast<uint8_t>(case_rule), entry.type == EntityType::kWeapon, capitals};
    own_keys_ += cased;
    own_keys_ += folded;
    own_keys_ += after_hyphen;
    own_records_.push_back(record);
  };
  // A spelling variant that is another entry's alias is left out: it would
  // make that alias ambiguous.
  std::unordered_set<std::string> spelt;
  for (uint32_t e = first; e < last; ++e) {
    const Entry entry = gazetteer.entry(e);
    if (entry.is_family()) continue;
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      const std::string_view text = gazetteer.alias(entry, k).text;
      if (SpellingVariant(text, &variant)) spelt.emplace(text);
    }
  }
  for (uint32_t e = first; e < last; ++e) {
    const Entry entry = gazetteer.entry(e);
    if (entry.is_family()) continue;
    listed.clear();
    for (uint32_t k = 0; k < entry.alias_count; ++k) listed.push_back(gazetteer.alias(entry, k).text);
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      const Alias alias = gazetteer.alias(entry, k);
      add(e, entry, alias.text, alias.case_rule);
      for (auto* make_variant : {&DottedAcronymVariant, &QuotedNicknameVariant}) {
        if (make_variant(alias.text, &variant) &&
            std::find(listed.begin(), listed.end(), std::string_view(variant)) == listed.end()) {
          add(e, entry, variant, alias.case_rule);
        }
      }
      if (entry.type == EntityType::kOrganization && SpellingVariant(alias.text, &variant) &&
          !spelt.contains(variant) &&
          std::find(listed.begin(), listed.end(), std::string_view(variant)) == listed.end()) {
        add(e, entry, variant, alias.case_rule);
      }
    }
  }
  // Growth leaves up to half of a vector unused; for a big gazetteer that
  // is many megabytes, so the sizes are made exact before the nodes come.
  own_keys_.shrink_to_fit();
  own_records_.shrink_to_fit();
  keys_ = own_keys_;
  // Ties keep the load order: keys were appended in it.
  std::sort(own_records_.begin(), own_records_.end(), [&](const Record& a, const Record& b) {
    const int order = Folded(a).compare(Folded(b));
    return order != 0 ? order < 0 : a.key < b.key;
  });
  records_ = own_records_;
  // A node for each byte by which a key differs from the one before it.
  size_t node_count = 1;
  std::string_view previous;
  for (const Record& r : own_records_) {
    const std::string_view key = Folded(r);
    size_t common = 0;
    while (common < key.size() && common < previous.size() && key[common] == previous[common]) ++common;
    node_count += key.size() - common;
    previous = key;
  }
  own_nodes_.reserve(node_count);
  own_labels_.reserve(node_count + 16);
  own_nodes_.push_back({0, 0, 0, 0});
  own_labels_.push_back(0);
  Build(0, 0, static_cast<uint32_t>(own_records_.size()), 0);
  nodes_ = own_nodes_;
  own_labels_.resize(own_nodes_.size() + 16, 0);  // past labels_: Child reads 16 at a time
  labels_ = {own_labels_.data(), own_nodes_.size()};
  own_lower_start_.assign(256, 0);
  for (const Record& r : own_records_) {
    // Where the text has a lower-case letter, only these can match (see
    // CaseAgrees: a capital of the alias must be one in the text).
    if (static_cast<CaseRule>(r.case_rule) == CaseRule::kAny || Cased(r)[0] == Folded(r)[0]) {
      own_lower_start_[static_cast<unsigned char>(Folded(r)[0])] = 1;
    }
  }
  lower_start_ = own_lower_start_;
  FillRoot();
  BuildFirstWords();
}

// The filters and the table of the records' first words. A key that does
// not start with a word byte cannot match at a word start and is left out.
void AliasTrie::BuildFirstWords() {
  // The node past a record's first word, or 0 if its key does not start
  // with a word byte.
  const auto first_word_node = [&](const Record& r, size_t* length) -> uint32_t {
    const std::string_view key = Folded(r);
    *length = FirstWordLength(key);
    uint32_t node = 0;
    for (size_t k = 0; k < *length && node != kNone; ++k) {
      node = node == 0 ? root_[static_cast<unsigned char>(key[k])] : Child(node, static_cast<unsigned char>(key[k]));
    }
    if (node == kNone) throw std::logic_error("alias trie: a key's first word is not in the trie");
    return node;
  };
  // Two passes: one counts the distinct first words to size the table,
  // the other fills it (a word's records share its node).
  // The filters a record's first word goes to, as bits by FilterIndex.
  const auto filters_of = [&](const Record& r, size_t length) {
    // Where the text has a lower-case letter, only these can match (see
    // CaseAgrees: a capital of the alias must be one in the text).
    const bool lower = static_cast<CaseRule>(r.case_rule) == CaseRule::kAny || Cased(r)[0] == Folded(r)[0];
    const bool before_lower = MayMatchBeforeLower(r, length);
    uint32_t bits = 1u << FilterIndex(false, false);
    if (before_lower) bits |= 1u << FilterIndex(false, true);
    if (lower) bits |= 1u << FilterIndex(true, false);
    if (lower && before_lower) bits |= 1u << FilterIndex(true, true);
    return bits;
  };
  std::vector<uint8_t> seen(nodes_.size(), 0);  // by FilterIndex, a bit for each filter the node's first word is in
  std::array<size_t, kFilters> counts{};
  size_t length = 0;
  for (const Record& r : records_) {
    const uint32_t node = first_word_node(r, &length);
    if (node == 0) continue;
    const uint32_t bits = filters_of(r, length);
    for (size_t f = 0; f < kFilters; ++f) {
      if ((bits >> f & 1) != 0 && (seen[node] >> f & 1) == 0) ++counts[f];
    }
    seen[node] = static_cast<uint8_t>(seen[node] | bits);
  }
  std::vector<uint8_t>().swap(seen);

  for (size_t f = 0; f < kFilters; ++f) own_first_words_[f].assign(FilterBlocks(counts[f]), 0);
  own_lower_shapes_.assign(kLowerShapeBits / 32, 0);
  const size_t count = counts[FilterIndex(false, false)];
  uint32_t bits = 1;
  while ((size_t{1} << bits) < 2 * count + 1) ++bits;
  own_slots_.assign(size_t{1} << bits, Slot{0, 0, 0});
  slot_shift_ = 64 - bits;
  const size_t mask = own_slots_.size() - 1;
  for (const Record& r : records_) {
    const uint32_t node = first_word_node(r, &length);
    if (node == 0) continue;
    const std::string_view key = Folded(r);
    const size_t available = keys_.size() - static_cast<size_t>(key.data() - keys_.data());
    const uint64_t hash = HashWord(key.data(), length, available);
    const uint32_t filters = filters_of(r, length);
    for (size_t f = 0; f < kFilters; ++f) {
      if ((filters >> f & 1) != 0) AddFirstWord(hash, &own_first_words_[f]);
    }
    const bool lower = (filters >> FilterIndex(true, false) & 1) != 0;
    if (lower && key[0] >= 'a' && key[0] <= 'z') {
      const unsigned char second = length > 1 ? static_cast<unsigned char>(key[1]) : 0;
      for (const uint32_t bit : {LowerShape(static_cast<unsigned char>(key[0]), second, length),
                                 LowerShape(static_cast<unsigned char>(key[0]), length > 1 ? second : 's', length + 1)}) {
        own_lower_shapes_[bit / 32] |= 1u << (bit % 32);
      }
    }
    longest_first_word_ = std::max(longest_first_word_, static_cast<uint32_t>(length));
    size_t slot = hash >> slot_shift_;
    while (own_slots_[slot].node != 0 && (own_slots_[slot].node & ~kLowerFlag) != node) slot = (slot + 1) & mask;
    if (own_slots_[slot].node == 0) {
      own_slots_[slot] = {WordCheck(hash, length), node, WordHead(key.substr(0, length), available)};
    }
    if (lower) own_slots_[slot].node |= kLowerFlag;
  }
  for (size_t f = 0; f < kFilters; ++f) first_words_[f] = own_first_words_[f];
  lower_shapes_ = own_lower_shapes_;
  slots_ = own_slots_;
}

// Builds the subtree of `node` from records_[lo, hi), which share their first
// `depth` key bytes. Children are stored contiguously.
void AliasTrie::Build(uint32_t node, uint32_t lo, uint32_t hi, size_t depth) {
  uint32_t i = lo;
  while (i < hi && own_records_[i].length == depth) ++i;
  if (i - lo > 0xFFFF) throw std::logic_error("alias trie: too many aliases with one key");
  own_nodes_[node].alias_begin = lo;
  own_nodes_[node].alias_count = static_cast<uint16_t>(i - lo);
  // One child for each byte the keys have at `depth`: the children first,
  // stored contiguously, then their subtrees.
  const auto group_end = [&](uint32_t start) {
    const char c = Folded(own_records_[start])[depth];
    uint32_t stop = start;
    while (stop < hi && Folded(own_records_[stop])[depth] == c) ++stop;
    return stop;
  };
  const uint32_t first = static_cast<uint32_t>(own_nodes_.size());
  for (uint32_t start = i; start < hi; start = group_end(start)) {
    own_nodes_.push_back({0, 0, 0, 0});
    own_labels_.push_back(static_cast<unsigned char>(Folded(own_records_[start])[depth]));
  }
  own_nodes_[node].first_child = first;
  own_nodes_[node].child_count = static_cast<uint16_t>(own_nodes_.size() - first);  // at most 256
  uint32_t child = first;
  for (uint32_t start = i; start < hi; ++child) {
    const uint32_t stop = group_end(start);
    Build(child, start, stop, depth + 1);
    start = stop;
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
  PutU32(static_cast<uint32_t>(slots_.size()), out);
  PutU32(longest_first_word_, out);
  for (const auto& filter : first_words_) PutU32(static_cast<uint32_t>(filter.size()), out);  // the header is 48 bytes
  out->append(reinterpret_cast<const char*>(nodes_.data()), nodes_.size_bytes());
  out->append(Padded(nodes_.size_bytes()) - nodes_.size_bytes(), '\0');
  out->append(reinterpret_cast<const char*>(records_.data()), records_.size_bytes());
  out->append(reinterpret_cast<const char*>(labels_.data()), labels_.size_bytes());
  out->append(Padded(labels_.size_bytes()) - labels_.size_bytes(), '\0');
  out->append(reinterpret_cast<const char*>(lower_start_.data()), lower_start_.size_bytes());
  for (const auto& filter : first_words_) out->append(reinterpret_cast<const char*>(filter.data()), filter.size_bytes());
  out->append(reinterpret_cast<const char*>(lower_shapes_.data()), lower_shapes_.size_bytes());
  out->append(reinterpret_cast<const char*>(slots_.data()), slots_.size_bytes());
  out->append(keys_);
}

std::unique_ptr<AliasTrie> AliasTrie::View(std::string_view image) {
  if (reinterpret_cast<uintptr_t>(image.data()) % alignof(Slot) != 0) return nullptr;
  ByteReader in(image);
  if (in.Bytes(kMagic.size()) != kMagic) return nullptr;
  std::unique_ptr<AliasTrie> trie(new AliasTrie);
  trie->first_ = in.U32();
  trie->last_ = in.U32();
  const uint32_t node_count = in.U32();
  const uint32_t record_count = in.U32();
  const uint32_t key_bytes = in.U32();
  const uint32_t slot_count = in.U32();
  trie->longest_first_word_ = in.U32();
  std::array<uint32_t, kFilters> filter_blocks;
  for (uint32_t& blocks : filter_blocks) blocks = in.U32();
  const auto power_of_two = [](uint32_t x) { return x != 0 && (x & (x - 1)) == 0; };
  if (!std::all_of(filter_blocks.begin(), filter_blocks.end(), power_of_two)) return nullptr;
  if (!in.ok() || node_count == 0 || slot_count < 2 || (slot_count & (slot_count - 1)) != 0) return nullptr;
  const std::string_view nodes = in.Bytes(Padded(static_cast<size_t>(node_count) * sizeof(Node)));
  const std::string_view records = in.Bytes(static_cast<size_t>(record_count) * sizeof(Record));
  const std::string_view labels = in.Bytes(Padded(node_count));
  const std::string_view lower_start = in.Bytes(256);
  std::array<std::string_view, kFilters> first_words;
  for (size_t f = 0; f < kFilters; ++f) first_words[f] = in.Bytes(size_t{filter_blocks[f]} * 4);
  const std::string_view lower_shapes = in.Bytes(kLowerShapeBits / 8);
  const std::string_view slots = in.Bytes(static_cast<size_t>(slot_count) * sizeof(Slot));
  trie->keys_ = in.Bytes(key_bytes);
  if (!in.ok()) return nullptr;
  trie->nodes_ = {reinterpret_cast<const Node*>(nodes.data()), node_count};
  trie->records_ = {reinterpret_cast<const Record*>(records.data()), record_count};
  trie->labels_ = {reinterpret_cast<const unsigned char*>(labels.data()), node_count};
  trie->lower_start_ = {reinterpret_cast<const uint8_t*>(lower_start.data()), 256};
  for (size_t f = 0; f < kFilters; ++f) {
    trie->first_words_[f] = {reinterpret_cast<const uint32_t*>(first_words[f].data()), filter_blocks[f]};
  }
  trie->lower_shapes_ = {reinterpret_cast<const uint32_t*>(lower_shapes.data()), kLowerShapeBits / 32};
  trie->slots_ = {reinterpret_cast<const Slot*>(slots.data()), slot_count};
  trie->slot_shift_ = 64 - static_cast<uint32_t>(std::countr_zero(slot_count));
  // The image comes from the build (gazer-snapshot), not from users, so only
  // its shape is checked here: walking every node would touch every page of
  // it at start-up, which is what the snapshot exists to avoid.
  const Node& root = trie->nodes_[0];
  if (root.first_child > node_count || root.child_count > node_count - root.first_child) return nullptr;
  trie->FillRoot();
  return trie;
}

// Labels of one node are sorted and distinct; 16 are compared at once
// (labels_ is followed by at least 15 readable bytes, see Padded).
uint32_t AliasTrie::Child(uint32_t node, unsigned char c) const {
  const Node& n = nodes_[node];
  const unsigned char* labels = labels_.data() + n.first_child;
  // Most nodes past a key's first bytes have one child.
  if (n.child_count == 1) return labels[0] == c ? n.first_child : kNone;
#if defined(__SSE2__)
  const __m128i want = _mm_set1_epi8(static_cast<char>(c));
  for (uint32_t k = 0; k < n.child_count; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(labels + k));
    uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, want)));
    if (const uint32_t left = n.child_count - k; left < 16) mask &= (1u << left) - 1;
    if (mask != 0) return n.first_child + k + static_cast<uint32_t>(std::countr_zero(mask));
  }
  return kNone;
#else
  const unsigned char* end = labels + n.child_count;
  const unsigned char* it = n.child_count <= 8 ? std::find(labels, end, c) : std::lower_bound(labels, end, c);
  if (it == end || *it != c) return kNone;
  return n.first_child + static_cast<uint32_t>(it - labels);
#endif
}

uint32_t AliasTrie::FirstWordNode(std::string_view word, size_t available, uint64_t hash, bool lower) const {
  const uint32_t check = WordCheck(hash, word.size());
  const uint64_t head = WordHead(word, available);
  const size_t mask = slots_.size() - 1;
  for (size_t s = hash >> slot_shift_;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.node == 0) return 0;
    if (slot.check != check || slot.head != head) continue;
    // Not a call in the loop: the usual probe then saves no registers.
    if (word.size() > 8) return LongFirstWordNode(word, s, lower);
    return lower && (slot.node & kLowerFlag) == 0 ? 0 : slot.node & ~kLowerFlag;
  }
}

// A word longer than the 8 bytes a slot holds, whose check and head slot
// `s` has: the rest is checked against the key of the node's first record,
// whose first word it is, and the probe goes on if it differs.
uint32_t AliasTrie::LongFirstWordNode(std::string_view word, size_t s, bool lower) const {
  const size_t mask = slots_.size() - 1;
  const uint32_t check = slots_[s].check;
  const uint64_t head = slots_[s].head;
  for (;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.node == 0) return 0;
    if (slot.check != check || slot.head != head) continue;
    const uint32_t node = slot.node & ~kLowerFlag;
    const std::string_view key = Folded(records_[nodes_[node].alias_begin]);
    if (key.size() < word.size() || (key.size() > word.size() && IsWordByte(static_cast<unsigned char>(key[word.size()]))) ||
        key.compare(8, word.size() - 8, word.substr(8)) != 0) {
      continue;
    }
    return lower && (slot.node & kLowerFlag) == 0 ? 0 : node;
  }
}

uint32_t AliasTrie::LookUpForm(std::string_view form, size_t available, uint64_t hash, bool lower, uint32_t text_end,
                               Hits* hits) const {
  if (!HasFirstWord(hash, first_words_[FilterIndex(lower, false)])) return 0;
  const uint32_t node = FirstWordNode(form, available, hash, lower);
  if (node != 0 && nodes_[node].has_aliases()) hits->Add(node, text_end);
  return node;
}

// The parts of a word that joining hyphens link are read into one key, as
// the keys have them: each prefix that ends at a hyphen may be an alias
// ("Turkish" in "Turkish-Russian"), as may each part less a final 's' (a
// plural); only the whole word goes on past its end. As before the table,
// a word none of whose prefixes, nor the whole word less its 's', is a first
// word starts no alias: then the plurals of inner parts are not looked at.
uint32_t AliasTrie::LookUpJoined(const std::string& folded, const char* cased, const TextWord& word, bool lower,
                                 Hits* hits, uint32_t* end, SpacedStart* spaced) const {
  const char* const s = folded.data();
  const size_t n = folded.size();
  // Longer forms cannot be first words: reading stops there.
  const size_t limit = static_cast<size_t>(longest_first_word_) + 1;
  char local[256];
  std::unique_ptr<char[]> heap;
  char* key = local;
  size_t capacity = sizeof local;
  if (limit > sizeof local) {
    heap.reset(new char[limit]);
    key = heap.get();
    capacity = limit;
  }
  size_t length = 0;
  bool starts = false;
  const int hits_before = hits->count;
  uint32_t node = 0;
  for (size_t part = word.begin, part_end = word.end;;) {
    const size_t part_length = part_end - part;
    if (length + part_length > limit) {
      node = 0;
      break;
    }
    std::memcpy(key + length, s + part, part_length);
    length += part_length;
    const bool last = !(part_end + 1 < n && s[part_end] == '-' && kIsWordByte(s[part_end + 1]));
    // The designation before a last part's variant letters ("FA-50" of
    // "FA-50PL"); Choose takes it only for a weapon.
    if (const size_t designation = last ? DesignationEnd(cased, part, part_end) : 0; designation != 0) {
      const std::string_view form(key, length - (part_end - designation));
      const uint32_t found = LookUpForm(form, capacity, HashWord(key, form.size(), length), lower,
                                        static_cast<uint32_t>(designation), hits);
      starts = starts || found != 0;
    }
    if (part_length >= 2 && key[length - 1] == 's') {
      const std::string_view form(key, length - 1);
      const uint32_t found = LookUpForm(form, capacity, HashWord(key, form.size(), length), lower,
                                        static_cast<uint32_t>(part_end - 1), hits);
      starts = starts || (last && found != 0);
    }
    node = LookUpForm(std::string_view(key, length), capacity, HashWord(key, length, length), lower,
                      static_cast<uint32_t>(part_end), hits);
    starts = starts || node != 0;
    if (last) {
      *end = static_cast<uint32_t>(part_end);
      break;
    }
    if (node != 0 && Child(node, ' ') != kNone) *spaced = {node, static_cast<uint32_t>(part_end + 1)};
    part = part_end + 1;
    part_end = FindNonWordByte(s, part + 1, n);
  }
  if (!starts) {
    hits->count = hits_before;
    return 0;
  }
  return node;
}

void AliasTrie::Walk(const std::string& folded, uint32_t node, uint32_t j, Hits* hits) const {
  // The walk reads the text through a pointer of its own (the compiler
  // would load the string's again at every step).
  const char* const s = folded.data();
  const size_t n = folded.size();
  while (node != 0 && j < n) {
    const unsigned char c = static_cast<unsigned char>(s[j]);
    size_t next = j + 1;
    if (c == '-' && IsJoiningHyphen(folded, j)) {
      // A key's space may stand for the hyphen where the key does not go
      // on with the next letter ("Rafale-M" for "Rafale M").
      if (const uint32_t space = Child(node, ' ');
          space != kNone && Child(node, static_cast<unsigned char>(s[j + 1])) == kNone) {
        node = space;
      }
      ++j;
      continue;
    }
    if (c == ' ') {
      while (next < n && s[next] == ' ') ++next;
    }
    const uint32_t child = Child(node, c);
    if (child == kNone) break;
    node = child;
    j = static_cast<uint32_t>(next);
    if (nodes_[node].has_aliases()) hits->Add(node, j);
  }
}

uint32_t AliasTrie::Longest(const NormalizedText& text, const TextWord& word, bool lower,
                            std::vector<uint32_t>* candidates, bool* variant) const {
  const std::string& folded = text.folded();
  const size_t n = folded.size();
  Hits hits;
  if (!word.joined) {
    const std::string_view key(folded.data() + word.begin, word.end - word.begin);
    const size_t available = n - word.begin;
    if (word.designation_end != 0) {
      LookUpForm(key.substr(0, word.designation_end - word.begin), available, word.designation_hash, lower,
                 word.designation_end, &hits);
    }
    if (word.plural) LookUpForm(key.substr(0, key.size() - 1), available, word.less_s_hash, lower, word.end - 1, &hits);
    Walk(folded, LookUpForm(key, available, word.hash, lower, word.end, &hits), word.end, &hits);
  } else {
    uint32_t j = word.end;
    SpacedStart spaced;
    const uint32_t node = LookUpJoined(folded, text.cased().data(), word, lower, &hits, &j, &spaced);
    Walk(folded, node, j, &hits);
    if (spaced.node != 0) {
      Walk(folded, Child(spaced.node, ' '), spaced.at, &hits);
      // Choose takes the last hit as the longest.
      std::stable_sort(hits.at.begin(), hits.at.begin() + hits.count,
                       [](const Hit& a, const Hit& b) { return a.end < b.end; });
    }
  }
  return hits.count == 0 ? 0 : Choose(text, word.begin, hits, candidates, variant);
}

bool AliasTrie::Takes(const NormalizedText& text, size_t begin, size_t end, bool plural, const Record& record) const {
  if (plural && !record.weapon) return false;
  if (!CaseAgrees(text, begin, end, record)) return false;
  return !(static_cast<CaseRule>(record.case_rule) == CaseRule::kExact &&
           IsCommonWordAlias(Cased(record), Folded(record)) && AtSentenceStart(text.cased(), begin));
}

// A designation's variant letters: the end of "Type 23A" or "Type 26AB"
// where `end` is the end of the alias ("Type 23"): one to three capitals,
// then up to two digits, then the word's end. 0 if none. Only a hit of the
// walk can end inside a word, so an alias of one word does not take them.
uint32_t AliasTrie::VariantEnd(const NormalizedText& text, uint32_t end) {
  const char* const c = text.cased().data();
  const size_t n = text.cased().size();
  if (end == 0 || !IsDigit(c[end - 1])) return 0;
  size_t i = end;
  while (i < n && i - end < 3 && IsUpper(c[i])) ++i;
  if (i == end) return 0;
  const size_t letters_end = i;
  while (i < n && i - letters_end < 2 && IsDigit(c[i])) ++i;
  if (i < n && kIsWordByte(c[i])) return 0;
  return static_cast<uint32_t>(i);
}

// The longest hit that ends at a word boundary (or before a plural 's')
// and has an alias whose case agrees with the text, or that is a weapon's
// alias before a designation's variant letters: "Sukhoi Su-30MK2" is the
// Su-30, not the maker.
uint32_t AliasTrie::Choose(const NormalizedText& text, uint32_t begin, const Hits& hits,
                           std::vector<uint32_t>* candidates, bool* variant) const {
  const char* const f = text.folded().data();
  const size_t n = text.folded().size();
  for (int h = hits.count - 1; h >= 0; --h) {
    const uint32_t end = hits.at[h].end;
    const bool at_boundary = end == n || !kIsWordByte(f[end]) || !kIsWordByte(f[end - 1]);
    const bool plural = !at_boundary && f[end] == 's' && (end + 1 == n || !kIsWordByte(f[end + 1]));
    if (at_boundary || plural) {
      if (TakeHit(text, begin, end, plural, hits.at[h].node, candidates)) return end;
      continue;
    }
    if (!IsDigit(f[end - 1])) continue;
    const uint32_t variant_end = VariantEnd(text, end);
    if (variant_end != 0 && TakeHit(text, begin, end, true, hits.at[h].node, candidates)) {
      *variant = true;
      return variant_end;
    }
  }
  return 0;
}

bool AliasTrie::TakeHit(const NormalizedText& text, uint32_t begin, uint32_t end, bool weapon_only, uint32_t node,
                        std::vector<uint32_t>* candidates) const {
  const size_t before = candidates->size();
  const Node& hit = nodes_[node];
  const Record* const first = records_.data() + hit.alias_begin;
  for (const Record* record = first; record != first + hit.alias_count; ++record) {
    if (!Takes(text, begin, end, weapon_only, *record)) continue;
    // Most hits have one alias: nothing to look through.
    if (candidates->size() == before ||
        std::find(candidates->begin() + before, candidates->end(), record->entry) == candidates->end()) {
      candidates->push_back(record->entry);
    }
  }
  if (candidates->size() > before + 1) [[unlikely]] {
    PreferWrittenCase(text, begin, end, first, hit.alias_count, weapon_only, before, candidates);
  }
  return candidates->size() > before;
}

void AliasTrie::PreferWrittenCase(const NormalizedText& text, size_t begin, size_t end, const Record* first,
                                  uint32_t count, bool plural, size_t before, std::vector<uint32_t>* candidates) const {
  bool written = false, other = false;
  for (const Record* record = first; record != first + count; ++record) {
    if (!Takes(text, begin, end, plural, *record)) continue;
    (WrittenAs(text, begin, end, *record) ? written : other) = true;
  }
  if (!written || !other) return;
  candidates->resize(before);
  for (const Record* record = first; record != first + count; ++record) {
    if (!Takes(text, begin, end, plural, *record) || !WrittenAs(text, begin, end, *record)) continue;
    if (std::find(candidates->begin() + before, candidates->end(), record->entry) == candidates->end()) {
      candidates->push_back(record->entry);
    }
  }
}

bool AliasTrie::WrittenAs(const NormalizedText& text, size_t begin, size_t end, const Record& record) const {
  const char* const c = text.cased().data() + begin;
  const char* const key = keys_.data() + record.key;
  const size_t length = end - begin;
  size_t i = 0, k = 0;
  while (i < length && k < record.length) {
    if (c[i] == key[k]) {
      ++i;
      ++k;
    } else if (c[i] == '-' || c[i] == ' ') {
      ++i;
    } else {
      return false;
    }
  }
  return i == length && k == record.length;
}

// Checks the alias' case rule at every key byte where text and key line up,
// which they do unless the text has a hyphen or space the key left out
// (CaseAgreesApart).
bool AliasTrie::CaseAgrees(const NormalizedText& text, size_t begin, size_t end, const Record& record) const {
  const CaseRule rule = static_cast<CaseRule>(record.case_rule);
  if (rule == CaseRule::kAny) return true;
  if (end - begin != record.length) [[unlikely]] return CaseAgreesApart(text, begin, end, record);
  const char* const c = text.cased().data() + begin;
  const char* const key_cased = keys_.data() + record.key;
  if (rule == CaseRule::kExact) return std::memcmp(c, key_cased, record.length) == 0;
  const char* const f = text.folded().data() + begin;
  for (uint32_t capitals = record.capitals; capitals != 0; capitals &= capitals - 1) {
    const int k = std::countr_zero(capitals);
    if (c[k] == f[k]) return false;
  }
  if (record.length > kCapitalBits) [[unlikely]] {
    const char* const key_folded = key_cased + record.length;
    const char* const after_hyphen = AfterHyphen(record);
    for (size_t k = kCapitalBits; k < record.length; ++k) {
      if (key_cased[k] != key_folded[k] && c[k] == f[k] && !after_hyphen[k]) return false;
    }
  }
  return true;
}

// Walks text [begin, end) and the alias key side by side, as Longest() did.
bool AliasTrie::CaseAgreesApart(const NormalizedText& text, size_t begin, size_t end, const Record& record) const {
  const CaseRule rule = static_cast<CaseRule>(record.case_rule);
  const std::string& folded = text.folded();
  const std::string& cased = text.cased();
  const std::string_view key_cased = Cased(record);
  const std::string_view key_folded = Folded(record);
  const char* after_hyphen = AfterHyphen(record);
  size_t i = begin;
  for (size_t k = 0; k < key_folded.size() && i < end; ++k, ++i) {
    bool text_hyphen = false;
    if (folded[i] == '-' && IsJoiningHyphen(folded, i) && key_folded[k] == ' ') continue;  // for the key's space
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
