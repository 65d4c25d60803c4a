// SPDX-License-Identifier: MIT
// Traversals over the knowledge graph, run by Boost.Graph's algorithms.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
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

/// A walk through the graph: its nodes in order, and between each two the edge that joins
/// them as stored, so an edge may point against the walk (`edges[i]` joins `nodes[i]` and
/// `nodes[i + 1]`).
struct Path {
  std::vector<NodeId> nodes;
  std::vector<Edge> edges;
};

/// A shortest path from `from` to `to` ignoring edge direction and document nodes, or nullopt
/// when they are not connected. Among paths of the same length, the same graph always gives the
/// same one.
std::optional<Path> shortestPath(const KnowledgeGraph& graph, NodeId from, NodeId to);

/// Brandes betweenness centrality of each vertex of the undirected graph with vertices
/// 0..vertexCount-1 and these edges: the sum, over the pairs of other vertices, of the share of
/// their shortest paths that run through it (each pair counted once). It takes plain indices
/// because queries build such graphs themselves (organizations joined to their events).
std::vector<double> betweennessCentrality(std::size_t vertexCount,
                                          const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges);

}  // namespace pressgraph
