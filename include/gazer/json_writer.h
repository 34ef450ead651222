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
#include <vector>

#include "gazer/extraction.h"
#include "gazer/relation_builder.h"

namespace gazer {

enum class OffsetUnit { kCodePoints, kBytes };

// Output lines gathered for one write, in chunks that JsonWriter fills in
// place. Chunks never move: growing one buffer would copy all it holds and
// touch twice the memory. A line may continue from one chunk into the next;
// the chunks in order hold the lines. What it holds stays until clear().
class LineBuffer {
 public:
  bool empty() const { return used_ == 0; }
  size_t chunks() const { return used_; }
  std::string_view chunk(size_t i) const { return {chunks_[i].data.get(), chunks_[i].size}; }
  // Empties the buffer, keeping its chunks for reuse.
  void clear();

 private:
  friend class JsonWriter;
  struct Chunk {
    std::unique_ptr<char[]> data;
    size_t size = 0;
    size_t capacity = 0;
  };
  // The first chunk from the last one in use with room for `n` more bytes.
  Chunk& Room(size_t n);
  std::vector<Chunk> chunks_;
  size_t used_ = 0;  // chunks_[0, used_) hold the lines; the rest are spare
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
