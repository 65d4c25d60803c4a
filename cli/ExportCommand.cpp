// SPDX-License-Identifier: MIT
// export: load saved graphs, merge them, write one output; the picture options.
#include "cli/ExportCommand.h"

#include <algorithm>
#include <tuple>

#include "cli/Common.h"
#include "graph/Names.h"
#include "queries/Queries.h"

namespace pressgraph::cli {
namespace {

// The names --types takes: the kinds' labels in lower case.
std::string typeName(NodeKind kind) { return asciiLower(info(kind).label); }

std::vector<std::string> typeNames() {
  std::vector<std::string> names;
  for (const KindInfo& k : allKinds()) names.push_back(typeName(k.kind));
  return names;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The node a picture is drawn around, or nullopt after printing why there is none.
std::optional<NodeId> focusNode(const KnowledgeGraph& graph, const std::string& name) {
  std::vector<NodeId> matches = graph.findByName(name);
  if (matches.empty()) {
    std::string message = "--focus: nothing named \"" + name + "\" in the graph";
    const auto similar = similarNames(graph, name);
    if (!similar.empty()) message += "; did you mean: " + joined(similar);
    printError(message);
    return std::nullopt;
  }
  // Entities before documents, then vocabulary order (organizations before their offices).
  const auto rank = [&](NodeId n) { return std::tuple(graph.kind(n) == NodeKind::Document, graph.kind(n), graph.iriPath(n)); };
  std::sort(matches.begin(), matches.end(), [&](NodeId a, NodeId b) { return rank(a) < rank(b); });
  if (matches.size() > 1) {
    std::vector<std::string> others;
    for (std::size_t i = 1; i < matches.size(); ++i) others.push_back(graph.iri(matches[i]));
    printWarning("--focus", 0, "\"" + name + "\" also names " + joined(others) + "; drawing around " + graph.iri(matches[0]));
  }
  return matches[0];
}

}  // namespace

void addPictureOptions(CLI::App& command, PictureArguments& a) {
  auto* focus = command.add_option("--focus", a.focus, "Draw only around this entity (any spelling)");
  command.add_option("--depth", a.depth, "With --focus: how many edges away to draw (default 1)")->needs(focus);
  command.add_option("--types", a.types, "Node types to draw, comma-separated (the focus is always drawn)")
      ->delimiter(',')
      ->check(CLI::IsMember(typeNames()));
}

void checkPictureArguments(const PictureArguments& a, OutputFormat format) {
  if ((!a.focus.empty() || !a.types.empty()) && !isPicture(format))
    throw UsageError("--focus, --depth and --types draw pictures: write .dot, .svg or .png");
}

std::optional<PictureOptions> pictureOptions(const KnowledgeGraph& graph, const PictureArguments& a) {
  PictureOptions options;
  options.depth = a.depth;
  for (const KindInfo& k : allKinds())
    if (std::find(a.types.begin(), a.types.end(), typeName(k.kind)) != a.types.end()) options.kinds.push_back(k.kind);
  if (!a.focus.empty()) {
    options.focus = focusNode(graph, a.focus);
    if (!options.focus) return std::nullopt;
  }
  return options;
}

void setupExport(CLI::App& app, ExportOptions& o) {
  auto* cmd = app.add_subcommand("export", "Write a saved graph in another format, or draw it");
  cmd->footer(
      "The format follows the extension of -o: .ttl .nt .trig .nq .jsonld .json .graphml .dot .svg .png\n"
      "Pictures (.dot .svg .png; SVG and PNG drawn by Graphviz's library) show the entities that\n"
      "have relations, documents left out: --types chooses the node types drawn (document brings\n"
      "documents back), --focus NAME --depth N only what is within N edges of NAME.\n"
      "TriG and N-Quads put what each document says in a graph named by the document.\n"
      "Runs that write one output take turns (a lock, .NAME.lock beside it, while they run): the\n"
      "next waits, saying so on stderr, or with --no-wait fails (exit 1).\n\n"
      "Examples:\n"
      "  pressgraph export graph.ttl -o graph.jsonld\n"
      "  pressgraph export graph.ttl -o iom.svg --focus IOM --depth 2 --types organization,event,city\n\n"
      "Exit status: 0 written, 1 unreadable graph, unknown --focus name, write error or --no-wait\n"
      "and another run writing the output, 2 usage error.");
  cmd->add_option("graphs", o.graphs, "Graph files (.ttl .trig .nt .nq); several are merged")->required();
  cmd->add_option("-o,--output", o.output, "Output file ('-' for standard output, Turtle)");
  cmd->add_option("-f,--format", o.format, "Output format, overriding the extension")->check(formatNames());
  cmd->add_option("-j,--threads", o.threads, "Threads writing Turtle or N-Triples (default: all cores; the bytes are the same)")
      ->check(CLI::Range(1u, 256u));
  addNoWaitOption(*cmd, o.noWait);
  addPictureOptions(*cmd, o.picture);
}

int runExport(const ExportOptions& o) {
  return guarded([&] {
    const OutputFormat format = chooseFormat(o.output, o.format);
    checkPictureArguments(o.picture, format);
    // Before reading: `export g.ttl -o g.ttl` rewrites what it read, as build --into does.
    const OutputLock lock = lockOutput(o.output, o.noWait);
    const KnowledgeGraph& graph = keepUntilExit(loadGraphs(o.graphs));
    const auto picture = pictureOptions(graph, o.picture);
    if (!picture) return EXIT_FAILED;
    writeOutput(graph, o.output, format, *picture, o.threads);
    return EXIT_OK;
  });
}

}  // namespace pressgraph::cli
