// SPDX-License-Identifier: MIT
// The knowledge graph as JSON-LD with an inline @context, written with RapidJSON.
#pragma once

#include <cstddef>
#include <cstdio>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// One @graph array of node objects, in IRI order, with an inline @context (no network needed
/// to read it); it expands to exactly the triples writeRdf() writes. Returns the triple count.
std::size_t writeJsonLd(const KnowledgeGraph& graph, FILE* out);

}  // namespace pressgraph
