// SPDX-License-Identifier: MIT
// cli/QueryCommand.cpp, run as the real program on graphs built from our corpora and on a small
// hand-written graph. Answers are checked against the graph itself, read back in-process and
// walked edge by edge here, not against queries/.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "graph/KnowledgeGraph.h"
#include "loaders/GraphLoader.h"
#include "ontology/Vocabulary.h"
#include "tests/cli/CliTestHelpers.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::linesStartingWith;
using test::rowsAfterHeader;
using test::runPressgraph;
using test::TempDir;

constexpr const char* IOM = "International Organization for Migration";
constexpr const char* QUERIES[] = {"partners", "events", "contacts", "people", "path", "neighbors", "top", "timeline"};

// Accents in names, an office, a date without a year, a contact, an organization with no event.
constexpr std::string_view SMALL_TURTLE = R"(@prefix schema: <http://schema.org/> .
@prefix pg: <https://w3id.org/pressgraph/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/pressgraph/id/org/oim> a schema:Organization ;
  schema:name "Organización Internacional para las Migraciones" ; schema:alternateName "OIM" .
<https://w3id.org/pressgraph/id/office/oim-ginebra> a schema:Organization , pg:Office ; schema:name "OIM Ginebra" ;
  schema:parentOrganization <https://w3id.org/pressgraph/id/org/oim> ;
  schema:location <https://w3id.org/pressgraph/id/city/geneve-ch> .
<https://w3id.org/pressgraph/id/org/acnur> a schema:Organization ; schema:name "ACNUR" .
<https://w3id.org/pressgraph/id/org/solitaire> a schema:Organization ; schema:name "Fondation Solitaire" .
<https://w3id.org/pressgraph/id/city/geneve-ch> a schema:City ; schema:name "Genève" ; schema:alternateName "Geneva" ;
  schema:containedInPlace <https://w3id.org/pressgraph/id/country/switzerland> .
<https://w3id.org/pressgraph/id/country/switzerland> a schema:Country ; schema:name "Switzerland" .
<https://w3id.org/pressgraph/id/event/taller> a schema:Event ; schema:name "Taller sobre migración" ;
  schema:startDate "2019-03-05"^^xsd:date ; pg:eventType "Workshop" ;
  schema:organizer <https://w3id.org/pressgraph/id/office/oim-ginebra> ;
  schema:contributor <https://w3id.org/pressgraph/id/org/acnur> ;
  schema:location <https://w3id.org/pressgraph/id/city/geneve-ch> .
<https://w3id.org/pressgraph/id/event/foro> a schema:Event ; schema:name "Foro anual" ;
  schema:startDate "--11-14"^^xsd:gMonthDay ; pg:eventType "Forum" ;
  schema:organizer <https://w3id.org/pressgraph/id/org/oim> ;
  schema:location <https://w3id.org/pressgraph/id/city/geneve-ch> .
<https://w3id.org/pressgraph/id/person/zoe-muller> a schema:Person ; schema:name "Zoë Müller" ;
  schema:email "zoe@example.org" ; schema:jobTitle "Jefa de Oficina" ;
  pg:contactFor <https://w3id.org/pressgraph/id/office/oim-ginebra> ;
  schema:worksFor <https://w3id.org/pressgraph/id/office/oim-ginebra> .
)";

using test::contains;

std::string ownCorpus() { return (test::sourceDir() / "tests" / "data" / "corpus" / "docs").string(); }

// Builds `corpus` into `dir`/g.ttl and returns its path.
std::string buildGraph(const TempDir& dir, const std::string& corpus) {
  const std::string graph = dir / "g.ttl";
  const auto result = runPressgraph({"build", "-q", corpus, "-o", graph});
  REQUIRE(result.exitCode == 0);
  REQUIRE(fs::exists(graph));
  return graph;
}

KnowledgeGraph load(const std::string& path) {
  KnowledgeGraph graph;
  readGraph(path, graph);
  return graph;
}

// `pressgraph query GRAPH args... --format json`, which must succeed with an array of objects
// that each have a "name" and an "iri" of ours.
rapidjson::Document queryJson(const std::string& graph, std::vector<std::string> args) {
  args.insert(args.begin(), {"query", graph});
  args.insert(args.end(), {"--format", "json"});
  const auto result = runPressgraph(args);
  REQUIRE(result.exitCode == 0);
  REQUIRE(result.err.empty());
  rapidjson::Document json;
  json.Parse(result.out.c_str());
  REQUIRE_FALSE(json.HasParseError());
  REQUIRE(json.IsArray());
  for (const auto& row : json.GetArray()) {
    REQUIRE(row.IsObject());
    REQUIRE(row.HasMember("name"));
    REQUIRE(row.HasMember("iri"));
    REQUIRE(row["name"].IsString());
    REQUIRE(row["iri"].IsString());
    CHECK(row["name"].GetStringLength() > 0);
    CHECK(std::string_view(row["iri"].GetString()).starts_with(ID_NS));
  }
  return json;
}

NodeId nodeAt(const KnowledgeGraph& g, std::string_view iri) {
  REQUIRE(iri.starts_with(ID_NS));
  const auto id = g.findByIri(iri.substr(ID_NS.size()));
  REQUIRE(id.has_value());
  return *id;
}

std::string text(const rapidjson::Value& value) { return value.IsString() ? value.GetString() : ""; }

std::optional<NodeId> parentOf(const KnowledgeGraph& g, NodeId n) {
  for (const Edge& e : g.outEdges(n))
    if (e.relation == Relation::ParentOrganization) return e.to;
  return std::nullopt;
}

NodeId topOf(const KnowledgeGraph& g, NodeId n) {
  for (int hops = 0; hops < 16; ++hops) {
    const auto parent = parentOf(g, n);
    if (!parent) break;
    n = *parent;
  }
  return n;
}

// Whether `node` is `org` or an office under it (parentOrganization*): what a query means by
// an organization, and by an office (the extractor may put an office under an office).
bool isUnder(const KnowledgeGraph& g, NodeId node, NodeId org) {
  for (int hops = 0; hops < 16; ++hops) {
    if (node == org) return true;
    const auto parent = parentOf(g, node);
    if (!parent) return false;
    node = *parent;
  }
  return false;
}

bool isRole(Relation r) {
  return r == Relation::Organizer || r == Relation::Contributor || r == Relation::Sponsor || r == Relation::Funder;
}

// Whether `org` took part in `event` in a partner's role, itself or through an office under it.
bool takesPart(const KnowledgeGraph& g, NodeId event, NodeId org) {
  for (const Edge& e : g.outEdges(event))
    if (isRole(e.relation) && isUnder(g, e.to, org)) return true;
  return false;
}

std::set<NodeId> sharedEvents(const KnowledgeGraph& g, NodeId a, NodeId b) {
  std::set<NodeId> out;
  for (NodeId n : g.nodesByIri())
    if (g.kind(n) == NodeKind::Event && takesPart(g, n, a) && takesPart(g, n, b)) out.insert(n);
  return out;
}

bool joined(const KnowledgeGraph& g, NodeId a, NodeId b) {
  for (const Edge& e : g.outEdges(a))
    if (e.to == b) return true;
  for (const Edge& e : g.inEdges(a))
    if (e.from == b) return true;
  return false;
}

// Organizations and offices whose canonical name no other organization answers to, so that
// the name picks them alone.
std::vector<NodeId> organizationsWithOwnName(const KnowledgeGraph& g) {
  std::vector<NodeId> out;
  for (NodeId n : g.nodesByIri()) {
    if (g.kind(n) != NodeKind::Organization && g.kind(n) != NodeKind::Office) continue;
    const auto same = g.findByName(g.name(n));
    if (std::count_if(same.begin(), same.end(), [&](NodeId m) {
          return g.kind(m) == NodeKind::Organization || g.kind(m) == NodeKind::Office;
        }) == 1)
      out.push_back(n);
  }
  return out;
}

}  // namespace

TEST_CASE("query --help lists every query, and each query's --help has an example", "[cli]") {
  const auto help = runPressgraph({"query", "--help"});
  CHECK(help.exitCode == 0);
  for (const char* what : QUERIES) CHECK(contains(help.out, what));
  CHECK(contains(help.out, "Exit status"));
  CHECK(contains(help.out, "accent"));
  for (const char* what : QUERIES) {
    INFO(what);
    const auto result = runPressgraph({"query", "graph.ttl", what, "--help"});
    CHECK(result.exitCode == 0);
    CHECK(contains(result.out, "Usage"));
    CHECK(contains(result.out, std::string("pressgraph query graph.ttl ") + what));
    CHECK(result.err.empty());
  }
}

TEST_CASE("query partners lists the organizations that worked with the one named", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  const auto result = runPressgraph({"query", graph, "partners", IOM});
  CHECK(result.exitCode == 0);
  CHECK(result.err.empty());
  CHECK(result.out.starts_with("name "));
  const auto rows = rowsAfterHeader(result.out);
  CHECK(rows.size() >= 3);
  CHECK(contains(result.out, "United Nations High Commissioner for Refugees"));
  CHECK_FALSE(contains(result.out, std::string("\n") + IOM + " "));  // not its own partner

  SECTION("any spelling and case finds the same organization") {
    for (const char* spelling : {"international organization for migration", "IOM", "iom", "The International Organization For Migration"}) {
      INFO(spelling);
      CHECK(test::difference(runPressgraph({"query", graph, "partners", spelling}).out, result.out) == "");
    }
  }
  SECTION("--why lists the shared events under each partner") {
    const auto why = runPressgraph({"query", graph, "partners", IOM, "--why"});
    CHECK(why.exitCode == 0);
    CHECK(linesStartingWith(why.out, "    - ").size() >= rows.size());
  }
}

TEST_CASE("every partner shares as many events with the organization as it says, for every organization", "[cli]") {
  for (const std::string& corpus : {ownCorpus(), test::exampleCorpus()}) {
    INFO(corpus);
    const TempDir dir;
    const std::string graph = buildGraph(dir, corpus);
    const KnowledgeGraph g = load(graph);
    std::size_t nonEmpty = 0;
    for (NodeId org : organizationsWithOwnName(g)) {
      INFO(g.name(org));
      const auto json = queryJson(graph, {"partners", std::string(g.name(org))});
      nonEmpty += json.Size() > 0;
      for (const auto& row : json.GetArray()) {
        const NodeId partner = nodeAt(g, row["iri"].GetString());
        INFO("partner " << g.name(partner));
        CHECK(row["name"].GetString() == g.name(partner));
        CHECK_FALSE(parentOf(g, partner).has_value());  // offices count as their parent
        CHECK(partner != org);
        CHECK(partner != topOf(g, org));
        REQUIRE(row["events"].IsUint());
        CHECK(sharedEvents(g, org, partner).size() == row["events"].GetUint());
      }
    }
    CHECK(nonEmpty >= 3);
  }
}

TEST_CASE("query partners --why names each shared event and the sentences that state the roles, in the table and in JSON", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, ownCorpus());
  const KnowledgeGraph g = load(graph);
  std::size_t events = 0, sentences = 0;
  for (NodeId org : organizationsWithOwnName(g)) {
    const std::string name(g.name(org));
    const auto json = queryJson(graph, {"partners", name, "--why"});
    for (const auto& row : json.GetArray()) {
      REQUIRE(row.HasMember("why"));
      REQUIRE(row["why"].IsArray());
      CHECK(row["why"].Size() == row["events"].GetUint());
      const NodeId partner = nodeAt(g, row["iri"].GetString());
      for (const auto& reason : row["why"].GetArray()) {
        REQUIRE(reason["event"].IsString());
        REQUIRE(reason["sentences"].IsArray());
        const NodeId event = nodeAt(g, reason["iri"].GetString());
        CHECK(reason["event"].GetString() == g.name(event));
        CHECK(takesPart(g, event, org));
        CHECK(takesPart(g, event, partner));
        // Every sentence is the evidence of a role of one side at this event, and a role with
        // a sentence is not left unexplained.
        std::set<std::string> stated;
        for (const Edge& e : g.outEdges(event))
          if (isRole(e.relation) && (isUnder(g, e.to, org) || isUnder(g, e.to, partner)))
            for (const Evidence& evidence : g.evidence(e))
              if (!evidence.sentence.empty()) stated.emplace(evidence.sentence);
        std::set<std::string> shown;
        for (const auto& sentence : reason["sentences"].GetArray()) shown.emplace(sentence.GetString());
        CHECK(shown.size() == reason["sentences"].Size());  // each once
        CHECK(shown == stated);
        sentences += shown.size();
        ++events;
      }
    }
    const auto table = runPressgraph({"query", graph, "partners", name, "--why"});
    CHECK(linesStartingWith(table.out, "    - ").size() >= json.Size());
    std::size_t inJson = 0;
    for (const auto& row : json.GetArray())
      for (const auto& reason : row["why"].GetArray()) inJson += reason["sentences"].Size();
    CHECK(linesStartingWith(table.out, "        ").size() == inJson);
  }
  CHECK(events > 0);
  CHECK(sentences > 0);
}

TEST_CASE("every query answers in table, JSON, CSV and TSV with the same rows", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  const std::vector<std::vector<std::string>> asks = {
      {"partners", IOM},           {"events"},           {"events", "--org", "IOM"}, {"contacts"},
      {"contacts", "--org", "IOM"}, {"people"},           {"path", "OSCE", "UNHCR"}, {"neighbors", "OSCE", "--depth", "2"},
      {"top", "--limit", "0"},      {"timeline", "IOM"},
  };
  for (const auto& ask : asks) {
    std::string shown;
    for (const auto& a : ask) shown += a + " ";
    INFO(shown);
    const auto json = queryJson(graph, ask);
    REQUIRE(json.Size() > 0);
    auto args = ask;
    args.insert(args.begin(), {"query", graph});
    const auto table = runPressgraph(args);
    CHECK(table.exitCode == 0);
    CHECK(rowsAfterHeader(table.out).size() == json.Size());
    for (const auto& row : json.GetArray()) CHECK(contains(table.out, row["name"].GetString()));
    for (const char* format : {"csv", "tsv"}) {
      auto withFormat = args;
      withFormat.insert(withFormat.end(), {"--format", format});
      const auto delimited = runPressgraph(withFormat);
      CHECK(delimited.exitCode == 0);
      const char separator = std::string_view(format) == "csv" ? ',' : '\t';
      // The header names the JSON keys in order.
      std::string header;
      for (const auto& member : json[0].GetObject()) header += (header.empty() ? "" : std::string(1, separator)) + member.name.GetString();
      CHECK(delimited.out.starts_with(header + "\n"));
      if (separator == '\t') CHECK(rowsAfterHeader(delimited.out).size() == json.Size());
      for (const auto& row : json.GetArray()) CHECK(contains(delimited.out, row["iri"].GetString()));
    }
  }
}

TEST_CASE("an empty answer exits 0: [] in JSON, a header in CSV, a sentence in the table", "[cli]") {
  const TempDir dir;
  const std::string graph = dir.write("small.ttl", SMALL_TURTLE);
  CHECK(runPressgraph({"query", graph, "partners", "Fondation Solitaire", "--format", "json"}).out == "[]\n");
  CHECK(runPressgraph({"query", graph, "partners", "Fondation Solitaire", "--format", "csv"}).out == "name,events,iri\n");
  const auto table = runPressgraph({"query", graph, "partners", "Fondation Solitaire"});
  CHECK(table.exitCode == 0);
  CHECK(table.out == "(no partners of Fondation Solitaire in this graph)\n");
  CHECK(runPressgraph({"query", graph, "events", "--from", "2030"}).exitCode == 0);
  CHECK(runPressgraph({"query", graph, "path", "ACNUR", "Fondation Solitaire", "--format", "json"}).out == "[]\n");
}

TEST_CASE("names match in any case and with or without accents", "[cli]") {
  const TempDir dir;
  const std::string graph = dir.write("small.ttl", SMALL_TURTLE);
  const auto genevaEvents = runPressgraph({"query", graph, "timeline", "Genève"});
  CHECK(genevaEvents.exitCode == 0);
  CHECK(rowsAfterHeader(genevaEvents.out).size() == 2);
  for (const char* spelling : {"geneve", "GENÈVE", "Geneva", "genève"}) {
    INFO(spelling);
    CHECK(test::difference(runPressgraph({"query", graph, "timeline", spelling}).out, genevaEvents.out) == "");
  }
  const auto partners = runPressgraph({"query", graph, "partners", "Organización Internacional para las Migraciones"});
  CHECK(contains(partners.out, "ACNUR"));
  for (const char* spelling : {"organizacion internacional para las migraciones", "OIM", "oim"})
    CHECK(test::difference(runPressgraph({"query", graph, "partners", spelling}).out, partners.out) == "");
  CHECK(contains(runPressgraph({"query", graph, "contacts", "--office", "oim ginebra"}).out, "zoe@example.org"));
  CHECK(contains(runPressgraph({"query", graph, "timeline", "zoe muller"}).out, "(no events of Zoë Müller"));
}

TEST_CASE("an unknown name exits 1 with one error line, suggesting the closest names", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, ownCorpus());
  const KnowledgeGraph g = load(graph);
  // Two neighbouring letters of real names swapped: the real name is suggested.
  std::size_t tried = 0;
  for (NodeId org : organizationsWithOwnName(g)) {
    std::string name(g.name(org));
    if (name.size() < 12 || tried == 8 || !std::isalpha(static_cast<unsigned char>(name[5])) ||
        !std::isalpha(static_cast<unsigned char>(name[6])) || name[5] == name[6])
      continue;
    std::swap(name[5], name[6]);
    if (!g.findByName(name).empty()) continue;
    ++tried;
    INFO(name);
    const auto result = runPressgraph({"query", graph, "partners", name});
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    const auto errors = linesStartingWith(result.err, "pressgraph: error: ");
    REQUIRE(errors.size() == 1);
    CHECK(contains(errors[0], "did you mean"));
    CHECK(contains(errors[0], "\"" + std::string(g.name(org)) + "\""));
  }
  CHECK(tried > 0);

  for (const char* what : {"partners", "timeline", "neighbors"}) {
    const auto nothing = runPressgraph({"query", graph, what, "Qxzvbk Wrplm", "--format", "json"});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.out.empty());
    CHECK(contains(nothing.err, "\"Qxzvbk Wrplm\""));
    CHECK_FALSE(contains(nothing.err, "did you mean"));
  }
  for (const auto& args : std::vector<std::vector<std::string>>{{"events", "--org", "Qxzvbk"},
                                                                 {"events", "--city", "Qxzvbk"},
                                                                 {"events", "--country", "Qxzvbk"},
                                                                 {"contacts", "--office", "Qxzvbk"},
                                                                 {"people", "--org", "Qxzvbk"},
                                                                 {"path", "Qxzvbk", IOM},
                                                                 {"path", IOM, "Qxzvbk"}}) {
    auto full = args;
    full.insert(full.begin(), {"query", graph});
    INFO(args[0] << " " << args[1]);
    const auto result = runPressgraph(full);
    CHECK(result.exitCode == 1);
    CHECK(linesStartingWith(result.err, "pressgraph: error: ").size() == 1);
  }
  // A name that is there as something else says so.
  const auto city = runPressgraph({"query", graph, "partners", "Accra"});
  CHECK(city.exitCode == 1);
  CHECK(contains(city.err, "is a city"));
}

TEST_CASE("query misuse exits 2 before reading the graph", "[cli]") {
  const TempDir dir;
  const std::string graph = dir.write("small.ttl", SMALL_TURTLE);
  const std::string missing = dir / "missing.ttl";
  const std::vector<std::vector<std::string>> misuses = {
      {"partners"},
      {"partners", "IOM", "UNHCR"},
      {"partners", ""},
      {"enemies", "IOM"},
      {"partners", "IOM", "--format", "xml"},
      {"partners", "IOM", "--bogus"},
      {"partners", "IOM", "--depth", "2"},  // an option of another query
      {"events", "--why"},
      {"events", "--from", "2016-13"},
      {"events", "--to", "yesterday"},
      {"events", "--from", "2018", "--to", "2017-12"},
      {"events", "--type", "Party"},
      {"events", "--city", "Genève", "--country", "Switzerland"},
      {"events", "--org"},
      {"contacts", "--office", "OIM Ginebra", "--org", "OIM"},
      {"people", "OIM"},
      {"path", "OIM"},
      {"path", "OIM", "ACNUR", "Genève"},
      {"neighbors", "OIM", "--depth", "0"},
      {"neighbors", "OIM", "--depth", "x"},
      {"top", "--by", "fame"},
      {"top", "--limit", "-1"},
      {"timeline"},
      {},
  };
  for (const auto& misuse : misuses)
    for (const std::string& file : {graph, missing}) {
      auto args = misuse;
      args.insert(args.begin(), {"query", file});
      std::string shown;
      for (const auto& a : args) shown += a + " ";
      INFO("pressgraph " << shown);
      const auto result = runPressgraph(args);
      CHECK(result.exitCode == 2);
      CHECK(result.out.empty());
      CHECK_FALSE(result.err.empty());
    }
  CHECK(runPressgraph({"query"}).exitCode == 2);
}

TEST_CASE("query on something that is no graph exits 1", "[cli]") {
  const TempDir dir;
  const std::string prose = dir.write("notes.ttl", "Not Turtle.\n");
  const auto result = runPressgraph({"query", prose, "partners", "IOM"});
  CHECK(result.exitCode == 1);
  CHECK(contains(result.err, "pressgraph: error: " + prose + ":1: "));
  CHECK(runPressgraph({"query", dir / "missing.ttl", "partners", "IOM"}).exitCode == 1);
  if (fs::exists("/dev/full")) {
    const std::string graph = dir.write("small.ttl", SMALL_TURTLE);
    const auto full = runPressgraph({"query", graph, "events"}, ">/dev/full");
    CHECK(full.exitCode == 1);
    CHECK(contains(full.err, "cannot write"));
  }
}

TEST_CASE("events filters hold for every row: organization, place, type and dates", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, ownCorpus());
  const KnowledgeGraph g = load(graph);
  const auto all = queryJson(graph, {"events"});
  std::size_t eventNodes = 0;
  for (NodeId n : g.nodesByIri()) eventNodes += g.kind(n) == NodeKind::Event;
  CHECK(all.Size() == eventNodes);

  SECTION("--org: the organization or one of its offices is linked to each event") {
    const auto rows = queryJson(graph, {"events", "--org", IOM});
    CHECK(rows.Size() > 0);
    const NodeId iom = g.findByName(IOM).front();
    for (const auto& row : rows.GetArray()) {
      bool linked = false;
      for (const Edge& e : g.outEdges(nodeAt(g, row["iri"].GetString()))) linked = linked || topOf(g, e.to) == iom;
      CHECK(linked);
    }
  }
  SECTION("--city and --country: held there") {
    for (NodeId city : g.nodesByIri()) {
      if (g.kind(city) != NodeKind::City) continue;
      const auto rows = queryJson(graph, {"events", "--city", std::string(g.name(city))});
      for (const auto& row : rows.GetArray()) {
        bool there = false;
        for (const Edge& e : g.outEdges(nodeAt(g, row["iri"].GetString())))
          there = there || (e.relation == Relation::Location && e.to == city);
        CHECK(there);
        CHECK(text(row["city"]) == g.name(city));
      }
    }
    for (NodeId country : g.nodesByIri()) {
      if (g.kind(country) != NodeKind::Country) continue;
      const auto rows = queryJson(graph, {"events", "--country", std::string(g.name(country))});
      for (const auto& row : rows.GetArray()) {
        bool there = false;
        for (const Edge& e : g.outEdges(nodeAt(g, row["iri"].GetString()))) {
          if (e.relation != Relation::Location) continue;
          there = there || e.to == country;
          for (const Edge& up : g.outEdges(e.to)) there = there || (up.relation == Relation::ContainedInPlace && up.to == country);
        }
        CHECK(there);
      }
    }
  }
  SECTION("--type, given in any case") {
    std::size_t typed = 0;
    for (std::string_view type : eventTypes()) {
      std::string lower(type);
      std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
      const auto rows = queryJson(graph, {"events", "--type", lower});
      for (const auto& row : rows.GetArray()) CHECK(text(row["type"]) == type);
      typed += rows.Size();
    }
    std::size_t withType = 0;
    for (const auto& row : all.GetArray()) withType += row["type"].IsString();
    CHECK(typed == withType);
  }
  SECTION("--from and --to keep the events that overlap, and drop those without a year") {
    const auto rows = queryJson(graph, {"events", "--from", "2015-06", "--to", "2019"});
    for (const auto& row : rows.GetArray()) {
      const std::string start = text(row["start"]), end = text(row["end"]).empty() ? start : text(row["end"]);
      INFO(row["name"].GetString() << " " << start << " " << end);
      REQUIRE_FALSE(start.empty());
      CHECK_FALSE(start.starts_with("--"));
      CHECK(end.substr(0, 7) >= "2015-06");  // not over before June 2015
      CHECK(start.substr(0, 4) <= "2019");   // not begun after 2019
    }
    std::size_t inRange = 0;
    for (const auto& row : all.GetArray()) {
      const std::string start = text(row["start"]);
      inRange += !start.empty() && !start.starts_with("--") && start.substr(0, 7) >= "2015-06" && start.substr(0, 4) <= "2019";
    }
    CHECK(rows.Size() >= inRange);
  }
  SECTION("rows come in date order, events without a year after dated ones, undated last") {
    int group = 0;  // 0 dated, 1 without a year, 2 undated
    std::string last;
    for (const auto& row : all.GetArray()) {
      const std::string date = row["start"].IsString() ? text(row["start"]) : text(row["end"]);
      const int rowGroup = date.empty() ? 2 : date.starts_with("--") ? 1 : 0;
      CHECK(rowGroup >= group);
      if (rowGroup > group) last.clear();
      group = rowGroup;
      if (group == 0) {
        CHECK(date >= last);
        last = date;
      }
    }
  }
}

TEST_CASE("events without a year are listed, and left out when dates are asked for", "[cli]") {
  const TempDir dir;
  const std::string graph = dir.write("small.ttl", SMALL_TURTLE);
  const auto all = queryJson(graph, {"events"});
  REQUIRE(all.Size() == 2);
  CHECK(text(all[0]["start"]) == "2019-03-05");
  CHECK(text(all[1]["start"]) == "--11-14");
  CHECK(queryJson(graph, {"events", "--from", "1900"}).Size() == 1);
  CHECK(queryJson(graph, {"events", "--to", "2019-03"}).Size() == 1);
  CHECK(queryJson(graph, {"events", "--to", "2019-03-04"}).Size() == 0);
  CHECK(queryJson(graph, {"events", "--type", "FORUM"}).Size() == 1);
}

TEST_CASE("contacts and people are linked to the organization or its offices, with their details", "[cli]") {
  for (const std::string& corpus : {ownCorpus(), test::exampleCorpus()}) {
    INFO(corpus);
    const TempDir dir;
    const std::string graph = buildGraph(dir, corpus);
    const KnowledgeGraph g = load(graph);
    std::size_t persons = 0;
    for (NodeId org : organizationsWithOwnName(g)) {
      const std::string name(g.name(org));
      const bool office = g.kind(org) == NodeKind::Office;
      const auto contacts = queryJson(graph, {"contacts", office ? "--office" : "--org", name});
      const auto people = queryJson(graph, {"people", "--org", name});
      for (const auto* rows : {&contacts, &people}) {
        const Relation relation = rows == &contacts ? Relation::ContactFor : Relation::WorksFor;
        for (const auto& row : rows->GetArray()) {
          const NodeId person = nodeAt(g, row["iri"].GetString());
          INFO(name << ": " << g.name(person));
          CHECK(g.kind(person) == NodeKind::Person);
          bool linked = false;
          for (const Edge& e : g.outEdges(person))
            linked = linked || (e.relation == relation && isUnder(g, e.to, org));
          CHECK(linked);
          const char* detail = relation == Relation::ContactFor ? "email" : "jobTitle";
          const Property property = relation == Relation::ContactFor ? Property::Email : Property::JobTitle;
          if (const auto value = g.literal(person, property)) {
            CHECK(contains(text(row[detail]), *value));
          } else {
            CHECK(row[detail].IsNull());
          }
          ++persons;
        }
      }
    }
    CHECK(persons > 0);
  }
}

TEST_CASE("a path's steps are joined by the edges they name, and no shorter path exists", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  const KnowledgeGraph g = load(graph);
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"OSCE", "UNHCR"}, {IOM, "Tashkent"}, {"Bishkek", "Kazakhstan"}, {"IOM", "IOM"}};
  for (const auto& [from, to] : pairs) {
    INFO(from << " -> " << to);
    const auto steps = queryJson(graph, {"path", from, to});
    REQUIRE(steps.Size() > 0);
    const auto answersTo = [&](const std::string& name, const rapidjson::Value& step) {
      const auto named = g.findByName(name);
      return std::find(named.begin(), named.end(), nodeAt(g, step["iri"].GetString())) != named.end();
    };
    CHECK(answersTo(from, steps[0]));
    CHECK(answersTo(to, steps[steps.Size() - 1]));
    CHECK(steps[0]["relation"].IsNull());
    for (rapidjson::SizeType i = 1; i < steps.Size(); ++i) {
      const NodeId before = nodeAt(g, steps[i - 1]["iri"].GetString()), here = nodeAt(g, steps[i]["iri"].GetString());
      CHECK(steps[i]["step"].GetUint() == i);
      CHECK(std::string(steps[i]["type"].GetString()) != "Document");
      const bool forward = text(steps[i]["direction"]) == "->";
      bool named = false;
      for (const Edge& e : g.outEdges(forward ? before : here))
        named = named || (e.to == (forward ? here : before) && info(e.relation).label == text(steps[i]["relation"]));
      CHECK(named);
    }
    // neighbors measures the same distance.
    const auto near = queryJson(graph, {"neighbors", from, "--depth", "50"});
    for (const auto& row : near.GetArray())
      if (nodeAt(g, row["iri"].GetString()) == nodeAt(g, steps[steps.Size() - 1]["iri"].GetString()))
        CHECK(row["distance"].GetUint() + 1 == steps.Size());
  }
}

TEST_CASE("neighbors lie within the depth, the nearest joined directly, and are never documents", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  const KnowledgeGraph g = load(graph);
  for (const char* name : {IOM, "OSCE", "Bishkek", "Kyrgyzstan"}) {
    INFO(name);
    const NodeId start = g.findByName(name).front();
    const auto one = queryJson(graph, {"neighbors", name});
    const auto two = queryJson(graph, {"neighbors", name, "--depth", "2"});
    CHECK(one.Size() > 0);
    CHECK(two.Size() >= one.Size());
    std::set<std::string> withinTwo;
    for (const auto& row : two.GetArray()) {
      CHECK(row["distance"].GetUint() >= 1);
      CHECK(row["distance"].GetUint() <= 2);
      CHECK(std::string(row["type"].GetString()) != "Document");
      withinTwo.insert(row["iri"].GetString());
    }
    for (const auto& row : one.GetArray()) {
      CHECK(row["distance"].GetUint() == 1);
      CHECK(joined(g, start, nodeAt(g, row["iri"].GetString())));
      CHECK(withinTwo.count(row["iri"].GetString()) == 1);
    }
  }
}

TEST_CASE("top ranks organizations by partners or betweenness, the same every time", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, ownCorpus());
  const auto all = queryJson(graph, {"top", "--limit", "0"});
  REQUIRE(all.Size() > 3);
  for (rapidjson::SizeType i = 0; i < all.Size(); ++i) {
    if (i) CHECK(all[i - 1]["partners"].GetUint() >= all[i]["partners"].GetUint());
    CHECK(all[i]["betweenness"].GetDouble() >= 0);
    if (i < 5) CHECK(queryJson(graph, {"partners", all[i]["name"].GetString()}).Size() == all[i]["partners"].GetUint());
  }
  const auto byBetweenness = queryJson(graph, {"top", "--by", "betweenness", "--limit", "0"});
  CHECK(byBetweenness.Size() == all.Size());
  for (rapidjson::SizeType i = 1; i < byBetweenness.Size(); ++i)
    CHECK(byBetweenness[i - 1]["betweenness"].GetDouble() >= byBetweenness[i]["betweenness"].GetDouble());
  CHECK(byBetweenness[0]["betweenness"].GetDouble() > 0);

  const auto three = queryJson(graph, {"top", "--limit", "3"});
  REQUIRE(three.Size() == 3);
  for (rapidjson::SizeType i = 0; i < 3; ++i) CHECK(std::string(three[i]["iri"].GetString()) == all[i]["iri"].GetString());
  CHECK(queryJson(graph, {"top"}).Size() == std::min<rapidjson::SizeType>(10, all.Size()));
  CHECK(runPressgraph({"query", graph, "top"}).out == runPressgraph({"query", graph, "top"}).out);
}

TEST_CASE("a timeline is in date order and holds the same events as the matching filter", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, ownCorpus());
  const KnowledgeGraph g = load(graph);
  const auto iris = [](const rapidjson::Document& rows) {
    std::vector<std::string> out;
    for (const auto& row : rows.GetArray()) out.emplace_back(row["iri"].GetString());
    return out;
  };
  std::size_t checked = 0;
  for (NodeId n : g.nodesByIri()) {
    const std::string name(g.name(n));
    std::vector<std::string> filter;
    if (g.kind(n) == NodeKind::City) filter = {"events", "--city", name};
    else if (g.kind(n) == NodeKind::Country) filter = {"events", "--country", name};
    else if (g.kind(n) == NodeKind::Organization && !parentOf(g, n)) filter = {"events", "--org", name};
    else continue;
    if (g.findByName(name).size() != 1) continue;  // the name means one node only
    INFO(name);
    const auto timeline = queryJson(graph, {"timeline", name});
    CHECK(iris(timeline) == iris(queryJson(graph, filter)));
    std::string last;
    for (const auto& row : timeline.GetArray()) {
      const std::string start = text(row["start"]);
      if (start.empty() || start.starts_with("--")) break;
      CHECK(start >= last);
      last = start;
    }
    checked += timeline.Size() > 0;
  }
  CHECK(checked > 3);
}

}  // namespace pressgraph
