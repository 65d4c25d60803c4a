// SPDX-License-Identifier: MIT
// `pressgraph export GRAPH... -o OUT`: a saved graph written in another format.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace pressgraph::cli {

struct ExportOptions {
  std::vector<std::string> graphs;
  std::string output = "-";
  std::string format;
};

void setupExport(CLI::App& app, ExportOptions& options);
int runExport(const ExportOptions& options);

}  // namespace pressgraph::cli
