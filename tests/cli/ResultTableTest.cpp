// SPDX-License-Identifier: MIT
// cli/ResultTable.cpp: one answer printed four ways, read back where a reader exists.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <sstream>

#include "cli/ResultTable.h"

using namespace pressgraph::cli;

namespace {

// Names with accents, a comma, quotes, a tab and a line break; a null, counts, a measure and lists.
ResultTable awkwardTable() {
  ResultTable table{{"name", "count", "score", "list", "note"}, {}, false, "nothing"};
  table.rows.push_back({{std::string("Genève"), std::size_t{3}, 0.5, std::vector<std::string>{"a", "b"}, Cell{}}, {}});
  table.rows.push_back({{std::string("Geneva, \"the\" city"), std::size_t{12}, 2.0 / 3.0, std::vector<std::string>{},
                         std::string("tab\there\nand a new line")},
                        {}});
  return table;
}

std::string print(const ResultTable& table, ResultFormat format) {
  std::ostringstream out;
  printResult(table, format, out);
  return out.str();
}

}  // namespace

TEST_CASE("a table lines its columns up by characters, accents included", "[cli]") {
  ResultTable table{{"name", "iri"}, {}, false, ""};
  table.rows.push_back({{std::string("Genève"), std::string("x")}, {}});
  table.rows.push_back({{std::string("Geneva"), std::string("y")}, {}});
  const std::string out = print(table, ResultFormat::Table);
  // "Genève" is 7 bytes and 6 characters: the second column starts 8 characters in on each line.
  CHECK(out == "name    iri\nGenève  x\nGeneva  y\n");
}

TEST_CASE("a table shows measures with two decimals, lists joined, nulls empty, and no trailing spaces", "[cli]") {
  const std::string out = print(awkwardTable(), ResultFormat::Table);
  CHECK(out.find("0.50") != std::string::npos);
  CHECK(out.find("0.67") != std::string::npos);
  CHECK(out.find("a; b") != std::string::npos);
  CHECK(out.find(" \n") == std::string::npos);
}

TEST_CASE("an empty table says so in one line, and empty JSON is []", "[cli]") {
  const ResultTable empty{{"name", "iri"}, {}, false, "no partners of X"};
  CHECK(print(empty, ResultFormat::Table) == "(no partners of X)\n");
  CHECK(print(empty, ResultFormat::Json) == "[]\n");
  CHECK(print(empty, ResultFormat::Csv) == "name,iri\n");
  CHECK(print(empty, ResultFormat::Tsv) == "name\tiri\n");
}

TEST_CASE("JSON reads back with every value and type, and --why reasons", "[cli]") {
  ResultTable table = awkwardTable();
  table.withWhy = true;
  table.rows[0].why.push_back(Reason{"Forum", "https://w3id.org/pressgraph/id/event/f", {"One.", "Two \"quoted\"."}, {{"role.a"}, {}}});
  rapidjson::Document json;
  json.Parse(print(table, ResultFormat::Json).c_str());
  REQUIRE_FALSE(json.HasParseError());
  REQUIRE(json.IsArray());
  REQUIRE(json.Size() == 2);
  CHECK(std::string(json[0]["name"].GetString()) == "Genève");
  CHECK(json[0]["count"].GetUint() == 3);
  CHECK(json[0]["score"].GetDouble() == 0.5);
  REQUIRE(json[0]["list"].IsArray());
  CHECK(json[0]["list"].Size() == 2);
  CHECK(json[0]["note"].IsNull());
  CHECK(std::string(json[1]["name"].GetString()) == "Geneva, \"the\" city");
  CHECK(json[1]["score"].GetDouble() == 2.0 / 3.0);  // in full, not rounded
  CHECK(std::string(json[1]["note"].GetString()) == "tab\there\nand a new line");
  REQUIRE(json[0]["why"].IsArray());
  REQUIRE(json[0]["why"].Size() == 1);
  CHECK(std::string(json[0]["why"][0]["event"].GetString()) == "Forum");
  CHECK(json[0]["why"][0]["sentences"].Size() == 2);
  // The rules beside the sentences, one list per sentence.
  REQUIRE(json[0]["why"][0]["rules"].Size() == 2);
  REQUIRE(json[0]["why"][0]["rules"][0].Size() == 1);
  CHECK(std::string(json[0]["why"][0]["rules"][0][0].GetString()) == "role.a");
  CHECK(json[0]["why"][0]["rules"][1].Size() == 0);
  CHECK(json[1]["why"].Size() == 0);
}

TEST_CASE("CSV quotes fields with commas, quotes and line breaks, and TSV turns tabs and breaks into spaces", "[cli]") {
  const std::string csv = print(awkwardTable(), ResultFormat::Csv);
  CHECK(csv.starts_with("name,count,score,list,note\nGenève,3,0.5,a; b,\n"));
  CHECK(csv.find("\"Geneva, \"\"the\"\" city\",12,") != std::string::npos);
  CHECK(csv.find(",\"tab\there\nand a new line\"\n") != std::string::npos);
  const std::string tsv = print(awkwardTable(), ResultFormat::Tsv);
  CHECK(tsv.ends_with("\ttab here and a new line\n"));
  CHECK(std::count(tsv.begin(), tsv.end(), '\n') == 3);
}

TEST_CASE("format names map both ways", "[cli]") {
  for (const auto& name : resultFormatNames()) CHECK(resultFormatByName(name).has_value());
  CHECK(resultFormatByName("json") == ResultFormat::Json);
  CHECK_FALSE(resultFormatByName("xml").has_value());
}
