// SPDX-License-Identifier: MIT
// stats: load a saved graph and count what it holds.
#include "cli/GraphCommands.h"

#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/Common.h"
#include "queries/Queries.h"

namespace pressgraph::cli {

void setupStats(CLI::App& app, StatsOptions& o) {
  auto* cmd = app.add_subcommand("stats", "Counts by type and the most active organizations of a graph");
  cmd->footer("Example:\n  pressgraph stats graph.ttl\n\nExit status: 0 done, 1 unreadable graph, 2 usage error.");
  cmd->add_option("graphs", o.graphs, "Graph files (.ttl .trig .nt .nq)")->required();
  cmd->add_option("--top", o.top, "How many organizations to list");
}

int runStats(const StatsOptions& o) {
  return guarded([&] {
    const KnowledgeGraph& graph = keepUntilExit(loadGraphs(o.graphs));
    const GraphStats s = stats(graph, o.top);
    std::ostringstream out;
    out << "nodes  " << s.nodes << "\nedges  " << s.edges << "\n\nby type\n";
    for (const auto& k : s.byKind) out << "  " << std::left << std::setw(14) << info(k.kind).label << k.count << '\n';
    out << "\nby relation\n";
    for (const auto& [r, n] : s.byRelation) out << "  " << std::left << std::setw(14) << info(r).label << n << '\n';
    out << "\ntop organizations (events, partners)\n";
    for (const auto& r : s.topOrganizations)
      out << "  " << graph.name(r.organization) << "  (" << r.events << ", " << r.partners << ")\n";
    std::cout << out.str();
    return EXIT_OK;
  });
}

}  // namespace pressgraph::cli
