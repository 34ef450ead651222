// The five kinds of entity gazer finds.
#ifndef GAZER_ENTITY_TYPE_H_
#define GAZER_ENTITY_TYPE_H_

#include <optional>
#include <string_view>

namespace gazer {

enum class EntityType { kPerson, kCountry, kOrganization, kLocation, kWeapon };

// "person", "country", "organization", "location", "weapon".
std::string_view TypeName(EntityType type);
std::optional<EntityType> ParseType(std::string_view name);

}  // namespace gazer

#endif  // GAZER_ENTITY_TYPE_H_
