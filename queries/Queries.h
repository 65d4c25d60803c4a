// SPDX-License-Identifier: MIT
// Questions users ask the graph, answered as plain rows: statistics here, and every other
// query through the headers included below.
#pragma once

#include <utility>
#include <vector>

#include "graph/KnowledgeGraph.h"
#include "queries/Connections.h"
#include "queries/Events.h"
#include "queries/Lookup.h"
#include "queries/Partners.h"
#include "queries/People.h"

namespace pressgraph {

struct KindCount {
  NodeKind kind;
  std::size_t count;
};

struct OrganizationRank {
  NodeId organization;
  std::size_t events;    ///< events it (or its offices) organized, partnered in or sponsored
  std::size_t partners;  ///< distinct partner organizations
};

struct GraphStats {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::vector<KindCount> byKind;
  std::vector<std::pair<Relation, std::size_t>> byRelation;
  std::vector<OrganizationRank> topOrganizations;  ///< by events, then partners, then name
};

GraphStats stats(const KnowledgeGraph& graph, std::size_t top = 10);

}  // namespace pressgraph
