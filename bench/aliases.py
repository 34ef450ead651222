#!/usr/bin/env python3
"""Prints the literal aliases (names included, patterns left out) of gazetteer
files, one per line: the pattern list for the rg reference run."""
import sys

seen = set()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        names = [fields[1]] + (fields[2].split("|") if len(fields) > 2 and fields[2] else [])
        for a in names:
            a = a.strip().lstrip("=~")
            if a and not a.startswith("re:") and a not in seen:
                seen.add(a)
                print(a)
