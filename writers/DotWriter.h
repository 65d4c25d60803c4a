// SPDX-License-Identifier: MIT
// The knowledge graph as a Graphviz DOT picture, whole or around one entity.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// What a picture (.dot .svg .png) shows. By default every entity with a relation to draw;
/// documents are left out, since they mention everything and would tie it all into one knot.
struct PictureOptions {
  std::optional<NodeId> focus;  ///< draw only what is within `depth` edges of this node
  unsigned depth = 1;
  std::vector<NodeKind> kinds;  ///< the node kinds drawn (the focus always is); empty: all but Document
};

/// The nodes a picture shows, in IRI order. Without a focus: the nodes of the chosen kinds
/// that have an edge to another such node. With one: the focus, and the nodes of the chosen
/// kinds reached from it in at most `depth` edges through such nodes, in either direction.
std::vector<NodeId> pictureNodes(const KnowledgeGraph& graph, const PictureOptions& options);

/// The picture as DOT: node ids are IRI paths, a shape and colour per node kind, edges
/// labelled with their property's short name ("organizer"), a legend cluster, and the layout
/// in graph attributes, so that any Graphviz program (dot -Tsvg too) draws the same picture.
/// Deterministic: the same graph gives the same text whatever order it was built in.
std::string dotText(const KnowledgeGraph& graph, const PictureOptions& options = {});

/// dotText() written to `out`; write errors show in ferror(out).
void writeDot(const KnowledgeGraph& graph, FILE* out, const PictureOptions& options = {});

}  // namespace pressgraph
