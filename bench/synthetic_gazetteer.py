#!/usr/bin/env python3
"""Prints a synthetic gazetteer of N person entries with made-up two-word
names, to measure how matching cost grows with gazetteer size."""
import random
import sys

n = int(sys.argv[1])
rng = random.Random(42)
syllables = ["ka", "lo", "mi", "ra", "ten", "vo", "shi", "dar", "ul", "bek", "ro", "zan", "po", "gi", "nes"]
def word():
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
print("# Synthetic benchmark gazetteer; not real people.")
for i in range(n):
    print(f"person:synthetic-{i}\t{word()} {word()}")
