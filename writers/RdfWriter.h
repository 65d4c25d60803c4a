// SPDX-License-Identifier: MIT
// The knowledge graph as RDF (Turtle, N-Triples, TriG, N-Quads), written with Serd.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {

enum class RdfSyntax { Turtle, NTriples, TriG, NQuads };

/// Writes every node (sorted by IRI) with its types, names, literals and outgoing edges, then
/// the provenance of every fact (see factIri()) and of the values not every source gives
/// (valueIri()).
/// The same graph always gives the same bytes. Returns the number of triples written.
/// Write errors show in ferror(out); the caller checks them (AtomicFile). Turtle and N-Triples
/// are written by `threads` threads, with the same bytes whatever their number.
std::size_t writeRdf(const KnowledgeGraph& graph, RdfSyntax syntax, FILE* out, unsigned threads = 1);

/// The IRI of the n-th (1-based) fact a document states, in canonical order: the subject of
/// its provenance statement (rdf:Statement, prov:wasDerivedFrom, pg:sentence).
std::string factIri(std::string_view documentIri, std::size_t n);

/// The IRI of the n-th (1-based) name or literal a document gives that goes without saying for
/// none of its node's other documents (KnowledgeGraph::valuesStatedBy()): the subject of an
/// rdf:Statement like a fact's, without a sentence.
std::string valueIri(std::string_view documentIri, std::size_t n);

/// The predicate IRI a stated value is written with: schema:name for the node's canonical
/// name, schema:alternateName for its others, else the property's.
std::string_view valuePredicate(const KnowledgeGraph& graph, const StatedValue& value);

/// The xsd datatype IRI for a date literal's lexical form ("2016-09-26" -> xsd:date,
/// "--11-14" -> xsd:gMonthDay, ...), or an empty view when it is no ISO 8601 date.
std::string_view dateDatatype(std::string_view value);

/// The datatype every writer gives a literal of `property`: a date type for the date
/// properties when the value is an ISO date, else none (a plain string). One rule, so that
/// Turtle and JSON-LD always mean the same triples.
std::string_view literalDatatype(Property property, std::string_view value);

}  // namespace pressgraph
