// SPDX-License-Identifier: MIT
// The knowledge graph as GraphML, through Boost.Graph's write_graphml.
#pragma once

#include <cstdio>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// Nodes carry data keys iri, kind and name; edges carry relation.
void writeGraphml(const KnowledgeGraph& graph, FILE* out);

}  // namespace pressgraph
