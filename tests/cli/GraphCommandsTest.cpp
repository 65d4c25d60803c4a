// SPDX-License-Identifier: MIT
// cli/GraphCommands.cpp, run as the real program: stats and export on a built graph.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/CliTestHelpers.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::exampleCorpus;
using test::linesStartingWith;
using test::runPressgraph;
using test::TempDir;

constexpr const char* IOM = "International Organization for Migration";

using test::contains;

// Builds the example corpus into `dir`/g.ttl and returns its path.
std::string buildExample(const TempDir& dir) {
  const std::string graph = dir / "g.ttl";
  const auto result = runPressgraph({"build", "-q", exampleCorpus(), "-o", graph});
  REQUIRE(result.exitCode == 0);
  REQUIRE(fs::exists(graph));
  return graph;
}

}  // namespace

TEST_CASE("stats, query and export --help teach usage and an example on stdout and exit 0", "[cli]") {
  for (const char* command : {"stats", "query", "export"}) {
    INFO(command);
    const auto result = runPressgraph({command, "--help"});
    CHECK(result.exitCode == 0);
    CHECK(contains(result.out, "Usage"));
    CHECK(contains(result.out, "Example"));
    CHECK(contains(result.out, "Exit status"));
    CHECK(result.err.empty());
  }
}

// A graph written by hand: IOM Minsk (an office of IOM, in Minsk) and UNICEF organize a
// conference held in Minsk, a city in Belarus; one document mentions all five and states the
// other six edges as facts (edges come from a document's statements, as `build` writes them).
constexpr const char* SMALL_GRAPH = R"(@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <http://schema.org/> .
@prefix pg: <https://w3id.org/pressgraph/ontology#> .
<https://w3id.org/pressgraph/id/city/minsk-by> a schema:City ; schema:name "Minsk" ; schema:containedInPlace <https://w3id.org/pressgraph/id/country/belarus> .
<https://w3id.org/pressgraph/id/country/belarus> a schema:Country ; schema:name "Belarus" .
<https://w3id.org/pressgraph/id/doc/d1> a schema:CreativeWork, pg:Document ; schema:name "d1.txt" ; schema:identifier "d1.txt" ;
  pg:contentHash "fnv1a64:0000000000000001" ;
  schema:mentions <https://w3id.org/pressgraph/id/city/minsk-by>, <https://w3id.org/pressgraph/id/event/d1-1>, <https://w3id.org/pressgraph/id/office/iom-minsk>, <https://w3id.org/pressgraph/id/org/iom>, <https://w3id.org/pressgraph/id/org/unicef> .
<https://w3id.org/pressgraph/id/event/d1-1> a schema:Event ; schema:name "Conference" ; pg:eventType "Conference" ;
  schema:organizer <https://w3id.org/pressgraph/id/office/iom-minsk>, <https://w3id.org/pressgraph/id/org/unicef> ; schema:location <https://w3id.org/pressgraph/id/city/minsk-by> .
<https://w3id.org/pressgraph/id/office/iom-minsk> a schema:Organization, pg:Office ; schema:name "IOM Minsk" ;
  schema:parentOrganization <https://w3id.org/pressgraph/id/org/iom> ; schema:location <https://w3id.org/pressgraph/id/city/minsk-by> .
<https://w3id.org/pressgraph/id/org/iom> a schema:Organization ; schema:name "International Organization for Migration" .
<https://w3id.org/pressgraph/id/org/unicef> a schema:Organization ; schema:name "United Nations Children's Fund" .
<https://w3id.org/pressgraph/id/doc/d1#fact-1> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/city/minsk-by> ; rdf:predicate schema:containedInPlace ;
  rdf:object <https://w3id.org/pressgraph/id/country/belarus> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d1> .
<https://w3id.org/pressgraph/id/doc/d1#fact-2> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/event/d1-1> ; rdf:predicate schema:organizer ;
  rdf:object <https://w3id.org/pressgraph/id/office/iom-minsk> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d1> .
<https://w3id.org/pressgraph/id/doc/d1#fact-3> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/event/d1-1> ; rdf:predicate schema:organizer ;
  rdf:object <https://w3id.org/pressgraph/id/org/unicef> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d1> .
<https://w3id.org/pressgraph/id/doc/d1#fact-4> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/event/d1-1> ; rdf:predicate schema:location ;
  rdf:object <https://w3id.org/pressgraph/id/city/minsk-by> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d1> .
<https://w3id.org/pressgraph/id/doc/d1#fact-5> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/office/iom-minsk> ; rdf:predicate schema:parentOrganization ;
  rdf:object <https://w3id.org/pressgraph/id/org/iom> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d1> .
<https://w3id.org/pressgraph/id/doc/d1#fact-6> a rdf:Statement ; rdf:subject <https://w3id.org/pressgraph/id/office/iom-minsk> ; rdf:predicate schema:location ;
  rdf:object <https://w3id.org/pressgraph/id/city/minsk-by> ; prov:wasDerivedFrom <https://w3id.org/pressgraph/id/doc/d1> .
)";

TEST_CASE("stats counts the nodes and edges of a graph", "[cli]") {
  const TempDir dir;
  const std::string graph = dir.write("small.ttl", SMALL_GRAPH);
  const auto result = runPressgraph({"stats", graph});
  CHECK(result.exitCode == 0);
  CHECK(result.err.empty());
  // Counted by hand above: 7 nodes; 5 mentions, 1 part of, 2 organizers, 2 held in (the event's
  // and the office's location), 1 in (the city's country).
  CHECK(result.out ==
        "nodes  7\n"
        "edges  11\n"
        "\n"
        "by type\n"
        "  Document      1\n"
        "  Organization  2\n"
        "  Office        1\n"
        "  Person        0\n"
        "  City          1\n"
        "  Country       1\n"
        "  Event         1\n"
        "\n"
        "by relation\n"
        "  mentions      5\n"
        "  part of       1\n"
        "  organizer     2\n"
        "  held in       2\n"
        "  in            1\n"
        "\n"
        "top organizations (events, partners)\n"
        "  International Organization for Migration  (1, 1)\n"
        "  United Nations Children's Fund  (1, 1)\n");
}

TEST_CASE("stats counts the documents of a built corpus", "[cli]") {
  const TempDir dir;
  const auto result = runPressgraph({"stats", buildExample(dir)});
  CHECK(result.exitCode == 0);
  CHECK(contains(result.out, "Document      12\n"));  // examples/corpus holds 12 documents
  CHECK(contains(result.out, IOM));
}

TEST_CASE("stats on something that is no graph exits 1 with one error line naming it", "[cli]") {
  const TempDir dir;
  const std::string prose = dir.write("notes.ttl", "IOM held a seminar.\nNot Turtle at all.\n");
  const std::string text = dir.write("release.txt", "IOM held a seminar.\n");
  const std::string missing = dir / "missing.ttl";
  const std::string folder = (dir.path() / "folder.ttl").string();
  fs::create_directory(folder);
  for (const std::string& path : {prose, text, missing, folder}) {
    INFO(path);
    const auto result = runPressgraph({"stats", path});
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    const auto errors = linesStartingWith(result.err, "pressgraph: error: ");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].starts_with("pressgraph: error: " + path + ":"));
  }
  CHECK(contains(runPressgraph({"stats", prose}).err, "pressgraph: error: " + prose + ":1: "));
  CHECK(runPressgraph({"stats"}).exitCode == 2);
}

TEST_CASE("export of a graph to the same syntax is byte-identical, and through every RDF syntax back", "[cli]") {
  const TempDir dir;
  const std::string graph = buildExample(dir);
  const std::string original = test::readFile(graph);

  const auto same = runPressgraph({"export", graph, "-o", dir / "g2.ttl"});
  CHECK(same.exitCode == 0);
  CHECK(same.err.empty());
  CHECK(test::difference(test::readFile(dir / "g2.ttl"), original) == "");

  for (const char* extension : {".nt", ".trig", ".nq"}) {
    INFO(extension);
    const std::string middle = dir / (std::string("via") + extension);
    REQUIRE(runPressgraph({"export", graph, "-o", middle}).exitCode == 0);
    REQUIRE(runPressgraph({"export", middle, "-o", dir / "back.ttl"}).exitCode == 0);
    CHECK(test::difference(test::readFile(dir / "back.ttl"), original) == "");
  }

  const auto toStdout = runPressgraph({"export", graph, "-o", "-"});
  CHECK(toStdout.exitCode == 0);
  CHECK(test::difference(toStdout.out, original) == "");
  CHECK(test::difference(runPressgraph({"export", graph}).out, original) == "");
}

TEST_CASE("the timings flag prints one line per stage with the statements read and written, and changes no output", "[cli]") {
  const TempDir dir;
  const std::string graph = buildExample(dir);
  // The statement count serdi finds in the file is what reading and writing N-Triples report.
  const auto serdi = test::run("serdi -i turtle -o ntriples " + test::shellQuote(graph));
  REQUIRE(serdi.exitCode == 0);
  const std::size_t triples = static_cast<std::size_t>(std::count(serdi.output.begin(), serdi.output.end(), '\n'));
  REQUIRE(triples > 100);

  const auto timed = runPressgraph({"export", graph, "-o", dir / "g.nt", "--timings"});
  REQUIRE(timed.exitCode == 0);
  const auto lines = linesStartingWith(timed.err, "pressgraph: time: ");
  REQUIRE(lines.size() == 2);
  CHECK_THAT(lines[0], Catch::Matches("pressgraph: time: read [0-9]+\\.[0-9]{6} s, " + std::to_string(triples) + " statements"));
  CHECK_THAT(lines[1], Catch::Matches("pressgraph: time: write [0-9]+\\.[0-9]{6} s, " + std::to_string(triples) + " statements"));
  CHECK(test::readFile(dir / "g.nt") == serdi.output);

  // Before the subcommand too; without the flag nothing is printed.
  const auto built = runPressgraph({"--timings", "build", "-q", exampleCorpus(), "-o", dir / "again.ttl"});
  REQUIRE(built.exitCode == 0);
  CHECK(linesStartingWith(built.err, "pressgraph: time: extract ").size() == 1);
  CHECK(test::readFile(dir / "again.ttl") == test::readFile(graph));
  CHECK(runPressgraph({"export", graph, "-o", dir / "quiet.nt"}).err.empty());

  // A query times its answer after loading, apart from the read, and prints the same rows.
  const auto query = runPressgraph({"query", graph, "partners", "IOM", "--format", "csv", "--timings"});
  REQUIRE(query.exitCode == 0);
  const auto queryLines = linesStartingWith(query.err, "pressgraph: time: ");
  REQUIRE(queryLines.size() == 2);
  CHECK_THAT(queryLines[0], Catch::StartsWith("pressgraph: time: read "));
  const auto rows = static_cast<std::size_t>(std::count(query.out.begin(), query.out.end(), '\n')) - 1;  // less the header
  REQUIRE(rows > 0);
  CHECK_THAT(queryLines[1], Catch::Matches("pressgraph: time: query [0-9]+\\.[0-9]{6} s, " + std::to_string(rows) + " rows"));
  CHECK(query.out == runPressgraph({"query", graph, "partners", "IOM", "--format", "csv"}).out);
}

TEST_CASE("export merges several graphs, and the same graph twice is the graph once", "[cli]") {
  const TempDir dir;
  const std::string graph = buildExample(dir);
  const auto result = runPressgraph({"export", graph, graph, "-o", dir / "twice.ttl"});
  CHECK(result.exitCode == 0);
  CHECK(test::difference(test::readFile(dir / "twice.ttl"), test::readFile(graph)) == "");
}

TEST_CASE("export writes the other formats by extension", "[cli]") {
  const TempDir dir;
  const std::string graph = buildExample(dir);
  for (const char* extension : {".jsonld", ".json", ".graphml", ".dot"}) {
    INFO(extension);
    const std::string out = dir / (std::string("g") + extension);
    CHECK(runPressgraph({"export", graph, "-o", out}).exitCode == 0);
    // The same graph, built or exported, gives the same file.
    CHECK(runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / (std::string("b") + extension)}).exitCode == 0);
    CHECK(test::difference(test::readFile(out), test::readFile(dir / (std::string("b") + extension))) == "");
  }
}

TEST_CASE("export failures exit 1 and leave no output", "[cli]") {
  const TempDir dir;
  const std::string graph = buildExample(dir);
  const std::string prose = dir.write("notes.ttl", "Not Turtle.\n");
  const auto bad = runPressgraph({"export", prose, "-o", dir / "out.nt"});
  CHECK(bad.exitCode == 1);
  CHECK(contains(bad.err, prose));
  CHECK_FALSE(fs::exists(dir / "out.nt"));

  const auto missingFolder = runPressgraph({"export", graph, "-o", dir / "no/such/out.nt"});
  CHECK(missingFolder.exitCode == 1);
  CHECK(contains(missingFolder.err, "pressgraph: error: " + (dir / "no/such/out.nt") + ": "));

  if (fs::exists("/dev/full")) {
    const auto full = runPressgraph({"export", graph, "-o", "/dev/full", "--format", "ntriples"});
    CHECK(full.exitCode == 1);
    CHECK(contains(full.err, "write error"));
  }
  CHECK(runPressgraph({"export", "-o", dir / "x.ttl"}).exitCode == 2);
}

}  // namespace pressgraph
