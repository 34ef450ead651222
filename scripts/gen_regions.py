#!/usr/bin/env python3
"""Generate gazetteers/location-regions.tsv: the first-level subdivisions of every
country (provinces, states, regions, oblasts), which news names as places: Xinjiang,
Punjab, Tigray, Belgorod Oblast, Rakhine, Gyeonggi; and, for the countries of
SECOND_LEVEL, the provinces below their regions (Zambales, Sulu, Soum), from Debian
iso-codes, with the same filters.

Source (fetched with `npm pack` into scripts/.cache/ when missing):
  - country-region-data@4.1.0 (MIT, (c) the country-regions project): 4,387 regions
    of 249 countries and territories, mostly by their English names.
Filters, so that the regions only fill gaps:
  - a region named like any alias of the other gazetteers (a city, a country, a
    person, an organization) is left out: the city of Idlib stays the place
    "Idlib", and Georgia the country;
  - names that are lower-case English words (Debian wamerican: Chin, Afar), names
    made only of words of direction (POSITION_WORDS: Centre, Nord-Ouest, North East),
    names of three letters or fewer, and single-word names that are surnames of
    person.tsv, given names (gazetteers/given-names.txt: Isabel, Clare) or common
    surnames (SURNAME_LIKE: Rivera, Herrera) are left out;
  - Ukraine's oblasts, written here in Ukrainian forms (Kharkivska oblast), are
    left out: location.tsv has them in the forms of the news.
Source of English official names: Debian iso-codes (/usr/share/iso-codes/json/iso_3166-2.json,
LGPL-2.1+), for the countries whose subdivisions news names with the type word
(TYPED_COUNTRIES: "Shan State", "Sagaing Region", "Borno State", "White Nile State",
"Unity State"): the ISO name becomes the name (the entry keeps its id), the
package's name (Shan, An Nil al Abyad) and the bare English name (White Nile) its
aliases where usable; a subdivision the package's name left out (Mandalay, taken by
the city) comes back under its typed name.
Source of English names: npm iso3166-2-db@2.3.11 (MIT, (c) esosedi; names of the
English Wikipedia articles), read from its packed regions/<CC>/en.json files. Where
its name, less a type word (ENGLISH_TYPE_SUFFIX, ENGLISH_TYPE_PREFIX: "Isfahan Province" -> Isfahan), is another
name than the package's (Bayern -> Bavaria, Niedersachsen -> Lower Saxony, Lappi ->
Lapland, Chechen Republic -> Chechnya), it is the name if usable, the package's name
an alias, and the English name with its type word ("Kurdistan Province", "Aleppo
Governorate") an alias too; a region whose other names are all taken keeps the typed
name. The entry keeps the id of the package's name where that is usable.
Forms: "(...)" and " - ..." parts dropped; Korean suffixes dropped (Gyeonggi-do ->
Gyeonggi, Busan-gwangyeoksi -> Busan); "X Oblast" and "X Krai" also as "X region";
"Republic of X" also as "X". Attributes: country=country:<slug>, kind=region,
priority=3 (below the cities), iso3166-2=<code>.

Usage: python3 scripts/gen_regions.py            (from the repository root)
Rerun it after the other gazetteers change. The output is deterministic.
"""
import difflib
import json
import os
import re
import sys
import tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_locations as gl  # noqa: E402  (shared helpers: package cache, folding, country slugs)

OUT = os.path.join(gl.ROOT, 'gazetteers', 'location-regions.tsv')
PACKAGE = ('country-region-data', '4.1.0')
KOREAN_SUFFIXES = ('-teukbyeoljachido', '-teukbyeoljachisi', '-teukbyeolsi', '-gwangyeoksi', '-do')
SKIP_COUNTRIES = {'UA'}
ISO_3166_2 = '/usr/share/iso-codes/json/iso_3166-2.json'
# Countries whose subdivisions are named with their type word in English news: Myanmar's
# states and regions, the states of Sudan, South Sudan and Nigeria.
TYPED_COUNTRIES = {'MM': ('State', 'Region'), 'SD': ('State',), 'SS': ('State',), 'NG': ('State',), 'VE': ('State',)}
# Countries whose news names the second-level subdivisions, below the first
# level's regions: the provinces of the Philippines (Zambales, Sulu, Palawan)
# and of Burkina Faso (Soum, Loroum), from Debian iso-codes.
SECOND_LEVEL = {'PH': 'Province', 'BF': 'Province'}
ENGLISH_PACKAGE = ('iso3166-2-db', '2.3.11')
# The type words English names of subdivisions end or start with.
ENGLISH_TYPE_SUFFIX = re.compile(
    r' (?:Province|Governorate|Region|District|Department|Municipality|County|Oblast|Krai|Atoll|'
    r'Regional Corporation|Voivodeship|State|Prefecture|Parish|Division|Emirate|Canton|Autonomous Okrug|'
    r'Autonomous Oblast|Republic|Territory|Capital Territory|Capital District|City|Metropolitan City|'
    r'Special Region|Autonomous Region|Zone|Quarter)$', re.IGNORECASE)
ENGLISH_TYPE_PREFIX = re.compile(r'^(?:City Municipality|Municipality|Canton|Province|Region|Department|County|District|Governorate|'
                                 r'State|City) of ')


def iso_typed_names():
    """ISO 3166-2 code -> (English name, type word) for the subdivisions of TYPED_COUNTRIES."""
    if not os.path.exists(ISO_3166_2):
        raise SystemExit(f'gen_regions: {ISO_3166_2} missing; install the Debian package iso-codes')
    with open(ISO_3166_2, encoding='utf-8') as f:
        subdivisions = json.load(f)['3166-2']
    out = {}
    for sub in subdivisions:
        types = TYPED_COUNTRIES.get(sub['code'][:2], ())
        if sub['type'] in types and 'parent' not in sub:
            name = sub['name'] if sub['name'].endswith(' ' + sub['type']) else f"{sub['name']} {sub['type']}"
            out[sub['code']] = (name, sub['type'])
    return out


def iso_second_level():
    """(ISO 3166-2 code, name) of the subdivisions of SECOND_LEVEL, in file order."""
    with open(ISO_3166_2, encoding='utf-8') as f:
        subdivisions = json.load(f)['3166-2']
    return [(sub['code'], sub['name']) for sub in subdivisions
            if SECOND_LEVEL.get(sub['code'][:2]) == sub['type'] and 'parent' in sub]


# Single-word region names that are common surnames in news ("Rivera said"): a
# region would take them from the person.
SURNAME_LIKE = {'Bolivar', 'Cesar', 'Cortes', 'Flores', 'Guerrero', 'Herrera', 'Lara', 'Maldonado', 'Miranda',
                'Rivas', 'Rivera', 'Rocha', 'Stirling', 'Vargas', 'Palmerston', 'Marlborough', 'Angus', 'Luce'}


# Words of direction and position in English, French, Spanish and Portuguese. A region
# named only with them ("Centre", "Nord-Ouest", "North East", "Upper West", "West
# Coast") is no name in English text: "the Belgrade Centre for Security Policy",
# "the North East of England", "the US West Coast".
POSITION_WORDS = {'centre', 'center', 'central', 'centro', 'centrale', 'nord', 'norte', 'nordeste', 'noroeste',
                  'north', 'northern', 'sud', 'sur', 'south', 'southern', 'sudeste', 'sureste', 'est', 'este',
                  'east', 'eastern', 'ouest', 'oeste', 'west', 'western', 'upper', 'lower', 'middle', 'coast'}


def english_names():
    """ISO 3166-2 code -> English name, from ENGLISH_PACKAGE's regions/<CC>/en.json, read
    from the packed file (the unpacked package is 283 MB). Some countries' English lists
    are older than their codes (Morocco's 2015 regions under the codes of the old ones),
    so a name is kept only where it is like the package's GeoNames name of the code
    (regions/<CC>/geonames.json, kept up to date): it keeps Bavaria for Bavaria and
    Hesse for Hessen, not Grand Casablanca for Draa-Tafilalet."""
    lists = {'en': {}, 'geonames': {}}
    with tarfile.open(gl.ensure_packed(*ENGLISH_PACKAGE)) as tar:
        for member in tar:
            m = re.fullmatch(r'package/regions/([A-Z]{2})/(en|geonames)\.json', member.name)
            if m is None:
                continue
            for region in json.load(tar.extractfile(member)):
                if region.get('iso'):
                    lists[m.group(2)][f"{m.group(1)}-{region['iso']}"] = region['name']

    def alike(a, b):
        a, b = gl.key(bare_english_name(a)), gl.key(bare_english_name(b))
        return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.5

    return {code: english for code, english in lists['en'].items()
            if alike(english, lists['geonames'].get(code, ''))}


def bare_english_name(english):
    """An English name less its type word ("Isfahan Province" -> "Isfahan")."""
    return ENGLISH_TYPE_SUFFIX.sub('', ENGLISH_TYPE_PREFIX.sub('', english))


def position_only(name):
    return all(w in POSITION_WORDS for w in re.split(r'[\s-]+', gl.fold(name).casefold()) if w)


def existing_aliases_and_ids():
    """The alias keys and the ids of every other gazetteer file, locations included."""
    keys, ids = set(), set()
    for entry_id, aliases in gl.gazetteer_entries(lambda name: name != os.path.basename(OUT)):
        ids.add(entry_id)
        keys.update(gl.key(a) for a in aliases)
    return keys, ids


def forms(country, name):
    """The canonical name and the other forms of one region's name, or None."""
    name = re.sub(r'\s*\(.*?\)', '', name).split(' - ')[0].strip()
    if country in ('KR', 'KP'):
        for suffix in KOREAN_SUFFIXES:
            if name.endswith(suffix):
                name = name[:-len(suffix)]
                break
    if not gl.NAME_OK.match(gl.fold(name)):
        return None
    others = []
    m = re.match(r'^(.*) (Oblast|Krai)$', name)
    if m:
        others += [m.group(1) + ' region', m.group(1)]
    m = re.match(r'^Republic of (.*)$', name)
    if m:
        others.append(m.group(1))
    m = re.match(r'^(Nord|Sud)-(.*)$', name)
    if m:
        others.append(('North ' if m.group(1) == 'Nord' else 'South ') + m.group(2))
    return name, others


def main():
    directory = gl.ensure_package(*PACKAGE)
    with open(os.path.join(directory, 'data.json'), encoding='utf-8') as f:
        data = json.load(f)
    lower_words, _ = gl.load_dictionary()
    taken, ids = existing_aliases_and_ids()
    surnames = gl.load_surnames()
    given = gl.load_given_names()
    surname_like = {gl.key(n) for n in SURNAME_LIKE}
    typed = iso_typed_names()
    english = english_names()

    def usable(form):
        k = gl.key(form)
        if k in taken or len(k.replace(' ', '')) <= 3 or k in lower_words or position_only(form):
            return False
        return not (' ' not in k and (k in surnames or k in given or k in surname_like))

    rows = []
    for country in data:
        cc = country['countryShortCode']
        slug = gl.COUNTRY_SLUGS.get(cc)
        if slug is None or cc in SKIP_COUNTRIES:
            continue
        for region in country['regions']:
            code = region.get('shortCode', '')
            if code and not code.startswith(cc + '-'):
                code = f'{cc}-{code}'
            got = forms(cc, region['name'])
            id_name = None
            if code in typed and got is not None and usable(typed[code][0]):
                # The ISO English name with its type word is the name; the id stays
                # that of the package's name where that name was usable.
                iso_name, kind = typed[code]
                bare = iso_name[:-len(kind) - 1]
                if usable(got[0]):
                    id_name = got[0]
                got = (iso_name, [got[0], bare] + got[1])
            if got is not None and code in english and code not in typed:
                full = english[code]
                bare = bare_english_name(full)
                package_name = got[0]
                if gl.key(bare) not in gl.key(package_name):
                    names = [n for n in (bare, package_name, full) if usable(n)]
                    if names:
                        if usable(package_name):
                            id_name = package_name
                        got = (names[0], names[1:] + got[1])
            if got is None or not usable(got[0]):
                continue
            name, others = got
            aliases = []
            for other in others:
                if usable(other) and gl.key(other) not in {gl.key(name)} | {gl.key(a) for a in aliases}:
                    aliases.append(other)
            # The news writes the type word in lower case too ("Sucre state"),
            # which a plain alias with a capital "State" would not match.
            if code in typed and name == typed[code][0]:
                kind = typed[code][1]
                lower = name[:-len(kind)] + kind.lower()
                if lower != name and lower not in aliases:
                    aliases.append(lower)
            rows.append([name, aliases, slug, code or cc, id_name or name])
    for code, name in iso_second_level():
        slug = gl.COUNTRY_SLUGS.get(code[:2])
        if slug is not None and usable(name) and all(gl.key(row[0]) != gl.key(name) for row in rows):
            rows.append([name, [], slug, code, name])
    # Two regions of one name (Punjab in India and Pakistan) share it; their ids
    # name the country.
    # One country's regions that come out with one name (Wilayah Persekutuan,
    # for three federal territories) are left out.
    per_country = {}
    for row in rows:
        per_country[(gl.slugify(row[4]), row[2])] = per_country.get((gl.slugify(row[4]), row[2]), 0) + 1
    rows = [row for row in rows if per_country[(gl.slugify(row[4]), row[2])] == 1]
    counts = {}
    for row in rows:
        counts[gl.slugify(row[4])] = counts.get(gl.slugify(row[4]), 0) + 1
    lines = []
    for name, aliases, slug, code, id_name in rows:
        base = gl.slugify(id_name)
        entry_id = f'location:{base}'
        if counts[base] > 1 or entry_id in ids:
            entry_id = f'location:{base}-{slug}'
        ids.add(entry_id)
        lines.append(f'{entry_id}\t{name}\t{"|".join(aliases)}\tcountry=country:{slug};kind=region;priority=3;'
                     f'iso3166-2={code}')
    lines.sort()
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# First-level subdivisions of every country (provinces, states, regions, oblasts) for gazer.\n')
        out.write('# Source: npm package country-region-data@4.1.0 (MIT, (c) the country-regions project),\n')
        out.write('#   filtered with the Debian wamerican word list and the other gazetteers (see the script);\n')
        out.write('#   English names with the type word ("Shan State", "White Nile State") from Debian iso-codes\n')
        out.write('#   /usr/share/iso-codes/json/iso_3166-2.json (LGPL-2.1+) for Myanmar, Sudan, South Sudan, Nigeria,\n')
        out.write('#   Venezuela; the provinces of the Philippines and Burkina Faso from the same file;\n')
        out.write('#   English names ("Bavaria", "Lower Saxony", "Kurdistan Province") from npm iso3166-2-db@2.3.11 (MIT,\n')
        out.write('#   (c) esosedi).\n')
        out.write('# Generated by: python3 scripts/gen_regions.py  (do not edit by hand)\n')
        for line in lines:
            out.write(line + '\n')
    problems = gl.check([OUT])
    for p in problems:
        print(p, file=sys.stderr)
    print(f'{OUT}: {len(lines)} regions')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
