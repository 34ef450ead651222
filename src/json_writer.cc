#include "gazer/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <vector>

#include "byte_scan.h"
#include "gazer/utf8.h"
#include "scratch.h"

namespace gazer {
namespace {

// Output is written through a pointer into room reserved up front (see
// Write), so each piece costs a copy, not a string append. A string of n
// bytes takes at most 2 + 6n once escaped ("\u00XX", "\ufffd").
size_t EscapedBound(size_t n) { return 2 + 6 * n; }

template <size_t N>
char* Put(const char (&literal)[N], char* p) {
  std::memcpy(p, literal, N - 1);
  return p + N - 1;
}

char* Put(std::string_view s, char* p) {
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

// At most 20 digits.
char* PutNumber(uint64_t value, char* p) { return std::to_chars(p, p + 20, value).ptr; }

// Writes `s` as a JSON string literal; ill-formed UTF-8 becomes \ufffd.
char* PutJsonString(std::string_view s, char* p) {
  static constexpr char kHex[] = "0123456789abcdef";
  *p++ = '"';
  const char* const d = s.data();
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    const size_t plain = FindJsonSpecial(d, i, n);
    p = Put(std::string_view(d + i, plain - i), p);
    i = plain;
    if (i >= n) break;
    const unsigned char c = static_cast<unsigned char>(d[i]);
    if (c >= 0x80) {
      const DecodedChar ch = DecodeUtf8(s, i);
      p = ch.valid ? Put(std::string_view(d + i, ch.length), p) : Put("\\ufffd", p);
      i += ch.length;
      continue;
    }
    switch (c) {
      case '"': p = Put("\\\"", p); break;
      case '\\': p = Put("\\\\", p); break;
      case '\n': p = Put("\\n", p); break;
      case '\r': p = Put("\\r", p); break;
      case '\t': p = Put("\\t", p); break;
      case '\b': p = Put("\\b", p); break;
      case '\f': p = Put("\\f", p); break;
      default:
        p = Put("\\u00", p);
        *p++ = kHex[c >> 4];
        *p++ = kHex[c & 15];
    }
    ++i;
  }
  *p++ = '"';
  return p;
}

// Converts sorted byte offsets into code-point offsets in one pass.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  // Offsets must be asked for in non-decreasing order.
  uint64_t At(size_t byte_offset) {
    const size_t stop = std::min(byte_offset, text_.size());
    // Runs of ASCII are one code point a byte.
    const size_t ascii = AsciiBlocks(text_.data(), pos_, stop);
    pos_ += ascii;
    count_ += ascii;
    while (pos_ < stop) {
      const unsigned char c = static_cast<unsigned char>(text_[pos_]);
      pos_ += c < 0x80 ? 1 : DecodeUtf8(text_, pos_).length;
      ++count_;
    }
    return count_;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint64_t count_ = 0;
};

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->resize(start + EscapedBound(s.size()));
  char* const end = PutJsonString(s, out->data() + start);
  out->resize(static_cast<size_t>(end - out->data()));
}

void JsonWriter::Write(std::string_view id, std::string_view text, const Extraction& x, std::string* out) const {
  ExtractionScratch& scratch = ScratchOf(x);
  const NormalizedText& normalized = x.normalized;
  // Original byte offsets of every mention, then the unit the user asked for.
  auto& spans = scratch.spans;
  spans.resize(x.mentions.size());
  for (size_t i = 0; i < x.mentions.size(); ++i) {
    spans[i].begin = normalized.ToOriginal(x.mentions[i].begin);
    spans[i].end = normalized.ToOriginal(x.mentions[i].end);
  }
  if (unit_ == OffsetUnit::kBytes) {
    for (auto& s : spans) {
      s.start = s.begin;
      s.stop = s.end;
    }
  } else {
    CodePointCounter counter(text);  // mentions are sorted and do not overlap
    for (auto& s : spans) {
      s.start = counter.At(s.begin);
      s.stop = counter.At(s.end);
    }
  }
  // Mentions of each entity, in text order.
  auto& order = scratch.mention_order;
  order.resize(x.mentions.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return x.mentions[a].entity < x.mentions[b].entity; });

  // Each entity's id, escaped once: relations repeat them.
  auto& id_at = scratch.id_json;
  std::string& ids = scratch.id_json_bytes;
  id_at.resize(x.entities.size() + 1);
  size_t ids_bound = 0;
  for (const Entity& entity : x.entities) ids_bound += EscapedBound(entity.id.size());
  if (ids.size() < ids_bound) ids.resize(std::max(ids_bound, 2 * ids.size()));
  {
    char* p = ids.data();
    for (size_t e = 0; e < x.entities.size(); ++e) {
      id_at[e] = static_cast<uint32_t>(p - ids.data());
      p = PutJsonString(x.entities[e].id, p);
    }
    id_at[x.entities.size()] = static_cast<uint32_t>(p - ids.data());
  }
  const auto escaped_id = [&](size_t e) { return std::string_view(ids).substr(id_at[e], id_at[e + 1] - id_at[e]); };

  // Pieces are written into a per-thread buffer, each after asking for room
  // for its most (see the literals for the constants); the buffer goes to
  // `out` when full and at the end, so it stays small for huge articles.
  char* p = nullptr;
  char* limit = nullptr;
  const auto room = [&](size_t n) {
    if (p != nullptr && static_cast<size_t>(limit - p) >= n) return;
    char* const line = scratch.json_buffer.get();
    if (p != nullptr) out->append(line, static_cast<size_t>(p - line));
    const size_t want = std::max<size_t>(n, 64 << 10);
    if (scratch.json_capacity < want) {
      scratch.json_capacity = want;
      scratch.json_buffer.reset(new char[want]);
    }
    p = scratch.json_buffer.get();
    limit = p + scratch.json_capacity;
  };

  room(64 + EscapedBound(id.size()));
  p = Put("{\"id\": ", p);
  p = PutJsonString(id, p);
  p = Put(", \"entities\": [", p);
  size_t m = 0;
  for (uint32_t e = 0; e < x.entities.size(); ++e) {
    const Entity& entity = x.entities[e];
    size_t last = m;
    while (last < order.size() && x.mentions[order[last]].entity == e) ++last;
    room(160 + escaped_id(e).size() + EscapedBound(entity.name.size()));
    if (e > 0) p = Put(", ", p);
    p = Put("{\"id\": ", p);
    p = Put(escaped_id(e), p);
    p = Put(", \"type\": \"", p);
    p = Put(TypeName(entity.type), p);
    p = Put("\", \"name\": ", p);
    p = PutJsonString(entity.name, p);
    p = entity.source == Source::kGazetteer ? Put(", \"source\": \"gazetteer\"", p) : Put(", \"source\": \"pattern\"", p);
    p = Put(", \"count\": ", p);
    p = PutNumber(last - m, p);
    p = Put(", \"mentions\": [", p);
    for (size_t k = m; k < last; ++k) {
      const Mention& mention = x.mentions[order[k]];
      const auto& span = spans[order[k]];
      room(128 + EscapedBound(span.end - span.begin));
      if (k > m) p = Put(", ", p);
      p = Put("{\"start\": ", p);
      p = PutNumber(span.start, p);
      p = Put(", \"end\": ", p);
      p = PutNumber(span.stop, p);
      p = Put(", \"text\": ", p);
      p = PutJsonString(text.substr(span.begin, span.end - span.begin), p);
      p = Put(", \"sentence\": ", p);
      p = PutNumber(mention.sentence, p);
      *p++ = '}';
    }
    room(8);
    p = Put("]}", p);
    m = last;
  }
  room(32);
  p = Put("], \"relations\": [", p);
  for (size_t r = 0; r < x.relations.size(); ++r) {
    const Relation& relation = x.relations[r];
    room(160 + escaped_id(relation.source).size() + escaped_id(relation.target).size());
    if (r > 0) p = Put(", ", p);
    p = Put("{\"source\": ", p);
    p = Put(escaped_id(relation.source), p);
    p = Put(", \"target\": ", p);
    p = Put(escaped_id(relation.target), p);
    p = Put(", \"type\": \"co-occurrence\", \"count\": ", p);
    p = PutNumber(relation.count, p);
    if (window_ != Window::kDocument) {
      p = window_ == Window::kSentence ? Put(", \"sentences\": [", p) : Put(", \"paragraphs\": [", p);
      for (size_t w = 0; w < relation.windows.size(); ++w) {
        room(24);
        if (w > 0) p = Put(", ", p);
        p = PutNumber(relation.windows[w], p);
      }
      room(8);
      *p++ = ']';
    }
    *p++ = '}';
  }
  room(8);
  p = Put("]}\n", p);
  const char* const line = scratch.json_buffer.get();
  out->append(line, static_cast<size_t>(p - line));
}

}  // namespace gazer
