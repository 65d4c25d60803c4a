// SPDX-License-Identifier: MIT
// Partners through shared events, and ranking by partners and by betweenness.
#include "queries/Partners.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "graph/Algorithms.h"
#include "queries/Lookup.h"

namespace pressgraph {
namespace {

void sortByIri(const KnowledgeGraph& graph, std::vector<NodeId>& nodes) {
  std::sort(nodes.begin(), nodes.end(), [&](NodeId a, NodeId b) { return graph.iriPath(a) < graph.iriPath(b); });
}

bool hasParent(const KnowledgeGraph& graph, NodeId node) { return parentOrganization(graph, node).has_value(); }

}  // namespace

bool isInvolvement(Relation r) {
  return r == Relation::Organizer || r == Relation::Contributor || r == Relation::Sponsor || r == Relation::Funder;
}

std::vector<NodeId> involvedEvents(const KnowledgeGraph& graph, NodeId organization) {
  std::set<NodeId> events;
  for (NodeId x : withOffices(graph, organization))
    for (const Edge& in : graph.inEdges(x))
      if (isInvolvement(in.relation) && graph.kind(in.from) == NodeKind::Event) events.insert(in.from);
  std::vector<NodeId> out(events.begin(), events.end());
  sortByIri(graph, out);
  return out;
}

std::vector<PartnerRow> partners(const KnowledgeGraph& graph, NodeId org) {
  const NodeId self = topOrganization(graph, org);
  // The events `org` took part in, with the edges that put it (or its offices) there.
  std::map<NodeId, std::vector<Edge>> ownRoles;
  for (NodeId x : withOffices(graph, org))
    for (const Edge& in : graph.inEdges(x))
      if (isInvolvement(in.relation) && graph.kind(in.from) == NodeKind::Event) ownRoles[in.from].push_back(in);

  std::map<NodeId, std::map<NodeId, std::vector<Edge>>> partnerRoles;  // partner -> event -> its edges
  for (const auto& [event, own] : ownRoles)
    for (const Edge& out : graph.outEdges(event)) {
      if (!isInvolvement(out.relation) || !isOrganization(graph.kind(out.to))) continue;
      const NodeId partner = topOrganization(graph, out.to);
      if (partner != self && partner != org) partnerRoles[partner][event].push_back(out);
    }

  std::vector<PartnerRow> rows;
  for (const auto& [partner, events] : partnerRoles) {
    PartnerRow row{partner, {}};
    for (const auto& [event, theirs] : events) {
      SharedEvent shared{event, ownRoles.at(event)};
      shared.roles.insert(shared.roles.end(), theirs.begin(), theirs.end());
      row.events.push_back(std::move(shared));
    }
    std::sort(row.events.begin(), row.events.end(), [&](const SharedEvent& a, const SharedEvent& b) {
      return graph.iriPath(a.event) < graph.iriPath(b.event);
    });
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [&](const PartnerRow& a, const PartnerRow& b) {
    if (a.events.size() != b.events.size()) return a.events.size() > b.events.size();
    if (graph.name(a.partner) != graph.name(b.partner)) return graph.name(a.partner) < graph.name(b.partner);
    return graph.iriPath(a.partner) < graph.iriPath(b.partner);
  });
  return rows;
}

std::vector<std::string_view> roleSentences(const KnowledgeGraph& graph, const SharedEvent& shared) {
  std::vector<std::string_view> out;
  for (const Edge& role : shared.roles)
    for (const Evidence& e : graph.evidence(role))
      if (!e.sentence.empty() && std::find(out.begin(), out.end(), e.sentence) == out.end()) out.push_back(e.sentence);
  return out;
}

std::vector<OrganizationCentrality> rankOrganizations(const KnowledgeGraph& graph, RankBy by) {
  // The organization–event graph on small indices: organizations first, in IRI order, then
  // their events in the order first met, so that the same graph always gives the same numbers.
  std::vector<OrganizationCentrality> rows;
  std::unordered_map<NodeId, std::uint32_t> eventIndex;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  std::vector<std::vector<NodeId>> eventsOf;
  for (NodeId id : graph.nodesByIri()) {
    if (!isOrganization(graph.kind(id)) || hasParent(graph, id)) continue;
    std::vector<NodeId> events = involvedEvents(graph, id);
    if (events.empty()) continue;
    rows.push_back(OrganizationCentrality{id, events.size(), partners(graph, id).size(), 0.0});
    eventsOf.push_back(std::move(events));
  }
  const auto organizations = static_cast<std::uint32_t>(rows.size());
  for (std::uint32_t i = 0; i < organizations; ++i)
    for (NodeId event : eventsOf[i]) {
      const auto [it, added] = eventIndex.emplace(event, organizations + static_cast<std::uint32_t>(eventIndex.size()));
      edges.emplace_back(i, it->second);
    }
  const std::vector<double> betweenness = betweennessCentrality(organizations + eventIndex.size(), edges);
  for (std::uint32_t i = 0; i < organizations; ++i) rows[i].betweenness = betweenness[i];

  std::sort(rows.begin(), rows.end(), [&](const OrganizationCentrality& a, const OrganizationCentrality& b) {
    if (by == RankBy::Betweenness && a.betweenness != b.betweenness) return a.betweenness > b.betweenness;
    if (a.partners != b.partners) return a.partners > b.partners;
    if (a.betweenness != b.betweenness) return a.betweenness > b.betweenness;
    if (graph.name(a.organization) != graph.name(b.organization)) return graph.name(a.organization) < graph.name(b.organization);
    return graph.iriPath(a.organization) < graph.iriPath(b.organization);
  });
  return rows;
}

}  // namespace pressgraph
