#include "gazer/entity_type.h"

#include <array>

namespace gazer {
namespace {
constexpr std::array<std::string_view, 5> kNames = {"person", "country", "organization", "location",
                                                    "weapon"};
}  // namespace

std::string_view TypeName(EntityType type) { return kNames[static_cast<size_t>(type)]; }

std::optional<EntityType> ParseType(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

}  // namespace gazer
