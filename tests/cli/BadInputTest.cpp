// SPDX-License-Identifier: MIT
// Issue 5's bad inputs, one test case each, run through the real program: what it says on stderr,
// its exit status, what it builds from the good documents beside a bad one, and what it leaves.
#include <catch2/catch.hpp>

#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/CliTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;
using test::linesStartingWith;
using test::readFile;
using test::runPressgraph;
using test::TempDir;

using test::contains;

std::vector<std::string> filesIn(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

struct Run {
  std::string redirect;  // added to the command line, e.g. "<file"
  std::string launcher;  // runs the program, e.g. as another user
};

// The one error line of a run that must fail.
std::string failure(const test::ProgramResult& result) {
  CHECK(result.exitCode == 1);
  const auto errors = linesStartingWith(result.err, "pressgraph: error: ");
  REQUIRE(errors.size() == 1);
  return errors[0];
}

// What one bad document may cost, and no more. Beside a good release it gives one warning that
// starts with `where` (FILE or FILE:LINE) and says `reason`, the graph of the good release, and
// a count at the end. Under --strict, building on that graph and writing over it, it is one
// error naming `where`, exit 1, and the graph left byte for byte as it was, with no temporary
// file beside it. Returns what the first run printed on stderr.
std::string checkSkippedThenStrict(const TempDir& dir, const std::vector<std::string>& bad, const std::string& where,
                                   std::string_view reason, const Run& how = {}) {
  const std::string good = dir.write("good/good.txt", "IOM and UNHCR held a workshop in Minsk on 4 April 2017.\n");
  fs::create_directories(dir.path() / "out");
  fs::permissions(dir.path(), fs::perms::all);  // `how.launcher` may run it as another user
  fs::permissions(dir.path() / "out", fs::perms::all);
  const std::string out = dir / "out/g.ttl";
  std::vector<std::string> args = {"build", good};
  args.insert(args.end(), bad.begin(), bad.end());
  args.insert(args.end(), {"-o", out});

  const auto built = runPressgraph(args, how.redirect, how.launcher);
  CHECK(built.exitCode == 0);
  const auto warnings = linesStartingWith(built.err, "pressgraph: warning: ");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].starts_with("pressgraph: warning: " + where + ": "));
  CHECK(contains(warnings[0], reason));
  CHECK(contains(built.err, "; 1 document skipped\n"));
  REQUIRE(fs::exists(out));
  const std::string graph = readFile(out);
  CHECK(contains(graph, "\"good.txt\""));

  args.insert(args.begin() + 1, {"--strict", out});
  const auto strict = runPressgraph(args, how.redirect, how.launcher);
  const std::string error = failure(strict);
  CHECK(error.starts_with("pressgraph: error: " + where + ": "));
  CHECK(readFile(out) == graph);
  CHECK(filesIn(dir.path() / "out") == std::vector<std::string>{"g.ttl"});
  return built.err;
}

// GNU time as a launcher prints the largest resident set of the run on stderr.
const std::string PEAK_PREFIX = "pressgraph-test-peak-kb=";
std::string measuringPeak() { return fs::exists("/usr/bin/time") ? "/usr/bin/time -f " + PEAK_PREFIX + "%M" : ""; }
std::size_t peakKilobytes(const std::string& err) {
  const auto lines = linesStartingWith(err, PEAK_PREFIX);
  REQUIRE(lines.size() == 1);
  return std::stoul(lines[0].substr(PEAK_PREFIX.size()));
}

// A file of `size` bytes that holds `head` and then a hole: it costs no disk, and reads as NULs.
std::string sparseFile(const TempDir& dir, const std::string& name, std::string_view head, std::uintmax_t size) {
  const std::string path = dir.write(name, head);
  fs::resize_file(path, size);
  return path;
}

constexpr std::uintmax_t GIGABYTE = std::uintmax_t{1} << 30;
// Well under the 1 GB file, well over the 64 MiB a document may hold (sanitizer builds included).
constexpr std::size_t PEAK_LIMIT_KB = 400 * 1024;

}  // namespace

TEST_CASE("bad input: a missing path", "[cli]") {
  const TempDir dir;
  const std::string good = dir.write("good.txt", "IOM held a workshop in Minsk.\n");
  const std::string out = dir.write("g.ttl", "# an earlier graph\n");
  const std::string missing = dir / "no-such-folder";
  const auto result = runPressgraph({"build", good, missing, "-o", out});
  const std::string error = failure(result);
  CHECK(error == "pressgraph: error: " + missing + ": no such file or directory");
  CHECK(readFile(out) == "# an earlier graph\n");
}

TEST_CASE("bad input: a directory without permission", "[cli]") {
  const TempDir dir;
  dir.write("docs/secret/hidden.txt", "IOM met.\n");
  fs::permissions(dir.path() / "docs/secret", fs::perms::none);
  // chmod 000 stops everyone but root: as root, the program runs as nobody.
  Run how;
  if (::geteuid() == 0) {
    if (!test::haveTool("setpriv")) {
      SKIP_TEST(Tool, "running as root, which permissions do not stop, and setpriv is missing to run as nobody");
      return;
    }
    how.launcher = "setpriv --reuid=65534 --regid=65534 --clear-groups";
  }
  checkSkippedThenStrict(dir, {dir / "docs"}, dir / "docs/secret", "cannot read directory: Permission denied", how);
}

TEST_CASE("bad input: a symlink loop", "[cli]") {
  const TempDir dir;
  // docs/a.txt -> b.txt -> docs/a.txt, with one end outside docs/ so that the walk meets one bad entry.
  fs::create_directories(dir.path() / "docs");
  fs::create_symlink("../b.txt", dir.path() / "docs/a.txt");
  fs::create_symlink("docs/a.txt", dir.path() / "b.txt");
  SECTION("in a folder: skipped with a warning") {
    checkSkippedThenStrict(dir, {dir / "docs"}, dir / "docs/a.txt", "looping symbolic link");
  }
  SECTION("named on the command line: an error") {
    const auto result = runPressgraph({"build", dir / "docs/a.txt", "-o", dir / "g.ttl"});
    CHECK(failure(result).starts_with("pressgraph: error: " + (dir / "docs/a.txt") + ": "));
    CHECK_FALSE(fs::exists(dir / "g.ttl"));
  }
}

TEST_CASE("bad input: a 1 GB single-line file", "[cli]") {
  const TempDir dir;
  const Run measured{"", measuringPeak()};
  if (measured.launcher.empty()) SKIP_TEST(Tool, "no /usr/bin/time: the memory a run takes is not checked");
  const auto checkPeak = [&](const std::string& err) {
    if (!measured.launcher.empty()) CHECK(peakKilobytes(err) < PEAK_LIMIT_KB);
  };
  SECTION("text: rejected by its size, never read") {
    const std::string big = sparseFile(dir, "big/big.txt", "IOM held a workshop in Minsk. ", GIGABYTE);
    checkPeak(checkSkippedThenStrict(dir, {big}, big, "file too large", measured));
  }
  SECTION("JSONL: the line is read through, not held") {
    const std::string big = sparseFile(dir, "big/big.jsonl", "{\"text\": \"IOM held a workshop in Minsk. ", GIGABYTE);
    checkPeak(checkSkippedThenStrict(dir, {big}, big + ":1", "line too long", measured));
  }
  SECTION("standard input: read up to the limit, no further") {
    const std::string big = sparseFile(dir, "big/big.txt", "IOM held a workshop in Minsk. ", GIGABYTE);
    checkPeak(checkSkippedThenStrict(dir, {"-"}, "-", "file too large", {"<" + test::shellQuote(big), measured.launcher}));
  }
}

TEST_CASE("bad input: NUL bytes", "[cli]") {
  const TempDir dir;
  const std::string nul = dir.write("docs/nul.txt", "IOM held a workshop.\nIn Minsk.\nThen \0 came.\n"s);
  checkSkippedThenStrict(dir, {nul}, nul + ":3", "NUL byte");
}

TEST_CASE("bad input: invalid UTF-8", "[cli]") {
  const TempDir dir;
  const std::string latin1 = dir.write("docs/latin1.txt", "IOM held a workshop.\nIOM Chi\xBAin\xE3u met.\n");
  checkSkippedThenStrict(dir, {latin1}, latin1 + ":2", "invalid UTF-8");
}

TEST_CASE("bad input: a truncated JSONL line", "[cli]") {
  const TempDir dir;
  const std::string jsonl = dir.write("docs/news.jsonl",
                                      "{\"url\": \"https://example.org/1\", \"text\": \"UNHCR met in Kyiv.\"}\n"
                                      "{\"url\": \"https://example.org/2\", \"text\": \"IOM met in Osh.\"}\n"
                                      "{\"url\": \"https://example.org/3\", \"text\": \"IOM and UNHCR me");
  checkSkippedThenStrict(dir, {jsonl}, jsonl + ":3", "invalid JSON");
  // The lines before the cut are documents of the graph.
  const std::string graph = readFile(dir / "out/g.ttl");
  CHECK(contains(graph, "https://example.org/1"));
  CHECK(contains(graph, "https://example.org/2"));
  CHECK_FALSE(contains(graph, "https://example.org/3"));
}

TEST_CASE("bad input: a JSON record without text", "[cli]") {
  const TempDir dir;
  const std::string json = dir.write("docs/record.json", "{\"url\": \"https://example.org/1\", \"title\": \"IOM in Minsk\"}\n");
  checkSkippedThenStrict(dir, {json}, json + ":1", "JSON record has no text");
}

TEST_CASE("bad input: an empty folder", "[cli]") {
  const TempDir dir;
  fs::create_directories(dir.path() / "empty");
  const auto result = runPressgraph({"build", dir / "empty", "-o", dir / "g.ttl"});
  const std::string error = failure(result);
  CHECK(contains(error, "no documents in the input"));
  CHECK_FALSE(fs::exists(dir / "g.ttl"));
}

TEST_CASE("bad input: an output path in a missing folder", "[cli]") {
  const TempDir dir;
  const std::string good = dir.write("good.txt", "IOM held a workshop in Minsk.\n");
  const std::string out = dir / "missing/g.ttl";
  const auto result = runPressgraph({"build", good, "-o", out});
  const std::string error = failure(result);
  CHECK(error.starts_with("pressgraph: error: " + out + ": "));
  CHECK(contains(error, "No such file or directory"));
  CHECK_FALSE(fs::exists(dir / "missing"));
}

TEST_CASE("bad input: a full disk (-o /dev/full)", "[cli]") {
  if (!fs::is_character_file("/dev/full")) {
    SKIP_TEST(Tool, "no /dev/full on this system");
    return;
  }
  const TempDir dir;
  const std::string good = dir.write("good.txt", "IOM held a workshop in Minsk.\n");
  const auto result = runPressgraph({"build", good, "-o", "/dev/full", "--format", "turtle"});
  const std::string error = failure(result);
  CHECK(error == "pressgraph: error: /dev/full: write error: No space left on device");
  CHECK(fs::is_character_file("/dev/full"));  // written in place, never replaced
}

namespace {

// `build` (with a good document), `export` and `stats` each refuse the graph file `graph` with
// an error starting `message`, and leave an earlier output as it was.
void checkGraphRefused(const TempDir& dir, const std::string& graph, const std::string& message) {
  const std::string good = dir.write("good.txt", "IOM held a workshop in Minsk.\n");
  const std::string out = dir.write("g.ttl", "# an earlier graph\n");
  for (const auto& args : std::vector<std::vector<std::string>>{{"build", good, graph, "-o", out},
                                                                {"export", graph, "-o", out},
                                                                {"stats", graph}}) {
    INFO(args[0]);
    const auto result = runPressgraph(args);
    CHECK(failure(result).starts_with("pressgraph: error: " + graph + message));
    CHECK(readFile(out) == "# an earlier graph\n");
  }
}

}  // namespace

TEST_CASE("bad input: a graph file that is not RDF", "[cli]") {
  const TempDir dir;
  const std::string notRdf = dir.write("notes.ttl", "@prefix ex: <http://example.org/> .\nThese are my notes.\n");
  checkGraphRefused(dir, notRdf, ":2: not valid RDF");
}

TEST_CASE("bad input: a graph file nested deeper than the parser's stack allows", "[cli]") {
  // Serd recurses for each "[" or "(": 100,000 of them overflowed the stack (found by fuzz_graph).
  const TempDir dir;
  const std::string deep = dir.write("deep.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b " + std::string(100'000, '(') +
                                                     std::string(100'000, ')') + " .\n");
  checkGraphRefused(dir, deep, ":2: blank nodes or lists nested more than 1000 deep: not a graph Pressgraph reads");
}

TEST_CASE("bad input: a graph file with a NUL byte, after which Serd and the nesting guard would disagree", "[cli]") {
  // Found by fuzz_graph: Serd ends a comment at a NUL byte and reads on, while the guard took the
  // 29,000 "(" after it for the rest of the comment, and Serd's recursion overflowed the stack.
  const TempDir dir;
  const std::string nul = dir.write("nul.ttl", "@prefix ex: <http://example.org/> .\n## note" + std::string(1, '\0') +
                                                   std::string(100'000, '(') + "\n");
  checkGraphRefused(dir, nul, ":2: a NUL byte: not a graph Pressgraph reads");
  const std::string inString = dir.write("nul-string.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b \"x" +
                                                               std::string(1, '\0') + "\" .\n");
  checkGraphRefused(dir, inString, ":2: a NUL byte: not a graph Pressgraph reads");
}

TEST_CASE("brackets inside IRIs, strings and comments of a graph file are not nesting", "[cli]") {
  const TempDir dir;
  const std::string good = dir.write("good.txt", "IOM held a workshop in Minsk.\n");
  const std::string graph = dir / "g.ttl";
  REQUIRE(runPressgraph({"build", "-q", good, "-o", graph}).exitCode == 0);
  const std::string many(5000, '(');
  std::ofstream(graph, std::ios::app) << "# " << many << "\n"
                                      << "<http://example.org/" << many << "> <http://example.org/p> \"" << many << "\\\"\" , '" << many
                                      << "' , \"\"\"" << many << " \"\" \\\" \"\"\" , \'\'\'" << many << "\'\'\' , \"\" , ( [ <http://example.org/q> \"]]\" ] ) .\n";
  const auto result = runPressgraph({"export", graph, "-o", dir / "g.nt"});
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  const std::string nt = readFile(dir / "g.nt");
  CHECK(contains(nt, "<http://schema.org/identifier> \"good.txt\""));
}

TEST_CASE("bad input: an output path that is a pipe", "[cli]") {
  const TempDir dir;
  const std::string good = dir.write("good.txt", "IOM held a workshop in Minsk.\n");
  const std::string fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // The shell reads the pipe while the program writes it; its stderr goes to the test's log.
  const auto result = runPressgraph({"build", "-q", good, "-o", fifo, "--format", "nt"},
                                    "& timeout 60 cat " + test::shellQuote(fifo) + "; wait $!");
  CHECK(result.exitCode == 0);
  CHECK(contains(result.out, "<http://schema.org/identifier> \"good.txt\""));
  CHECK(fs::is_fifo(fifo));
  CHECK(filesIn(dir.path()) == std::vector<std::string>{"good.txt", "pipe"});
}

TEST_CASE("bad input: /dev/stdout as the output, appended to a file", "[cli]") {
  const TempDir dir;
  const std::string good = dir.write("good.txt", "IOM held a workshop in Minsk.\n");
  const std::string log = dir.write("log.nt", "# earlier lines, kept\n");
  const auto result = runPressgraph({"build", "-q", good, "-o", "/dev/stdout", "--format", "nt"},
                                    ">>" + test::shellQuote(log));
  CHECK(result.exitCode == 0);
  const std::string written = readFile(log);
  CHECK(written.starts_with("# earlier lines, kept\n"));
  CHECK(contains(written, "<http://schema.org/identifier> \"good.txt\""));
  CHECK(filesIn(dir.path()) == std::vector<std::string>{"good.txt", "log.nt"});
}

}  // namespace pressgraph
