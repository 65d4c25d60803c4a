// SPDX-License-Identifier: MIT
// path() and neighbors(): through events, offices and places, never through documents.
#include <catch2/catch.hpp>

#include "queries/Connections.h"
#include "tests/queries/QueryTestHelpers.h"

using namespace pressgraph;
using test::QueryFixture;

TEST_CASE("a path names each step's edge, and runs through events and offices", "[queries]") {
  QueryFixture f;
  const auto steps = path(f.g, f.iom, f.unicef);
  REQUIRE(steps.has_value());
  // IOM <-part of- IOM Minsk <-organizer- event B -contributor-> UNICEF
  REQUIRE(steps->size() == 4);
  CHECK(steps->front().node == f.iom);
  CHECK_FALSE(steps->front().via.has_value());
  CHECK((*steps)[1].node == f.iomMinsk);
  CHECK((*steps)[1].via->relation == Relation::ParentOrganization);
  CHECK((*steps)[2].node == f.eventB);
  CHECK((*steps)[2].via->relation == Relation::Organizer);
  CHECK((*steps)[3].node == f.unicef);
  CHECK((*steps)[3].via->relation == Relation::Contributor);
  for (std::size_t i = 1; i < steps->size(); ++i) {
    const Edge& e = *(*steps)[i].via;
    const NodeId before = (*steps)[i - 1].node, here = (*steps)[i].node;
    CHECK(((e.from == before && e.to == here) || (e.from == here && e.to == before)));
  }
}

TEST_CASE("a path from a node to itself is the node, and unconnected nodes have none", "[queries]") {
  QueryFixture f;
  const auto self = path(f.g, f.osce, f.osce);
  REQUIRE(self.has_value());
  CHECK(self->size() == 1);
  const NodeId lonely = f.g.addNode(NodeKind::Organization, "org/lonely", "Lonely Foundation");
  f.g.addEdge(f.doc, Relation::Mentions, lonely);  // a shared document is no connection
  CHECK_FALSE(path(f.g, f.iom, lonely).has_value());
}

TEST_CASE("neighbors lie within the depth, nearest first, and are never documents", "[queries]") {
  QueryFixture f;
  const auto near = neighbors(f.g, f.minsk, 1);
  for (const auto& r : near) CHECK(r.distance == 1);
  std::vector<NodeId> found;
  for (const auto& r : near) found.push_back(r.node);
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<NodeId>{f.iomMinsk, f.eventB, f.belarus});

  const auto far = neighbors(f.g, f.minsk, 3);
  CHECK(far.size() > near.size());
  for (std::size_t i = 0; i < far.size(); ++i) {
    CHECK(f.g.kind(far[i].node) != NodeKind::Document);
    CHECK(far[i].distance <= 3);
    if (i) CHECK(far[i - 1].distance <= far[i].distance);
  }
}
