// SPDX-License-Identifier: MIT
// Extraction quality may not fall: each annotated corpus, built by the program and scored by
// ../shared/eval/score.py, keeps every headline category at or above its floor (the F1 measured
// when the floor was set, less 0.02; raise a floor when the score rises).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/CliTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;

struct Floors {
  const char* name;
  fs::path docs, gold;
  double entities, events, relations, partnerships;
};

std::vector<Floors> corpora() {
  const fs::path shared = test::sharedDir() / "corpus", own = test::sourceDir() / "tests" / "data";
  return {
      {"dev (21 real pages)", shared / "dev" / "docs", shared / "dev" / "gold", 0.89, 0.85, 0.80, 0.82},
      {"raw (100 real pages)", shared / "raw" / "docs", shared / "raw" / "gold", 0.82, 0.84, 0.71, 0.53},
      {"tests/data/corpus", own / "corpus" / "docs", own / "corpus" / "gold", 0.89, 0.82, 0.83, 0.88},
      {"tests/data/heldout", own / "heldout" / "docs", own / "heldout" / "gold", 0.84, 0.83, 0.84, 0.72},
      {"tests/data/heldout2", own / "heldout2" / "docs", own / "heldout2" / "gold", 0.82, 0.83, 0.80, 0.62},
      {"tests/data/heldout3", own / "heldout3" / "docs", own / "heldout3" / "gold", 0.85, 0.86, 0.71, 0.66},
  };
}

}  // namespace

TEST_CASE("extraction keeps its scores on every annotated corpus, category by category", "[cli]") {
  if (!test::haveShared()) {
    SKIP_TEST(Shared, "../shared absent (the scorer and the real pages live beside the checkout)");
    return;
  }
  if (!test::haveTool("python3") || !test::haveTool("serdi")) {
    SKIP_TEST(Tool, "the scorer needs python3 and serdi on the PATH");
    return;
  }
  const std::string scorer = (test::sharedDir() / "eval" / "score.py").string();
  for (const Floors& corpus : corpora()) {
    INFO(corpus.name);
    const test::TempDir dir;
    const std::string graph = dir / "graph.ttl";
    REQUIRE(test::runPressgraph({"build", "-q", corpus.docs.string(), "-o", graph}).exitCode == 0);
    const auto score = test::run("python3 " + test::shellQuote(scorer) + " --graph " + test::shellQuote(graph) + " --gold " +
                                 test::shellQuote(corpus.gold.string()) + " --json");
    REQUIRE(score.exitCode == 0);
    rapidjson::Document json;
    json.Parse(score.output.c_str());
    REQUIRE_FALSE(json.HasParseError());
    const auto f1 = [&](const char* category) { return json["scores"][category]["f1"].GetDouble(); };
    CHECK(f1("ALL entities") >= corpus.entities);
    CHECK(f1("events") >= corpus.events);
    CHECK(f1("ALL relations") >= corpus.relations);
    CHECK(f1("partnerships") >= corpus.partnerships);
  }
}

// The scorer counts a role or a contact only when the organization it names is one of the page's
// organizations or offices, spelled as its name or an alias; a name it cannot find ("Ministry
// of Labour|MoL" where only the name is listed) lowers every score silently.
TEST_CASE("our own gold files name, in each role and contact, an organization the page lists", "[cli]") {
  const fs::path own = test::sourceDir() / "tests" / "data";
  std::size_t files = 0;
  for (const char* set : {"corpus", "heldout", "heldout2", "heldout3"})
    for (const auto& entry : fs::directory_iterator(own / set / "gold")) {
      INFO(entry.path().string());
      ++files;
      rapidjson::Document gold;
      gold.Parse(test::readFile(entry.path()).c_str());
      REQUIRE_FALSE(gold.HasParseError());
      std::set<std::string> spellings;
      const auto addSpellings = [&](const rapidjson::Value& name) {
        std::string all = name.GetString();
        for (std::size_t from = 0;;) {
          const std::size_t bar = all.find('|', from);
          spellings.insert(all.substr(from, bar - from));
          if (bar == std::string::npos) break;
          from = bar + 1;
        }
      };
      for (const char* kind : {"organizations", "offices"})
        for (const auto& org : gold[kind].GetArray()) {
          addSpellings(org["name"]);
          if (org.HasMember("aliases") && org["aliases"].IsArray())
            for (const auto& alias : org["aliases"].GetArray()) addSpellings(alias);
        }
      for (const auto& event : gold["events"].GetArray())
        for (const char* role : {"organizers", "partners", "sponsors", "participants"})
          if (event.HasMember(role))
            for (const auto& name : event[role].GetArray()) CHECK(spellings.count(name.GetString()) == 1);
      for (const auto& contact : gold["contacts"].GetArray())
        if (contact.HasMember("office") && contact["office"].IsString())
          CHECK(spellings.count(contact["office"].GetString()) == 1);
    }
  CHECK(files >= 40);
}

}  // namespace pressgraph
