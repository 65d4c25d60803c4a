// SPDX-License-Identifier: MIT
// `pressgraph merge GRAPH... -o ALL`: graphs built apart (shards of a corpus) made one.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace pressgraph::cli {

struct MergeOptions {
  std::vector<std::string> graphs;
  std::string output = "-";
  std::string format;
  bool quiet = false;
  unsigned threads = 0;  ///< writing Turtle and N-Triples; 0: every core
  bool noWait = false;   ///< fail rather than wait for another run writing the output
};

void setupMerge(CLI::App& app, MergeOptions& options);
int runMerge(const MergeOptions& options);

}  // namespace pressgraph::cli
