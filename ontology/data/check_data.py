#!/usr/bin/env python3
"""check_data.py -- consistency checks for the gazetteer files in this folder.
Development-time only; python3 stdlib.  Run after editing any data file:

    python3 ontology/data/check_data.py [--iso /usr/share/iso-codes/json/iso_3166-1.json]

Checks
  cities.tsv            6 columns, unique geonameids sorted ascending,
                        numeric population, country code in iso-codes or XK
  city_aliases.tsv      every geonameid exists in cities.tsv; no alias twice;
                        warns when an alias equals the alias target's own
                        name/ascii_name (redundant)
  country_aliases.tsv   every alpha_2 exists in iso-codes (XK allowed:
                        Kosovo, user-assigned code); no alias twice
  organizations.tsv     7 columns (the last, parent, names another row), known category and flags, Q-id syntax,
                        unique canonical names and Q-ids, sorted by
                        canonical name (case-insensitive), an acronym shared
                        by several rows must carry the `ambiguous` flag on
                        each of them
Exit status 1 if any error was found.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"un", "intergovernmental", "regional", "development_agency",
              "ngo", "foundation", "research", "government_body",
              "financial"}
FLAGS = {"case_sensitive", "ambiguous", "umbrella"}
NON_ISO_CODES = {"XK"}

errors = 0


def err(msg):
    global errors
    errors += 1
    print("ERROR:", msg)


def rows(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            yield n, line.rstrip("\n").split("\t")


def main():
    ap = argparse.ArgumentParser(description="check gazetteer data files")
    ap.add_argument("--iso",
                    default="/usr/share/iso-codes/json/iso_3166-1.json")
    args = ap.parse_args()
    with open(args.iso, encoding="utf-8") as fh:
        iso = {c["alpha_2"] for c in json.load(fh)["3166-1"]}

    # cities.tsv
    cities = {}
    last = 0
    for n, f in rows("cities.tsv"):
        if len(f) != 6:
            err("cities.tsv:%d: %d columns" % (n, len(f)))
            continue
        gid = int(f[0])
        if gid <= last:
            err("cities.tsv:%d: geonameid %d not ascending" % (n, gid))
        last = gid
        if not f[4].isdigit():
            err("cities.tsv:%d: population %r" % (n, f[4]))
        if f[3] not in iso and f[3] not in NON_ISO_CODES:
            err("cities.tsv:%d: country %r" % (n, f[3]))
        cities[f[0]] = f
    print("cities.tsv: %d rows" % len(cities))

    # city_aliases.tsv
    seen = set()
    count = 0
    for n, f in rows("city_aliases.tsv"):
        count += 1
        alias, gid = f[0], f[1] if len(f) > 1 else ""
        if gid not in cities:
            err("city_aliases.tsv:%d: geonameid %r not in cities.tsv"
                % (n, gid))
            continue
        if alias.casefold() in seen:
            err("city_aliases.tsv:%d: duplicate alias %r" % (n, alias))
        seen.add(alias.casefold())
        c = cities[gid]
        if alias.casefold() in (c[1].casefold(), c[2].casefold()):
            print("warning: city_aliases.tsv:%d: %r is already the name"
                  % (n, alias))
    print("city_aliases.tsv: %d rows" % count)

    # country_aliases.tsv
    seen = set()
    count = 0
    for n, f in rows("country_aliases.tsv"):
        count += 1
        if len(f) < 2 or (f[1] not in iso and f[1] not in NON_ISO_CODES):
            err("country_aliases.tsv:%d: bad alpha_2 in %r" % (n, f))
            continue
        if f[0].casefold() in seen:
            err("country_aliases.tsv:%d: duplicate alias %r" % (n, f[0]))
        seen.add(f[0].casefold())
    print("country_aliases.tsv: %d rows" % count)

    # organizations.tsv
    names, qids = set(), set()
    parents = []
    acronyms = collections.defaultdict(list)
    prev = ""
    count = 0
    for n, f in rows("organizations.tsv"):
        count += 1
        if len(f) != 7:
            err("organizations.tsv:%d: %d columns" % (n, len(f)))
            continue
        name, acr, ali, qid, cat, flags, parent = f
        if parent:
            parents.append((n, parent))
        key = name.casefold()
        if key < prev:
            err("organizations.tsv:%d: not sorted (%r)" % (n, name))
        prev = key
        if key in names:
            err("organizations.tsv:%d: duplicate name %r" % (n, name))
        names.add(key)
        if qid:
            if not re.fullmatch(r"Q[1-9][0-9]*", qid):
                err("organizations.tsv:%d: bad Q-id %r" % (n, qid))
            if qid in qids:
                err("organizations.tsv:%d: duplicate Q-id %s" % (n, qid))
            qids.add(qid)
        if cat not in CATEGORIES:
            err("organizations.tsv:%d: category %r" % (n, cat))
        flagset = set(flags.split("|")) - {""}
        if flagset - FLAGS:
            err("organizations.tsv:%d: flags %r" % (n, flags))
        for a in acr.split("|"):
            if a:
                acronyms[a.casefold()].append((n, name, flagset))
    for a, users in acronyms.items():
        if len(users) > 1:
            for n, name, flagset in users:
                if "ambiguous" not in flagset:
                    err("organizations.tsv:%d: acronym %r shared but %r "
                        "not flagged ambiguous" % (n, a, name))
    for n, parent in parents:
        if parent.casefold() not in names:
            err("organizations.tsv:%d: parent %r is no row's name" % (n, parent))
    print("organizations.tsv: %d rows, %d with Wikidata id"
          % (count, len(qids)))

    if errors:
        print("%d error(s)" % errors)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
