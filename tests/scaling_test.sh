#!/usr/bin/env bash
# The scale-out recipe of docs/scaling.md, tested: sharding a JSON Lines
# corpus with GNU parallel --pipe gives the output of a single run, byte for
# byte with --keep-order and line for line without it, and the merged graphs
# of the shards are the graph of the whole corpus.
# Usage: tests/scaling_test.sh path/to/gazer. Exits 77 (skipped) without GNU
# parallel. Prints "scaling: N passed, M failed".
set -u
if ! parallel --version 2>/dev/null | grep -q "GNU parallel"; then
  echo "scaling: skipped: GNU parallel is not installed (Debian package parallel)"
  exit 77
fi
. "$(dirname "$0")/lib.sh"

# A corpus of a few thousand articles with unique ids: the example articles
# (plain text ones turned into JSON Lines) over and over.
python3 - "$SRC/examples/articles" >corpus.jsonl <<'PY'
import json, pathlib, sys
articles = []
for path in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    if path.suffix == ".jsonl":
        articles += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        articles.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
for n in range(750):
    for a in articles:
        print(json.dumps({"id": f"{a['id']}-{n}", "text": a["text"]}, ensure_ascii=False))
PY
lines=$(wc -l <corpus.jsonl)
check "corpus has thousands of lines" test "$lines" -ge 3000

BLOCK=200k  # GNU parallel starts a job per block: a few blocks keep the test quick
check "the block size makes several shards" \
  bash -c "[ \$(parallel --will-cite --pipe --block $BLOCK wc -l <corpus.jsonl | wc -l) -ge 4 ]"

"$GAZER" extract --jsonl -q --threads 1 <corpus.jsonl >single.jsonl
check "single run: one line per article" test "$(wc -l <single.jsonl)" -eq "$lines"

parallel --will-cite --pipe --keep-order --block $BLOCK -j 4 "'$GAZER' extract --jsonl -q --threads 1" \
  <corpus.jsonl >sharded.jsonl
check "sharded with --keep-order: byte-identical" cmp single.jsonl sharded.jsonl

# --pipepart reads a file's blocks in place, much faster than --pipe.
parallel --will-cite --pipepart -a corpus.jsonl --keep-order --block $BLOCK -j 4 \
  "'$GAZER' extract --jsonl -q --threads 1" >pipepart.jsonl
check "--pipepart with --keep-order: byte-identical" cmp single.jsonl pipepart.jsonl

parallel --will-cite --pipe --block $BLOCK -j 4 "'$GAZER' extract --jsonl -q --threads 1" \
  <corpus.jsonl >unordered.jsonl
check "sharded without --keep-order: same lines" bash -c "cmp <(sort single.jsonl) <(sort unordered.jsonl)"

# --round-robin hands blocks to long-running workers: fewer starts, same lines.
parallel --will-cite --pipe --round-robin --block $BLOCK -j 3 "'$GAZER' extract --jsonl -q --threads 1" \
  <corpus.jsonl >robin.jsonl
check "sharded with --round-robin: same lines" bash -c "cmp <(sort single.jsonl) <(sort robin.jsonl)"

# Reduce: per-shard graphs merge into the graph of the whole corpus.
if "$GAZER" graph --help >/dev/null 2>&1; then
  "$GAZER" graph single.jsonl >graph-single.jsonl
  parallel --will-cite --pipe --block $BLOCK -j 4 "'$GAZER' extract --jsonl -q --threads 1 | '$GAZER' graph" \
    <corpus.jsonl >shard-graphs.jsonl
  "$GAZER" graph shard-graphs.jsonl >graph-merged.jsonl
  check "several shard graphs" test "$(grep -c . shard-graphs.jsonl)" -gt "$(grep -c . graph-single.jsonl)"
  check "merged shard graphs = graph of the single run" cmp graph-single.jsonl graph-merged.jsonl
else
  echo "note: gazer graph not built; reduce step not tested"
fi

finish scaling
