// JsonWriter: one JSON line per article, keys in a fixed order:
//
//   {"id", "entities": [{"id", "type", "name", "source", "count",
//                        "mentions": [{"start", "end", "text", "sentence"}]}],
//    "relations": [{"source", "target", "type", "count", "sentences"}]}
//
// `start`/`end` index the original text, end-exclusive: Unicode code points
// by default (Python's text[start:end]), or UTF-8 bytes. The relation window
// list is named "sentences" or "paragraphs", and left out for the document
// window. docs/output.schema.json is the schema.
#ifndef GAZER_JSON_WRITER_H_
#define GAZER_JSON_WRITER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "gazer/extraction.h"
#include "gazer/relation_builder.h"

namespace gazer {

enum class OffsetUnit { kCodePoints, kBytes };

// Output lines gathered for one write. JsonWriter writes into it in place,
// where appending to a std::string would cost a copy of every line; it
// grows by doubling, and what it holds stays until clear().
class LineBuffer {
 public:
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Empties the buffer, keeping its memory.
  void clear() { size_ = 0; }
  // Makes room for `n` bytes in all.
  void Reserve(size_t n);

 private:
  friend class JsonWriter;
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

class JsonWriter {
 public:
  JsonWriter(OffsetUnit unit, Window window) : unit_(unit), window_(window) {}

  // Appends the line for article `id` (with its newline) to `out`. `text` is
  // the article text `extraction` was made from.
  void Write(std::string_view id, std::string_view text, const Extraction& extraction, std::string* out) const;
  // The same, appending to `out` in place.
  void Write(std::string_view id, std::string_view text, const Extraction& extraction, LineBuffer* out) const;

 private:
  OffsetUnit unit_;
  Window window_;
};

// Appends `s` as a JSON string literal; ill-formed UTF-8 becomes \ufffd.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace gazer

#endif  // GAZER_JSON_WRITER_H_
