#!/usr/bin/env bash
# End-to-end tests of `gazer gazetteer lint|stats|match`.
# Usage: tests/gazetteer_cli_test.sh path/to/gazer
# Prints "gazetteer: N passed, M failed" and exits non-zero if any check failed.
set -u
. "$(dirname "$0")/lib.sh"

T=$'\t'
cat >bad.tsv <<TSV
# a gazetteer with one problem of each kind
country:freedonia${T}Freedonia${T}Freedonian${T}priority=2
location:no-name
person:rufus-firefly${T}Rufus T. Firefly${T}${T}country=country:sylvania
bogus:x${T}X
weapon:a*${T}A family${T}re:(
location:fredonia${T}Freedonia${T}${T}country=country:freedonia
country:freedonia${T}Freedonia again
TSV
printf 'location:zzyzx-test\tZzyzx Test Springs\t\tcountry=country:united-states\n' >good.tsv

# --- lint ----------------------------------------------------------------------
run gazetteer lint bad.tsv
check "lint bad file: exit 1" status_is 1
check "lint: line 3, too few fields" out_has "bad.tsv:3: error: expected 2 to 4 TAB-separated fields"
check "lint: line 5, unknown type" out_has 'bad.tsv:5: error: unknown entity type "bogus"'
check "lint: line 6, bad pattern" out_has 'bad.tsv:6: error: pattern "(" does not compile'
check "lint: line 8, duplicate id" out_has 'bad.tsv:8: error: duplicate id "country:freedonia" (first defined at bad.tsv:2)'
check "lint: line 4, unknown country" out_has "bad.tsv:4: error: country=country:sylvania"
check "lint: line 7, shared alias with both places" out_has 'bad.tsv:7: warning: alias "Freedonia" of location:fredonia also names country:freedonia (bad.tsv:2)'
check "lint: summary" out_has "5 errors, 1 warning"
check "lint: findings in line order" bash -c "grep -o '^bad.tsv:[0-9]*' out.txt | cut -d: -f2 | sort -nc"

run gazetteer lint good.tsv
check "lint good file: exit 0" status_is 0
check "lint good file: no findings" out_has "0 errors, 0 warnings in 1 entry"

printf 'location:hope\tHope\n' >word.tsv
run gazetteer lint word.tsv
check "lint warnings only: exit 0" status_is 0
check "lint: common word" out_has 'word.tsv:1: warning: alias "Hope" is the common word "hope" capitalized'
run gazetteer lint --werror word.tsv
check "lint --werror: exit 1" status_is 1
run gazetteer lint --only ambiguous-alias word.tsv
check "lint --only: other kinds left out" out_lacks "common word"

run gazetteer lint --only nonsense
check "lint --only unknown kind: exit 2" status_is 2
run gazetteer lint missing.tsv
check "lint missing file: exit 1" status_is 1
check "lint missing file: named" out_has "missing.tsv: error: cannot open gazetteer"

run gazetteer lint --max 3
check "lint defaults: no errors" status_is 0
check "lint defaults: summary" out_has " errors, "
check "lint defaults: --max keeps it short" bash -c "[ \$(wc -l <out.txt) -le 20 ]"
check "lint defaults: says what it left out" out_has "not shown:"

run gazetteer
check "gazetteer without a subcommand: exit 2" status_is 2

# --- stats -----------------------------------------------------------------------
run gazetteer stats
check "stats: exit 0" status_is 0
check "stats: table header" out_has "entries   aliases  patterns  families"
check "stats: a row per type" bash -c "grep -c -E '^(person|country|organization|location|weapon|total) ' out.txt | grep -qx 6"
run gazetteer stats --json bad.tsv
check "stats of a bad file: exit 2" status_is 2
run gazetteer stats --json good.tsv
check "stats --json: exit 0" status_is 0
check "stats --json: valid, counts the file" python3 -c '
import json; j = json.load(open("out.txt"))
assert j["types"]["location"] == {"entries": 1, "aliases": 1, "patterns": 0, "families": 0}, j
assert j["total"]["entries"] == 1 and j["files"][0]["file"] == "good.tsv", j'

# --- match -----------------------------------------------------------------------
run gazetteer match "General Valery Gerasimov met Turkish officials in Ankara."
check "match: exit 0" status_is 0
check "match: span, text and candidate" out_has '[8,24) "Valery Gerasimov"'
check "match: entry origin" out_has "person:valery-gerasimov  <default>/person.tsv:"
check "match: the linker's choice" out_has "<- chosen: the only candidate"
check "match: mentions" out_has '[29,36) "Turkish"  -> country:turkey  [gazetteer]'

printf 'location:springfield-il\tSpringfield\t\tcountry=country:usa\nlocation:springfield-mo\tSpringfield\t\tcountry=country:usa;priority=3\ncountry:usa\tUSA\n' >spring.tsv
run gazetteer match --no-default-gazetteers -g spring.tsv "Springfield"
check "match -g: both candidates" out_has "location:springfield-il  spring.tsv:1"
check "match -g: priority wins without evidence" out_has "location:springfield-mo  spring.tsv:2  priority=3  country=country:usa  <- chosen: highest priority"
run gazetteer match -g bad.tsv "x"
check "match with a bad gazetteer: exit 2" status_is 2
check "match with a bad gazetteer: names the line" stderr_has "bad.tsv:3:"
echo "Ankara" >text.txt
run gazetteer match - <text.txt
check "match -: reads stdin" out_has '[0,6) "Ankara"'

finish gazetteer
