// SPDX-License-Identifier: MIT
// Shared by the CLI tests: running the built pressgraph and looking at what it printed.
#pragma once

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "tests/TestPaths.h"
#include "tests/loaders/LoaderTestHelpers.h"
#include "tests/writers/WriterTestHelpers.h"

namespace pressgraph::test {

struct ProgramResult {
  int exitCode = -1;  ///< -1 when the program did not exit normally (a crash)
  std::string out;
  std::string err;
};

/// Runs the built pressgraph with `args` through /bin/sh. `redirect` is added to the command
/// line as it is (standard input is /dev/null unless it names another); standard error is
/// always captured, standard output unless `redirect` sends it elsewhere. `launcher`, when
/// given, runs the program (for instance as another user: "setpriv --reuid=...").
inline ProgramResult runPressgraph(const std::vector<std::string>& args, const std::string& redirect = "",
                                   const std::string& launcher = "") {
  const TempFile errors(".stderr");
  std::string command = (launcher.empty() ? "" : launcher + " ") + shellQuote(binary());
  for (const auto& arg : args) command += " " + shellQuote(arg);
  if (redirect.find('<') == std::string::npos) command += " </dev/null";
  command += " " + redirect + " 2>" + errors.quoted();
  const CommandResult result = run(command);
  return {result.exitCode, result.output, readFile(errors.path())};
}

/// Whether `text` holds `part` anywhere.
inline bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

/// The lines of `text` that start with `prefix`.
inline std::vector<std::string> linesStartingWith(const std::string& text, std::string_view prefix) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.starts_with(prefix)) lines.push_back(line);
  return lines;
}

/// The lines of `text` after its first (a header), without empty ones.
inline std::vector<std::string> rowsAfterHeader(const std::string& text) {
  std::vector<std::string> rows;
  bool header = true;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (header) {
      header = false;
      continue;
    }
    if (!line.empty()) rows.push_back(line);
  }
  return rows;
}

/// Empty when `a` and `b` are the same bytes; otherwise where they first differ, with a line of
/// each, so that a failed comparison of two whole files prints something readable.
inline std::string difference(const std::string& a, const std::string& b) {
  if (a == b) return {};
  std::size_t at = 0;
  while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
  const auto lineAround = [at](const std::string& s) {
    const std::size_t start = s.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t from = start == std::string::npos ? 0 : start + 1;
    return s.substr(from, std::min<std::size_t>(s.find('\n', at) - from, 200));
  };
  return "sizes " + std::to_string(a.size()) + " and " + std::to_string(b.size()) + ", first difference at byte " +
         std::to_string(at) + ":\n  " + lineAround(a) + "\n  " + lineAround(b);
}

/// The small corpus shipped in examples/: .txt, .html, .json and .jsonl press releases.
inline std::string exampleCorpus() { return (sourceDir() / "examples" / "corpus").string(); }

}  // namespace pressgraph::test
