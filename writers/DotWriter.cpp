// SPDX-License-Identifier: MIT
// Hand-written Graphviz DOT: which nodes a picture shows, one style per node kind, property
// names on edges, a legend, and the layout attributes.
#include "writers/DotWriter.h"

#include <deque>
#include <limits>
#include <set>
#include <string_view>

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
      return {"folder", "filled", "gray92"};
  }
  return {"box", "filled", "white"};
}

// The layout, chosen on the dev corpus (175 entities with relations, in 30 components):
// neato spreads them evenly over a page about as high as wide, and with prism overlap removal
// keeps every name readable. dot stretches the components into one row, fdp moves nodes from
// run to run when there is a cluster, sfdp draws no cluster box. neato is quadratic in the
// nodes, so big pictures go to sfdp. Edges are straight (routed splines take seconds) and
// drawn first, so that nodes and their names stay on top.
constexpr std::size_t NEATO_MAX_NODES = 1000;

std::string graphAttributes(std::size_t nodes) {
  const std::string_view layout = nodes <= NEATO_MAX_NODES ? "neato" : "sfdp";
  return "  graph [layout=" + std::string(layout) +
         ", overlap=prism, outputorder=edgesfirst, pad=0.3, fontname=\"Helvetica\", charset=\"UTF-8\"];\n"
         "  node [fontname=\"Helvetica\", fontsize=10, penwidth=0.6];\n"
         "  edge [fontname=\"Helvetica\", fontsize=8, fontcolor=\"gray30\", color=\"gray50\", arrowsize=0.6];\n";
}

// Event names run to a hundred characters; on lines of about this many they make nodes
// that do not push their neighbours off the page.
constexpr std::size_t LABEL_LINE = 28;

/// `name` broken into lines at spaces, each about LABEL_LINE bytes or less (a longer word
/// stays whole).
std::string wrapped(std::string_view name) {
  std::string out;
  std::size_t lineStart = 0;
  std::size_t at = 0;
  while (at < name.size()) {
    std::size_t end = name.find(' ', at);
    if (end == std::string_view::npos) end = name.size();
    if (at > 0 && out.size() - lineStart + (end - at) + 1 > LABEL_LINE) {
      out += '\n';
      lineStart = out.size();
    } else if (at > 0) {
      out += ' ';
    }
    out += name.substr(at, end - at);
    at = end + 1;
  }
  return out;
}

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
    if (c == '\r') continue;
    out += c;
  }
  out += '"';
  return out;
}

/// The last segment of a property IRI: "organizer" for schema:organizer.
std::string_view shortName(std::string_view iri) { return iri.substr(iri.find_last_of("/#") + 1); }

void appendNode(std::string& dot, std::string_view indent, std::string_view id, NodeKind kind, std::string_view label,
                bool emphasized = false) {
  const KindStyle style = styleOf(kind);
  dot += std::string(indent) + quoted(id) + " [label=" + quoted(label) + ", shape=" + std::string(style.shape) +
         ", style=" + quoted(style.style) + ", fillcolor=" + quoted(style.fillcolor) + (emphasized ? ", penwidth=2.5" : "") +
         "];\n";
}

// Which nodes and edges of the graph a picture may draw at all.
class PictureFilter {
 public:
  PictureFilter(const KnowledgeGraph& graph, const PictureOptions& options) : graph_(graph), options_(options) {
    if (options.kinds.empty()) {
      for (const KindInfo& k : allKinds())
        if (k.kind != NodeKind::Document) kinds_.insert(k.kind);
    } else {
      kinds_.insert(options.kinds.begin(), options.kinds.end());
    }
    // Only documents mention things; a mention is drawn when documents are.
    drawsMentions_ = kinds_.count(NodeKind::Document) != 0 ||
                     (options.focus && graph.kind(*options.focus) == NodeKind::Document);
  }

  bool node(NodeId n) const { return n == options_.focus || kinds_.count(graph_.kind(n)) != 0; }
  bool edge(const Edge& e) const {
    return node(e.from) && node(e.to) && (e.relation != Relation::Mentions || drawsMentions_);
  }

 private:
  const KnowledgeGraph& graph_;
  const PictureOptions& options_;
  std::set<NodeKind> kinds_;
  bool drawsMentions_ = false;
};

// The focus and what lies within `depth` drawable edges of it, either direction.
std::vector<bool> around(const KnowledgeGraph& graph, const PictureFilter& filter, NodeId focus, unsigned depth) {
  constexpr unsigned UNREACHED = std::numeric_limits<unsigned>::max();
  std::vector<unsigned> distance(graph.nodeCount(), UNREACHED);
  std::deque<NodeId> queue{focus};
  distance[focus.value] = 0;
  while (!queue.empty()) {
    const NodeId n = queue.front();
    queue.pop_front();
    if (distance[n.value] == depth) continue;
    const auto visit = [&](NodeId next) {
      if (distance[next.value] != UNREACHED) return;
      distance[next.value] = distance[n.value] + 1;
      queue.push_back(next);
    };
    for (const Edge& e : graph.outEdges(n))
      if (filter.edge(e)) visit(e.to);
    for (const Edge& e : graph.inEdges(n))
      if (filter.edge(e)) visit(e.from);
  }
  std::vector<bool> shown(graph.nodeCount());
  for (std::size_t i = 0; i < distance.size(); ++i) shown[i] = distance[i] != UNREACHED;
  return shown;
}

// The nodes of the drawable kinds with a drawable edge: a picture shows relations, and the
// many entities a text names without relating them would only crowd it.
std::vector<bool> related(const KnowledgeGraph& graph, const PictureFilter& filter) {
  std::vector<bool> shown(graph.nodeCount());
  for (std::uint32_t i = 0; i < graph.nodeCount(); ++i)
    for (const Edge& e : graph.outEdges(NodeId{i}))
      if (filter.edge(e) && e.from != e.to) shown[e.from.value] = shown[e.to.value] = true;
  return shown;
}

}  // namespace

std::vector<NodeId> pictureNodes(const KnowledgeGraph& graph, const PictureOptions& options) {
  const PictureFilter filter(graph, options);
  const std::vector<bool> shown =
      options.focus ? around(graph, filter, *options.focus, options.depth) : related(graph, filter);
  std::vector<NodeId> nodes;
  for (NodeId n : graph.nodesByIri())
    if (shown[n.value]) nodes.push_back(n);
  return nodes;
}

std::string dotText(const KnowledgeGraph& graph, const PictureOptions& options) {
  const PictureFilter filter(graph, options);
  const std::vector<NodeId> nodes = pictureNodes(graph, options);
  std::vector<bool> shown(graph.nodeCount());
  for (NodeId n : nodes) shown[n.value] = true;

  std::string dot = "digraph pressgraph {\n";
  dot += graphAttributes(nodes.size());

  // The legend shows the kinds drawn, in vocabulary order. Invisible edges hold its nodes
  // together: neato keeps no cluster in one place by itself.
  std::set<NodeKind> kinds;
  for (NodeId n : nodes) kinds.insert(graph.kind(n));
  if (!kinds.empty()) {
    dot += "  subgraph cluster_legend {\n    label=\"Legend\";\n    style=\"dashed\";\n    fontsize=11;\n";
    std::string chain;
    for (NodeKind kind : kinds) {
      const std::string id = "legend_" + std::string(info(kind).segment);
      appendNode(dot, "    ", id, kind, info(kind).label);
      chain += (chain.empty() ? "    " : " -> ") + quoted(id);
    }
    if (kinds.size() > 1) dot += chain + " [style=\"invis\", len=0.4];\n";
    dot += "  }\n";
  }

  for (NodeId n : nodes) {
    const std::string_view name = graph.name(n);
    appendNode(dot, "  ", graph.iriPath(n), graph.kind(n), wrapped(name.empty() ? graph.iriPath(n) : name),
               n == options.focus);
  }
  for (NodeId n : nodes) {
    for (const Edge& e : graph.outEdges(n)) {
      if (!shown[e.to.value] || !filter.edge(e)) continue;
      dot += "  " + quoted(graph.iriPath(e.from)) + " -> " + quoted(graph.iriPath(e.to)) +
             " [label=" + quoted(shortName(info(e.relation).iri)) + "];\n";
    }
  }
  dot += "}\n";
  return dot;
}

void writeDot(const KnowledgeGraph& graph, FILE* out, const PictureOptions& options) {
  const std::string dot = dotText(graph, options);
  std::fwrite(dot.data(), 1, dot.size(), out);
}

}  // namespace pressgraph
