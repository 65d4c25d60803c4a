// SPDX-License-Identifier: MIT
// stats(): counts by kind and relation, organizations ranked by events.
#include <catch2/catch.hpp>

#include "queries/Queries.h"
#include "tests/queries/QueryTestHelpers.h"

using namespace pressgraph;
using test::QueryFixture;

TEST_CASE("stats count kinds and rank organizations by events", "[queries]") {
  QueryFixture f;
  const GraphStats s = stats(f.g, 2);
  CHECK(s.nodes == f.g.nodeCount());
  CHECK(s.edges == f.g.edgeCount());
  REQUIRE(s.topOrganizations.size() == 2);
  // IOM (events A and B through its offices) and ILO (A and C) tie on events; IOM has more partners.
  CHECK(f.g.name(s.topOrganizations[0].organization) == "International Organization for Migration");
  CHECK(s.topOrganizations[0].events == 2);
  CHECK(s.topOrganizations[0].partners == 4);
  CHECK(f.g.name(s.topOrganizations[1].organization) == "International Labour Organization");
  CHECK(s.topOrganizations[1].partners == 3);
}
