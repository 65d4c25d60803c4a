// SPDX-License-Identifier: MIT
// The Pressgraph vocabulary: node kinds, relations and literal properties, each with its IRI.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace pressgraph {

/// Namespaces used in every RDF output.
inline constexpr std::string_view SCHEMA_NS = "http://schema.org/";
inline constexpr std::string_view PG_NS = "https://w3id.org/pressgraph/ontology#";
inline constexpr std::string_view ID_NS = "https://w3id.org/pressgraph/id/";
inline constexpr std::string_view RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view OWL_NS = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view PROV_NS = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view XSD_NS = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// What a node is. An office is an organization with a parent; it keeps its own kind so that
/// queries can lift it to the parent.
enum class NodeKind : std::uint8_t { Document, Organization, Office, Person, City, Country, Event };

/// Node-to-node relations.
enum class Relation : std::uint8_t {
  Mentions,            ///< document -> anything found in it
  ParentOrganization,  ///< office -> organization
  Organizer,           ///< event -> organization
  Contributor,         ///< event -> partner organization ("in cooperation with")
  Sponsor,             ///< event -> sponsor ("supported by")
  Funder,              ///< event -> funder ("funded by")
  Attendee,            ///< event -> participant organization
  Location,            ///< event/office -> city (or country when no city is known)
  WorksFor,            ///< person -> organization or office
  ContactFor,          ///< person -> the office or organization they answer for
  ContainedInPlace,    ///< city -> country
};

/// Literal-valued properties (and SameAs, whose value is an external IRI).
enum class Property : std::uint8_t {
  Identifier,     ///< document path or record id
  Url,            ///< document url
  Headline,       ///< document title
  DatePublished,  ///< document date
  Email,
  Telephone,
  JobTitle,
  StartDate,
  EndDate,
  EventType,      ///< Conference, Workshop, ... (eventTypes()), a pg:eventType literal
  SameAs,         ///< Wikidata or GeoNames IRI
  Description,
  ContentHash,    ///< document: "fnv1a64:" and 16 hex digits of what was read (contentHash())
};

struct KindInfo {
  NodeKind kind;
  std::string_view segment;     ///< IRI path segment under ID_NS: "org", "city", ...
  std::string_view schemaType;  ///< full IRI of the schema.org class
  std::string_view ownType;     ///< full IRI of the Pressgraph class
  std::string_view label;       ///< human label: "Organization"
};

struct RelationInfo {
  Relation relation;
  std::string_view iri;
  std::string_view label;  ///< short label for pictures and tables: "organizer"
};

struct PropertyInfo {
  Property property;
  std::string_view iri;
  std::string_view label;
  bool iriValued;  ///< written as an IRI object, not a literal
};

const KindInfo& info(NodeKind kind);
const RelationInfo& info(Relation relation);
const PropertyInfo& info(Property property);

std::span<const KindInfo> allKinds();
std::span<const RelationInfo> allRelations();
std::span<const PropertyInfo> allProperties();

/// Reverse lookups for the graph reader; nullopt for IRIs outside the vocabulary.
std::optional<NodeKind> kindFromSegment(std::string_view segment);
std::optional<Relation> relationFromIri(std::string_view iri);
std::optional<Property> propertyFromIri(std::string_view iri);

/// Event types the extractor assigns; written as pg:eventType literals.
std::span<const std::string_view> eventTypes();
bool isEventType(std::string_view type);

}  // namespace pressgraph
