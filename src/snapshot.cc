#include "gazer/snapshot.h"

#include <cstdint>

#include "binary_io.h"
#include "gazer/matcher.h"
#include "given_names.h"
#include "surname_table.h"

namespace gazer {
namespace {

constexpr std::string_view kMagic = "GZS3";
// The index image: this magic, the sizes of its three parts, then the
// Matcher's index, the Linker's surname table and the given names, each
// starting 8-byte aligned.
constexpr std::string_view kIndexMagic = "GZX2";

void PadTo8(std::string* out) {
  while (out->size() % 8 != 0) out->push_back('\0');
}

}  // namespace

void WriteSnapshot(const Gazetteer& gazetteer, const std::vector<std::string>& given_names, std::string* image) {
  image->clear();
  image->append(kMagic);
  PutU32(0, image);  // the index image's offset, filled in below
  gazetteer.Serialize(image);
  PadTo8(image);
  const uint32_t index_offset = static_cast<uint32_t>(image->size());
  image->replace(kMagic.size(), sizeof index_offset, reinterpret_cast<const char*>(&index_offset), sizeof index_offset);
  image->append(kIndexMagic);
  const size_t sizes_at = image->size();
  for (int k = 0; k < 3; ++k) PutU32(0, image);  // filled in below
  PadTo8(image);
  const auto part = [&](int k, auto write) {
    const size_t begin = image->size();
    write();
    const uint32_t size = static_cast<uint32_t>(image->size() - begin);
    image->replace(sizes_at + 4 * k, sizeof size, reinterpret_cast<const char*>(&size), sizeof size);
    PadTo8(image);
  };
  part(0, [&] { Matcher::WriteIndex(gazetteer, image); });
  part(1, [&] { SurnameTable::Write(gazetteer, image); });
  part(2, [&] { GivenNames::Write(given_names, image); });
}

SnapshotIndex SplitIndexImage(std::string_view index_image) {
  ByteReader in(index_image);
  if (in.Bytes(kIndexMagic.size()) != kIndexMagic) return {};
  uint32_t sizes[3];
  for (uint32_t& size : sizes) size = in.U32();
  if (!in.ok()) return {};
  std::string_view parts[3];
  size_t at = (in.position() + 7) / 8 * 8;
  for (int k = 0; k < 3; ++k) {
    if (at > index_image.size() || sizes[k] > index_image.size() - at) return {};
    parts[k] = index_image.substr(at, sizes[k]);
    at = (at + sizes[k] + 7) / 8 * 8;
  }
  return {parts[0], parts[1], parts[2]};
}

Status ReadSnapshot(std::string_view image, Gazetteer* gazetteer, std::string_view* index_image) {
  ByteReader in(image);
  if (in.Bytes(kMagic.size()) != kMagic) return Status::Error("snapshot: not a gazer snapshot");
  const uint32_t trie_offset = in.U32();
  if (!in.ok() || trie_offset > image.size()) return Status::Error("snapshot: truncated");
  const std::string_view entries = image.substr(in.position(), trie_offset - in.position());
  if (Status s = gazetteer->Deserialize(entries); !s.ok()) return s;
  *index_image = image.substr(trie_offset);
  return Status::Ok();
}

}  // namespace gazer
