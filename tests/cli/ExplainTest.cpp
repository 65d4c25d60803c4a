// SPDX-License-Identifier: MIT
// build --explain: every fact's provenance names the rule that made it (pg:rule), as serdi reads
// the output; the ids are the documented ones and agree with the relation they made; they
// survive export and build --into, and partners --why shows them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <set>
#include <string>

#include "tests/cli/CliTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::contains;
using test::exampleCorpus;
using test::runPressgraph;
using test::TempDir;

const std::string PG_RULE = "<https://w3id.org/pressgraph/ontology#rule>";
const std::string RDF_PREDICATE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate>";

// The rule ids ontology/data/lexicon/README.md documents: its table rows "| `id` | ... |" whose
// id has a dot ("role.passive-by-agent"; the word classes have none).
std::set<std::string> documentedRules() {
  std::istringstream readme(test::readFile(test::sourceDir() / "ontology" / "data" / "lexicon" / "README.md"));
  std::set<std::string> ids;
  const std::string open = "| `";
  for (std::string line; std::getline(readme, line);) {
    if (!line.starts_with(open)) continue;
    const auto close = line.find("` |", open.size());
    if (close == std::string::npos) continue;
    const std::string id = line.substr(open.size(), close - open.size());
    if (id.find('.') != std::string::npos && id.find('`') == std::string::npos) ids.insert(id);
  }
  return ids;
}

struct Statements {
  std::map<std::string, std::vector<std::string>> rules;  // #fact-N statement -> its pg:rule values
  std::map<std::string, std::string> predicate;           // #fact-N statement -> rdf:predicate
  std::size_t facts = 0;
};

// The fact statements of a graph, as serdi reads it into N-Triples.
Statements statementsOf(const std::string& graph) {
  const auto serdi = test::run("serdi -i turtle -o ntriples " + test::shellQuote(graph) + " 2>&1");
  REQUIRE(serdi.exitCode == 0);
  Statements out;
  for (const std::string& line : test::sortedLines(serdi.output)) {
    const auto space = line.find(' ');
    const std::string subject = line.substr(0, space);
    if (!contains(subject, "#fact-")) continue;
    const auto second = line.find(' ', space + 1);
    const std::string predicate = line.substr(space + 1, second - space - 1);
    std::string object = line.substr(second + 1);
    object = object.substr(0, object.rfind(" ."));
    if (predicate == PG_RULE) out.rules[subject].push_back(object.substr(1, object.size() - 2));
    if (predicate == RDF_PREDICATE) out.predicate[subject] = object, ++out.facts;
  }
  return out;
}

}  // namespace

TEST_CASE("build --explain names a documented rule on every fact, one that made that relation", "[cli]") {
  if (!test::haveTool("serdi")) {
    SKIP_TEST(Tool, "serdi (Debian package serdi) is not on the PATH");
    return;
  }
  const std::set<std::string> documented = documentedRules();
  REQUIRE(documented.size() >= 20);
  const TempDir dir;
  const std::string graph = dir / "explained.ttl";
  REQUIRE(runPressgraph({"build", "-q", "--explain", exampleCorpus(), "-o", graph}).exitCode == 0);
  const Statements s = statementsOf(graph);
  REQUIRE(s.facts > 50);
  std::set<std::string> used;
  for (const auto& [statement, predicate] : s.predicate) {
    INFO(statement << " " << predicate);
    const auto it = s.rules.find(statement);
    REQUIRE(it != s.rules.end());
    REQUIRE(it->second.size() == 1);
    const std::string& rule = it->second.front();
    CHECK(documented.contains(rule));
    used.insert(rule);
    // A role phrase's rule makes its own role, and only that.
    if (rule == "role.passive-by-agent" || rule == "role.active-subject") CHECK(predicate == "<http://schema.org/organizer>");
    if (rule == "role.partner-with") CHECK(predicate == "<http://schema.org/contributor>");
    if (rule == "role.sponsor-support-of") CHECK(predicate == "<http://schema.org/sponsor>");
    if (rule == "role.funder-funded-by") CHECK(predicate == "<http://schema.org/funder>");
    if (rule.starts_with("event.location.")) CHECK(predicate == "<http://schema.org/location>");
    if (rule.starts_with("office.org-")) CHECK(predicate == "<http://schema.org/parentOrganization>");
  }
  // The example corpus exercises the main rules of each kind.
  for (const char* rule : {"role.passive-by-agent", "role.active-subject", "role.partner-with", "event.location.sentence-city",
                           "office.org-then-place", "place.city-in-country"})
    CHECK(used.contains(rule));

  // Without --explain the same facts come without rules.
  const std::string plain = dir / "plain.ttl";
  REQUIRE(runPressgraph({"build", "-q", exampleCorpus(), "-o", plain}).exitCode == 0);
  const Statements p = statementsOf(plain);
  CHECK(p.facts == s.facts);
  CHECK(p.rules.empty());
}

TEST_CASE("rules survive export and build --into, and partners --why shows them", "[cli]") {
  const TempDir dir;
  const std::string graph = dir / "explained.ttl";
  REQUIRE(runPressgraph({"build", "-q", "--explain", exampleCorpus(), "-o", graph}).exitCode == 0);
  const std::string turtle = test::readFile(graph);
  REQUIRE(contains(turtle, "pg:rule \"role."));

  // Turtle -> N-Quads -> Turtle gives the same bytes, rules and all.
  REQUIRE(runPressgraph({"export", graph, "-o", dir / "g.nq"}).exitCode == 0);
  REQUIRE(runPressgraph({"export", dir / "g.nq", "-o", dir / "back.ttl"}).exitCode == 0);
  CHECK(test::readFile(dir / "back.ttl") == turtle);

  // Adding a document without --explain keeps the rules already recorded.
  const std::string more = dir.write("more/riga-seminar.txt",
                                     "Riga - On 3 March 2021 the OSCE held a seminar on border management in Riga.\n");
  REQUIRE(runPressgraph({"build", "-q", "--into", graph, dir / "more", "-o", dir / "into.ttl"}).exitCode == 0);
  const std::string into = test::readFile(dir / "into.ttl");
  CHECK(contains(into, "pg:rule \"role."));
  CHECK(contains(into, "riga-seminar.txt"));

  const auto why = runPressgraph({"query", graph, "partners", "IOM", "--why"});
  REQUIRE(why.exitCode == 0);
  CHECK(contains(why.out, "        [role."));
  const auto plainWhy = runPressgraph({"query", dir / "g.nq", "partners", "IOM", "--why", "--format", "json"});
  REQUIRE(plainWhy.exitCode == 0);
  CHECK(contains(plainWhy.out, "\"rules\""));
  CHECK(contains(plainWhy.out, "\"role."));
}

}  // namespace pressgraph
