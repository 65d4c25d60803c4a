// SPDX-License-Identifier: MIT
// The subcommands that read a saved graph and print or write it whole: stats, export
// (query is cli/QueryCommand.h).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace pressgraph::cli {

struct StatsOptions {
  std::vector<std::string> graphs;
  std::size_t top = 10;
};

struct ExportOptions {
  std::vector<std::string> graphs;
  std::string output = "-";
  std::string format;
};

void setupStats(CLI::App& app, StatsOptions& options);
int runStats(const StatsOptions& options);
void setupExport(CLI::App& app, ExportOptions& options);
int runExport(const ExportOptions& options);

}  // namespace pressgraph::cli
