// Status: the outcome of an operation that can fail on its input.
//
// Anything that reads user input (files, gazetteers, JSON lines) returns a
// Status; an error carries one human-readable line that names the input
// (path, and line number where there is one) and the reason. Exceptions are
// kept for programmer errors only.
#ifndef GAZER_STATUS_H_
#define GAZER_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace gazer {

class Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  // The error line, e.g. "corpus/a.jsonl:12: invalid JSON: ...". Empty if ok().
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace gazer

#endif  // GAZER_STATUS_H_
