// SPDX-License-Identifier: MIT
// The subcommands that read a saved graph and answer: stats, query.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace pressgraph::cli {

struct StatsOptions {
  std::vector<std::string> graphs;
  std::size_t top = 10;
};

struct QueryOptions {
  std::string graph;
  std::string what;
  std::vector<std::string> arguments;
  std::string format = "table";
  bool why = false;
};

void setupStats(CLI::App& app, StatsOptions& options);
int runStats(const StatsOptions& options);
void setupQuery(CLI::App& app, QueryOptions& options);
int runQuery(const QueryOptions& options);

}  // namespace pressgraph::cli
