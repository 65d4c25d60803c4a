// SPDX-License-Identifier: MIT
// `build --into` (cli/BuildCommand.cpp), run as the real program: a document added twice changes
// nothing, a changed one replaces what its old version said, and the result is the fresh build.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/CliTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::difference;
using test::readFile;
using test::runPressgraph;
using test::TempDir;

constexpr std::string_view ID = "https://w3id.org/pressgraph/id/";

using test::contains;

// The N-Triples of a graph file, by serdi, sorted: one line per triple.
std::vector<std::string> triples(const std::string& path) {
  return test::sortedLines(test::run("serdi -i turtle -o ntriples " + test::shellQuote(path)).output);
}

std::string triple(std::string_view s, std::string_view p, std::string_view o) {
  return "<" + std::string(ID) + std::string(s) + "> <" + std::string(p) + "> <" + std::string(ID) + std::string(o) + "> .";
}

bool hasTriple(const std::vector<std::string>& lines, const std::string& t) {
  return std::find(lines.begin(), lines.end(), t) != lines.end();
}

// Two releases that share an office, its parent and a city; b alone names Almaty and UNICEF.
struct TwoReleases {
  TempDir dir;
  std::string a = dir.write("docs/a.txt",
                            "IOM Belarus held a workshop in Minsk\n\nMINSK, 5 May 2016 - The IOM Office in Belarus organized a "
                            "workshop on labour migration in Minsk together with UNHCR.\n\nFor more information please contact "
                            "Anna Petrova, IOM Belarus, email: apetrova@iom.int\n");
  std::string b = dir.write("docs/b.txt",
                            "UNICEF and IOM met in Minsk\n\nMINSK, 7 June 2016 - UNICEF and the IOM Office in Belarus held a "
                            "roundtable in Minsk on child migrants, with a visit to Almaty.\n");
  std::string graph = dir / "graph.ttl";
};

const std::string ALMATY_IN_KAZAKHSTAN =
    triple("city/almaty-kz", "http://schema.org/containedInPlace", "country/kazakhstan");
const std::string OFFICE_UNDER_IOM = triple("office/iom-office-in-belarus", "http://schema.org/parentOrganization",
                                            "org/international-organization-for-migration");

}  // namespace

TEST_CASE("build --into with a document it holds already writes the same bytes", "[cli]") {
  TwoReleases r;
  REQUIRE(runPressgraph({"build", "-q", "--into", r.graph, r.dir / "docs"}).exitCode == 0);
  const std::string first = readFile(r.graph);
  REQUIRE(contains(first, "pg:contentHash \"fnv1a64:"));

  const auto again = runPressgraph({"build", "--into", r.graph, r.b});
  CHECK(again.exitCode == 0);
  CHECK(contains(again.err, "0 new, 0 changed, 1 unchanged"));
  CHECK(difference(readFile(r.graph), first).empty());

  // A byte of markup-free content changed is a change: the hash tells it.
  r.dir.write("docs/b.txt", readFile(r.b) + "The roundtable was a success.\n");
  const auto changed = runPressgraph({"build", "--into", r.graph, r.b});
  CHECK(changed.exitCode == 0);
  CHECK(contains(changed.err, "0 new, 1 changed, 0 unchanged"));
}

TEST_CASE("build --into replaces a changed document: what only it said goes, what another also says stays", "[cli]") {
  if (!test::haveTool("serdi")) {
    SKIP_TEST(Tool, "serdi is not on the PATH");
    return;
  }
  TwoReleases r;
  REQUIRE(runPressgraph({"build", "-q", "--into", r.graph, r.dir / "docs"}).exitCode == 0);
  const auto before = triples(r.graph);
  REQUIRE(hasTriple(before, ALMATY_IN_KAZAKHSTAN));
  REQUIRE(hasTriple(before, OFFICE_UNDER_IOM));
  REQUIRE(contains(readFile(r.graph), "United Nations Children's Fund"));

  r.dir.write("docs/b.txt",
              "UNHCR and IOM met in Minsk\n\nMINSK, 7 June 2016 - UNHCR and the IOM Office in Belarus held a roundtable "
              "in Minsk on refugee children.\n");
  const auto result = runPressgraph({"build", "-q", "--into", r.graph, r.b});
  REQUIRE(result.exitCode == 0);
  const auto after = triples(r.graph);
  CHECK_FALSE(hasTriple(after, ALMATY_IN_KAZAKHSTAN));  // b alone stated it
  CHECK(hasTriple(after, OFFICE_UNDER_IOM));            // a states it too
  const std::string text = readFile(r.graph);
  CHECK_FALSE(contains(text, "id:city/almaty-kz"));     // nothing mentions or uses them any more
  CHECK_FALSE(contains(text, "id:country/kazakhstan"));
  CHECK_FALSE(contains(text, "United Nations Children's Fund"));
  CHECK(contains(text, "apetrova@iom.int"));            // a's, untouched

  // The very graph a fresh build of the documents as they are now writes.
  const std::string fresh = r.dir / "fresh.ttl";
  REQUIRE(runPressgraph({"build", "-q", r.dir / "docs", "-o", fresh}).exitCode == 0);
  CHECK(difference(text, readFile(fresh)).empty());
}

TEST_CASE("build --into adding documents in steps, changing and reverting one, gives the fresh build's bytes", "[cli]") {
  // The releases of tests/data/corpus, added in two steps, then one rewritten to name other
  // organizations and places, then put back: after each step the graph is the fresh build of
  // the documents as they stand.
  const TempDir dir;
  const fs::path source = test::sourceDir() / "tests" / "data" / "corpus" / "docs";
  std::vector<std::string> docs;
  for (const auto& entry : fs::directory_iterator(source)) docs.push_back(entry.path().filename().string());
  std::sort(docs.begin(), docs.end());
  REQUIRE(docs.size() >= 6);
  for (const auto& name : docs) dir.write("docs/" + name, readFile(source / name));
  const std::string graph = dir / "graph.ttl", fresh = dir / "fresh.ttl";
  const auto freshBuild = [&] {
    REQUIRE(runPressgraph({"build", "-q", dir / "docs", "-o", fresh}).exitCode == 0);
    return readFile(fresh);
  };

  std::vector<std::string> firstHalf{"build", "-q", "--into", graph}, secondHalf = firstHalf;
  for (std::size_t i = 0; i < docs.size(); ++i) (i < docs.size() / 2 ? firstHalf : secondHalf).push_back(dir / ("docs/" + docs[i]));
  REQUIRE(runPressgraph(firstHalf).exitCode == 0);
  REQUIRE(runPressgraph(secondHalf).exitCode == 0);
  CHECK(difference(readFile(graph), freshBuild()).empty());

  const std::string changed = dir / ("docs/" + docs[2]);
  const std::string original = readFile(changed);
  dir.write("docs/" + docs[2], readFile(source / docs[4]) + "\nMr. Zork Blimpson of UNICEF met Ms. Ada Quux in Almaty.\n");
  REQUIRE(runPressgraph({"build", "-q", "--into", graph, changed}).exitCode == 0);
  const std::string afterChange = readFile(graph);
  CHECK(difference(afterChange, freshBuild()).empty());

  dir.write("docs/" + docs[2], original);
  REQUIRE(runPressgraph({"build", "-q", "--into", graph, changed}).exitCode == 0);
  CHECK(difference(readFile(graph), freshBuild()).empty());
  CHECK(readFile(graph) != afterChange);
}

TEST_CASE("build --into: a failed run leaves the graph as it was, and misuse exits 2", "[cli]") {
  TwoReleases r;
  REQUIRE(runPressgraph({"build", "-q", "--into", r.graph, r.a}).exitCode == 0);
  const std::string before = readFile(r.graph);

  const std::string bad = r.dir.write("bad/binary.txt", std::string("PK\x03\x04\0\0\x14\0 zip bytes", 16));
  const auto strict = runPressgraph({"build", "--strict", "--into", r.graph, r.b, bad});
  CHECK(strict.exitCode == 1);
  CHECK(contains(strict.err, "pressgraph: "));
  const auto missing = runPressgraph({"build", "--into", r.graph, r.dir / "no-such-dir"});
  CHECK(missing.exitCode == 1);
  const auto notAGraph = runPressgraph({"build", "--into", r.dir / "graph.svg", r.b});
  CHECK(notAGraph.exitCode == 2);
  CHECK(contains(notAGraph.err, "--into"));
  const std::string broken = r.dir.write("broken.ttl", "<a> <b> .\n");
  CHECK(runPressgraph({"build", "--into", broken, r.b}).exitCode == 1);
  CHECK(readFile(broken) == "<a> <b> .\n");
  CHECK(difference(readFile(r.graph), before).empty());
  CHECK(fs::directory_iterator(r.dir.path()) != fs::directory_iterator());
  for (const auto& entry : fs::directory_iterator(r.dir.path())) CHECK_FALSE(contains(entry.path().filename().string(), ".tmp"));

  // -o writes elsewhere and leaves the --into graph alone.
  const std::string other = r.dir / "other.nt";
  REQUIRE(runPressgraph({"build", "-q", "--into", r.graph, r.b, "-o", other}).exitCode == 0);
  CHECK(difference(readFile(r.graph), before).empty());
  CHECK(contains(readFile(other), "/doc/b-txt-"));
}

}  // namespace pressgraph
