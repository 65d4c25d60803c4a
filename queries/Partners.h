// SPDX-License-Identifier: MIT
// Who worked with whom: partners of an organization, and organizations ranked by partnership.
#pragma once

#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// Organizing, partnering in (schema:contributor), sponsoring or funding an event: the roles
/// that make two organizations partners. Attending does not.
bool isInvolvement(Relation relation);

/// The events an organization took part in through an involvement, itself or through an office
/// under it (withOffices()), sorted by IRI.
std::vector<NodeId> involvedEvents(const KnowledgeGraph& graph, NodeId organization);

/// One event two organizations share.
struct SharedEvent {
  NodeId event;
  /// The event's involvement edges that put either side there: the asked organization's (or its
  /// offices') first, then the partner's. `--why` shows the sentences behind them.
  std::vector<Edge> roles;
};

struct PartnerRow {
  NodeId partner;                   ///< an organization without parent
  std::vector<SharedEvent> events;  ///< the events shared, sorted by IRI
};

/// Organizations that organized, partnered in (schema:contributor) or sponsored/funded an
/// event together with `org`. An office counts as its parent organization; asked for an
/// office, the office's own events count, and neither it nor its parent is its own partner.
/// Sorted by shared events (descending), then name, then IRI.
std::vector<PartnerRow> partners(const KnowledgeGraph& graph, NodeId org);

/// A sentence that states roles of a shared event, with the rules that read them from it
/// (each once, in the order of the roles; none in a graph built without --explain).
struct RoleSentence {
  std::string_view sentence;
  std::vector<std::string_view> rules;
};

/// The sentences that state the roles of a shared event (KnowledgeGraph::evidence()), each
/// once: those behind the asked organization's roles first, then the partner's. A role no
/// sentence states on its own adds none.
std::vector<RoleSentence> roleSentences(const KnowledgeGraph& graph, const SharedEvent& shared);

/// An organization's place among those that work together.
struct OrganizationCentrality {
  NodeId organization;     ///< without parent; its offices count as itself
  std::size_t events;      ///< involvedEvents()
  std::size_t partners;    ///< partners()
  double betweenness;      ///< Brandes betweenness centrality in the organization–event graph
};

enum class RankBy { Partners, Betweenness };

/// Every organization without parent that took part in an event, ranked by partners then
/// betweenness (or the other way round), then name, then IRI. The organization–event graph
/// joins each organization to the events it or its offices organized, partnered in, sponsored
/// or funded; betweenness counts, for every pair of its nodes, the share of shortest paths
/// that run through the organization, so brokers between otherwise separate groups rank high.
std::vector<OrganizationCentrality> rankOrganizations(const KnowledgeGraph& graph, RankBy by);

}  // namespace pressgraph
