// SPDX-License-Identifier: MIT
// ontology/pressgraph.ttl: read by serdi and rapper, and declaring, with a label, a comment
// and (for pg: terms) an alignment to schema.org, every class and property the writers emit.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "ontology/Vocabulary.h"
#include "tests/cli/CliTestHelpers.h"
#include "tests/writers/ReaderTestHelpers.h"
#include "writers/JsonLdWriter.h"
#include "writers/RdfWriter.h"

namespace pressgraph {
namespace {

const std::string RDFS_LABEL = std::string(RDFS_NS) + "label";
const std::string RDFS_COMMENT = std::string(RDFS_NS) + "comment";

std::string ontologyPath() { return (test::sourceDir() / "ontology" / "pressgraph.ttl").string(); }

// The ontology as serdi reads it: each subject's predicates and their objects.
struct Ontology {
  std::map<std::string, std::map<std::string, std::set<std::string>>> terms;

  Ontology() {
    const auto lines = test::serdiLines(ontologyPath(), "turtle");
    REQUIRE(lines);
    for (const test::Triple& t : test::triplesOf(*lines)) terms[t.subject][t.predicate].insert(t.object);
  }
  const std::set<std::string>& values(const std::string& term, const std::string& predicate) const {
    static const std::set<std::string> none;
    const auto it = terms.find(term);
    if (it == terms.end()) return none;
    const auto p = it->second.find(predicate);
    return p == it->second.end() ? none : p->second;
  }
  bool typed(const std::string& term, std::string_view type) const {
    return values(term, std::string(RDF_TYPE)).count(std::string(type)) == 1;
  }
};

const std::string OWL_CLASS = std::string(OWL_NS) + "Class";
const std::string OWL_OBJECT_PROPERTY = std::string(OWL_NS) + "ObjectProperty";
const std::string OWL_DATATYPE_PROPERTY = std::string(OWL_NS) + "DatatypeProperty";

// A graph using every kind, relation and property of the vocabulary table, so that the test
// covers what the writers can emit, not only what one corpus happens to hold.
KnowledgeGraph everyTermGraph() {
  KnowledgeGraph g;
  std::vector<NodeId> nodes;
  for (const KindInfo& k : allKinds()) {
    const NodeId n = g.addNode(k.kind, std::string(k.segment) + "/x", std::string(k.label) + " X");
    g.addName(n, "X");
    for (const PropertyInfo& p : allProperties())
      g.addLiteral(n, p.property, p.iriValued ? "http://www.wikidata.org/entity/Q1" : "2016-09-27");
    nodes.push_back(n);
  }
  for (const RelationInfo& r : allRelations()) g.addEdge(nodes[0], r.relation, nodes[1]);
  return g;
}

// The classes (rdf:type objects) and properties (predicates) of N-Triples or N-Quads lines.
std::set<std::string> termsUsed(const std::string& lines) {
  std::set<std::string> used;
  for (const test::Triple& t : test::triplesOf(lines)) {
    used.insert(t.predicate);
    if (t.predicate == RDF_TYPE) used.insert(t.object);
  }
  return used;
}

bool builtIn(const std::string& iri) {
  for (std::string_view ns : {RDF_NS, RDFS_NS, OWL_NS, XSD_NS})
    if (iri.starts_with(ns)) return true;
  return false;
}

}  // namespace

TEST_CASE("ontology/pressgraph.ttl is read by serdi and rapper as the same number of triples", "[ontology]") {
  if (!test::haveReader("serdi", "serdi")) return;
  const auto lines = test::serdiLines(ontologyPath(), "turtle");
  REQUIRE(lines);
  const std::size_t triples = test::sortedLines(*lines).size();
  CHECK(triples > 100);
  if (test::haveReader("rapper", "raptor2-utils")) CHECK(test::rapperCount(ontologyPath(), "turtle") == triples);
}

TEST_CASE("every class and property the writers emit is declared in the ontology, with label and comment", "[ontology]") {
  if (!test::haveReader("serdi", "serdi")) return;
  const Ontology ontology;

  // What the writers emit: every vocabulary term through Turtle, TriG and JSON-LD, and a real
  // graph built from the example corpus.
  std::set<std::string> used;
  const KnowledgeGraph graph = everyTermGraph();
  const test::TempFile turtle(".ttl"), trig(".trig"), jsonLd(".jsonld");
  test::writeFile(turtle, [&](FILE* out) { writeRdf(graph, RdfSyntax::Turtle, out); });
  test::writeFile(trig, [&](FILE* out) { writeRdf(graph, RdfSyntax::TriG, out); });
  test::writeFile(jsonLd, [&](FILE* out) { writeJsonLd(graph, out); });
  for (const auto& [file, syntax] : {std::pair{&turtle, "turtle"}, std::pair{&trig, "trig"}}) {
    const auto lines = test::serdiLines(file->path().string(), syntax);
    REQUIRE(lines);
    used.merge(termsUsed(*lines));
  }
  if (const auto nquads = test::jsonLdToNQuads(jsonLd.path().string())) used.merge(termsUsed(*nquads));
  const test::TempDir dir;
  REQUIRE(test::runPressgraph({"build", "-q", test::exampleCorpus(), "-o", dir / "examples.nt"}).exitCode == 0);
  const auto examples = test::serdiLines(dir / "examples.nt", "ntriples");
  REQUIRE(examples);
  used.merge(termsUsed(*examples));
  CHECK(used.count(std::string(PG_NS) + "contactFor") == 1);  // the graph did reach the writers' pg: terms

  for (const std::string& term : used) {
    if (builtIn(term)) continue;
    INFO(term);
    CHECK((ontology.typed(term, OWL_CLASS) || ontology.typed(term, OWL_OBJECT_PROPERTY) ||
           ontology.typed(term, OWL_DATATYPE_PROPERTY)));
  }
  // Relations link nodes, properties hold literals (owl:sameAs, OWL's own, aside).
  for (const RelationInfo& r : allRelations()) CHECK(ontology.typed(std::string(r.iri), OWL_OBJECT_PROPERTY));
  for (const PropertyInfo& p : allProperties())
    if (!builtIn(std::string(p.iri))) CHECK(ontology.typed(std::string(p.iri), OWL_DATATYPE_PROPERTY));

  // Every term declared has a label and a comment.
  for (const auto& [term, predicates] : ontology.terms) {
    INFO(term);
    CHECK(ontology.values(term, RDFS_LABEL).size() == 1);
    CHECK(ontology.values(term, RDFS_COMMENT).size() == 1);
  }
}

TEST_CASE("every pg: class and property of the ontology is aligned with schema.org", "[ontology]") {
  if (!test::haveReader("serdi", "serdi")) return;
  const Ontology ontology;
  const std::vector<std::string> alignments = {
      std::string(RDFS_NS) + "subClassOf", std::string(RDFS_NS) + "subPropertyOf",
      std::string(OWL_NS) + "equivalentClass", std::string(OWL_NS) + "equivalentProperty"};
  std::size_t pgTerms = 0;
  for (const auto& [term, predicates] : ontology.terms) {
    if (!term.starts_with(PG_NS)) continue;
    INFO(term);
    ++pgTerms;
    bool aligned = false;
    for (const std::string& alignment : alignments)
      for (const std::string& target : ontology.values(term, alignment)) aligned |= target.starts_with(SCHEMA_NS);
    CHECK(aligned);
  }
  // a class per kind, pg:contactFor, pg:eventType, pg:sentence, pg:rule, pg:contentHash
  CHECK(pgTerms == allKinds().size() + 5);
}

}  // namespace pressgraph
