// SPDX-License-Identifier: MIT
// Organizations and their offices: "Full Name (ACRONYM)" definitions, the curated gazetteer,
// head-word patterns ("Ministry of ...", "... Foundation"), and offices ("IOM Minsk",
// "IOM Central Asian Coordination Office", "Department X of the Ministry Y").
#pragma once

#include "loaders/extract/DocumentContext.h"

namespace pressgraph {

/// Adds Organization and Office mentions and nodes (with parentOrganization edges, office
/// cities and owl:sameAs to Wikidata) to the context.
class OrganizationExtractor {
 public:
  void run(DocumentContext& ctx) const;
};

/// The IRI path of an organization / office with this canonical name.
std::string organizationKey(std::string_view canonical);
std::string officeKey(std::string_view canonical);

}  // namespace pressgraph
