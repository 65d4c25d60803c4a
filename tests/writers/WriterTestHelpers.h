// SPDX-License-Identifier: MIT
// Shared by the writer tests: a small hand-built graph, temp files, and running outside readers.
#pragma once

#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph::test {

enum class InsertionOrder { Forward, Reversed };

/// One of each node kind, with the features writers must get right: an alternate name, sameAs
/// IRIs, a quote, an ampersand and non-ASCII in names, two values of one property, a
/// gMonthDay start, an xsd:date end, a date that is no ISO date (a plain literal), and edges
/// of every kind the brief lists. `order` only changes the node ids, never the content.
inline KnowledgeGraph sampleGraph(InsertionOrder order = InsertionOrder::Forward) {
  struct Spec {
    NodeKind kind;
    std::string_view iriPath;
    std::string_view name;
  };
  std::array<Spec, 9> specs{{
      {NodeKind::Document, "doc/t08_jakarta-fair-recruitment-seminar", "Jakarta fair recruitment seminar"},
      {NodeKind::Organization, "org/international-organization-for-migration",
       "International Organization for Migration"},
      {NodeKind::Organization, "org/government-of-canada", "Government of Canada"},
      {NodeKind::Office, "office/iom-jakarta", "IOM \"Jakarta\" Office & Mission"},
      {NodeKind::Person, "person/ana-maria-perez", "Ana María Pérez"},
      {NodeKind::City, "city/jakarta", "Jakarta"},
      {NodeKind::Country, "country/indonesia", "Indonesia"},
      {NodeKind::Event, "event/2016-jakarta-fair-recruitment-seminar", "Fair Recruitment Seminar"},
      {NodeKind::Organization, "org/bmas", "Bundesministerium für Arbeit"},
  }};
  if (order == InsertionOrder::Reversed) std::reverse(specs.begin(), specs.end());
  KnowledgeGraph g;
  for (const Spec& s : specs) g.addNode(s.kind, s.iriPath, s.name);
  const auto id = [&g](std::string_view iriPath) { return *g.findByIri(iriPath); };

  const NodeId doc = id("doc/t08_jakarta-fair-recruitment-seminar");
  const NodeId iom = id("org/international-organization-for-migration");
  const NodeId canada = id("org/government-of-canada");
  const NodeId office = id("office/iom-jakarta");
  const NodeId person = id("person/ana-maria-perez");
  const NodeId city = id("city/jakarta");
  const NodeId country = id("country/indonesia");
  const NodeId event = id("event/2016-jakarta-fair-recruitment-seminar");
  const NodeId bmas = id("org/bmas");

  g.addName(iom, "IOM");
  g.addName(iom, "OIM");
  g.addLiteral(iom, Property::SameAs, "http://www.wikidata.org/entity/Q206076");
  g.addEdge(office, Relation::ParentOrganization, iom);
  g.addLiteral(person, Property::Email, "aperez@iom.int");
  g.addLiteral(person, Property::Telephone, "+62 21 5795 1275");
  g.addLiteral(person, Property::Telephone, "+62 811 000 000");
  g.addLiteral(person, Property::JobTitle, "Media Officer");
  g.addEdge(person, Relation::ContactFor, office);
  g.addEdge(person, Relation::WorksFor, iom);
  g.addEdge(city, Relation::ContainedInPlace, country);
  g.addLiteral(country, Property::SameAs, "https://sws.geonames.org/1643084/");
  g.addEdge(event, Relation::Organizer, iom);
  g.addEdge(event, Relation::Contributor, office);
  g.addEdge(event, Relation::Sponsor, canada);
  g.addEdge(event, Relation::Sponsor, bmas);
  g.addEdge(event, Relation::Location, city);
  g.addLiteral(event, Property::StartDate, "--11-14");
  g.addLiteral(event, Property::EndDate, "2016-09-27");
  g.addLiteral(event, Property::EventType, "Seminar");
  g.addLiteral(doc, Property::Identifier, "t08_jakarta-fair-recruitment-seminar.txt");
  g.addLiteral(doc, Property::DatePublished, "27 September 2016");
  g.addLiteral(doc, Property::Headline, "Jakarta \\ \"fair\" recruitment seminar");
  for (NodeId n : {iom, canada, office, person, city, country, event, bmas}) g.addEdge(doc, Relation::Mentions, n);
  // Provenance, with a sentence that needs escaping, and a fact stated without one.
  g.addEvidence(Edge{event, Relation::Organizer, iom}, doc, "The seminar was \"organized\" by IOM\nin Jakarta \xE2\x80\x94 d\xC3\xA9j\xC3\xA0 vu.");
  g.addEvidence(Edge{event, Relation::Sponsor, canada}, doc, "Funded by the Government of Canada.");
  g.addEvidence(Edge{office, Relation::ParentOrganization, iom}, doc, "");
  return g;
}

/// `s` single-quoted for /bin/sh.
inline std::string shellQuote(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// A file under the temp directory, unique per process and call, removed when it goes away.
class TempFile {
 public:
  explicit TempFile(std::string_view extension) {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() / ("pressgraph-test-" + std::to_string(::getpid()) + "-" +
                                                      std::to_string(counter++) + std::string(extension));
  }
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// The path single-quoted for /bin/sh.
  std::string quoted() const { return shellQuote(path_.string()); }

 private:
  std::filesystem::path path_;
};

/// Runs `write` on a fresh FILE* for `file`; fails the test if the stream reports an error.
inline void writeFile(const TempFile& file, const std::function<void(FILE*)>& write) {
  FILE* out = std::fopen(file.path().c_str(), "wb");
  REQUIRE(out != nullptr);
  write(out);
  const bool failed = std::ferror(out) != 0;
  REQUIRE(std::fclose(out) == 0);
  REQUIRE_FALSE(failed);
}

inline void writeFile(const TempFile& file, std::string_view text) {
  writeFile(file, [text](FILE* out) { std::fwrite(text.data(), 1, text.size(), out); });
}

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string writeToString(const std::function<void(FILE*)>& write) {
  const TempFile file(".out");
  writeFile(file, write);
  return readFile(file.path());
}

struct CommandResult {
  int exitCode = -1;   ///< -1 when the command did not exit normally
  std::string output;  ///< standard output only
};

/// Runs `command` through /bin/sh and captures its standard output.
inline CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> chunk;
  std::size_t n;
  while ((n = std::fread(chunk.data(), 1, chunk.size(), pipe)) > 0) result.output.append(chunk.data(), n);
  const int status = ::pclose(pipe);
  if (status != -1 && WIFEXITED(status)) result.exitCode = WEXITSTATUS(status);
  return result;
}

/// Whether `tool` is on the PATH.
inline bool haveTool(const std::string& tool) { return run("command -v " + tool + " >/dev/null 2>&1").exitCode == 0; }

inline std::vector<std::string> sortedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

inline std::size_t countOccurrences(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + needle.size())) ++count;
  return count;
}

}  // namespace pressgraph::test
