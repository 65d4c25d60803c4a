// SPDX-License-Identifier: MIT
// One document in, its DocumentGraph out: the cleaner, then every extractor in turn.
#pragma once

#include "graph/DocumentGraph.h"
#include "loaders/Document.h"
#include "loaders/extract/Gazetteer.h"

namespace pressgraph {

/// Runs cleaning, sentence splitting and the organization, place, person, event and contact
/// extractors over a document. Holds only const state: one Extractor serves all threads.
class Extractor {
 public:
  explicit Extractor(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  DocumentGraph extract(const Document& document) const;

 private:
  const Gazetteer& gazetteer_;
};

}  // namespace pressgraph
