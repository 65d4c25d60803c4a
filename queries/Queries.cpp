// SPDX-License-Identifier: MIT
// Statistics over the knowledge graph's interface.
#include "queries/Queries.h"

#include <algorithm>
#include <map>

namespace pressgraph {

GraphStats stats(const KnowledgeGraph& graph, std::size_t top) {
  GraphStats s;
  s.nodes = graph.nodeCount();
  s.edges = graph.edgeCount();
  std::map<NodeKind, std::size_t> kinds;
  std::map<Relation, std::size_t> relations;
  std::vector<OrganizationRank> ranks;
  for (NodeId id : graph.nodesByIri()) {
    ++kinds[graph.kind(id)];
    for (const Edge& e : graph.outEdges(id)) ++relations[e.relation];
  }
  for (NodeId id : graph.nodesByIri()) {
    if (graph.kind(id) != NodeKind::Organization || parentOrganization(graph, id)) continue;
    const std::size_t events = involvedEvents(graph, id).size();
    if (events == 0) continue;
    ranks.push_back(OrganizationRank{id, events, partners(graph, id).size()});
  }
  std::sort(ranks.begin(), ranks.end(), [&](const OrganizationRank& a, const OrganizationRank& b) {
    if (a.events != b.events) return a.events > b.events;
    if (a.partners != b.partners) return a.partners > b.partners;
    return graph.name(a.organization) < graph.name(b.organization);
  });
  if (ranks.size() > top) ranks.resize(top);
  for (const auto& k : allKinds()) s.byKind.push_back(KindCount{k.kind, kinds[k.kind]});
  for (auto [r, n] : relations) s.byRelation.emplace_back(r, n);
  s.topOrganizations = std::move(ranks);
  return s;
}

}  // namespace pressgraph
