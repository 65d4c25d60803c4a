// SPDX-License-Identifier: MIT
// Serd's abbreviating writer over the graph's canonical order.
#include "writers/RdfWriter.h"

#include <serd/serd.h>

#include <string>

namespace pressgraph {
namespace {

SerdNode uriNode(const std::string& s) { return serd_node_from_substring(SERD_URI, reinterpret_cast<const uint8_t*>(s.data()), s.size()); }
SerdNode uriNode(std::string_view s) { return serd_node_from_substring(SERD_URI, reinterpret_cast<const uint8_t*>(s.data()), s.size()); }
SerdNode literalNode(std::string_view s) { return serd_node_from_substring(SERD_LITERAL, reinterpret_cast<const uint8_t*>(s.data()), s.size()); }

bool digits(std::string_view s, std::size_t from, std::size_t count) {
  if (s.size() < from + count) return false;
  for (std::size_t i = from; i < from + count; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

class Emitter {
 public:
  Emitter(SerdWriter* writer, RdfSyntax syntax) : writer_(writer), quads_(syntax == RdfSyntax::TriG || syntax == RdfSyntax::NQuads) {
    graphIri_ = std::string(ID_NS) + "graph";
    graphNode_ = uriNode(graphIri_);
  }

  void triple(const SerdNode& s, const SerdNode& p, const SerdNode& o, const SerdNode* datatype = nullptr) {
    serd_writer_write_statement(writer_, 0, quads_ ? &graphNode_ : nullptr, &s, &p, &o, datatype, nullptr);
    ++count_;
  }
  std::size_t count() const { return count_; }

 private:
  SerdWriter* writer_;
  bool quads_;
  std::string graphIri_;
  SerdNode graphNode_;
  std::size_t count_ = 0;
};

// Provenance as standard RDF reification, which every RDF reader takes: one rdf:Statement per
// (fact, document, sentence), derived from (prov:wasDerivedFrom) the document, with the
// sentence as pg:sentence. Each statement is named factIri(document, n), the n-th fact of the
// document in canonical order, so output stays byte-identical and a fact can be cited.
void writeEvidence(const KnowledgeGraph& graph, Emitter& emit) {
  const std::string rdf(RDF_NS);
  const std::string typeIri = rdf + "type", statementIri = rdf + "Statement", subjectIri = rdf + "subject",
                    predicateIri = rdf + "predicate", objectIri = rdf + "object";
  const std::string derivedIri = std::string(PROV_NS) + "wasDerivedFrom", sentenceIri = std::string(PG_NS) + "sentence";
  const SerdNode type = uriNode(typeIri), statement = uriNode(statementIri), subject = uriNode(subjectIri),
                 predicate = uriNode(predicateIri), object = uriNode(objectIri), derived = uriNode(derivedIri),
                 sentence = uriNode(sentenceIri);
  std::string factIri, docIri, fromIri, toIri;
  for (NodeId document : graph.documentsWithEvidence()) {
    docIri = graph.iri(document);
    std::size_t n = 0;
    for (const StatedFact& fact : graph.statedBy(document)) {
      factIri = pressgraph::factIri(docIri, ++n);
      const SerdNode statementNode = uriNode(factIri);
      fromIri = graph.iri(fact.edge.from);
      toIri = graph.iri(fact.edge.to);
      emit.triple(statementNode, type, statement);
      emit.triple(statementNode, subject, uriNode(fromIri));
      emit.triple(statementNode, predicate, uriNode(info(fact.edge.relation).iri));
      emit.triple(statementNode, object, uriNode(toIri));
      emit.triple(statementNode, derived, uriNode(docIri));
      if (!fact.sentence.empty()) emit.triple(statementNode, sentence, literalNode(fact.sentence));
    }
  }
}

}  // namespace

std::string factIri(std::string_view documentIri, std::size_t n) {
  std::string out(documentIri);
  out += "#fact-";
  out += std::to_string(n);
  return out;
}

std::string_view dateDatatype(std::string_view v) {
  if (v.size() == 10 && digits(v, 0, 4) && v[4] == '-' && digits(v, 5, 2) && v[7] == '-' && digits(v, 8, 2))
    return "http://www.w3.org/2001/XMLSchema#date";
  if (v.size() == 7 && digits(v, 0, 4) && v[4] == '-' && digits(v, 5, 2)) return "http://www.w3.org/2001/XMLSchema#gYearMonth";
  if (v.size() == 4 && digits(v, 0, 4)) return "http://www.w3.org/2001/XMLSchema#gYear";
  if (v.size() == 7 && v[0] == '-' && v[1] == '-' && digits(v, 2, 2) && v[4] == '-' && digits(v, 5, 2))
    return "http://www.w3.org/2001/XMLSchema#gMonthDay";
  return {};
}

std::string_view literalDatatype(Property property, std::string_view value) {
  const bool isDate = property == Property::StartDate || property == Property::EndDate || property == Property::DatePublished;
  return isDate ? dateDatatype(value) : std::string_view{};
}

std::size_t writeRdf(const KnowledgeGraph& graph, RdfSyntax syntax, FILE* out) {
  const SerdSyntax serdSyntax = syntax == RdfSyntax::Turtle   ? SERD_TURTLE
                                : syntax == RdfSyntax::TriG   ? SERD_TRIG
                                : syntax == RdfSyntax::NQuads ? SERD_NQUADS
                                                              : SERD_NTRIPLES;
  const bool pretty = syntax == RdfSyntax::Turtle || syntax == RdfSyntax::TriG;
  SerdEnv* env = serd_env_new(nullptr);
  const auto style = static_cast<SerdStyle>(pretty ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : SERD_STYLE_ASCII);
  SerdWriter* writer = serd_writer_new(serdSyntax, style, env, nullptr, serd_file_sink, out);
  if (pretty) {
    const std::pair<const char*, std::string_view> prefixes[] = {
        {"rdf", RDF_NS}, {"xsd", XSD_NS}, {"owl", OWL_NS}, {"schema", SCHEMA_NS}, {"prov", PROV_NS}, {"pg", PG_NS}, {"id", ID_NS}};
    for (const auto& [name, ns] : prefixes) {
      SerdNode n = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(name));
      SerdNode u = uriNode(ns);
      serd_writer_set_prefix(writer, &n, &u);
    }
  }

  Emitter emit(writer, syntax);
  const SerdNode rdfType = uriNode(RDF_TYPE);
  const std::string nameIri = std::string(SCHEMA_NS) + "name";
  const std::string altIri = std::string(SCHEMA_NS) + "alternateName";
  const SerdNode namePred = uriNode(nameIri), altPred = uriNode(altIri);
  std::string subjectIri, objectIri;
  for (NodeId node : graph.nodesByIri()) {
    subjectIri = graph.iri(node);
    const SerdNode subject = uriNode(subjectIri);
    const KindInfo& kind = info(graph.kind(node));
    const SerdNode schemaType = uriNode(kind.schemaType);
    emit.triple(subject, rdfType, schemaType);
    if (graph.kind(node) == NodeKind::Office || graph.kind(node) == NodeKind::Document) {
      const SerdNode ownType = uriNode(kind.ownType);
      emit.triple(subject, rdfType, ownType);
    }
    emit.triple(subject, namePred, literalNode(graph.name(node)));
    for (auto alt : graph.alternateNames(node)) emit.triple(subject, altPred, literalNode(alt));
    for (auto [property, value] : graph.literals(node)) {
      const PropertyInfo& p = info(property);
      const SerdNode pred = uriNode(p.iri);
      if (p.iriValued) {
        objectIri = value;  // Serd reads node strings up to a NUL; pool views have none
        emit.triple(subject, pred, uriNode(objectIri));
        continue;
      }
      const std::string_view datatype = literalDatatype(property, value);
      if (!datatype.empty()) {
        const SerdNode dt = uriNode(datatype);
        emit.triple(subject, pred, literalNode(value), &dt);
      } else {
        emit.triple(subject, pred, literalNode(value));
      }
    }
    for (const Edge& e : graph.outEdges(node)) {
      objectIri = graph.iri(e.to);
      const SerdNode pred = uriNode(info(e.relation).iri);
      emit.triple(subject, pred, uriNode(objectIri));
    }
  }
  writeEvidence(graph, emit);
  serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  return emit.count();
}

}  // namespace pressgraph
