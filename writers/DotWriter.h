// SPDX-License-Identifier: MIT
// The knowledge graph as a Graphviz DOT picture.
#pragma once

#include <cstdio>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// A picture of the entity graph: document nodes and mentions edges left out (they would tie
/// everything together), a shape and colour per node kind, edges labelled with their relation,
/// a legend. Deterministic.
void writeDot(const KnowledgeGraph& graph, FILE* out);

}  // namespace pressgraph
