// SPDX-License-Identifier: MIT
// Serd's abbreviating writer over the graph's canonical order; a named graph per document in TriG and N-Quads.
#include "writers/RdfWriter.h"

#include <serd/serd.h>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <span>
#include <thread>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

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
  explicit Emitter(SerdWriter* writer) : writer_(writer) {}

  /// Where the next statements go: a named graph (TriG, N-Quads), or the default graph.
  void inGraph(std::string iri) {
    graphIri_ = std::move(iri);
    graphNode_ = uriNode(graphIri_);
    named_ = true;
  }

  void triple(const SerdNode& s, const SerdNode& p, const SerdNode& o, const SerdNode* datatype = nullptr) {
    serd_writer_write_statement(writer_, 0, named_ ? &graphNode_ : nullptr, &s, &p, &o, datatype, nullptr);
    ++count_;
  }
  std::size_t count() const { return count_; }

 private:
  SerdWriter* writer_;
  bool named_ = false;
  std::string graphIri_;
  SerdNode graphNode_ = SERD_NODE_NULL;
  std::size_t count_ = 0;
};

// The object node of a literal triple, with its datatype (none: `datatype` is left null).
// `iriValue` holds the IRI of an IRI-valued property's value: Serd reads node strings up to a
// NUL, and pool views have none.
SerdNode valueNode(Property property, std::string_view value, std::string& iriValue, SerdNode& datatype) {
  datatype = SERD_NODE_NULL;
  if (info(property).iriValued) {
    iriValue = value;
    return uriNode(iriValue);
  }
  if (const std::string_view dt = literalDatatype(property, value); !dt.empty()) datatype = uriNode(dt);
  return literalNode(value);
}

// A node's types, names and literals.
void writeDescription(const KnowledgeGraph& graph, NodeId node, Emitter& emit) {
  static const std::string nameIri = std::string(SCHEMA_NS) + "name", altIri = std::string(SCHEMA_NS) + "alternateName";
  const std::string subjectIri = graph.iri(node);
  const SerdNode subject = uriNode(subjectIri), rdfType = uriNode(RDF_TYPE), namePred = uriNode(nameIri),
                 altPred = uriNode(altIri);
  const KindInfo& kind = info(graph.kind(node));
  emit.triple(subject, rdfType, uriNode(kind.schemaType));
  if (graph.kind(node) == NodeKind::Office || graph.kind(node) == NodeKind::Document)
    emit.triple(subject, rdfType, uriNode(kind.ownType));
  emit.triple(subject, namePred, literalNode(graph.name(node)));
  for (auto alt : graph.alternateNames(node)) emit.triple(subject, altPred, literalNode(alt));
  std::string objectIri;
  SerdNode datatype;
  for (auto [property, value] : graph.literals(node)) {
    const SerdNode object = valueNode(property, value, objectIri, datatype);
    emit.triple(subject, uriNode(info(property).iri), object, datatype.buf ? &datatype : nullptr);
  }
}

void writeEdge(const KnowledgeGraph& graph, const Edge& e, Emitter& emit) {
  const std::string fromIri = graph.iri(e.from), toIri = graph.iri(e.to);
  emit.triple(uriNode(fromIri), uriNode(info(e.relation).iri), uriNode(toIri));
}

// Provenance as standard RDF reification, which every RDF reader takes: one rdf:Statement per
// (fact, document, sentence), derived from (prov:wasDerivedFrom) the document, with the
// sentence as pg:sentence. Each statement is named factIri(document, n), the n-th fact of the
// document in canonical order, so output stays byte-identical and a fact can be cited. The
// names and literals the document gives that not every document behind their node gives
// follow, named valueIri(document, n), so that replacing the document can take them back.
void writeStatements(const KnowledgeGraph& graph, NodeId document, const std::vector<StatedFact>& facts, Emitter& emit) {
  const std::string rdf(RDF_NS);
  const std::string typeIri = rdf + "type", statementIri = rdf + "Statement", subjectIri = rdf + "subject",
                    predicateIri = rdf + "predicate", objectIri = rdf + "object";
  const std::string derivedIri = std::string(PROV_NS) + "wasDerivedFrom", sentenceIri = std::string(PG_NS) + "sentence",
                    ruleIri = std::string(PG_NS) + "rule";
  const SerdNode type = uriNode(typeIri), statement = uriNode(statementIri), subject = uriNode(subjectIri),
                 predicate = uriNode(predicateIri), object = uriNode(objectIri), derived = uriNode(derivedIri),
                 sentence = uriNode(sentenceIri), rule = uriNode(ruleIri);
  const std::string docIri = graph.iri(document);
  std::string statementName, fromIri, toIri;
  const auto reify = [&](const SerdNode& from, std::string_view predicateOf, const SerdNode& to, const SerdNode* datatype) {
    const SerdNode statementNode = uriNode(statementName);
    emit.triple(statementNode, type, statement);
    emit.triple(statementNode, subject, from);
    emit.triple(statementNode, predicate, uriNode(predicateOf));
    emit.triple(statementNode, object, to, datatype);
    emit.triple(statementNode, derived, uriNode(docIri));
    return statementNode;
  };
  std::size_t n = 0;
  for (const StatedFact& fact : facts) {
    statementName = pressgraph::factIri(docIri, ++n);
    fromIri = graph.iri(fact.edge.from);
    toIri = graph.iri(fact.edge.to);
    const SerdNode statementNode = reify(uriNode(fromIri), info(fact.edge.relation).iri, uriNode(toIri), nullptr);
    if (!fact.sentence.empty()) emit.triple(statementNode, sentence, literalNode(fact.sentence));
    if (!fact.rule.empty()) emit.triple(statementNode, rule, literalNode(fact.rule));
  }
  n = 0;
  std::string valueIriText;
  SerdNode datatype;
  for (const StatedValue& value : graph.valuesStatedBy(document)) {
    statementName = pressgraph::valueIri(docIri, ++n);
    fromIri = graph.iri(value.node);
    const SerdNode to = value.property ? valueNode(*value.property, value.value, valueIriText, datatype)
                                       : (datatype = SERD_NODE_NULL, literalNode(value.value));
    reify(uriNode(fromIri), valuePredicate(graph, value), to, datatype.buf ? &datatype : nullptr);
  }
}

// Turtle and N-Triples: each node with its description and edges, then the provenance of the
// documents.
void writeTriples(const KnowledgeGraph& graph, std::span<const NodeId> nodes, std::span<const NodeId> documents,
                  Emitter& emit) {
  for (NodeId node : nodes) {
    writeDescription(graph, node, emit);
    for (const Edge& e : graph.outEdges(node)) writeEdge(graph, e, emit);
  }
  for (NodeId document : documents) writeStatements(graph, document, graph.statedBy(document), emit);
}

std::size_t appendTo(const void* bytes, std::size_t length, void* text) {
  static_cast<std::string*>(text)->append(static_cast<const char*>(bytes), length);
  return length;
}

// Turtle and N-Triples written by `threads` threads side by side, each part into memory with
// a writer of its own, and the parts out in order. A part starts and ends at a subject, and
// Serd ends every subject's block the same way (" .\n\n" in Turtle), so the parts put
// together are the bytes one writer writes. At most a few parts wait in memory, not the whole
// output. Returns the triples written.
std::size_t writeTriplesInParallel(const KnowledgeGraph& graph, SerdSyntax syntax, SerdStyle style, SerdEnv* env,
                                   std::string prefixes, FILE* out, unsigned threads) {
  // Parts of about 2,000 nodes, then of about 200 documents' provenance: some hundred kilobytes.
  const std::vector<NodeId> nodes = graph.nodesByIri();
  const std::size_t nodeParts = nodes.size() / 2000 + 1;
  // The documents and the provenance indexes take a while on a large graph; the workers write
  // node parts meanwhile, which read nothing those build. Until they are ready, `parts` counts
  // only the node parts.
  std::vector<NodeId> documents;
  std::size_t documentParts = 0, parts = nodeParts;
  bool documentsReady = false;
  const auto slice = [](const std::vector<NodeId>& all, std::size_t part, std::size_t of) {
    return std::span(all).subspan(part * all.size() / of, (part + 1) * all.size() / of - part * all.size() / of);
  };
  const std::size_t inFlight = 2 * std::size_t{threads};
  struct Part {
    std::string bytes;
    std::size_t triples = 0;
    bool done = false;
  };
  std::vector<Part> written(parts);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0, flushed = 0;
  std::exception_ptr failure;
  const auto work = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      changed.wait(lock, [&] { return next < parts || documentsReady; });
      if (next >= parts) break;
      const std::size_t part = next++;
      changed.wait(lock, [&] { return part < flushed + inFlight; });
      lock.unlock();
      Part result;
      try {
        // Freed on the way out of a failed part too.
        const std::unique_ptr<SerdWriter, decltype(&serd_writer_free)> writer(
            serd_writer_new(syntax, style, env, nullptr, appendTo, &result.bytes), serd_writer_free);
        Emitter emit(writer.get());
        if (part < nodeParts)
          writeTriples(graph, slice(nodes, part, nodeParts), {}, emit);
        else
          writeTriples(graph, {}, slice(documents, part - nodeParts, documentParts), emit);
        serd_writer_finish(writer.get());
        result.triples = emit.count();
      } catch (...) {
        const std::lock_guard failed(mutex);
        if (!failure) failure = std::current_exception();
      }
      lock.lock();
      result.done = true;
      written[part] = std::move(result);
      changed.notify_all();
    }
  };
  // The documents and the provenance indexes, on a thread of their own; then the parts that
  // write them are open to the workers.
  const auto gather = [&] {
    std::exception_ptr gathering;
    try {
      documents = graph.documentsWithEvidence();
      // The graph builds its provenance indexes on first use: once here, before threads read it.
      if (!documents.empty()) graph.statedBy(documents.front());
    } catch (...) {
      gathering = std::current_exception();
    }
    const std::lock_guard lock(mutex);
    try {
      if (gathering) std::rethrow_exception(gathering);
      written.resize(nodeParts + documents.size() / 200 + 1);
      documentParts = written.size() - nodeParts;
      parts = written.size();
    } catch (...) {
      if (!failure) failure = std::current_exception();
    }
    documentsReady = true;
    changed.notify_all();
  };
  std::size_t triples = 0;
  std::fwrite(prefixes.data(), 1, prefixes.size(), out);
  {
    std::vector<std::jthread> pool;
    pool.emplace_back(gather);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    std::unique_lock lock(mutex);
    for (std::size_t part = 0;; ++part) {
      changed.wait(lock, [&] { return documentsReady || part < parts; });
      if (part >= parts) break;
      changed.wait(lock, [&] { return written[part].done; });
      std::string bytes = std::move(written[part].bytes);
      triples += written[part].triples;
      const bool failed = failure != nullptr;
      ++flushed;
      changed.notify_all();
      lock.unlock();
      if (!failed) std::fwrite(bytes.data(), 1, bytes.size(), out);
      lock.lock();
    }
  }
  if (failure) std::rethrow_exception(failure);
  return triples;
}

// TriG and N-Quads: what each document says in a graph of its own, named by its IRI (its own
// description, its mentions, the facts it states and their provenance), so a store can ask
// who said what; what no document states (entities' types, names and literals, gazetteer
// facts) in the default graph, first. A fact several documents state is in each one's graph.
void writeQuads(const KnowledgeGraph& graph, Emitter& emit) {
  // The sources and the facts they state, gathered once: KnowledgeGraph::evidence() scans.
  std::vector<NodeId> sources;
  std::unordered_map<NodeId, std::vector<StatedFact>> statedBy;
  std::set<std::tuple<std::uint32_t, Relation, std::uint32_t>> stated;
  for (NodeId document : graph.documentsWithEvidence()) {
    auto& facts = statedBy[document] = graph.statedBy(document);
    for (const StatedFact& f : facts) stated.emplace(f.edge.from.value, f.edge.relation, f.edge.to.value);
  }
  const std::vector<NodeId> nodes = graph.nodesByIri();
  for (NodeId node : nodes) {
    // Documents, and any other node a graph read from elsewhere credits with facts.
    if (graph.kind(node) == NodeKind::Document || statedBy.count(node)) {
      sources.push_back(node);
      if (graph.kind(node) == NodeKind::Document) continue;
    }
    writeDescription(graph, node, emit);
    for (const Edge& e : graph.outEdges(node))
      if (!stated.count({e.from.value, e.relation, e.to.value})) writeEdge(graph, e, emit);
  }
  for (NodeId source : sources) {
    emit.inGraph(graph.iri(source));
    if (graph.kind(source) == NodeKind::Document) {
      writeDescription(graph, source, emit);
      for (const Edge& e : graph.outEdges(source)) writeEdge(graph, e, emit);
    }
    const std::vector<StatedFact>& facts = statedBy[source];
    for (std::size_t i = 0; i < facts.size(); ++i) {
      const Edge& e = facts[i].edge;
      const bool sameAsBefore = i > 0 && e.from == facts[i - 1].edge.from && e.relation == facts[i - 1].edge.relation &&
                                e.to == facts[i - 1].edge.to;
      // A fact stated in two sentences is one triple; a document's own edges are written above.
      const bool writtenAbove = e.from == source && graph.kind(source) == NodeKind::Document;
      if (!sameAsBefore && !writtenAbove) writeEdge(graph, e, emit);
    }
    writeStatements(graph, source, facts, emit);
  }
}

}  // namespace

namespace {

std::string statementIri(std::string_view documentIri, std::string_view fragment, std::size_t n) {
  std::string out(documentIri);
  out += fragment;
  out += std::to_string(n);
  return out;
}

}  // namespace

std::string factIri(std::string_view documentIri, std::size_t n) { return statementIri(documentIri, "#fact-", n); }
std::string valueIri(std::string_view documentIri, std::size_t n) { return statementIri(documentIri, "#value-", n); }

std::string_view valuePredicate(const KnowledgeGraph& graph, const StatedValue& value) {
  static const std::string nameIri = std::string(SCHEMA_NS) + "name", altIri = std::string(SCHEMA_NS) + "alternateName";
  if (value.property) return info(*value.property).iri;
  return value.value == graph.name(value.node) ? nameIri : altIri;
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

std::size_t writeRdf(const KnowledgeGraph& graph, RdfSyntax syntax, FILE* out, unsigned threads) {
  const SerdSyntax serdSyntax = syntax == RdfSyntax::Turtle   ? SERD_TURTLE
                                : syntax == RdfSyntax::TriG   ? SERD_TRIG
                                : syntax == RdfSyntax::NQuads ? SERD_NQUADS
                                                              : SERD_NTRIPLES;
  const bool pretty = syntax == RdfSyntax::Turtle || syntax == RdfSyntax::TriG;
  SerdEnv* env = serd_env_new(nullptr);
  // SERD_STYLE_BULK: Serd hands the sink 4 KiB pages rather than every token, so a large
  // export makes a few hundred thousand fwrite() calls, not a hundred million.
  const auto style = static_cast<SerdStyle>((pretty ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : SERD_STYLE_ASCII) | SERD_STYLE_BULK);
  // Turtle and N-Triples on several threads start with the prefixes, written here into memory.
  const bool parallel = threads > 1 && graph.nodeCount() > 0 && (syntax == RdfSyntax::Turtle || syntax == RdfSyntax::NTriples);
  std::string prefixText;
  SerdWriter* writer = parallel ? serd_writer_new(serdSyntax, style, env, nullptr, appendTo, &prefixText)
                                : serd_writer_new(serdSyntax, style, env, nullptr, serd_file_sink, out);
  if (pretty) {
    const std::pair<const char*, std::string_view> prefixes[] = {
        {"rdf", RDF_NS}, {"xsd", XSD_NS}, {"owl", OWL_NS}, {"schema", SCHEMA_NS}, {"prov", PROV_NS}, {"pg", PG_NS}, {"id", ID_NS}};
    for (const auto& [name, ns] : prefixes) {
      SerdNode n = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(name));
      SerdNode u = uriNode(ns);
      serd_writer_set_prefix(writer, &n, &u);
    }
  }

  if (parallel) {
    serd_writer_finish(writer);
    serd_writer_free(writer);
    // One writer puts a blank line between its prefixes and the first subject.
    if (!prefixText.empty()) prefixText += '\n';
    try {
      const std::size_t triples = writeTriplesInParallel(graph, serdSyntax, style, env, std::move(prefixText), out, threads);
      serd_env_free(env);
      return triples;
    } catch (...) {
      serd_env_free(env);
      throw;
    }
  }
  Emitter emit(writer);
  if (syntax == RdfSyntax::TriG || syntax == RdfSyntax::NQuads)
    writeQuads(graph, emit);
  else
    writeTriples(graph, graph.nodesByIri(), graph.documentsWithEvidence(), emit);
  serd_writer_finish(writer);
  serd_writer_free(writer);
  serd_env_free(env);
  return emit.count();
}

}  // namespace pressgraph
