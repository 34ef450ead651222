// Reader: turns the inputs a user names into a stream of records, one per
// article, in a deterministic order, holding at most one record in memory.
//
// - A path to a plain text file is one article; its id is the path as given.
//   A UTF-8 BOM is removed and CRLF and lone CR become LF, so offsets agree
//   with Python's open(path, encoding="utf-8-sig", errors="replace").read().
// - A JSON Lines file (--jsonl, or a .jsonl/.ndjson name) holds one article
//   per non-blank line; ParseRecord() decodes it.
// - A directory is read recursively, entries sorted by name, hidden entries
//   skipped; a symbolic link that leads back into its own ancestry is reported
//   as a loop and not followed.
// - "-", or no input at all, is standard input.
//
// Problems (missing or unreadable file, binary file, loop) come back as
// errors naming the input; reading goes on with the next input.
#ifndef GAZER_READER_H_
#define GAZER_READER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "gazer/status.h"

namespace gazer {

struct ReaderOptions {
  bool jsonl = false;  // treat every input as JSON Lines
  std::string id_field = "id";
  std::string text_field = "text";
};

// One article as read, not yet decoded.
struct Record {
  std::string origin;  // the path as given, "-" for standard input
  uint64_t line = 0;   // 1-based line for JSON Lines, 0 for plain text
  bool json = false;   // payload is a JSON line, else the article text
  std::string payload;
};

struct Article {
  std::string id;
  std::string text;
};

class Reader {
 public:
  Reader(std::vector<std::string> inputs, ReaderOptions options);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  enum class Outcome { kRecord, kError, kEnd };
  // Reads the next record, or reports the next problem in *error.
  Outcome Next(Record* record, Status* error);

  // Bytes read so far, for progress reports.
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  struct Directory;
  Outcome OpenNext(Status* error);
  Outcome ReadPlainFile(const std::string& path, std::FILE* file, Record* record, Status* error);

  ReaderOptions options_;
  std::vector<std::string> inputs_;  // still to open, in reverse order
  std::vector<std::unique_ptr<Directory>> directories_;
  std::FILE* jsonl_ = nullptr;  // the JSON Lines input being read, if any
  bool jsonl_is_stdin_ = false;
  std::string jsonl_origin_;
  uint64_t jsonl_line_ = 0;
  char* line_buffer_ = nullptr;
  size_t line_capacity_ = 0;
  uint64_t bytes_read_ = 0;
};

// Decodes a record into an article: the text field of a JSON line (its id
// field, or "ORIGIN:LINE" when there is none), or the text of a plain file.
// Errors name origin:line and the reason.
Status ParseRecord(Record* record, const ReaderOptions& options, Article* article);

}  // namespace gazer

#endif  // GAZER_READER_H_
