// SPDX-License-Identifier: MIT
// writers/ImageWriter.cpp: SVG parsed by Python's XML parser, PNG checked by signature and by
// file(1), both the same bytes as Graphviz's own dot program makes of our DOT.
#include "writers/ImageWriter.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/writers/ReaderTestHelpers.h"

namespace pressgraph {
namespace {

// Prints the title (the DOT id) of every node, edge and cluster group of an SVG file, one per
// line with the group's class. Exits non-zero on XML that does not parse.
constexpr std::string_view SVG_SUMMARY_PY = R"py(
import sys
import xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
for g in root.iter("{http://www.w3.org/2000/svg}g"):
    if g.get("class") in ("node", "edge", "cluster"):
        print(g.get("class"), g.find("s:title", ns).text, sep="\t")
)py";

const std::string PNG_SIGNATURE = "\x89PNG\r\n\x1a\n";

}  // namespace

TEST_CASE("SVG from Graphviz's library parses as XML with every node and edge of the picture", "[writers]") {
  const KnowledgeGraph graph = test::sampleGraph();
  const test::TempFile svg(".svg"), script(".py");
  test::writeFile(svg, [&](FILE* out) { writeImage(graph, ImageFormat::Svg, out); });
  if (!test::haveReader("python3", "python3")) return;
  test::writeFile(script, SVG_SUMMARY_PY);
  const auto summary = test::run("python3 " + script.quoted() + " " + svg.quoted());
  REQUIRE(summary.exitCode == 0);
  // Worked out from sampleGraph(): every entity but the document has a relation to another
  // one, so all eight are drawn, with their nine relations (the document's mentions are not);
  // the legend has one entry per kind drawn (all but Document). Graphviz draws no group for the
  // legend's invisible edges.
  const std::string EVENT = "event/2016-jakarta-fair-recruitment-seminar";
  const std::string IOM = "org/international-organization-for-migration";
  const std::vector<std::string> expected{
      "cluster\tcluster_legend",
      "edge\tcity/jakarta->country/indonesia",
      "edge\t" + EVENT + "->city/jakarta",
      "edge\t" + EVENT + "->office/iom-jakarta",
      "edge\t" + EVENT + "->org/bmas",
      "edge\t" + EVENT + "->org/government-of-canada",
      "edge\t" + EVENT + "->" + IOM,
      "edge\toffice/iom-jakarta->" + IOM,
      "edge\tperson/ana-maria-perez->office/iom-jakarta",
      "edge\tperson/ana-maria-perez->" + IOM,
      "node\tcity/jakarta",
      "node\tcountry/indonesia",
      "node\t" + EVENT,
      "node\tlegend_city",
      "node\tlegend_country",
      "node\tlegend_event",
      "node\tlegend_office",
      "node\tlegend_org",
      "node\tlegend_person",
      "node\toffice/iom-jakarta",
      "node\torg/bmas",
      "node\torg/government-of-canada",
      "node\t" + IOM,
      "node\tperson/ana-maria-perez",
  };
  CHECK(test::sortedLines(summary.output) == expected);
}

TEST_CASE("SVG and PNG are the bytes dot -Tsvg and dot -Tpng make of the picture's DOT", "[writers]") {
  const KnowledgeGraph graph = test::sampleGraph();
  const test::TempFile dot(".dot"), svg(".svg"), png(".png"), dotSvg(".svg"), dotPng(".png");
  test::writeFile(dot, [&](FILE* out) { writeDot(graph, out); });
  test::writeFile(svg, [&](FILE* out) { writeImage(graph, ImageFormat::Svg, out); });
  test::writeFile(png, [&](FILE* out) { writeImage(graph, ImageFormat::Png, out); });
  const std::string pngBytes = test::readFile(png.path());
  CHECK(pngBytes.starts_with(PNG_SIGNATURE));
  CHECK(test::readFile(svg.path()).starts_with("<?xml"));

  if (test::haveReader("file", "file")) {
    const auto type = test::run("file -b " + png.quoted());
    CHECK(type.output.starts_with("PNG image data"));
  }
  if (!test::haveReader("dot", "graphviz")) return;
  REQUIRE(test::run("dot -Tsvg -o " + dotSvg.quoted() + " " + dot.quoted()).exitCode == 0);
  REQUIRE(test::run("dot -Tpng -o " + dotPng.quoted() + " " + dot.quoted()).exitCode == 0);
  CHECK(test::readFile(svg.path()) == test::readFile(dotSvg.path()));
  CHECK(pngBytes == test::readFile(dotPng.path()));
}

TEST_CASE("SVG is the same whatever order the graph was built in", "[writers]") {
  const auto svgOf = [](const KnowledgeGraph& g) {
    return test::writeToString([&](FILE* out) { writeImage(g, ImageFormat::Svg, out); });
  };
  CHECK(svgOf(test::sampleGraph(test::InsertionOrder::Forward)) ==
        svgOf(test::sampleGraph(test::InsertionOrder::Reversed)));
}

TEST_CASE("DOT Graphviz cannot read is an IoError carrying Graphviz's message", "[writers]") {
  try {
    renderDot("digraph { a -> ; }", ImageFormat::Svg);
    FAIL("no exception");
  } catch (const IoError& e) {
    CHECK(e.path() == "graphviz");
    CHECK(std::string(e.what()).find("syntax error") != std::string::npos);
  }
  // Graphviz's state is clean after a failure: the next picture renders.
  CHECK(renderDot("digraph { a -> b; }", ImageFormat::Svg).find("<svg") != std::string::npos);
}

TEST_CASE("an empty graph renders as an empty picture", "[writers]") {
  const KnowledgeGraph graph;
  CHECK(test::writeToString([&](FILE* out) { writeImage(graph, ImageFormat::Svg, out); }).find("<svg") !=
        std::string::npos);
  CHECK(test::writeToString([&](FILE* out) { writeImage(graph, ImageFormat::Png, out); }).starts_with(PNG_SIGNATURE));
}

}  // namespace pressgraph
