// SPDX-License-Identifier: MIT
// `pressgraph build INPUT... -o GRAPH`: documents in, knowledge graph out; --into adds them to a saved graph.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/ExportCommand.h"

namespace pressgraph::cli {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output;  ///< empty: the --into graph, else standard output
  std::string into;    ///< a saved graph to add the documents to, and by default to rewrite
  std::string format;
  std::string dataDir;
  std::string root;  ///< identifiers relative to this directory, not to each input
  unsigned threads = 0;  // 0: all cores
  bool quiet = false;
  bool strict = false;
  bool explain = false;  ///< each fact's provenance names the rule that found it (pg:rule)
  bool noWait = false;   ///< fail rather than wait for another run writing the output
  PictureArguments picture;
};

void setupBuild(CLI::App& app, BuildOptions& options);
int runBuild(const BuildOptions& options);

}  // namespace pressgraph::cli
