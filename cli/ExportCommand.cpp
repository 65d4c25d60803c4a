// SPDX-License-Identifier: MIT
// export: load saved graphs, merge them, write one output.
#include "cli/ExportCommand.h"

#include "cli/Common.h"

namespace pressgraph::cli {

void setupExport(CLI::App& app, ExportOptions& o) {
  auto* cmd = app.add_subcommand("export", "Write a saved graph in another format");
  cmd->footer(
      "The format follows the extension of -o: .ttl .nt .trig .nq .jsonld .json .graphml .dot\n\n"
      "Example:\n  pressgraph export graph.ttl -o graph.jsonld\n\n"
      "Exit status: 0 written, 1 unreadable graph or write error, 2 usage error.");
  cmd->add_option("graphs", o.graphs, "Graph files (.ttl .trig .nt .nq); several are merged")->required();
  cmd->add_option("-o,--output", o.output, "Output file ('-' for standard output, Turtle)");
  cmd->add_option("-f,--format", o.format, "Output format, overriding the extension")->check(formatNames());
}

int runExport(const ExportOptions& o) {
  return guarded([&] {
    const OutputFormat format = chooseFormat(o.output, o.format);
    const KnowledgeGraph graph = loadGraphs(o.graphs);
    writeOutput(graph, o.output, format);
    return EXIT_OK;
  });
}

}  // namespace pressgraph::cli
