// SPDX-License-Identifier: MIT
// scripts/rule_report.py, run on a hand-written graph and its gold files (tests/data/rule-report/):
// per-rule counts worked out by hand from the gold files, a missed gold item, and exit codes.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <filesystem>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/CliTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

using test::contains;

std::filesystem::path dataDir() { return test::sourceDir() / "tests" / "data" / "rule-report"; }
std::string graphFile() { return (dataDir() / "graph.ttl").string(); }
std::string goldDir() { return (dataDir() / "gold").string(); }
std::filesystem::path scorer() { return test::sharedDir() / "eval" / "score.py"; }

// Runs scripts/rule_report.py under python3 with `args`, as runPressgraph runs the program:
// standard input /dev/null, standard output and standard error captured apart.
test::ProgramResult runRuleReport(const std::vector<std::string>& args) {
  const test::TempFile errors(".stderr");
  std::string command = "python3 " + test::shellQuote((test::sourceDir() / "scripts" / "rule_report.py").string());
  for (const auto& arg : args) command += " " + test::shellQuote(arg);
  command += " </dev/null 2>" + errors.quoted();
  const test::CommandResult result = test::run(command);
  return {result.exitCode, result.output, test::readFile(errors.path())};
}

// `object[name]`, failing the test when it is missing rather than tripping RapidJSON's assert.
const rapidjson::Value& member(const rapidjson::Value& object, const char* name) {
  INFO("JSON member " << name);
  REQUIRE(object.IsObject());
  REQUIRE(object.HasMember(name));
  return object[name];
}

int intMember(const rapidjson::Value& object, const char* name) {
  const rapidjson::Value& value = member(object, name);
  REQUIRE(value.IsInt());
  return value.GetInt();
}

// The whitespace-separated words of `line`: the text table's columns.
std::vector<std::string> words(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

// What the report must say of each rule's facts in tests/data/rule-report/graph.ttl, worked out
// fact by fact from gold/ (r1 = r1_accra-workshop, r2 = r2_tbilisi-training).
struct RuleCounts {
  const char* rule;
  int made, confirmed, unconfirmed, unscored;
};
constexpr RuleCounts EXPECTED_RULES[] = {
    // r1 fact-9: Ama Mensah is the gold contact for IOM Accra.
    {"contact.block", 1, 1, 0, 0},
    // r2 fact-5: Batumi, the training's second place; the gold has Tbilisi.
    {"event.location.dateline-city", 1, 0, 1, 0},
    // r1 fact-5: Accra for the workshop; r2 fact-4: Tbilisi for the training; r1 fact-7: Accra for
    // the press briefing, which matches no gold event.
    {"event.location.sentence-city", 3, 2, 1, 0},
    // r1 fact-11: the gold annotates no attendees.
    {"event.role.attendee", 1, 0, 0, 1},
    // r1 facts 1 and 2: IOM Accra (an office, so IOM on both sides) and the Ghana Immigration
    // Service organized the workshop.
    {"event.role.organizer.passive-agent", 2, 2, 0, 0},
    // r2 fact-1: ICMPD organized the training; r1 fact-6: IOM and the press briefing (no gold event).
    {"event.role.organizer.subject-verb", 2, 1, 1, 0},
    // r2 fact-2: PSDA is the training's partner; r1 fact-4: the World Bank is in no gold file.
    {"event.role.partner.in-cooperation", 2, 1, 1, 0},
    // r1 fact-3: Canada sponsored the workshop (schema:sponsor); r2 fact-3: the EU funded the
    // training (schema:funder).
    {"event.role.sponsor.funded-by", 2, 2, 0, 0},
    // r1 fact-8: IOM Accra is a gold office of IOM; r2 fact-6: ICMPD Tbilisi is no gold office.
    {"office.org-plus-place", 2, 1, 1, 0},
    // r1 fact-10: the gold annotates no worksFor.
    {"person.works-for", 1, 0, 0, 1},
};

// The gold items nobody found, per category: {category, gold items, missed}.
struct Missed {
  const char* category;
  int gold, missed;
};
constexpr Missed EXPECTED_MISSED[] = {
    {"organizations", 8, 1},  // UNICEF (r1): no node
    {"events", 3, 1},         // the roundtable (r1): no node
    {"rel:organizer", 4, 1},  // the Ghana Immigration Service organized the roundtable
    {"rel:involved", 8, 2},   // the same, and UNICEF the workshop's partner
    {"rel:location", 2, 0},
    {"rel:date", 3, 1},       // the roundtable's date
    {"rel:phone", 1, 1},      // Ama Mensah's phone number
    {"partnerships", 9, 3},   // UNICEF with each of the workshop's other three
};

bool canRun() {
  if (!std::filesystem::exists(scorer())) {
    SKIP_TEST(Shared, "no scorer at " << scorer().string() << " (../shared lives beside the checkout)");
    return false;
  }
  if (!test::haveTool("python3") || !test::haveTool("serdi")) {
    SKIP_TEST(Tool, "rule_report.py needs python3 and serdi on the PATH");
    return false;
  }
  return true;
}

}  // namespace

TEST_CASE("rule_report.py counts each rule's facts the gold confirms, contradicts or does not score", "[cli]") {
  if (!canRun()) return;
  const auto result = runRuleReport({"--graph", graphFile(), "--gold", goldDir(), "--json"});
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  CHECK(result.err.empty());  // a warning here: score.py no longer matches as the script does
  rapidjson::Document json;
  json.Parse(result.out.c_str());
  REQUIRE_FALSE(json.HasParseError());

  const rapidjson::Value& rules = member(json, "rules");
  CHECK(rules.MemberCount() == std::size(EXPECTED_RULES));
  for (const RuleCounts& expected : EXPECTED_RULES) {
    INFO(expected.rule);
    const rapidjson::Value& row = member(rules, expected.rule);
    CHECK(intMember(row, "made") == expected.made);
    CHECK(intMember(row, "confirmed") == expected.confirmed);
    CHECK(intMember(row, "unconfirmed") == expected.unconfirmed);
    CHECK(intMember(row, "unscored") == expected.unscored);
  }
  const rapidjson::Value& precision = member(member(rules, "office.org-plus-place"), "precision");
  REQUIRE(precision.IsNumber());
  CHECK(precision.GetDouble() == Approx(0.5));
  CHECK(member(member(rules, "person.works-for"), "precision").IsNull());  // nothing scored

  const rapidjson::Value& total = member(json, "total");
  CHECK(intMember(total, "made") == 17);
  CHECK(intMember(total, "confirmed") == 10);
  CHECK(intMember(total, "unconfirmed") == 5);
  CHECK(intMember(total, "unscored") == 2);
  // r1 fact-12 (containedInPlace) and value-1 (a spelling) carry no pg:rule.
  CHECK(intMember(json, "statements_without_rule") == 2);
  CHECK(intMember(json, "facts_without_gold") == 0);

  const rapidjson::Value& missed = member(json, "missed");
  for (const Missed& expected : EXPECTED_MISSED) {
    INFO(expected.category);
    const rapidjson::Value& row = member(missed, expected.category);
    CHECK(intMember(row, "gold") == expected.gold);
    CHECK(intMember(row, "missed") == expected.missed);
  }
}

TEST_CASE("rule_report.py prints a row per rule, a total, and each missed gold item with its document", "[cli]") {
  if (!canRun()) return;
  const auto result = runRuleReport({"--graph", graphFile(), "--gold", goldDir()});
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  CHECK(result.err.empty());
  const auto rows = test::linesStartingWith(result.out, "event.role.organizer.subject-verb ");
  REQUIRE(rows.size() == 1);
  CHECK(words(rows[0]) == std::vector<std::string>{"event.role.organizer.subject-verb", "2", "1", "1", "0", "0.500"});
  const auto totals = test::linesStartingWith(result.out, "TOTAL ");
  REQUIRE(totals.size() == 1);
  CHECK(words(totals[0]) == std::vector<std::string>{"TOTAL", "17", "10", "5", "2", "0.667"});
  // The gold roundtable no rule found: the events row (gold items, missed), then "DOC: name (type, date, city)".
  const auto events = test::linesStartingWith(result.out, "events ");
  REQUIRE(events.size() == 1);
  CHECK(words(events[0]) == std::vector<std::string>{"events", "3", "1"});
  CHECK(contains(result.out, events[0] + "\n  r1_accra-workshop.txt: Roundtable on labour migration (Roundtable, "
                                         "2016-05-10, no city)\n"));
  CHECK(contains(result.out, "\n  r1_accra-workshop.txt: Ama Mensah -> +233 30 274 2930\n"));  // as the gold writes it

  // The same report twice: byte for byte (sorted, no dictionary order leaks out).
  CHECK(runRuleReport({"--graph", graphFile(), "--gold", goldDir()}).out == result.out);
  // --examples 0: the counts without the items.
  const auto bare = runRuleReport({"--graph", graphFile(), "--gold", goldDir(), "--examples", "0"});
  CHECK(bare.exitCode == 0);
  CHECK_FALSE(contains(bare.out, "r1_accra-workshop.txt:"));
}

TEST_CASE("rule_report.py without a scorer exits 77 and says so, and misuse exits 2", "[cli]") {
  if (!test::haveTool("python3")) {
    SKIP_TEST(Tool, "python3 is not on the PATH");
    return;
  }
  const auto absent = runRuleReport({"--graph", graphFile(), "--gold", goldDir(), "--scorer", "/nonexistent"});
  CHECK(absent.exitCode == 77);
  CHECK(absent.out.empty());
  CHECK(absent.err == "rule_report: no scorer at /nonexistent (../shared is absent): nothing to report\n");

  const std::vector<std::vector<std::string>> misuses = {
      {"--gold", goldDir()},                                        // no --graph
      {"--graph", graphFile(), "--gold", goldDir(), "--no-such-option"},
      {"--graph", graphFile(), "--gold", goldDir(), "--examples", "many"},
  };
  for (const auto& args : misuses) {
    INFO(args.back());
    const auto result = runRuleReport(args);
    CHECK(result.exitCode == 2);
    CHECK(result.out.empty());
    CHECK(contains(result.err, "rule_report: error: "));
  }
}

}  // namespace pressgraph
