// SPDX-License-Identifier: MIT
// partners(): offices count as their parent; asked for an office, its own events count.
#include <catch2/catch.hpp>

#include "queries/Queries.h"

using namespace pressgraph;

namespace {

struct Fixture {
  KnowledgeGraph g;
  NodeId iom, iomMoscow, iomMinsk, ilo, osce, unicef, mia, eventA, eventB, eventC;

  Fixture() {
    iom = g.addNode(NodeKind::Organization, "org/iom", "International Organization for Migration");
    g.addName(iom, "IOM");
    iomMoscow = g.addNode(NodeKind::Office, "office/iom-moscow", "IOM Moscow");
    iomMinsk = g.addNode(NodeKind::Office, "office/iom-minsk", "IOM Minsk");
    g.addEdge(iomMoscow, Relation::ParentOrganization, iom);
    g.addEdge(iomMinsk, Relation::ParentOrganization, iom);
    ilo = g.addNode(NodeKind::Organization, "org/ilo", "International Labour Organization");
    osce = g.addNode(NodeKind::Organization, "org/osce", "OSCE");
    unicef = g.addNode(NodeKind::Organization, "org/unicef", "UNICEF");
    mia = g.addNode(NodeKind::Organization, "org/mia", "Ministry of Internal Affairs of Belarus");
    eventA = g.addNode(NodeKind::Event, "event/a", "Workshop in Moscow");
    eventB = g.addNode(NodeKind::Event, "event/b", "Conference in Minsk");
    eventC = g.addNode(NodeKind::Event, "event/c", "Forum");
    g.addEdge(eventA, Relation::Organizer, iomMoscow);
    g.addEdge(eventA, Relation::Organizer, ilo);
    g.addEdge(eventA, Relation::Sponsor, osce);
    g.addEdge(eventB, Relation::Organizer, iomMinsk);
    g.addEdge(eventB, Relation::Organizer, mia);
    g.addEdge(eventB, Relation::Contributor, unicef);
    g.addEdge(eventB, Relation::Attendee, ilo);  // attending is not partnering
    g.addEdge(eventC, Relation::Funder, ilo);
    g.addEdge(eventC, Relation::Organizer, unicef);
  }

  std::vector<std::string_view> names(const std::vector<PartnerRow>& rows) const {
    std::vector<std::string_view> out;
    for (const auto& r : rows) out.push_back(g.name(r.partner));
    return out;
  }
};

}  // namespace

TEST_CASE("an organization's partners include its offices' partners, lifted to their parents", "[queries]") {
  Fixture f;
  const auto rows = partners(f.g, f.iom);
  CHECK(f.names(rows) == std::vector<std::string_view>{"International Labour Organization", "Ministry of Internal Affairs of Belarus", "OSCE", "UNICEF"});
  for (const auto& r : rows) CHECK(r.events.size() == 1);
}

TEST_CASE("an office's partners are those of its own events, without its parent", "[queries]") {
  Fixture f;
  CHECK(f.names(partners(f.g, f.iomMoscow)) == std::vector<std::string_view>{"International Labour Organization", "OSCE"});
}

TEST_CASE("partners are ranked by shared events", "[queries]") {
  Fixture f;
  const auto rows = partners(f.g, f.ilo);
  REQUIRE(rows.size() == 3);
  CHECK(f.g.name(rows[0].partner) == "International Organization for Migration");  // via IOM Moscow
  CHECK(f.names(rows) == std::vector<std::string_view>{"International Organization for Migration", "OSCE", "UNICEF"});
}

TEST_CASE("a name finds the organization in any spelling, the organization before an office", "[queries]") {
  Fixture f;
  CHECK(findOrganization(f.g, "iom") == f.iom);
  CHECK(findOrganization(f.g, "IOM MOSCOW") == f.iomMoscow);
  CHECK_FALSE(findOrganization(f.g, "Workshop in Moscow").has_value());  // an event, not an organization
  CHECK_FALSE(findOrganization(f.g, "Red Cross").has_value());
  const auto similar = similarNames(f.g, "International Labour");
  REQUIRE_FALSE(similar.empty());
  CHECK(similar.front() == "International Labour Organization");
}

TEST_CASE("stats count kinds and rank organizations by events", "[queries]") {
  Fixture f;
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
