#!/usr/bin/env bash
# Quality floor on the shared gold sets, scored by ../shared/eval/score.py.
# Skipped (exit 77) when ../shared/eval is not beside the repository.
# The floors are the figures reached when they were set, less a small margin:
# a drop below them is a regression to explain, not noise.
set -u
GAZER=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVAL="$ROOT/../shared/eval"
[ -f "$EVAL/score.py" ] || { echo "quality: no $EVAL; skipped"; exit 77; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
floor() {  # floor GOLD METRIC-PATH MIN
  local gold=$1 path=$2 min=$3 value
  value=$(python3 -c "import json,sys; d=json.load(open('$TMP/$gold.json')); v=d
for k in '$path'.split('.'): v=v[k]
print(v)")
  if python3 -c "import sys; sys.exit(0 if $value >= $min else 1)"; then
    passed=$((passed + 1))
    echo "ok    $gold $path = $value (floor $min)"
  else
    failed=$((failed + 1))
    echo "FAIL  $gold $path = $value, below the floor $min"
  fi
}
for gold in seeds re3d-dev; do
  "$GAZER" extract --jsonl "$EVAL/gold/$gold.jsonl" >"$TMP/$gold.pred.jsonl" || exit 1
  python3 "$EVAL/score.py" "$EVAL/gold/$gold.jsonl" "$TMP/$gold.pred.jsonl" --json >"$TMP/$gold.json" || exit 1
done
# re3d's own conventions (--scheme re3d) on re3d's documents.
"$GAZER" extract --scheme re3d --jsonl "$EVAL/gold/re3d-dev.jsonl" >"$TMP/re3d-scheme.pred.jsonl" || exit 1
python3 "$EVAL/score.py" "$EVAL/gold/re3d-dev.jsonl" "$TMP/re3d-scheme.pred.jsonl" --json >"$TMP/re3d-dev-scheme-re3d.json" || exit 1
floor seeds mentions_lenient.all.f1 0.97
floor seeds mentions_lenient.all.p 0.97
floor seeds relations.f1 0.90
floor re3d-dev mentions_lenient.all.f1 0.64
floor re3d-dev mentions_lenient.PER.f1 0.75
floor re3d-dev mentions_lenient.all.p 0.64
floor re3d-dev-scheme-re3d mentions_lenient.all.f1 0.86
floor re3d-dev-scheme-re3d mentions_lenient.all.p 0.86
echo "quality: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
