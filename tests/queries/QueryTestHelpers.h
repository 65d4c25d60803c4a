// SPDX-License-Identifier: MIT
// Shared by the query tests: a small graph of organizations, offices, events, places and persons.
#pragma once

#include <string_view>
#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph::test {

/// IOM with two offices, four other organizations, three events (A in Moscow, B in Minsk, C
/// without place), two cities in their countries, a contact person and a document.
///
///   event A: organizer IOM Moscow, ILO; sponsor OSCE
///   event B: organizer IOM Minsk, Ministry; contributor UNICEF; attendee ILO
///   event C: funder ILO; organizer UNICEF
struct QueryFixture {
  KnowledgeGraph g;
  NodeId iom, iomMoscow, iomMinsk, ilo, osce, unicef, mia, eventA, eventB, eventC;
  NodeId moscow, russia, minsk, belarus, tatyana, doc;

  QueryFixture() {
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

    moscow = g.addNode(NodeKind::City, "city/moscow-ru", "Moscow");
    russia = g.addNode(NodeKind::Country, "country/russian-federation", "Russian Federation");
    minsk = g.addNode(NodeKind::City, "city/minsk-by", "Minsk");
    belarus = g.addNode(NodeKind::Country, "country/belarus", "Belarus");
    g.addEdge(moscow, Relation::ContainedInPlace, russia);
    g.addEdge(minsk, Relation::ContainedInPlace, belarus);
    g.addEdge(eventA, Relation::Location, moscow);
    g.addEdge(eventB, Relation::Location, minsk);
    g.addEdge(iomMinsk, Relation::Location, minsk);

    tatyana = g.addNode(NodeKind::Person, "person/tatyana-bugaeva", "Tatyana Bugaeva");
    g.addLiteral(tatyana, Property::Email, "tbugaeva@iom.org.by");
    g.addLiteral(tatyana, Property::JobTitle, "Programme Coordinator");
    g.addEdge(tatyana, Relation::ContactFor, iomMinsk);
    g.addEdge(tatyana, Relation::WorksFor, iomMinsk);

    doc = g.addNode(NodeKind::Document, "doc/minsk-txt", "minsk.txt");
    for (NodeId n : {iomMinsk, eventB, tatyana, ilo, osce}) g.addEdge(doc, Relation::Mentions, n);
  }

  std::vector<std::string_view> names(const std::vector<NodeId>& nodes) const {
    std::vector<std::string_view> out;
    for (NodeId n : nodes) out.push_back(g.name(n));
    return out;
  }
};

}  // namespace pressgraph::test
