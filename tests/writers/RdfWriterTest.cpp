// SPDX-License-Identifier: MIT
// writers/RdfWriter.cpp: TriG and N-Quads put what each document says in a graph named by the
// document, everything else in the default graph; read back by serdi.
#include "writers/RdfWriter.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "tests/writers/ReaderTestHelpers.h"

namespace pressgraph {
namespace {

const std::string ID(ID_NS);
const std::string DOC = ID + "doc/t08_jakarta-fair-recruitment-seminar";
const std::string EVENT = ID + "event/2016-jakarta-fair-recruitment-seminar";
const std::string IOM = ID + "org/international-organization-for-migration";
const std::string CANADA = ID + "org/government-of-canada";
const std::string OFFICE = ID + "office/iom-jakarta";
const std::string CITY = ID + "city/jakarta";
const std::string COUNTRY = ID + "country/indonesia";

std::string schema(const char* local) { return std::string(SCHEMA_NS) + local; }

// Quads as "graph|subject predicate object" (graph empty for the default graph).
std::set<std::string> quadsOf(const std::string& lines) {
  std::set<std::string> quads;
  for (const test::Triple& t : test::triplesOf(lines))
    quads.insert(test::decodeUnicodeEscapes(t.graph + "|" + t.subject + " " + t.predicate + " " + t.object));
  return quads;
}

std::set<std::string> triplesOf(const std::set<std::string>& quads) {
  std::set<std::string> triples;
  for (const std::string& q : quads) triples.insert(q.substr(q.find('|') + 1));
  return triples;
}

// The graph written in `syntax` and read back by serdi as quads; nullopt without serdi.
std::optional<std::set<std::string>> readBack(const KnowledgeGraph& graph, RdfSyntax syntax, const char* name) {
  const test::TempFile file(".rdf");
  test::writeFile(file, [&](FILE* out) { writeRdf(graph, syntax, out); });
  const auto lines = test::serdiLines(file.path().string(), name);
  REQUIRE(lines);
  return quadsOf(*lines);
}

}  // namespace

TEST_CASE("TriG puts a document's description, mentions and stated facts in a graph named by it", "[writers]") {
  if (!test::haveReader("serdi", "serdi")) return;
  const KnowledgeGraph graph = test::sampleGraph();
  const auto trig = readBack(graph, RdfSyntax::TriG, "trig");
  const auto has = [&](const std::string& g, const std::string& s, const std::string& p, const std::string& o) {
    return trig->count(g + "|" + s + " " + p + " " + o) == 1;
  };
  // The document's own triples.
  CHECK(has(DOC, DOC, std::string(RDF_TYPE), std::string(info(NodeKind::Document).ownType)));
  CHECK(has(DOC, DOC, schema("mentions"), IOM));
  CHECK(has(DOC, DOC, schema("identifier"), "\"t08_jakarta-fair-recruitment-seminar.txt\""));
  // The facts it states, with their provenance, and not in the default graph.
  CHECK(has(DOC, EVENT, schema("organizer"), IOM));
  CHECK(has(DOC, EVENT, schema("sponsor"), CANADA));
  CHECK(has(DOC, OFFICE, schema("parentOrganization"), IOM));
  CHECK_FALSE(has("", EVENT, schema("organizer"), IOM));
  CHECK(has(DOC, DOC + "#fact-1", std::string(PROV_NS) + "wasDerivedFrom", DOC));
  // What no document states: entities' descriptions, facts without evidence.
  CHECK(has("", IOM, schema("name"), "\"International Organization for Migration\""));
  CHECK(has("", EVENT, schema("startDate"), "\"--11-14\"^^<http://www.w3.org/2001/XMLSchema#gMonthDay>"));
  CHECK(has("", CITY, schema("containedInPlace"), COUNTRY));
  CHECK(has("", EVENT, schema("location"), CITY));
  CHECK_FALSE(has(DOC, CITY, schema("containedInPlace"), COUNTRY));
  // Only documents name graphs.
  for (const std::string& quad : *trig) {
    const std::string g = quad.substr(0, quad.find('|'));
    CHECK((g.empty() || g == DOC));
  }

  SECTION("the same triples as the Turtle, and N-Quads the same quads as TriG") {
    const auto turtle = readBack(graph, RdfSyntax::Turtle, "turtle");
    CHECK(triplesOf(*trig) == triplesOf(*turtle));
    CHECK(*readBack(graph, RdfSyntax::NQuads, "nquads") == *trig);
  }
}

TEST_CASE("TriG repeats a fact in the graph of each document that states it", "[writers]") {
  if (!test::haveReader("serdi", "serdi")) return;
  KnowledgeGraph graph;
  const NodeId a = graph.addNode(NodeKind::Document, "doc/a", "a.txt");
  const NodeId b = graph.addNode(NodeKind::Document, "doc/b", "b.txt");
  const NodeId event = graph.addNode(NodeKind::Event, "event/e", "E");
  const NodeId org = graph.addNode(NodeKind::Organization, "org/o", "O");
  graph.addEdge(event, Relation::Organizer, org);
  graph.addEvidence(Edge{event, Relation::Organizer, org}, a, "O held E.");
  graph.addEvidence(Edge{event, Relation::Organizer, org}, a, "E, by O.");  // two sentences, one triple
  graph.addEvidence(Edge{event, Relation::Organizer, org}, b, "");
  const auto trig = readBack(graph, RdfSyntax::TriG, "trig");
  const std::string fact = ID + "event/e " + schema("organizer") + " " + ID + "org/o";
  CHECK(trig->count(ID + "doc/a|" + fact) == 1);
  CHECK(trig->count(ID + "doc/b|" + fact) == 1);
  CHECK(trig->count("|" + fact) == 0);
  // The provenance statements of each document are in its graph: two for a, one for b.
  const std::string isStatement = " " + std::string(RDF_TYPE) + " " + std::string(RDF_NS) + "Statement";
  CHECK(trig->count(ID + "doc/a|" + ID + "doc/a#fact-2" + isStatement) == 1);
  CHECK(trig->count(ID + "doc/b|" + ID + "doc/b#fact-1" + isStatement) == 1);
  CHECK(trig->count(ID + "doc/b|" + ID + "doc/b#fact-2" + isStatement) == 0);
}

}  // namespace pressgraph

namespace pressgraph {

TEST_CASE("Turtle and N-Triples written on several threads are the bytes one thread writes", "[writers]") {
  // Enough nodes and documents for many parts of each (a part is about 2,000 nodes, or the
  // provenance of about 200 documents), with names, literals, edges, facts and values.
  KnowledgeGraph g;
  const NodeId country = g.addNode(NodeKind::Country, "country/indonesia", "Indonesia");
  std::vector<NodeId> documents;
  for (int d = 0; d < 2200; ++d) {
    const std::string n = std::to_string(d);
    const NodeId doc = g.addNode(NodeKind::Document, "doc/release-" + n, "Release " + n);
    const NodeId org = g.addNode(NodeKind::Organization, "org/partner-" + std::to_string(d % 300), "Partner " + std::to_string(d % 300));
    const NodeId event = g.addNode(NodeKind::Event, "event/meeting-" + n, "Meeting \"" + n + "\" \xE2\x80\x94 caf\xC3\xA9");
    const NodeId city = g.addNode(NodeKind::City, "city/town-" + std::to_string(d % 50), "Town " + std::to_string(d % 50));
    g.addName(org, "P" + std::to_string(d % 300));
    g.addLiteral(event, Property::StartDate, "2016-09-" + std::to_string(10 + d % 18));
    g.addEdge(city, Relation::ContainedInPlace, country);
    for (const auto& [relation, to] : {std::pair{Relation::Organizer, org}, std::pair{Relation::Location, city}}) {
      g.addEdge(event, relation, to);
      g.addEvidence(Edge{event, relation, to}, doc, "Sentence " + n + " says so.");
    }
    for (NodeId n2 : {org, event, city}) g.addEdge(doc, Relation::Mentions, n2);
    g.addValueSource(StatedValue{org, std::nullopt, "P" + std::to_string(d % 300)}, doc);
    documents.push_back(doc);
  }
  REQUIRE(g.nodeCount() > 2 * 2000);
  for (RdfSyntax syntax : {RdfSyntax::Turtle, RdfSyntax::NTriples}) {
    std::size_t oneCount = 0;
    const std::string one = test::writeToString([&](FILE* out) { oneCount = writeRdf(g, syntax, out, 1); });
    REQUIRE(oneCount > 10000);
    for (unsigned threads : {2u, 3u, 8u}) {
      INFO("threads " << threads);
      std::size_t count = 0;
      const std::string many = test::writeToString([&](FILE* out) { count = writeRdf(g, syntax, out, threads); });
      CHECK(count == oneCount);
      CHECK(many.size() == one.size());
      CHECK(many == one);
    }
  }
}

}  // namespace pressgraph
