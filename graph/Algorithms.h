// SPDX-License-Identifier: MIT
// Traversals over the knowledge graph, run by Boost.Graph's algorithms.
#pragma once

#include <optional>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// A node reached by a traversal and how far it is (in edges) from the start.
struct Reached {
  NodeId node;
  unsigned distance;
};

/// Every node within `depth` edges of `start`, edges followed in both directions, document
/// nodes skipped (they would connect everything that is mentioned together). Sorted by
/// distance, then IRI.
std::vector<Reached> neighborhood(const KnowledgeGraph& graph, NodeId start, unsigned depth);

/// A shortest path from `from` to `to` ignoring edge direction and document nodes; the nodes
/// in order, or nullopt when they are not connected.
std::optional<std::vector<NodeId>> shortestPath(const KnowledgeGraph& graph, NodeId from, NodeId to);

}  // namespace pressgraph
