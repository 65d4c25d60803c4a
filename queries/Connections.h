// SPDX-License-Identifier: MIT
// How two entities are connected, and what lies near one: through events, offices and places,
// never through the documents that merely mention them.
#pragma once

#include <optional>
#include <vector>

#include "graph/Algorithms.h"
#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// One node of a path and the edge that leads to it from the node before.
struct PathStep {
  NodeId node;
  std::optional<Edge> via;  ///< as stored, so it may point back to the node before; none at the start
};

/// A shortest path from `from` to `to` (edges in either direction, documents skipped), or
/// nullopt when nothing but documents connects them. From a node to itself: that node alone.
std::optional<std::vector<PathStep>> path(const KnowledgeGraph& graph, NodeId from, NodeId to);

/// The nodes within `depth` edges of `node` (either direction, documents skipped), nearest first,
/// then by IRI.
std::vector<Reached> neighbors(const KnowledgeGraph& graph, NodeId node, unsigned depth);

}  // namespace pressgraph
