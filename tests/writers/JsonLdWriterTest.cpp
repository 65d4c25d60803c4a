// SPDX-License-Identifier: MIT
// writers/JsonLdWriter.cpp: read back by jsonld.js and compared with serdi's reading of our Turtle.
#include "writers/JsonLdWriter.h"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "tests/writers/ReaderTestHelpers.h"
#include "writers/RdfWriter.h"

namespace pressgraph {
namespace {

using test::canonicalLines;
using test::TempFile;

struct Readings {
  std::vector<std::string> fromTurtle;  ///< serdi's N-Triples of writeRdf()'s Turtle, canonical
  std::vector<std::string> fromJsonLd;  ///< jsonld.js's N-Quads of writeJsonLd()'s output, canonical
};

// Writes `graph` both ways and reads both back with the outside tools; nullopt, after a WARN
// naming what is missing, when a tool is not there. Checks that the two counts agree.
std::optional<Readings> readBothWays(const KnowledgeGraph& graph) {
  const TempFile turtle(".ttl"), jsonLd(".jsonld");
  std::size_t turtleTriples = 0, jsonLdTriples = 0;
  test::writeFile(turtle, [&](FILE* out) { turtleTriples = writeRdf(graph, RdfSyntax::Turtle, out); });
  test::writeFile(jsonLd, [&](FILE* out) { jsonLdTriples = writeJsonLd(graph, out); });
  CHECK(jsonLdTriples == turtleTriples);

  if (!test::haveReader("serdi", "serdi")) return std::nullopt;
  const auto fromTurtle = test::serdiLines(turtle.path().string(), "turtle");
  REQUIRE(fromTurtle);
  const auto fromJsonLd = test::jsonLdToNQuads(jsonLd.path().string());
  if (!fromJsonLd) return std::nullopt;
  Readings readings{canonicalLines(*fromTurtle), canonicalLines(*fromJsonLd)};
  CHECK(readings.fromTurtle.size() == turtleTriples);
  return readings;
}

// Names and values that stress escaping in Turtle, JSON and N-Quads alike.
constexpr std::array<std::string_view, 12> AWKWARD = {"plain",
                                                      "Ünïcödé Straße",
                                                      "say \"hi\"",
                                                      "back\\slash",
                                                      "tab\there",
                                                      "new\nline",
                                                      "emoji \U0001F600",
                                                      "<angle> & amp",
                                                      "'single'",
                                                      "\\u0041 is no escape",
                                                      "trailing space ",
                                                      "@id"};

// Values for date properties: every shape dateDatatype() knows, and some it must leave plain.
constexpr std::array<std::string_view, 8> DATES = {"2016-09-27",  "2016-09",   "2016",   "--11-14",
                                                   "14 November", "2016-9-27", "--1-14", "2016-09-27T10:00"};

// A graph with random kinds, names, literals and edges from a fixed seed. Uses the engine's raw
// output, not std::uniform_int_distribution, whose results differ between standard libraries.
KnowledgeGraph randomGraph(std::uint32_t seed) {
  std::mt19937 random(seed);
  const auto pick = [&random](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const auto kinds = allKinds();
  KnowledgeGraph g;
  constexpr std::size_t NODES = 40;
  for (std::size_t i = 0; i < NODES; ++i) {
    const KindInfo& kind = kinds[pick(kinds.size())];
    const NodeId node = g.addNode(kind.kind, std::string(kind.segment) + "/n" + std::to_string(i),
                                  std::string(AWKWARD[pick(AWKWARD.size())]) + " " + std::to_string(i));
    for (std::size_t k = pick(3); k > 0; --k) g.addName(node, AWKWARD[pick(AWKWARD.size())]);
    for (std::size_t k = pick(5); k > 0; --k) {
      const PropertyInfo& p = allProperties()[pick(allProperties().size())];
      if (p.iriValued) {
        g.addLiteral(node, p.property, "http://www.wikidata.org/entity/Q" + std::to_string(pick(1000)));
      } else if (p.property == Property::StartDate || p.property == Property::EndDate ||
                 p.property == Property::DatePublished) {
        g.addLiteral(node, p.property, DATES[pick(DATES.size())]);
      } else {
        g.addLiteral(node, p.property, pick(2) ? AWKWARD[pick(AWKWARD.size())] : DATES[pick(DATES.size())]);
      }
    }
  }
  for (std::size_t k = 0; k < 3 * NODES; ++k) {
    const Relation relation = allRelations()[pick(allRelations().size())].relation;
    g.addEdge(NodeId{static_cast<std::uint32_t>(pick(NODES))}, relation,
              NodeId{static_cast<std::uint32_t>(pick(NODES))});
  }
  return g;
}

}  // namespace

TEST_CASE("JSON-LD expands to exactly the triples of the Turtle, datatypes included", "[writers]") {
  const auto readings = readBothWays(test::sampleGraph());
  if (!readings) return;
  const auto& actual = readings->fromJsonLd;
  CHECK(actual == readings->fromTurtle);
  // The typed and untyped dates, spelled out in case both readers drop datatypes alike.
  const auto has = [&](const std::string& line) {
    return std::find(actual.begin(), actual.end(), line) != actual.end();
  };
  CHECK(
      has("<https://w3id.org/pressgraph/id/event/2016-jakarta-fair-recruitment-seminar> <http://schema.org/startDate> "
          "\"--11-14\"^^<http://www.w3.org/2001/XMLSchema#gMonthDay> ."));
  CHECK(
      has("<https://w3id.org/pressgraph/id/event/2016-jakarta-fair-recruitment-seminar> <http://schema.org/endDate> "
          "\"2016-09-27\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
  CHECK(
      has("<https://w3id.org/pressgraph/id/doc/t08_jakarta-fair-recruitment-seminar> "
          "<http://schema.org/datePublished> \"27 September 2016\" ."));
  CHECK(has("<https://w3id.org/pressgraph/id/person/ana-maria-perez> <http://schema.org/name> \"Ana María Pérez\" ."));
}

TEST_CASE("JSON-LD and Turtle give the same triples for random graphs with awkward strings", "[writers]") {
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    INFO("seed " << seed);
    const auto readings = readBothWays(randomGraph(seed));
    if (!readings) return;
    CHECK(readings->fromJsonLd == readings->fromTurtle);
  }
}

TEST_CASE("JSON-LD has an inline context of unique terms, one object per node in IRI order, then one per fact's provenance", "[writers]") {
  const KnowledgeGraph graph = test::sampleGraph();
  const std::string text = test::writeToString([&](FILE* out) { writeJsonLd(graph, out); });
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());

  REQUIRE(doc.HasMember("@context"));
  const auto& context = doc["@context"];
  REQUIRE(context.IsObject());
  std::set<std::string> terms;
  for (const auto& m : context.GetObject()) CHECK(terms.insert(m.name.GetString()).second);
  for (const char* prefix : {"schema", "pg", "id", "xsd", "owl"}) CHECK(terms.count(prefix) == 1);

  REQUIRE(doc.HasMember("@graph"));
  const auto& nodes = doc["@graph"];
  REQUIRE(nodes.IsArray());
  REQUIRE(nodes.Size() == graph.nodeCount() + graph.evidenceCount());
  std::string previous;
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    const auto& node = nodes[i];
    REQUIRE(node.HasMember("@id"));
    const std::string id = node["@id"].GetString();
    CHECK(id.starts_with("id:"));
    if (i < graph.nodeCount()) {
      CHECK(previous < id);
      previous = id;
    } else {
      CHECK(id.find("#fact-") != std::string::npos);
      CHECK(std::string(node["@type"].GetString()) == "rdf:Statement");
    }
  }
}

TEST_CASE("JSON-LD does not depend on the order the graph was built in", "[writers]") {
  const auto write = [](const KnowledgeGraph& g) {
    return test::writeToString([&](FILE* out) { writeJsonLd(g, out); });
  };
  CHECK(write(test::sampleGraph(test::InsertionOrder::Forward)) ==
        write(test::sampleGraph(test::InsertionOrder::Reversed)));
}

TEST_CASE("JSON-LD of an empty graph is a context and an empty @graph", "[writers]") {
  const KnowledgeGraph graph;
  std::size_t triples = 1;
  const std::string text = test::writeToString([&](FILE* out) { triples = writeJsonLd(graph, out); });
  CHECK(triples == 0);
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.HasMember("@graph"));
  CHECK(doc["@graph"].IsArray());
  CHECK(doc["@graph"].Empty());
}

}  // namespace pressgraph
