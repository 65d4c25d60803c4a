// SPDX-License-Identifier: MIT
// findNode() and similarNames(): any spelling finds a node; a name that is not there gets
// suggestions; ambiguous names pick what users mean.
#include <catch2/catch.hpp>

#include "queries/Lookup.h"
#include "tests/queries/QueryTestHelpers.h"

using namespace pressgraph;
using test::QueryFixture;

TEST_CASE("a name finds the organization in any spelling, case and accents", "[queries]") {
  QueryFixture f;
  CHECK(findOrganization(f.g, "iom") == f.iom);
  CHECK(findOrganization(f.g, "IOM MOSCOW") == f.iomMoscow);
  CHECK(findOrganization(f.g, "international organization for migration") == f.iom);
  CHECK_FALSE(findOrganization(f.g, "Workshop in Moscow").has_value());  // an event, not an organization
  CHECK_FALSE(findOrganization(f.g, "Red Cross").has_value());

  const NodeId geneva = f.g.addNode(NodeKind::City, "city/geneve-ch", "Genève");
  const NodeId oim = f.g.addNode(NodeKind::Organization, "org/oim", "Organización Internacional para las Migraciones");
  for (std::string_view spelling : {"Genève", "geneve", "GENÈVE", "Geneve"})
    CHECK(findNode(f.g, spelling, {NodeKind::City}) == geneva);
  CHECK(findOrganization(f.g, "ORGANIZACION INTERNACIONAL PARA LAS MIGRACIONES") == oim);
}

TEST_CASE("of several nodes a name fits, its owner beats an alias, an organization an office, and the kind listed first wins", "[queries]") {
  KnowledgeGraph g;
  const NodeId office = g.addNode(NodeKind::Office, "office/un-geneva", "UN Geneva");
  const NodeId un = g.addNode(NodeKind::Organization, "org/un", "United Nations");
  g.addEdge(office, Relation::ParentOrganization, un);
  g.addName(un, "UN Geneva");  // an alias of the organization, the office's own name
  CHECK(findOrganization(g, "UN Geneva") == office);

  const NodeId officeNamedLikeOrg = g.addNode(NodeKind::Office, "office/ilo", "ILO");
  const NodeId ilo = g.addNode(NodeKind::Organization, "org/ilo", "ILO");
  g.addEdge(officeNamedLikeOrg, Relation::ParentOrganization, un);
  CHECK(findOrganization(g, "ilo") == ilo);

  const NodeId georgiaCountry = g.addNode(NodeKind::Country, "country/georgia", "Georgia");
  const NodeId georgiaPerson = g.addNode(NodeKind::Person, "person/georgia", "Georgia");
  CHECK(findNode(g, "Georgia", {NodeKind::Country, NodeKind::Person}) == georgiaCountry);
  CHECK(findNode(g, "Georgia", {NodeKind::Person, NodeKind::Country}) == georgiaPerson);
  CHECK_FALSE(findNode(g, "Georgia", {NodeKind::City}).has_value());
}

TEST_CASE("similar names suggest misspellings, transpositions, parts and aliases, closest first", "[queries]") {
  QueryFixture f;
  const NodeId unhcr = f.g.addNode(NodeKind::Organization, "org/unhcr", "United Nations High Commissioner for Refugees");
  f.g.addName(unhcr, "UNHCR");

  auto similar = similarNames(f.g, "International Labour");
  REQUIRE_FALSE(similar.empty());
  CHECK(similar.front() == "International Labour Organization");
  similar = similarNames(f.g, "Internatonal Labor Organisation");
  REQUIRE_FALSE(similar.empty());
  CHECK(similar.front() == "International Labour Organization");
  similar = similarNames(f.g, "UNCHR");  // two letters swapped in an alias
  REQUIRE_FALSE(similar.empty());
  CHECK(similar.front() == "United Nations High Commissioner for Refugees");

  CHECK(similarNames(f.g, "Qxzvbk Wrplm").empty());
  CHECK(similarNames(f.g, "Minsc").empty());  // a city, and only organizations were asked for
  CHECK(similarNames(f.g, "Minsc", {NodeKind::City}) == std::vector<std::string>{"Minsk"});
  CHECK(similarNames(f.g, "International", 2).size() <= 2);
}

TEST_CASE("an office's top organization and the offices under an organization", "[queries]") {
  QueryFixture f;
  CHECK(topOrganization(f.g, f.iomMoscow) == f.iom);
  CHECK(topOrganization(f.g, f.iom) == f.iom);
  CHECK(parentOrganization(f.g, f.iomMinsk) == f.iom);
  CHECK_FALSE(parentOrganization(f.g, f.iom).has_value());
  auto scope = withOffices(f.g, f.iom);
  std::sort(scope.begin(), scope.end());
  CHECK(scope == std::vector<NodeId>{f.iom, f.iomMoscow, f.iomMinsk});
  CHECK(withOffices(f.g, f.iomMinsk) == std::vector<NodeId>{f.iomMinsk});

  // A hand-edited graph with a cycle of parents must not hang.
  f.g.addEdge(f.iom, Relation::ParentOrganization, f.iomMoscow);
  const NodeId top = topOrganization(f.g, f.iomMinsk);
  CHECK((top == f.iom || top == f.iomMoscow));
}
