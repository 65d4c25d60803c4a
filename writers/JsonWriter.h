// SPDX-License-Identifier: MIT
// The knowledge graph as plain nodes-and-edges JSON for programs, written with RapidJSON.
#pragma once

#include <cstdio>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

/// {"nodes": [{"id", "iri", "kind", "name", "alternateNames", <literals>}], "edges":
/// [{"source", "relation", "target"}]}, nodes in IRI order, ids as IRI paths.
/// "kind" is the kind's label ("Office"); literal keys and "relation" are the camelCase local
/// names of their IRIs ("jobTitle", "sameAs", "parentOrganization"), as in the JSON-LD terms.
/// A literal with one value is a string, with several an array of strings sorted by value;
/// "alternateNames" is always an array.
void writeJson(const KnowledgeGraph& graph, FILE* out);

}  // namespace pressgraph
