// SPDX-License-Identifier: MIT
// Persons: whom to contact at an organization, and who works there.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

struct PersonRow {
  NodeId person;
  std::vector<NodeId> organizations;         ///< what the person is contact for / works for, sorted by IRI
  std::vector<std::string_view> jobTitles;   ///< sorted
  std::vector<std::string_view> emails;      ///< sorted
  std::vector<std::string_view> telephones;  ///< sorted
};

/// Persons that are pg:contactFor the organization or an office under it (withOffices()), or
/// every contact in the graph when no organization is given. Sorted by name, then IRI.
std::vector<PersonRow> contacts(const KnowledgeGraph& graph, std::optional<NodeId> organization);

/// Persons that schema:worksFor the organization or an office under it, or everyone with an
/// employer when no organization is given. Sorted by name, then IRI.
std::vector<PersonRow> people(const KnowledgeGraph& graph, std::optional<NodeId> organization);

}  // namespace pressgraph
