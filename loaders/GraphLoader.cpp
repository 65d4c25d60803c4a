// SPDX-License-Identifier: MIT
// Serd statement sink that collects subjects, then builds nodes in IRI order.
#include "loaders/GraphLoader.h"

#include "graph/Names.h"

#include <serd/serd.h>

#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <filesystem>
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace pressgraph {
namespace {

std::string_view view(const SerdNode* n) { return {reinterpret_cast<const char*>(n->buf), n->n_bytes}; }

std::optional<SerdSyntax> syntaxOf(const std::string& path) {
  if (path == "-") return SERD_TURTLE;
  const std::string ext = asciiLower(std::filesystem::path(path).extension().string());
  if (ext == ".ttl" || ext == ".turtle") return SERD_TURTLE;
  if (ext == ".trig") return SERD_TRIG;
  if (ext == ".nt") return SERD_NTRIPLES;
  if (ext == ".nq") return SERD_NQUADS;
  return std::nullopt;
}

struct Subject {
  std::optional<NodeKind> kind;
  std::string name;
  std::vector<std::string> alternateNames;
  std::vector<std::pair<Property, std::string>> literals;
  std::vector<std::pair<Relation, std::string>> edges;  // object IRI path
};

// An rdf:Statement the writer made for the provenance of a fact, or of a name or literal a
// document gives (see writers/RdfWriter.cpp).
struct Reification {
  std::string subject, object, document, sentence;  // IRI paths under ID_NS, and the text
  std::string value;                                // rdf:object as it is: a literal's text, an IRI
  std::optional<Relation> relation;
  std::optional<Property> property;
  bool name = false;  // rdf:predicate schema:name or schema:alternateName
};

// A fact found in a named graph: in the writer's TriG and N-Quads, a document's graph holds
// the facts the document states (see writers/RdfWriter.cpp).
struct FactInGraph {
  std::string subject, object, graph;  // IRI paths under ID_NS
  Relation relation;
};

struct Collector {
  SerdEnv* env;
  std::map<std::string, Subject> subjects;  // ordered: nodes are created in IRI order
  std::map<std::string, Reification> reifications;  // by statement IRI (entity IRIs hold no '#')
  std::vector<FactInGraph> factsInGraphs;
  std::string error;
  unsigned errorLine = 0;
  std::size_t statements = 0;
};

NodeKind kindFromType(std::string_view type, std::optional<NodeKind> current) {
  if (type == info(NodeKind::Office).ownType) return NodeKind::Office;
  if (type == info(NodeKind::Document).ownType) return NodeKind::Document;
  if (current) return *current;  // pg:Office outranks schema:Organization, whatever the order
  for (const auto& k : allKinds())
    if (k.schemaType == type && k.kind != NodeKind::Office) return k.kind;
  return NodeKind::Organization;
}

void collectReification(Reification& r, std::string_view predicate, std::string_view object, SerdType objectType) {
  static const std::string rdfSubject = std::string(RDF_NS) + "subject", rdfPredicate = std::string(RDF_NS) + "predicate",
                           rdfObject = std::string(RDF_NS) + "object", derivedFrom = std::string(PROV_NS) + "wasDerivedFrom",
                           sentence = std::string(PG_NS) + "sentence";
  const auto idPath = [&] { return object.starts_with(ID_NS) ? std::string(object.substr(ID_NS.size())) : std::string(); };
  static const std::string schemaName = std::string(SCHEMA_NS) + "name", schemaAlt = std::string(SCHEMA_NS) + "alternateName";
  if (predicate == rdfObject) r.value = object;
  if (objectType == SERD_LITERAL) {
    if (predicate == sentence) r.sentence = object;
  } else if (predicate == rdfSubject) {
    r.subject = idPath();
  } else if (predicate == rdfPredicate) {
    r.relation = relationFromIri(object);
    r.property = propertyFromIri(object);
    r.name = object == schemaName || object == schemaAlt;
  } else if (predicate == rdfObject) {
    r.object = idPath();
  } else if (predicate == derivedFrom) {
    r.document = idPath();
  }
}

SerdStatus onStatement(void* handle, SerdStatementFlags, const SerdNode* graphName, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode*, const SerdNode*) {
  auto* c = static_cast<Collector*>(handle);
  ++c->statements;
  SerdNode g = graphName ? serd_env_expand_node(c->env, graphName) : SERD_NODE_NULL;
  SerdNode s = serd_env_expand_node(c->env, subject);
  SerdNode p = serd_env_expand_node(c->env, predicate);
  SerdNode o = object->type == SERD_LITERAL ? serd_node_copy(object) : serd_env_expand_node(c->env, object);
  const std::string_view sv = view(&s), pv = view(&p), ov = view(&o);
  if (s.buf && p.buf && o.buf && sv.starts_with(ID_NS) && sv.find('#') != std::string_view::npos) {
    collectReification(c->reifications[std::string(sv)], pv, ov, object->type);  // a fact's provenance
  } else if (s.buf && p.buf && o.buf && sv.starts_with(ID_NS) && sv.size() > ID_NS.size()) {
    Subject& subj = c->subjects[std::string(sv.substr(ID_NS.size()))];
    static const std::string schemaName = std::string(SCHEMA_NS) + "name";  // built once, not per triple
    static const std::string schemaAlt = std::string(SCHEMA_NS) + "alternateName";
    if (pv == RDF_TYPE) {
      if (std::string_view(ov).starts_with(SCHEMA_NS) || std::string_view(ov).starts_with(PG_NS))
        subj.kind = kindFromType(ov, subj.kind);
    } else if (pv == schemaName && object->type == SERD_LITERAL) {
      subj.name = ov;
    } else if (pv == schemaAlt && object->type == SERD_LITERAL) {
      subj.alternateNames.emplace_back(ov);
    } else if (auto rel = relationFromIri(pv); rel && object->type == SERD_URI && ov.starts_with(ID_NS)) {
      subj.edges.emplace_back(*rel, std::string(ov.substr(ID_NS.size())));
      if (const std::string_view gv = view(&g); g.buf && gv.starts_with(ID_NS) && *rel != Relation::Mentions)
        c->factsInGraphs.push_back(FactInGraph{std::string(sv.substr(ID_NS.size())), std::string(ov.substr(ID_NS.size())),
                                               std::string(gv.substr(ID_NS.size())), *rel});
    } else if (auto prop = propertyFromIri(pv)) {
      subj.literals.emplace_back(*prop, std::string(ov));
    }
  }
  serd_node_free(&g);
  serd_node_free(&s);
  serd_node_free(&p);
  serd_node_free(&o);
  return SERD_SUCCESS;
}

SerdStatus onBase(void* handle, const SerdNode* uri) {
  return serd_env_set_base_uri(static_cast<Collector*>(handle)->env, uri);
}

SerdStatus onPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  return serd_env_set_prefix(static_cast<Collector*>(handle)->env, name, uri);
}

SerdStatus onError(void* handle, const SerdError* error) {
  auto* c = static_cast<Collector*>(handle);
  if (!c->error.empty()) return SERD_SUCCESS;  // the first error is the one to report
  char buf[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(buf, sizeof buf, error->fmt, args);
  va_end(args);
  c->error = buf;
  while (!c->error.empty() && (c->error.back() == '\n' || c->error.back() == ' ')) c->error.pop_back();
  c->errorLine = error->line;
  return SERD_SUCCESS;
}

NodeKind kindOf(const std::string& iriPath, const Subject& s) {
  if (s.kind) return *s.kind;
  const auto slash = iriPath.find('/');
  return kindFromSegment(iriPath.substr(0, slash)).value_or(NodeKind::Organization);
}

// Reads the file into `graph`, which is empty: which documents give which names and literals
// is read from this file alone (creditUnsourcedValues()).
std::size_t readInto(const std::string& path, KnowledgeGraph& graph) {
  const auto syntax = syntaxOf(path);
  if (!syntax) throw InputError(path, 0, "not a graph file (expected .ttl, .trig, .nt or .nq)");
  FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  if (std::error_code ec; path != "-" && std::filesystem::is_directory(path, ec)) {
    std::fclose(file);
    throw InputError(path, 0, "is a directory, not a graph file");
  }

  Collector c;
  c.env = serd_env_new(nullptr);
  SerdReader* reader = serd_reader_new(*syntax, &c, nullptr, onBase, onPrefix, onStatement, nullptr);
  serd_reader_set_error_sink(reader, onError, &c);
  const SerdStatus status = serd_reader_read_file_handle(reader, file, reinterpret_cast<const uint8_t*>(path.c_str()));
  serd_reader_free(reader);
  serd_env_free(c.env);
  if (path != "-") std::fclose(file);
  if (status > SERD_FAILURE || !c.error.empty())
    throw InputError(path, c.errorLine, "not valid RDF: " + (c.error.empty() ? std::string(reinterpret_cast<const char*>(serd_strerror(status))) : c.error));
  if (c.subjects.empty()) throw InputError(path, 0, "no Pressgraph nodes in this graph file");

  std::map<std::string, NodeId> ids;
  for (const auto& [iriPath, s] : c.subjects) {
    const NodeId id = graph.addNode(kindOf(iriPath, s), iriPath, s.name.empty() ? iriPath : s.name);
    ids.emplace(iriPath, id);
    for (const auto& alt : s.alternateNames) graph.addName(id, alt);
    for (const auto& [property, value] : s.literals) graph.addLiteral(id, property, value);
  }
  for (const auto& [iriPath, s] : c.subjects) {
    for (const auto& [relation, object] : s.edges) {
      auto it = ids.find(object);
      if (it == ids.end()) {  // an object never described as a subject: a bare node
        const auto slash = object.find('/');
        const NodeKind kind = kindFromSegment(object.substr(0, slash)).value_or(NodeKind::Organization);
        it = ids.emplace(object, graph.addNode(kind, object, object.substr(slash + 1))).first;
      }
      graph.addEdge(ids.at(iriPath), relation, it->second);
    }
  }
  // Provenance of facts the file states; a reification of a triple the file does not hold
  // asserts nothing in RDF, so it is left out too.
  std::set<std::tuple<std::uint32_t, Relation, std::uint32_t, std::uint32_t>> reified;  // (from, relation, to, document)
  for (const auto& [label, r] : c.reifications) {
    const auto from = ids.find(r.subject), to = ids.find(r.object), document = ids.find(r.document);
    if (!r.relation || from == ids.end() || to == ids.end() || document == ids.end()) continue;
    const Edge edge{from->second, *r.relation, to->second};
    if (!graph.hasEdge(edge)) continue;
    graph.addEvidence(edge, document->second, r.sentence);
    reified.emplace(edge.from.value, edge.relation, edge.to.value, document->second.value);
  }
  // A fact in a node's named graph is stated by that node (a document), even where no
  // reification says in which sentence; where one does, it has said all there is. The
  // document's own edges are its description, which its graph holds too, not what it states.
  for (const FactInGraph& f : c.factsInGraphs) {
    const auto document = ids.find(f.graph);
    if (document == ids.end() || f.subject == f.graph) continue;  // no node: older files' id:graph
    const auto from = ids.find(f.subject), to = ids.find(f.object);
    if (from == ids.end() || to == ids.end()) continue;
    const Edge edge{from->second, f.relation, to->second};
    if (!reified.count({edge.from.value, edge.relation, edge.to.value, document->second.value}))
      graph.addEvidence(edge, document->second, "");
  }
  // Which documents give which names and literals: those written out, and the rest, which
  // went without saying, to every document behind their node.
  for (const auto& [label, r] : c.reifications) {
    const auto node = ids.find(r.subject), document = ids.find(r.document);
    if (r.relation || (!r.name && !r.property) || node == ids.end() || document == ids.end()) continue;
    // A node only named as an object (no triples of its own) holds no values to credit.
    const auto described = c.subjects.find(r.subject);
    if (described == c.subjects.end()) continue;
    const auto& names = described->second;
    const bool held = r.name ? r.value == names.name || std::count(names.alternateNames.begin(), names.alternateNames.end(), r.value)
                             : std::count(names.literals.begin(), names.literals.end(), std::pair(*r.property, r.value));
    if (held) graph.addValueSource(StatedValue{node->second, r.name ? std::nullopt : r.property, r.value}, document->second);
  }
  graph.creditUnsourcedValues();
  return c.statements;
}

}  // namespace

bool isGraphFile(const std::string& path) { return path != "-" && syntaxOf(path).has_value(); }

std::size_t readGraph(const std::string& path, KnowledgeGraph& graph) {
  if (graph.nodeCount() == 0) return readInto(path, graph);
  KnowledgeGraph read;
  const std::size_t statements = readInto(path, read);
  graph.merge(read);
  return statements;
}

}  // namespace pressgraph
