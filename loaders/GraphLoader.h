// SPDX-License-Identifier: MIT
// A graph Pressgraph wrote earlier, read back with Serd into a KnowledgeGraph.
#pragma once

#include <string>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// Reads Turtle (.ttl), TriG (.trig), N-Triples (.nt) or N-Quads (.nq) by extension ("-" is
/// Turtle on standard input) and merges its nodes, edges and their provenance into `graph`:
/// reified statements, and in TriG and N-Quads the document whose named graph holds a fact.
/// Triples outside the Pressgraph vocabulary are ignored. Throws InputError with the line for
/// a syntax error and for a file that holds no Pressgraph nodes; IoError when it cannot be
/// opened. Returns the number of statements (triples or quads) the file holds.
std::size_t readGraph(const std::string& path, KnowledgeGraph& graph);

/// True if the path's extension names an RDF syntax readGraph() takes.
bool isGraphFile(const std::string& path);

}  // namespace pressgraph
