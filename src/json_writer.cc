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

// Room is asked for with this much to spare, so that short pieces can be
// copied 16 bytes at a time.
constexpr size_t kSlack = 16;

// Copies `s`, whose buffer can be read kSlack bytes past its end, 16 bytes
// at a time: most pieces are short, and a call to memcpy costs more than
// copying them.
char* PutPadded(std::string_view s, char* p) {
#if defined(__SSE2__)
  for (size_t i = 0; i < s.size(); i += 16) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + i), _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)));
  }
  return p + s.size();
#else
  return Put(s, p);
#endif
}

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// PutNumber for 100 and more: at most 20 digits, two at a time. Offsets
// into an article mostly have 3 or 4.
char* PutLongNumber(uint64_t value, char* p) {
  if (value < 10000) {
    const uint64_t high = value / 100, low = value % 100;
    if (high < 10) {
      *p++ = static_cast<char>('0' + high);
    } else {
      std::memcpy(p, kDigitPairs + 2 * high, 2);
      p += 2;
    }
    std::memcpy(p, kDigitPairs + 2 * low, 2);
    return p + 2;
  }
  if (value >= 100000000) return std::to_chars(p, p + 20, value).ptr;
  const int digits = value < 100000 ? 5 : value < 1000000 ? 6 : value < 10000000 ? 7 : 8;
  char* const end = p + digits;
  char* q = end;
  while (value >= 100) {
    q -= 2;
    std::memcpy(q, kDigitPairs + 2 * (value % 100), 2);
    value /= 100;
  }
  if (value >= 10) {
    std::memcpy(q - 2, kDigitPairs + 2 * value, 2);
  } else {
    q[-1] = static_cast<char>('0' + value);
  }
  return end;
}

// Most numbers written are small (sentence numbers, counts), and written
// in place; offsets into an article are longer.
inline char* PutNumber(uint64_t value, char* p) {
  if (value < 10) {
    *p = static_cast<char>('0' + value);
    return p + 1;
  }
  if (value < 100) {
    std::memcpy(p, kDigitPairs + 2 * value, 2);
    return p + 2;
  }
  return PutLongNumber(value, p);
}

// Writes s[i, end) as the rest of a JSON string literal, with its closing
// quote; ill-formed UTF-8 becomes \ufffd.
char* PutEscaped(std::string_view s, size_t i, char* p) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char* const d = s.data();
  const size_t n = s.size();
  while (i < n) {
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

// The number of bytes at the start of [p, p + n) that a JSON string holds as
// they are (see FindJsonSpecial); `p` can be read kSlack bytes past `n`.
size_t PlainPrefix(const char* p, size_t n) {
#if defined(__SSE2__)
  for (size_t i = 0; i < n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Below 0x20 (0x80 and up included: signed compare), '"', '\\', 0x7F.
    __m128i special = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    special = _mm_or_si128(special, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    special = _mm_or_si128(special, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    special = _mm_or_si128(special, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
    uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(special));
    if (n - i < 16) mask &= (1u << (n - i)) - 1;
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
  return n;
#else
  return FindJsonSpecial(p, 0, n);
#endif
}

// Writes `s` as a JSON string literal; ill-formed UTF-8 becomes \ufffd.
// Most strings need no escape, so `s` is copied as it is and the copy is
// checked; only from the first byte that needs care is it written again.
// Needs room for EscapedBound(s.size()) + kSlack bytes.
char* PutJsonString(std::string_view s, char* p) {
  *p = '"';
  std::memcpy(p + 1, s.data(), s.size());
  const size_t plain = PlainPrefix(p + 1, s.size());
  if (plain < s.size()) return PutEscaped(s, plain, p + 1 + plain);
  p[1 + plain] = '"';
  return p + 2 + plain;
}

// The same for `s`, whose buffer can be read kSlack bytes past its end (a
// mention's text): copied 16 bytes at a time, where a call to memcpy costs
// more for short strings.
char* PutReadableJsonString(std::string_view s, char* p) {
  *p = '"';
  PutPadded(s, p + 1);
  const size_t plain = PlainPrefix(p + 1, s.size());
  if (plain < s.size()) return PutEscaped(s, plain, p + 1 + plain);
  p[1 + plain] = '"';
  return p + 2 + plain;
}

// The first byte of 0x80 or more in [from, n), or `n`.
size_t FindHighByte(const char* s, size_t from, size_t n) {
  size_t i = from;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const uint32_t high = static_cast<uint32_t>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i))));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(high));
  }
#endif
  while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Converts sorted byte offsets into code-point offsets in one pass. ASCII
// is one code point a byte, so only the characters from 0x80 on are
// decoded: the counter knows where the next one starts.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  // Offsets must be asked for in non-decreasing order.
  uint64_t At(size_t byte_offset) {
    const size_t stop = std::min(byte_offset, text_.size());
    if (next_high_ == kUnknown) next_high_ = FindHighByte(text_.data(), 0, text_.size());
    while (next_high_ < stop) {
      count_ += next_high_ - pos_ + 1;
      pos_ = next_high_ + DecodeUtf8(text_, next_high_).length;
      next_high_ = FindHighByte(text_.data(), pos_, text_.size());
    }
    // An offset inside the character just passed counts it whole.
    if (pos_ < stop) {
      count_ += stop - pos_;
      pos_ = stop;
    }
    return count_;
  }

 private:
  static constexpr size_t kUnknown = ~size_t{0};
  std::string_view text_;
  size_t pos_ = 0;
  uint64_t count_ = 0;
  size_t next_high_ = kUnknown;  // the first byte of 0x80 or more at or after pos_
};

// Writes the line of article `id` at `p` and returns its end. Each piece
// asks first for room for its most (see the literals for the constants);
// where `limit` leaves too little, `grow(n)` must point `p` and `limit` at
// room for n bytes at least, keeping what was written before `p` (the two
// forms of JsonWriter::Write differ only in that). `p` and `limit` start
// null, which leaves no room.
template <typename Room>
char* WriteLine(OffsetUnit unit, Window window, std::string_view id, std::string_view text, const Extraction& x,
                ExtractionScratch& scratch, char*& p, char*& limit, Room grow) {
  // Every store through `p` may alias any memory, so the vectors read in
  // the loops below are read through local pointers and counts, which the
  // compiler then need not load again after each piece.
  const Mention* const mentions = x.mentions.data();
  const size_t mention_count = x.mentions.size();
  const Entity* const entities = x.entities.data();
  const size_t entity_count = x.entities.size();

  // Original byte offsets of every mention, then the unit the user asked for.
  auto& spans = scratch.spans;
  spans.resize(mention_count);
  size_t anchor = 0;  // mentions are sorted and do not overlap
  for (size_t i = 0; i < mention_count; ++i) {
    spans[i].begin = x.normalized.ToOriginal(mentions[i].begin, &anchor);
    spans[i].end = x.normalized.ToOriginal(mentions[i].end, &anchor);
  }
  if (unit == OffsetUnit::kBytes) {
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
  // Mentions of each entity, in text order: counted by entity, then placed;
  // placing moves each entity's start to its end.
  auto& order = scratch.mention_order;
  auto& end_of = scratch.mention_end_of;
  order.resize(mention_count);
  end_of.assign(entity_count + 1, 0);
  for (size_t i = 0; i < mention_count; ++i) ++end_of[mentions[i].entity + 1];
  for (size_t e = 1; e < end_of.size(); ++e) end_of[e] += end_of[e - 1];
  for (uint32_t i = 0; i < mention_count; ++i) order[end_of[mentions[i].entity]++] = i;

  // Each entity's id, escaped once: relations repeat them.
  auto& id_at = scratch.id_json;
  std::string& ids = scratch.id_json_bytes;
  id_at.resize(entity_count + 1);
  size_t ids_bound = 0;
  for (size_t e = 0; e < entity_count; ++e) ids_bound += EscapedBound(entities[e].id.size());
  ids_bound += kSlack;  // PutPadded reads past the last id
  if (ids.size() < ids_bound) ids.resize(std::max(ids_bound, 2 * ids.size()));
  {
    char* p = ids.data();
    for (size_t e = 0; e < entity_count; ++e) {
      id_at[e] = static_cast<uint32_t>(p - ids.data());
      p = PutJsonString(entities[e].id, p);
    }
    id_at[entity_count] = static_cast<uint32_t>(p - ids.data());
  }
  const char* const id_bytes = ids.data();
  const uint32_t* const id_offsets = id_at.data();
  const auto escaped_id = [&](size_t e) {
    return std::string_view(id_bytes + id_offsets[e], id_offsets[e + 1] - id_offsets[e]);
  };
  const uint32_t* const mention_order = order.data();
  const ExtractionScratch::Span* const span_of = spans.data();

  const auto room = [&](size_t n) {
    n += kSlack;
    if (static_cast<size_t>(limit - p) >= n) return;
    grow(n);
  };

  room(64 + EscapedBound(id.size()));
  p = Put("{\"id\": ", p);
  p = PutJsonString(id, p);
  p = Put(", \"entities\": [", p);
  size_t m = 0;
  for (uint32_t e = 0; e < entity_count; ++e) {
    const Entity& entity = entities[e];
    const size_t last = end_of[e];
    room(160 + escaped_id(e).size() + EscapedBound(entity.name.size()));
    if (e > 0) p = Put(", ", p);
    p = Put("{\"id\": ", p);
    p = PutPadded(escaped_id(e), p);
    p = Put(", \"type\": \"", p);
    p = Put(TypeName(entity.type), p);
    p = Put("\", \"name\": ", p);
    p = PutJsonString(entity.name, p);
    p = entity.source == Source::kGazetteer ? Put(", \"source\": \"gazetteer\"", p) : Put(", \"source\": \"pattern\"", p);
    p = Put(", \"count\": ", p);
    p = PutNumber(last - m, p);
    p = Put(", \"mentions\": [", p);
    for (size_t k = m; k < last; ++k) {
      const uint32_t i = mention_order[k];
      const ExtractionScratch::Span& span = span_of[i];
      room(128 + EscapedBound(span.end - span.begin));
      if (k > m) p = Put(", ", p);
      p = Put("{\"start\": ", p);
      p = PutNumber(span.start, p);
      p = Put(", \"end\": ", p);
      p = PutNumber(span.stop, p);
      p = Put(", \"text\": ", p);
      const std::string_view mention_text(text.data() + span.begin, span.end - span.begin);
      p = span.end + kSlack <= text.size() ? PutReadableJsonString(mention_text, p) : PutJsonString(mention_text, p);
      p = Put(", \"sentence\": ", p);
      p = PutNumber(mentions[i].sentence, p);
      *p++ = '}';
    }
    room(8);
    p = Put("]}", p);
    m = last;
  }
  room(32);
  p = Put("], \"relations\": [", p);
  const Relation* const relations = x.relations.data();
  const size_t relation_count = x.relations.size();
  const uint32_t* const relation_windows = x.relation_windows.data();
  for (size_t r = 0; r < relation_count; ++r) {
    const Relation& relation = relations[r];
    room(160 + escaped_id(relation.source).size() + escaped_id(relation.target).size());
    if (r > 0) p = Put(", ", p);
    p = Put("{\"source\": ", p);
    p = PutPadded(escaped_id(relation.source), p);
    p = Put(", \"target\": ", p);
    p = PutPadded(escaped_id(relation.target), p);
    p = Put(", \"type\": \"co-occurrence\", \"count\": ", p);
    p = PutNumber(relation.count, p);
    if (window != Window::kDocument) {
      p = window == Window::kSentence ? Put(", \"sentences\": [", p) : Put(", \"paragraphs\": [", p);
      const uint32_t* const windows = relation_windows + relation.first_window;
      for (size_t w = 0; w < relation.count; ++w) {
        room(24);
        if (w > 0) p = Put(", ", p);
        p = PutNumber(windows[w], p);
      }
      room(8);
      *p++ = ']';
    }
    *p++ = '}';
  }
  room(8);
  p = Put("]}\n", p);
  return p;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->resize(start + EscapedBound(s.size()) + kSlack);
  char* const end = PutJsonString(s, out->data() + start);
  out->resize(static_cast<size_t>(end - out->data()));
}

void JsonWriter::Write(std::string_view id, std::string_view text, const Extraction& x, std::string* out) const {
  ExtractionScratch& scratch = ScratchOf(x);
  // Pieces are written into a per-thread buffer, which goes to `out` when
  // full and at the end, so it stays small for huge articles.
  char* p = nullptr;
  char* limit = nullptr;
  char* const end = WriteLine(unit_, window_, id, text, x, scratch, p, limit, [&](size_t n) {
    char* const line = scratch.json_buffer.get();
    if (p != nullptr) out->append(line, static_cast<size_t>(p - line));
    const size_t want = std::max<size_t>(n, 64 << 10);
    if (scratch.json_capacity < want) {
      scratch.json_capacity = want;
      scratch.json_buffer.reset(new char[want]);
    }
    p = scratch.json_buffer.get();
    limit = p + scratch.json_capacity;
  });
  const char* const line = scratch.json_buffer.get();
  out->append(line, static_cast<size_t>(end - line));
}

void JsonWriter::Write(std::string_view id, std::string_view text, const Extraction& x, LineBuffer* out) const {
  char* p = nullptr;
  char* limit = nullptr;
  LineBuffer::Chunk* chunk = nullptr;
  char* const end = WriteLine(unit_, window_, id, text, x, ScratchOf(x), p, limit, [&](size_t n) {
    if (chunk != nullptr) chunk->size = static_cast<size_t>(p - chunk->data.get());
    chunk = &out->Room(n);
    p = chunk->data.get() + chunk->size;
    limit = chunk->data.get() + chunk->capacity;
  });
  chunk->size = static_cast<size_t>(end - chunk->data.get());
}

void LineBuffer::clear() {
  for (size_t i = 0; i < used_; ++i) chunks_[i].size = 0;
  used_ = 0;
}

LineBuffer::Chunk& LineBuffer::Room(size_t n) {
  // Big enough that a chunk holds many lines, small enough that the tail
  // left when a piece does not fit is little.
  constexpr size_t kChunkBytes = 256 << 10;
  if (used_ > 0 && chunks_[used_ - 1].capacity - chunks_[used_ - 1].size >= n) return chunks_[used_ - 1];
  if (used_ == chunks_.size()) chunks_.emplace_back();
  Chunk& chunk = chunks_[used_++];
  if (chunk.capacity < n) {
    chunk.capacity = std::max(n, kChunkBytes);
    chunk.data.reset(new char[chunk.capacity]);
  }
  return chunk;
}

}  // namespace gazer
