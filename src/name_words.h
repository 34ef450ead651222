// The words persons' names are made of, for the finders of names no
// gazetteer holds (appositions, given names).
#ifndef GAZER_SRC_NAME_WORDS_H_
#define GAZER_SRC_NAME_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gazer {

// A person's name a finder found.
struct NameSpan {
  uint32_t begin = 0;  // byte offsets into the normalized text
  uint32_t end = 0;
};

// A capitalized word with a lower-case letter that can be part of a
// person's name: not a title, a function word, a day or month, or a word of
// institutions, places and titles ("Government", "Regional", "Street").
bool IsNameWord(std::string_view word);

// Jr, Sr, II, III, IV: a word that ends a person's name after its surname
// ("Charles Q. Brown Jr."), and is no name word of its own.
bool IsNameSuffix(std::string_view word);

// The word a person named `name` (normalized) is called by alone: the last
// word, or the one before a suffix and its comma ("Charles Q. Brown Jr." ->
// "Brown", "Abdullah II" -> "Abdullah"). Empty for a name of one word.
std::string_view LastNameWord(std::string_view name);

// Where suffix [begin, end) of `text` ends, with its period if it is an
// abbreviation ("Jr.", not the sentence's end after "Abdullah II.").
size_t NameSuffixEnd(std::string_view text, size_t begin, size_t end);

// A romanized Korean or Chinese given name of two syllables, the second in
// lower case after a hyphen ("Dong-young", "Jae-myung", "Ching-te"): its
// name puts the family name first, and goes by it.
bool IsFamilyNameFirstGivenName(std::string_view word);

// Kim, Lee, Park, Chen, Lin, ...: a common Korean or Chinese family name,
// which starts a name before such a given name ("Park Ji-hoon").
bool IsEastAsianFamilyName(std::string_view word);

// True if " exercise", " drill" or " war game", or its plural, follows
// `end` of `text` as whole words, maybe after a word of the kind of
// exercise: the capitalized words before it name an exercise ("the Han
// Kuang exercise", "Cobra Gold drills", "Han Kuang military exercises").
bool ExerciseNounFollows(std::string_view text, size_t end);

// al, bin, de, van, ... between the words of a name.
bool IsNameParticle(std::string_view word);

// "al-Baghdadi", "el-Sisi": a name word that starts in lower case.
bool IsPrefixedNameWord(std::string_view word);

// Mosque, Street, Airport, University, ...: a word that ends the name of a
// building, street or institution, which may be named after a person.
bool IsPlaceWord(std::string_view word);

}  // namespace gazer

#endif  // GAZER_SRC_NAME_WORDS_H_
