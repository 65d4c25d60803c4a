// SPDX-License-Identifier: MIT
// Partners through shared events, and ranking by partners and by betweenness.
#include "queries/Partners.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/Algorithms.h"
#include "queries/Lookup.h"

namespace pressgraph {
namespace {

void sortByIri(const KnowledgeGraph& graph, std::vector<NodeId>& nodes) {
  std::sort(nodes.begin(), nodes.end(), [&](NodeId a, NodeId b) { return graph.iriLess(a, b); });
}

bool hasParent(const KnowledgeGraph& graph, NodeId node) { return parentOrganization(graph, node).has_value(); }

constexpr std::array<Relation, 4> INVOLVEMENTS = {Relation::Organizer, Relation::Contributor, Relation::Sponsor, Relation::Funder};

}  // namespace

bool isInvolvement(Relation r) {
  return r == Relation::Organizer || r == Relation::Contributor || r == Relation::Sponsor || r == Relation::Funder;
}

std::vector<NodeId> involvedEvents(const KnowledgeGraph& graph, NodeId organization) {
  std::set<NodeId> events;
  for (NodeId x : withOffices(graph, organization))
    for (const Edge& in : graph.inEdges(x, INVOLVEMENTS))
      if (graph.kind(in.from) == NodeKind::Event) events.insert(in.from);
  std::vector<NodeId> out(events.begin(), events.end());
  sortByIri(graph, out);
  return out;
}

std::vector<PartnerRow> partners(const KnowledgeGraph& graph, NodeId org) {
  const NodeId self = topOrganization(graph, org);
  // The edges that put `org` (or its offices) at events, grouped by event: flat vectors sorted
  // once rather than maps, since a large organization takes part in thousands of events.
  // An event's edges to `org` and its offices come office by office (withOffices() order),
  // each office's by relation, as the roles of a SharedEvent list them.
  std::vector<Edge> own;
  for (NodeId x : withOffices(graph, org)) {
    std::vector<Edge> roles = graph.inEdgesUnsorted(x, INVOLVEMENTS);
    std::erase_if(roles, [&](const Edge& e) { return graph.kind(e.from) != NodeKind::Event; });
    std::sort(roles.begin(), roles.end(), [](const Edge& a, const Edge& b) { return std::tie(a.from, a.relation) < std::tie(b.from, b.relation); });
    own.insert(own.end(), roles.begin(), roles.end());
  }
  std::stable_sort(own.begin(), own.end(), [](const Edge& a, const Edge& b) { return a.from < b.from; });
  // The events by NodeId, and each one's place in IRI order, the order of a row's events.
  std::vector<NodeId> events;
  std::vector<std::size_t> ownStart;  // event i's edges in `own` are [ownStart[i], ownStart[i + 1])
  for (std::size_t k = 0; k < own.size(); ++k)
    if (events.empty() || events.back() != own[k].from) events.push_back(own[k].from), ownStart.push_back(k);
  ownStart.push_back(own.size());
  std::vector<std::uint32_t> byIri(events.size()), iriRank(events.size());
  for (std::uint32_t i = 0; i < byIri.size(); ++i) byIri[i] = i;
  std::sort(byIri.begin(), byIri.end(), [&](std::uint32_t a, std::uint32_t b) { return graph.iriLess(events[a], events[b]); });
  for (std::uint32_t i = 0; i < byIri.size(); ++i) iriRank[byIri[i]] = i;

  // (partner, the event's place in IRI order, the partner's edge), grouped by partner, then
  // event in IRI order, each event's edges in outEdges() order.
  struct Role {
    NodeId partner;
    std::uint32_t eventRank;
    std::uint32_t event;  // in `events`
    Edge edge;
  };
  std::vector<Role> theirs;
  std::unordered_map<NodeId, NodeId> tops;  // an organization's top organization, worked out once
  for (std::size_t i = 0; i < events.size(); ++i) {
    for (const Edge& out : graph.outEdges(events[i], INVOLVEMENTS)) {
      if (!isOrganization(graph.kind(out.to))) continue;
      auto top = tops.find(out.to);
      if (top == tops.end()) top = tops.emplace(out.to, topOrganization(graph, out.to)).first;
      if (top->second != self && top->second != org) theirs.push_back(Role{top->second, iriRank[i], static_cast<std::uint32_t>(i), out});
    }
  }
  std::stable_sort(theirs.begin(), theirs.end(), [](const Role& a, const Role& b) {
    return a.partner != b.partner ? a.partner < b.partner : a.eventRank < b.eventRank;
  });

  std::vector<PartnerRow> rows;
  for (std::size_t i = 0; i < theirs.size();) {
    PartnerRow row{theirs[i].partner, {}};
    for (; i < theirs.size() && theirs[i].partner == row.partner; ++i) {
      const std::uint32_t event = theirs[i].event;
      if (row.events.empty() || row.events.back().event != events[event])
        row.events.push_back(SharedEvent{events[event], std::vector<Edge>(own.begin() + static_cast<std::ptrdiff_t>(ownStart[event]),
                                                                          own.begin() + static_cast<std::ptrdiff_t>(ownStart[event + 1]))});
      row.events.back().roles.push_back(theirs[i].edge);
    }
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [&](const PartnerRow& a, const PartnerRow& b) {
    if (a.events.size() != b.events.size()) return a.events.size() > b.events.size();
    if (graph.name(a.partner) != graph.name(b.partner)) return graph.name(a.partner) < graph.name(b.partner);
    return graph.iriLess(a.partner, b.partner);
  });
  return rows;
}

std::vector<RoleSentence> roleSentences(const KnowledgeGraph& graph, const SharedEvent& shared) {
  std::vector<RoleSentence> out;
  for (const Edge& role : shared.roles)
    for (const Evidence& e : graph.evidence(role)) {
      if (e.sentence.empty()) continue;
      auto it = std::find_if(out.begin(), out.end(), [&](const RoleSentence& r) { return r.sentence == e.sentence; });
      if (it == out.end()) it = out.insert(out.end(), RoleSentence{e.sentence, {}});
      if (!e.rule.empty() && std::find(it->rules.begin(), it->rules.end(), e.rule) == it->rules.end()) it->rules.push_back(e.rule);
    }
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
    return graph.iriLess(a.organization, b.organization);
  });
  return rows;
}

}  // namespace pressgraph
