#!/usr/bin/env bash
# End-to-end tests of `gazer eval`: its figures must be exactly those of the
# shared scorer, ../shared/eval/score.py, on every gold file there (with
# gazer's own extraction as the prediction) and on small hand-made cases.
# Skipped (exit 77) when ../shared/eval is not beside the repository.
# Usage: tests/eval_cli_test.sh path/to/gazer
# Prints "eval: N passed, M failed" and exits non-zero if any check failed.
set -u
. "$(dirname "$0")/lib.sh"
EVAL="$SRC/../shared/eval"
[ -f "$EVAL/score.py" ] || { echo "eval: no $EVAL; skipped"; exit 77; }

# same_json A B: the same JSON value, every key, except "pred" (a path).
same_json() {
  "$PY" - "$1" "$2" <<'PYEOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
a.pop("pred"); b.pop("pred")
if a != b:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print(k, "\n  gazer:   ", json.dumps(a.get(k))[:600], "\n  score.py:", json.dumps(b.get(k))[:600])
    sys.exit(1)
PYEOF
}

# agrees NAME GOLD PRED: gazer eval and score.py give the same JSON and the
# same table.
agrees() {
  local name=$1 gold=$2 pred=$3
  "$GAZER" eval "$gold" "$pred" --json --by-doc >"$name.gazer.json" 2>"$name.err"
  "$PY" "$EVAL/score.py" "$gold" "$pred" --json --by-doc >"$name.py.json"
  check "$name: --json equals score.py --json" same_json "$name.gazer.json" "$name.py.json"
  "$GAZER" eval "$gold" "$pred" >"$name.gazer.txt" 2>>"$name.err"
  "$PY" "$EVAL/score.py" "$gold" "$pred" >"$name.py.txt"
  check "$name: table equals score.py's" diff "$name.gazer.txt" "$name.py.txt"
}

check "--help exits 0" "$GAZER" eval --help

# --- the shared gold sets, gazer's own extraction as the prediction ---------
for gold in "$EVAL"/gold/*.jsonl; do
  name=$(basename "$gold" .jsonl)
  "$GAZER" extract --jsonl "$gold" >"$name.pred.jsonl"
  agrees "$name" "$gold" "$name.pred.jsonl"
  check "$name: --json byte for byte as score.py's" cmp "$name.gazer.json" "$name.py.json"
  # Without PRED, eval extracts itself: the same figures.
  "$GAZER" eval "$gold" --json --by-doc >"$name.self.json"
  check "$name: extracting itself equals scoring extract's output" same_json "$name.self.json" "$name.py.json"
done

# --- hand-made cases ---------------------------------------------------------
# Ignore spans: a prediction over an ignore span and no gold mention is
# dropped; one that also overlaps a gold mention stays. Coarse (re3d) types,
# and span relations for relation recall, in both directions.
cat >ignore.gold.jsonl <<'EOF2'
{"id": "d1", "text": "Minister for the Middle East, Tobias Ellwood, visited Baghdad and Karrada.", "entities": [{"start": 0, "end": 28, "type": "PER"}, {"start": 30, "end": 44, "type": "PER"}, {"start": 54, "end": 61, "type": "GEO"}, {"start": 66, "end": 73, "type": "GEO"}], "ignore": [{"start": 17, "end": 28}, {"start": 54, "end": 61}, {"start": 62, "end": 65}], "relations": [{"source": [0, 28], "target": [30, 44], "type": "IsSynonymOf"}, {"source": [66, 73], "target": [54, 61], "type": "CoLocated"}, {"source": [30, 44], "target": [66, 73], "type": "Visits"}]}
{"id": "d2", "text": "Nothing.", "entities": []}
EOF2
cat >ignore.pred.jsonl <<'EOF2'
{"id": "d1", "entities": [{"id": "location:middle-east", "type": "location", "mentions": [{"start": 17, "end": 28}]}, {"id": "person:tobias-ellwood", "type": "person", "mentions": [{"start": 30, "end": 44}]}, {"id": "location:baghdad", "type": "location", "mentions": [{"start": 54, "end": 61}]}, {"id": "organization:and", "type": "organization", "mentions": [{"start": 62, "end": 65}]}, {"id": "location:karrada", "type": "location", "mentions": [{"start": 66, "end": 73}]}], "relations": [{"source": "location:baghdad", "target": "location:karrada"}, {"source": "location:middle-east", "target": "person:tobias-ellwood"}, {"source": "organization:and", "target": "person:tobias-ellwood"}]}
{"id": "extra", "entities": [], "relations": []}
EOF2
agrees ignore ignore.gold.jsonl ignore.pred.jsonl

# Duplicate spans (gold twice, prediction once and three times), nested and
# overlapping spans for the greedy lenient matching, a missing document.
cat >dup.gold.jsonl <<'EOF2'
{"id": "e1", "text": "x", "entities": [{"start": 0, "end": 6, "type": "country", "name": "Turkey"}, {"start": 0, "end": 6, "type": "country", "name": "Turkey"}, {"start": 10, "end": 20, "type": "organization", "name": "A"}, {"start": 18, "end": 22, "type": "organization", "name": "B"}, {"start": 30, "end": 35, "type": "weapon", "name": "S-400"}]}
{"id": "e2", "text": "y", "entities": [{"start": 0, "end": 3, "type": "person", "name": "P"}]}
EOF2
cat >dup.pred.jsonl <<'EOF2'
{"id": "e1", "entities": [{"id": "country:turkey", "type": "country", "mentions": [{"start": 0, "end": 6}]}, {"id": "organization:a", "type": "organization", "mentions": [{"start": 10, "end": 19}, {"start": 18, "end": 22}]}, {"id": "weapon:s-400", "type": "weapon", "mentions": [{"start": 30, "end": 35}, {"start": 30, "end": 35}, {"start": 30, "end": 35}]}, {"id": "location:turkey", "type": "location", "mentions": [{"start": 1, "end": 5}]}], "relations": []}
EOF2
agrees duplicates dup.gold.jsonl dup.pred.jsonl

# Relation mapping: entities named by majority vote (and a tie), an
# unmapped entity ("?id"), two predicted entities mapped to one name (a
# pair that collapses), relations by gold sentences.
cat >rel.gold.jsonl <<'EOF2'
{"id": "r1", "text": "Gerasimov met Erdogan. Russia and Turkey. Gerasimov, Russia, Russia.", "sentences": [[0, 22], [23, 40], [41, 68]], "entities": [{"start": 0, "end": 9, "type": "person", "name": "Valery Gerasimov"}, {"start": 14, "end": 21, "type": "person", "name": "Recep Tayyip Erdogan"}, {"start": 23, "end": 29, "type": "country", "name": "Russia"}, {"start": 34, "end": 40, "type": "country", "name": "Turkey"}, {"start": 41, "end": 50, "type": "person", "name": "Valery Gerasimov"}, {"start": 52, "end": 58, "type": "country", "name": "Russia"}, {"start": 60, "end": 66, "type": "country", "name": "Russia"}]}
EOF2
cat >rel.pred.jsonl <<'EOF2'
{"id": "r1", "entities": [{"id": "person:g", "type": "person", "mentions": [{"start": 0, "end": 9}, {"start": 41, "end": 50}]}, {"id": "person:g2", "type": "person", "mentions": [{"start": 43, "end": 48}]}, {"id": "person:x", "type": "person", "mentions": [{"start": 10, "end": 13}]}, {"id": "country:r", "type": "country", "mentions": [{"start": 23, "end": 29}, {"start": 34, "end": 40}, {"start": 52, "end": 58}]}, {"id": "country:t", "type": "country", "mentions": [{"start": 34, "end": 40}, {"start": 60, "end": 66}]}], "relations": [{"source": "person:g", "target": "person:x"}, {"source": "country:r", "target": "person:g"}, {"source": "country:r", "target": "country:t"}, {"source": "person:g", "target": "person:g2"}, {"source": "country:r", "target": "ghost"}]}
EOF2
agrees relations rel.gold.jsonl rel.pred.jsonl

# --- options and errors -------------------------------------------------------
seeds="$EVAL/gold/seeds.jsonl"
run eval "$seeds" --min-f1 0.01
check "--min-f1 below the score: exit 0" status_is 0
run eval "$seeds" --min-f1 1
check "--min-f1 above the score: exit 1" status_is 1
check "--min-f1: says why" stderr_has "is below --min-f1 1"
run eval "$seeds" --min-f1 2
check "--min-f1 out of range: exit 2" status_is 2
run eval missing.jsonl
check "missing gold: exit 2" status_is 2
check "missing gold: named" stderr_has "gazer: missing.jsonl: No such file or directory"
{ head -1 dup.gold.jsonl; printf '{"id": "x", "entities": [\n'; } >bad.jsonl
run eval bad.jsonl dup.pred.jsonl
check "malformed gold line: exit 2" status_is 2
check "malformed gold line: FILE:LINE" stderr_has "gazer: bad.jsonl:2: invalid JSON"
{ head -1 dup.pred.jsonl; printf '{"id": "x", "entities": [\n'; } >badpred.jsonl
run eval dup.gold.jsonl badpred.jsonl
check "malformed prediction line: FILE:LINE" stderr_has "gazer: badpred.jsonl:2: invalid JSON"
{ head -1 dup.gold.jsonl; head -1 dup.gold.jsonl; } >twice.jsonl
run eval twice.jsonl dup.pred.jsonl
check "duplicate gold id: exit 2" status_is 2
check "duplicate gold id: FILE:LINE" stderr_has 'gazer: twice.jsonl:2: duplicate id "e1"'
printf '{"id": "t", "text": "x", "entities": [{"start": 0, "end": 1, "type": "date"}]}\n' >type.jsonl
run eval type.jsonl
check "unknown gold type: exit 2" status_is 2
printf '{"id": "t", "entities": []}\n' >notext.jsonl
run eval notext.jsonl
check "no text to extract from: exit 2" status_is 2
check "no text to extract from: FILE:LINE" stderr_has 'gazer: notext.jsonl:1: no "text" field'
run eval dup.gold.jsonl dup.pred.jsonl --gazetteer x.tsv
check "--gazetteer with PRED: exit 2" status_is 2
run eval "$seeds" "$seeds" --scheme re3d
check "--scheme with PRED: exit 2" status_is 2
run eval "$EVAL/gold/re3d-dev.jsonl" --scheme re3d --json
check "--scheme re3d: the figures of extract --scheme re3d" bash -c "\"$GAZER\" extract --scheme re3d --jsonl \"$EVAL/gold/re3d-dev.jsonl\" >re3d.pred.jsonl && \"$PY\" \"$EVAL/score.py\" \"$EVAL/gold/re3d-dev.jsonl\" re3d.pred.jsonl --json >re3d.score.json && \"$PY\" -c \"import json; a=json.load(open('out.txt')); b=json.load(open('re3d.score.json')); assert a['mentions_lenient']==b['mentions_lenient'], (a, b)\""

# --gazetteer when extracting: a person the defaults do not know.
printf '{"id": "q", "text": "Zorvath Quill met Quill fans in Turkey.", "entities": [{"start": 0, "end": 13, "type": "person", "name": "Zorvath Quill"}, {"start": 18, "end": 23, "type": "person", "name": "Zorvath Quill"}, {"start": 32, "end": 38, "type": "country", "name": "Turkey"}], "sentences": [[0, 39]]}\n' >quill.jsonl
printf 'person:zorvath-quill\tZorvath Quill\tQuill\n' >mine.tsv
run eval quill.jsonl --json
check "defaults: Zorvath Quill missed" "$PY" -c "import json; d = json.load(open('out.txt')); assert d['mentions_lenient']['PER']['tp'] == 0, d['mentions_lenient']['PER']"
run eval quill.jsonl --json --gazetteer mine.tsv
check "--gazetteer: Zorvath Quill found, all perfect" "$PY" -c "import json; d = json.load(open('out.txt')); assert d['mentions_strict']['all']['f1'] == 1.0 and d['relations']['f1'] == 1.0, d"
run eval quill.jsonl --json --no-default-gazetteers --gazetteer mine.tsv
check "--no-default-gazetteers: Turkey missed" "$PY" -c "import json; d = json.load(open('out.txt')); assert d['mentions_lenient']['GEO']['tp'] == 0, d"

finish eval
