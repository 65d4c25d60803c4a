// SPDX-License-Identifier: MIT
// The one table that maps the vocabulary to IRIs.
#include "ontology/Vocabulary.h"

#include <algorithm>
#include <array>

namespace pressgraph {
namespace {

#define SCHEMA "http://schema.org/"
#define PG "https://w3id.org/pressgraph/ontology#"

constexpr std::array KINDS = {
    KindInfo{NodeKind::Document, "doc", SCHEMA "CreativeWork", PG "Document", "Document"},
    KindInfo{NodeKind::Organization, "org", SCHEMA "Organization", PG "Organization", "Organization"},
    KindInfo{NodeKind::Office, "office", SCHEMA "Organization", PG "Office", "Office"},
    KindInfo{NodeKind::Person, "person", SCHEMA "Person", PG "Person", "Person"},
    KindInfo{NodeKind::City, "city", SCHEMA "City", PG "City", "City"},
    KindInfo{NodeKind::Country, "country", SCHEMA "Country", PG "Country", "Country"},
    KindInfo{NodeKind::Event, "event", SCHEMA "Event", PG "Event", "Event"},
};

constexpr std::array RELATIONS = {
    RelationInfo{Relation::Mentions, SCHEMA "mentions", "mentions"},
    RelationInfo{Relation::ParentOrganization, SCHEMA "parentOrganization", "part of"},
    RelationInfo{Relation::Organizer, SCHEMA "organizer", "organizer"},
    RelationInfo{Relation::Contributor, SCHEMA "contributor", "partner"},
    RelationInfo{Relation::Sponsor, SCHEMA "sponsor", "sponsor"},
    RelationInfo{Relation::Funder, SCHEMA "funder", "funder"},
    RelationInfo{Relation::Attendee, SCHEMA "attendee", "participant"},
    RelationInfo{Relation::Location, SCHEMA "location", "held in"},
    RelationInfo{Relation::WorksFor, SCHEMA "worksFor", "works for"},
    RelationInfo{Relation::ContactFor, PG "contactFor", "contact for"},
    RelationInfo{Relation::ContainedInPlace, SCHEMA "containedInPlace", "in"},
};

constexpr std::array PROPERTIES = {
    PropertyInfo{Property::Identifier, SCHEMA "identifier", "identifier", false},
    PropertyInfo{Property::Url, SCHEMA "url", "url", false},
    PropertyInfo{Property::Headline, SCHEMA "headline", "headline", false},
    PropertyInfo{Property::DatePublished, SCHEMA "datePublished", "published", false},
    PropertyInfo{Property::Email, SCHEMA "email", "email", false},
    PropertyInfo{Property::Telephone, SCHEMA "telephone", "telephone", false},
    PropertyInfo{Property::JobTitle, SCHEMA "jobTitle", "job title", false},
    PropertyInfo{Property::StartDate, SCHEMA "startDate", "start", false},
    PropertyInfo{Property::EndDate, SCHEMA "endDate", "end", false},
    PropertyInfo{Property::EventType, PG "eventType", "type", false},
    PropertyInfo{Property::SameAs, "http://www.w3.org/2002/07/owl#sameAs", "same as", true},
    PropertyInfo{Property::Description, SCHEMA "description", "description", false},
    PropertyInfo{Property::ContentHash, PG "contentHash", "content hash", false},
};

constexpr std::array<std::string_view, 12> EVENT_TYPES = {
    "Conference", "Roundtable", "Workshop", "Meeting", "Training", "Seminar",
    "Forum",      "Festival",   "Presentation", "Launch", "Course", "Other"};

#undef SCHEMA
#undef PG

}  // namespace

const KindInfo& info(NodeKind kind) { return KINDS[static_cast<std::size_t>(kind)]; }
const RelationInfo& info(Relation relation) { return RELATIONS[static_cast<std::size_t>(relation)]; }
const PropertyInfo& info(Property property) { return PROPERTIES[static_cast<std::size_t>(property)]; }

std::span<const KindInfo> allKinds() { return KINDS; }
std::span<const RelationInfo> allRelations() { return RELATIONS; }
std::span<const PropertyInfo> allProperties() { return PROPERTIES; }

std::optional<NodeKind> kindFromSegment(std::string_view segment) {
  for (const auto& k : KINDS)
    if (k.segment == segment) return k.kind;
  return std::nullopt;
}

std::optional<Relation> relationFromIri(std::string_view iri) {
  for (const auto& r : RELATIONS)
    if (r.iri == iri) return r.relation;
  return std::nullopt;
}

std::optional<Property> propertyFromIri(std::string_view iri) {
  for (const auto& p : PROPERTIES)
    if (p.iri == iri) return p.property;
  return std::nullopt;
}

std::span<const std::string_view> eventTypes() { return EVENT_TYPES; }

bool isEventType(std::string_view type) {
  return std::find(EVENT_TYPES.begin(), EVENT_TYPES.end(), type) != EVENT_TYPES.end();
}

}  // namespace pressgraph
