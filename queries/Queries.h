// SPDX-License-Identifier: MIT
// Questions users ask the graph, answered as plain rows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// The organization (or office) a user means by `name`: any spelling, case- and accent-
/// insensitive. A top-level organization wins over an office of the same name.
std::optional<NodeId> findOrganization(const KnowledgeGraph& graph, std::string_view name);

/// Up to `limit` canonical names that resemble `name`, for "did you mean" messages.
std::vector<std::string> similarNames(const KnowledgeGraph& graph, std::string_view name, std::size_t limit = 5);

/// The top of an office's parentOrganization chain (the node itself for an organization).
NodeId topOrganization(const KnowledgeGraph& graph, NodeId node);

struct PartnerRow {
  NodeId partner;              ///< a top-level organization
  std::vector<NodeId> events;  ///< the events shared, sorted by IRI
};

/// Organizations that organized, partnered in (schema:contributor) or sponsored/funded an
/// event together with `org`. An office counts as its parent organization; asked for an
/// office, the office's own events count. Sorted by shared events (descending), then name.
std::vector<PartnerRow> partners(const KnowledgeGraph& graph, NodeId org);

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
