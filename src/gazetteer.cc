#include "gazer/gazetteer.h"

#include <re2/re2.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#include "binary_io.h"
#include "gazer/normalizer.h"
#include "slug.h"

namespace gazer {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool ValidSlug(std::string_view slug) {
  if (slug.empty()) return false;
  auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!ok(slug.front())) return false;
  return std::all_of(slug.begin(), slug.end(),
                     [&](char c) { return ok(c) || c == '.' || c == '_' || c == '-'; });
}

// Checks an alias the matcher can use: it must start with a letter or digit
// once normalized, since matches only start at the beginning of a word.
Status CheckAlias(std::string_view alias) {
  const NormalizedText n = Normalize(alias);
  const std::string& f = n.folded();
  const size_t first = f.find_first_not_of(' ');
  if (first == std::string::npos) return Status::Error("empty alias");
  if (!IsWordByte(static_cast<unsigned char>(f[first]))) {
    return Status::Error(fmt::format("alias \"{}\" does not start with a letter or digit", alias));
  }
  return Status::Ok();
}

Status CheckPattern(std::string_view pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  RE2 re(pattern, options);
  if (!re.ok()) return Status::Error(fmt::format("pattern \"{}\" does not compile: {}", pattern, re.error()));
  if (RE2::FullMatch("", re)) return Status::Error(fmt::format("pattern \"{}\" matches the empty string", pattern));
  return Status::Ok();
}

struct ParsedLine {
  std::string_view id, name, country, attributes;
  EntityType type = EntityType::kPerson;
  int priority = 0;
  std::vector<Alias> aliases;
  std::vector<std::string_view> patterns;
};

// Parses one entry line; the views in `out` point into `line`.
Status ParseLine(std::string_view line, ParsedLine* out) {
  out->aliases.clear();
  out->patterns.clear();
  out->country = {};
  out->attributes = {};
  out->priority = 0;
  const std::vector<std::string_view> fields = Split(line, '\t');
  if (fields.size() < 2 || fields.size() > 4) {
    return Status::Error(fmt::format("expected 2 to 4 TAB-separated fields (id, name, aliases, attributes), found {}",
                                     fields.size()));
  }
  const std::string_view id = Trim(fields[0]);
  const size_t colon = id.find(':');
  if (colon == std::string_view::npos) return Status::Error(fmt::format("id \"{}\" is not TYPE:SLUG", id));
  const auto type = ParseType(id.substr(0, colon));
  if (!type) return Status::Error(fmt::format("unknown entity type \"{}\"", id.substr(0, colon)));
  std::string_view slug = id.substr(colon + 1);
  const bool family = !slug.empty() && slug.back() == '*';
  if (family) slug.remove_suffix(1);
  if (!ValidSlug(slug)) return Status::Error(fmt::format("id \"{}\": slug must match [a-z0-9][a-z0-9._-]*", id));
  out->id = id;
  out->type = *type;
  out->name = Trim(fields[1]);
  if (out->name.empty()) return Status::Error("empty name");
  if (Status s = CheckAlias(out->name); !s.ok()) return Status::Error("name: " + s.message());

  // The name is an alias too (a family's name is only a label); an alias
  // equal to the name gives the name its case rule.
  if (!family) out->aliases.push_back({out->name, CaseRule::kCapitals});
  if (fields.size() >= 3 && !Trim(fields[2]).empty()) {
    for (std::string_view raw : Split(fields[2], '|')) {
      raw = Trim(raw);
      if (raw.empty()) return Status::Error("empty alias (two '|' in a row?)");
      if (raw.substr(0, 3) == "re:") {
        const std::string_view pattern = raw.substr(3);
        if (Status s = CheckPattern(pattern); !s.ok()) return s;
        out->patterns.push_back(pattern);
        continue;
      }
      Alias alias;
      if (raw.front() == '=' || raw.front() == '~') {
        alias.case_rule = raw.front() == '=' ? CaseRule::kExact : CaseRule::kAny;
        raw.remove_prefix(1);
      }
      alias.text = Trim(raw);
      if (Status s = CheckAlias(alias.text); !s.ok()) return s;
      if (!family && alias.text == out->name) {
        out->aliases.front().case_rule = alias.case_rule;
        continue;
      }
      out->aliases.push_back(alias);
    }
  }
  if (family && out->patterns.empty()) {
    return Status::Error(fmt::format("family id \"{}\" needs at least one re: pattern", id));
  }
  if (fields.size() == 4) {
    out->attributes = Trim(fields[3]);
    for (std::string_view pair : Split(out->attributes, ';')) {
      pair = Trim(pair);
      if (pair.empty()) continue;
      const size_t eq = pair.find('=');
      if (eq == std::string_view::npos || eq == 0) {
        return Status::Error(fmt::format("attribute \"{}\" is not key=value", pair));
      }
      const std::string_view key = Trim(pair.substr(0, eq));
      const std::string_view value = Trim(pair.substr(eq + 1));
      if (key == "country") {
        if (value.substr(0, 8) != "country:") {
          return Status::Error(fmt::format("country attribute \"{}\" is not a country id", value));
        }
        out->country = value;
      } else if (key == "priority") {
        int priority = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), priority);
        if (ec != std::errc() || end != value.data() + value.size()) {
          return Status::Error(fmt::format("priority \"{}\" is not an integer", value));
        }
        out->priority = priority;
      }
    }
  }
  return Status::Ok();
}

template <typename T>
std::span<const T> ViewRecords(ByteReader* in, uint32_t count) {
  const std::string_view bytes = in->Bytes(static_cast<size_t>(count) * sizeof(T));
  return {reinterpret_cast<const T*>(bytes.data()), bytes.empty() ? 0 : count};
}

template <typename T>
void PutRecords(std::span<const T> records, std::string* out) {
  PutU32(static_cast<uint32_t>(records.size()), out);
  out->append(reinterpret_cast<const char*>(records.data()), records.size_bytes());
}

// GZG2: the id index is a hash table (GZG1: entry indices sorted by id).
constexpr std::string_view kMagic = "GZG2";

// FNV-1a: ids are short, and the table is built and probed by the same code.
uint32_t IdHash(std::string_view id) {
  uint32_t h = 2166136261u;
  for (const char c : id) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

void Gazetteer::OwnedSegment::Repoint() {
  pool = pool_storage;
  entries = entry_storage;
  aliases = alias_storage;
  patterns = pattern_storage;
  id_slots = id_slot_storage;
}

int64_t Gazetteer::OwnedSegment::AddId(uint32_t local) {
  if ((static_cast<size_t>(local) + 1) * 4 > id_slot_storage.size() * 3) {
    id_slot_storage.assign(std::max<size_t>(16, id_slot_storage.size() * 2), 0);
    for (uint32_t e = 0; e < local; ++e) AddId(e);
  }
  const size_t mask = id_slot_storage.size() - 1;
  const std::string_view id = IdOf(*this, local);
  for (size_t k = IdHash(id) & mask;; k = (k + 1) & mask) {
    uint32_t& slot = id_slot_storage[k];
    if (slot == 0) {
      slot = local + 1;
      return -1;
    }
    if (IdOf(*this, slot - 1) == id) return slot - 1;
  }
}

const Gazetteer::Segment& Gazetteer::SegmentOf(size_t index, size_t* local) const {
  if (index < image_.entries.size()) {
    *local = index;
    return image_;
  }
  *local = index - image_.entries.size();
  return own_;
}

Entry Gazetteer::entry(size_t index) const {
  size_t local;
  const Segment& segment = SegmentOf(index, &local);
  const EntryRecord& r = segment.entries[local];
  auto text = [&](uint32_t offset, uint32_t length) { return segment.pool.substr(offset, length); };
  Entry e;
  e.index = static_cast<uint32_t>(index);
  e.id = text(r.id, r.id_length);
  e.type = static_cast<EntityType>(r.type);
  e.name = text(r.name, r.name_length);
  e.country = text(r.country, r.country_length);
  e.priority = static_cast<int>(r.priority);
  e.attributes = text(r.attributes, r.attributes_length);
  e.file = text(r.file, r.file_length);
  e.line = r.line;
  e.alias_count = r.alias_end - r.alias_begin;
  e.pattern_count = r.pattern_end - r.pattern_begin;
  return e;
}

Alias Gazetteer::alias(const Entry& entry, size_t k) const {
  size_t local;
  const Segment& segment = SegmentOf(entry.index, &local);
  const AliasRecord& a = segment.aliases[segment.entries[local].alias_begin + k];
  return {segment.pool.substr(a.text, a.length), static_cast<CaseRule>(a.case_rule)};
}

std::string_view Gazetteer::pattern(const Entry& entry, size_t k) const {
  size_t local;
  const Segment& segment = SegmentOf(entry.index, &local);
  const PatternRecord& p = segment.patterns[segment.entries[local].pattern_begin + k];
  return segment.pool.substr(p.text, p.length);
}

std::pair<uint32_t, std::string_view> Gazetteer::pattern_at(size_t k) const {
  const bool in_image = k < image_.patterns.size();
  const Segment& segment = in_image ? image_ : own_;
  const PatternRecord& p = segment.patterns[in_image ? k : k - image_.patterns.size()];
  const uint32_t base = in_image ? 0 : static_cast<uint32_t>(image_.entries.size());
  return {base + p.entry, segment.pool.substr(p.text, p.length)};
}

std::string_view Gazetteer::IdOf(const Segment& segment, uint32_t local) {
  const EntryRecord& r = segment.entries[local];
  return segment.pool.substr(r.id, r.id_length);
}

int64_t Gazetteer::FindIn(const Segment& segment, std::string_view id) {
  if (segment.id_slots.empty()) return -1;
  const size_t mask = segment.id_slots.size() - 1;
  for (size_t k = IdHash(id) & mask;; k = (k + 1) & mask) {
    const uint32_t slot = segment.id_slots[k];
    if (slot == 0) return -1;
    if (IdOf(segment, slot - 1) == id) return slot - 1;
  }
}

int64_t Gazetteer::Find(std::string_view id) const {
  if (const int64_t e = FindIn(image_, id); e >= 0) return e;
  const int64_t e = FindIn(own_, id);
  return e >= 0 ? e + static_cast<int64_t>(image_.entries.size()) : -1;
}

Status Gazetteer::LoadString(std::string_view origin, std::string_view contents) {
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);
  OwnedSegment& own = own_;
  const size_t old_pool = own.pool_storage.size(), old_entries = own.entry_storage.size(),
               old_aliases = own.alias_storage.size(), old_patterns = own.pattern_storage.size();
  auto rollback = [&](Status error) {
    own.pool_storage.resize(old_pool);
    own.entry_storage.resize(old_entries);
    own.alias_storage.resize(old_aliases);
    own.pattern_storage.resize(old_patterns);
    own.Repoint();
    return error;
  };
  auto store = [&](std::string_view text, uint32_t* offset, uint32_t* length) {
    *offset = static_cast<uint32_t>(own.pool_storage.size());
    *length = static_cast<uint32_t>(text.size());
    own.pool_storage.append(text);
  };
  uint32_t file, file_length;
  store(origin, &file, &file_length);

  ParsedLine parsed;
  uint32_t line_number = 0;
  size_t start = 0;
  while (start < contents.size()) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    if (Status s = ParseLine(line, &parsed); !s.ok()) {
      return rollback(Status::Error(fmt::format("{}:{}: {}", origin, line_number, s.message())));
    }
    EntryRecord r{};
    store(parsed.id, &r.id, &r.id_length);
    store(parsed.name, &r.name, &r.name_length);
    store(parsed.country, &r.country, &r.country_length);
    store(parsed.attributes, &r.attributes, &r.attributes_length);
    r.file = file;
    r.file_length = file_length;
    r.line = line_number;
    r.type = static_cast<uint32_t>(parsed.type);
    r.priority = static_cast<uint32_t>(parsed.priority);
    r.alias_begin = static_cast<uint32_t>(own.alias_storage.size());
    for (const Alias& a : parsed.aliases) {
      AliasRecord record{};
      store(a.text, &record.text, &record.length);
      record.case_rule = static_cast<uint32_t>(a.case_rule);
      own.alias_storage.push_back(record);
    }
    r.alias_end = static_cast<uint32_t>(own.alias_storage.size());
    r.pattern_begin = static_cast<uint32_t>(own.pattern_storage.size());
    for (std::string_view p : parsed.patterns) {
      PatternRecord record{static_cast<uint32_t>(own.entry_storage.size()), 0, 0};
      store(p, &record.text, &record.length);
      own.pattern_storage.push_back(record);
    }
    r.pattern_end = static_cast<uint32_t>(own.pattern_storage.size());
    own.entry_storage.push_back(r);
  }
  own.Repoint();

  // Ids must be unique, across the snapshot and every file loaded.
  const size_t base = image_.entries.size();
  for (uint32_t i = static_cast<uint32_t>(old_entries); i < own.entry_storage.size(); ++i) {
    int64_t first = FindIn(image_, IdOf(own, i));
    if (first < 0) {
      if (const int64_t earlier = own.AddId(i); earlier >= 0) first = static_cast<int64_t>(base) + earlier;
    }
    if (first >= 0) {
      const Entry again = entry(base + i);
      Status error = Status::Error(fmt::format("{}: duplicate id \"{}\" (first defined at {})", Origin(again),
                                               again.id, Origin(entry(static_cast<size_t>(first)))));
      own.id_slot_storage.clear();
      for (uint32_t e = 0; e < old_entries; ++e) own.AddId(e);
      return rollback(std::move(error));
    }
  }
  own.Repoint();
  return Status::Ok();
}

Status Gazetteer::Load(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& item : fs::directory_iterator(path, ec)) {
      if (item.path().extension() == ".tsv") files.push_back(item.path().string());
    }
    if (ec) return Status::Error(fmt::format("{}: {}", path, ec.message()));
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
      if (Status s = Load(file); !s.ok()) return s;
    }
    return Status::Ok();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(fmt::format("{}: cannot open gazetteer: {}", path, std::strerror(errno)));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Status::Error(fmt::format("{}: cannot read gazetteer", path));
  return LoadString(path, contents.str());
}

std::string Gazetteer::Origin(const Entry& entry) { return fmt::format("{}:{}", entry.file, entry.line); }

std::optional<std::string_view> Gazetteer::Attribute(const Entry& entry, std::string_view key) {
  // The linker asks while it extracts: no allocation.
  for (std::string_view rest = entry.attributes;;) {
    const size_t semicolon = rest.find(';');
    const std::string_view pair = rest.substr(0, semicolon);
    const size_t eq = pair.find('=');
    if (eq != std::string_view::npos && Trim(pair.substr(0, eq)) == key) return Trim(pair.substr(eq + 1));
    if (semicolon == std::string_view::npos) return std::nullopt;
    rest.remove_prefix(semicolon + 1);
  }
}

void Gazetteer::Serialize(std::string* out) const {
  // Only text-loaded entries are written; a snapshot is made from files.
  if (!image_.entries.empty()) throw std::logic_error("Gazetteer::Serialize: gazetteer holds a snapshot");
  out->append(kMagic);
  PutU32(static_cast<uint32_t>(own_.pool.size()), out);
  out->append(own_.pool);
  while (out->size() % 4 != 0) out->push_back('\0');
  PutRecords(own_.entries, out);
  PutRecords(own_.aliases, out);
  PutRecords(own_.patterns, out);
  PutRecords(own_.id_slots, out);
}

Status Gazetteer::Deserialize(std::string_view image) {
  if (size() != 0) return Status::Error("snapshot: gazetteer is not empty");
  if (reinterpret_cast<uintptr_t>(image.data()) % 4 != 0) return Status::Error("snapshot: image is not aligned");
  ByteReader in(image);
  if (in.Bytes(kMagic.size()) != kMagic) return Status::Error("snapshot: not a gazetteer image");
  Segment segment;
  segment.pool = in.Bytes(in.U32());
  while (in.ok() && in.position() % 4 != 0) in.Bytes(1);
  segment.entries = ViewRecords<EntryRecord>(&in, in.U32());
  segment.aliases = ViewRecords<AliasRecord>(&in, in.U32());
  segment.patterns = ViewRecords<PatternRecord>(&in, in.U32());
  segment.id_slots = ViewRecords<uint32_t>(&in, in.U32());
  if (!in.ok()) return Status::Error("snapshot: truncated gazetteer image");
  const size_t slots = segment.id_slots.size();
  if ((slots & (slots - 1)) != 0 || slots * 3 < segment.entries.size() * 4) {
    return Status::Error("snapshot: bad gazetteer id index");
  }
  image_ = segment;
  return Status::Ok();
}

std::string Slugify(std::string_view text) {
  std::string slug;
  AppendSlugOfBytes(Normalize(text).folded(), &slug);
  return slug;
}

}  // namespace gazer
