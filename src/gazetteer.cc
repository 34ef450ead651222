#include "gazer/gazetteer.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "gazer/normalizer.h"

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

Status ParseLine(std::string_view line, Entry* entry) {
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
  entry->id = std::string(id);
  entry->type = *type;
  entry->name = std::string(Trim(fields[1]));
  if (entry->name.empty()) return Status::Error("empty name");
  if (Status s = CheckAlias(entry->name); !s.ok()) return Status::Error("name: " + s.message());

  bool name_listed = false;
  std::vector<Alias> aliases;
  if (fields.size() >= 3 && !Trim(fields[2]).empty()) {
    for (std::string_view raw : Split(fields[2], '|')) {
      raw = Trim(raw);
      if (raw.empty()) return Status::Error("empty alias (two '|' in a row?)");
      if (raw.substr(0, 3) == "re:") {
        const std::string_view pattern = raw.substr(3);
        if (Status s = CheckPattern(pattern); !s.ok()) return s;
        entry->patterns.emplace_back(pattern);
        continue;
      }
      Alias alias;
      if (raw.front() == '=' || raw.front() == '~') {
        alias.case_rule = raw.front() == '=' ? CaseRule::kExact : CaseRule::kAny;
        raw.remove_prefix(1);
      }
      alias.text = std::string(Trim(raw));
      if (Status s = CheckAlias(alias.text); !s.ok()) return s;
      if (alias.text == entry->name) name_listed = true;
      aliases.push_back(std::move(alias));
    }
  }
  // The name is an alias too, unless the aliases already give it a case rule.
  if (!name_listed && !family) entry->aliases.push_back({entry->name, CaseRule::kCapitals});
  for (Alias& a : aliases) entry->aliases.push_back(std::move(a));
  if (family && entry->patterns.empty()) {
    return Status::Error(fmt::format("family id \"{}\" needs at least one re: pattern", id));
  }

  if (fields.size() == 4) {
    for (std::string_view pair : Split(fields[3], ';')) {
      pair = Trim(pair);
      if (pair.empty()) continue;
      const size_t eq = pair.find('=');
      if (eq == std::string_view::npos || eq == 0) {
        return Status::Error(fmt::format("attribute \"{}\" is not key=value", pair));
      }
      std::string key(Trim(pair.substr(0, eq)));
      std::string value(Trim(pair.substr(eq + 1)));
      if (key == "country") {
        if (value.rfind("country:", 0) != 0) {
          return Status::Error(fmt::format("country attribute \"{}\" is not a country id", value));
        }
        entry->country = value;
      } else if (key == "priority") {
        int priority = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), priority);
        if (ec != std::errc() || end != value.data() + value.size()) {
          return Status::Error(fmt::format("priority \"{}\" is not an integer", value));
        }
        entry->priority = priority;
      }
      entry->attributes.emplace_back(std::move(key), std::move(value));
    }
  }
  return Status::Ok();
}

}  // namespace

Status Gazetteer::LoadString(std::string_view origin, std::string_view contents) {
  std::vector<Entry> added;
  std::unordered_map<std::string, uint32_t> added_index;
  size_t line_number = 0;
  size_t start = 0;
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < contents.size()) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    Entry entry;
    entry.origin = fmt::format("{}:{}", origin, line_number);
    if (Status s = ParseLine(line, &entry); !s.ok()) {
      return Status::Error(fmt::format("{}: {}", entry.origin, s.message()));
    }
    if (auto it = index_.find(entry.id); it != index_.end()) {
      return Status::Error(fmt::format("{}: duplicate id \"{}\" (first defined at {})", entry.origin, entry.id,
                                       entries_[it->second].origin));
    }
    if (auto it = added_index.find(entry.id); it != added_index.end()) {
      return Status::Error(fmt::format("{}: duplicate id \"{}\" (first defined at {})", entry.origin, entry.id,
                                       added[it->second].origin));
    }
    added_index.emplace(entry.id, static_cast<uint32_t>(added.size()));
    added.push_back(std::move(entry));
  }
  for (Entry& e : added) {
    index_.emplace(e.id, static_cast<uint32_t>(entries_.size()));
    entries_.push_back(std::move(e));
  }
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

int64_t Gazetteer::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? -1 : static_cast<int64_t>(it->second);
}

std::string Slugify(std::string_view text) {
  const NormalizedText n = Normalize(text);
  std::string slug;
  bool dash = false;
  for (char c : n.folded()) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
    if (keep) {
      if (dash && !slug.empty()) slug.push_back('-');
      slug.push_back(c);
      dash = false;
    } else {
      dash = true;
    }
  }
  return slug;
}

}  // namespace gazer
