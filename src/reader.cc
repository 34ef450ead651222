#include "gazer/reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>
#include <utility>

#include <fmt/format.h>

#include "byte_scan.h"
#include "gazer/utf8.h"

namespace gazer {
namespace {

bool HasJsonlExtension(const std::string& path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".jsonl") || ends_with(".ndjson");
}

// BOM removed, CRLF and lone CR turned into LF.
void NormalizeLineEnds(std::string* text) {
  size_t start = text->compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t out = 0;
  std::string& s = *text;
  for (size_t i = start; i < s.size(); ++i) {
    if (s[i] == '\r') {
      s[out++] = '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      s[out++] = s[i];
    }
  }
  s.resize(out);
}

std::string PathJoin(const std::string& dir, const std::string& name) {
  return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

// A strict fast path for the usual JSON Lines shape: one flat object whose
// values are strings, numbers, true, false or null. It decodes the wanted
// string fields and returns true, or returns false on anything else (nested
// values, a non-string id, any doubt), and the caller falls back to the full
// parser, which also words the errors. Accepting only what nlohmann::json
// accepts, with the same result, is the contract.
class FlatObjectParser {
 public:
  explicit FlatObjectParser(std::string_view line) : s_(line) {}

  bool Parse(const ReaderOptions& options, Article* article, bool* has_id) {
    bool has_text = false;
    *has_id = false;
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    if (Eat('}')) return Finish() && false;  // no text field: let the full parser say so
    while (true) {
      SkipSpace();
      key_.clear();
      if (!String(&key_)) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      const bool is_text = key_ == options.text_field;
      const bool is_id = key_ == options.id_field;
      if (is_text || is_id) {
        std::string* target = is_text ? &article->text : &article->id;
        target->clear();
        if (!String(target)) return false;  // a non-string id or text: full parser
        (is_text ? has_text : *has_id) = true;
      } else if (!SkipScalar()) {
        return false;
      }
      SkipSpace();
      if (Eat(',')) continue;
      if (Eat('}')) break;
      return false;
    }
    return Finish() && has_text;
  }

 private:
  bool Finish() {
    SkipSpace();
    return pos_ == s_.size();
  }
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
  }
  bool Eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex4(uint32_t* value) {
    if (pos_ + 4 > s_.size()) return false;
    *value = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = Hex(s_[pos_ + k]);
      if (h < 0) return false;
      *value = *value * 16 + static_cast<uint32_t>(h);
    }
    pos_ += 4;
    return true;
  }
  // Decodes a JSON string at pos_ into *out.
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    while (pos_ < s_.size()) {
      // The bytes up to the next escape or quote are copied at once, and
      // checked as UTF-8 in the same scan: no stop byte can continue a
      // character, so decoding in s_ finds what decoding the run would.
      size_t run = FindJsonSpecial(s_.data(), pos_, s_.size());
      while (run < s_.size() && static_cast<unsigned char>(s_[run]) >= 0x7F) {
        const DecodedChar c = DecodeUtf8(s_, run);
        if (!c.valid) return false;
        run = FindJsonSpecial(s_.data(), run + c.length, s_.size());
      }
      out->append(s_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= s_.size() || static_cast<unsigned char>(s_[pos_]) < 0x20) return false;
      if (Eat('"')) return true;
      ++pos_;  // the backslash
      if (pos_ >= s_.size()) return false;
      const char e = s_[pos_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low;
            if (!Eat('\\') || !Eat('u') || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }
  // Skips a number, true, false, null or a string; anything else fails.
  bool SkipScalar() {
    if (pos_ >= s_.size()) return false;
    const char c = s_[pos_];
    if (c == '"') {
      scratch_.clear();
      return String(&scratch_);
    }
    for (std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(pos_, word.size()) == word) {
        pos_ += word.size();
        return true;
      }
    }
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    Eat('-');
    if (Eat('0')) {
    } else if (pos_ < s_.size() && s_[pos_] >= '1' && s_[pos_] <= '9') {
      while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    } else {
      return false;
    }
    if (Eat('.')) {
      if (pos_ >= s_.size() || !std::isdigit(static_cast<unsigned char>(s_[pos_]))) return false;
      while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (!Eat('+')) Eat('-');
      if (pos_ >= s_.size() || !std::isdigit(static_cast<unsigned char>(s_[pos_]))) return false;
      while (pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]))) ++pos_;
    }
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
  std::string key_;
  std::string scratch_;
};

}  // namespace

// A directory being walked: its sorted entries and its identity, so that a
// symbolic link back into an ancestor is seen.
struct Reader::Directory {
  std::string path;
  dev_t device;
  ino_t inode;
  std::vector<std::string> names;
  size_t next = 0;
};

Reader::Reader(std::vector<std::string> inputs, ReaderOptions options) : options_(std::move(options)) {
  if (inputs.empty()) inputs.push_back("-");
  inputs_.assign(inputs.rbegin(), inputs.rend());
}

Reader::~Reader() {
  if (jsonl_ != nullptr && !jsonl_is_stdin_) std::fclose(jsonl_);
  std::free(line_buffer_);
}

Reader::Outcome Reader::Next(Record* record, Status* error) {
  while (true) {
    if (jsonl_ != nullptr) {
      const ssize_t length = getline(&line_buffer_, &line_capacity_, jsonl_);
      if (length >= 0) {
        ++jsonl_line_;
        bytes_read_ += static_cast<uint64_t>(length);
        std::string_view line(line_buffer_, static_cast<size_t>(length));
        if (jsonl_line_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        record->origin = jsonl_origin_;
        record->line = jsonl_line_;
        record->json = true;
        record->payload.assign(line);
        return Outcome::kRecord;
      }
      const bool failed = std::ferror(jsonl_);
      const int saved = errno;
      if (!jsonl_is_stdin_) std::fclose(jsonl_);
      jsonl_ = nullptr;
      if (failed) {
        *error = Status::Error(fmt::format("{}:{}: read error: {}", jsonl_origin_, jsonl_line_ + 1,
                                           std::strerror(saved)));
        return Outcome::kError;
      }
      continue;
    }
    const Outcome opened = OpenNext(error);
    if (opened == Outcome::kError || opened == Outcome::kEnd) return opened;
    if (jsonl_ != nullptr) continue;
    // A plain file: OpenNext() left its path at inputs_.back().
    std::string path = std::move(inputs_.back());
    inputs_.pop_back();
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
      *error = Status::Error(fmt::format("{}: {}", path, std::strerror(errno)));
      return Outcome::kError;
    }
    const Outcome read = ReadPlainFile(path, file, record, error);
    if (file != stdin) std::fclose(file);
    return read;
  }
}

// Finds the next input to read. Opens JSON Lines inputs in jsonl_; for a
// plain file leaves its path at inputs_.back() and returns kRecord.
Reader::Outcome Reader::OpenNext(Status* error) {
  while (true) {
    // The directory being walked comes before the inputs named after it, so
    // records keep the order the inputs were given in, and directories_ holds
    // only real ancestors for the loop check. (inputs_ never holds a pending
    // directory entry here: each is consumed in the iteration that took it.)
    if (!directories_.empty()) {
      Directory& dir = *directories_.back();
      if (dir.next == dir.names.size()) {
        directories_.pop_back();
        continue;
      }
      inputs_.push_back(PathJoin(dir.path, dir.names[dir.next++]));
    }
    if (inputs_.empty()) return Outcome::kEnd;
    const std::string& path = inputs_.back();
    if (path == "-") {
      if (options_.jsonl) {
        jsonl_ = stdin;
        jsonl_is_stdin_ = true;
        jsonl_origin_ = "-";
        jsonl_line_ = 0;
        inputs_.pop_back();
      }
      return Outcome::kRecord;
    }
    struct stat info;
    if (stat(path.c_str(), &info) != 0) {
      *error = Status::Error(fmt::format("{}: {}", path, std::strerror(errno)));
      inputs_.pop_back();
      return Outcome::kError;
    }
    if (S_ISDIR(info.st_mode)) {
      std::string dir_path = path;
      inputs_.pop_back();
      for (const auto& ancestor : directories_) {
        if (ancestor->device == info.st_dev && ancestor->inode == info.st_ino) {
          *error = Status::Error(fmt::format("{}: symbolic link loop (leads back to {}); not followed", dir_path,
                                             ancestor->path));
          return Outcome::kError;
        }
      }
      DIR* handle = opendir(dir_path.c_str());
      if (handle == nullptr) {
        *error = Status::Error(fmt::format("{}: {}", dir_path, std::strerror(errno)));
        return Outcome::kError;
      }
      auto dir = std::make_unique<Directory>();
      dir->path = dir_path;
      dir->device = info.st_dev;
      dir->inode = info.st_ino;
      while (const dirent* entry = readdir(handle)) {
        if (entry->d_name[0] == '.') continue;  // ., .., hidden files
        dir->names.emplace_back(entry->d_name);
      }
      closedir(handle);
      std::sort(dir->names.begin(), dir->names.end());
      directories_.push_back(std::move(dir));
      continue;
    }
    if (options_.jsonl || HasJsonlExtension(path)) {
      std::FILE* file = std::fopen(path.c_str(), "rb");
      if (file == nullptr) {
        *error = Status::Error(fmt::format("{}: {}", path, std::strerror(errno)));
        inputs_.pop_back();
        return Outcome::kError;
      }
      jsonl_ = file;
      jsonl_is_stdin_ = false;
      jsonl_origin_ = path;
      jsonl_line_ = 0;
      inputs_.pop_back();
      return Outcome::kRecord;
    }
    return Outcome::kRecord;
  }
}

Reader::Outcome Reader::ReadPlainFile(const std::string& path, std::FILE* file, Record* record, Status* error) {
  record->origin = path;
  record->line = 0;
  record->json = false;
  record->payload.clear();
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) record->payload.append(buffer, got);
  if (std::ferror(file)) {
    *error = Status::Error(fmt::format("{}: read error: {}", path, std::strerror(errno)));
    return Outcome::kError;
  }
  bytes_read_ += record->payload.size();
  if (record->payload.find('\0') != std::string::npos) {
    *error = Status::Error(fmt::format("{}: binary file (contains NUL bytes); skipped", path));
    return Outcome::kError;
  }
  return Outcome::kRecord;
}

Status ParseRecord(Record* record, const ReaderOptions& options, Article* article) {
  if (!record->json) {
    article->id = record->origin;
    article->text = std::move(record->payload);
    NormalizeLineEnds(&article->text);
    return Status::Ok();
  }
  bool has_id = false;
  if (FlatObjectParser(record->payload).Parse(options, article, &has_id)) {
    if (!has_id) article->id = fmt::format("{}:{}", record->origin, record->line);
    return Status::Ok();
  }
  const std::string where = fmt::format("{}:{}", record->origin, record->line);
  nlohmann::json value = nlohmann::json::parse(record->payload, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    // Parse again for the reason; errors are rare, so the cost is too.
    try {
      const nlohmann::json again = nlohmann::json::parse(record->payload);
      (void)again;
    } catch (const nlohmann::json::parse_error& e) {
      std::string reason = e.what();
      if (const size_t at = reason.find("parse error"); at != std::string::npos) reason = reason.substr(at);
      return Status::Error(fmt::format("{}: invalid JSON: {}", where, reason));
    }
    return Status::Error(fmt::format("{}: invalid JSON", where));
  }
  if (!value.is_object()) return Status::Error(fmt::format("{}: not a JSON object", where));
  auto text = value.find(options.text_field);
  if (text == value.end()) return Status::Error(fmt::format("{}: no \"{}\" field", where, options.text_field));
  if (!text->is_string()) {
    return Status::Error(fmt::format("{}: field \"{}\" is not a string", where, options.text_field));
  }
  article->text = std::move(text->get_ref<std::string&>());
  auto id = value.find(options.id_field);
  if (id == value.end() || id->is_null()) {
    article->id = where;
  } else if (id->is_string()) {
    article->id = std::move(id->get_ref<std::string&>());
  } else {
    article->id = id->dump();
  }
  return Status::Ok();
}

}  // namespace gazer
