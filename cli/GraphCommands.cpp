// SPDX-License-Identifier: MIT
// stats, query and export: load a saved graph, answer, print or write.
#include "cli/GraphCommands.h"

#include <unistd.h>

#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/Common.h"
#include "queries/Queries.h"

namespace pressgraph::cli {
namespace {

std::string jsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out + "\"";
}

std::string csvField(std::string_view s, char sep) {
  if (s.find_first_of(std::string("\"\n") + sep) == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

int printPartners(const KnowledgeGraph& graph, const QueryOptions& o) {
  if (o.arguments.size() != 1) {
    printError("partners takes one organization name: pressgraph query GRAPH partners NAME");
    return EXIT_USAGE;
  }
  const std::string& name = o.arguments[0];
  const auto org = findOrganization(graph, name);
  if (!org) {
    std::string message = "no organization named \"" + name + "\" in the graph";
    const auto similar = similarNames(graph, name);
    if (!similar.empty()) {
      message += "; did you mean: ";
      for (std::size_t i = 0; i < similar.size(); ++i) message += (i ? ", " : "") + similar[i];
    }
    printError(message);
    return EXIT_FAILED;
  }
  const auto rows = partners(graph, *org);
  std::ostringstream out;
  if (o.format == "json") {
    out << "[";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      out << (i ? ",\n " : "\n ") << "{\"name\": " << jsonString(graph.name(r.partner)) << ", \"iri\": "
          << jsonString(graph.iri(r.partner)) << ", \"events\": " << r.events.size();
      if (o.why) {
        out << ", \"eventNames\": [";
        for (std::size_t k = 0; k < r.events.size(); ++k) out << (k ? ", " : "") << jsonString(graph.name(r.events[k]));
        out << "]";
      }
      out << "}";
    }
    out << (rows.empty() ? "]\n" : "\n]\n");
  } else if (o.format == "csv" || o.format == "tsv") {
    const char sep = o.format == "csv" ? ',' : '\t';
    out << "name" << sep << "iri" << sep << "events\n";
    for (const auto& r : rows)
      out << csvField(graph.name(r.partner), sep) << sep << graph.iri(r.partner) << sep << r.events.size() << '\n';
  } else {
    std::size_t width = 7;
    for (const auto& r : rows) width = std::max(width, graph.name(r.partner).size());
    out << std::left << std::setw(static_cast<int>(width)) << "partner" << "  events\n";
    for (const auto& r : rows) {
      out << std::left << std::setw(static_cast<int>(width)) << graph.name(r.partner) << "  " << r.events.size() << '\n';
      if (o.why)
        for (NodeId e : r.events) out << "    - " << graph.name(e) << '\n';
    }
    if (rows.empty()) out << "(no partners of " << graph.name(*org) << " in this graph)\n";
  }
  std::cout << out.str();
  return EXIT_OK;
}

}  // namespace

void setupStats(CLI::App& app, StatsOptions& o) {
  auto* cmd = app.add_subcommand("stats", "Counts by type and the most active organizations of a graph");
  cmd->footer("Example:\n  pressgraph stats graph.ttl\n\nExit status: 0 done, 1 unreadable graph, 2 usage error.");
  cmd->add_option("graphs", o.graphs, "Graph files (.ttl .trig .nt .nq)")->required();
  cmd->add_option("--top", o.top, "How many organizations to list");
}

int runStats(const StatsOptions& o) {
  return guarded([&] {
    const KnowledgeGraph graph = loadGraphs(o.graphs);
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

void setupQuery(CLI::App& app, QueryOptions& o) {
  auto* cmd = app.add_subcommand("query", "Ask a graph: partners NAME");
  cmd->footer(
      "Queries:\n  partners NAME   organizations that organized, partnered in or sponsored an event with NAME\n\n"
      "NAME is matched in any spelling, case- and accent-insensitive.\n\n"
      "Example:\n  pressgraph query graph.ttl partners IOM --why\n\n"
      "Exit status: 0 answered (also when empty), 1 unknown name or unreadable graph, 2 usage error.");
  cmd->add_option("graph", o.graph, "Graph file (.ttl .trig .nt .nq)")->required();
  cmd->add_option("what", o.what, "The query: partners")->required()->check(CLI::IsMember({"partners"}));
  cmd->add_option("arguments", o.arguments, "The query's arguments");
  cmd->add_option("--format", o.format, "table, json, csv or tsv")->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
  cmd->add_flag("--why", o.why, "List the shared events");
}

int runQuery(const QueryOptions& o) {
  return guarded([&] {
    const KnowledgeGraph graph = loadGraphs({o.graph});
    return printPartners(graph, o);
  });
}

}  // namespace pressgraph::cli
