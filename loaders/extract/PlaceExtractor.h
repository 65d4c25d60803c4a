// SPDX-License-Identifier: MIT
// Cities and countries: gazetteer matches kept where the text uses them as places, cities
// resolved to one GeoNames entry from the document's context.
#pragma once

#include "loaders/extract/DocumentContext.h"

namespace pressgraph {

class PlaceExtractor {
 public:
  /// Before the other extractors: the document's main country and its dateline city.
  void prepare(DocumentContext& ctx) const;
  /// After organizations and persons: City and Country mentions and nodes, cities linked to
  /// their country (schema:containedInPlace) and to GeoNames (owl:sameAs).
  void run(DocumentContext& ctx) const;
};

}  // namespace pressgraph
