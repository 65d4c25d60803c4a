// SPDX-License-Identifier: MIT
// Traversals: neighborhoods and shortest paths ignore edge direction and document nodes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

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
  CHECK(path->nodes == std::vector<NodeId>{iom, office, event, unicef});
  // Each edge as stored, whichever way the walk crosses it.
  REQUIRE(path->edges.size() == 3);
  CHECK((path->edges[0].from == office && path->edges[0].relation == Relation::ParentOrganization && path->edges[0].to == iom));
  CHECK((path->edges[1].from == event && path->edges[1].relation == Relation::Organizer && path->edges[1].to == office));
  CHECK((path->edges[2].from == event && path->edges[2].relation == Relation::Contributor && path->edges[2].to == unicef));
  CHECK_FALSE(shortestPath(g, iom, lonely).has_value());  // only the document links them

  const auto near = neighborhood(g, iom, 2);
  REQUIRE(near.size() == 2);
  CHECK(near[0].node == office);
  CHECK(near[0].distance == 1);
  CHECK(near[1].node == event);
  CHECK(near[1].distance == 2);
}

TEST_CASE("every edge of a shortest path joins the nodes beside it, and no shorter path exists", "[graph]") {
  // A ring of 12 nodes with chords every third node: many paths of equal and unequal length.
  KnowledgeGraph g;
  std::vector<NodeId> ring;
  for (int i = 0; i < 12; ++i) ring.push_back(g.addNode(NodeKind::Organization, "org/" + std::to_string(i), "Org " + std::to_string(i)));
  for (int i = 0; i < 12; ++i) g.addEdge(ring[i], Relation::ParentOrganization, ring[(i + 1) % 12]);
  for (int i = 0; i < 12; i += 3) g.addEdge(ring[(i + 6) % 12], Relation::Organizer, ring[i]);
  // The chords join 0-6 and 3-9. Distances counted by hand, edges taken either way: from node
  // 0, nodes 1, 11 and 6 are one step away, 2, 10, 5 and 7 two, 3, 9, 4 and 8 three. Turning
  // the ring by three nodes maps the graph onto itself, so each row is the one three above it
  // turned by three places.
  constexpr int DISTANCE[12][12] = {
      {0, 1, 2, 3, 3, 2, 1, 2, 3, 3, 2, 1},
      {1, 0, 1, 2, 3, 3, 2, 3, 4, 3, 3, 2},
      {2, 1, 0, 1, 2, 3, 3, 4, 3, 2, 3, 3},
      {3, 2, 1, 0, 1, 2, 3, 3, 2, 1, 2, 3},
      {3, 3, 2, 1, 0, 1, 2, 3, 3, 2, 3, 4},
      {2, 3, 3, 2, 1, 0, 1, 2, 3, 3, 4, 3},
      {1, 2, 3, 3, 2, 1, 0, 1, 2, 3, 3, 2},
      {2, 3, 4, 3, 3, 2, 1, 0, 1, 2, 3, 3},
      {3, 4, 3, 2, 3, 3, 2, 1, 0, 1, 2, 3},
      {3, 3, 2, 1, 2, 3, 3, 2, 1, 0, 1, 2},
      {2, 3, 3, 2, 3, 4, 3, 3, 2, 1, 0, 1},
      {1, 2, 3, 3, 4, 3, 2, 3, 3, 2, 1, 0},
  };
  const auto indexOf = [&](NodeId n) { return static_cast<std::size_t>(std::find(ring.begin(), ring.end(), n) - ring.begin()); };
  for (NodeId from : ring)
    for (NodeId to : ring) {
      INFO("from " << indexOf(from) << " to " << indexOf(to));
      const auto path = shortestPath(g, from, to);
      REQUIRE(path.has_value());
      REQUIRE(path->nodes.size() == path->edges.size() + 1);
      CHECK(path->nodes.front() == from);
      CHECK(path->nodes.back() == to);
      for (std::size_t i = 0; i < path->edges.size(); ++i) {
        const Edge& e = path->edges[i];
        const bool joins = (e.from == path->nodes[i] && e.to == path->nodes[i + 1]) ||
                           (e.to == path->nodes[i] && e.from == path->nodes[i + 1]);
        CHECK(joins);
      }
      CHECK(path->edges.size() == static_cast<std::size_t>(DISTANCE[indexOf(from)][indexOf(to)]));
    }
  // The neighborhood search measures the same distances, and reaches every other node once.
  for (NodeId from : ring) {
    INFO("from " << indexOf(from));
    const auto near = neighborhood(g, from, 12);
    CHECK(near.size() == 11);
    std::set<std::size_t> reached;
    for (const Reached& r : near) {
      REQUIRE(indexOf(r.node) < 12);
      reached.insert(indexOf(r.node));
      CHECK(r.node != from);
      CHECK(static_cast<int>(r.distance) == DISTANCE[indexOf(from)][indexOf(r.node)]);
    }
    CHECK(reached.size() == 11);
  }
  // Within two steps of node 1: 0 and 2, then 11, 3 and 6, each distance in IRI order
  // ("org/11" < "org/3" < "org/6").
  const auto twoSteps = neighborhood(g, ring[1], 2);
  REQUIRE(twoSteps.size() == 5);
  const std::size_t order[5] = {0, 2, 11, 3, 6};
  const unsigned steps[5] = {1, 1, 2, 2, 2};
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(indexOf(twoSteps[i].node) == order[i]);
    CHECK(twoSteps[i].distance == steps[i]);
  }
}

TEST_CASE("betweenness counts the shortest paths through a vertex, each pair once", "[graph]") {
  // 0 - 1 - 2 - 3, and 4 hanging from 1: vertex 1 lies between 0 and {2, 3, 4}, and 2 and 4, and 3 and 4.
  const auto c = betweennessCentrality(5, {{0, 1}, {1, 2}, {2, 3}, {1, 4}});
  REQUIRE(c.size() == 5);
  CHECK(c[0] == Approx(0));
  CHECK(c[1] == Approx(5));
  CHECK(c[2] == Approx(3));  // 3 to 0, 1 and 4
  CHECK(c[3] == Approx(0));
  CHECK(c[4] == Approx(0));
  // A square: two shortest paths between opposite corners, each middle vertex gets half.
  const auto square = betweennessCentrality(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
  for (double x : square) CHECK(x == Approx(0.5));
  CHECK(betweennessCentrality(0, {}).empty());
}
