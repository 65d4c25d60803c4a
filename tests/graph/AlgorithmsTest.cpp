// SPDX-License-Identifier: MIT
// Traversals: neighborhoods and shortest paths ignore edge direction and document nodes.
#include <catch2/catch.hpp>

#include "graph/Algorithms.h"

using namespace pressgraph;

TEST_CASE("a shortest path runs through events and offices, never through a document", "[graph]") {
  KnowledgeGraph g;
  const NodeId doc = g.addNode(NodeKind::Document, "doc/a", "a.txt");
  const NodeId iom = g.addNode(NodeKind::Organization, "org/iom", "IOM");
  const NodeId office = g.addNode(NodeKind::Office, "office/iom-minsk", "IOM Minsk");
  const NodeId event = g.addNode(NodeKind::Event, "event/a-1", "Conference");
  const NodeId unicef = g.addNode(NodeKind::Organization, "org/unicef", "UNICEF");
  const NodeId lonely = g.addNode(NodeKind::Organization, "org/lonely", "Lonely Foundation");
  g.addEdge(office, Relation::ParentOrganization, iom);
  g.addEdge(event, Relation::Organizer, office);
  g.addEdge(event, Relation::Contributor, unicef);
  g.addEdge(doc, Relation::Mentions, iom);
  g.addEdge(doc, Relation::Mentions, lonely);

  const auto path = shortestPath(g, iom, unicef);
  REQUIRE(path.has_value());
  CHECK(*path == std::vector<NodeId>{iom, office, event, unicef});
  CHECK_FALSE(shortestPath(g, iom, lonely).has_value());  // only the document links them

  const auto near = neighborhood(g, iom, 2);
  REQUIRE(near.size() == 2);
  CHECK(near[0].node == office);
  CHECK(near[0].distance == 1);
  CHECK(near[1].node == event);
  CHECK(near[1].distance == 2);
}
