// SPDX-License-Identifier: MIT
// Hand-written Graphviz DOT: one style per node kind, relation labels on edges, a legend.
#include "writers/DotWriter.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pressgraph {
namespace {

struct KindStyle {
  std::string_view shape;
  std::string_view style;
  std::string_view fillcolor;
};

// A switch rather than a table indexed by kind, so that a new NodeKind is a compiler warning.
KindStyle styleOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::Organization:
      return {"box", "filled", "lightblue"};
    case NodeKind::Office:
      return {"box", "rounded,filled", "lightsteelblue"};
    case NodeKind::Person:
      return {"ellipse", "filled", "lightyellow"};
    case NodeKind::City:
      return {"octagon", "filled", "palegreen"};
    case NodeKind::Country:
      return {"hexagon", "filled", "darkseagreen"};
    case NodeKind::Event:
      return {"note", "filled", "orange"};
    case NodeKind::Document:
      return {"plaintext", "", "white"};  // never drawn
  }
  return {"plaintext", "", "white"};
}

// Documents mention everything in them: drawn, they and their edges would tie all into one knot.
bool drawn(const KnowledgeGraph& graph, NodeId node) { return graph.kind(node) != NodeKind::Document; }

/// `s` as a DOT double-quoted string. A backslash is doubled: DOT reads "\l", "\N" and a
/// backslash before the closing quote as escapes.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  out += '"';
  return out;
}

void writeAttributes(std::string& line, const KindStyle& style, std::string_view label) {
  line += " [label=" + quoted(label) + ", shape=" + std::string(style.shape);
  line += ", style=" + quoted(style.style) + ", fillcolor=" + quoted(style.fillcolor) + "]";
}

void put(FILE* out, const std::string& line) { std::fwrite(line.data(), 1, line.size(), out); }

}  // namespace

void writeDot(const KnowledgeGraph& graph, FILE* out) {
  const auto nodes = graph.nodesByIri();
  put(out,
      "digraph pressgraph {\n"
      "  graph [rankdir=LR, fontname=\"Helvetica\", charset=\"UTF-8\"];\n"
      "  node [fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=10];\n");

  // The legend shows the kinds present, in vocabulary order.
  std::set<NodeKind> kinds;
  for (NodeId node : nodes)
    if (drawn(graph, node)) kinds.insert(graph.kind(node));
  if (!kinds.empty()) {
    put(out, "  subgraph cluster_legend {\n    label=\"Legend\";\n    style=dashed;\n");
    for (NodeKind kind : kinds) {
      std::string line = "    legend_" + std::string(info(kind).segment);
      writeAttributes(line, styleOf(kind), info(kind).label);
      put(out, line + ";\n");
    }
    put(out, "  }\n");
  }

  // Ids by IRI rank, not NodeId: the same graph reached by any merge order draws the same file.
  std::vector<std::size_t> rank(graph.nodeCount());
  for (std::size_t i = 0; i < nodes.size(); ++i) rank[nodes[i].value] = i;
  std::string line;
  for (NodeId node : nodes) {
    if (!drawn(graph, node)) continue;
    const std::string_view name = graph.name(node);
    line = "  n" + std::to_string(rank[node.value]);
    writeAttributes(line, styleOf(graph.kind(node)), name.empty() ? graph.iriPath(node) : name);
    put(out, line + ";\n");
  }
  for (NodeId node : nodes) {
    if (!drawn(graph, node)) continue;
    for (const Edge& e : graph.outEdges(node)) {
      if (e.relation == Relation::Mentions || !drawn(graph, e.to)) continue;
      line = "  n" + std::to_string(rank[e.from.value]) + " -> n" + std::to_string(rank[e.to.value]);
      line += " [label=" + quoted(info(e.relation).label) + "];\n";
      put(out, line);
    }
  }
  put(out, "}\n");
}

}  // namespace pressgraph
