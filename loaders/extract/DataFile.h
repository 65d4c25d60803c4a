// SPDX-License-Identifier: MIT
// Reading the tab-separated data files under ontology/data (gazetteers and the lexicon).
#pragma once

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/Types.h"

namespace pressgraph::datafile {

/// `s` cut at every `sep` (an empty field between two separators is kept).
inline std::vector<std::string> splitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    const std::size_t end = std::min(s.find(sep, pos), s.size());
    out.emplace_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

/// Reads a tab-separated data file, skipping '#' lines; a trailing "# comment" column is
/// dropped. `onRow(columns, lineNumber)`. Throws IoError when the file cannot be opened.
template <typename OnRow>
void readTsv(const std::string& path, OnRow onRow) {
  std::ifstream in(path);
  if (!in) throw IoError(path, "cannot open data file");
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // a file saved with CRLF line ends
    if (line.empty() || line[0] == '#') continue;
    auto cols = splitOn(line, '\t');
    while (!cols.empty() && (cols.back().empty() || cols.back()[0] == '#')) cols.pop_back();
    if (cols.empty()) continue;  // only tabs, or a trailing comment
    onRow(cols, number);
  }
}

}  // namespace pressgraph::datafile
