// SPDX-License-Identifier: MIT
// writers/DotWriter.cpp: which nodes a picture shows, and the DOT read back by Graphviz (gvpr,
// dot -Tsvg) with every node, edge and label in place.
#include "writers/DotWriter.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "tests/writers/ReaderTestHelpers.h"

namespace pressgraph {
namespace {

using test::countOccurrences;

std::string dotOf(const KnowledgeGraph& graph, const PictureOptions& options = {}) {
  return test::writeToString([&](FILE* out) { writeDot(graph, out, options); });
}

// The IRI paths of pictureNodes().
std::set<std::string> shownPaths(const KnowledgeGraph& graph, const PictureOptions& options) {
  std::set<std::string> paths;
  for (NodeId n : pictureNodes(graph, options)) paths.emplace(graph.iriPath(n));
  return paths;
}

// Nodes and edges the default picture must show: everything but documents and mentions.
std::size_t entityNodes(const KnowledgeGraph& graph) {
  std::size_t n = 0;
  for (NodeId node : graph.nodesByIri()) n += graph.kind(node) != NodeKind::Document;
  return n;
}

std::size_t entityEdges(const KnowledgeGraph& graph) {
  std::size_t n = 0;
  for (NodeId node : graph.nodesByIri())
    for (const Edge& e : graph.outEdges(node)) n += e.relation != Relation::Mentions;
  return n;
}

constexpr const char* IOM = "org/international-organization-for-migration";
constexpr const char* OFFICE = "office/iom-jakarta";
constexpr const char* PERSON = "person/ana-maria-perez";
constexpr const char* EVENT = "event/2016-jakarta-fair-recruitment-seminar";
constexpr const char* CITY = "city/jakarta";
constexpr const char* COUNTRY = "country/indonesia";
constexpr const char* CANADA = "org/government-of-canada";
constexpr const char* BMAS = "org/bmas";
constexpr const char* DOCUMENT = "doc/t08_jakarta-fair-recruitment-seminar";

}  // namespace

TEST_CASE("DOT leaves out documents and mentions, and dot renders every other node and edge", "[writers]") {
  KnowledgeGraph graph = test::sampleGraph();
  // A backslash before the closing quote ends the DOT string early unless it is escaped.
  const NodeId odd = graph.addNode(NodeKind::Organization, "org/odd", R"(C:\Temp "Unit" \N trailing\)");
  const NodeId event = *graph.findByIri(EVENT);
  graph.addEdge(event, Relation::Funder, odd);
  // Only documents mention things today; the picture must leave out any other mention too.
  graph.addEdge(event, Relation::Mentions, odd);
  const test::TempFile dotFile(".dot"), svgFile(".svg");
  test::writeFile(dotFile, [&](FILE* out) { writeDot(graph, out); });
  const std::string dot = test::readFile(dotFile.path());

  CHECK(dot.find("layout=neato") != std::string::npos);
  CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
  CHECK(dot.find("Jakarta fair recruitment seminar") == std::string::npos);  // the document
  CHECK(dot.find("\"mentions\"") == std::string::npos);
  // The legend's nodes are chained by invisible edges.
  CHECK(countOccurrences(dot, " -> ") - countOccurrences(dot, " -> \"legend_") == entityEdges(graph));

  if (!test::haveReader("dot", "graphviz")) return;
  const auto rendered = test::run("dot -Tsvg -o " + svgFile.quoted() + " " + dotFile.quoted());
  REQUIRE(rendered.exitCode == 0);
  const std::string svg = test::readFile(svgFile.path());
  constexpr std::size_t LEGEND_ENTRIES = 6;  // the six kinds other than Document, all present
  CHECK(countOccurrences(svg, "class=\"node\"") == entityNodes(graph) + LEGEND_ENTRIES);
  CHECK(countOccurrences(svg, "class=\"edge\"") == entityEdges(graph));  // the legend's are invisible
  CHECK(countOccurrences(svg, "class=\"cluster\"") == 1);
  CHECK(svg.find(">Fair Recruitment Seminar<") != std::string::npos);
  CHECK(svg.find(">Ana María Pérez<") != std::string::npos);
  CHECK(svg.find(">IOM &quot;Jakarta&quot; Office &amp;<") != std::string::npos);  // a long name on two lines
  CHECK(svg.find(">Mission<") != std::string::npos);
  CHECK(svg.find(R"(>C:\Temp &quot;Unit&quot; \N trailing\<)") != std::string::npos);
  // Edges carry their schema.org property's short name.
  CHECK(svg.find(">parentOrganization<") != std::string::npos);
  CHECK(svg.find(">funder<") != std::string::npos);
  CHECK(svg.find(">containedInPlace<") != std::string::npos);
}

TEST_CASE("DOT read by gvpr has the IRI paths as node ids and every edge with its property", "[writers]") {
  if (!test::haveReader("gvpr", "graphviz")) return;
  const KnowledgeGraph graph = test::sampleGraph();
  const test::TempFile dotFile(".dot");
  test::writeFile(dotFile, [&](FILE* out) { writeDot(graph, out); });
  const auto picture = test::readDot(dotFile.path().string());
  REQUIRE(picture);
  std::set<std::string> nodes, edges;
  for (NodeId n : graph.nodesByIri()) {
    if (graph.kind(n) == NodeKind::Document) continue;
    nodes.emplace(graph.iriPath(n));
    for (const Edge& e : graph.outEdges(n)) {
      const std::string_view iri = info(e.relation).iri;
      edges.insert(std::string(graph.iriPath(e.from)) + " " + std::string(iri.substr(iri.find_last_of("/#") + 1)) +
                   " " + std::string(graph.iriPath(e.to)));
    }
  }
  CHECK(picture->nodes == nodes);
  CHECK(picture->edges == edges);
}

TEST_CASE("DOT does not depend on the order the graph was built in", "[writers]") {
  CHECK(dotOf(test::sampleGraph(test::InsertionOrder::Forward)) ==
        dotOf(test::sampleGraph(test::InsertionOrder::Reversed)));
}

TEST_CASE("DOT of an empty graph is an empty digraph without a legend", "[writers]") {
  const KnowledgeGraph graph;
  const std::string dot = dotOf(graph);
  CHECK(dot.starts_with("digraph "));
  CHECK(dot.find("cluster_legend") == std::string::npos);
  CHECK(dot.ends_with("}\n"));
}

TEST_CASE("a picture leaves out entities without a relation to draw, and documents unless asked", "[writers]") {
  KnowledgeGraph graph = test::sampleGraph();
  graph.addNode(NodeKind::Country, "country/lonely", "Lonely");
  const auto shown = shownPaths(graph, {});
  CHECK(shown.size() == entityNodes(graph) - 1);
  CHECK(shown.count("country/lonely") == 0);
  CHECK(shown.count(DOCUMENT) == 0);

  SECTION("--types document brings documents back, with their mentions") {
    PictureOptions options;
    options.kinds = {NodeKind::Document, NodeKind::Event, NodeKind::City};
    CHECK(shownPaths(graph, options) == std::set<std::string>{DOCUMENT, EVENT, CITY});
    const std::string dot = dotOf(graph, options);
    CHECK(countOccurrences(dot, "[label=\"mentions\"]") == 2);
    CHECK(countOccurrences(dot, "[label=\"location\"]") == 1);
    CHECK(dot.find("shape=folder") != std::string::npos);
  }
  SECTION("--types keeps only those kinds, and the edges between them") {
    PictureOptions options;
    options.kinds = {NodeKind::Office, NodeKind::Organization};
    CHECK(shownPaths(graph, options) == std::set<std::string>{OFFICE, IOM});
    const std::string dot = dotOf(graph, options);
    CHECK(countOccurrences(dot, "[label=") == 2 + 2 + 1);  // two nodes, their legend entries, one edge
    CHECK(dot.find("[label=\"parentOrganization\"]") != std::string::npos);
  }
}

TEST_CASE("a focused picture holds what lies within depth edges of the focus, either direction", "[writers]") {
  const KnowledgeGraph graph = test::sampleGraph();
  PictureOptions options;
  options.focus = *graph.findByIri(IOM);

  options.depth = 0;
  CHECK(shownPaths(graph, options) == std::set<std::string>{IOM});
  options.depth = 1;  // office and person point at IOM, IOM organizes the event
  CHECK(shownPaths(graph, options) == std::set<std::string>{IOM, OFFICE, PERSON, EVENT});
  options.depth = 2;
  CHECK(shownPaths(graph, options) == std::set<std::string>{IOM, OFFICE, PERSON, EVENT, CITY, CANADA, BMAS});
  options.depth = 3;
  CHECK(shownPaths(graph, options) == std::set<std::string>{IOM, OFFICE, PERSON, EVENT, CITY, CANADA, BMAS, COUNTRY});

  SECTION("the walk goes only through the kinds kept; the focus shows whatever its kind") {
    options.depth = 3;
    options.kinds = {NodeKind::Event, NodeKind::City};
    CHECK(shownPaths(graph, options) == std::set<std::string>{IOM, EVENT, CITY});
    options.focus = *graph.findByIri(COUNTRY);
    CHECK(shownPaths(graph, options) == std::set<std::string>{COUNTRY, CITY, EVENT});
  }
  SECTION("a document as the focus draws what it mentions") {
    options.focus = *graph.findByIri(DOCUMENT);
    options.depth = 1;
    CHECK(shownPaths(graph, options).size() == 9);
    CHECK(dotOf(graph, options).find("[label=\"mentions\"]") != std::string::npos);
  }
  SECTION("the focus is drawn with a heavier border") {
    options.depth = 1;
    const std::string dot = dotOf(graph, options);
    CHECK(countOccurrences(dot, "penwidth=2.5") == 1);
    CHECK(dot.find("\"" + std::string(IOM) + "\" [label=\"International Organization\\nfor Migration\"") !=
          std::string::npos);
  }
}

TEST_CASE("DOT breaks long names into lines at spaces and keeps a long word whole", "[writers]") {
  KnowledgeGraph graph;
  const NodeId event = graph.addNode(NodeKind::Event, "event/long",
                                     "Regional workshop on labour migration in the CIS region and beyond");
  const NodeId org = graph.addNode(NodeKind::Organization, "org/word", "Bundesministeriumfürarbeitundsozialesundmehr");
  graph.addEdge(event, Relation::Organizer, org);
  const std::string dot = dotOf(graph);
  CHECK(dot.find("[label=\"Regional workshop on labour\\nmigration in the CIS region\\nand beyond\"") !=
        std::string::npos);
  CHECK(dot.find("[label=\"Bundesministeriumfürarbeitundsozialesundmehr\"") != std::string::npos);
}

TEST_CASE("DOT lays out big pictures with sfdp, which scales, and small ones with neato", "[writers]") {
  KnowledgeGraph graph;
  NodeId previous = graph.addNode(NodeKind::Organization, "org/0", "0");
  for (int i = 1; i <= 1000; ++i) {
    const NodeId next = graph.addNode(NodeKind::Organization, "org/" + std::to_string(i), std::to_string(i));
    graph.addEdge(next, Relation::ParentOrganization, previous);
    previous = next;
  }
  CHECK(dotOf(graph).find("layout=sfdp") != std::string::npos);
  PictureOptions options;
  options.focus = previous;
  options.depth = 10;
  CHECK(dotOf(graph, options).find("layout=neato") != std::string::npos);
}

}  // namespace pressgraph
