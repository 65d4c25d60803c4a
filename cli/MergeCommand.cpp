// SPDX-License-Identifier: MIT
// merge: read saved graphs into one and write it, in any format.
#include "cli/MergeCommand.h"

#include <iostream>

#include "cli/Common.h"

namespace pressgraph::cli {

void setupMerge(CLI::App& app, MergeOptions& o) {
  auto* cmd = app.add_subcommand("merge", "Merge graphs built apart (shards of a corpus) into one");
  cmd->footer(
      "Reads Turtle, TriG, N-Triples or N-Quads (.ttl .trig .nt .nq) and writes the format of -o's\n"
      "extension (.ttl .nt .trig .nq .jsonld .json .graphml .dot .svg .png). Graphs built from\n"
      "disjoint sets of documents merge into the bytes one build over all of them writes, when\n"
      "each shard names its documents as the whole build would (the same file or directory\n"
      "arguments, as seen from the same directory) and the shards are merged in input order.\n"
      "Runs that write one output take turns (a lock, .NAME.lock beside it, while they run): the\n"
      "next waits, saying so on stderr, or with --no-wait fails (exit 1).\n\n"
      "Example:\n"
      "  pressgraph build docs/2016 -o 2016.nq && pressgraph build docs/2017 -o 2017.nq\n"
      "  pressgraph merge 2016.nq 2017.nq -o all.ttl\n\n"
      "Exit status: 0 merged, 1 unreadable graph, write error or --no-wait and another run writing\n"
      "the output, 2 usage error.");
  cmd->add_option("graphs", o.graphs, "Graph files (.ttl .trig .nt .nq)")->required();
  cmd->add_option("-o,--output", o.output, "Output file ('-' for standard output, Turtle)");
  cmd->add_option("-f,--format", o.format, "Output format, overriding the extension")->check(formatNames());
  cmd->add_option("-j,--threads", o.threads, "Threads writing Turtle or N-Triples (default: all cores; the bytes are the same)")
      ->check(CLI::Range(1u, 256u));
  cmd->add_flag("-q,--quiet", o.quiet, "No summary");
  addNoWaitOption(*cmd, o.noWait);
}

int runMerge(const MergeOptions& o) {
  return guarded([&] {
    const OutputFormat format = chooseFormat(o.output, o.format);
    const OutputLock lock = lockOutput(o.output, o.noWait, o.quiet);  // before reading: it may be one of the inputs
    const KnowledgeGraph& graph = keepUntilExit(loadGraphs(o.graphs));
    const std::size_t triples = writeOutput(graph, o.output, format, {}, o.threads);
    if (!o.quiet)
      std::cerr << "pressgraph: merged " << o.graphs.size() << " graph" << (o.graphs.size() == 1 ? "" : "s") << ": "
                << graph.nodeCount() << " nodes, " << graph.edgeCount() << " edges" << (triples ? ", " : "")
                << (triples ? std::to_string(triples) + " triples" : std::string()) << '\n';
    return EXIT_OK;
  });
}

}  // namespace pressgraph::cli
