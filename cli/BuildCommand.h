// SPDX-License-Identifier: MIT
// `pressgraph build INPUT... -o GRAPH`: documents in, knowledge graph out.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/ExportCommand.h"

namespace pressgraph::cli {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output = "-";
  std::string format;
  std::string dataDir;
  unsigned threads = 0;  // 0: all cores
  bool quiet = false;
  bool strict = false;
  PictureArguments picture;
};

void setupBuild(CLI::App& app, BuildOptions& options);
int runBuild(const BuildOptions& options);

}  // namespace pressgraph::cli
