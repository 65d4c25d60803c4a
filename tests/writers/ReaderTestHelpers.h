// SPDX-License-Identifier: MIT
// Shared by the writer and CLI tests: our outputs read back by tools nobody here wrote (serdi,
// rapper, jsonld.js, gvpr), and what they read turned into plain lines and triples.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tests/TestPaths.h"
#include "tests/writers/WriterTestHelpers.h"
#include "tests/Skip.h"

namespace pressgraph::test {

/// Whether `tool` is on the PATH; if not, a WARN naming the Debian package that has it.
inline bool haveReader(const std::string& tool, const std::string& package) {
  if (haveTool(tool)) return true;
  SKIP_TEST(Tool, tool << " (Debian package " << package << ") is not on the PATH");
  return false;
}

/// serdi's N-Triples (N-Quads for trig and nquads input) of `path` read as `syntax` (turtle,
/// ntriples, trig, nquads); nullopt when serdi fails.
inline std::optional<std::string> serdiLines(const std::string& path, const std::string& syntax) {
  const std::string output = syntax == "trig" || syntax == "nquads" ? "nquads" : "ntriples";
  const auto result = run("serdi -i " + syntax + " -o " + output + " " + shellQuote(path) + " 2>/dev/null");
  if (result.exitCode != 0) return std::nullopt;
  return result.output;
}

/// The triple count `rapper -c` reports for `path` read as `syntax`; nullopt when it fails.
inline std::optional<std::size_t> rapperCount(const std::string& path, const std::string& syntax) {
  const auto result = run("rapper -i " + syntax + " -c " + shellQuote(path) + " 2>&1");
  const std::string marker = "Parsing returned ";
  const auto at = result.output.find(marker);
  if (result.exitCode != 0 || at == std::string::npos) return std::nullopt;
  return std::stoul(result.output.substr(at + marker.size()));
}

/// One N-Triples or N-Quads line split into its terms: IRIs without their brackets, literals
/// as written (quotes, datatype or language included).
struct Triple {
  std::string subject, predicate, object;
  bool objectIsIri = false;
  std::string graph;  ///< empty for the default graph
};

/// The triples of serdi's N-Triples or N-Quads output. Its lines are `<s> <p> object [<g>] .`
/// with IRIs for s, p and g (no blank nodes in our outputs), an IRI or literal for object.
inline std::vector<Triple> triplesOf(const std::string& lines) {
  std::vector<Triple> triples;
  for (const std::string& line : sortedLines(lines)) {
    const auto first = line.find(' ');
    const auto second = line.find(' ', first + 1);
    Triple t;
    t.subject = line.substr(1, first - 2);
    t.predicate = line.substr(first + 2, second - first - 3);
    std::size_t at = second + 1;
    t.objectIsIri = line[at] == '<';
    if (t.objectIsIri) {
      const auto close = line.find('>', at);
      t.object = line.substr(at + 1, close - at - 1);
      at = close + 1;
    } else {  // "...": up to the unescaped closing quote, then ^^<datatype> or @language
      std::size_t end = at + 1;
      while (line[end] != '"') end += line[end] == '\\' ? 2 : 1;
      ++end;
      if (line.compare(end, 2, "^^") == 0) end = line.find('>', end) + 1;
      if (line[end] == '@') end = line.find(' ', end);
      t.object = line.substr(at, end - at);
      at = end;
    }
    if (line.compare(at, 2, " <") == 0) t.graph = line.substr(at + 2, line.find('>', at) - at - 2);
    triples.push_back(std::move(t));
  }
  return triples;
}

// Expands a JSON-LD file to N-Quads with jsonld.js, with network access refused so that the
// inline @context has to be enough. Exits 3 when the module cannot be found.
constexpr std::string_view TO_NQUADS_JS = R"js(
const [modules, file] = process.argv.slice(2);
let jsonld;
for (const where of [modules + '/jsonld', 'jsonld']) {
  try { jsonld = require(where); break; } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
}
if (!jsonld) process.exit(3);
const doc = JSON.parse(require('fs').readFileSync(file, 'utf8'));
const documentLoader = async (url) => { throw new Error('no network in tests: ' + url); };
jsonld.toRDF(doc, {format: 'application/n-quads', safe: true, documentLoader})
  .then((nquads) => process.stdout.write(nquads))
  .catch((e) => { console.error(e); process.exit(1); });
)js";

/// tests/package.json installs jsonld here (npm ci in tests/); the script falls back on
/// NODE_PATH, which CTest sets to the same directory.
inline std::string nodeModules() { return (sourceDir() / "tests" / "node_modules").string(); }

/// jsonld.js's N-Quads of a JSON-LD file; nullopt, after a WARN naming what is missing, when
/// node or the module is not there. Fails the test when jsonld.js rejects the file.
inline std::optional<std::string> jsonLdToNQuads(const std::string& path) {
  if (!haveReader("node", "nodejs")) return std::nullopt;
  const TempFile script(".js");
  writeFile(script, TO_NQUADS_JS);
  const auto result = run("node " + script.quoted() + " " + shellQuote(nodeModules()) + " " + shellQuote(path));
  if (result.exitCode == 3) {
    SKIP_TEST(Tool, "the npm module jsonld is missing; run npm ci in tests/ (looked in " << nodeModules() << ")");
    return std::nullopt;
  }
  REQUIRE(result.exitCode == 0);
  return result.output;
}

/// serdi writes N-Triples in ASCII ("f\u00FCr"), jsonld.js in UTF-8 ("für"): a line's \u and
/// \U escapes decoded to UTF-8, every other escape pair left as it was.
inline std::string decodeUnicodeEscapes(const std::string& line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\\' || i + 1 == line.size()) {
      out += line[i];
      continue;
    }
    const char kind = line[i + 1];
    const std::size_t digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
    if (digits == 0 || i + 2 + digits > line.size()) {
      out += line.substr(i, 2);
      ++i;
      continue;
    }
    auto cp = static_cast<char32_t>(std::stoul(line.substr(i + 2, digits), nullptr, 16));
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    i += 1 + digits;
  }
  return out;
}

/// N-Triples or N-Quads lines, sorted, with Unicode escapes decoded, to compare two readers.
inline std::vector<std::string> canonicalLines(const std::string& lines) {
  std::vector<std::string> out;
  for (const std::string& line : sortedLines(lines)) out.push_back(decodeUnicodeEscapes(line));
  std::sort(out.begin(), out.end());
  return out;
}

/// A picture as Graphviz itself reads it (gvpr): node ids, and edges as "tail label head",
/// the legend and its invisible edges left out.
struct DotPicture {
  std::set<std::string> nodes;
  std::set<std::string> edges;
};

inline std::optional<DotPicture> readDot(const std::string& path) {
  const auto result = run(R"(gvpr 'N{print("node\t", $.name)} E[$.style != "invis"]{print("edge\t", $.tail.name, " ", )"
                          R"($.label, " ", $.head.name)}' )" +
                          shellQuote(path));
  if (result.exitCode != 0) return std::nullopt;
  DotPicture picture;
  for (const std::string& line : sortedLines(result.output)) {
    if (line.starts_with("node\tlegend_")) continue;
    if (line.starts_with("node\t")) picture.nodes.insert(line.substr(5));
    if (line.starts_with("edge\t")) picture.edges.insert(line.substr(5));
  }
  return picture;
}

}  // namespace pressgraph::test
