#!/usr/bin/env bash
# Regenerates examples/expected.jsonl from examples/articles.
set -euo pipefail
cd "$(dirname "$0")/.."
build/gazer extract examples/articles >examples/expected.jsonl
