// SPDX-License-Identifier: MIT
// loaders/GraphLoader.cpp: our RDF read back; write -> read -> write is byte-identical in every syntax.
#include "loaders/GraphLoader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>

#include "tests/writers/WriterTestHelpers.h"
#include "writers/RdfWriter.h"

namespace pressgraph {
namespace {

using test::TempFile;

struct Syntax {
  RdfSyntax syntax;
  std::string_view extension;
};
constexpr std::array<Syntax, 4> SYNTAXES{{{RdfSyntax::Turtle, ".ttl"},
                                          {RdfSyntax::NTriples, ".nt"},
                                          {RdfSyntax::TriG, ".trig"},
                                          {RdfSyntax::NQuads, ".nq"}}};

std::string written(const KnowledgeGraph& graph, RdfSyntax syntax) {
  return test::writeToString([&](FILE* out) { writeRdf(graph, syntax, out); });
}

// Writes `graph` in `s`, reads the file back into a fresh graph and returns that graph.
KnowledgeGraph roundTrip(const KnowledgeGraph& graph, const Syntax& s) {
  const TempFile file(s.extension);
  test::writeFile(file, [&](FILE* out) { writeRdf(graph, s.syntax, out); });
  KnowledgeGraph back;
  readGraph(file.path().string(), back);
  return back;
}

// The InputError readGraph raises for a file holding `text`, or a failed test if it raises none.
InputError readError(std::string_view extension, std::string_view text) {
  const TempFile file(extension);
  test::writeFile(file, text);
  KnowledgeGraph graph;
  try {
    readGraph(file.path().string(), graph);
  } catch (const InputError& e) {
    CHECK(e.path() == file.path().string());
    return e;
  }
  FAIL("readGraph accepted: " << text);
  return InputError("", 0, "");
}

// Names that stress escaping, in random graphs of every kind, relation and property.
constexpr std::array<std::string_view, 10> AWKWARD = {
    "plain", "Ünïcödé Straße", "say \"hi\"", "back\\slash", "tab\there", "new\nline", "emoji \U0001F600",
    "<angle> & amp", "'single' \"\"\"triple\"\"\"", "trailing space "};
constexpr std::array<std::string_view, 5> DATES = {"2016-09-27", "2016-09", "--11-14", "14 November", "2016"};

KnowledgeGraph randomGraph(std::uint32_t seed) {
  std::mt19937 random(seed);
  const auto pick = [&random](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  KnowledgeGraph g;
  constexpr std::size_t NODES = 30;
  for (std::size_t i = 0; i < NODES; ++i) {
    const KindInfo& kind = allKinds()[pick(allKinds().size())];
    const NodeId node = g.addNode(kind.kind, std::string(kind.segment) + "/n" + std::to_string(i),
                                  std::string(AWKWARD[pick(AWKWARD.size())]) + " " + std::to_string(i));
    for (std::size_t k = pick(3); k > 0; --k) g.addName(node, AWKWARD[pick(AWKWARD.size())]);
    for (std::size_t k = pick(4); k > 0; --k) {
      const PropertyInfo& p = allProperties()[pick(allProperties().size())];
      if (p.iriValued)
        g.addLiteral(node, p.property, "http://www.wikidata.org/entity/Q" + std::to_string(pick(1000)));
      else if (p.property == Property::StartDate || p.property == Property::EndDate ||
               p.property == Property::DatePublished)
        g.addLiteral(node, p.property, DATES[pick(DATES.size())]);
      else if (p.property == Property::EventType)
        g.addLiteral(node, p.property, eventTypes()[pick(eventTypes().size())]);
      else
        g.addLiteral(node, p.property, AWKWARD[pick(AWKWARD.size())]);
    }
  }
  for (std::size_t k = 0; k < 2 * NODES; ++k)
    g.addEdge(NodeId{static_cast<std::uint32_t>(pick(NODES))}, allRelations()[pick(allRelations().size())].relation,
              NodeId{static_cast<std::uint32_t>(pick(NODES))});
  return g;
}

}  // namespace

TEST_CASE("a graph written, read back and written again gives the same bytes in every RDF syntax", "[loaders]") {
  const KnowledgeGraph graph = test::sampleGraph();
  for (const Syntax& s : SYNTAXES) {
    INFO("syntax " << s.extension);
    const std::string first = written(graph, s.syntax);
    const KnowledgeGraph back = roundTrip(graph, s);
    CHECK(back.nodeCount() == graph.nodeCount());
    CHECK(back.edgeCount() == graph.edgeCount());
    CHECK(written(back, s.syntax) == first);
  }
}

TEST_CASE("reading back keeps kinds, names, alternate names, literals and edges", "[loaders]") {
  const KnowledgeGraph back = roundTrip(test::sampleGraph(), SYNTAXES[0]);
  const auto iom = back.findByIri("org/international-organization-for-migration");
  const auto office = back.findByIri("office/iom-jakarta");
  const auto event = back.findByIri("event/2016-jakarta-fair-recruitment-seminar");
  REQUIRE(iom);
  REQUIRE(office);
  REQUIRE(event);
  CHECK(back.kind(*iom) == NodeKind::Organization);
  CHECK(back.kind(*office) == NodeKind::Office);
  CHECK(back.kind(*event) == NodeKind::Event);
  CHECK(back.name(*office) == "IOM \"Jakarta\" Office & Mission");
  CHECK(back.alternateNames(*iom) == std::vector<std::string_view>{"IOM", "OIM"});
  CHECK(back.literal(*event, Property::StartDate) == std::optional<std::string_view>("--11-14"));
  CHECK(back.literal(*event, Property::EventType) == std::optional<std::string_view>("Seminar"));
  const auto person = back.findByIri("person/ana-maria-perez");
  REQUIRE(person);
  CHECK(back.name(*person) == "Ana Mar\xC3\xAD" "a P\xC3\xA9rez");
  const auto edges = back.outEdges(*office);
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].relation == Relation::ParentOrganization);
  CHECK(edges[0].to == *iom);
}

TEST_CASE("reading back keeps the provenance of every fact in every RDF syntax", "[loaders]") {
  const KnowledgeGraph graph = test::sampleGraph();
  REQUIRE(graph.evidenceCount() == 3);
  for (const Syntax& s : SYNTAXES) {
    INFO("syntax " << s.extension);
    const KnowledgeGraph back = roundTrip(graph, s);
    CHECK(back.evidenceCount() == 3);
    const auto event = back.findByIri("event/2016-jakarta-fair-recruitment-seminar");
    const auto iom = back.findByIri("org/international-organization-for-migration");
    REQUIRE(event);
    REQUIRE(iom);
    const auto ev = back.evidence(Edge{*event, Relation::Organizer, *iom});
    REQUIRE(ev.size() == 1);
    CHECK(back.iriPath(ev[0].document) == "doc/t08_jakarta-fair-recruitment-seminar");
    CHECK(ev[0].sentence == "The seminar was \"organized\" by IOM\nin Jakarta \xE2\x80\x94 d\xC3\xA9j\xC3\xA0 vu.");
  }
}

TEST_CASE("a provenance statement about a triple the file does not hold is left out", "[loaders]") {
  const TempFile file(".ttl");
  test::writeFile(file, R"(@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<https://w3id.org/pressgraph/id/org/a> a schema:Organization ; schema:name "A" .
<https://w3id.org/pressgraph/id/event/e> a schema:Event ; schema:name "E" ; schema:organizer <https://w3id.org/pressgraph/id/org/a> .
<https://w3id.org/pressgraph/id/doc/d> a schema:CreativeWork ; schema:name "d.txt" .
<https://w3id.org/pressgraph/id/doc/d#fact-1> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/event/e> ;
  rdf:predicate schema:organizer ; rdf:object <https://w3id.org/pressgraph/id/org/a> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d> ;
  <https://w3id.org/pressgraph/ontology#sentence> "A organized E." .
<https://w3id.org/pressgraph/id/doc/d#fact-2> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/event/e> ;
  rdf:predicate schema:sponsor ; rdf:object <https://w3id.org/pressgraph/id/org/a> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d> .
)");
  KnowledgeGraph g;
  readGraph(file.path().string(), g);
  CHECK(g.evidenceCount() == 1);
  CHECK(g.nodeCount() == 3);  // the statements are no nodes of the graph
}

// Found by fuzz_graph in CI: a value statement about a node that has no triples of its own
// (it is only an edge's object) threw std::out_of_range from map::at and ended the program.
TEST_CASE("a name statement about a node that is only an object is no crash, and credits nothing", "[loaders]") {
  const TempFile file(".ttl");
  test::writeFile(file, R"(@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<https://w3id.org/pressgraph/id/doc/d> a schema:CreativeWork ; schema:name "d.txt" ;
  schema:mentions <https://w3id.org/pressgraph/id/org/a> .
<https://w3id.org/pressgraph/id/doc/d#value-1> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/org/a> ;
  rdf:predicate schema:alternateName ; rdf:object "A" ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d> .
)");
  KnowledgeGraph g;
  REQUIRE_NOTHROW(readGraph(file.path().string(), g));
  CHECK(g.nodeCount() == 2);
}

// A graph written by hand with prefixed names: an edge whose object was a prefixed name, not
// an <IRI>, was dropped (found by a hand-written test graph of tests/cli/GraphCommandsTest.cpp).
TEST_CASE("prefixed names, with escapes, are read as the IRIs they stand for, as subjects and as objects", "[loaders]") {
  const TempFile file(".ttl");
  test::writeFile(file, R"(@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix pg: <https://w3id.org/pressgraph/ontology#> .
@prefix id: <https://w3id.org/pressgraph/id/> .
id:doc\/d a pg:Document ; schema:name "d.txt" ; schema:mentions id:org\/a .
id:org\/a a schema:Organization ; schema:name "A" ; schema:parentOrganization id:org\/b .
id:org\/b a schema:Organization ; schema:name "B" .
id:doc\/d\#fact-1 a rdf:Statement ; rdf:subject id:org\/a ; rdf:predicate schema:parentOrganization ;
  rdf:object id:org\/b ; prov:wasDerivedFrom id:doc\/d ; pg:sentence "A is part of B." .
)");
  KnowledgeGraph g;
  readGraph(file.path().string(), g);
  CHECK(g.nodeCount() == 3);
  CHECK(g.edgeCount() == 2);  // the mention and the part-of
  const NodeId doc = *g.findByIri("doc/d"), a = *g.findByIri("org/a"), b = *g.findByIri("org/b");
  CHECK(g.hasEdge(Edge{doc, Relation::Mentions, a}));
  const auto partOf = g.evidence(Edge{a, Relation::ParentOrganization, b});
  REQUIRE(partOf.size() == 1);
  CHECK(partOf[0].sentence == "A is part of B.");
}

TEST_CASE("a fact in a document's named graph is stated by that document, sentence or not", "[loaders]") {
  const TempFile file(".trig");
  test::writeFile(file, R"(@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix pg: <https://w3id.org/pressgraph/ontology#> .
@base <https://w3id.org/pressgraph/id/> .
<org/a> a schema:Organization ; schema:name "A" .
<org/b> a schema:Organization ; schema:name "B" .
<event/e> a schema:Event ; schema:name "E" .
<doc/d> {
  <doc/d> a schema:CreativeWork , pg:Document ; schema:name "d.txt" ; schema:mentions <event/e> , <org/a> .
  <event/e> schema:organizer <org/a> ; schema:sponsor <org/b> .
  <doc/d#fact-1> a rdf:Statement ; rdf:subject <event/e> ; rdf:predicate schema:organizer ; rdf:object <org/a> ;
    prov:wasDerivedFrom <doc/d> ; pg:sentence "A held E." .
}
<https://w3id.org/pressgraph/id/graph> { <event/e> schema:location <org/b> . }
)");
  KnowledgeGraph g;
  readGraph(file.path().string(), g);
  const NodeId doc = *g.findByIri("doc/d"), event = *g.findByIri("event/e");
  const NodeId a = *g.findByIri("org/a"), b = *g.findByIri("org/b");
  // The reified fact keeps its sentence, and gains no second, sentenceless evidence.
  const auto organizer = g.evidence(Edge{event, Relation::Organizer, a});
  REQUIRE(organizer.size() == 1);
  CHECK(organizer[0].sentence == "A held E.");
  // The fact with no reification is the document's all the same.
  const auto sponsor = g.evidence(Edge{event, Relation::Sponsor, b});
  REQUIRE(sponsor.size() == 1);
  CHECK(sponsor[0].document == doc);
  CHECK(sponsor[0].sentence.empty());
  // Mentions are the document's own description; a graph named after no node (older files'
  // id:graph) credits nobody.
  CHECK(g.evidence(Edge{doc, Relation::Mentions, a}).empty());
  CHECK(g.hasEdge(Edge{event, Relation::Location, b}));
  CHECK(g.evidence(Edge{event, Relation::Location, b}).empty());
  CHECK(g.evidenceCount() == 2);
}

TEST_CASE("random graphs with awkward strings survive write -> read -> write byte for byte", "[loaders]") {
  for (std::uint32_t seed : {1u, 2u, 3u, 4u, 5u}) {
    const KnowledgeGraph graph = randomGraph(seed);
    for (const Syntax& s : SYNTAXES) {
      INFO("seed " << seed << ", syntax " << s.extension);
      CHECK(written(roundTrip(graph, s), s.syntax) == written(graph, s.syntax));
    }
  }
}

TEST_CASE("statements in any order read as in the writer's order, a reification's triples apart too", "[loaders]") {
  // The reader takes each run of a subject's triples once; shuffled N-Triples split every run,
  // so a reification's triples come in pieces that must add up to the same provenance.
  const KnowledgeGraph graph = test::sampleGraph();
  REQUIRE(graph.evidenceCount() > 0);
  std::vector<std::string> lines;
  std::istringstream in(written(graph, RdfSyntax::NTriples));
  for (std::string line; std::getline(in, line);) lines.push_back(line + "\n");
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    INFO("seed " << seed);
    std::shuffle(lines.begin(), lines.end(), std::mt19937(seed));
    const TempFile file(".nt");
    std::string text;
    for (const auto& line : lines) text += line;
    test::writeFile(file, text);
    KnowledgeGraph back;
    readGraph(file.path().string(), back);
    for (const Syntax& s : SYNTAXES) CHECK(written(back, s.syntax) == written(graph, s.syntax));
  }
}

TEST_CASE("a later triple about a reification wins, as when its triples are together", "[loaders]") {
  // The rdf:subject written twice, far apart: the second names a node (written as a CURIE) that
  // does not hold the fact, so the fact has no provenance; with the order reversed, it has.
  const std::string head = R"(@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix id: <https://w3id.org/pressgraph/id/> .
id:doc\/d a schema:Article ; schema:name "D" ; schema:mentions <https://w3id.org/pressgraph/id/org/a> .
<https://w3id.org/pressgraph/id/event/e> a schema:Event ; schema:organizer <https://w3id.org/pressgraph/id/org/a> .
id:b a schema:Organization .
)";
  const std::string fact = R"(<https://w3id.org/pressgraph/id/doc/d#fact-1> rdf:predicate schema:organizer ;
  rdf:object <https://w3id.org/pressgraph/id/org/a> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d> .
)";
  const std::string right = "<https://w3id.org/pressgraph/id/doc/d#fact-1> rdf:subject <https://w3id.org/pressgraph/id/event/e> .\n";
  const std::string wrong = "<https://w3id.org/pressgraph/id/doc/d#fact-1> rdf:subject <https://w3id.org/pressgraph/id/org/b> .\n";
  const auto evidence = [&](const std::string& text) {
    const TempFile file(".ttl");
    test::writeFile(file, text);
    KnowledgeGraph graph;
    readGraph(file.path().string(), graph);
    return graph.evidenceCount();
  };
  CHECK(evidence(head + right + fact) == 1);
  CHECK(evidence(head + right + fact + wrong) == 0);
  CHECK(evidence(head + wrong + fact + right) == 1);
}

TEST_CASE("reading a graph into a graph that already holds it changes nothing", "[loaders]") {
  const KnowledgeGraph graph = test::sampleGraph();
  const TempFile file(".ttl");
  test::writeFile(file, [&](FILE* out) { writeRdf(graph, RdfSyntax::Turtle, out); });
  KnowledgeGraph twice;
  readGraph(file.path().string(), twice);
  readGraph(file.path().string(), twice);
  CHECK(written(twice, RdfSyntax::Turtle) == written(graph, RdfSyntax::Turtle));
}

TEST_CASE("triples outside the Pressgraph vocabulary are ignored, and a bare object becomes a node", "[loaders]") {
  const TempFile file(".ttl");
  test::writeFile(file, R"(@prefix schema: <http://schema.org/> .
@prefix ex: <http://example.org/> .
@base <https://w3id.org/pressgraph/id/> .
<event/e1> a schema:Event ;
  schema:name "Workshop" ;
  ex:colour "blue" ;
  schema:organizer <org/iom> .
ex:other schema:name "Not ours" .
)");
  KnowledgeGraph graph;
  readGraph(file.path().string(), graph);
  CHECK(graph.nodeCount() == 2);
  const auto event = graph.findByIri("event/e1");
  const auto iom = graph.findByIri("org/iom");
  REQUIRE(event);
  REQUIRE(iom);
  CHECK(graph.kind(*event) == NodeKind::Event);
  CHECK(graph.name(*event) == "Workshop");
  CHECK(graph.kind(*iom) == NodeKind::Organization);
  CHECK(graph.literals(*event).empty());
  REQUIRE(graph.outEdges(*event).size() == 1);
  CHECK(graph.outEdges(*event)[0].relation == Relation::Organizer);
}

TEST_CASE("a file that is no RDF gives InputError with the line of the error", "[loaders]") {
  SECTION("prose in a .ttl file") {
    const InputError e = readError(".ttl", "This is a press release,\nnot a graph.\n");
    CHECK(e.line() == 1);
    CHECK(std::string(e.what()).find("not valid RDF") != std::string::npos);
  }
  SECTION("an error after good lines") {
    const InputError e = readError(".ttl",
                                   "@prefix schema: <http://schema.org/> .\n"
                                   "<https://w3id.org/pressgraph/id/org/iom> schema:name \"IOM\" .\n"
                                   "<https://w3id.org/pressgraph/id/org/x> schema:name \"unterminated .\n");
    CHECK(e.line() == 3);
  }
  SECTION("Turtle syntax in an N-Triples file") {
    const InputError e = readError(".nt",
                                   "<https://w3id.org/pressgraph/id/org/iom> <http://schema.org/name> \"IOM\" .\n"
                                   "@prefix schema: <http://schema.org/> .\n");
    CHECK(e.line() == 2);
  }
  SECTION("binary bytes") {
    const InputError e = readError(".nt", std::string_view("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    CHECK(e.line() >= 1);
  }
}

TEST_CASE("a valid RDF file without Pressgraph nodes is an InputError", "[loaders]") {
  const InputError empty = readError(".ttl", "");
  CHECK(std::string(empty.what()).find("no Pressgraph nodes") != std::string::npos);
  const InputError foreign = readError(".ttl", "<http://example.org/a> <http://example.org/b> \"c\" .\n");
  CHECK(std::string(foreign.what()).find("no Pressgraph nodes") != std::string::npos);
}

TEST_CASE("readGraph refuses other extensions, throws IoError for a missing file", "[loaders]") {
  CHECK(readError(".txt", "<a> <b> <c> .\n").line() == 0);
  KnowledgeGraph graph;
  CHECK_THROWS_AS(readGraph("/nonexistent/pressgraph/graph.ttl", graph), IoError);
  CHECK(graph.nodeCount() == 0);
}

TEST_CASE("isGraphFile knows the RDF extensions, in any case", "[loaders]") {
  CHECK(isGraphFile("g.ttl"));
  CHECK(isGraphFile("dir/g.TTL"));
  CHECK(isGraphFile("g.nt"));
  CHECK(isGraphFile("g.trig"));
  CHECK(isGraphFile("g.nq"));
  CHECK_FALSE(isGraphFile("-"));
  CHECK_FALSE(isGraphFile("g.jsonld"));
  CHECK_FALSE(isGraphFile("release.txt"));
  CHECK_FALSE(isGraphFile("ttl"));
}

}  // namespace pressgraph
