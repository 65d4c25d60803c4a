// SPDX-License-Identifier: MIT
// Finding the node a user means by a name, and the organization an office belongs to.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// Organizations and offices: the nodes that organize, partner, sponsor and fund.
bool isOrganization(NodeKind kind);

/// The node a user means by `name` among nodes of the given kinds: any spelling (name or
/// alternate name), case- and accent-insensitive. When several match, a node whose own name it
/// is wins over one that is also known by it, then a node without a parent organization over an
/// office, then the kind listed first, then the smaller IRI.
std::optional<NodeId> findNode(const KnowledgeGraph& graph, std::string_view name, std::initializer_list<NodeKind> kinds);

/// findNode() among organizations and offices.
std::optional<NodeId> findOrganization(const KnowledgeGraph& graph, std::string_view name);

/// Up to `limit` canonical names of nodes of the given kinds that resemble `name`, closest
/// first, for "did you mean" messages.
std::vector<std::string> similarNames(const KnowledgeGraph& graph, std::string_view name,
                                      std::initializer_list<NodeKind> kinds, std::size_t limit = 5);
/// similarNames() among organizations and offices.
std::vector<std::string> similarNames(const KnowledgeGraph& graph, std::string_view name, std::size_t limit = 5);

/// The organization an office belongs to (schema:parentOrganization), if any.
std::optional<NodeId> parentOrganization(const KnowledgeGraph& graph, NodeId node);

/// The top of an office's parentOrganization chain (the node itself for an organization).
NodeId topOrganization(const KnowledgeGraph& graph, NodeId node);

/// What an organization stands for in queries: the node and every office below it
/// (parentOrganization*, walked backwards). For an office, that is the office and any office
/// under it, never its parent.
std::vector<NodeId> withOffices(const KnowledgeGraph& graph, NodeId organization);

}  // namespace pressgraph
