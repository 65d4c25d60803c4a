// SPDX-License-Identifier: MIT
// loaders/JsonLoader.cpp: scraper records to documents, and the errors bad records give.
#include "loaders/JsonLoader.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/Types.h"

namespace pressgraph {
namespace {

// The InputError `json` raises, or a failed test if it raises none.
InputError errorOf(std::string_view json, std::size_t line = 1) {
  try {
    jsonRecords(json, "in/feed.jsonl", "feed.jsonl#L1", line, Format::Jsonl);
  } catch (const InputError& e) {
    return e;
  }
  FAIL("no InputError for: " << json);
  return InputError("", 0, "");
}

}  // namespace

TEST_CASE("a JSON object is one document with its text, title, date and url", "[loaders]") {
  const auto docs = jsonRecords(
      R"({"url": "https://iom.int/news/kyiv", "title": "Kyiv round table", "date": "2019-03-05",
          "text": "IOM and UNHCR met in Kyiv.", "tags": ["x"]})",
      "feeds/a.json", "a.json", 1, Format::Json);
  REQUIRE(docs.size() == 1);
  const Document& d = docs[0];
  CHECK(d.identifier == "a.json");  // the file's name, as for .txt and .html (the RDF contract)
  CHECK(d.url == "https://iom.int/news/kyiv");
  CHECK(d.title == "Kyiv round table");
  CHECK(d.date == "2019-03-05");
  CHECK(d.text == "IOM and UNHCR met in Kyiv.");
  CHECK(d.path == "feeds/a.json");
  CHECK(d.line == 1);
  CHECK(d.format == Format::Json);
}

TEST_CASE("a record's identifier is its url, else its id, else the fallback", "[loaders]") {
  const auto id = [](std::string_view json) {
    return jsonRecords(json, "f.jsonl", "f.jsonl#L7", 7, Format::Jsonl).at(0).identifier;
  };
  CHECK(id(R"({"url": "https://u.example/1", "id": "x-1", "text": "T."})") == "https://u.example/1");
  CHECK(id(R"({"link": "https://u.example/2", "text": "T."})") == "https://u.example/2");
  CHECK(id(R"({"id": "x-1", "text": "T."})") == "x-1");
  CHECK(id(R"({"id": 1234, "text": "T."})") == "1234");
  CHECK(id(R"({"url": "", "text": "T."})") == "f.jsonl#L7");
  CHECK(id(R"({"text": "T."})") == "f.jsonl#L7");
}

TEST_CASE("a record's text may be in text, body or content, and its title and date in other names",
          "[loaders]") {
  const auto one = [](std::string_view json) { return jsonRecords(json, "f.json", "f.json", 1, Format::Json).at(0); };
  CHECK(one(R"({"body": "From body."})").text == "From body.");
  CHECK(one(R"({"content": "From content."})").text == "From content.");
  const Document d = one(R"({"text": "T.", "headline": "Head", "datePublished": "2020-01-02"})");
  CHECK(d.title == "Head");
  CHECK(d.date == "2020-01-02");
  CHECK(one(R"({"text": "T.", "published": "2021-02-03"})").date == "2021-02-03");
}

TEST_CASE("HTML in a record's text is converted to plain text", "[loaders]") {
  const auto docs = jsonRecords(R"({"text": "<p>IOM &amp; ILO met.</p><script>x()</script><p>In Minsk.</p>"})",
                                "f.json", "f.json", 1, Format::Json);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text == "IOM & ILO met.\nIn Minsk.\n");
}

TEST_CASE("a JSON array is a list of records, numbered after the fallback id", "[loaders]") {
  const auto docs = jsonRecords(R"([{"text": "Zero."}, {"id": "own", "text": "One."}, {"text": "Two."}])",
                                "f.json", "f.json", 1, Format::Json);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].identifier == "f.json#0");
  CHECK(docs[1].identifier == "own");
  CHECK(docs[2].identifier == "f.json#2");
  CHECK(docs[2].text == "Two.");
  CHECK(jsonRecords("[]", "f.json", "f.json", 1, Format::Json).empty());
}

TEST_CASE("a bad record of an array goes to onBadRecord and the other records still come through", "[loaders]") {
  std::vector<InputError> bad;
  const auto docs = jsonRecords(R"([{"text": "Zero."}, {"title": "no text"}, "a string", {"text": "Three."}])",
                                "in/r.json", "r.json", 5, Format::Json,
                                [&](const InputError& e) { bad.push_back(e); });
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].identifier == "r.json#0");
  CHECK(docs[1].identifier == "r.json#3");
  REQUIRE(bad.size() == 2);
  for (const InputError& e : bad) {
    CHECK(e.path() == "in/r.json");
    CHECK(e.line() == 5);
  }
  CHECK(std::string(bad[0].what()).find("record 1") != std::string::npos);
  CHECK(std::string(bad[1].what()).find("record 2") != std::string::npos);
  // Without a sink the first bad record throws, as for a single object.
  CHECK_THROWS_AS(jsonRecords(R"([{"text": "Zero."}, {"title": "no text"}])", "in/r.json", "r.json", 1, Format::Json),
                  InputError);
}

TEST_CASE("invalid JSON throws InputError with the line of the error", "[loaders]") {
  SECTION("a truncated line counts from the line it starts on") {
    const InputError e = errorOf(R"({"text": "cut off in the mid)", 12);
    CHECK(e.path() == "in/feed.jsonl");
    CHECK(e.line() == 12);
    CHECK(std::string(e.what()).find("invalid JSON") != std::string::npos);
  }
  SECTION("an error on the third line of a pretty-printed file") {
    const InputError e = errorOf("{\n  \"text\": \"a\",\n  oops: 1\n}");
    CHECK(e.line() == 3);
  }
  SECTION("trailing garbage") { CHECK(errorOf(R"({"text": "a"} {"text": "b"})").line() == 1); }
  SECTION("nothing at all") { CHECK(errorOf("").line() == 1); }
}

TEST_CASE("a record without usable text throws InputError with path and line", "[loaders]") {
  for (const char* json : {R"({"title": "Only a title"})", R"({"text": ""})",
                           R"({"text": null, "body": ["a"]})", R"("just a string")", R"([{"text": "ok"}, 7])"}) {
    INFO(json);
    const InputError e = errorOf(json, 4);
    CHECK(e.path() == "in/feed.jsonl");
    CHECK(e.line() == 4);
  }
  CHECK(std::string(errorOf(R"({"title": "t"})").what()).find("no text") != std::string::npos);
}

TEST_CASE("a record whose text holds a NUL or only white space is rejected with its line", "[loaders]") {
  const InputError nul = errorOf(R"({"text": "a\u0000b"})", 9);
  CHECK(nul.line() == 9);
  CHECK(std::string(nul.what()).find("binary") != std::string::npos);
  const InputError blank = errorOf(R"({"text": "  \n  "})", 9);
  CHECK(blank.path() == "in/feed.jsonl");
  CHECK(blank.line() == 9);
}

}  // namespace pressgraph
