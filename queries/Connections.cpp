// SPDX-License-Identifier: MIT
// Paths and neighborhoods as rows, over graph/Algorithms' Boost traversals.
#include "queries/Connections.h"

namespace pressgraph {

std::optional<std::vector<PathStep>> path(const KnowledgeGraph& graph, NodeId from, NodeId to) {
  const auto found = shortestPath(graph, from, to);
  if (!found) return std::nullopt;
  std::vector<PathStep> steps{PathStep{from, std::nullopt}};
  for (std::size_t i = 0; i < found->edges.size(); ++i) steps.push_back(PathStep{found->nodes[i + 1], found->edges[i]});
  return steps;
}

std::vector<Reached> neighbors(const KnowledgeGraph& graph, NodeId node, unsigned depth) {
  return neighborhood(graph, node, depth);
}

}  // namespace pressgraph
