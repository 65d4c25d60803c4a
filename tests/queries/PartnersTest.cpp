// SPDX-License-Identifier: MIT
// partners(): offices count as their parent; asked for an office, its own events count.
// rankOrganizations(): partners and betweenness in the organization–event graph.
#include <catch2/catch.hpp>

#include <map>

#include "queries/Lookup.h"
#include "queries/Partners.h"
#include "tests/queries/QueryTestHelpers.h"

using namespace pressgraph;
using test::QueryFixture;

namespace {

std::vector<NodeId> partnerIds(const std::vector<PartnerRow>& rows) {
  std::vector<NodeId> out;
  for (const auto& r : rows) out.push_back(r.partner);
  return out;
}

}  // namespace

TEST_CASE("an organization's partners include its offices' partners, lifted to their parents", "[queries]") {
  QueryFixture f;
  const auto rows = partners(f.g, f.iom);
  CHECK(f.names(partnerIds(rows)) == std::vector<std::string_view>{"International Labour Organization", "Ministry of Internal Affairs of Belarus", "OSCE", "UNICEF"});
  for (const auto& r : rows) CHECK(r.events.size() == 1);
}

TEST_CASE("an office's partners are those of its own events, without its parent", "[queries]") {
  QueryFixture f;
  CHECK(f.names(partnerIds(partners(f.g, f.iomMoscow))) == std::vector<std::string_view>{"International Labour Organization", "OSCE"});
  // Another office of the same parent at the same event is the parent again, so no partner.
  const NodeId event = f.g.addNode(NodeKind::Event, "event/d", "Joint meeting");
  f.g.addEdge(event, Relation::Organizer, f.iomMoscow);
  f.g.addEdge(event, Relation::Organizer, f.iomMinsk);
  for (const auto& r : partners(f.g, f.iomMoscow)) CHECK(r.partner != f.iom);
}

TEST_CASE("partners are ranked by shared events", "[queries]") {
  QueryFixture f;
  const auto rows = partners(f.g, f.ilo);
  REQUIRE(rows.size() == 3);
  CHECK(f.g.name(rows[0].partner) == "International Organization for Migration");  // via IOM Moscow
  CHECK(f.names(partnerIds(rows)) == std::vector<std::string_view>{"International Organization for Migration", "OSCE", "UNICEF"});
}

TEST_CASE("each shared event carries the edges that put both sides there", "[queries]") {
  QueryFixture f;
  for (NodeId org : {f.iom, f.iomMinsk, f.ilo, f.unicef}) {
    const auto own = withOffices(f.g, org);
    for (const auto& row : partners(f.g, org)) {
      const auto theirs = withOffices(f.g, row.partner);
      for (const auto& shared : row.events) {
        bool ownSide = false, theirSide = false;
        for (const Edge& e : shared.roles) {
          CHECK(e.from == shared.event);
          CHECK(isInvolvement(e.relation));
          ownSide = ownSide || std::find(own.begin(), own.end(), e.to) != own.end();
          theirSide = theirSide || std::find(theirs.begin(), theirs.end(), e.to) != theirs.end();
        }
        CHECK(ownSide);
        CHECK(theirSide);
      }
    }
  }
}

TEST_CASE("only organizations are partners: a person or place named as organizer is not", "[queries]") {
  QueryFixture f;
  f.g.addEdge(f.eventA, Relation::Organizer, f.tatyana);
  f.g.addEdge(f.eventA, Relation::Contributor, f.moscow);
  for (const auto& r : partners(f.g, f.ilo)) CHECK((r.partner != f.tatyana && r.partner != f.moscow));
}

TEST_CASE("involvedEvents counts an office's events for its parent, and not attendance", "[queries]") {
  QueryFixture f;
  CHECK(involvedEvents(f.g, f.iom) == std::vector<NodeId>{f.eventA, f.eventB});
  CHECK(involvedEvents(f.g, f.ilo) == std::vector<NodeId>{f.eventA, f.eventC});  // attends B only
  CHECK(involvedEvents(f.g, f.tatyana).empty());
}

TEST_CASE("betweenness ranks the organization that bridges two groups first", "[queries]") {
  // A and B share one event, B and C another: in A - e1 - B - e2 - C only B lies between
  // others: (A, e2), (A, C), (e1, e2), (e1, C), so 4.
  KnowledgeGraph g;
  const NodeId a = g.addNode(NodeKind::Organization, "org/a", "A");
  const NodeId b = g.addNode(NodeKind::Organization, "org/b", "B");
  const NodeId c = g.addNode(NodeKind::Organization, "org/c", "C");
  const NodeId bOffice = g.addNode(NodeKind::Office, "office/b-east", "B East");
  g.addEdge(bOffice, Relation::ParentOrganization, b);
  const NodeId e1 = g.addNode(NodeKind::Event, "event/1", "One");
  const NodeId e2 = g.addNode(NodeKind::Event, "event/2", "Two");
  g.addEdge(e1, Relation::Organizer, a);
  g.addEdge(e1, Relation::Contributor, b);
  g.addEdge(e2, Relation::Sponsor, bOffice);  // the office counts as B
  g.addEdge(e2, Relation::Organizer, c);

  for (RankBy by : {RankBy::Partners, RankBy::Betweenness}) {
    const auto ranked = rankOrganizations(g, by);
    REQUIRE(ranked.size() == 3);  // the office is not ranked on its own
    CHECK(ranked[0].organization == b);
    CHECK(ranked[0].partners == 2);
    CHECK(ranked[0].events == 2);
    CHECK(ranked[0].betweenness == Approx(4));
    CHECK(ranked[1].organization == a);  // a tie with C on everything: by name
    CHECK(ranked[1].betweenness == Approx(0));
    CHECK(ranked[2].organization == c);
  }
}

TEST_CASE("ranking by betweenness and by partners may disagree, and each is sorted by its measure", "[queries]") {
  QueryFixture f;
  // A broker: one event with IOM, one with a new group of three.
  const NodeId broker = f.g.addNode(NodeKind::Organization, "org/broker", "Broker");
  const NodeId e1 = f.g.addNode(NodeKind::Event, "event/e1", "E1");
  const NodeId e2 = f.g.addNode(NodeKind::Event, "event/e2", "E2");
  f.g.addEdge(e1, Relation::Organizer, broker);
  f.g.addEdge(e1, Relation::Organizer, f.iom);
  f.g.addEdge(e2, Relation::Organizer, broker);
  for (const char* name : {"X", "Y", "Z"})
    f.g.addEdge(e2, Relation::Contributor, f.g.addNode(NodeKind::Organization, std::string("org/") + name, name));
  const auto byPartners = rankOrganizations(f.g, RankBy::Partners);
  const auto byBetweenness = rankOrganizations(f.g, RankBy::Betweenness);
  REQUIRE(byPartners.size() == byBetweenness.size());
  for (std::size_t i = 1; i < byPartners.size(); ++i) {
    CHECK(byPartners[i - 1].partners >= byPartners[i].partners);
    CHECK(byBetweenness[i - 1].betweenness >= byBetweenness[i].betweenness);
  }
  for (const auto& r : byPartners) CHECK(r.partners == partners(f.g, r.organization).size());
}

TEST_CASE("the sentences behind a shared event's roles come once each, the asked side's first", "[queries]") {
  QueryFixture f;
  const Edge ours{f.eventA, Relation::Organizer, f.iomMoscow};
  const Edge ilos{f.eventA, Relation::Organizer, f.ilo};
  const Edge osces{f.eventA, Relation::Sponsor, f.osce};
  f.g.addEvidence(ours, f.doc, "The ILO and IOM Moscow held a workshop.");
  f.g.addEvidence(ilos, f.doc, "The ILO and IOM Moscow held a workshop.");
  f.g.addEvidence(ilos, f.doc, "It was the ILO's idea.");
  f.g.addEvidence(osces, f.doc, "");  // known from the text as a whole: no sentence to show

  const auto textOf = [](const std::vector<RoleSentence>& found) {
    std::vector<std::string_view> out;
    for (const RoleSentence& r : found) out.push_back(r.sentence);
    return out;
  };
  std::map<NodeId, std::vector<std::string_view>> sentences;
  for (const auto& row : partners(f.g, f.iom)) sentences[row.partner] = textOf(roleSentences(f.g, row.events.front()));
  CHECK(sentences[f.ilo] == std::vector<std::string_view>{"The ILO and IOM Moscow held a workshop.", "It was the ILO's idea."});
  CHECK(sentences[f.osce] == std::vector<std::string_view>{"The ILO and IOM Moscow held a workshop."});
  CHECK(sentences[f.unicef].empty());  // event B has no evidence at all

  // Asked from the other side, the ILO's sentences come first.
  for (const auto& row : partners(f.g, f.ilo))
    if (row.partner == f.iom)
      CHECK(textOf(roleSentences(f.g, row.events.front())) ==
            std::vector<std::string_view>{"It was the ILO's idea.", "The ILO and IOM Moscow held a workshop."});
}

TEST_CASE("each sentence behind a shared event comes with the rules that read it, each once", "[queries]") {
  QueryFixture f;
  const std::string_view held = "The ILO and IOM Moscow held a workshop with the support of the OSCE.";
  f.g.addEvidence(Edge{f.eventA, Relation::Organizer, f.iomMoscow}, f.doc, held, "role.active-subject");
  f.g.addEvidence(Edge{f.eventA, Relation::Organizer, f.ilo}, f.doc, held, "role.active-subject");
  f.g.addEvidence(Edge{f.eventA, Relation::Sponsor, f.osce}, f.doc, held, "role.sponsor-support-of");
  f.g.addEvidence(Edge{f.eventA, Relation::Organizer, f.ilo}, f.doc, "It was the ILO's idea.");  // no rule recorded
  // The same fact from the same sentence again, by another rule: the first rule stays.
  f.g.addEvidence(Edge{f.eventA, Relation::Sponsor, f.osce}, f.doc, held, "role.other");

  for (const auto& row : partners(f.g, f.iom)) {
    if (row.partner != f.osce) continue;
    const std::vector<RoleSentence> found = roleSentences(f.g, row.events.front());
    REQUIRE(found.size() == 1);
    CHECK(found[0].sentence == held);
    CHECK(found[0].rules == std::vector<std::string_view>{"role.active-subject", "role.sponsor-support-of"});
  }
  for (const auto& row : partners(f.g, f.iom)) {
    if (row.partner != f.ilo) continue;
    const std::vector<RoleSentence> found = roleSentences(f.g, row.events.front());
    REQUIRE(found.size() == 2);
    CHECK(found[0].rules == std::vector<std::string_view>{"role.active-subject"});
    CHECK(found[1].sentence == "It was the ILO's idea.");
    CHECK(found[1].rules.empty());
  }
}
