// SPDX-License-Identifier: MIT
// KnowledgeGraph: identity by IRI, canonical names, merge, and order independence.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "graph/KnowledgeGraph.h"
#include "writers/RdfWriter.h"

using namespace pressgraph;

namespace {

std::string turtle(const KnowledgeGraph& g) {
  char* buf = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&buf, &size);
  writeRdf(g, RdfSyntax::Turtle, f);
  std::fclose(f);
  std::string out(buf, size);
  std::free(buf);
  return out;
}

DocumentGraph releaseA() {
  DocumentGraph d("a.txt");
  const auto iom = d.addNode(NodeKind::Organization, "org/iom", "International Organization for Migration");
  d.addName(iom, "IOM");
  const auto office = d.addNode(NodeKind::Office, "office/iom-almaty", "IOM Almaty");
  d.addEdge(office, Relation::ParentOrganization, iom);
  const auto city = d.addNode(NodeKind::City, "city/almaty-kz", "Almaty");
  const auto country = d.addNode(NodeKind::Country, "country/kazakhstan", "Kazakhstan", false);
  d.addEdge(city, Relation::ContainedInPlace, country);
  const auto event = d.addNode(NodeKind::Event, "event/a-1", "Regional workshop");
  d.addEdge(event, Relation::Organizer, office);
  d.addEdge(event, Relation::Location, city);
  d.addLiteral(event, Property::StartDate, "--05-12");
  return d;
}

DocumentGraph releaseB() {
  DocumentGraph d("b.txt");
  const auto iom = d.addNode(NodeKind::Organization, "org/iom", "International Organization for Migration");
  d.addName(iom, "UN Migration Agency");
  const auto unhcr = d.addNode(NodeKind::Organization, "org/unhcr", "United Nations High Commissioner for Refugees");
  const auto event = d.addNode(NodeKind::Event, "event/b-1", "Seminar on statelessness");
  d.addEdge(event, Relation::Organizer, unhcr);
  d.addEdge(event, Relation::Contributor, iom);
  return d;
}

}  // namespace

TEST_CASE("a node is found again by its IRI, not added twice", "[graph]") {
  KnowledgeGraph g;
  const NodeId a = g.addNode(NodeKind::Organization, "org/ilo", "International Labour Organization");
  const NodeId b = g.addNode(NodeKind::Organization, "org/ilo", "ILO");
  CHECK(a == b);
  CHECK(g.nodeCount() == 1);
  CHECK(g.name(a) == "International Labour Organization");
  CHECK(g.alternateNames(a) == std::vector<std::string_view>{"ILO"});
  CHECK(g.findByIri("org/ilo") == a);
  CHECK_FALSE(g.findByIri("org/ilo-office").has_value());
}

TEST_CASE("the accented spelling becomes canonical whichever comes first", "[graph]") {
  for (bool accentedFirst : {true, false}) {
    KnowledgeGraph g;
    const NodeId n = g.addNode(NodeKind::City, "city/lome-tg", accentedFirst ? "Lomé" : "Lome");
    g.addNode(NodeKind::City, "city/lome-tg", accentedFirst ? "Lome" : "Lomé");
    CHECK(g.name(n) == "Lomé");
    CHECK(g.alternateNames(n) == std::vector<std::string_view>{"Lome"});
  }
}

TEST_CASE("an acronym never replaces the full name", "[graph]") {
  KnowledgeGraph g;
  const NodeId n = g.addNode(NodeKind::Organization, "org/iom", "IOM");
  g.offerName(n, "International Organization for Migration");
  CHECK(g.name(n) == "IOM");  // different words: the first canonical name stays
  CHECK(g.alternateNames(n) == std::vector<std::string_view>{"International Organization for Migration"});
}

TEST_CASE("an edge is stored once", "[graph]") {
  KnowledgeGraph g;
  const NodeId e = g.addNode(NodeKind::Event, "event/x-1", "Forum");
  const NodeId o = g.addNode(NodeKind::Organization, "org/osce", "OSCE");
  CHECK(g.addEdge(e, Relation::Organizer, o));
  CHECK_FALSE(g.addEdge(e, Relation::Organizer, o));
  CHECK(g.addEdge(e, Relation::Sponsor, o));
  CHECK(g.edgeCount() == 2);
  REQUIRE(g.outEdges(e).size() == 2);
  CHECK(g.inEdges(o).size() == 2);
}

TEST_CASE("merging a document links it to what it mentions, not to implied places", "[graph]") {
  KnowledgeGraph g;
  const NodeId doc = g.merge(releaseA());
  CHECK(g.literal(doc, Property::Identifier) == "a.txt");
  std::vector<std::string_view> mentioned;
  for (const Edge& e : g.outEdges(doc))
    if (e.relation == Relation::Mentions) mentioned.push_back(g.iriPath(e.to));
  CHECK(std::find(mentioned.begin(), mentioned.end(), "city/almaty-kz") != mentioned.end());
  CHECK(std::find(mentioned.begin(), mentioned.end(), "country/kazakhstan") == mentioned.end());
  CHECK(g.findByIri("country/kazakhstan").has_value());
}

TEST_CASE("merge order does not change the graph", "[graph]") {
  KnowledgeGraph ab, ba;
  ab.merge(releaseA());
  ab.merge(releaseB());
  ba.merge(releaseB());
  ba.merge(releaseA());
  CHECK(turtle(ab) == turtle(ba));
  const NodeId iom = *ab.findByIri("org/iom");
  CHECK(ab.alternateNames(iom) == std::vector<std::string_view>{"IOM", "UN Migration Agency"});
}

TEST_CASE("merging whole graphs equals merging their documents", "[graph]") {
  KnowledgeGraph one, shardA, shardB, merged;
  one.merge(releaseA());
  one.merge(releaseB());
  shardA.merge(releaseA());
  shardB.merge(releaseB());
  merged.merge(shardB);
  merged.merge(shardA);
  CHECK(turtle(merged) == turtle(one));
}

TEST_CASE("names are found in any case, accent and spelling", "[graph]") {
  KnowledgeGraph g;
  g.merge(releaseA());
  g.merge(releaseB());
  const NodeId iom = *g.findByIri("org/iom");
  CHECK(g.findByName("un migration agency") == std::vector<NodeId>{iom});
  CHECK(g.findByName("  IOM ") == std::vector<NodeId>{iom});
  CHECK(g.findByName("the International Organization for Migration") == std::vector<NodeId>{iom});
  CHECK(g.findByName("Lome").empty());
}

TEST_CASE("empty strings intern safely in a fresh graph", "[graph]") {
  KnowledgeGraph g;
  const NodeId n = g.addNode(NodeKind::Organization, "", "");
  g.addLiteral(n, Property::Description, "");
  CHECK(g.iriPath(n).empty());
  CHECK(g.name(n).empty());
}

TEST_CASE("merging a document keeps, for every fact, the document and the sentence that state it", "[graph]") {
  DocumentGraph d("b.txt");
  const auto ilo = d.addNode(NodeKind::Organization, "org/ilo", "International Labour Organization");
  const auto event = d.addNode(NodeKind::Event, "event/b-1", "Seminar on fair recruitment");
  const auto said = d.addSentence("The seminar was organized by the ILO in Amman.");
  d.addEdge(event, Relation::Organizer, ilo, said);
  const auto city = d.addNode(NodeKind::City, "city/amman-jo", "Amman");
  d.addEdge(event, Relation::Location, city);  // no sentence: the fact comes from the text as a whole

  KnowledgeGraph g;
  const NodeId doc = g.merge(d);
  const NodeId e = *g.findByIri("event/b-1"), o = *g.findByIri("org/ilo"), c = *g.findByIri("city/amman-jo");
  const auto organizer = g.evidence(Edge{e, Relation::Organizer, o});
  REQUIRE(organizer.size() == 1);
  CHECK(organizer[0].document == doc);
  CHECK(organizer[0].sentence == "The seminar was organized by the ILO in Amman.");
  const auto location = g.evidence(Edge{e, Relation::Location, c});
  REQUIRE(location.size() == 1);
  CHECK(location[0].sentence.empty());
  // The document's mentions are not facts it states about the world.
  CHECK(g.evidence(Edge{doc, Relation::Mentions, o}).empty());
  CHECK(g.statedBy(doc).size() == 2);
  CHECK(g.documentsWithEvidence() == std::vector<NodeId>{doc});
}

TEST_CASE("a fact stated by two documents has both as evidence, also after merging graphs", "[graph]") {
  auto release = [](const std::string& file, const std::string& sentence) {
    DocumentGraph d(file);
    const auto iom = d.addNode(NodeKind::Organization, "org/iom", "IOM");
    const auto event = d.addNode(NodeKind::Event, "event/x-1", "Roundtable");
    d.addEdge(event, Relation::Organizer, iom, d.addSentence(sentence));
    return d;
  };
  KnowledgeGraph whole, left, right;
  whole.merge(release("one.txt", "IOM organized the roundtable."));
  whole.merge(release("two.txt", "The roundtable, hosted by IOM, ..."));
  whole.merge(release("two.txt", "The roundtable, hosted by IOM, ..."));  // the same again: nothing new
  left.merge(release("one.txt", "IOM organized the roundtable."));
  right.merge(release("two.txt", "The roundtable, hosted by IOM, ..."));
  KnowledgeGraph sharded;
  sharded.merge(right);
  sharded.merge(left);

  for (const KnowledgeGraph* g : {&whole, &sharded}) {
    const Edge fact{*g->findByIri("event/x-1"), Relation::Organizer, *g->findByIri("org/iom")};
    const auto ev = g->evidence(fact);
    REQUIRE(ev.size() == 2);
    CHECK(g->name(ev[0].document) == "one.txt");
    CHECK(ev[1].sentence == "The roundtable, hosted by IOM, ...");
    CHECK(g->evidenceCount() == 2);
  }
  CHECK(turtle(whole) == turtle(sharded));
}

TEST_CASE("a document merged again after others adds no provenance twice", "[graph]") {
  // Provenance is checked for duplicates a document at a time; a document that comes back
  // later must still find the records it gave the first time.
  auto release = [](const std::string& file, const std::string& city) {
    DocumentGraph d(file);
    const auto iom = d.addNode(NodeKind::Organization, "org/iom", "IOM");
    const auto event = d.addNode(NodeKind::Event, "event/" + file, "Workshop");
    const auto place = d.addNode(NodeKind::City, "city/" + city, city);
    d.addEdge(event, Relation::Organizer, iom, d.addSentence("IOM held a workshop in " + city + "."));
    d.addEdge(event, Relation::Location, place, d.addSentence("IOM held a workshop in " + city + "."));
    return d;
  };
  KnowledgeGraph once, again;
  for (KnowledgeGraph* g : {&once, &again}) {
    g->merge(release("one.txt", "Minsk"));
    g->merge(release("two.txt", "Brest"));
  }
  again.merge(release("one.txt", "Minsk"));
  again.merge(release("two.txt", "Brest"));
  CHECK(again.evidenceCount() == 4);
  CHECK(turtle(again) == turtle(once));

  // The same through whole graphs: a graph merged into one that holds its documents.
  KnowledgeGraph copy;
  copy.merge(once);
  copy.merge(once);
  CHECK(copy.evidenceCount() == 4);
  CHECK(turtle(copy) == turtle(once));
  // A new fact of a document seen before is still added.
  DocumentGraph more("one.txt");
  const auto iom = more.addNode(NodeKind::Organization, "org/iom", "IOM");
  const auto unhcr = more.addNode(NodeKind::Organization, "org/unhcr", "UNHCR");
  const auto event = more.addNode(NodeKind::Event, "event/one.txt", "Workshop");
  more.addEdge(event, Relation::Organizer, iom, more.addSentence("IOM held a workshop in Minsk."));
  more.addEdge(event, Relation::Organizer, unhcr, more.addSentence("UNHCR co-organized it."));
  copy.merge(more);
  CHECK(copy.evidenceCount() == 5);
}

TEST_CASE("a name several nodes share finds each once, also after the index is built and the graph changes", "[graph]") {
  KnowledgeGraph g;
  const NodeId office = g.addNode(NodeKind::Office, "office/iom-almaty", "IOM Almaty");
  const NodeId city = g.addNode(NodeKind::City, "city/almaty-kz", "Almaty");
  g.addName(office, "Almaty");   // the office's alternate name is the city's name
  g.addName(office, "ALMATY");   // and folds to the same key twice
  g.indexNames();
  CHECK(g.findByName("almaty") == std::vector<NodeId>{office, city});
  const NodeId later = g.addNode(NodeKind::Person, "person/almaty", "Almaty");
  CHECK(g.findByName("Almaty") == std::vector<NodeId>{office, city, later});
  CHECK(g.findByName("Almat").empty());
}

TEST_CASE("edges with chosen relations are the matching part of outEdges() and inEdges(), in their order", "[graph]") {
  KnowledgeGraph g;
  g.merge(releaseA());
  g.merge(releaseB());
  const NodeId iom = *g.findByIri("org/iom");
  const auto only = [](std::vector<Edge> edges, std::span<const Relation> relations) {
    std::erase_if(edges, [&](const Edge& e) { return std::find(relations.begin(), relations.end(), e.relation) == relations.end(); });
    return edges;
  };
  const auto same = [](const std::vector<Edge>& a, const std::vector<Edge>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const Edge& x, const Edge& y) {
             return x.from == y.from && x.relation == y.relation && x.to == y.to;
           });
  };
  const Relation roles[] = {Relation::Organizer, Relation::Contributor};
  const Relation mentions[] = {Relation::Mentions};
  for (int round = 0; round < 2; ++round) {  // before and after an edge is added to an indexed graph
    INFO("round " << round);
    for (std::uint32_t v = 0; v < g.nodeCount(); ++v) {
      const NodeId n{v};
      CHECK(same(g.outEdges(n, roles), only(g.outEdges(n), roles)));
      CHECK(same(g.inEdges(n, roles), only(g.inEdges(n), roles)));
      CHECK(same(g.inEdges(n, mentions), only(g.inEdges(n), mentions)));
      std::vector<Edge> unsorted = g.inEdgesUnsorted(n, roles);
      std::sort(unsorted.begin(), unsorted.end(), [&](const Edge& a, const Edge& b) {
        return std::tuple(a.relation, g.iriPath(a.from)) < std::tuple(b.relation, g.iriPath(b.from));
      });
      CHECK(same(unsorted, g.inEdges(n, roles)));
    }
    CHECK(g.inEdges(iom, roles).size() == static_cast<std::size_t>(1 + round));
    g.indexAdjacency();
    g.addEdge(*g.findByIri("event/a-1"), Relation::Contributor, iom);
  }
  // A node added to an indexed graph has no edges yet, and gets them.
  g.indexAdjacency();
  const NodeId fresh = g.addNode(NodeKind::Event, "event/c-1", "Conference");
  CHECK(g.outEdges(fresh, roles).empty());
  g.addEdge(fresh, Relation::Organizer, iom);
  CHECK(g.outEdges(fresh, roles).size() == 1);
  CHECK(g.inEdges(iom, roles).size() == 3);
}

TEST_CASE("iriLess orders nodes as their IRIs, whether they were added in IRI order or not", "[graph]") {
  for (const auto& paths : {std::vector<std::string>{"city/a", "city/b", "org/a", "org/b", "person/z"},
                            std::vector<std::string>{"city/a", "city/b", "org/b", "org/a", "city/c", "zzz"},
                            std::vector<std::string>{"org/b", "org/a", "city/a"}}) {
    KnowledgeGraph g;
    for (const auto& p : paths) g.addNode(NodeKind::Organization, p, p);
    for (std::uint32_t a = 0; a < g.nodeCount(); ++a)
      for (std::uint32_t b = 0; b < g.nodeCount(); ++b)
        CHECK(g.iriLess(NodeId{a}, NodeId{b}) == (paths[a] < paths[b]));
    const std::vector<NodeId> order = g.nodesByIri();
    CHECK(std::is_sorted(order.begin(), order.end(), [&](NodeId x, NodeId y) { return paths[x.value] < paths[y.value]; }));
    CHECK(order.size() == paths.size());
  }
}
