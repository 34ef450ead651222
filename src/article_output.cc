#include "gazer/article_output.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

namespace gazer {
namespace {

using json = nlohmann::json;

// The string at `key` of `object` into *out; missing or null leaves it empty
// unless `required`.
Status GetString(const json& object, const char* key, bool required, std::string_view what, std::string* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    out->clear();
    if (required) return Status::Error(fmt::format("{}no \"{}\"", what, key));
    return Status::Ok();
  }
  if (!it->is_string()) return Status::Error(fmt::format("{}\"{}\" is not a string", what, key));
  *out = it->get<std::string>();
  return Status::Ok();
}

Status GetOffset(const json& object, const char* key, std::string_view what, int64_t* out) {
  auto it = object.find(key);
  if (it == object.end()) return Status::Error(fmt::format("{}no \"{}\"", what, key));
  if (!it->is_number_integer()) return Status::Error(fmt::format("{}\"{}\" is not an integer", what, key));
  *out = it->get<int64_t>();
  return Status::Ok();
}

// The array at `key`, or nullptr when it is missing or null.
Status GetArray(const json& object, const char* key, std::string_view what, const json** out) {
  *out = nullptr;
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (!it->is_array()) return Status::Error(fmt::format("{}\"{}\" is not an array", what, key));
  *out = &*it;
  return Status::Ok();
}

}  // namespace

Status ParseJsonLine(std::string_view line, json* value) {
  *value = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!value->is_discarded()) return Status::Ok();
  // Parse again for the reason; errors are rare, so the cost is too.
  try {
    const json again = json::parse(line);
    (void)again;
  } catch (const json::parse_error& e) {
    std::string reason = e.what();
    if (const size_t at = reason.find("parse error"); at != std::string::npos) reason = reason.substr(at);
    return Status::Error("invalid JSON: " + reason);
  }
  return Status::Error("invalid JSON");
}

Status ParseArticleOutput(std::string_view line, ArticleOutput* out) {
  json value;
  if (Status s = ParseJsonLine(line, &value); !s.ok()) return s;
  if (!value.is_object()) return Status::Error("not a JSON object");
  auto id = value.find("id");
  if (id == value.end() || id->is_null()) return Status::Error("no \"id\"");
  out->id = id->is_string() ? id->get<std::string>() : id->dump();

  out->entities.clear();
  out->relations.clear();
  const json* entities;
  if (Status s = GetArray(value, "entities", "", &entities); !s.ok()) return s;
  if (entities != nullptr) {
    out->entities.resize(entities->size());
    for (size_t i = 0; i < entities->size(); ++i) {
      const json& e = (*entities)[i];
      const std::string what = fmt::format("entity {}: ", i + 1);
      if (!e.is_object()) return Status::Error(what + "not an object");
      ArticleOutput::Entity& entity = out->entities[i];
      Status s = GetString(e, "id", true, what, &entity.id);
      if (s.ok()) s = GetString(e, "type", false, what, &entity.type);
      if (s.ok()) s = GetString(e, "name", false, what, &entity.name);
      const json* mentions = nullptr;
      if (s.ok()) s = GetArray(e, "mentions", what, &mentions);
      if (!s.ok()) return s;
      if (mentions == nullptr) continue;
      entity.mentions.resize(mentions->size());
      for (size_t j = 0; j < mentions->size(); ++j) {
        const json& m = (*mentions)[j];
        const std::string where = fmt::format("entity {} mention {}: ", i + 1, j + 1);
        if (!m.is_object()) return Status::Error(where + "not an object");
        ArticleOutput::Mention& mention = entity.mentions[j];
        Status ms = GetOffset(m, "start", where, &mention.start);
        if (ms.ok()) ms = GetOffset(m, "end", where, &mention.end);
        if (ms.ok()) ms = GetString(m, "text", false, where, &mention.text);
        if (!ms.ok()) return ms;
      }
    }
  }
  const json* relations;
  if (Status s = GetArray(value, "relations", "", &relations); !s.ok()) return s;
  if (relations != nullptr) {
    out->relations.resize(relations->size());
    for (size_t i = 0; i < relations->size(); ++i) {
      const json& r = (*relations)[i];
      const std::string what = fmt::format("relation {}: ", i + 1);
      if (!r.is_object()) return Status::Error(what + "not an object");
      Status s = GetString(r, "source", true, what, &out->relations[i].source);
      if (s.ok()) s = GetString(r, "target", true, what, &out->relations[i].target);
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace gazer
