// SPDX-License-Identifier: MIT
// cli/MergeCommand.cpp, run as the real program: shards of a generated corpus, built apart and
// merged, are the bytes of one build over the whole corpus.
//
// What makes shards agree: a document's IRI comes from its identifier and path alone (with
// --root, its path under the corpus root, whichever shard reads it); an entity's IRI from its
// canonical name; facts are numbered per document (<DOC#fact-N>), never across the corpus;
// extraction looks at one document at a time, so no decision in build spans documents; of two
// spellings of one name the canonical is the better by a total order (betterName), whichever
// came first (only names that differ beyond case, accents and punctuation under one IRI, which
// entity IRIs made from those names rule out but for slug collisions, keep the first seen);
// which documents give which names is written where not every document behind the
// node gives it, and credited per file when read back, so a shard's "every document" is its
// own; and the writers sort everything (nodes, edges, values, provenance) and use no blank
// nodes, so the bytes depend on the set of triples only.
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

using test::contains;

}  // namespace

TEST_CASE("four shards of a generated corpus, built apart and merged, are one build's bytes", "[cli]") {
  if (!test::haveTool("python3")) {
    SKIP_TEST(Tool, "python3 is not on the PATH (bench/generate_corpus.py needs it)");
    return;
  }
  const TempDir dir;
  const std::string corpus = dir / "corpus";
  const std::string generator = (test::sourceDir() / "bench" / "generate_corpus.py").string();
  REQUIRE(test::run("python3 " + test::shellQuote(generator) + " --docs 300 --seed 5 --quiet " + test::shellQuote(corpus)).exitCode == 0);

  // The corpus is one folder per source site; shards take every fourth, so that no shard is a
  // contiguous run of the whole build's input order.
  std::vector<std::string> folders;
  for (const auto& entry : fs::directory_iterator(corpus))
    if (entry.is_directory()) folders.push_back(entry.path().string());
  std::sort(folders.begin(), folders.end());
  REQUIRE(folders.size() >= 8);

  const std::string whole = dir / "whole.ttl";
  REQUIRE(runPressgraph({"build", "-q", corpus, "-o", whole}).exitCode == 0);
  std::vector<std::string> mergeArgs{"merge", "-q"};
  for (int shard = 0; shard < 4; ++shard) {
    const std::string out = dir / ("shard" + std::to_string(shard) + (shard % 2 ? ".nq" : ".ttl"));
    std::vector<std::string> args{"build", "-q", "--root", corpus, "-o", out};
    for (std::size_t i = static_cast<std::size_t>(shard); i < folders.size(); i += 4) args.push_back(folders[i]);
    REQUIRE(runPressgraph(args).exitCode == 0);
    mergeArgs.push_back(out);
  }
  // In another order than the shards were cut, too.
  std::swap(mergeArgs[2], mergeArgs[5]);
  const std::string merged = dir / "merged.ttl";
  mergeArgs.insert(mergeArgs.end(), {"-o", merged});
  REQUIRE(runPressgraph(mergeArgs).exitCode == 0);
  const std::string wholeBytes = readFile(whole);
  CHECK(contains(wholeBytes, "#fact-"));
  CHECK(contains(wholeBytes, "#value-"));
  CHECK(difference(readFile(merged), wholeBytes).empty());

  // Without --root a shard names its documents relative to its folders, not the corpus: they
  // are other documents, and the merge is no longer the whole build.
  const std::string unrooted = dir / "unrooted.ttl", single = dir / "single.ttl";
  REQUIRE(runPressgraph({"build", "-q", folders[0], "-o", unrooted}).exitCode == 0);
  REQUIRE(runPressgraph({"build", "-q", "--root", corpus, folders[0], "-o", single}).exitCode == 0);
  CHECK(readFile(unrooted) != readFile(single));
}

TEST_CASE("merge writes any format, reads any syntax, and reports errors with exit codes", "[cli]") {
  const TempDir dir;
  const std::string graph = dir / "g.ttl", quads = dir / "g.nq", back = dir / "back.ttl";
  REQUIRE(runPressgraph({"build", "-q", test::exampleCorpus(), "-o", graph}).exitCode == 0);
  REQUIRE(runPressgraph({"merge", "-q", graph, "-o", quads}).exitCode == 0);
  REQUIRE(runPressgraph({"merge", "-q", quads, "-o", back}).exitCode == 0);
  CHECK(difference(readFile(back), readFile(graph)).empty());
  // Merging a graph with itself adds nothing.
  REQUIRE(runPressgraph({"merge", "-q", graph, quads, "-o", back}).exitCode == 0);
  CHECK(difference(readFile(back), readFile(graph)).empty());
  const auto jsonld = runPressgraph({"merge", graph, "-o", dir / "g.jsonld"});
  CHECK(jsonld.exitCode == 0);
  CHECK(contains(jsonld.err, "pressgraph: merged 1 graph: "));

  CHECK(runPressgraph({"merge", "--help"}).exitCode == 0);
  CHECK(contains(runPressgraph({"merge", "--help"}).out, "Example"));
  const auto none = runPressgraph({"merge", "-o", back});
  CHECK(none.exitCode == 2);
  const auto missing = runPressgraph({"merge", graph, dir / "missing.ttl", "-o", back});
  CHECK(missing.exitCode == 1);
  CHECK(contains(missing.err, "pressgraph: error: "));
  CHECK(runPressgraph({"merge", graph, "-o", dir / "out.unknown"}).exitCode == 2);
  CHECK(runPressgraph({"merge", graph}, ">/dev/full").exitCode == 1);
}

}  // namespace pressgraph
