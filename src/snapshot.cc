#include "gazer/snapshot.h"

#include <cstdint>

#include "binary_io.h"
#include "gazer/matcher.h"

namespace gazer {
namespace {

constexpr std::string_view kMagic = "GZS2";

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
  Matcher::WriteIndex(gazetteer, image);
}

Status ReadSnapshot(std::string_view image, Gazetteer* gazetteer, std::string_view* trie_image) {
  ByteReader in(image);
  if (in.Bytes(kMagic.size()) != kMagic) return Status::Error("snapshot: not a gazer snapshot");
  const uint32_t trie_offset = in.U32();
  if (!in.ok() || trie_offset > image.size()) return Status::Error("snapshot: truncated");
  const std::string_view entries = image.substr(in.position(), trie_offset - in.position());
  if (Status s = gazetteer->Deserialize(entries); !s.ok()) return s;
  *trie_image = image.substr(trie_offset);
  return Status::Ok();
}

}  // namespace gazer
