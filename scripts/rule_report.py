#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Which extraction rules help and which harm, measured against gold files.

    rule_report.py --graph G.ttl --gold GOLD_DIR [--scorer PATH] [--json] [--examples N]

G is a graph written by `pressgraph build --explain`: every fact a document states is an
rdf:Statement with pg:rule, the id of the rule that made it. For each rule the report counts
the facts it made and how many of them the gold files confirm, contradict or do not annotate
at all; then, per category of the scorer, the gold items nobody found, with examples
("DOC: what"), so that one sees which phrasings no rule covers.

Entities and events are matched exactly as ../shared/eval/score.py matches them: that file is
imported (--scorer, default ../shared/eval/score.py beside the checkout) and its functions are
called. Its document loop is one function whose matchings cannot be got at, so that loop is
repeated here (DocumentMatch); the counts it gives are checked against score.score() on every
run, and a warning says when they differ (score.py changed).

Facts are judged like this (an organization that is a gold office counts as its parent, as in
the scorer):
  schema:organizer                    the event matches a gold event that has the organization
                                      among its organizers
  schema:contributor, sponsor, funder among that event's organizers, partners or sponsors
  schema:location (of an event)       the gold event's city is among the place's names
  schema:startDate (of an event)      the date is the gold event's start
  schema:parentOrganization           the subject is a gold office with the object as parent
  ...contactFor, schema:email, schema:telephone   as in a gold contact
A fact on an event that matches no gold event is unconfirmed. Any other fact (schema:worksFor,
schema:attendee, ...), a place or date of an event the gold gives none for, and a fact from a
document without a gold file is unscored.

Python 3 standard library only (plus score.py, which runs serdi to read the graph).
Exit status: 0 reported; 1 an unreadable graph or gold file; 2 usage error;
77 no scorer (../shared is absent), so that test harnesses can count the run as skipped.
"""

import argparse
import collections
import importlib.util
import itertools
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SCORER = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "score.py"))
EXIT_NO_SCORER = 77  # "skipped" to automake and CTest

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"
PG = "https://w3id.org/pressgraph/ontology#"

# The scorer's categories in the order its own table prints them (without the roll-ups).
CATEGORIES = ["organizations", "offices", "persons", "cities", "countries", "events",
              "rel:organizer", "rel:involved", "rel:location", "rel:date", "rel:contact",
              "rel:email", "rel:phone", "partnerships"]
VERDICTS = ("confirmed", "unconfirmed", "unscored")


def load_scorer(path):
    # Nothing is written beside the scorer: ../shared is not ours.
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def first(items):
    return items[0] if items else None


def first_spelling(name):
    return (name or "").split("|")[0]


class DocumentMatch:
    """One gold file against the graph, as the body of the loop in score.score() sees it: which
    system node is which gold entry, and per category the gold keys and the keys the graph
    gives (the sets the scorer compares). Kept in the scorer's order and variable names so
    that the two can be read side by side."""

    def __init__(self, sc, g, gold, doc):
        self.sc, self.g, self.gold = sc, g, gold
        S = sc.S
        norm = sc.norm
        self.counts = collections.defaultdict(sc.Counts)
        self.gold_keys = {}   # category -> keys the gold file has
        self.found_keys = {}  # category -> keys the graph has
        mentioned = g.objs(doc, S + "mentions") if doc else []
        typed = collections.defaultdict(list)
        for n in mentioned:
            for t in g.types(n):
                typed[t].append(n)

        def names_of(n):
            return {norm(x) for x in g.names(n)}

        # organizations (offices included), offices, and the lift of an office to its parent
        self.org_entries = list(gold["organizations"]) + [
            {"name": o["name"], "aliases": o.get("aliases") or []} for o in gold["offices"]]
        self.org_sp = [sc.spellings(e) for e in self.org_entries]
        orgs = typed[S + "Organization"]
        self.org_map = self._entities("organizations", self.org_sp, orgs, names_of)
        offices = [n for n in orgs if g.objs(n, S + "parentOrganization")]
        self._entities("offices", [sc.spellings(o) for o in gold["offices"]], offices, names_of)
        self.parent_of = {}
        for o in gold["offices"]:
            pi = next((i for i, sp in enumerate(self.org_sp) if norm(o.get("parent")) in sp), None)
            oi = next(i for i, sp in enumerate(self.org_sp) if norm(o["name"]) in sp)
            if pi is not None:
                self.parent_of[oi] = pi

        # persons, cities, countries
        self.per_sp = [sc.spellings(p, person=True) for p in gold["persons"]]
        self.per_map = self._entities("persons", self.per_sp, typed[S + "Person"],
                                      lambda n: {sc.norm_person(x) for x in g.names(n)})
        self._entities("cities", [sc.spellings(c["name"]) for c in gold["cities"]], typed[S + "City"], names_of)
        self._entities("countries", [sc.spellings(c) for c in gold["countries"]], typed[S + "Country"], names_of)

        # events
        sys_events = typed[S + "Event"]
        self.ev_map = self._match_events(sys_events)
        used = set(self.ev_map.values())
        self.counts["events"].tp += len(used)
        self.counts["events"].fp += len(sys_events) - len(self.ev_map)
        self.counts["events"].fn += len(gold["events"]) - len(used)
        self.gold_keys["events"] = set(range(len(gold["events"])))
        self.found_keys["events"] = used

        # event relations; the gold sets per event are kept to judge single facts
        self.organizers, self.involved = {}, {}
        g_org, s_org, g_inv, s_inv = set(), set(), set(), set()
        g_loc, s_loc, g_date, s_date = set(), set(), set(), set()
        g_pairs, s_pairs = set(), set()
        for gi, ge in enumerate(gold["events"]):
            orgs_g = {self.gold_org_key(x, True) for x in ge["organizers"]}
            inv_g = orgs_g | {self.gold_org_key(x, True) for x in ge["partners"] + ge["sponsors"]}
            self.organizers[gi], self.involved[gi] = orgs_g, inv_g
            g_org |= {(("g", gi), o) for o in orgs_g}
            g_inv |= {(("g", gi), o) for o in inv_g}
            g_pairs |= {frozenset(p) for p in itertools.combinations(inv_g, 2) if p[0] != p[1]}
            if ge.get("city"):
                g_loc.add((("g", gi), norm(ge["city"])))
            if ge.get("start"):
                g_date.add(("g", gi))
        for n in sys_events:
            k = ("g", self.ev_map[n]) if n in self.ev_map else ("s", n[1])
            orgs_s = {self.org_key(o, True) for o in g.objs(n, S + "organizer")}
            inv_s = orgs_s | {self.org_key(o, True) for p in ("contributor", "sponsor", "funder")
                              for o in g.objs(n, S + p)}
            s_org |= {(k, o) for o in orgs_s}
            s_inv |= {(k, o) for o in inv_s}
            s_pairs |= {frozenset(p) for p in itertools.combinations(inv_s, 2) if p[0] != p[1]}
            gi = self.ev_map.get(n)
            ge = gold["events"][gi] if gi is not None else {}
            gcity = norm(ge["city"]) if ge.get("city") else None
            scity = self._ev_city(n)
            if gi is None or gcity is not None:
                if scity:
                    s_loc.add((k, gcity if gcity in scity else sorted(scity)[0]))
            gstart = sc.date_parts(ge.get("start")) if gi is not None else None
            sd = self._ev_start(n)
            if sd is not None and (gi is None or gstart is not None):
                s_date.add(k if gi is not None and sc.date_correct(gstart, sd) else ("wrong", k))
        self._relation("rel:organizer", g_org, s_org)
        self._relation("rel:involved", g_inv, s_inv)
        self._relation("rel:location", g_loc, s_loc)
        self._relation("rel:date", g_date, s_date)
        self._relation("partnerships", g_pairs, s_pairs)

        # contacts
        g_c, s_c, g_e, s_e, g_p, s_p = set(), set(), set(), set(), set(), set()
        for c in gold["contacts"]:
            pk = self.gold_per_key(c["person"])
            if c.get("office"):
                g_c.add((pk, self.gold_org_key(c["office"], False)))
            if c.get("email"):
                g_e.add((pk, sc.email(c["email"])))
            if c.get("phone"):
                g_p.add((pk, sc.digits(c["phone"])))
        for n in typed[S + "Person"]:
            pk = self.per_key(n)
            for o in g.preds_ending(n, "contactFor"):
                s_c.add((pk, self.org_key(o, False)))
            s_e |= {(pk, sc.email(x)) for x in g.lits(n, S + "email")}
            s_e |= {(pk, sc.email(o[1])) for o in g.objs(n, S + "email") if o[0] == "iri"}
            s_p |= {(pk, sc.digits(x)) for x in g.lits(n, S + "telephone")}
        self._relation("rel:contact", g_c, s_c)
        self._relation("rel:email", g_e, s_e)
        self._relation("rel:phone", g_p, s_p)

    # ---- the scorer's matching, step by step

    def _entities(self, category, gold_spellings, nodes, node_spellings):
        mapping = self.sc.match_entities(gold_spellings, nodes, node_spellings, self.counts[category])
        self.gold_keys[category] = set(range(len(gold_spellings)))
        self.found_keys[category] = set(mapping.values())
        return mapping

    def _relation(self, category, gold, found):
        self.counts[category].add(gold, found)
        self.gold_keys[category], self.found_keys[category] = gold, found

    def _ev_city(self, n):
        return {self.sc.norm(x) for loc in self.g.objs(n, self.sc.S + "location") for x in self.g.names(loc)}

    def _ev_start(self, n):
        vals = self.g.lits(n, self.sc.S + "startDate")
        return self.sc.date_parts(vals[0]) if vals else None

    def _match_events(self, sys_events):
        """Gold events to system events by date, city and name overlap, best pairs first."""
        sc, norm = self.sc, self.sc.norm
        pairs = []
        for gi, ge in enumerate(self.gold["events"]):
            gd = sc.date_parts(ge.get("start"))
            gc = norm(ge.get("city")) if ge.get("city") else None
            for n in sys_events:
                scity, sd = self._ev_city(n), self._ev_start(n)
                city_ok = gc is None or not scity or gc in scity
                if not city_ok or not sc.date_compatible(gd, sd):
                    continue
                sim = sc.jaccard(ge["name"], first(self.g.names(n)) or "")
                if gd is not None and sc.date_correct(gd, sd):
                    sim += 2
                if gc is not None and gc in scity:
                    sim += 1
                if sim >= 0.3:
                    pairs.append((sim, gi, n))
        ev_map, used = {}, set()
        for sim, gi, n in sorted(pairs, key=lambda x: -x[0]):
            if n in ev_map or gi in used:
                continue
            ev_map[n] = gi
            used.add(gi)
        return ev_map

    def org_key(self, node, lift):
        i = self.org_map.get(node)
        if i is None:
            return "sys:" + node[1]
        return self.parent_of.get(i, i) if lift else i

    def gold_org_key(self, name, lift):
        i = next((i for i, sp in enumerate(self.org_sp) if self.sc.norm(name) in sp), None)
        if i is None:
            return "gold:" + self.sc.norm(name)
        return self.parent_of.get(i, i) if lift else i

    def per_key(self, node):
        return self.per_map.get(node, "sys:" + node[1])

    def gold_per_key(self, name):
        norm_person = self.sc.norm_person
        return next((i for i, sp in enumerate(self.per_sp) if norm_person(name) in sp), "gold:" + norm_person(name))

    # ---- one fact

    def judge(self, s, p, o):
        """confirmed, unconfirmed or unscored: what the gold file says of the fact s p o."""
        sc, g, S = self.sc, self.g, self.sc.S
        prop = p[len(S):] if p.startswith(S) else p
        if S + "Event" in g.types(s) and prop in ("organizer", "contributor", "sponsor", "funder",
                                                   "location", "startDate"):
            gi = self.ev_map.get(s)
            if gi is None:
                return "unconfirmed"
            ge = self.gold["events"][gi]
            if prop == "organizer":
                ok = self.org_key(o, True) in self.organizers[gi]
            elif prop in ("contributor", "sponsor", "funder"):
                ok = self.org_key(o, True) in self.involved[gi]
            elif prop == "location":
                if not ge.get("city"):
                    return "unscored"  # the scorer counts no place for this event
                ok = sc.norm(ge["city"]) in {sc.norm(x) for x in g.names(o)}
            else:
                if not ge.get("start"):
                    return "unscored"  # nor a date
                ok = sc.date_correct(sc.date_parts(ge["start"]), sc.date_parts(o[1]))
        elif prop == "parentOrganization":
            i = self.org_map.get(s)
            ok = i in self.parent_of and self.parent_of[i] == self.org_map.get(o)
        elif p.endswith("contactFor"):
            ok = (self.per_key(s), self.org_key(o, False)) in self.gold_keys["rel:contact"]
        elif prop == "email" and S + "Person" in g.types(s):
            ok = (self.per_key(s), sc.email(o[1])) in self.gold_keys["rel:email"]
        elif prop == "telephone" and S + "Person" in g.types(s):
            ok = (self.per_key(s), sc.digits(o[1])) in self.gold_keys["rel:phone"]
        else:
            return "unscored"
        return "confirmed" if ok else "unconfirmed"

    # ---- what was missed

    def missed(self, category):
        """The gold items of `category` the graph does not have, each as 'DOC: what'."""
        return sorted(f"{self.gold['doc']}: {self.describe(category, key)}"
                      for key in self.gold_keys[category] - self.found_keys[category])

    def describe(self, category, key):
        gold = self.gold
        if category == "events":
            ge = gold["events"][key]
            return f"{ge['name']} ({ge.get('type') or 'no type'}, {ge.get('start') or 'no date'}, " \
                   f"{ge.get('city') or 'no city'})"
        if category == "organizations":
            return first_spelling(self.org_entries[key]["name"])
        if category in ("offices", "persons", "cities"):
            return first_spelling(gold[category][key]["name"])
        if category == "countries":
            return first_spelling(gold["countries"][key])
        if category == "partnerships":
            return " + ".join(sorted(self.org_name(k) for k in key))
        if category == "rel:date":
            return f"\"{gold['events'][key[1]]['name']}\" -> {gold['events'][key[1]]['start']}"
        if category in ("rel:organizer", "rel:involved", "rel:location"):
            (_, gi), what = key
            ge = gold["events"][gi]
            return f"\"{ge['name']}\" -> " + (ge["city"] if category == "rel:location" else self.org_name(what))
        pk, what = key  # rel:contact, rel:email, rel:phone
        person = first_spelling(gold["persons"][pk]["name"]) if isinstance(pk, int) else pk[5:]
        if category == "rel:contact":
            return f"{person} -> {self.org_name(what)}"
        # the address or number as the gold file writes it, not the scorer's normal form
        field, canonical = ("email", self.sc.email) if category == "rel:email" else ("phone", self.sc.digits)
        written = next((c[field] for c in gold["contacts"] if c.get(field) and canonical(c[field]) == what
                        and self.gold_per_key(c["person"]) == pk), what)
        return f"{person} -> {written}"

    def org_name(self, key):
        # a gold name that matches no gold entry keeps only its normalized form ("gold:...")
        return first_spelling(self.org_entries[key]["name"]) if isinstance(key, int) else key[5:]


def report(sc, graph_path, gold_dir, examples):
    g = sc.Graph(sc.read_graph(graph_path))
    S = sc.S
    docs = {}  # file name -> document node, as the scorer finds them
    for node in g.out:
        for ident in g.lits(node, S + "identifier"):
            docs[os.path.basename(ident)] = node

    matches, by_doc, missing_docs = [], {}, []  # by_doc: document node -> its DocumentMatch
    for fname in sorted(os.listdir(gold_dir)):
        if not fname.endswith(".json"):
            continue
        path = os.path.join(gold_dir, fname)
        try:
            with open(path, encoding="utf-8") as f:
                gold = json.load(f)
            doc = docs.get(gold["doc"])
            match = DocumentMatch(sc, g, gold, doc)
        except (OSError, ValueError, KeyError, TypeError, StopIteration) as e:
            raise SystemExit(f"rule_report: {path}: not a gold file the scorer reads: {type(e).__name__}: {e}")
        matches.append(match)
        if doc is None:
            missing_docs.append(gold["doc"])
        else:
            by_doc[doc] = match

    # (a) every statement with a rule, judged against the gold file of its document
    rules = collections.defaultdict(collections.Counter)
    without_rule = without_gold = 0
    for node in g.out:
        if RDF + "Statement" not in g.types(node):
            continue
        ids = sorted(set(g.lits(node, PG + "rule")))
        if not ids:
            without_rule += 1
            continue
        s, p, o, doc = (first(g.objs(node, x)) for x in (RDF + "subject", RDF + "predicate", RDF + "object",
                                                         PROV + "wasDerivedFrom"))
        match = by_doc.get(doc)
        if match is None:
            without_gold += 1
        verdict = match.judge(s, p[1], o) if match and s and p and o else "unscored"
        for rule in ids:
            rules[rule]["made"] += 1
            rules[rule][verdict] += 1

    def row(c):
        scored = c["confirmed"] + c["unconfirmed"]
        return {"made": c["made"], **{v: c[v] for v in VERDICTS},
                "precision": round(c["confirmed"] / scored, 3) if scored else None}

    total = sum(rules.values(), collections.Counter())
    # (b) the gold items missed, per category
    missed = {}
    for cat in CATEGORIES:
        items = sorted(itertools.chain.from_iterable(m.missed(cat) for m in matches))
        missed[cat] = {"gold": sum(len(m.gold_keys[cat]) for m in matches),
                       "missed": len(items), "examples": items[:examples]}

    # The loop above repeats the scorer's; say so when score.py no longer agrees with it.
    cats = sc.score(graph_path, gold_dir)[0]
    differ = []
    for cat in CATEGORIES:
        ours = [sum(getattr(m.counts[cat], x) for m in matches) for x in ("tp", "fp", "fn")]
        theirs = [cats[cat].tp, cats[cat].fp, cats[cat].fn]
        if ours != theirs:
            differ.append(f"{cat} (tp/fp/fn {'/'.join(map(str, ours))} here, {'/'.join(map(str, theirs))} in score.py)")
    if differ:
        print("rule_report: warning: the scorer matched differently: " + "; ".join(differ) +
              ": score.py has changed; update DocumentMatch in scripts/rule_report.py", file=sys.stderr)
    if not rules:
        print("rule_report: warning: no statement carries pg:rule; was the graph built with --explain?",
              file=sys.stderr)

    return {"rules": {r: row(rules[r]) for r in sorted(rules)}, "total": row(total),
            "statements_without_rule": without_rule, "facts_without_gold": without_gold,
            "missing_docs": sorted(missing_docs), "missed": missed}


def print_text(result):
    rows = list(result["rules"].items()) + [("TOTAL", result["total"])]
    width = max(len(r) for r, _ in rows)
    print(f"{'rule':{width}} {'made':>6} {'confirmed':>9} {'unconfirmed':>11} {'unscored':>8} {'precision':>9}")
    for rule, c in rows:
        precision = "-" if c["precision"] is None else f"{c['precision']:.3f}"
        print(f"{rule:{width}} {c['made']:6} {c['confirmed']:9} {c['unconfirmed']:11} {c['unscored']:8} {precision:>9}")
    print(f"statements without pg:rule: {result['statements_without_rule']}")
    if result["facts_without_gold"]:
        print(f"facts from documents without a gold file (unscored): {result['facts_without_gold']}")
    if result["missing_docs"]:
        print(f"gold documents not in the graph: {', '.join(result['missing_docs'])}")
    print()
    print(f"{'category':16} {'gold':>6} {'missed':>6}")
    for cat, m in result["missed"].items():
        print(f"{cat:16} {m['gold']:6} {m['missed']:6}")
        for example in m["examples"]:
            print(f"  {example}")


def main():
    ap = argparse.ArgumentParser(prog="rule_report", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", required=True, help="a graph built with pressgraph build --explain")
    ap.add_argument("--gold", required=True, help="a directory of gold files (*.json)")
    ap.add_argument("--scorer", default=DEFAULT_SCORER, help="score.py (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--examples", type=int, default=5, metavar="N", help="missed items shown per category (default 5)")
    a = ap.parse_args()
    if not os.path.isfile(a.scorer):
        print(f"rule_report: no scorer at {a.scorer} (../shared is absent): nothing to report", file=sys.stderr)
        return EXIT_NO_SCORER
    if a.examples < 0:
        ap.error(f"--examples must be 0 or more, not {a.examples}")
    if not os.path.isfile(a.graph):
        ap.error(f"--graph {a.graph}: no such file")
    if not os.path.isdir(a.gold):
        ap.error(f"--gold {a.gold}: no such directory")
    if not any(f.endswith(".json") for f in os.listdir(a.gold)):
        ap.error(f"--gold {a.gold}: no gold files (*.json) in it")
    result = report(load_scorer(a.scorer), a.graph, a.gold, a.examples)
    if a.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print_text(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
