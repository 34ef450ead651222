#!/usr/bin/env python3
"""Adds the common transliteration variants of Russian and Belarusian first
names (Sergei/Sergey, Dmitry/Dmitri/Dmitriy, ...) to the aliases of people of
those countries in gazetteers/person.tsv. person.tsv is otherwise edited by
hand; run this after adding people. Idempotent: a second run changes nothing.

Usage: python3 scripts/person_name_variants.py [gazetteers/person.tsv]
"""
import sys

VARIANTS = [["Sergei", "Sergey"], ["Dmitry", "Dmitri", "Dmitriy"], ["Yevgeny", "Evgeny", "Yevgeniy", "Evgeniy"],
            ["Alexander", "Aleksandr"], ["Alexei", "Alexey", "Aleksei", "Aleksey"], ["Yuri", "Yury", "Yuriy"],
            ["Nikolai", "Nikolay"], ["Valery", "Valeriy", "Valeri"], ["Andrei", "Andrey"], ["Vitaly", "Vitaliy"],
            ["Vasily", "Vasiliy"], ["Gennady", "Gennadiy"], ["Anatoly", "Anatoliy"], ["Viktor", "Victor"],
            ["Grigory", "Grigoriy"], ["Arkady", "Arkadiy"], ["Vyacheslav", "Viacheslav"]]
OTHERS = {name: [v for v in group if v != name] for group in VARIANTS for name in group}
COUNTRIES = ("country=country:russia", "country=country:belarus")


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 4 or not any(c in fields[3].split(";") for c in COUNTRIES):
            continue
        aliases = [a for a in fields[2].split("|") if a] if fields[2] else []
        names = [fields[1]] + aliases
        for name in list(names):
            first, _, rest = name.partition(" ")
            for variant in OTHERS.get(first, []):
                candidate = f"{variant} {rest}"
                if rest and candidate not in names:
                    aliases.append(candidate)
                    names.append(candidate)
                    changed += 1
        fields[2] = "|".join(aliases)
        lines[i] = "\t".join(fields)
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    print(f"{path}: {changed} aliases added", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "gazetteers/person.tsv")
