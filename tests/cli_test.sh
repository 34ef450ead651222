#!/usr/bin/env bash
# End-to-end tests of the gazer command line: inputs, errors, exit codes and
# output format. Usage: tests/cli_test.sh path/to/gazer
# Prints "N passed, M failed" and exits non-zero if any check failed.
set -u
. "$(dirname "$0")/lib.sh"
RUN_OUT=out.jsonl  # the checks below read gazer's output as out.jsonl
lines_are() { [ "$(wc -l <out.jsonl)" -eq "$1" ] || { echo "$(wc -l <out.jsonl) lines, want $1"; return 1; }; }

printf 'General Valery Gerasimov visited Turkey.\n' >good.txt

# --- usage -----------------------------------------------------------------
check "--help exits 0" "$GAZER" --help
check "extract --help exits 0" "$GAZER" extract --help
check "--version names gazer" bash -c "'$GAZER' --version | grep -q '^gazer [0-9]'"
run extract --window sideways good.txt
check "bad option value exits 2" status_is 2
run
check "no command exits 2" status_is 2

# --- inputs ----------------------------------------------------------------
run extract good.txt missing.txt good.txt
check "missing file: exit 1" status_is 1
check "missing file: named with reason" stderr_has "missing.txt: No such file or directory"
check "missing file: the others still get their lines" lines_are 2
check "missing file: one error line" stderr_lines_are 1

: >empty.txt
run extract empty.txt
check "empty file: exit 0" status_is 0
check "empty file: one line" lines_are 1
check "empty file: no entities" grep -q '"entities": \[\]' out.jsonl

printf 'Turkey\0binary' >binary.bin
run extract binary.bin good.txt
check "NUL bytes: exit 1" status_is 1
check "NUL bytes: named" stderr_has "binary.bin: binary file"
check "NUL bytes: the good file still read" lines_are 1

if [ "$(id -u)" = 0 ]; then unreadable=/proc/self/mem; else printf 'x' >locked.txt; chmod 000 locked.txt; unreadable=locked.txt; fi
run extract "$unreadable" good.txt
check "unreadable file: exit 1" status_is 1
check "unreadable file: named" stderr_has "$unreadable"
check "unreadable file: the good file still read" lines_are 1

# Invalid UTF-8 never shifts offsets: Python reading with errors="replace"
# slices out the same text.
printf 'Caf\xe9 \xff\xfe Turkey and \xe2\x82 Russia, Erdo\xc4\x9fan.\n' >invalid.txt
run extract invalid.txt
check "invalid UTF-8: exit 0" status_is 0
check "invalid UTF-8: offsets agree with Python" "$PY" - <<'PYEOF'
import json
text = open("invalid.txt", encoding="utf-8", errors="replace").read()
doc = json.loads(open("out.jsonl").read())
names = set()
for e in doc["entities"]:
    for m in e["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"], (m, text[m["start"]:m["end"]])
        names.add(m["text"])
assert {"Turkey", "Russia"} <= names, names
PYEOF

printf '\xef\xbb\xbfTurkey and Russia.\r\nGeneral Valery Gerasimov said.\r\n' >crlf.txt
run extract crlf.txt
check "BOM and CRLF: offsets index the text as Python reads it" "$PY" - <<'PYEOF'
import json
text = open("crlf.txt", encoding="utf-8-sig").read()
doc = json.loads(open("out.jsonl").read())
spans = [m for e in doc["entities"] for m in e["mentions"]]
assert spans and all(text[m["start"]:m["end"]] == m["text"] for m in spans), spans
sentences = {m["text"]: m["sentence"] for m in spans}
assert sentences.get("Russia") == 0 and sentences.get("Valery Gerasimov") == 1, sentences
PYEOF

# JSON Lines: a malformed line and a line without text between good ones.
cat >mixed.jsonl <<'JSONEOF'
{"id": "a", "text": "Turkey and Russia."}
{"id": "b", "text": "unterminated
{"id": "c", "body": "no text field"}

{"text": "Iran, no id."}
{"id": 7, "text": "Numeric id, Syria."}
JSONEOF
run extract mixed.jsonl
check "JSON Lines: exit 1" status_is 1
check "JSON Lines: malformed line named" stderr_has "mixed.jsonl:2: invalid JSON"
check "JSON Lines: missing text named" stderr_has 'mixed.jsonl:3: no "text" field'
check "JSON Lines: good lines kept" lines_are 3
check "JSON Lines: missing id becomes FILE:LINE" grep -q '"id": "mixed.jsonl:5"' out.jsonl
check "JSON Lines: numeric id kept" grep -q '"id": "7"' out.jsonl
run extract --strict mixed.jsonl
check "--strict: stops at the first problem" lines_are 1
check "--strict: exit 1" status_is 1
check "--strict: one error" stderr_lines_are 1

printf '{"key": "k1", "body": "Gerasimov met Lavrov."}\n' >fields.jsonl
run extract --id-field key --text-field body fields.jsonl
check "--id-field/--text-field" grep -q '"id": "k1"' out.jsonl

check "stdin JSON Lines" bash -c "cat mixed.jsonl | '$GAZER' extract --jsonl 2>/dev/null | grep -c . | grep -qx 3"
check "stdin plain text" bash -c "'$GAZER' extract <good.txt | grep -q '\"id\": \"-\"'"

# Directories: recursive, sorted, hidden files skipped, symlink loops caught.
mkdir -p tree/b tree/a/deep tree/.hidden
cp good.txt tree/b/2.txt; cp good.txt tree/a/deep/1.txt; cp good.txt tree/a/0.txt; cp good.txt tree/.hidden/x.txt
ln -s .. tree/a/loop
run extract tree
printf '%s\n' tree/a/0.txt tree/a/deep/1.txt tree/b/2.txt >want-ids.txt
"$PY" -c 'import json,sys; [print(json.loads(l)["id"]) for l in open("out.jsonl")]' >ids.txt
check "directory: sorted recursive order, hidden skipped" cmp ids.txt want-ids.txt
check "directory: symlink loop reported" stderr_has "tree/a/loop: symbolic link loop"
check "directory: exit 1 for the loop" status_is 1

# --- gazetteers ------------------------------------------------------------
printf 'person:ada\tAda Quill\nweapon:bad\tBad\tre:(unclosed\n' >bad.tsv
run extract --gazetteer bad.tsv good.txt
check "bad gazetteer: exit 2" status_is 2
check "bad gazetteer: names file:line" stderr_has "bad.tsv:2:"
printf 'person:ada-quill\tAda Quill\tQuill\n' >mine.tsv
printf 'Ada Quill met Quill fans in Turkey.\n' >ada.txt
run extract --no-default-gazetteers --gazetteer mine.tsv ada.txt
check "--no-default-gazetteers: only the given entries" bash -c "grep -q 'person:ada-quill' out.jsonl && ! grep -q 'country:' out.jsonl"
run extract --gazetteer mine.tsv ada.txt
check "--gazetteer adds to the defaults" bash -c "grep -q 'person:ada-quill' out.jsonl && grep -q 'country:turkey' out.jsonl"

# --- output ----------------------------------------------------------------
run extract good.txt -o written.jsonl
check "-o writes the file" bash -c "[ -s written.jsonl ] && [ ! -s out.jsonl ]"
"$GAZER" extract good.txt >/dev/full 2>err.txt
echo $? >status.txt
check "/dev/full: non-zero exit" bash -c "[ \$(cat status.txt) -ne 0 ]"
check "/dev/full: says why" stderr_has "No space left on device"

mkdir big
for i in $(seq 1 400); do cp "$SRC/examples/articles/01-black-sea-talks.txt" "big/$i.txt"; done
bash -c "'$GAZER' extract big | head -1" >out.jsonl 2>err.txt
check "| head -1: one line" lines_are 1
check "| head -1: nothing on stderr" stderr_lines_are 0

check "--offsets bytes index UTF-8 bytes" bash -c "'$GAZER' extract --offsets bytes '$SRC/examples/articles/01-black-sea-talks.txt' >bytes.jsonl && '$PY' -c '
import json
raw = open(\"$SRC/examples/articles/01-black-sea-talks.txt\", \"rb\").read()
doc = json.load(open(\"bytes.jsonl\"))
ms = [m for e in doc[\"entities\"] for m in e[\"mentions\"]]
assert ms and all(raw[m[\"start\"]:m[\"end\"]].decode() == m[\"text\"] for m in ms)
'"

for t in 1 2 4; do "$GAZER" extract --threads $t "$SRC/examples/articles" "$SRC/examples/articles" >threads$t.jsonl 2>/dev/null; done
check "output identical for 1, 2 and 4 threads" bash -c "cmp threads1.jsonl threads2.jsonl && cmp threads1.jsonl threads4.jsonl"

for w in sentence paragraph document; do "$GAZER" extract --window $w "$SRC/examples/articles" >window-$w.jsonl 2>/dev/null; done
cat threads1.jsonl window-*.jsonl >all.jsonl
check "output follows docs/output.schema.json" "$PY" - "$SRC/docs/output.schema.json" all.jsonl <<'PYEOF'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
n = 0
for line in open(sys.argv[2]):
    doc = json.loads(line)
    validator.validate(doc)
    for r in doc["relations"]:
        assert r["source"] < r["target"], r
    n += 1
assert n > 0
PYEOF

# --scheme: the conventions the output follows.
printf 'The UK stands by Iraq. Attacks in Iraq went on.\n' >scheme.txt
run extract scheme.txt
check "default scheme: the UK is a country" grep -qF '"id": "country:united-kingdom"' out.jsonl
run extract --scheme re3d scheme.txt
check "--scheme re3d: the UK acting is an organization" grep -qF '"id": "organization:united-kingdom"' out.jsonl
check "--scheme re3d: Iraq as a place stays a country" grep -qF '"id": "country:iraq"' out.jsonl
run extract --scheme ace scheme.txt
check "--scheme ace: usage error" status_is 2

# Linear time, bounded memory on a 200 MB single-line article. Linear time
# is told by CPU time against a 20 MB article of the same text, not by the
# wall clock, which a loaded machine stretches: linear is 10 times as long,
# quadratic 100.
"$PY" - <<'PYEOF'
# News-like density: about one entity every 150 bytes, no line breaks.
chunk = ("The committee met again on Tuesday to review the budget for the coming year, and members "
         "said that the talks in Ankara with General Valery Gerasimov had been useful for everyone. "
         "Officials from Russia and NATO discussed the S-400 purchase at some length before the vote. " * 64).encode()
for name, mb in (("huge.txt", 200), ("tenth.txt", 20)):
    with open(name, "wb") as f:
        for _ in range(mb * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
PYEOF
/usr/bin/time -f '%M %U %S' -o tenth-time.txt "$GAZER" extract tenth.txt >/dev/null 2>&1
/usr/bin/time -f '%M %U %S' -o time.txt "$GAZER" extract huge.txt >huge.jsonl 2>err.txt
echo $? >status.txt
read -r rss user sys <time.txt
read -r _ tenth_user tenth_sys <tenth-time.txt
cpu=$(echo "$user + $sys" | bc)
tenth_cpu=$(echo "$tenth_user + $tenth_sys" | bc)
check "200 MB article: exit 0" status_is 0
check "200 MB article: one line" bash -c "[ \$(wc -l <huge.jsonl) -eq 1 ]"
check "200 MB article: memory under 6x the article ($rss KiB)" bash -c "[ $rss -lt $((6 * 200 * 1024)) ]"
check "200 MB article: CPU time under 25x a 20 MB one's (${cpu} s, ${tenth_cpu} s)" \
  bash -c "[ \$(echo '$cpu < 25 * $tenth_cpu + 1' | bc) -eq 1 ]"
rm -f huge.txt huge.jsonl tenth.txt

finish cli
