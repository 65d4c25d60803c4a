// SPDX-License-Identifier: MIT
// contacts() and people(): persons through pg:contactFor and schema:worksFor, offices included.
#include <catch2/catch.hpp>

#include "queries/People.h"
#include "tests/queries/QueryTestHelpers.h"

using namespace pressgraph;
using test::QueryFixture;

namespace {

struct StaffFixture : QueryFixture {
  NodeId ivan, anna;
  StaffFixture() {
    ivan = g.addNode(NodeKind::Person, "person/ivan", "Ivan Petrov");
    g.addEdge(ivan, Relation::WorksFor, iomMoscow);
    g.addLiteral(ivan, Property::JobTitle, "Head of Office");
    g.addLiteral(ivan, Property::JobTitle, "Chief of Mission");
    anna = g.addNode(NodeKind::Person, "person/anna", "Anna Smith");
    g.addEdge(anna, Relation::ContactFor, ilo);
    g.addLiteral(anna, Property::Telephone, "+41 22 799 61 11");
  }
};

std::vector<NodeId> persons(const std::vector<PersonRow>& rows) {
  std::vector<NodeId> out;
  for (const auto& r : rows) out.push_back(r.person);
  return out;
}

}  // namespace

TEST_CASE("contacts of an organization include its offices' contacts, with their details", "[queries]") {
  StaffFixture f;
  const auto rows = contacts(f.g, f.iom);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].person == f.tatyana);
  CHECK(rows[0].organizations == std::vector<NodeId>{f.iomMinsk});
  CHECK(rows[0].emails == std::vector<std::string_view>{"tbugaeva@iom.org.by"});
  CHECK(rows[0].jobTitles == std::vector<std::string_view>{"Programme Coordinator"});
  CHECK(rows[0].telephones.empty());
  CHECK(persons(contacts(f.g, f.iomMinsk)) == std::vector<NodeId>{f.tatyana});
  CHECK(contacts(f.g, f.iomMoscow).empty());
  CHECK(persons(contacts(f.g, std::nullopt)) == std::vector<NodeId>{f.anna, f.tatyana});  // by name
}

TEST_CASE("people of an organization are those who work for it or its offices", "[queries]") {
  StaffFixture f;
  CHECK(persons(people(f.g, f.iom)) == std::vector<NodeId>{f.ivan, f.tatyana});
  CHECK(persons(people(f.g, f.iomMoscow)) == std::vector<NodeId>{f.ivan});
  const auto rows = people(f.g, f.iomMoscow);
  CHECK(rows[0].jobTitles == std::vector<std::string_view>{"Chief of Mission", "Head of Office"});
  CHECK(people(f.g, f.ilo).empty());  // Anna is a contact, not known to work there
  CHECK(persons(people(f.g, std::nullopt)) == std::vector<NodeId>{f.ivan, f.tatyana});
}
