// SPDX-License-Identifier: MIT
// cli/ExportCommand.cpp, run as the real program on real graphs (examples/corpus, and the
// shared dev corpus when it is there): pictures and their options checked against the
// Turtle as serdi reads it, every format read by a tool we did not write, and
// export -> import -> export byte-identical.
#include <catch2/catch.hpp>

#include <deque>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ontology/Vocabulary.h"
#include "tests/cli/CliTestHelpers.h"
#include "tests/writers/ReaderTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::linesStartingWith;
using test::runPressgraph;
using test::TempDir;

constexpr const char* IOM = "International Organization for Migration";

using test::contains;

struct Corpus {
  std::string name;
  std::string path;
};

// The example corpus always; the dev corpus when ../shared is there.
std::vector<Corpus> corpora() {
  std::vector<Corpus> out{{"examples/corpus", test::exampleCorpus()}};
  if (test::haveShared())
    out.push_back({"dev corpus", (test::sharedDir() / "corpus" / "dev" / "docs").string()});
  else
    SKIP_TEST(Shared, "the dev corpus is not checked: ../shared absent (it lives beside the checkout)");
  return out;
}

// Builds `corpus` into `dir`/g.ttl and returns its path.
std::string buildGraph(const TempDir& dir, const std::string& corpus) {
  const std::string graph = dir / "g.ttl";
  const auto result = runPressgraph({"build", "-q", corpus, "-o", graph});
  REQUIRE(result.exitCode == 0);
  return graph;
}

// The Turtle file as serdi reads it, indexed for the questions the picture tests ask.
struct TurtleGraph {
  std::map<std::string, std::set<std::string>> types;      ///< IRI path -> rdf:type IRIs
  std::map<std::string, std::set<std::string>> neighbors;  ///< entity relations, both directions
  std::set<std::string> edges;                             ///< "from property-short-name to"
  std::map<std::string, std::vector<std::string>> byName;  ///< schema:name literal -> IRI paths

  explicit TurtleGraph(const std::string& path) {
    const auto lines = test::serdiLines(path, "turtle");
    REQUIRE(lines);
    const auto local = [](const std::string& iri) { return iri.substr(ID_NS.size()); };
    for (const test::Triple& t : test::triplesOf(*lines)) {
      if (!t.subject.starts_with(ID_NS)) continue;
      const std::string subject = local(t.subject);
      if (t.predicate == RDF_TYPE) types[subject].insert(t.object);
      if (t.predicate == std::string(SCHEMA_NS) + "name") byName[t.object].push_back(subject);
      // Documents mention everything: the pictures leave them out, and so does this walk.
      if (!t.objectIsIri || !t.object.starts_with(ID_NS) || subject.starts_with("doc/")) continue;
      const std::string object = local(t.object);
      neighbors[subject].insert(object);
      neighbors[object].insert(subject);
      edges.insert(subject + " " + t.predicate.substr(t.predicate.find_last_of("/#") + 1) + " " + object);
    }
  }

  /// The one node whose canonical name is `name`.
  std::string named(const std::string& name) const {
    const auto it = byName.find("\"" + name + "\"");
    REQUIRE(it != byName.end());
    REQUIRE(it->second.size() == 1);
    return it->second.front();
  }

  /// Every node within `depth` relations of `start`.
  std::set<std::string> around(const std::string& start, unsigned depth) const {
    std::map<std::string, unsigned> distance{{start, 0}};
    std::deque<std::string> queue{start};
    while (!queue.empty()) {
      const std::string node = queue.front();
      queue.pop_front();
      if (distance[node] == depth || !neighbors.count(node)) continue;
      for (const std::string& next : neighbors.at(node))
        if (distance.emplace(next, distance[node] + 1).second) queue.push_back(next);
    }
    std::set<std::string> out;
    for (const auto& [node, d] : distance) out.insert(node);
    return out;
  }
};

// The triples of N-Triples or N-Quads lines, graph names dropped, Unicode escapes decoded
// (serdi escapes non-ASCII in N-Triples, not in N-Quads).
std::set<std::string> tripleSet(const std::string& lines) {
  std::set<std::string> triples;
  for (const test::Triple& t : test::triplesOf(lines))
    triples.insert(test::decodeUnicodeEscapes(t.subject + " " + t.predicate + " " +
                                              (t.objectIsIri ? "<" + t.object + ">" : t.object)));
  return triples;
}

// Runs pressgraph export with `args` into `dir`/name and reads the DOT back with gvpr.
test::DotPicture exportPicture(const TempDir& dir, const std::string& graph, const std::string& name,
                               const std::vector<std::string>& options) {
  std::vector<std::string> args{"export", graph, "-o", dir / name};
  args.insert(args.end(), options.begin(), options.end());
  const auto result = runPressgraph(args);
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  CHECK(result.err.empty());
  const auto picture = test::readDot(dir / name);
  REQUIRE(picture);
  return *picture;
}

}  // namespace

TEST_CASE("export and build draw SVG and PNG with Graphviz's library, as dot draws the DOT", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  for (const char* name : {"g.dot", "g.svg", "g.png"}) {
    INFO(name);
    const auto result = runPressgraph({"export", graph, "-o", dir / name});
    CHECK(result.exitCode == 0);
    CHECK(result.err.empty());
  }
  CHECK(test::readFile(dir / "g.png").starts_with("\x89PNG\r\n\x1a\n"));
  if (test::haveReader("file", "file"))
    CHECK(test::run("file -b " + test::shellQuote(dir / "g.png")).output.starts_with("PNG image data"));
  if (test::haveReader("python3", "python3")) {
    const auto parsed = test::run("python3 -c 'import sys, xml.etree.ElementTree as ET; "
                                  "print(ET.parse(sys.argv[1]).getroot().tag)' " +
                                  test::shellQuote(dir / "g.svg"));
    CHECK(parsed.exitCode == 0);
    CHECK(parsed.output == "{http://www.w3.org/2000/svg}svg\n");
  }
  if (test::haveReader("dot", "graphviz")) {
    REQUIRE(test::run("dot -Tsvg -o " + test::shellQuote(dir / "dot.svg") + " " + test::shellQuote(dir / "g.dot")).exitCode == 0);
    CHECK(test::difference(test::readFile(dir / "g.svg"), test::readFile(dir / "dot.svg")) == "");
  }

  SECTION("build writes the same picture") {
    REQUIRE(runPressgraph({"build", "-q", test::exampleCorpus(), "-o", dir / "b.svg"}).exitCode == 0);
    CHECK(test::difference(test::readFile(dir / "b.svg"), test::readFile(dir / "g.svg")) == "");
  }
  SECTION("--format svg writes SVG to standard output") {
    const auto result = runPressgraph({"export", graph, "--format", "svg"});
    CHECK(result.exitCode == 0);
    CHECK(test::difference(result.out, test::readFile(dir / "g.svg")) == "");
  }
}

TEST_CASE("export --focus NAME --depth N draws exactly what lies within N relations of NAME", "[cli]") {
  if (!test::haveReader("gvpr", "graphviz") || !test::haveReader("serdi", "serdi")) return;
  for (const Corpus& corpus : corpora()) {
    INFO(corpus.name);
    const TempDir dir;
    const std::string graph = buildGraph(dir, corpus.path);
    const TurtleGraph turtle(graph);
    const std::string iom = turtle.named(IOM);

    const auto depth1 = exportPicture(dir, graph, "d1.dot", {"--focus", IOM, "--depth", "1"});
    // The brief's own words: every node is IOM or next to IOM in the Turtle.
    for (const std::string& node : depth1.nodes) {
      INFO(node);
      CHECK((node == iom || turtle.neighbors.at(iom).count(node) == 1));
    }
    CHECK(depth1.nodes == turtle.around(iom, 1));
    CHECK(depth1.nodes.size() > 3);
    for (const std::string& edge : depth1.edges) {
      INFO(edge);
      CHECK(turtle.edges.count(edge) == 1);
    }

    const auto depth2 = exportPicture(dir, graph, "d2.dot", {"--focus", IOM, "--depth", "2"});
    CHECK(depth2.nodes == turtle.around(iom, 2));
    CHECK(depth2.nodes.size() > depth1.nodes.size());

    // Any spelling: the acronym, lower case, the same picture byte for byte.
    exportPicture(dir, graph, "iom.dot", {"--focus", "iom", "--depth", "2"});
    CHECK(test::difference(test::readFile(dir / "iom.dot"), test::readFile(dir / "d2.dot")) == "");
  }
}

TEST_CASE("export --types draws only nodes of those types, checked against their rdf:type", "[cli]") {
  if (!test::haveReader("gvpr", "graphviz") || !test::haveReader("serdi", "serdi")) return;
  const std::string schemaOrganization = std::string(SCHEMA_NS) + "Organization";
  const std::string office = std::string(info(NodeKind::Office).ownType);
  const std::string event = std::string(SCHEMA_NS) + "Event";
  const std::string city = std::string(SCHEMA_NS) + "City";
  for (const Corpus& corpus : corpora()) {
    INFO(corpus.name);
    const TempDir dir;
    const std::string graph = buildGraph(dir, corpus.path);
    const TurtleGraph turtle(graph);

    const auto picture = exportPicture(dir, graph, "t.dot", {"--types", "organization,event,city"});
    std::set<std::string> kinds;
    for (const std::string& node : picture.nodes) {
      INFO(node);
      const auto& types = turtle.types.at(node);
      CHECK(types.count(office) == 0);
      const bool wanted = types.count(schemaOrganization) || types.count(event) || types.count(city);
      CHECK(wanted);
      for (const auto& type : types) kinds.insert(type);
    }
    CHECK(kinds.count(schemaOrganization) == 1);
    CHECK(kinds.count(event) == 1);
    CHECK(kinds.count(city) == 1);
    for (const std::string& edge : picture.edges) CHECK(turtle.edges.count(edge) == 1);

    {  // with a focus, the walk goes only through those types
      const std::string iom = turtle.named(IOM);
      const auto focused = exportPicture(dir, graph, "f.dot", {"--focus", IOM, "--depth", "1", "--types", "event"});
      for (const std::string& node : focused.nodes) {
        INFO(node);
        CHECK((node == iom || turtle.types.at(node).count(event) == 1));
        CHECK((node == iom || turtle.neighbors.at(iom).count(node) == 1));
      }
      CHECK(focused.nodes.size() > 1);
    }
  }
}

TEST_CASE("a picture leaves out documents and mentions unless --types brings them back", "[cli]") {
  if (!test::haveReader("gvpr", "graphviz")) return;
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  const auto picture = exportPicture(dir, graph, "all.dot", {});
  CHECK(picture.nodes.size() > 20);
  std::set<std::string> connected;
  for (const std::string& edge : picture.edges) {
    CHECK_FALSE(contains(edge, " mentions "));
    connected.insert(edge.substr(0, edge.find(' ')));
    connected.insert(edge.substr(edge.rfind(' ') + 1));
  }
  // Every node drawn has a relation drawn, and none is a document.
  CHECK(connected == picture.nodes);
  for (const std::string& node : picture.nodes) CHECK_FALSE(node.starts_with("doc/"));

  const auto withDocuments = exportPicture(dir, graph, "docs.dot", {"--types", "document,event"});
  std::size_t documents = 0, mentions = 0;
  for (const std::string& node : withDocuments.nodes) documents += node.starts_with("doc/");
  for (const std::string& edge : withDocuments.edges) mentions += contains(edge, " mentions ");
  CHECK(documents >= 10);
  CHECK(mentions >= documents);
}

TEST_CASE("export --focus with a name not in the graph exits 1, suggests names, writes nothing", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  const auto similar = runPressgraph({"export", graph, "-o", dir / "x.svg", "--focus", "International Organisation for Migration"});
  CHECK(similar.exitCode == 1);
  const auto errors = linesStartingWith(similar.err, "pressgraph: error: ");
  REQUIRE(errors.size() == 1);
  CHECK(contains(errors[0], "\"International Organisation for Migration\""));
  CHECK(contains(errors[0], "did you mean"));
  CHECK(contains(errors[0], IOM));
  CHECK_FALSE(fs::exists(dir / "x.svg"));

  const auto nothing = runPressgraph({"export", graph, "-o", dir / "x.dot", "--focus", "Qxzvbk Wrplm"});
  CHECK(nothing.exitCode == 1);
  CHECK(contains(nothing.err, "Qxzvbk Wrplm"));
  CHECK_FALSE(fs::exists(dir / "x.dot"));

  const auto build = runPressgraph({"build", "-q", test::exampleCorpus(), "-o", dir / "b.png", "--focus", "Qxzvbk"});
  CHECK(build.exitCode == 1);
  CHECK_FALSE(fs::exists(dir / "b.png"));
}

TEST_CASE("picture options misused exit 2 before any work and write nothing", "[cli]") {
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  const std::string out = dir / "out.dot";
  const std::vector<std::vector<std::string>> misuses = {
      {"export", graph, "-o", out, "--depth", "2"},                     // no --focus
      {"export", graph, "-o", out, "--types", "organisation"},          // no such type
      {"export", graph, "-o", out, "--focus", "IOM", "--depth", "two"},
      {"export", graph, "-o", out, "--focus", "IOM", "--depth", "-1"},
      {"export", graph, "-o", out, "--focus"},
      {"export", graph, "-o", dir / "out.ttl", "--focus", "IOM"},       // not a picture
      {"export", graph, "-o", dir / "out.json", "--types", "event"},
      {"build", test::exampleCorpus(), "-o", dir / "out.ttl", "--types", "event"},
  };
  for (const auto& args : misuses) {
    std::string shown;
    for (const auto& a : args) shown += a + " ";
    INFO("pressgraph " << shown);
    const auto result = runPressgraph(args);
    CHECK(result.exitCode == 2);
    CHECK(result.out.empty());
    CHECK_FALSE(result.err.empty());
  }
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(fs::exists(dir / "out.ttl"));
  CHECK_FALSE(fs::exists(dir / "out.json"));
}

TEST_CASE("export --help documents the picture options with an example", "[cli]") {
  const auto result = runPressgraph({"export", "--help"});
  CHECK(result.exitCode == 0);
  for (const char* part : {"--focus", "--depth", "--types", ".svg", ".png", "organization,event,city", "Exit status"})
    CHECK(contains(result.out, part));
}

TEST_CASE("a picture that cannot be written exits 1 with a write error", "[cli]") {
  if (!fs::exists("/dev/full")) return;
  const TempDir dir;
  const std::string graph = buildGraph(dir, test::exampleCorpus());
  for (const char* format : {"svg", "png", "dot"}) {
    INFO(format);
    const auto full = runPressgraph({"export", graph, "-o", "/dev/full", "--format", format});
    CHECK(full.exitCode == 1);
    CHECK(contains(full.err, "write error"));
  }
}

TEST_CASE("export -> import -> export is byte-identical in every RDF syntax", "[cli]") {
  for (const Corpus& corpus : corpora()) {
    INFO(corpus.name);
    const TempDir dir;
    const std::string graph = buildGraph(dir, corpus.path);
    for (const char* extension : {".ttl", ".nt", ".trig", ".nq"}) {
      INFO(extension);
      const std::string first = dir / (std::string("first") + extension);
      const std::string second = dir / (std::string("second") + extension);
      REQUIRE(runPressgraph({"export", graph, "-o", first}).exitCode == 0);
      REQUIRE(runPressgraph({"export", first, "-o", second}).exitCode == 0);
      CHECK(test::difference(test::readFile(second), test::readFile(first)) == "");
    }
  }
}

TEST_CASE("TriG and N-Quads hold each fact in the graphs of the documents the provenance names", "[cli]") {
  if (!test::haveReader("serdi", "serdi")) return;
  const std::string rdf(RDF_NS);
  for (const Corpus& corpus : corpora()) {
    INFO(corpus.name);
    const TempDir dir;
    const std::string graph = buildGraph(dir, corpus.path);
    // What the Turtle's reified statements say: "document|subject predicate object".
    std::map<std::string, std::map<std::string, std::string>> statements;
    for (const test::Triple& t : test::triplesOf(*test::serdiLines(graph, "turtle")))
      if (t.subject.find("#fact-") != std::string::npos) statements[t.subject][t.predicate] = t.object;
    std::set<std::string> expected, reifiedTriples;
    for (const auto& [statement, p] : statements) {
      const std::string triple = p.at(rdf + "subject") + " " + p.at(rdf + "predicate") + " " + p.at(rdf + "object");
      expected.insert(p.at(std::string(PROV_NS) + "wasDerivedFrom") + "|" + triple);
      reifiedTriples.insert(triple);
    }
    REQUIRE(expected.size() > 20);

    for (const auto& [extension, syntax] : {std::pair{".trig", "trig"}, std::pair{".nq", "nquads"}}) {
      INFO(extension);
      const std::string file = dir / (std::string("g") + extension);
      REQUIRE(runPressgraph({"export", graph, "-o", file}).exitCode == 0);
      std::set<std::string> actual;
      for (const test::Triple& q : test::triplesOf(*test::serdiLines(file, syntax))) {
        const auto relation = relationFromIri(q.predicate);
        if (!relation || *relation == Relation::Mentions || !q.objectIsIri) continue;
        const std::string triple = q.subject + " " + q.predicate + " " + q.object;
        if (q.graph.empty()) {
          CHECK(reifiedTriples.count(triple) == 0);  // the default graph holds what no document states
        } else {
          CHECK(q.graph.starts_with(std::string(ID_NS) + "doc/"));
          actual.insert(q.graph + "|" + triple);
        }
      }
      CHECK(actual == expected);
    }
  }
}

TEST_CASE("every export is read by a tool we did not write, and the RDF ones agree on the triples", "[cli]") {
  if (!test::haveReader("serdi", "serdi")) return;
  const bool haveRapper = test::haveReader("rapper", "raptor2-utils");
  for (const Corpus& corpus : corpora()) {
    INFO(corpus.name);
    const TempDir dir;
    const std::string graph = buildGraph(dir, corpus.path);
    const auto build = runPressgraph({"build", corpus.path, "-o", dir / "counted.ttl"});
    REQUIRE(build.exitCode == 0);
    // The build summary says how many triples it wrote: "..., 1293 triples in 0.07 s".
    const auto countAt = build.err.rfind(" triples");
    REQUIRE(countAt != std::string::npos);
    const std::size_t written = std::stoul(build.err.substr(build.err.rfind(", ", countAt) + 2));

    const auto turtleLines = test::serdiLines(graph, "turtle");
    REQUIRE(turtleLines);
    const auto turtle = test::canonicalLines(*turtleLines);
    CHECK(turtle.size() == written);
    const std::set<std::string> turtleTriples = tripleSet(*turtleLines);
    struct Syntax {
      const char* extension;
      const char* name;
    };
    for (const Syntax syntax : {Syntax{".ttl", "turtle"}, Syntax{".nt", "ntriples"}, Syntax{".trig", "trig"},
                                Syntax{".nq", "nquads"}}) {
      INFO(syntax.extension);
      const std::string file = dir / (std::string("g") + syntax.extension);
      REQUIRE(runPressgraph({"export", graph, "-o", file}).exitCode == 0);
      const auto lines = test::serdiLines(file, syntax.name);
      REQUIRE(lines);
      // TriG and N-Quads repeat a fact in the graph of each document that states it: as many
      // statements, the same triples.
      const std::size_t statements = test::sortedLines(*lines).size();
      CHECK(tripleSet(*lines) == turtleTriples);
      if (std::string_view(syntax.name) == "trig" || std::string_view(syntax.name) == "nquads")
        CHECK(statements > written);
      else
        CHECK(statements == written);
      if (haveRapper) CHECK(test::rapperCount(file, syntax.name) == statements);
    }

    // jsonld.js reads the JSON-LD as the same triples serdi reads from the Turtle.
    REQUIRE(runPressgraph({"export", graph, "-o", dir / "g.jsonld"}).exitCode == 0);
    if (const auto nquads = test::jsonLdToNQuads(dir / "g.jsonld")) CHECK(test::canonicalLines(*nquads) == turtle);

    // GraphML parses as XML with every node; dot reads the DOT.
    if (test::haveReader("python3", "python3")) {
      REQUIRE(runPressgraph({"export", graph, "-o", dir / "g.graphml"}).exitCode == 0);
      const auto nodes = test::run(
          "python3 -c 'import sys, xml.etree.ElementTree as ET; ns = {\"g\": \"http://graphml.graphdrawing.org/xmlns\"}; "
          "print(len(ET.parse(sys.argv[1]).getroot().findall(\"g:graph/g:node\", ns)))' " +
          test::shellQuote(dir / "g.graphml"));
      REQUIRE(nodes.exitCode == 0);
      // The graph's nodes are the subjects typed with anything but rdf:Statement (provenance).
      std::set<std::string> subjects;
      for (const test::Triple& t : test::triplesOf(*turtleLines))
        if (t.predicate == RDF_TYPE && t.object != std::string(RDF_NS) + "Statement") subjects.insert(t.subject);
      CHECK(std::stoul(nodes.output) == subjects.size());
    }
    if (test::haveReader("dot", "graphviz")) {
      REQUIRE(runPressgraph({"export", graph, "-o", dir / "g.dot"}).exitCode == 0);
      CHECK(test::run("dot -Tsvg -o /dev/null " + test::shellQuote(dir / "g.dot")).exitCode == 0);
    }
  }
}

}  // namespace pressgraph
