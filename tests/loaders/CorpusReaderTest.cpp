// SPDX-License-Identifier: MIT
// loaders/CorpusReader.cpp: the walk, identifiers, JSONL streaming and bad documents reaching the sink.
#include "loaders/CorpusReader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "tests/loaders/LoaderTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

struct Problem {
  std::string path;
  std::size_t line;
  std::string message;
};

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Problem> problems;

  std::vector<std::string> identifiers() const {
    std::vector<std::string> ids;
    for (const auto& d : documents) ids.push_back(d.identifier);
    return ids;
  }
  const Problem* problemFor(const std::string& path) const {
    for (const auto& p : problems)
      if (p.path == path) return &p;
    return nullptr;
  }
};

ReadResult readAll(const std::vector<std::string>& inputs, CorpusOptions options = {}) {
  ReadResult result;
  CorpusReader reader(
      inputs, [&](const InputError& e) { result.problems.push_back({e.path(), e.line(), e.what()}); }, options);
  while (auto doc = reader.next()) result.documents.push_back(std::move(*doc));
  return result;
}

// Points std::cin at `text` for one scope, for the "-" input.
class StdinFrom {
 public:
  explicit StdinFrom(std::string text) : text_(std::move(text)), saved_(std::cin.rdbuf(text_.rdbuf())) {}
  ~StdinFrom() {
    std::cin.rdbuf(saved_);
    std::cin.clear();
  }
  StdinFrom(const StdinFrom&) = delete;
  StdinFrom& operator=(const StdinFrom&) = delete;

 private:
  std::istringstream text_;
  std::streambuf* saved_;
};

}  // namespace

TEST_CASE("a directory is walked recursively, in the same order every time, whatever the creation order",
          "[loaders]") {
  const TempDir dir;
  // Created out of order on purpose: the walk must sort, not trust readdir.
  dir.write("news/c.json", R"({"text": "Gamma."})");
  dir.write("b.txt", "Beta.");
  dir.write("news/2019/z.html", "<p>Zeta.</p>");
  dir.write("a.txt", "Alpha.");
  dir.write("news/2019/y.txt", "Ypsilon.");

  const auto first = readAll({dir.path().string()});
  CHECK(first.problems.empty());
  const std::vector<std::string> expected{"a.txt", "b.txt", "news/2019/y.txt", "news/2019/z.html", "news/c.json"};
  CHECK(first.identifiers() == expected);
  CHECK(readAll({dir.path().string()}).identifiers() == expected);
  REQUIRE(first.documents.size() == 5);
  CHECK(first.documents[0].text.find("Alpha.") != std::string::npos);
  CHECK(first.documents[3].format == Format::Html);
  CHECK(first.documents[3].text.find("Zeta.") != std::string::npos);
  CHECK(first.documents[4].format == Format::Json);
}

TEST_CASE("files come in byte order of their relative paths, also where a folder name prefixes a file name",
          "[loaders]") {
  // CorpusReader.h promises "byte order of their paths": "a-b.txt" < "a.txt" < "a/x.txt" ('-' < '.' < '/').
  const TempDir dir;
  dir.write("a/x.txt", "In the folder.");
  dir.write("a.txt", "Beside the folder.");
  dir.write("a-b.txt", "Also beside it.");
  CHECK(readAll({dir.path().string()}).identifiers() == std::vector<std::string>{"a-b.txt", "a.txt", "a/x.txt"});
}

TEST_CASE("identifiers are paths relative to the input argument, and path keeps where the file is", "[loaders]") {
  const TempDir dir;
  const std::string file = dir.write("press/2020/iom/release.txt", "IOM held a workshop.");

  SECTION("a directory argument") {
    const auto result = readAll({dir / "press/2020"});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].identifier == "iom/release.txt");
    CHECK(fs::equivalent(result.documents[0].path, file));
  }
  SECTION("a directory argument with a trailing slash") {
    const auto result = readAll({dir / "press/"});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].identifier == "2020/iom/release.txt");
  }
  SECTION("a file argument is identified by its name") {
    const auto result = readAll({file});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].identifier == "release.txt");
    CHECK(result.documents[0].path == file);
    CHECK(result.documents[0].text == "IOM held a workshop.");
  }
}

TEST_CASE("a walk skips files with unknown extensions, but a file named as an argument is read as text",
          "[loaders]") {
  const TempDir dir;
  dir.write("docs/report.pdf", "%PDF-1.4");
  dir.write("docs/table.csv", "a,b\n1,2\n");
  dir.write("docs/README", "Read me.");
  dir.write("docs/UPPER.TXT", "Upper-case extension.");
  dir.write("docs/page.htm", "<p>Old extension.</p>");
  dir.write("docs/feed.ndjson", "{\"text\": \"One line.\"}\n");
  const std::string log = dir.write("notes.log", "A note about UNHCR.");

  const auto walked = readAll({dir / "docs"});
  CHECK(walked.problems.empty());
  CHECK(walked.identifiers() == std::vector<std::string>{"UPPER.TXT", "feed.ndjson#L1", "page.htm"});

  const auto named = readAll({log});
  REQUIRE(named.documents.size() == 1);
  CHECK(named.documents[0].format == Format::Text);
  CHECK(named.documents[0].text == "A note about UNHCR.");
}

TEST_CASE("a JSONL file gives one document per line, identified by url, id or #L<line>", "[loaders]") {
  const TempDir dir;
  const std::string feed = dir.write("feeds/news.jsonl",
                                     "{\"url\": \"https://iom.int/news/1\", \"title\": \"First\", \"text\": \"One.\"}\n"
                                     "{\"id\": 42, \"body\": \"Two.\"}\r\n"
                                     "\n"
                                     "{\"content\": \"Four.\", \"date\": \"2019-05-02\"}");  // no final newline
  const auto result = readAll({dir / "feeds"});
  CHECK(result.problems.empty());
  REQUIRE(result.documents.size() == 3);
  CHECK(result.identifiers() == std::vector<std::string>{"https://iom.int/news/1", "42", "news.jsonl#L4"});
  CHECK(result.documents[0].line == 1);
  CHECK(result.documents[1].line == 2);
  CHECK(result.documents[2].line == 4);
  for (const auto& d : result.documents) {
    CHECK(d.path == feed);
    CHECK(d.format == Format::Jsonl);
  }
  CHECK(result.documents[0].title == "First");
  CHECK(result.documents[0].url == "https://iom.int/news/1");
  CHECK(result.documents[1].text == "Two.");
  CHECK(result.documents[2].date == "2019-05-02");
}

TEST_CASE("bad JSONL lines reach the problem sink with path and line, and the good lines still come through",
          "[loaders]") {
  const TempDir dir;
  const std::string feed = dir.write("feed.jsonl",
                                     "{\"text\": \"Good one.\"}\n"
                                     "{\"text\": \"cut off in the midd\n"   // truncated record
                                     "{\"title\": \"No text here\"}\n"      // a record without text
                                     "{\"text\": \"caf\xE9 latin-1\"}\n"    // invalid UTF-8
                                     "{\"text\": \"nul \\u0000 inside\"}\n" // a NUL in the text
                                     "\"just a string\"\n"                 // not an object
                                     "{\"text\": \"Good two.\"}\n");
  const auto result = readAll({feed});
  CHECK(result.identifiers() == std::vector<std::string>{"feed.jsonl#L1", "feed.jsonl#L7"});
  REQUIRE(result.problems.size() == 5);
  for (std::size_t i = 0; i < result.problems.size(); ++i) {
    INFO("problem " << i << ": " << result.problems[i].message);
    CHECK(result.problems[i].path == feed);
    CHECK(result.problems[i].line == i + 2);
  }
  CHECK(result.problems[0].message.find("invalid JSON") != std::string::npos);
  CHECK(result.problems[1].message.find("no text") != std::string::npos);
  CHECK(result.problems[2].message.find("UTF-8") != std::string::npos);
}

TEST_CASE("a JSONL record whose text is only white space is reported with its line", "[loaders]") {
  const TempDir dir;
  const std::string feed = dir.write("feed.jsonl",
                                     "{\"text\": \"Good one.\"}\n"
                                     "{\"text\": \"  \\n\\t \"}\n"
                                     "{\"text\": \"Good two.\"}\n");
  const auto result = readAll({feed});
  CHECK(result.identifiers() == std::vector<std::string>{"feed.jsonl#L1", "feed.jsonl#L3"});
  REQUIRE(result.problems.size() == 1);
  CHECK(result.problems[0].path == feed);
  CHECK(result.problems[0].line == 2);
}

TEST_CASE("bad files reach the problem sink with path and line, and the walk goes on", "[loaders]") {
  const TempDir dir;
  dir.write("a-good.txt", "IOM opened an office.");
  const std::string latin1 = dir.write("b-latin1.txt", "First line.\nCaf\xE9 au lait.\n");
  const std::string binary = dir.write("c-binary.txt", std::string("line 1\nline 2\nPK\x03\x04\0\0", 20));
  const std::string empty = dir.write("d-empty.txt", "");
  const std::string blank = dir.write("e-blank.txt", " \n\t\n");
  const std::string emptyPage = dir.write("f-empty.html", "<html><head><title>T</title><script>x()</script></head></html>");
  const std::string badJson = dir.write("g-bad.json", "{\n  \"text\": \"a\",\n  oops\n}");
  dir.write("h-good.html", "<p>UNHCR met.</p>");

  const auto result = readAll({dir.path().string()});
  CHECK(result.identifiers() == std::vector<std::string>{"a-good.txt", "h-good.html"});
  CHECK(result.problems.size() == 6);

  const auto check = [&](const std::string& path, std::size_t line, const std::string& words) {
    const Problem* p = result.problemFor(path);
    INFO(path);
    REQUIRE(p != nullptr);
    CHECK(p->line == line);
    CHECK(p->message.find(words) != std::string::npos);
  };
  check(latin1, 2, "UTF-8");
  check(binary, 3, "binary");
  check(empty, 0, "empty");
  check(blank, 0, "empty");
  check(emptyPage, 0, "empty");
  check(badJson, 3, "invalid JSON");
}

TEST_CASE("a JSON array with one record without text still yields its other records", "[loaders]") {
  // Each record of an array is a document; one bad record must not take its neighbours with it.
  const TempDir dir;
  const std::string file = dir.write("records.json",
                                     "[\n"
                                     "  {\"url\": \"https://a.example/1\", \"text\": \"First.\"},\n"
                                     "  {\"url\": \"https://a.example/2\", \"title\": \"no text\"},\n"
                                     "  {\"url\": \"https://a.example/3\", \"text\": \"Third.\"}\n"
                                     "]\n");
  const auto result = readAll({file});
  CHECK(result.identifiers() == std::vector<std::string>{"https://a.example/1", "https://a.example/3"});
  REQUIRE(result.problems.size() == 1);
  CHECK(result.problems[0].path == file);
}

TEST_CASE("a JSON array's records without url or id are numbered after the file", "[loaders]") {
  const TempDir dir;
  dir.write("in/records.json", R"([{"text": "Zero."}, {"text": "One.", "headline": "H"}])");
  const auto result = readAll({dir / "in"});
  CHECK(result.problems.empty());
  CHECK(result.identifiers() == std::vector<std::string>{"records.json#0", "records.json#1"});
  REQUIRE(result.documents.size() == 2);
  CHECK(result.documents[1].title == "H");
}

TEST_CASE("a symbolic link loop is neither followed forever nor read twice", "[loaders]") {
  const TempDir dir;
  dir.write("corpus/sub/release.txt", "IOM and UNHCR met.");
  std::error_code ec;
  fs::create_directory_symlink("..", dir.path() / "corpus/sub/up", ec);
  if (!ec) fs::create_symlink("loop-b.txt", dir.path() / "corpus/loop-a.txt", ec);
  if (!ec) fs::create_symlink("loop-a.txt", dir.path() / "corpus/loop-b.txt", ec);
  if (ec) {
    SKIP_TEST(Tool, "cannot create symbolic links here: " << ec.message());
    return;
  }
  const auto result = readAll({dir / "corpus"});
  CHECK(result.identifiers() == std::vector<std::string>{"sub/release.txt"});
  CHECK(result.problemFor(dir / "corpus/loop-a.txt") != nullptr);
  CHECK(result.problemFor(dir / "corpus/loop-b.txt") != nullptr);
}

TEST_CASE("a missing input argument throws InputError naming it", "[loaders]") {
  const TempDir dir;
  dir.write("there.txt", "Here.");
  const std::string missing = dir / "not-there";
  try {
    CorpusReader reader({dir / "there.txt", missing}, [](const InputError&) {});
    FAIL("no InputError for a missing input");
  } catch (const InputError& e) {
    CHECK(e.path() == missing);
    CHECK(std::string(e.what()).find("no such file") != std::string::npos);
  }

  std::error_code ec;
  fs::create_symlink(dir / "nowhere.txt", dir.path() / "dangling.txt", ec);
  if (!ec) CHECK_THROWS_AS(CorpusReader({dir / "dangling.txt"}, [](const InputError&) {}), InputError);
}

TEST_CASE("a file over the size limit is reported and skipped, a long JSONL line too", "[loaders]") {
  const TempDir dir;
  dir.write("big.txt", std::string(200, 'x'));
  dir.write("small.txt", "Small.");
  const std::string feed = dir.write("z.jsonl", "{\"text\": \"short\"}\n{\"text\": \"" + std::string(300, 'y') +
                                                    "\"}\n{\"text\": \"after\"}\n");
  CorpusOptions options;
  options.maxDocumentBytes = 100;
  const auto result = readAll({dir.path().string()}, options);
  CHECK(result.identifiers() == std::vector<std::string>{"small.txt", "z.jsonl#L1", "z.jsonl#L3"});
  REQUIRE(result.problems.size() == 2);
  CHECK(result.problems[0].path == dir / "big.txt");
  CHECK(result.problems[1].path == feed);
  CHECK(result.problems[1].line == 2);
}

TEST_CASE("an input with no size to check first (standard input, a device) is read one byte past the limit, no further",
          "[loaders]") {
  CorpusOptions options;
  options.maxDocumentBytes = 100;
  const StdinFrom in(std::string(500, 'x'));
  for (const std::string input : {"-", "/dev/zero"}) {
    INFO(input);
    const auto result = readAll({input}, options);
    CHECK(result.documents.empty());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].path == input);
    CHECK(result.problems[0].message.find("too large") != std::string::npos);
  }
  std::cin.ignore(std::numeric_limits<std::streamsize>::max());
  CHECK(std::cin.gcount() == 500 - 101);
}

TEST_CASE("JSONL lines longer than a read chunk come through whole, the last one without its newline too",
          "[loaders]") {
  const TempDir dir;
  // Lines of 65534, 65535 and 65536 bytes sit around the 64 KiB chunk the reader reads lines in.
  const auto line = [](std::size_t bytes) { return "{\"text\": \"" + std::string(bytes - 12, 'a') + "\"}"; };
  const std::string feed = dir.write("f.jsonl", line(65534) + "\n" + line(65535) + "\n" + line(65536) + "\n\n" +
                                                    line(200000) + "\n" + line(20));
  const auto result = readAll({feed});
  CHECK(result.problems.empty());
  std::vector<std::size_t> sizes;
  for (const auto& d : result.documents) sizes.push_back(d.text.size());
  CHECK(sizes == std::vector<std::size_t>{65522, 65523, 65524, 199988, 8});
  CHECK(result.identifiers() == std::vector<std::string>{"f.jsonl#L1", "f.jsonl#L2", "f.jsonl#L3", "f.jsonl#L5",
                                                          "f.jsonl#L6"});
}

TEST_CASE("standard input is read for \"-\" and its format told from its first bytes", "[loaders]") {
  SECTION("plain text") {
    const StdinFrom in("IOM Minsk organized a seminar.\n");
    const auto result = readAll({"-"});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].path == "-");
    CHECK(result.documents[0].format == Format::Text);
    CHECK(result.documents[0].text == "IOM Minsk organized a seminar.\n");
  }
  SECTION("HTML") {
    const StdinFrom in("\n  <html><head><title>Seminar</title></head><body><p>IOM met.</p></body></html>");
    const auto result = readAll({"-"});
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].format == Format::Html);
    CHECK(result.documents[0].title == "Seminar");
    CHECK(result.documents[0].text == "IOM met.\n");
  }
  SECTION("JSONL, with the bad line reported") {
    const StdinFrom in("{\"text\": \"One.\"}\n{\"text\": \n{\"url\": \"https://x.example/3\", \"text\": \"Three.\"}\n");
    const auto result = readAll({"-"});
    CHECK(result.identifiers() == std::vector<std::string>{"stdin#L1", "https://x.example/3"});
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].path == "-");
    CHECK(result.problems[0].line == 2);
  }
}

TEST_CASE("fileCount and totalBytes describe the walk before anything is read", "[loaders]") {
  const TempDir dir;
  dir.write("a.txt", "12345");
  dir.write("sub/b.html", "<p>1</p>");
  dir.write("skip.pdf", "ignored");
  CorpusReader reader({dir.path().string()}, [](const InputError&) {});
  CHECK(reader.fileCount() == 2);
  CHECK(reader.totalBytes() == 13);
  CHECK(reader.bytesRead() == 0);
  while (reader.next()) {
  }
  CHECK(reader.bytesRead() == 13);
}

TEST_CASE("formatOf maps extensions case-insensitively and rejects the rest", "[loaders]") {
  CHECK(formatOf("a/b.txt") == Format::Text);
  CHECK(formatOf("B.MD") == Format::Text);
  CHECK(formatOf("page.HTML") == Format::Html);
  CHECK(formatOf("page.xhtml") == Format::Html);
  CHECK(formatOf("r.json") == Format::Json);
  CHECK(formatOf("r.ndjson") == Format::Jsonl);
  CHECK_FALSE(formatOf("graph.ttl").has_value());
  CHECK_FALSE(formatOf("README").has_value());
  CHECK_FALSE(formatOf("archive.txt.gz").has_value());
}

}  // namespace pressgraph
