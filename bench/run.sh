#!/usr/bin/env bash
# gazer's end-to-end benchmark. Builds a corpus of at least 100 MB of real
# article text (the texts of ../shared/eval/gold/*.jsonl and any corpus under
# ../shared/data/corpus/, repeated with unique ids), then reports MB/s,
# articles/s and peak RSS for gazer on one thread and on all cores, for
# `rg -F -w -f` over the same literal aliases as a reference point, for a
# synthetic 200,000-alias gazetteer, and the start-to-exit time on one small
# article. It reports figures; it asserts nothing.
#
# Usage: bench/run.sh [build/gazer] [MB]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GAZER=$(realpath "${1:-$ROOT/build/gazer}")
MB=${2:-100}
WORK=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$WORK"
trap '[ -n "${BENCH_DIR:-}" ] || rm -rf "$WORK"' EXIT
CORES=$(nproc)

python3 "$ROOT/bench/make_corpus.py" --mb "$MB" --out "$WORK/corpus.jsonl" \
  "$ROOT"/../shared/eval/gold/*.jsonl $(find "$ROOT/../shared/data/corpus" -name '*.jsonl' 2>/dev/null || true)
python3 "$ROOT/bench/make_corpus.py" --text-only --mb "$MB" --out "$WORK/corpus.txt" \
  "$ROOT"/../shared/eval/gold/*.jsonl $(find "$ROOT/../shared/data/corpus" -name '*.jsonl' 2>/dev/null || true)
python3 "$ROOT/bench/aliases.py" "$ROOT"/gazetteers/*.tsv >"$WORK/aliases.txt"
python3 "$ROOT/bench/synthetic_gazetteer.py" 200000 >"$WORK/synthetic.tsv"
BYTES=$(stat -c %s "$WORK/corpus.jsonl")
DOCS=$(wc -l <"$WORK/corpus.jsonl")
echo "corpus: $((BYTES / 1000000)) MB, $DOCS articles; default aliases: $(wc -l <"$WORK/aliases.txt"); cores: $CORES"

measure() {  # measure LABEL COMMAND...: wall time and peak RSS of COMMAND
  local label=$1
  shift
  local start end rss
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >/dev/null
  end=$(date +%s.%N)
  rss=$(cat "$WORK/rss")
  python3 -c "
s = $end - $start
print(f'{\"$label\":<44} {s:7.2f} s {$BYTES / 1e6 / s:8.1f} MB/s {$DOCS / s:9.0f} articles/s {$rss / 1024:7.1f} MB peak RSS')"
}

measure "gazer extract --threads 1" "$GAZER" extract -q --threads 1 "$WORK/corpus.jsonl"
measure "gazer extract --threads $CORES" "$GAZER" extract -q --threads "$CORES" "$WORK/corpus.jsonl"
measure "gazer +200k synthetic aliases, --threads 1" "$GAZER" extract -q --threads 1 --gazetteer "$WORK/synthetic.tsv" "$WORK/corpus.jsonl"
if command -v rg >/dev/null; then
  # rg with tens of thousands of -w patterns runs at well under 1 MB/s, so
  # the reference reads a 5 MB slice; its MB/s compares all the same.
  head -c 5000000 "$WORK/corpus.txt" >"$WORK/slice.txt"
  BYTES=$(stat -c %s "$WORK/slice.txt") DOCS=$(grep -c '^$' "$WORK/slice.txt")
  measure "rg -F -w -f aliases (5 MB slice, text only)" rg -F -w -c -f "$WORK/aliases.txt" "$WORK/slice.txt"
else
  echo "rg not installed (scripts/install-deps.sh --bench); reference skipped"
fi

head -1 "$WORK/corpus.jsonl" >"$WORK/one.jsonl"
python3 - "$GAZER" "$WORK/one.jsonl" <<'PYEOF'
import subprocess, sys, time
runs = []
for _ in range(30):
    t = time.perf_counter()
    subprocess.run([sys.argv[1], "extract", sys.argv[2]], stdout=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - t)
runs.sort()
print(f"{'one small article, start to exit':<44} median {runs[len(runs)//2]*1000:.1f} ms, min {runs[0]*1000:.1f} ms")
PYEOF
