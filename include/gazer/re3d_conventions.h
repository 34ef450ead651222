// Re3dConventions: an article's mentions rewritten to the annotation
// conventions of Dstl's re3d corpus, for users who compare gazer with tools
// and gold data that follow them (`--scheme re3d`).
//
// gazer's own conventions (docs: the annotation guideline it is scored
// against) name places by what they are; re3d names them by the part they
// play, and counts roles as persons:
// - A country acting as a party is an organization: "The UK stands by Iraq",
//   "the Government of Iraq", "Syrians", "the Iraqi people", "Turkey's
//   leadership". As a place it stays a country: "attacks in Iraq",
//   "Iraqi territory". The organization's id is organization:SLUG, with the
//   country's slug.
// - A title or role is part of the person's mention ("Foreign Secretary
//   Boris Johnson"), and names a person on its own ("The Foreign
//   Secretary said", "Tobias Ellwood, Minister for the Middle East"); a
//   country, place or body inside it belongs to it ("the Iraqi Foreign
//   Minister", "A Foreign Office spokesman").
// - A regime is an organization: "the Asad regime", "Assad's brutal
//   regime", and "the regime" after one of those.
#ifndef GAZER_RE3D_CONVENTIONS_H_
#define GAZER_RE3D_CONVENTIONS_H_

#include <optional>
#include <string_view>

#include "gazer/extraction.h"

namespace gazer {

// Which conventions the output follows.
enum class Scheme {
  kGazer,  // the guideline's: types by what a name is
  kRe3d,   // re3d's: types by the part a name plays (see above)
};
std::optional<Scheme> ParseScheme(std::string_view name);

class Re3dConventions {
 public:
  // Rewrites out->entities and out->mentions (sorted, non-overlapping before
  // and after). Runs after every finder, before entities are ordered.
  // Thread-safe.
  void Apply(Extraction* out) const;
};

}  // namespace gazer

#endif  // GAZER_RE3D_CONVENTIONS_H_
