// SPDX-License-Identifier: MIT
// writers/JsonWriter.cpp: parsed back by RapidJSON's reader and checked against the graph.
#include "writers/JsonWriter.h"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <set>
#include <string>
#include <tuple>

#include "tests/writers/WriterTestHelpers.h"

namespace pressgraph {
namespace {

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  REQUIRE(doc.HasMember("nodes"));
  REQUIRE(doc.HasMember("edges"));
  REQUIRE(doc["nodes"].IsArray());
  REQUIRE(doc["edges"].IsArray());
  return doc;
}

const rapidjson::Value& nodeWithId(const rapidjson::Value& nodes, std::string_view id) {
  for (const auto& node : nodes.GetArray())
    if (node.HasMember("id") && node["id"].IsString() && node["id"].GetString() == id) return node;
  FAIL("no node with id " << id);
  return nodes;  // not reached: FAIL throws
}

std::string text(const rapidjson::Value& v) {
  REQUIRE(v.IsString());
  return std::string(v.GetString(), v.GetStringLength());
}

}  // namespace

TEST_CASE("JSON has every node and edge of the graph, literals under camelCase keys", "[writers]") {
  const KnowledgeGraph graph = test::sampleGraph();
  const rapidjson::Document doc = parse(test::writeToString([&](FILE* out) { writeJson(graph, out); }));
  const auto& nodes = doc["nodes"];
  const auto& edges = doc["edges"];
  CHECK(nodes.Size() == graph.nodeCount());
  CHECK(edges.Size() == graph.edgeCount());

  std::set<std::tuple<std::string, std::string, std::string>> written;
  for (const auto& e : edges.GetArray()) written.emplace(text(e["source"]), text(e["relation"]), text(e["target"]));
  CHECK(written.size() == graph.edgeCount());
  CHECK(written.count({"event/2016-jakarta-fair-recruitment-seminar", "organizer",
                       "org/international-organization-for-migration"}) == 1);
  CHECK(written.count({"office/iom-jakarta", "parentOrganization", "org/international-organization-for-migration"}) ==
        1);
  CHECK(written.count({"person/ana-maria-perez", "contactFor", "office/iom-jakarta"}) == 1);

  const auto& iom = nodeWithId(nodes, "org/international-organization-for-migration");
  CHECK(text(iom["iri"]) == "https://w3id.org/pressgraph/id/org/international-organization-for-migration");
  CHECK(text(iom["kind"]) == "Organization");
  CHECK(text(iom["name"]) == "International Organization for Migration");
  REQUIRE(iom["alternateNames"].IsArray());
  REQUIRE(iom["alternateNames"].Size() == 2);
  CHECK(text(iom["alternateNames"][0]) == "IOM");
  CHECK(text(iom["alternateNames"][1]) == "OIM");
  CHECK(text(iom["sameAs"]) == "http://www.wikidata.org/entity/Q206076");

  const auto& person = nodeWithId(nodes, "person/ana-maria-perez");
  CHECK(text(person["name"]) == "Ana María Pérez");
  CHECK(text(person["email"]) == "aperez@iom.int");
  CHECK(text(person["jobTitle"]) == "Media Officer");
  REQUIRE(person["telephone"].IsArray());
  REQUIRE(person["telephone"].Size() == 2);
  CHECK(text(person["telephone"][0]) == "+62 21 5795 1275");
  CHECK(text(person["telephone"][1]) == "+62 811 000 000");

  const auto& office = nodeWithId(nodes, "office/iom-jakarta");
  CHECK(text(office["kind"]) == "Office");
  CHECK(text(office["name"]) == "IOM \"Jakarta\" Office & Mission");
  CHECK(office["alternateNames"].IsArray());
  CHECK(office["alternateNames"].Empty());

  const auto& event = nodeWithId(nodes, "event/2016-jakarta-fair-recruitment-seminar");
  CHECK(text(event["startDate"]) == "--11-14");
  CHECK(text(event["endDate"]) == "2016-09-27");
  CHECK(text(nodeWithId(nodes, "doc/t08_jakarta-fair-recruitment-seminar")["headline"]) ==
        "Jakarta \\ \"fair\" recruitment seminar");
}

TEST_CASE("JSON lists nodes in IRI order whatever order the graph was built in", "[writers]") {
  const auto write = [](const KnowledgeGraph& g) { return test::writeToString([&](FILE* out) { writeJson(g, out); }); };
  const std::string forward = write(test::sampleGraph(test::InsertionOrder::Forward));
  CHECK(forward == write(test::sampleGraph(test::InsertionOrder::Reversed)));

  const rapidjson::Document doc = parse(forward);
  std::string previous;
  for (const auto& node : doc["nodes"].GetArray()) {
    const std::string id = text(node["id"]);
    CHECK(previous < id);
    previous = id;
  }
}

TEST_CASE("JSON of an empty graph has empty node and edge arrays", "[writers]") {
  const KnowledgeGraph graph;
  const rapidjson::Document doc = parse(test::writeToString([&](FILE* out) { writeJson(graph, out); }));
  CHECK(doc["nodes"].Empty());
  CHECK(doc["edges"].Empty());
}

}  // namespace pressgraph
