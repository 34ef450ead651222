#!/usr/bin/env python3
"""Generate gazetteers/given-names.txt: given names, one per line.

The linker takes a given name followed by capitalized words ("Tobias
Ellwood said") as a person's name, as news introduces people no gazetteer
holds. Sources:
- npm human-names@1.0.13 (MIT, (c) Alessandro Minoccheri): popular given
  names in English, German, Spanish, French, Italian and Dutch;
- npm @faker-js/faker@10.6.0 (MIT, (c) the Faker.js contributors): the
  given names of its Latin-script locales of the regions defence news
  covers beyond western Europe (Turkish, Azerbaijani, Uzbek, Kurdish,
  Balkan, central European, Nordic, Indian, Nigerian, Ghanaian, South
  African); read with node, as the package ships JavaScript;
- the first word of every name in gazetteers/person.tsv of two words or
  more (Sergei, Recep, Mevlut, Oleksandr): the given names of the domain.

A name is left out when it is also a common word (a lower-case word of the
Debian package wamerican's /usr/share/dict/words: Will, Mark, Grant, Hope; a name
of four letters or fewer also without its diacritics: Tô, Saïd as "to", "said";
WORD_NAMES_KEPT lists the exceptions, names far more often than words in
news: John, Tom, Bill),
a day or a month (June, August), or in NOT_GIVEN: titles and particles that
start names of people (King, Abu, Sheikh) and words that start other names
(Christian Democrats, Islam). Names that are places or countries (Jordan,
Georgia) may stay: where the gazetteer matches the word, the linker leaves
it alone.

Usage: scripts/fetch-sources.sh && python3 scripts/gen_given_names.py [-o gazetteers/given-names.txt]
"""
import argparse
import glob
import json
import subprocess
import unicodedata
import os

from romanize import romanize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HUMAN_NAMES = os.path.join(ROOT, "scripts", ".cache", "human-names-1.0.13", "package", "data")
WORDS = "/usr/share/dict/words"
FAKER = os.path.join(ROOT, "scripts", ".cache", "faker-10.6.0", "package", "dist", "index.js")
# Locales whose names are written in Latin letters. Vietnamese and
# Indonesian are left out: their one-syllable names (An, Nam, Bao) are
# words and places too often.
FAKER_LOCALES = [
    "TR", "AZ", "UZ_UZ_latin", "KU_kmr_latin", "SR_RS_latin", "HR", "SL_SI", "PL", "CS_CZ", "SK", "HU",
    "RO", "RO_MD", "LV", "SV", "DA", "NB_NO", "FI", "EN_IN", "EN_NG", "EN_GH", "YO_NG", "AF_ZA", "ZU_ZA",
    "PT_BR", "PT_PT", "ES_MX",
]
# Locales written in other scripts, and the romanization each takes.
FAKER_ROMANIZED = {"RU": "russian", "UK": "ukrainian", "MK": "macedonian", "KA_GE": "georgian", "HY": "armenian",
                   "EL": "greek"}
FAKER_DUMP = """
const f = await import(process.argv[1]);
const out = {};
for (const locale of process.argv.slice(2)) {
  const first = f["faker" + locale].rawDefinitions.person.first_name;
  out[locale] = Array.isArray(first) ? first : Object.values(first).flat();
}
console.log(JSON.stringify(out));
"""


def faker_names():
    """The given names of FAKER_LOCALES as faker's data has them, and those of
    FAKER_ROMANIZED in their romanizations."""
    if not os.path.exists(FAKER):
        raise SystemExit(f"gen_given_names: {FAKER} missing; run scripts/fetch-sources.sh")
    dump = subprocess.run(["node", "--input-type=module", "-e", FAKER_DUMP, FAKER, *FAKER_LOCALES, *FAKER_ROMANIZED],
                          check=True, capture_output=True, text=True).stdout
    by_locale = json.loads(dump)
    names = {n for locale in FAKER_LOCALES for n in by_locale[locale]}
    for locale, script in FAKER_ROMANIZED.items():
        for name in by_locale[locale]:
            names.update(romanize(name, script) if " " not in name else [])
    return names


def fold(name):
    """Diacritics off, as gazer's normalizer folds them (Gökhan = Gokhan); None if not Latin."""
    out = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ł", "l").replace("đ", "d"))
    out = "".join(c for c in out if not unicodedata.combining(c))
    return out if out.isascii() else None

NOT_GIVEN = {
    "Abu", "Al", "Bin", "Ibn", "El", "Emir", "Emperor", "King", "Lady", "Lord", "Mullah", "Ayatollah",
    "Pope", "Prince", "Princess", "Queen", "Saint", "San", "Santa", "Sheikh", "Sir", "St", "Christian",
    "Islam", "General", "President", "Colonel", "Major", "Mercedes", "Nato", "Nazi",
}
# Given names that are common words too, but in news stand far more often
# before a surname than as a capitalized word before another capital:
# English names and their short forms (John, Tom, Bill, Mike). Names whose
# word starts names of other things (Will, Mark, Grant, Hope; Chase, Fox,
# Ford, Sky, Blue, Peace; Sierra, Troy, Roman) stay out.
WORD_NAMES_KEPT = {
    "John", "Peter", "Martin", "Victor", "Roger", "Frank", "Dean", "Glen", "Ray", "Jay", "Earl", "Warren",
    "Terry", "Gene", "Clay", "Ed", "Eddy", "Maria", "Tom", "Bill", "Billy", "Bob", "Bobby", "Mike", "Nick",
    "Rob", "Don", "Tony", "Matt", "Ken", "Rick", "Sue", "Meg", "Max", "Jack", "Harry", "Jimmy", "Josh",
    "Chuck", "Hank", "Dick", "Pat", "Patty", "Sally", "Penny", "Carol", "Heather", "Hazel", "Iris", "Robin",
    "Randy", "Rod", "Rich", "Brad", "Cliff", "Curt", "Dale", "Drew", "Derrick", "Hector", "Homer", "Jasper",
    "Lance", "Mickey", "Miles", "Noel", "Paddy", "Pierce", "Piers", "Sonny", "Wade", "Woody", "Barney",
    "Basil", "Buck", "Chip", "Colleen", "Clement", "Cal", "Ester", "Eve", "Gale", "Guy", "Mat", "Mitt",
    "Phoebe", "Sherry", "Tucker", "Bonnie", "Brandy", "Candy", "Dolly", "Kitty", "Lily", "Ruby", "Daisy",
}
DAYS_AND_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=os.path.join(ROOT, "gazetteers", "given-names.txt"))
    args = parser.parse_args()

    names = set()
    for path in sorted(glob.glob(os.path.join(HUMAN_NAMES, "*.json"))):
        with open(path, encoding="utf-8") as f:
            names.update(json.load(f))
    if not names:
        raise SystemExit(f"gen_given_names: no data in {HUMAN_NAMES}; run scripts/fetch-sources.sh")
    from_faker = {n for n in (fold(n) for n in faker_names()) if n}
    from_persons = set()
    with open(os.path.join(ROOT, "gazetteers", "person.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            words = line.split("\t")[1].split()
            if len(words) >= 2:
                from_persons.add(words[0])
    with open(WORDS, encoding="utf-8") as f:
        common = {w.strip() for w in f if w.strip().islower()}

    kept = sorted(
        n for n in names | from_persons | {n for n in from_faker if len(n) >= 3}
        if len(n) >= 2 and n[0].isupper() and n.replace("-", "").isalpha()
        and (n in WORD_NAMES_KEPT or (n.lower() not in common and not (len(n) <= 4 and (fold(n) or "").lower() in common)))
        and n not in NOT_GIVEN and n not in DAYS_AND_MONTHS
    )
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# gazer given names: a given name followed by capitalized words is taken as a person's name.\n")
        out.write("# Generated by scripts/gen_given_names.py from npm human-names@1.0.13 (MIT, (c) Alessandro\n")
        out.write("# Minoccheri), npm @faker-js/faker@10.6.0 (MIT, (c) the Faker.js contributors) and the first\n")
        out.write("# words of gazetteers/person.tsv names; faker's Cyrillic, Georgian, Armenian and Greek names\n")
        out.write("# romanized by scripts/romanize.py; common words (Debian wamerican) left out.\n")
        out.write("# Do not edit: edit the script and run it again.\n")
        for n in kept:
            out.write(n + "\n")
    print(f"{args.output}: {len(kept)} names ({len(names)} from human-names, {len(from_faker)} from faker, "
          f"{len(from_persons)} from person.tsv)")


if __name__ == "__main__":
    main()
