#!/usr/bin/env bash
# Builds gazer and runs every test: unit tests, command-line tests, the
# examples check and, when ../shared/eval is present, the quality floor.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)"
