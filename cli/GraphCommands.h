// SPDX-License-Identifier: MIT
// The subcommand that reads a saved graph and counts what it holds: stats (query is
// cli/QueryCommand.h, export cli/ExportCommand.h).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace pressgraph::cli {

struct StatsOptions {
  std::vector<std::string> graphs;
  std::size_t top = 10;
};

void setupStats(CLI::App& app, StatsOptions& options);
int runStats(const StatsOptions& options);

}  // namespace pressgraph::cli
