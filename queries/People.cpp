// SPDX-License-Identifier: MIT
// Contacts and staff: persons joined to organizations by pg:contactFor or schema:worksFor.
#include "queries/People.h"

#include <algorithm>
#include <map>
#include <set>

#include "queries/Lookup.h"

namespace pressgraph {
namespace {

// Every person with a `relation` edge to the organization or an office under it (to anything,
// without an organization), with what the edges point to.
std::vector<PersonRow> personsBy(const KnowledgeGraph& graph, Relation relation, std::optional<NodeId> organization) {
  std::map<NodeId, std::set<NodeId>> found;  // person -> organizations
  const auto take = [&](const Edge& e) {
    if (e.relation == relation && graph.kind(e.from) == NodeKind::Person) found[e.from].insert(e.to);
  };
  if (organization) {
    for (NodeId x : withOffices(graph, *organization))
      for (const Edge& e : graph.inEdges(x)) take(e);
  } else {
    for (NodeId id : graph.nodesByIri())
      if (graph.kind(id) == NodeKind::Person)
        for (const Edge& e : graph.outEdges(id)) take(e);
  }

  std::vector<PersonRow> rows;
  for (const auto& [person, organizations] : found) {
    PersonRow row{person, {organizations.begin(), organizations.end()}, {}, {}, {}};
    std::sort(row.organizations.begin(), row.organizations.end(),
              [&](NodeId a, NodeId b) { return graph.iriLess(a, b); });
    for (const auto& [property, value] : graph.literals(person)) {  // sorted by property, then value
      if (property == Property::JobTitle) row.jobTitles.push_back(value);
      if (property == Property::Email) row.emails.push_back(value);
      if (property == Property::Telephone) row.telephones.push_back(value);
    }
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [&](const PersonRow& a, const PersonRow& b) {
    return std::pair(graph.name(a.person), graph.iriPath(a.person)) <
           std::pair(graph.name(b.person), graph.iriPath(b.person));
  });
  return rows;
}

}  // namespace

std::vector<PersonRow> contacts(const KnowledgeGraph& graph, std::optional<NodeId> organization) {
  return personsBy(graph, Relation::ContactFor, organization);
}

std::vector<PersonRow> people(const KnowledgeGraph& graph, std::optional<NodeId> organization) {
  return personsBy(graph, Relation::WorksFor, organization);
}

}  // namespace pressgraph
