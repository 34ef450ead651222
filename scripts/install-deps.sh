#!/usr/bin/env bash
# Installs what gazer needs to build and test on Debian (run as root).
# Packages already present are not fetched again.
set -euo pipefail
packages=(build-essential cmake pkg-config libre2-dev libcli11-dev nlohmann-json3-dev libfmt-dev
          libgtest-dev libbenchmark-dev python3 python3-jsonschema bc time wamerican parallel graphviz)
if [ "${1:-}" = "--bench" ]; then packages+=(ripgrep); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
