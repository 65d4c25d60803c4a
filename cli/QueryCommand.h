// SPDX-License-Identifier: MIT
// The query subcommand: pressgraph query GRAPH WHAT ..., one CLI11 subcommand per question.
#pragma once

#include <cstddef>
#include <string>

#include <CLI/CLI.hpp>

namespace pressgraph::cli {

/// Everything `query` takes; each question reads the fields its subcommand fills. Text
/// options are empty when not given.
struct QueryOptions {
  std::string graph;
  std::string what;  ///< the question: partners, events, contacts, people, path, neighbors, top, timeline
  std::string format = "table";
  std::string name;    ///< NAME; for path, A
  std::string target;  ///< path's B
  bool why = false;    ///< partners: the shared events, and the sentences that say so
  std::string org, office, city, country, type, from, to;  ///< filters of events, contacts, people
  unsigned depth = 1;            ///< neighbors
  std::string by = "partners";   ///< top: partners or betweenness
  std::size_t limit = 10;        ///< top: how many; 0 for all
};

void setupQuery(CLI::App& app, QueryOptions& options);
int runQuery(const QueryOptions& options);

}  // namespace pressgraph::cli
