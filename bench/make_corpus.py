#!/usr/bin/env python3
"""Writes a benchmark corpus of at least --mb MB by repeating the texts of the
given JSON Lines files with unique ids (or, with --text-only, the bare texts,
one article per paragraph block, for text tools)."""
import argparse
import json

parser = argparse.ArgumentParser()
parser.add_argument("--mb", type=int, default=100)
parser.add_argument("--out", required=True)
parser.add_argument("--text-only", action="store_true")
parser.add_argument("inputs", nargs="+")
args = parser.parse_args()

texts = []
for path in args.inputs:
    with open(path, encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
if not texts:
    raise SystemExit("no texts")
target = args.mb * 1_000_000
written = 0
n = 0
with open(args.out, "w", encoding="utf-8") as out:
    while written < target:
        for text in texts:
            line = text + "\n\n" if args.text_only else json.dumps({"id": f"bench-{n}", "text": text}) + "\n"
            out.write(line)
            written += len(line.encode())
            n += 1
