#!/usr/bin/env bash
# The examples/ articles must give exactly examples/expected.jsonl.
# After a deliberate change, regenerate with scripts/update-examples.sh and
# review the diff.
set -u
GAZER=$(realpath "$1")
cd "$(dirname "$0")/.." || exit 2
if diff <("$GAZER" extract examples/articles) examples/expected.jsonl >/tmp/gazer-examples.diff; then
  echo "examples: 1 passed, 0 failed"
else
  head -c 3000 /tmp/gazer-examples.diff
  echo "examples: 0 passed, 1 failed"
  exit 1
fi
