// SPDX-License-Identifier: MIT
// Partner, lookup and statistics queries over the knowledge graph's interface.
#include "queries/Queries.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/Names.h"

namespace pressgraph {
namespace {

bool isOrganization(NodeKind k) { return k == NodeKind::Organization || k == NodeKind::Office; }

bool isInvolvement(Relation r) {
  return r == Relation::Organizer || r == Relation::Contributor || r == Relation::Sponsor || r == Relation::Funder;
}

std::optional<NodeId> parentOf(const KnowledgeGraph& graph, NodeId node) {
  for (const Edge& e : graph.outEdges(node))
    if (e.relation == Relation::ParentOrganization) return e.to;
  return std::nullopt;
}

// The node and every office below it (parentOrganization*, walked backwards).
std::vector<NodeId> withOffices(const KnowledgeGraph& graph, NodeId org) {
  std::vector<NodeId> out{org};
  std::set<NodeId> seen{org};
  for (std::size_t i = 0; i < out.size(); ++i)
    for (const Edge& e : graph.inEdges(out[i]))
      if (e.relation == Relation::ParentOrganization && seen.insert(e.from).second) out.push_back(e.from);
  return out;
}

}  // namespace

NodeId topOrganization(const KnowledgeGraph& graph, NodeId node) {
  std::set<NodeId> seen{node};  // a cycle in a hand-edited graph must not hang us
  while (auto parent = parentOf(graph, node)) {
    if (!seen.insert(*parent).second) break;
    node = *parent;
  }
  return node;
}

std::optional<NodeId> findOrganization(const KnowledgeGraph& graph, std::string_view name) {
  std::optional<NodeId> best;
  for (NodeId id : graph.findByName(name)) {
    if (!isOrganization(graph.kind(id))) continue;
    const bool top = !parentOf(graph, id).has_value();
    if (!best || (top && parentOf(graph, *best).has_value()) ||
        (top == !parentOf(graph, *best).has_value() && graph.iriPath(id) < graph.iriPath(*best)))
      best = id;
  }
  return best;
}

std::vector<std::string> similarNames(const KnowledgeGraph& graph, std::string_view name, std::size_t limit) {
  const std::string key = foldName(name);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (NodeId id : graph.nodesByIri()) {
    if (!isOrganization(graph.kind(id))) continue;
    const std::string candidate = foldName(graph.name(id));
    // Shared leading characters, or one containing the other, make a sensible suggestion.
    std::size_t common = 0;
    while (common < key.size() && common < candidate.size() && key[common] == candidate[common]) ++common;
    const bool contains = !key.empty() && (candidate.find(key) != std::string::npos || key.find(candidate) != std::string::npos);
    const std::size_t score = contains ? 1000 + common : common;
    if (score >= 3) scored.emplace_back(score, std::string(graph.name(id)));
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> out;
  for (auto& [score, n] : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
  }
  return out;
}

std::vector<PartnerRow> partners(const KnowledgeGraph& graph, NodeId org) {
  const NodeId self = topOrganization(graph, org);
  std::map<NodeId, std::set<NodeId>> shared;  // partner -> events
  for (NodeId x : withOffices(graph, org)) {
    for (const Edge& in : graph.inEdges(x)) {
      if (!isInvolvement(in.relation) || graph.kind(in.from) != NodeKind::Event) continue;
      const NodeId event = in.from;
      for (const Edge& out : graph.outEdges(event)) {
        if (!isInvolvement(out.relation)) continue;
        const NodeId b = topOrganization(graph, out.to);
        if (b != self && b != org) shared[b].insert(event);
      }
    }
  }
  std::vector<PartnerRow> rows;
  for (auto& [partner, events] : shared) {
    PartnerRow row{partner, {events.begin(), events.end()}};
    std::sort(row.events.begin(), row.events.end(), [&](NodeId a, NodeId b) { return graph.iriPath(a) < graph.iriPath(b); });
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [&](const PartnerRow& a, const PartnerRow& b) {
    if (a.events.size() != b.events.size()) return a.events.size() > b.events.size();
    if (graph.name(a.partner) != graph.name(b.partner)) return graph.name(a.partner) < graph.name(b.partner);
    return graph.iriPath(a.partner) < graph.iriPath(b.partner);
  });
  return rows;
}

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
    if (graph.kind(id) != NodeKind::Organization || parentOf(graph, id)) continue;
    std::set<NodeId> events;
    for (NodeId x : withOffices(graph, id))
      for (const Edge& in : graph.inEdges(x))
        if (isInvolvement(in.relation)) events.insert(in.from);
    if (events.empty()) continue;
    ranks.push_back(OrganizationRank{id, events.size(), partners(graph, id).size()});
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
