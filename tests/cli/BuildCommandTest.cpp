// SPDX-License-Identifier: MIT
// cli/BuildCommand.cpp, run as the real program: options good and bad, every output, bad inputs,
// write errors, and outputs read by tools we did not write (serdi, rapper).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/cli/CliTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::exampleCorpus;
using test::linesStartingWith;
using test::runPressgraph;
using test::TempDir;

using test::contains;

// A good document, and bad ones of every sort, written into `dir`.
struct BadInputs {
  std::string good, binary, latin1, empty, blank;
  explicit BadInputs(const TempDir& dir)
      : good(dir.write("docs/good.txt", test::readFile(fs::path(exampleCorpus()) /
                                                        "iom-almaty-labour-migration-conference.txt"))),
        binary(dir.write("docs/binary.txt", std::string("PK\x03\x04\0\0\x14\0 zip bytes", 16))),
        latin1(dir.write("docs/latin1.txt", "IOM Chi\xBAin\xE3u held a seminar.\n")),
        empty(dir.write("docs/empty.txt", "")),
        blank(dir.write("docs/blank.html", "<html><body><script>x()</script>  </body></html>")) {}
};

}  // namespace

TEST_CASE("build --help teaches usage and an example on stdout and exits 0", "[cli]") {
  const auto result = runPressgraph({"build", "--help"});
  CHECK(result.exitCode == 0);
  CHECK(contains(result.out, "Usage"));
  CHECK(contains(result.out, "Example"));
  CHECK(contains(result.out, "--output"));
  CHECK(contains(result.out, "--strict"));
  CHECK(result.err.empty());

  const auto top = runPressgraph({"--help"});
  CHECK(top.exitCode == 0);
  CHECK(contains(top.out, "Usage"));
  CHECK(contains(top.out, "Example"));
  CHECK(contains(top.out, "build"));
}

TEST_CASE("command-line misuse exits 2 with a message on stderr and nothing on stdout", "[cli]") {
  const TempDir dir;
  const std::string out = dir / "g.ttl";
  const std::vector<std::vector<std::string>> misuses = {
      {},                                                // no subcommand
      {"frobnicate"},                                    // unknown subcommand
      {"build"},                                         // no input
      {"build", exampleCorpus(), "--bogus", "-o", out},  // unknown option
      {"build", exampleCorpus(), "-j", "many", "-o", out},
      {"build", exampleCorpus(), "-o"},  // option without its value
  };
  for (const auto& args : misuses) {
    std::string shown;
    for (const auto& a : args) shown += a + " ";
    INFO("pressgraph " << shown);
    const auto result = runPressgraph(args);
    CHECK(result.exitCode == 2);
    CHECK_FALSE(result.err.empty());
    CHECK(result.out.empty());
    CHECK_FALSE(fs::exists(out));
  }
}

TEST_CASE("build with an unknown --format name is a usage error (exit 2)", "[cli]") {
  const TempDir dir;
  const auto result = runPressgraph({"build", exampleCorpus(), "-o", dir / "g.ttl", "--format", "turtel"});
  CHECK(result.exitCode == 2);
  CHECK(contains(result.err, "turtel"));
  CHECK_FALSE(fs::exists(dir / "g.ttl"));
}

TEST_CASE("build of the example corpus writes Turtle that serdi and rapper read", "[cli]") {
  const TempDir dir;
  const std::string graph = dir / "g.ttl";
  const auto result = runPressgraph({"build", exampleCorpus(), "-o", graph});
  REQUIRE(result.exitCode == 0);
  CHECK(result.out.empty());
  CHECK(linesStartingWith(result.err, "pressgraph: warning").empty());
  CHECK(linesStartingWith(result.err, "pressgraph: error").empty());
  CHECK(contains(result.err, "12 documents"));
  REQUIRE(fs::exists(graph));
  const std::string turtle = test::readFile(graph);
  // Identifiers are paths relative to the input argument, records' urls for JSON.
  CHECK(contains(turtle, "\"osce/osce-ashgabat-travel-documents-seminar.txt\""));
  CHECK(contains(turtle, "\"iom-moldova-diaspora-conference.html\""));
  CHECK(contains(turtle, "\"https://belarus.iom.int/news/seminar-refugees-and-migrants-minsk\""));

  if (!test::haveTool("serdi")) {
    SKIP_TEST(Tool, "serdi (Debian package serdi) is not on the PATH");
  } else {
    const auto serdi = test::run("serdi -i turtle -o ntriples " + test::shellQuote(graph) + " 2>/dev/null");
    CHECK(serdi.exitCode == 0);
    CHECK(test::sortedLines(serdi.output).size() > 500);
  }
  if (!test::haveTool("rapper")) {
    SKIP_TEST(Tool, "rapper (Debian package raptor2-utils) is not on the PATH");
  } else {
    const auto rapper = test::run("rapper -q -i turtle -c " + test::shellQuote(graph) + " 2>&1");
    CHECK(rapper.exitCode == 0);
  }
}

TEST_CASE("build gives the same bytes every time and whatever the thread count", "[cli]") {
  const TempDir dir;
  REQUIRE(runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / "a.ttl"}).exitCode == 0);
  REQUIRE(runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / "b.ttl"}).exitCode == 0);
  REQUIRE(runPressgraph({"build", "-q", "-j", "1", exampleCorpus(), "-o", dir / "j1.ttl"}).exitCode == 0);
  REQUIRE(runPressgraph({"build", "-q", "-j", "2", exampleCorpus(), "-o", dir / "j2.ttl"}).exitCode == 0);
  REQUIRE(runPressgraph({"build", "-q", "-j", "7", exampleCorpus(), "-o", dir / "j7.ttl"}).exitCode == 0);
  const std::string a = test::readFile(dir / "a.ttl");
  REQUIRE_FALSE(a.empty());
  CHECK(test::difference(test::readFile(dir / "b.ttl"), a) == "");
  CHECK(test::difference(test::readFile(dir / "j1.ttl"), a) == "");
  CHECK(test::difference(test::readFile(dir / "j2.ttl"), a) == "");
  CHECK(test::difference(test::readFile(dir / "j7.ttl"), a) == "");
}

TEST_CASE("build writes Turtle to standard output for -o - and without -o", "[cli]") {
  const TempDir dir;
  REQUIRE(runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / "g.ttl"}).exitCode == 0);
  const std::string file = test::readFile(dir / "g.ttl");
  const auto dash = runPressgraph({"build", "-q", exampleCorpus(), "-o", "-"});
  CHECK(dash.exitCode == 0);
  CHECK(test::difference(dash.out, file) == "");
  CHECK(dash.err.empty());
  const auto none = runPressgraph({"build", "-q", exampleCorpus()});
  CHECK(none.exitCode == 0);
  CHECK(test::difference(none.out, file) == "");
  CHECK_FALSE(fs::exists("-"));
}

TEST_CASE("build reads a document from standard input for -", "[cli]") {
  const TempDir dir;
  const std::string release = (fs::path(exampleCorpus()) / "iom-almaty-labour-migration-conference.txt").string();
  const auto result = runPressgraph({"build", "-q", "-", "-o", dir / "g.ttl"}, "< " + test::shellQuote(release));
  REQUIRE(result.exitCode == 0);
  const std::string turtle = test::readFile(dir / "g.ttl");
  CHECK(contains(turtle, "schema:identifier \"stdin\""));
  CHECK(contains(turtle, "International Organization for Migration"));

  const auto fromFile = runPressgraph({"build", "-q", release, "-o", dir / "file.ttl"});
  REQUIRE(fromFile.exitCode == 0);
  // The same document, whether from a file or a pipe, gives the same entities; only the
  // document's own identifier and name differ.
  const auto entityNames = [](const std::string& text, const std::string& identifier) {
    std::vector<std::string> names;
    for (const auto& line : test::sortedLines(text))
      if (contains(line, "schema:name") && !contains(line, "\"" + identifier + "\"")) names.push_back(line);
    return names;
  };
  const auto names = entityNames(turtle, "stdin");
  CHECK(names.size() > 5);
  CHECK(names == entityNames(test::readFile(dir / "file.ttl"), "iom-almaty-labour-migration-conference.txt"));

  const auto empty = runPressgraph({"build", "-", "-o", dir / "empty.ttl"});  // stdin is /dev/null
  CHECK(empty.exitCode == 1);
  CHECK_FALSE(fs::exists(dir / "empty.ttl"));
}

TEST_CASE("build writes each output format named by the extension or by --format", "[cli]") {
  const TempDir dir;
  struct Expect {
    const char* extension;
    const char* serdiSyntax;  // nullptr: not RDF
    const char* opening;
  };
  const Expect expects[] = {{".ttl", "turtle", "@prefix"},   {".nt", "ntriples", "<https://w3id.org/pressgraph/"},
                            {".trig", "trig", "@prefix"},    {".nq", "nquads", "<https://w3id.org/pressgraph/"},
                            {".jsonld", nullptr, "{"},       {".json", nullptr, "{"},
                            {".graphml", nullptr, "<?xml"},  {".dot", nullptr, "digraph"}};
  const bool haveSerdi = test::haveTool("serdi");
  if (!haveSerdi) SKIP_TEST(Tool, "skipped RDF checks: serdi (Debian package serdi) is not on the PATH");
  for (const Expect& e : expects) {
    INFO(e.extension);
    const std::string out = dir / (std::string("g") + e.extension);
    const auto result = runPressgraph({"build", "-q", exampleCorpus(), "-o", out});
    CHECK(result.exitCode == 0);
    REQUIRE(fs::exists(out));
    const std::string text = test::readFile(out);
    CHECK(text.starts_with(e.opening));
    if (e.serdiSyntax && haveSerdi) {
      const auto serdi = test::run(std::string("serdi -i ") + e.serdiSyntax + " -o ntriples " +
                                   test::shellQuote(out) + " 2>/dev/null");
      CHECK(serdi.exitCode == 0);
      CHECK(test::sortedLines(serdi.output).size() > 500);
    }
    if (std::string_view(e.extension).starts_with(".json")) {
      rapidjson::Document json;
      json.Parse(text.c_str());
      CHECK_FALSE(json.HasParseError());
      CHECK(json.IsObject());
    }
  }
  CHECK(contains(test::readFile(dir / "g.jsonld"), "\"@context\""));
  CHECK(contains(test::readFile(dir / "g.graphml"), "<graphml"));

  // --format overrides the extension; and makes an unknown extension usable.
  const auto forced = runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / "graph.out", "--format", "ntriples"});
  CHECK(forced.exitCode == 0);
  CHECK(test::difference(test::readFile(dir / "graph.out"), test::readFile(dir / "g.nt")) == "");
  const auto unknown = runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / "graph.xyz"});
  CHECK(unknown.exitCode != 0);
  CHECK(contains(unknown.err, "graph.xyz"));
  CHECK_FALSE(fs::exists(dir / "graph.xyz"));
}

TEST_CASE("build on a saved graph alone writes it back unchanged", "[cli]") {
  const TempDir dir;
  REQUIRE(runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / "g.ttl"}).exitCode == 0);
  const auto result = runPressgraph({"build", "-q", dir / "g.ttl", "-o", dir / "again.ttl"});
  CHECK(result.exitCode == 0);
  CHECK(test::difference(test::readFile(dir / "again.ttl"), test::readFile(dir / "g.ttl")) == "");
}

TEST_CASE("build of a missing path exits 1, names it, and creates no output", "[cli]") {
  const TempDir dir;
  const std::string missing = dir / "no-such-folder";
  const auto result = runPressgraph({"build", exampleCorpus(), missing, "-o", dir / "g.ttl"});
  CHECK(result.exitCode == 1);
  const auto errors = linesStartingWith(result.err, "pressgraph: error: ");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("pressgraph: error: " + missing + ": "));
  CHECK_FALSE(fs::exists(dir / "g.ttl"));
}

TEST_CASE("build with only bad documents exits 1, names them, and creates no output", "[cli]") {
  const TempDir dir;
  const BadInputs bad(dir);
  for (const std::string& input : {bad.binary, bad.latin1, bad.empty, bad.blank}) {
    INFO(input);
    const auto result = runPressgraph({"build", input, "-o", dir / "g.ttl"});
    CHECK(result.exitCode == 1);
    CHECK(contains(result.err, input));
    CHECK(linesStartingWith(result.err, "pressgraph: error: ").size() == 1);
    CHECK_FALSE(fs::exists(dir / "g.ttl"));
  }
  const auto latin1 = runPressgraph({"build", bad.latin1, "-o", dir / "g.ttl"});
  CHECK(linesStartingWith(latin1.err, "pressgraph: warning: " + bad.latin1 + ":1: ").size() == 1);
  CHECK(contains(latin1.err, "UTF-8"));
}

TEST_CASE("build with no documents at all in a folder exits 1", "[cli]") {
  const TempDir dir;
  dir.write("in/report.pdf", "%PDF");
  const auto result = runPressgraph({"build", dir / "in", "-o", dir / "g.ttl"});
  CHECK(result.exitCode == 1);
  CHECK(contains(result.err, "no documents"));
  CHECK_FALSE(fs::exists(dir / "g.ttl"));
}

TEST_CASE("build skips bad documents among good ones with a warning naming each, and writes the graph", "[cli]") {
  const TempDir dir;
  const BadInputs bad(dir);
  const auto result = runPressgraph({"build", dir / "docs", "-o", dir / "g.ttl"});
  CHECK(result.exitCode == 0);
  const auto warnings = linesStartingWith(result.err, "pressgraph: warning: ");
  CHECK(warnings.size() == 4);
  for (const std::string& path : {bad.binary, bad.latin1, bad.empty, bad.blank}) {
    INFO(path);
    CHECK(contains(result.err, "pressgraph: warning: " + path));
  }
  CHECK(linesStartingWith(result.err, "pressgraph: error: ").empty());
  CHECK(contains(result.err, "4 documents skipped"));
  REQUIRE(fs::exists(dir / "g.ttl"));
  CHECK(contains(test::readFile(dir / "g.ttl"), "\"good.txt\""));

  SECTION("--quiet silences the warnings but not the result") {
    const auto quiet = runPressgraph({"build", "-q", dir / "docs", "-o", dir / "q.ttl"});
    CHECK(quiet.exitCode == 0);
    CHECK(quiet.err.empty());
    CHECK(test::difference(test::readFile(dir / "q.ttl"), test::readFile(dir / "g.ttl")) == "");
  }
}

TEST_CASE("build reports bad documents in input order and writes the same graph whatever the thread count", "[cli]") {
  // Many good documents between bad ones of each kind, so that on several threads a bad page
  // is found by a worker while the reader is far ahead: its warning must still come in order.
  const TempDir dir;
  const std::string good = test::readFile(fs::path(exampleCorpus()) / "iom-almaty-labour-migration-conference.txt");
  std::vector<std::string> expected;
  for (int i = 0; i < 300; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "docs/%03d", i);
    if (i % 37 == 5) {
      expected.push_back(dir.write(std::string(name) + ".html", "<html><body><nav>Menu</nav> </body></html>"));
    } else if (i % 37 == 20) {
      expected.push_back(dir.write(std::string(name) + ".txt", "Chi\xBAin\xE3u\n"));
    } else {
      dir.write(std::string(name) + ".txt", good + "\nRelease " + std::to_string(i) + ".\n");
    }
  }
  std::string first;
  for (const char* threads : {"1", "2", "5"}) {
    INFO("threads " << threads);
    const auto result = runPressgraph({"build", "-j", threads, dir / "docs", "-o", dir / "g.ttl"});
    REQUIRE(result.exitCode == 0);
    const auto warnings = linesStartingWith(result.err, "pressgraph: warning: ");
    REQUIRE(warnings.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(warnings[i].starts_with("pressgraph: warning: " + expected[i]));
    CHECK(contains(result.err, std::to_string(expected.size()) + " documents skipped"));
    const std::string graph = test::readFile(dir / "g.ttl");
    if (first.empty()) first = graph;
    CHECK(test::difference(graph, first) == "");
  }
}

TEST_CASE("build --strict fails on a bad document and writes nothing", "[cli]") {
  const TempDir dir;
  const BadInputs bad(dir);
  const auto result = runPressgraph({"build", "--strict", bad.good, bad.latin1, "-o", dir / "g.ttl"});
  CHECK(result.exitCode == 1);
  const auto errors = linesStartingWith(result.err, "pressgraph: error: ");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("pressgraph: error: " + bad.latin1 + ":1: "));
  CHECK_FALSE(fs::exists(dir / "g.ttl"));

  const auto good = runPressgraph({"build", "--strict", "-q", bad.good, "-o", dir / "g.ttl"});
  CHECK(good.exitCode == 0);
  CHECK(fs::exists(dir / "g.ttl"));
}

TEST_CASE("build reports a file or folder it may not read and goes on", "[cli]") {
  const TempDir dir;
  fs::permissions(dir.path(), fs::perms::all);  // another user may have to write the output here
  const std::string good = dir.write("docs/good.txt", "IOM and UNHCR held a seminar in Minsk on 4 April 2017.\n");
  const std::string locked = dir.write("docs/locked.txt", "IOM and UNHCR met in Minsk.\n");
  dir.write("docs/secret/hidden.txt", "IOM met.\n");
  fs::permissions(locked, fs::perms::none);
  fs::permissions(dir.path() / "docs/secret", fs::perms::none);
  // chmod 000 stops everyone but root; as root, run the program as nobody where setpriv can.
  std::string launcher;
  if (std::ifstream(locked).is_open()) {
    if (::geteuid() == 0 && test::haveTool("setpriv"))
      launcher = "setpriv --reuid=65534 --regid=65534 --clear-groups";
    if (launcher.empty() || runPressgraph({"build", "-q", good, "-o", dir / "probe.ttl"}, "", launcher).exitCode != 0) {
      SKIP_TEST(Tool, "chmod 000 does not stop this user (root?) and the program cannot run as nobody");
      return;
    }
  }

  const auto alone = runPressgraph({"build", locked, "-o", dir / "g.ttl"}, "", launcher);
  CHECK(alone.exitCode == 1);
  CHECK(linesStartingWith(alone.err, "pressgraph: warning: " + locked + ": ").size() == 1);
  CHECK(contains(alone.err, "Permission denied"));
  CHECK_FALSE(fs::exists(dir / "g.ttl"));

  const auto mixed = runPressgraph({"build", dir / "docs", "-o", dir / "g.ttl"}, "", launcher);
  CHECK(mixed.exitCode == 0);
  CHECK(linesStartingWith(mixed.err, "pressgraph: warning: " + locked + ": ").size() == 1);
  CHECK(linesStartingWith(mixed.err, "pressgraph: warning: " + (dir / "docs/secret")).size() == 1);
  CHECK(fs::exists(dir / "g.ttl"));
  CHECK(contains(test::readFile(dir / "g.ttl"), "\"good.txt\""));

  const auto strict = runPressgraph({"build", "--strict", dir / "docs", "-o", dir / "s.ttl"}, "", launcher);
  CHECK(strict.exitCode == 1);
  CHECK_FALSE(fs::exists(dir / "s.ttl"));
}

TEST_CASE("build into a folder that does not exist exits 1 naming the output", "[cli]") {
  const TempDir dir;
  const std::string out = dir / "missing/folder/g.ttl";
  const auto result = runPressgraph({"build", "-q", exampleCorpus(), "-o", out});
  CHECK(result.exitCode == 1);
  const auto errors = linesStartingWith(result.err, "pressgraph: error: ");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("pressgraph: error: " + out + ": "));
  CHECK(contains(errors[0], "No such file or directory"));
  CHECK_FALSE(fs::exists(dir / "missing"));


  fs::create_directory(dir.path() / "folder.ttl");
  const auto intoDir = runPressgraph({"build", "-q", exampleCorpus(), "-o", dir / "folder.ttl"});
  CHECK(intoDir.exitCode == 1);
  CHECK(contains(intoDir.err, "pressgraph: error: " + (dir / "folder.ttl") + ": "));
  CHECK(fs::is_directory(dir / "folder.ttl"));
}

TEST_CASE("build to a full device exits 1 with a write error", "[cli]") {
  if (!fs::exists("/dev/full")) {
    SKIP_TEST(Tool, "no /dev/full on this system");
    return;
  }
  SECTION("-o /dev/full") {
    const auto result = runPressgraph({"build", "-q", exampleCorpus(), "-o", "/dev/full", "--format", "turtle"});
    CHECK(result.exitCode == 1);
    CHECK(contains(result.err, "pressgraph: error: /dev/full: write error"));
  }
  SECTION("standard output redirected to /dev/full: one error line") {
    const auto result = runPressgraph({"build", "-q", exampleCorpus()}, ">/dev/full");
    CHECK(result.exitCode == 1);
    CHECK(contains(result.err, "write error"));
    CHECK(linesStartingWith(result.err, "pressgraph: error: ").size() == 1);
  }
}

TEST_CASE("a failed build leaves an existing output file as it was, with no temporary files beside it", "[cli]") {
  const TempDir dir;
  const BadInputs bad(dir);
  const std::string sentinel = dir.write("out/graph.ttl", "# the previous graph, which must survive\n");
  const std::vector<std::vector<std::string>> failures = {
      {"build", dir / "missing.txt", "-o", sentinel},
      {"build", bad.latin1, "-o", sentinel},
      {"build", "--strict", bad.good, bad.binary, "-o", sentinel},
      {"build", bad.good, "-o", sentinel, "--format", "no-such-format"},
  };
  for (const auto& args : failures) {
    INFO(args[1] << " " << args[2]);
    const auto result = runPressgraph(args);
    CHECK(result.exitCode != 0);
    CHECK(test::readFile(sentinel) == "# the previous graph, which must survive\n");
  }
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir / "out")) left.push_back(entry.path().filename().string());
  CHECK(left == std::vector<std::string>{"graph.ttl"});
}

TEST_CASE("a graph built from the shared dev corpus scores above zero in every category", "[cli]") {
  if (!test::haveShared()) {
    SKIP_TEST(Shared, "../shared absent (the dev corpus and scorer live beside the checkout)");
    return;
  }
  if (!test::haveTool("python3") || !test::haveTool("serdi")) {
    SKIP_TEST(Tool, "the scorer needs python3 and serdi on the PATH");
    return;
  }
  const TempDir dir;
  const auto dev = test::sharedDir() / "corpus" / "dev";
  const std::string graph = dir / "dev.ttl";
  const auto build = runPressgraph({"build", "-q", (dev / "docs").string(), "-o", graph});
  REQUIRE(build.exitCode == 0);
  CHECK(build.err.empty());

  const auto score = test::run("python3 " + test::shellQuote((test::sharedDir() / "eval" / "score.py").string()) +
                               " --graph " + test::shellQuote(graph) + " --gold " +
                               test::shellQuote((dev / "gold").string()) + " --json");
  REQUIRE(score.exitCode == 0);
  rapidjson::Document json;
  json.Parse(score.output.c_str());
  REQUIRE_FALSE(json.HasParseError());
  REQUIRE(json.IsObject());
  REQUIRE(json.HasMember("scores"));
  REQUIRE(json["scores"].IsObject());
  CHECK(json["scores"].MemberCount() > 10);
  for (const auto& category : json["scores"].GetObject()) {
    INFO(category.name.GetString());
    REQUIRE(category.value.HasMember("f1"));
    REQUIRE(category.value["f1"].IsNumber());
    CHECK(category.value["f1"].GetDouble() > 0);
  }
  // Every gold document was found under its identifier.
  REQUIRE(json.HasMember("missing_docs"));
  REQUIRE(json["missing_docs"].IsArray());
  CHECK(json["missing_docs"].Empty());
}


TEST_CASE("the 100 raw pages no rule was written from build without an error, under the sanitizers too", "[cli]") {
  const auto raw = test::sharedDir() / "corpus" / "raw" / "docs";
  if (!std::filesystem::exists(raw)) {
    SKIP_TEST(Shared, "../shared/corpus/raw absent (it lives beside the checkout)");
    return;
  }
  const TempDir dir;
  const std::string graph = dir / "raw.ttl";
  const auto build = runPressgraph({"build", "-q", raw.string(), "-o", graph});
  INFO(build.err);
  REQUIRE(build.exitCode == 0);
  CHECK(std::filesystem::file_size(graph) > 10000);
}

}  // namespace pressgraph
