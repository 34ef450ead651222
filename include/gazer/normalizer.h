// Normalizer: the text the matcher sees, with a way back to the original.
//
// Normalize() folds an article into two byte-aligned strings: `cased` keeps
// letter case, `folded` is lower-cased; both have diacritics removed
// (Erdoğan -> Erdogan, Yıldırım -> Yildirim), typographic apostrophes, quotes
// and dashes replaced by their ASCII forms, line feeds kept as '\n' and every
// other white-space character turned into ' ', and invisible characters (soft hyphen, zero-width space, BOM)
// dropped. An ill-formed UTF-8 subpart becomes one ' '. Letters of other
// scripts stay as they are, lower-cased in `folded`.
//
// ToOriginal() maps any character boundary of the normalized text back to a
// byte offset in the original, so spans found in normalized text always
// point into the text the user gave.
#ifndef GAZER_NORMALIZER_H_
#define GAZER_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gazer {

class NormalizedText {
 public:
  const std::string& cased() const { return cased_; }
  const std::string& folded() const { return folded_; }

  // True if the normalized text is all ASCII.
  bool ascii() const { return ascii_; }

  // Byte offset in the original text of normalized byte offset `pos`.
  size_t ToOriginal(size_t pos) const;
  // The same, for offsets asked for in non-decreasing order: `*cursor`
  // (0 at first) keeps the place between calls.
  size_t ToOriginal(size_t pos, size_t* cursor) const {
    while (*cursor + 1 < anchors_.size() && anchors_[*cursor + 1].normalized <= pos) ++*cursor;
    return anchors_[*cursor].original + (pos - anchors_[*cursor].normalized);
  }

  // Frees cased() and folded(), keeping what ToOriginal() needs.
  void ReleaseText() {
    std::string().swap(cased_);
    std::string().swap(folded_);
  }

 private:
  friend void Normalize(std::string_view, NormalizedText*);
  struct Anchor {
    uint32_t normalized;
    uint32_t original;
  };
  std::string cased_;
  std::string folded_;
  bool ascii_ = true;
  // Where the difference between original and normalized offsets changes;
  // sorted by `normalized`. Pure ASCII text has one anchor.
  std::vector<Anchor> anchors_;
};

// Normalizes `text` into `out`, reusing its buffers.
void Normalize(std::string_view text, NormalizedText* out);

// Convenience for short strings such as gazetteer aliases.
NormalizedText Normalize(std::string_view text);

// Byte classes of normalized text: a word byte is an ASCII letter or digit or
// any byte of a non-ASCII character.
inline bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace gazer

#endif  // GAZER_NORMALIZER_H_
