#!/usr/bin/env bash
# End-to-end tests of `gazer graph`: real extraction output in, every format
# out, exact merging of shards, filters, Graphviz, and input errors.
# Usage: tests/graph_cli_test.sh path/to/gazer
# Prints "graph: N passed, M failed" and exits non-zero if any check failed.
set -u
. "$(dirname "$0")/lib.sh"
# stderr_has takes a fixed string; this takes a grep pattern.
stderr_matches() { grep -q -- "$1" err.txt || { echo "stderr lacks '$1':"; cat err.txt; return 1; }; }
same() { cmp "$1" "$2" || { diff "$1" "$2" | head; return 1; }; }

ARTICLES="$SRC/examples/expected.jsonl"

# --- usage -----------------------------------------------------------------
check "graph --help exits 0" "$GAZER" graph --help
run graph --format xml "$ARTICLES"
check "unknown format: exit 2" status_is 2
run graph --type person,robot "$ARTICLES"
check "unknown type: exit 2" status_is 2
run graph --top 2 --top-overall 5 "$ARTICLES"
check "--top with --top-overall: exit 2" status_is 2
run graph --format csv "$ARTICLES"
check "csv without -o: exit 2" status_is 2
check "csv without -o: says why" stderr_has "-o PREFIX"

# --- the graph of the examples, checked against an independent count -------
run graph "$ARTICLES"
check "examples: exit 0" status_is 0
check "examples: nothing on stderr" stderr_lines_are 0
cp out.txt whole.jsonl
check "examples: nodes, edges and npmi as recomputed in Python" "$PY" - "$ARTICLES" whole.jsonl <<'PYEOF'
import json, math, sys
arts = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
n = len(arts)
nodes, edges = {}, {}
for a in arts:
    for e in a["entities"]:
        d = nodes.setdefault(e["id"], {"id": e["id"], "type": e["type"], "name": e["name"], "articles": 0, "mentions": 0})
        d["name"] = min(d["name"], e["name"])
        d["articles"] += 1
        d["mentions"] += e["count"]
    for r in a["relations"]:
        d = edges.setdefault((r["source"], r["target"]), [0, 0])
        d[0] += 1
        d[1] += r["count"]
def npmi(ab, a, b):
    if ab == n: return 1.0
    return math.log(ab * n / (a * b)) / math.log(n / ab)
want = [{"graph": {"articles": n}}]
want += [{"node": nodes[k]} for k in sorted(nodes)]
want += [{"edge": {"source": s, "target": t, "articles": c[0], "sentences": c[1],
                   "npmi": round(npmi(c[0], nodes[s]["articles"], nodes[t]["articles"]), 6)}}
         for (s, t), c in sorted(edges.items())]
got = [json.loads(l) for l in open(sys.argv[2])]
assert len(got) == len(want), (len(got), len(want))
for g, w in zip(got, want):
    if "edge" in g:
        assert abs(g["edge"].pop("npmi") - w["edge"].pop("npmi")) < 1.5e-6, (g, w)
    assert g == w, (g, w)
assert len(edges) > 10
PYEOF
check "examples: npmi has six decimals" bash -c "grep '\"edge\"' whole.jsonl | grep -qvE '\"npmi\": -?[01]\.[0-9]{6}}}$' && exit 1 || exit 0"
check "examples: deterministic" bash -c "'$GAZER' graph '$ARTICLES' | cmp - whole.jsonl"
check "examples: stdin and '-' read" bash -c "'$GAZER' graph <'$ARTICLES' | cmp - whole.jsonl && '$GAZER' graph - <'$ARTICLES' | cmp - whole.jsonl"
check "examples: straight from extract" bash -c "'$GAZER' extract -q '$SRC/examples/articles' | '$GAZER' graph | cmp - whole.jsonl"

# --- merging: the graph of shards' graphs is the graph of all --------------
head -n 1 "$ARTICLES" >a.jsonl
sed -n '2,3p' "$ARTICLES" >b.jsonl
tail -n +4 "$ARTICLES" >c.jsonl
for s in a b c; do "$GAZER" graph $s.jsonl >$s.graph; done
check "merge: two shards via process substitution" bash -c \
  "'$GAZER' graph <('$GAZER' graph a.jsonl) <('$GAZER' graph b.jsonl c.jsonl) | cmp - whole.jsonl"
"$GAZER" graph a.graph b.graph c.graph >merged.jsonl 2>err.txt
check "merge: three shard graphs" same merged.jsonl whole.jsonl
"$GAZER" graph c.graph a.graph b.graph >merged.jsonl
check "merge: in any order" same merged.jsonl whole.jsonl
"$GAZER" graph <("$GAZER" graph a.graph b.graph) c.graph >merged.jsonl
check "merge: grouped any way (associative)" same merged.jsonl whole.jsonl
"$GAZER" graph a.graph b.jsonl c.graph >merged.jsonl
check "merge: graph lines and article lines mixed" same merged.jsonl whole.jsonl
"$GAZER" graph whole.jsonl >merged.jsonl
check "merge: a graph alone is a fixed point" same merged.jsonl whole.jsonl

GOLD="$SRC/../shared/eval/gold/re3d-dev.jsonl"
if [ -f "$GOLD" ]; then
  "$GAZER" extract -q --jsonl "$GOLD" >gold.jsonl
  split -n l/3 gold.jsonl shard.
  "$GAZER" graph gold.jsonl >gold.graph
  check "merge: a larger corpus in three shards, byte for byte" bash -c \
    "'$GAZER' graph <('$GAZER' graph shard.aa) <('$GAZER' graph shard.ab) <('$GAZER' graph shard.ac) | cmp - gold.graph"
else
  echo "note: $GOLD not found; larger sharded run skipped"
fi

# --- filters ---------------------------------------------------------------
run graph --min-count 2 "$ARTICLES"
check "--min-count: every edge in >= 2 articles, no lone node, marked filtered" "$PY" - "$ARTICLES" <<'PYEOF'
import json, sys
lines = [json.loads(l) for l in open("out.txt")]
articles = sum(1 for l in open(sys.argv[1]) if l.strip())
assert lines[0] == {"graph": {"articles": articles, "filtered": True}}, lines[0]
edges = [l["edge"] for l in lines if "edge" in l]
nodes = {l["node"]["id"] for l in lines if "node" in l}
assert edges and all(e["articles"] >= 2 for e in edges), edges
assert nodes == {e[k] for e in edges for k in ("source", "target")}
PYEOF

run graph --top 1 "$ARTICLES"
check "--top 1: each node keeps its strongest edge" "$PY" - whole.jsonl <<'PYEOF'
import json, sys
full = [json.loads(l) for l in open(sys.argv[1])]
got = [json.loads(l) for l in open("out.txt")]
fe = [l["edge"] for l in full if "edge" in l]
ge = [l["edge"] for l in got if "edge" in l]
key = lambda e: (-e["npmi"], -e["articles"], -e["sentences"], e["source"], e["target"])
want = set()
for node in {x for e in fe for x in (e["source"], e["target"])}:
    mine = sorted((e for e in fe if node in (e["source"], e["target"])), key=key)
    want.add((mine[0]["source"], mine[0]["target"]))
assert {(e["source"], e["target"]) for e in ge} == want
PYEOF

run graph --top-overall 3 "$ARTICLES"
check "--top-overall 3: three edges" bash -c "[ \$(grep -c '\"edge\"' out.txt) -eq 3 ]"

run graph --type person,organization "$ARTICLES"
check "--type: only those types" bash -c "grep '\"node\"' out.txt | grep -qv -e '\"type\": \"person\"' -e '\"type\": \"organization\"' && exit 1 || grep -q '\"type\": \"person\"' out.txt"

run graph --entity country:ukraine "$ARTICLES"
check "--entity: the ego network" "$PY" - whole.jsonl <<'PYEOF'
import json, sys
full = [json.loads(l) for l in open(sys.argv[1])]
got = [json.loads(l) for l in open("out.txt")]
ego = "country:ukraine"
fe = [(l["edge"]["source"], l["edge"]["target"]) for l in full if "edge" in l]
members = {ego} | {a if b == ego else b for a, b in fe if ego in (a, b)}
assert {l["node"]["id"] for l in got if "node" in l} == members
assert {(l["edge"]["source"], l["edge"]["target"]) for l in got if "edge" in l} == \
       {(a, b) for a, b in fe if a in members and b in members}
assert len(members) > 3
PYEOF
run graph --entity person:nobody "$ARTICLES"
check "--entity unknown: exit 1" status_is 1
check "--entity unknown: one line naming it" bash -c "grep -q 'person:nobody' err.txt && [ \$(wc -l <err.txt) -eq 1 ]"

"$GAZER" graph --min-count 2 a.jsonl >filtered.graph
run graph filtered.graph b.graph
check "merging filtered output: a note on stderr" stderr_has "filtered.graph:1: note: this graph was filtered"
check "merging filtered output: not an error" status_is 0

# --- formats ---------------------------------------------------------------
run graph --format csv -o ex "$ARTICLES"
check "csv: exit 0, nothing on stdout" bash -c "[ \$(cat status.txt) = 0 ] && [ ! -s out.txt ]"
check "csv: two RFC 4180 files that match the JSON Lines" "$PY" - whole.jsonl <<'PYEOF'
import csv, json, sys
full = [json.loads(l) for l in open(sys.argv[1])]
for name, kind, header in (("ex.nodes.csv", "node", ["id", "type", "name", "articles", "mentions"]),
                           ("ex.edges.csv", "edge", ["source", "target", "articles", "sentences", "npmi"])):
    raw = open(name, "rb").read()
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == raw.count(b"\n"), name
    rows = list(csv.reader(open(name, newline="")))
    assert rows[0] == header, rows[0]
    want = [[str(l[kind][k]) if k != "npmi" else f'{l[kind][k]:.6f}' for k in header] for l in full if kind in l]
    assert rows[1:] == want, (rows[1:3], want[:2])
PYEOF

printf '%s\n' '{"id": "q", "entities": [{"id": "organization:q", "type": "organization", "name": "Smith, \"Q\" & Co\nLtd", "count": 1}, {"id": "person:o-neil", "type": "person", "name": "O'"'"'Neil <x>", "count": 2}], "relations": [{"source": "organization:q", "target": "person:o-neil", "count": 1}]}' >awkward.jsonl
"$GAZER" graph --format csv -o awk awkward.jsonl
check "csv: quoting round-trips through Python's csv" "$PY" -c '
import csv
rows = list(csv.reader(open("awk.nodes.csv", newline="")))
assert rows[1][2] == "Smith, \"Q\" & Co\nLtd", rows
assert rows[2][2] == "O'"'"'Neil <x>", rows'

cat whole.jsonl awkward.jsonl >both.jsonl
"$GAZER" graph --format graphml both.jsonl >ex.graphml
check "graphml: parses, keys declared, counts match" "$PY" - ex.graphml whole.jsonl <<'PYEOF'
import json, sys
import xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id") for k in root.findall("g:key", ns)}
graph = root.find("g:graph", ns)
assert graph.get("edgedefault") == "undirected"
assert all(d.get("key") in keys for d in root.iter("{%s}data" % ns["g"]))
full = [json.loads(l) for l in open(sys.argv[2])]
nodes = graph.findall("g:node", ns)
assert len(nodes) == sum("node" in l for l in full) + 2
assert len(graph.findall("g:edge", ns)) == sum("edge" in l for l in full) + 1
labels = {n.get("id"): n.find("g:data[@key='label']", ns).text for n in nodes}
assert labels["organization:q"] == "Smith, \"Q\" & Co\nLtd", labels["organization:q"]
PYEOF
NXPY=$(for py in "$PY" python3; do "$py" -c "import networkx" 2>/dev/null && { command -v "$py"; break; }; done)
if [ -n "$NXPY" ]; then
  check "graphml: networkx reads it" "$NXPY" -c '
import networkx as nx
g = nx.read_graphml("ex.graphml")
assert g.nodes["country:turkey"]["label"] == "Turkey", g.nodes["country:turkey"]
assert isinstance(g.nodes["country:turkey"]["mentions"], int)
e = next(iter(g.edges(data=True)))[2]
assert isinstance(e["npmi"], float) and isinstance(e["articles"], int), e'
else
  echo "note: python3-networkx not installed; networkx read check skipped"
fi

run graph --format dot both.jsonl
check "dot: an undirected graph" bash -c "head -1 out.txt | grep -qx 'graph gazer {'"

# --- --png -----------------------------------------------------------------
if command -v dot >/dev/null; then
  run graph --png ex.png "$ARTICLES"
  check "--png: exit 0" status_is 0
  check "--png: a PNG file" bash -c "head -c 8 ex.png | od -An -tx1 | tr -d ' \n' | grep -qx 89504e470d0a1a0a"
  check "--png: no text output by default" bash -c "[ ! -s out.txt ]"
  run graph --png ex2.png --png-nodes 5 --format jsonl "$ARTICLES"
  check "--png with --format: both" bash -c "[ -s ex2.png ] && cmp out.txt whole.jsonl"
  run graph --png ex3.png -o ex3.jsonl "$ARTICLES"
  check "--png with -o: both" bash -c "[ -s ex3.png ] && cmp ex3.jsonl whole.jsonl"
  check "dot: Graphviz accepts the DOT" bash -c "'$GAZER' graph --format dot both.jsonl | dot -Tsvg >/dev/null"
else
  echo "note: Graphviz 'dot' not installed; --png rendering checks skipped"
fi
PATH=/nonexistent "$GAZER" graph --png nodot.png "$ARTICLES" >out.txt 2>err.txt
echo $? >status.txt
check "--png without Graphviz: exit 2" status_is 2
check "--png without Graphviz: one line saying so" bash -c "grep -q \"'dot'\" err.txt && [ \$(wc -l <err.txt) -eq 1 ]"

# --- input problems --------------------------------------------------------
run graph a.jsonl missing.jsonl b.jsonl c.jsonl
check "missing file: exit 1" status_is 1
check "missing file: named with reason" stderr_has "missing.jsonl: No such file or directory"
check "missing file: one error line" stderr_lines_are 1
check "missing file: the rest still counted" same out.txt whole.jsonl

{ cat a.jsonl; echo '{"id": "broken", "entities": [{"id": '; echo; echo '{"id": "x", "text": "not extracted"}';
  echo '{"entities": [{"id": "person:z", "type": "person", "name": "Z", "count": 1}], "relations": [{"source": "person:z", "target": "country:q", "count": 1}]}';
  cat b.jsonl c.jsonl; } >bad.jsonl
run graph bad.jsonl
check "malformed lines: exit 1" status_is 1
check "malformed lines: invalid JSON named FILE:LINE" stderr_matches "^gazer: bad.jsonl:2: invalid JSON"
check "malformed lines: unknown shape named" stderr_matches "^gazer: bad.jsonl:4: neither an article"
check "malformed lines: bad relation named" stderr_matches "^gazer: bad.jsonl:5: relations\[0\]: \"country:q\" is not among"
check "malformed lines: one stderr line each" stderr_lines_are 3
check "malformed lines: the good lines make the whole graph" same out.txt whole.jsonl

run graph "$SRC/examples"
check "directory: exit 1, named" bash -c "[ \$(cat status.txt) = 1 ] && grep -q 'examples: read error: Is a directory' err.txt"

"$GAZER" graph "$ARTICLES" >/dev/full 2>err.txt
echo $? >status.txt
check "/dev/full: exit 1, says why" bash -c "[ \$(cat status.txt) = 1 ] && grep -q 'No space left on device' err.txt"

finish graph
