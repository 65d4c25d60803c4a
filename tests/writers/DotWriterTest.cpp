// SPDX-License-Identifier: MIT
// writers/DotWriter.cpp: rendered by Graphviz's dot and the SVG checked for nodes, edges, labels.
#include "writers/DotWriter.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <string>

#include "tests/writers/WriterTestHelpers.h"

namespace pressgraph {
namespace {

using test::countOccurrences;

// Nodes and edges the picture must show: everything but documents and mentions.
std::size_t drawnNodes(const KnowledgeGraph& graph) {
  std::size_t n = 0;
  for (NodeId node : graph.nodesByIri()) n += graph.kind(node) != NodeKind::Document;
  return n;
}

std::size_t drawnEdges(const KnowledgeGraph& graph) {
  std::size_t n = 0;
  for (NodeId node : graph.nodesByIri())
    for (const Edge& e : graph.outEdges(node)) n += e.relation != Relation::Mentions;
  return n;
}

}  // namespace

TEST_CASE("DOT leaves out documents and mentions, and dot renders every other node and edge", "[writers]") {
  KnowledgeGraph graph = test::sampleGraph();
  // A backslash before the closing quote ends the DOT string early unless it is escaped.
  const NodeId odd = graph.addNode(NodeKind::Organization, "org/odd", R"(C:\Temp "Unit" \N trailing\)");
  const NodeId event = *graph.findByIri("event/2016-jakarta-fair-recruitment-seminar");
  graph.addEdge(event, Relation::Funder, odd);
  // Only documents mention things today; the picture must leave out any other mention too.
  graph.addEdge(event, Relation::Mentions, odd);
  const test::TempFile dotFile(".dot"), svgFile(".svg");
  test::writeFile(dotFile, [&](FILE* out) { writeDot(graph, out); });
  const std::string dot = test::readFile(dotFile.path());

  CHECK(dot.find("rankdir=LR") != std::string::npos);
  CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
  CHECK(dot.find("Jakarta fair recruitment seminar") == std::string::npos);  // the document
  CHECK(dot.find("\"mentions\"") == std::string::npos);
  CHECK(countOccurrences(dot, " -> ") == drawnEdges(graph));

  if (!test::haveTool("dot")) {
    WARN("skipped: dot (Debian package graphviz) is not on the PATH");
    return;
  }
  const auto rendered = test::run("dot -Tsvg -o " + svgFile.quoted() + " " + dotFile.quoted());
  REQUIRE(rendered.exitCode == 0);
  const std::string svg = test::readFile(svgFile.path());
  constexpr std::size_t LEGEND_ENTRIES = 6;  // the six kinds other than Document, all present
  CHECK(countOccurrences(svg, "class=\"node\"") == drawnNodes(graph) + LEGEND_ENTRIES);
  CHECK(countOccurrences(svg, "class=\"edge\"") == drawnEdges(graph));
  CHECK(countOccurrences(svg, "class=\"cluster\"") == 1);
  CHECK(svg.find(">Fair Recruitment Seminar<") != std::string::npos);
  CHECK(svg.find(">Ana María Pérez<") != std::string::npos);
  CHECK(svg.find(">IOM &quot;Jakarta&quot; Office &amp; Mission<") != std::string::npos);
  CHECK(svg.find(R"(>C:\Temp &quot;Unit&quot; \N trailing\<)") != std::string::npos);
  CHECK(svg.find(">part of<") != std::string::npos);
  CHECK(svg.find(">funder<") != std::string::npos);
}

TEST_CASE("DOT does not depend on the order the graph was built in, apart from node ids", "[writers]") {
  const auto write = [](const KnowledgeGraph& g) { return test::writeToString([&](FILE* out) { writeDot(g, out); }); };
  // Ids are n<NodeId>, which follow insertion order; the lines, stripped of them, must not.
  const auto withoutIds = [](const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool idStart = text[i] == 'n' && i + 1 < text.size() &&
                           std::isdigit(static_cast<unsigned char>(text[i + 1])) && (i == 0 || text[i - 1] == ' ');
      if (!idStart) {
        out += text[i];
        continue;
      }
      out += "n#";
      while (i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) ++i;
    }
    return out;
  };
  CHECK(withoutIds(write(test::sampleGraph(test::InsertionOrder::Forward))) ==
        withoutIds(write(test::sampleGraph(test::InsertionOrder::Reversed))));
}

TEST_CASE("DOT of an empty graph is an empty digraph without a legend", "[writers]") {
  const KnowledgeGraph graph;
  const std::string dot = test::writeToString([&](FILE* out) { writeDot(graph, out); });
  CHECK(dot.starts_with("digraph "));
  CHECK(dot.find("cluster_legend") == std::string::npos);
  CHECK(dot.ends_with("}\n"));
}

}  // namespace pressgraph
