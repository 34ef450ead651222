#include "gazer/snapshot.h"

#include <cstdint>

#include "binary_io.h"
#include "gazer/matcher.h"
#include "surname_table.h"

namespace gazer {
namespace {

constexpr std::string_view kMagic = "GZS3";
// The index image: this magic, the size of the Matcher's index, that index,
// padding to 8 bytes, and the Linker's surname table.
constexpr std::string_view kIndexMagic = "GZX1";

void PadTo8(std::string* out) {
  while (out->size() % 8 != 0) out->push_back('\0');
}

}  // namespace

void WriteSnapshot(const Gazetteer& gazetteer, std::string* image) {
  image->clear();
  image->append(kMagic);
  PutU32(0, image);  // the Matcher index's offset, filled in below
  gazetteer.Serialize(image);
  PadTo8(image);
  const uint32_t trie_offset = static_cast<uint32_t>(image->size());
  image->replace(kMagic.size(), sizeof trie_offset, reinterpret_cast<const char*>(&trie_offset), sizeof trie_offset);
  image->append(kIndexMagic);
  const size_t size_at = image->size();
  PutU32(0, image);  // the Matcher index's size, filled in below
  Matcher::WriteIndex(gazetteer, image);
  const uint32_t matcher_size = static_cast<uint32_t>(image->size() - size_at - sizeof(uint32_t));
  image->replace(size_at, sizeof matcher_size, reinterpret_cast<const char*>(&matcher_size), sizeof matcher_size);
  PadTo8(image);
  SurnameTable::Write(gazetteer, image);
}

SnapshotIndex SplitIndexImage(std::string_view index_image) {
  ByteReader in(index_image);
  if (in.Bytes(kIndexMagic.size()) != kIndexMagic) return {};
  SnapshotIndex index;
  index.matcher = in.Bytes(in.U32());
  if (!in.ok()) return {};
  const size_t surnames_at = (in.position() + 7) / 8 * 8;
  if (surnames_at <= index_image.size()) index.surnames = index_image.substr(surnames_at);
  return index;
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
