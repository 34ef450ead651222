#include "gazer/json_writer.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "gazer/utf8.h"

namespace gazer {
namespace {

void AppendNumber(uint64_t value, std::string* out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, result.ptr);
}

// Converts sorted byte offsets into code-point offsets in one pass.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  // Offsets must be asked for in non-decreasing order.
  uint64_t At(size_t byte_offset) {
    while (pos_ < byte_offset && pos_ < text_.size()) {
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
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const DecodedChar ch = DecodeUtf8(s, i);
      if (ch.valid) {
        i += ch.length;
        continue;
      }
      out->append(s.data() + run, i - run);
      out->append("\\ufffd");
      i += ch.length;
      run = i;
      continue;
    }
    out->append(s.data() + run, i - run);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
    ++i;
    run = i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void JsonWriter::Write(std::string_view id, std::string_view text, const Extraction& x, std::string* out) const {
  const NormalizedText& normalized = x.normalized;
  // Original byte offsets of every mention, then the unit the user asked for.
  struct Span {
    size_t begin, end;
    uint64_t start, stop;
  };
  std::vector<Span> spans(x.mentions.size());
  for (size_t i = 0; i < x.mentions.size(); ++i) {
    spans[i].begin = normalized.ToOriginal(x.mentions[i].begin);
    spans[i].end = normalized.ToOriginal(x.mentions[i].end);
  }
  if (unit_ == OffsetUnit::kBytes) {
    for (Span& s : spans) {
      s.start = s.begin;
      s.stop = s.end;
    }
  } else {
    CodePointCounter counter(text);  // mentions are sorted and do not overlap
    for (Span& s : spans) {
      s.start = counter.At(s.begin);
      s.stop = counter.At(s.end);
    }
  }
  // Mentions of each entity, in text order.
  std::vector<uint32_t> order(x.mentions.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return x.mentions[a].entity < x.mentions[b].entity; });

  out->append("{\"id\": ");
  AppendJsonString(id, out);
  out->append(", \"entities\": [");
  size_t m = 0;
  for (uint32_t e = 0; e < x.entities.size(); ++e) {
    const Entity& entity = x.entities[e];
    size_t last = m;
    while (last < order.size() && x.mentions[order[last]].entity == e) ++last;
    if (e > 0) out->append(", ");
    out->append("{\"id\": ");
    AppendJsonString(entity.id, out);
    out->append(", \"type\": \"");
    out->append(TypeName(entity.type));
    out->append("\", \"name\": ");
    AppendJsonString(entity.name, out);
    out->append(entity.source == Source::kGazetteer ? ", \"source\": \"gazetteer\"" : ", \"source\": \"pattern\"");
    out->append(", \"count\": ");
    AppendNumber(last - m, out);
    out->append(", \"mentions\": [");
    for (size_t k = m; k < last; ++k) {
      const Mention& mention = x.mentions[order[k]];
      const Span& span = spans[order[k]];
      if (k > m) out->append(", ");
      out->append("{\"start\": ");
      AppendNumber(span.start, out);
      out->append(", \"end\": ");
      AppendNumber(span.stop, out);
      out->append(", \"text\": ");
      AppendJsonString(text.substr(span.begin, span.end - span.begin), out);
      out->append(", \"sentence\": ");
      AppendNumber(mention.sentence, out);
      out->push_back('}');
    }
    out->append("]}");
    m = last;
  }
  out->append("], \"relations\": [");
  for (size_t r = 0; r < x.relations.size(); ++r) {
    const Relation& relation = x.relations[r];
    if (r > 0) out->append(", ");
    out->append("{\"source\": ");
    AppendJsonString(x.entities[relation.source].id, out);
    out->append(", \"target\": ");
    AppendJsonString(x.entities[relation.target].id, out);
    out->append(", \"type\": \"co-occurrence\", \"count\": ");
    AppendNumber(relation.count, out);
    if (window_ != Window::kDocument) {
      out->append(window_ == Window::kSentence ? ", \"sentences\": [" : ", \"paragraphs\": [");
      for (size_t w = 0; w < relation.windows.size(); ++w) {
        if (w > 0) out->append(", ");
        AppendNumber(relation.windows[w], out);
      }
      out->push_back(']');
    }
    out->push_back('}');
  }
  out->append("]}\n");
}

}  // namespace gazer
