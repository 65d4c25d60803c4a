// SPDX-License-Identifier: MIT
// `pressgraph export GRAPH... -o OUT`: a saved graph written in another format; and the
// picture options export and build share.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "graph/KnowledgeGraph.h"
#include "writers/Formats.h"

namespace pressgraph::cli {

/// --focus, --depth and --types as typed; pictureOptions() resolves them against a graph.
struct PictureArguments {
  std::string focus;               ///< a name in any spelling; empty: the whole graph
  unsigned depth = 1;
  std::vector<std::string> types;  ///< lower-case kind labels: "organization", "event", ...
};

struct ExportOptions {
  std::vector<std::string> graphs;
  std::string output = "-";
  std::string format;
  PictureArguments picture;
  unsigned threads = 0;  ///< writing Turtle and N-Triples; 0: every core
  bool noWait = false;   ///< fail rather than wait for another run writing the output
};

/// Adds --focus, --depth and --types to a subcommand that writes a graph.
void addPictureOptions(CLI::App& command, PictureArguments& arguments);

/// Throws UsageError when picture options are given for a format that is no picture; called
/// before any work, so that misuse is told at once.
void checkPictureArguments(const PictureArguments& arguments, OutputFormat format);

/// What the arguments ask a picture of `graph` to show. Prints the error and returns nullopt
/// when --focus names no node; prints a warning when it names several and picks one
/// (organizations before offices, persons, places and events; documents last).
std::optional<PictureOptions> pictureOptions(const KnowledgeGraph& graph, const PictureArguments& arguments);

void setupExport(CLI::App& app, ExportOptions& options);
int runExport(const ExportOptions& options);

}  // namespace pressgraph::cli
