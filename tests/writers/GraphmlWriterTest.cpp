// SPDX-License-Identifier: MIT
// writers/GraphmlWriter.cpp: parsed back by Python's xml.etree and checked against the graph.
#include "writers/GraphmlWriter.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "tests/writers/WriterTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

// Prints one line per key, node and edge, values by attribute name, so that the test does not
// depend on key ids or element order. Exits non-zero on XML that does not parse.
constexpr std::string_view SUMMARY_PY = R"py(
import sys
import xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
keys = {}
for k in root.findall("g:key", ns):
    keys[k.get("id")] = k.get("attr.name")
    print("key", k.get("for"), k.get("attr.name"), k.get("attr.type"))
graph = root.find("g:graph", ns)
print("edgedefault", graph.get("edgedefault"))
def data(element):
    return {keys[d.get("key")]: (d.text or "") for d in element.findall("g:data", ns)}
iri = {}
nodes = graph.findall("g:node", ns)
edges = graph.findall("g:edge", ns)
print("nodes", len(nodes))
print("edges", len(edges))
for n in nodes:
    d = data(n)
    iri[n.get("id")] = d["iri"]
    print("node", d["iri"], d["kind"], d["name"], sep="\t")
for e in edges:
    print("edge", iri[e.get("source")], data(e)["relation"], iri[e.get("target")], sep="\t")
)py";

}  // namespace

TEST_CASE("GraphML parses as XML with every node and edge and their iri, kind, name, relation", "[writers]") {
  if (!test::haveTool("python3")) {
    SKIP_TEST(Tool, "python3 is not on the PATH");
    return;
  }
  const KnowledgeGraph graph = test::sampleGraph();
  const test::TempFile graphml(".graphml"), script(".py");
  test::writeFile(graphml, [&](FILE* out) { writeGraphml(graph, out); });
  test::writeFile(script, SUMMARY_PY);
  const auto summary = test::run("python3 " + script.quoted() + " " + graphml.quoted());
  REQUIRE(summary.exitCode == 0);

  const auto lines = test::sortedLines(summary.output);
  const std::set<std::string> seen(lines.begin(), lines.end());
  CHECK(seen.count("key node iri string") == 1);
  CHECK(seen.count("key node kind string") == 1);
  CHECK(seen.count("key node name string") == 1);
  CHECK(seen.count("key edge relation string") == 1);
  CHECK(seen.count("edgedefault directed") == 1);
  CHECK(seen.count("nodes " + std::to_string(graph.nodeCount())) == 1);
  CHECK(seen.count("edges " + std::to_string(graph.edgeCount())) == 1);
  for (NodeId node : graph.nodesByIri()) {
    const std::string line = "node\t" + graph.iri(node) + "\t" + std::string(info(graph.kind(node)).label) + "\t" +
                             std::string(graph.name(node));
    CHECK(seen.count(line) == 1);
    for (const Edge& e : graph.outEdges(node))
      CHECK(seen.count("edge\t" + graph.iri(e.from) + "\t" + std::string(info(e.relation).label) + "\t" +
                       graph.iri(e.to)) == 1);
  }
  // The name with a quote and an ampersand came back through XML escaping intact.
  CHECK(seen.count(
            "node\thttps://w3id.org/pressgraph/id/office/iom-jakarta\tOffice\tIOM \"Jakarta\" Office & Mission") == 1);
}

TEST_CASE("GraphML of an empty graph is a valid document without nodes", "[writers]") {
  const KnowledgeGraph graph;
  const std::string text = test::writeToString([&](FILE* out) { writeGraphml(graph, out); });
  CHECK(text.find("<graphml") != std::string::npos);
  CHECK(text.find("<node") == std::string::npos);
  CHECK(text.find("</graphml>") != std::string::npos);
}

}  // namespace pressgraph
