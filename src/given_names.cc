#include "given_names.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "binary_io.h"
#include "gazer/normalizer.h"

namespace gazer {
namespace {

constexpr std::string_view kMagic = "GZG2";

uint32_t U32At(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

Status GivenNames::Parse(std::string_view origin, std::string_view contents, std::vector<std::string>* names) {
  size_t line_number = 0;
  for (size_t pos = 0; pos < contents.size();) {
    size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_of(" \t") != std::string_view::npos) {
      return Status::Error(std::string(origin) + ":" + std::to_string(line_number) +
                           ": a given name is one word, without spaces or tabs");
    }
    names->emplace_back(line);
  }
  return Status::Ok();
}

void GivenNames::Write(const std::vector<std::string>& names, std::string* image) {
  std::vector<std::string> normalized;
  NormalizedText buffer;
  for (const std::string& name : names) {
    Normalize(name, &buffer);
    normalized.push_back(buffer.cased());
  }
  std::sort(normalized.begin(), normalized.end());
  normalized.erase(std::unique(normalized.begin(), normalized.end()), normalized.end());
  image->append(kMagic);
  std::string filter(kFilterBits / 8, '\0');
  for (const std::string& name : normalized) filter[Hash(name) >> 3] |= static_cast<char>(1 << (Hash(name) & 7));
  image->append(filter);
  PutU32(static_cast<uint32_t>(normalized.size()), image);
  uint32_t offset = 0;
  for (const std::string& name : normalized) {
    PutU32(offset, image);
    offset += static_cast<uint32_t>(name.size());
  }
  PutU32(offset, image);
  for (const std::string& name : normalized) image->append(name);
}

GivenNames::GivenNames(std::string_view image) {
  ByteReader in(image);
  if (image.empty() || in.Bytes(kMagic.size()) != kMagic) return;
  const std::string_view filter = in.Bytes(kFilterBits / 8);
  const uint32_t count = in.U32();
  if (!in.ok() || count >= image.size() / sizeof(uint32_t)) return;
  const std::string_view offsets = in.Bytes((count + 1) * sizeof(uint32_t));
  const std::string_view pool = image.substr(std::min(image.size(), in.position()));
  if (!in.ok()) return;
  std::vector<uint64_t> heads(count);
  for (uint32_t k = 0; k < count; ++k) {  // a malformed image is not used
    const uint32_t begin = U32At(offsets.data() + 4 * k), end = U32At(offsets.data() + 4 * (k + 1));
    if (begin > end || end > pool.size()) return;
    heads[k] = Head(pool.substr(begin, end - begin));
  }
  heads_ = std::move(heads);
  filter_ = reinterpret_cast<const unsigned char*>(filter.data());
  count_ = count;
  offsets_ = offsets.data();
  pool_ = pool;
}

std::string_view GivenNames::Name(uint32_t k) const {
  const uint32_t begin = U32At(offsets_ + 4 * k);
  return pool_.substr(begin, U32At(offsets_ + 4 * (k + 1)) - begin);
}

uint64_t GivenNames::Head(std::string_view word) {
  unsigned char bytes[8] = {};
  std::memcpy(bytes, word.data(), std::min<size_t>(word.size(), 8));
  uint64_t head = 0;
  for (unsigned char b : bytes) head = head << 8 | b;
  return head;
}

bool GivenNames::Find(std::string_view word) const {
  const uint64_t head = Head(word);
  for (auto it = std::lower_bound(heads_.begin(), heads_.end(), head); it != heads_.end() && *it == head; ++it) {
    if (Name(static_cast<uint32_t>(it - heads_.begin())) == word) return true;
  }
  return false;
}

}  // namespace gazer
