#!/usr/bin/env bash
# End-to-end tests of `gazer diff`: matching by id, output forms, exit codes,
# errors. Usage: tests/diff_cli_test.sh path/to/gazer
# Prints "diff: N passed, M failed" and exits non-zero if any check failed.
set -u
. "$(dirname "$0")/lib.sh"

# Two runs over the same articles: the defaults, and the defaults plus a
# gazetteer that adds a person.
cat >articles.jsonl <<'JSONEOF'
{"id": "a", "text": "General Valery Gerasimov met Zorvath Quill in Ankara. Turkey and Russia talked."}
{"id": "b", "text": "Nothing to see here."}
{"id": "c", "text": "Quill flew to Moscow with the S-400 team."}
JSONEOF
printf 'person:zorvath-quill\tZorvath Quill\tQuill\n' >mine.tsv
"$GAZER" extract articles.jsonl >old.jsonl
"$GAZER" extract --gazetteer mine.tsv articles.jsonl >new.jsonl

check "--help exits 0" "$GAZER" diff --help
run diff old.jsonl old.jsonl
check "equal: exit 0" status_is 0
check "equal: summary only" bash -c "[ \$(wc -l <out.txt) -eq 1 ] && grep -q '^3 articles: 3 unchanged, 0 changed' out.txt"

run diff old.jsonl new.jsonl
check "different: exit 1" status_is 1
check "different: article header" out_has "article a"
check "different: entity added" out_has '+ entity person:zorvath-quill (person "Zorvath Quill")'
check "different: relation added" out_has "+ relation location:ankara person:zorvath-quill"
check "different: unchanged article not listed" out_lacks "article b"
check "different: summary" out_has "3 articles: 1 unchanged, 2 changed, 0 added, 0 removed; entities +2 -0 ~0"
check "different: no mentions without --mentions" out_lacks "mention"

run diff --mentions old.jsonl new.jsonl
check "--mentions: mention added" out_has '+ mention 29-42 person:zorvath-quill "Zorvath Quill"'
check "--mentions: summary counts mentions" out_has "; mentions +"

run diff new.jsonl old.jsonl
check "reversed: removed" out_has '- entity person:zorvath-quill (person "Zorvath Quill")'

# A changed name: same id, other name.
sed 's/"name": "Turkey"/"name": "Türkiye"/' old.jsonl >renamed.jsonl
run diff old.jsonl renamed.jsonl
check "name change: ~ line" out_has '~ entity country:turkey: name "Turkey" -> "Türkiye"'
check "name change: exit 1" status_is 1

# Different order, an added and a removed article: the same changes.
{ sed -n 3p new.jsonl; sed -n 1p new.jsonl; printf '{"id": "z", "entities": [], "relations": []}\n'; } >reordered.jsonl
run diff old.jsonl reordered.jsonl
check "other order: article a still compared" out_has "+ entity person:zorvath-quill"
check "other order: removed article" out_has "- article b (0 entities, 0 relations)"
check "other order: added article" out_has "+ article z (0 entities, 0 relations)"
check "other order: summary" out_has "0 unchanged, 2 changed, 1 added, 1 removed"

# Machine form.
run diff --format jsonl --mentions old.jsonl reordered.jsonl
check "jsonl: exit 1" status_is 1
check "jsonl: one line per changed article plus a summary" "$PY" - <<'PYEOF'
import json
lines = [json.loads(l) for l in open("out.txt")]
# Paired articles as their counterparts arrive, then removed, then added.
assert [l.get("id") for l in lines[:-1]] == ["a", "c", "b", "z"], lines
assert lines[0]["change"] == "changed" and lines[0]["entities"]["added"][0]["id"] == "person:zorvath-quill", lines[0]
assert any(m["entity"] == "person:zorvath-quill" for m in lines[1]["mentions"]["added"]), lines[1]
assert lines[2] == {"id": "b", "change": "removed", "entities": 0, "relations": 0}, lines[2]
s = lines[-1]["summary"]
assert s["equal"] is False and s["articles"] == {"unchanged": 0, "changed": 2, "added": 1, "removed": 1}, s
PYEOF
run diff --format jsonl old.jsonl old.jsonl
check "jsonl equal: only the summary" bash -c "[ \$(wc -l <out.txt) -eq 1 ] && grep -q '\"equal\": true' out.txt"

# Standard input for one side.
"$GAZER" diff - new.jsonl <old.jsonl >out.txt 2>err.txt
echo $? >status.txt
check "stdin as OLD" status_is 1

# Errors: exit 2 and FILE:LINE.
run diff old.jsonl missing.jsonl
check "missing file: exit 2" status_is 2
check "missing file: named" stderr_has "gazer: missing.jsonl: No such file or directory"
{ sed -n 1p old.jsonl; printf '{"id": "b", "entities": [\n'; } >broken.jsonl
run diff old.jsonl broken.jsonl
check "malformed line: exit 2" status_is 2
check "malformed line: FILE:LINE: reason" stderr_has "gazer: broken.jsonl:2: invalid JSON"
printf '{"id": "a", "entities": [{"type": "person"}]}\n' >noid.jsonl
run diff noid.jsonl old.jsonl
check "entity without id: FILE:LINE" stderr_has 'gazer: noid.jsonl:1: entity 1: no "id"'
run diff old.jsonl
check "one file: usage error, exit 2" status_is 2

# Same order in constant memory: 20000 articles, the RSS stays small.
"$PY" - <<'PYEOF'
import json
with open("many.jsonl", "w") as f:
    for i in range(20000):
        f.write(json.dumps({"id": str(i), "entities": [{"id": "country:turkey", "type": "country", "name": "Turkey",
            "mentions": [{"start": 0, "end": 6, "text": "Turkey", "sentence": 0}] * 50}], "relations": []}) + "\n")
PYEOF
/usr/bin/time -f '%M' -o rss.txt "$GAZER" diff many.jsonl many.jsonl >out.txt 2>err.txt
echo $? >status.txt
check "many: equal" status_is 0
check "many: memory well under the file size ($(cat rss.txt) KiB, file $(( $(stat -c %s many.jsonl) / 1024 )) KiB)" \
  bash -c "[ \$(cat rss.txt) -lt \$(( \$(stat -c %s many.jsonl) / 1024 / 2 )) ]"

finish diff
