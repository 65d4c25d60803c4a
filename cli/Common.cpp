// SPDX-License-Identifier: MIT
// Shared error printing, graph loading and atomic output for the subcommands.
#include "cli/Common.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/Timings.h"
#include "loaders/GraphLoader.h"
#include "writers/AtomicFile.h"

namespace pressgraph::cli {

void printError(const std::string& path, std::size_t line, const std::string& message) {
  std::cerr << "pressgraph: error: " << path;
  if (line) std::cerr << ':' << line;
  std::cerr << ": " << message << '\n';
}

void printError(const std::string& message) { std::cerr << "pressgraph: error: " << message << '\n'; }

void printWarning(const std::string& path, std::size_t line, const std::string& message) {
  std::cerr << "pressgraph: warning: " << path;
  if (line) std::cerr << ':' << line;
  std::cerr << ": " << message << '\n';
}

KnowledgeGraph& keepUntilExit(KnowledgeGraph&& graph) {
  // Never deleted, not even by static destructors: that is the point.
  static auto* const kept = new std::vector<std::unique_ptr<KnowledgeGraph>>;
  return *kept->emplace_back(std::make_unique<KnowledgeGraph>(std::move(graph)));
}

KnowledgeGraph loadGraphs(const std::vector<std::string>& paths) {
  const Stage reading("read");
  KnowledgeGraph graph;
  std::size_t statements = 0;
  for (const auto& path : paths) statements += readGraph(path, graph);
  // The indexes queries use, built here rather than on the first query: some tens of
  // milliseconds on a million edges, counted as loading.
  graph.indexNames();
  graph.indexAdjacency();
  reading.done(statements, "statements");
  return graph;
}

OutputFormat chooseFormat(const std::string& path, const std::string& formatOption) {
  if (!formatOption.empty()) {
    if (auto f = outputFormatByName(formatOption)) return *f;
    throw UsageError("unknown format " + formatOption + " (see --help for the list)");
  }
  if (path == "-") return OutputFormat::Turtle;
  if (auto f = outputFormatForPath(path)) return *f;
  std::string extensions;
  for (const auto& f : outputFormats()) extensions += std::string(f.extension) + ", ";
  throw UsageError(path + ": cannot tell the output format from the file name (use " + extensions + "or --format)");
}

CLI::IsMember formatNames() {
  std::vector<std::string> names;
  for (const auto& f : outputFormats()) {
    names.emplace_back(f.name);
    if (f.extension.substr(1) != f.name) names.emplace_back(f.extension.substr(1));
  }
  return CLI::IsMember(names);
}

OutputLock lockOutput(const std::string& path, bool noWait, bool quiet) {
  return OutputLock(path, !noWait, [&path, quiet] {
    if (!quiet) std::cerr << "pressgraph: waiting for another pressgraph writing " << path << " to finish" << std::endl;
  });
}

void addNoWaitOption(CLI::App& command, bool& noWait) {
  command.add_flag("--no-wait", noWait, "Fail (exit 1) rather than wait while another run writes the same output");
}

std::size_t writeOutput(const KnowledgeGraph& graph, const std::string& path, OutputFormat format,
                        const PictureOptions& picture, unsigned threads) {
  const Stage writing("write");
  AtomicFile file(path);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t triples = writeGraph(graph, format, file.stream(), picture, threads);
  file.commit();
  writing.done(triples, "statements");
  return triples;
}

}  // namespace pressgraph::cli
