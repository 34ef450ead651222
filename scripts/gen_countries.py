#!/usr/bin/env python3
"""Generate gazetteers/country.tsv: countries and territories, and the historical
states the news still names (Soviet Union, Yugoslavia, East Germany).

Sources (Python 3 standard library only, no network at build time):
  - npm package world-countries@5.1.0 (ODbL-1.0), unpacked into
    scripts/.cache/world-countries-5.1.0/ by scripts/fetch-sources.sh
    (this script runs `npm pack` itself when the cache is missing);
  - Debian iso-codes, /usr/share/iso-codes/json/iso_3166-1.json (LGPL-2.1+);
  - scripts/data/country-extra.tsv, hand-curated forms the packages lack.

Aliases are the common, official and ISO names in English, real English
alternative spellings, the few acronyms used in prose (US, UK, UAE, DRC,
DPRK, ROK, PRC, KSA, ...) and the demonyms/adjectives (Turkish, Emirati).
ISO alpha-2/alpha-3 codes are kept as attributes only. Non-Latin and
native-language spellings are left out: they are rare in English news and
several are common English words ("Island" for Iceland, "Mann").

Usage: python3 scripts/gen_countries.py [-o gazetteers/country.tsv]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WC_VERSION = "5.1.0"
WC_DIR = os.path.join(HERE, ".cache", f"world-countries-{WC_VERSION}")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
EXTRA = os.path.join(HERE, "data", "country-extra.tsv")

# Acronyms that English prose uses for a country; all other codes are dropped.
PROSE_ACRONYMS = {"US", "USA", "UK", "UAE", "DRC", "DPRK", "ROK", "PRC", "KSA", "CAR", "ROC",
                  "TRNC", "SADR", "BiH", "FYROM", "BIOT", "USSR", "SFRY", "GDR", "PDRY", "PNG"}
# An official/alternative name is kept when it is an English state form.
STATE_WORDS = {"Republic", "Kingdom", "State", "States", "Commonwealth", "Federation", "Principality",
               "Union", "Territory", "Territories", "Duchy", "Sultanate", "Bailiwick", "Collectivity",
               "Confederation", "Islands", "Island", "Nation", "Region", "Department", "Emirates"}
# Default priority by status; see docs/gazetteer-format.md (priority).
PRIORITY = {"sovereign": 10, "partial": 8, "territory": 5, "breakaway": 3, "historical": 2}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("’", "'")


def slug(s):
    s = fold(s).lower().replace("'", "").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def alias_key(s):
    """Two aliases that match the same texts (case is kept: US != Us)."""
    return re.sub(r"[\s-]+", " ", fold(s)).strip()


def with_the(name):
    """'the United States', 'the Netherlands'; 'Russia'."""
    if re.search(r"\b(United|Republic|Islands|Kingdom|Federation|Emirates|States)\b", name) or \
            re.fullmatch(r"(Netherlands|Philippines|Bahamas|Comoros|Maldives|Seychelles|Gambia|Vatican|Holy See)", name):
        return "the " + name
    return name


def subsumes(a, b):
    """True when alias a (plain) matches every text that alias b matches."""
    if a == b or len(a) != len(b) or a.lower() != b.lower() or a[:1] in "=~" or b[:1] in "=~":
        return False
    return all(not ca.isupper() or cb.isupper() for ca, cb in zip(a, b))


def dedupe(name, aliases):
    """Aliases minus empties, repeats and those another alias (or the name) already covers."""
    out, seen = [], {alias_key(name)}
    for a in aliases:
        if not a or "|" in a:
            continue
        k = alias_key(a)
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
    pool = [alias_key(a) for a in out] + [alias_key(name)]
    return [a for a in out if not any(subsumes(o, alias_key(a)) for o in pool)]


def ensure_world_countries():
    path = os.path.join(WC_DIR, "package", "countries.json")
    if os.path.exists(path):
        return path
    os.makedirs(WC_DIR, exist_ok=True)
    subprocess.run(["npm", "pack", "--silent", f"world-countries@{WC_VERSION}", "--pack-destination", WC_DIR],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with tarfile.open(os.path.join(WC_DIR, f"world-countries-{WC_VERSION}.tgz")) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(WC_DIR, filter="data")
        else:
            tar.extractall(WC_DIR)
    return path


def latin(s):
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in unicodedata.normalize("NFKD", s))


def is_acronym(s):
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,4}", s)) and sum(c.isupper() for c in s) >= 2


def usable(name, english_short=False):
    """True when `name` is a real English name worth matching."""
    name = name.strip()
    if not name or "," in name or "(" in name or not latin(name):
        return False
    if is_acronym(name):
        return name in PROSE_ACRONYMS
    if not name[0].isupper() or name.startswith("The "):
        return False
    if english_short:
        return True
    return bool(set(re.split(r"[\s-]+", name)) & STATE_WORDS)


def read_extra():
    ops = []
    with open(EXTRA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{EXTRA}:{n}: want KEY<TAB>OP<TAB>VALUE")
            ops.append(parts)
    return ops


def people_plurals(e):
    """The country's people in the plural ("the Russians", "Iraqis"): regular
    plurals of demonyms in -an/-i, plus the irregular ones of the extra file
    ("Turks", "Britons")."""
    plurals = [d + "s" for d in e["demonyms"]
               if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", d) and re.search(r"(an|i)$", d)]
    return plurals + e["people"]


def split_demonym(d):
    out = []
    for part in re.split(r",\s*|\s+or\s+", d or ""):
        part = part.strip()
        if part:
            out.append(part)
    return out


def build():
    wc = json.load(open(ensure_world_countries(), encoding="utf-8"))
    iso = {c["alpha_2"]: c for c in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]}

    ents = {}  # key -> dict
    for c in wc:
        key = c["cca2"]
        status = "sovereign" if c.get("independent") else "territory"
        e = {"key": key, "name": c["name"]["common"], "id": None, "aliases": [], "demonyms": [], "people": [],
             "cca2": c["cca2"], "cca3": c["cca3"], "status": status,
             "capital": (c.get("capital") or [None])[0], "attrs": {}, "drop": set(), "nodem": set()}
        e["aliases"].append(c["name"]["official"] if usable(c["name"]["official"]) else None)
        for alt in c.get("altSpellings", []):
            if usable(alt):
                e["aliases"].append(alt)
        i = iso.get(key)
        if i:
            for field in ("name", "common_name"):
                v = re.sub(r"^the ", "", i.get(field, ""))
                if usable(v, english_short=True):
                    e["aliases"].append(v)
            v = re.sub(r"^the ", "", i.get("official_name", ""))
            if usable(v):
                e["aliases"].append(v)
        dem = c.get("demonyms", {}).get("eng", {})
        for g in ("m", "f"):
            e["demonyms"] += split_demonym(dem.get(g))
        ents[key] = e

    for key, op, value in read_extra():
        if key.startswith("+") and key not in ents:
            if op != "name":
                sys.exit(f"{EXTRA}: {key} must start with a name line")
            ents[key] = {"key": key, "name": value, "id": key[1:], "aliases": [], "demonyms": [], "people": [],
                         "cca2": None, "cca3": None, "status": "breakaway", "capital": None,
                         "attrs": {}, "drop": set(), "nodem": set()}
            continue
        if key not in ents:
            sys.exit(f"{EXTRA}: unknown key {key}")
        e = ents[key]
        vals = [v for v in value.split("|") if v]
        if op == "name":
            if e["name"] != value:
                e["aliases"].append(e["name"])
            e["name"] = value
        elif op == "id":
            e["id"] = value
        elif op == "alias":
            e["aliases"] += vals
        elif op == "drop":
            e["drop"].update(vals)
        elif op == "demonym":
            e["demonyms"] += vals
        elif op == "people":
            e["people"] += vals
        elif op == "nodemonym":
            e["nodem"].update(vals)
        elif op == "attr":
            for kv in value.split(";"):
                k, _, v = kv.partition("=")
                e["attrs"][k] = v
        elif op == "capital":
            e["capital"] = value
        elif op == "status":
            e["status"] = value
        else:
            sys.exit(f"{EXTRA}: unknown op {op}")

    # Demonyms shared by several entities: a sovereign state keeps it (French is
    # France's, not the French Southern Lands'); shared only by territories
    # (Channel Islander, Virgin Islander), nobody keeps it.
    owners = {}
    for e in ents.values():
        e["demonyms"] = [d for d in dict.fromkeys(e["demonyms"]) if d not in e["nodem"]]
        for d in e["demonyms"]:
            owners.setdefault(alias_key(d), []).append(e)
    for d, es in owners.items():
        if len(es) < 2:
            continue
        top = [e for e in es if e["status"] in ("sovereign", "partial")]
        for e in es:
            if e not in top:
                e["demonyms"] = [x for x in e["demonyms"] if alias_key(x) != d]

    rows = []
    for e in ents.values():
        eid = "country:" + (e["id"] or slug(e["name"]))
        aliases = dedupe(e["name"], [a for a in e["aliases"] + e["demonyms"] + people_plurals(e)
                                     if a and a not in e["drop"] and not (is_acronym(a) and a not in PROSE_ACRONYMS)])
        attrs = {}
        if e["cca2"]:
            attrs["cca2"] = e["cca2"]
            attrs["cca3"] = e["cca3"]
        attrs["kind"] = e["status"]
        if e["capital"]:
            attrs["capital"] = "location:" + slug(e["capital"])
        attrs["priority"] = str(PRIORITY[e["status"]])
        attrs.update(e["attrs"])
        attr_s = ";".join(f"{k}={v}" for k, v in attrs.items())
        rows.append((eid, e["name"], "|".join(aliases), attr_s))
        e["final_id"] = eid
    rows.sort()
    return rows, sorted(ents.values(), key=lambda e: e["final_id"])


HEADER = """\
# Countries and territories for gazer: sovereign states, partially recognised
# states, dependent territories and breakaway states.
# Sources: npm package world-countries@{v} (ODbL-1.0, (c) Mohammed Le Doze);
#   Debian iso-codes {iso} /usr/share/iso-codes/json/iso_3166-1.json (LGPL-2.1+);
#   scripts/data/country-extra.tsv (hand-curated, this project).
# Licence of this file: ODbL-1.0 (derived database of world-countries).
# GENERATED, do not edit: python3 scripts/gen_countries.py -o gazetteers/country.tsv
# kind=sovereign|partial|territory|breakaway|historical; priority 10/8/5/3/2 by kind
# (historical: states that no longer exist, the Soviet Union, Yugoslavia ...).
# Ambiguous names carry ambiguous=...: Georgia (US state), Jordan, Chad, Niger,
# Guinea, Congo (DR Congo wins), Dominican (Dominican Republic wins), Macedonia;
# "Turkey" never matches the bird "turkey" (plain case rule). The demonym
# "Polish" also matches the capitalised verb at a sentence start.
"""


def iso_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "gazetteers", "country.tsv"))
    args = ap.parse_args()
    rows, _ = build()
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(HEADER.format(v=WC_VERSION, iso=iso_version()))
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{args.output}: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
