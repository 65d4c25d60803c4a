// SPDX-License-Identifier: MIT
// The partners of every organization in a Pressgraph Turtle file, by SPARQL in Oxigraph: the
// answer tests/cli/PartnersSparqlTest.cpp holds `pressgraph query GRAPH partners NAME` to.
//
//   node tests/sparql/partners.mjs graph.ttl
//   node tests/sparql/partners.mjs --endpoint http://127.0.0.1:8890/sparql   (a triple store holding it)
//
// prints one JSON object keyed by organization IRI: {"name", "office", "namesakes", "partners"},
// where "namesakes" counts the organizations with exactly that schema:name and "partners" lists
// partner IRIs, sorted. Exits 3 when the oxigraph module is not installed (npm ci in tests/).
import { readFileSync } from 'node:fs';

// The same query without `p*`: Virtuoso 7.2 (Debian 12) evaluates zero-length property paths
// wrongly here (a FILTER on their ends is lost, or the pattern matches nothing), so for an
// endpoint `?s p* ?o .` is spelled as its definition, `?s p+ ?o` or ?s and ?o one organization.
function withoutZeroLengthPaths(query) {
  return query.replace(/(\?\w+) schema:parentOrganization\* (\?\w+) \./g, (_, s, o) =>
    `{ ${s} schema:parentOrganization+ ${o} } UNION { ${s} a schema:Organization . BIND(${s} AS ${o}) }`);
}

// Runs a SELECT and gives rows with get(variable).value, from Oxigraph in this process or
// from a SPARQL endpoint over HTTP (SPARQL 1.1 Protocol, JSON results).
async function engine() {
  if (process.argv[2] === '--endpoint') {
    const endpoint = process.argv[3];
    return async (sparql) => {
      const query = withoutZeroLengthPaths(sparql);
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query }),
      });
      if (!response.ok) throw new Error(`${endpoint}: HTTP ${response.status}: ${await response.text()}`);
      const json = await response.json();
      return json.results.bindings.map((b) => ({ get: (v) => b[v] }));
    };
  }
  let oxigraph;
  try {
    oxigraph = (await import('oxigraph')).default;
  } catch (e) {
    if (e.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    process.exit(3);
  }
  const store = new oxigraph.Store();
  store.load(readFileSync(process.argv[2], 'utf8'), { format: 'text/turtle' });
  return async (query) => store.query(query);
}

const PREFIX = 'PREFIX schema: <http://schema.org/>\n';
const ROLES = '(schema:organizer|schema:contributor|schema:sponsor|schema:funder)';

// An organization without parent: its offices' events count as its own (?x is it or an office
// under it), and partners are lifted to the top of their parentOrganization chain. This is the
// query of issue 4, word for word, with NAME filled in.
const topLevelPartners = (name) => `${PREFIX}
SELECT DISTINCT ?b WHERE {
  ?a schema:name ${name} .
  FILTER NOT EXISTS { ?a schema:parentOrganization ?pa }
  ?x schema:parentOrganization* ?a .
  ?e a schema:Event ; ${ROLES} ?x, ?y .
  ?y schema:parentOrganization* ?b .
  FILTER NOT EXISTS { ?b schema:parentOrganization ?z }
  FILTER(?b != ?a)
}`;

// An office, as the CLI documents it: only its own events count (?x is the office itself, or
// an office under it, which the extractor sometimes makes: "Head of Office" under "IOM
// Moldova"), and neither the office nor the organization at the top of its chain is its own
// partner.
const officePartners = (name) => `${PREFIX}
SELECT DISTINCT ?b WHERE {
  ?a schema:name ${name} ; schema:parentOrganization+ ?top .
  FILTER NOT EXISTS { ?top schema:parentOrganization ?w }
  ?x schema:parentOrganization* ?a .
  ?e a schema:Event ; ${ROLES} ?x, ?y .
  ?y schema:parentOrganization* ?b .
  FILTER NOT EXISTS { ?b schema:parentOrganization ?z }
  FILTER(?b != ?a && ?b != ?top)
}`;

const select = await engine();
const organizations = await select(`${PREFIX}
SELECT ?a ?name (EXISTS { ?a schema:parentOrganization ?p } AS ?office) WHERE {
  ?a a schema:Organization ; schema:name ?name .
}`);
const namesakes = new Map();
for (const row of organizations) {
  const name = row.get('name').value;
  namesakes.set(name, (namesakes.get(name) ?? 0) + 1);
}

const answer = {};
for (const row of organizations) {
  const name = row.get('name').value;
  const office = ['true', '1'].includes(row.get('office').value);  // Virtuoso answers 1
  // A JSON string is a valid SPARQL string literal (quotes, backslashes, \u escapes).
  const query = (office ? officePartners : topLevelPartners)(JSON.stringify(name));
  const partners = (await select(query)).map((b) => b.get('b').value).sort();
  answer[row.get('a').value] = { name, office, namesakes: namesakes.get(name), partners };
}
process.stdout.write(JSON.stringify(answer, null, 1) + '\n');
