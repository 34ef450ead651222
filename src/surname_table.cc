#include "surname_table.h"

#include <algorithm>
#include <cstring>
#include <ranges>
#include <vector>

#include "binary_io.h"
#include "gazer/normalizer.h"
#include "name_words.h"

namespace gazer {
namespace {

constexpr std::string_view kMagic = "GZN2";
constexpr size_t kRecordSize = 3 * sizeof(uint32_t);
constexpr uint32_t kSeveral = 0xFFFFFFFF;  // a stored entry: several persons

uint32_t U32At(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

void SurnameTable::Add(const Gazetteer& gazetteer, size_t from, size_t to, Map* map) {
  NormalizedText buffer;
  // A surname two persons have names neither.
  const auto add = [&](std::string surname, size_t e) {
    auto [it, inserted] = map->emplace(std::move(surname), static_cast<int64_t>(e));
    if (!inserted && it->second != static_cast<int64_t>(e)) it->second = -1;
  };
  for (size_t e = from; e < to; ++e) {
    const Entry entry = gazetteer.entry(e);
    if (entry.type != EntityType::kPerson) continue;
    if (const std::optional<std::string_view> given = Gazetteer::Attribute(entry, "surname")) {
      Normalize(*given, &buffer);
      add(buffer.cased(), e);
      continue;
    }
    for (uint32_t k = 0; k < entry.alias_count; ++k) {
      const Alias alias = gazetteer.alias(entry, k);
      if (alias.text.find(' ') == std::string_view::npos) continue;
      Normalize(alias.text, &buffer);
      const std::string& normalized = buffer.cased();
      const std::string_view last = LastNameWord(normalized);
      if (last.empty()) continue;
      std::string surname(last);
      if (surname.size() > 3 && (surname.compare(0, 3, "al-") == 0 || surname.compare(0, 3, "el-") == 0)) {
        surname = surname.substr(3);
      }
      add(std::move(surname), e);
    }
  }
}

void SurnameTable::Write(const Gazetteer& gazetteer, std::string* image) {
  Map map;
  Add(gazetteer, 0, gazetteer.size(), &map);
  std::vector<std::pair<std::string_view, int64_t>> sorted(map.begin(), map.end());
  std::sort(sorted.begin(), sorted.end());
  image->append(kMagic);
  PutU32(static_cast<uint32_t>(gazetteer.size()), image);
  PutU32(static_cast<uint32_t>(sorted.size()), image);
  std::string filter(kFilterBits / 8, '\0');
  for (const auto& [surname, entry] : sorted) filter[Hash(surname) >> 3] |= static_cast<char>(1 << (Hash(surname) & 7));
  image->append(filter);
  uint32_t offset = 0;
  for (const auto& [surname, entry] : sorted) {
    PutU32(offset, image);
    PutU32(static_cast<uint32_t>(surname.size()), image);
    PutU32(entry < 0 ? kSeveral : static_cast<uint32_t>(entry), image);
    offset += static_cast<uint32_t>(surname.size());
  }
  for (const auto& [surname, entry] : sorted) image->append(surname);
}

SurnameTable::SurnameTable(const Gazetteer& gazetteer, std::string_view image) : gazetteer_(gazetteer) {
  ByteReader in(image);
  if (image.empty() || in.Bytes(kMagic.size()) != kMagic) return;
  const uint32_t covered = in.U32();
  const uint32_t count = in.U32();
  if (!in.ok() || covered > gazetteer.size() || count > image.size() / kRecordSize) return;
  const std::string_view filter = in.Bytes(kFilterBits / 8);
  const std::string_view records = in.Bytes(count * kRecordSize);
  const std::string_view pool = image.substr(in.position());
  if (!in.ok()) return;
  for (uint32_t r = 0; r < count; ++r) {  // a malformed image is not used
    const char* p = records.data() + r * kRecordSize;
    const uint32_t entry = U32At(p + 8);
    if (U32At(p) > pool.size() || U32At(p + 4) > pool.size() - U32At(p) ||
        (entry != kSeveral && entry >= covered)) {
      return;
    }
  }
  covered_ = covered;
  count_ = count;
  filter_ = reinterpret_cast<const unsigned char*>(filter.data());
  records_ = records.data();
  pool_ = pool;
}

int64_t SurnameTable::FindInImage(std::string_view surname) const {
  auto text = [this](uint32_t r) {
    const char* p = records_ + r * kRecordSize;
    return pool_.substr(U32At(p), U32At(p + 4));
  };
  const auto indices = std::views::iota(uint32_t{0}, count_);
  const auto it = std::ranges::partition_point(indices, [&](uint32_t r) { return text(r) < surname; });
  if (it == indices.end() || text(*it) != surname) return -2;
  const uint32_t lo = *it;
  const uint32_t entry = U32At(records_ + lo * kRecordSize + 8);
  return entry == kSeveral ? -1 : static_cast<int64_t>(entry);
}

int64_t SurnameTable::Find(std::string_view surname) const {
  std::call_once(rest_once_, [this] { Add(gazetteer_, covered_, gazetteer_.size(), &rest_); });
  // -2: not in the image. The two parts hold different entries, so a
  // surname in both has several persons.
  const int64_t in_image = count_ > 0 && InFilter(surname) ? FindInImage(surname) : -2;
  const auto it = rest_.empty() ? rest_.end() : rest_.find(std::string(surname));
  if (it == rest_.end()) return in_image == -2 ? -1 : in_image;
  return in_image == -2 ? it->second : -1;
}

}  // namespace gazer
