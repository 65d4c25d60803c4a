// SPDX-License-Identifier: MIT
// Serd statement sink that collects what the statements say as interned ids, then builds nodes in IRI order.
#include "loaders/GraphLoader.h"

#include "graph/Names.h"
#include "graph/StringPool.h"

#include <serd/serd.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
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

constexpr std::uint32_t NONE = UINT32_MAX;

// The IRI a URI or CURIE node stands for, as serd_env_expand_node() gives it but without its
// cost: an absolute IRI is taken as it is (Serd would parse and re-serialise it to the same
// bytes, and allocate), a CURIE is joined from its prefix and suffix in `buffer`; only a
// relative IRI goes through Serd to be resolved against the base. A literal stands for its
// text where `literalOk`. False where Serd gives nothing: a blank node, an unknown prefix.
bool expand(const SerdEnv* env, const SerdNode* node, bool literalOk, std::string& buffer, std::string_view& out) {
  switch (node->type) {
    case SERD_LITERAL:
      out = view(node);
      return literalOk;
    case SERD_URI:
      if (serd_uri_string_has_scheme(node->buf)) {
        out = view(node);
      } else {
        SerdNode resolved = serd_env_expand_node(env, node);
        if (!resolved.buf) return false;
        buffer.assign(view(&resolved));
        serd_node_free(&resolved);
        out = buffer;
      }
      return true;
    case SERD_CURIE: {
      SerdChunk prefix, suffix;
      if (serd_env_expand(env, node, &prefix, &suffix)) return false;
      buffer.assign(reinterpret_cast<const char*>(prefix.buf), prefix.len);
      buffer.append(reinterpret_cast<const char*>(suffix.buf), suffix.len);
      out = buffer;
      return true;
    }
    default:
      return false;
  }
}

// What a predicate IRI (or the object of rdf:predicate) means to the reader, worked out once per
// distinct IRI rather than per triple.
struct Predicate {
  enum Role : std::uint8_t { Other, Type, Name, AlternateName, RdfSubject, RdfPredicate, RdfObject, DerivedFrom, Sentence, Rule };
  Role role = Other;
  std::optional<Relation> relation;
  std::optional<Property> property;
};

Predicate classify(std::string_view iri) {
  Predicate p{Predicate::Other, relationFromIri(iri), propertyFromIri(iri)};
  const auto is = [&](std::string_view ns, std::string_view local) {
    return iri.size() == ns.size() + local.size() && iri.starts_with(ns) && iri.ends_with(local);
  };
  if (iri == RDF_TYPE) p.role = Predicate::Type;
  else if (is(SCHEMA_NS, "name")) p.role = Predicate::Name;
  else if (is(SCHEMA_NS, "alternateName")) p.role = Predicate::AlternateName;
  else if (is(RDF_NS, "subject")) p.role = Predicate::RdfSubject;
  else if (is(RDF_NS, "predicate")) p.role = Predicate::RdfPredicate;
  else if (is(RDF_NS, "object")) p.role = Predicate::RdfObject;
  else if (is(PROV_NS, "wasDerivedFrom")) p.role = Predicate::DerivedFrom;
  else if (is(PG_NS, "sentence")) p.role = Predicate::Sentence;
  else if (is(PG_NS, "rule")) p.role = Predicate::Rule;
  return p;
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// A node described by triples of its own (subject of at least one), by IRI path id.
struct Subject {
  std::optional<NodeKind> kind;
  std::uint32_t name = NONE;  // in Collector::values; NONE: no schema:name, which reads as ""
  bool described = false;
};

// An rdf:Statement the writer made for the provenance of a fact, or of a name or literal a
// document gives (see writers/RdfWriter.cpp), named <ID_NS + path#fragment>. Its triples are
// usually together, but need not be: each run of them is one record, and records with the
// same key are folded in file order, the later triple winning as it would in one record.
struct Reification {
  std::uint64_t key = 0;                                              // (path id << 32) | fragment id
  std::uint32_t subject = NONE, object = NONE, document = NONE;       // paths; NONE reads as ""
  std::uint32_t sentence = NONE, value = NONE, rule = NONE;            // values; NONE reads as ""
  std::optional<Relation> relation;
  std::optional<Property> property;
  bool name = false;  // rdf:predicate schema:name or schema:alternateName
  std::uint8_t set = 0;
  enum : std::uint8_t { SUBJECT = 1, OBJECT = 2, DOCUMENT = 4, SENTENCE = 8, VALUE = 16, PREDICATE = 32, RULE = 64 };

  void foldIn(const Reification& later) {
    if (later.set & SUBJECT) subject = later.subject;
    if (later.set & OBJECT) object = later.object;
    if (later.set & DOCUMENT) document = later.document;
    if (later.set & SENTENCE) sentence = later.sentence;
    if (later.set & RULE) rule = later.rule;
    if (later.set & VALUE) value = later.value;
    if (later.set & PREDICATE) relation = later.relation, property = later.property, name = later.name;
    set |= later.set;
  }
};

// A (subject path, field, value) triple: a name (field NAME), an alternate name, or a
// literal (field = its Property), or an edge (field = its Relation, value = object path).
struct Statement {
  std::uint32_t subject;
  std::uint32_t value;
  std::uint8_t field;
};

// A fact found in a named graph: in the writer's TriG and N-Quads, a document's graph holds
// the facts the document states (see writers/RdfWriter.cpp).
struct FactInGraph {
  std::uint32_t subject, object, graph;  // paths
  Relation relation;
};

// What the statements said, strings interned to ids: IRI paths under ID_NS in `paths`
// (dense, so subjects are indexed by them), names, literals and sentences in `values`.
// Serd's Turtle reader recurses once for each "[" or "(" it is inside, and a file nested some
// ten thousand deep overflows the stack. The bytes reach Serd through this filter, which
// follows the nesting outside IRIs, strings and comments and ends the input where it passes
// MAX_NESTING; readInto() then reports that, not Serd's "unexpected end of file".
class NestingGuard {
 public:
  static constexpr int MAX_NESTING = 1000;

  explicit NestingGuard(FILE* file) : file_(file) {}

  // A SerdSource: fread() from the file, cut short where the nesting gets too deep.
  static std::size_t read(void* buffer, std::size_t size, std::size_t count, void* self) {
    auto& guard = *static_cast<NestingGuard*>(self);
    if (guard.tooDeep_ || guard.nul_) return 0;
    std::size_t n = std::fread(buffer, size, count, guard.file_) * size;
    const char* bytes = static_cast<const char*>(buffer);
    // Serd ends a comment (and its page) at a NUL byte and reads on, where the scan below would
    // still be in the comment: a NUL ends the input here, and readInto() refuses the file.
    if (const void* nul = std::memchr(bytes, '\0', n)) {
      guard.nul_ = true;
      n = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes);
    }
    const std::size_t kept = guard.scan(bytes, n);
    guard.lines_ += static_cast<std::size_t>(std::count(bytes, bytes + kept, '\n'));
    return size == 1 ? kept : kept / size;
  }
  static int error(void* self) { return std::ferror(static_cast<NestingGuard*>(self)->file_); }

  bool tooDeep() const { return tooDeep_; }
  bool sawNul() const { return nul_ && !tooDeep_; }
  /// The line where the nesting went too deep.
  std::size_t line() const { return lines_ + 1; }

 private:
  enum class State : std::uint8_t { Plain, Escaped, Iri, Comment, Quote, String, StringEscaped, LongString, LongStringEscaped };

  // How many of the n bytes Serd may read: all, or those before the bracket that nests too deep.
  std::size_t scan(const char* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      const char c = p[i];
      switch (state_) {
        case State::Plain:
          if (c == '[' || c == '(') {
            if (++depth_ > MAX_NESTING) {
              tooDeep_ = true;
              return i;
            }
          } else if (c == ']' || c == ')') {
            if (depth_ > 0) --depth_;
          } else if (c == '<') {
            state_ = State::Iri;
          } else if (c == '#') {
            state_ = State::Comment;
          } else if (c == '"' || c == '\'') {
            quote_ = c;
            quotes_ = 1;
            state_ = State::Quote;
          } else if (c == '\\') {
            state_ = State::Escaped;  // "ex:a\(b": a local name, not a list
          }
          break;
        case State::Escaped: state_ = State::Plain; break;
        case State::Iri: {  // most of a graph file is IRIs and strings: skip to their ends
          const void* end = std::memchr(p + i, '>', n - i);
          if (!end) return n;
          i = static_cast<std::size_t>(static_cast<const char*>(end) - p);
          state_ = State::Plain;
          break;
        }
        case State::Comment:
          if (c == '\n' || c == '\r') state_ = State::Plain;
          break;
        case State::Quote:  // after one or two quotes: an empty string, a short one or a long one
          if (c == quote_ && quotes_ == 1) {
            quotes_ = 2;
          } else if (c == quote_) {
            state_ = State::LongString;
            quotes_ = 0;
          } else if (quotes_ == 2) {
            state_ = State::Plain;
            --i;  // the empty string is over: read this byte again
          } else {
            state_ = c == '\\' ? State::StringEscaped : c == '\n' ? State::Plain : State::String;
          }
          break;
        case State::String:  // a short string also ends at a line end, where Serd stops reading it
          i = stringEnd(p, i, n, '\n');
          if (i == n) return n;
          state_ = p[i] == '\\' ? State::StringEscaped : State::Plain;
          break;
        case State::StringEscaped: state_ = State::String; break;
        case State::LongString:
          if (quotes_ == 0) {
            i = stringEnd(p, i, n, '\\');
            if (i == n) return n;
          }
          if (p[i] == '\\') {
            state_ = State::LongStringEscaped;
            quotes_ = 0;
          } else if (p[i] != quote_) {
            quotes_ = 0;
          } else if (++quotes_ == 3) {
            state_ = State::Plain;
          }
          break;
        case State::LongStringEscaped: state_ = State::LongString; break;
      }
    }
    return n;
  }

  // The first quote, backslash or `also` in [i, n), or n.
  std::size_t stringEnd(const char* p, std::size_t i, std::size_t n, char also) const {
    std::size_t end = n;
    for (const char c : {quote_, '\\', also})
      if (const void* at = std::memchr(p + i, c, end - i)) end = static_cast<std::size_t>(static_cast<const char*>(at) - p);
    return end;
  }

  FILE* file_;
  State state_ = State::Plain;
  char quote_ = '"';
  int quotes_ = 0;
  int depth_ = 0;
  bool tooDeep_ = false;
  bool nul_ = false;
  std::size_t lines_ = 0;
};

struct Collector {
  SerdEnv* env = nullptr;
  StringPool paths, values, fragments;
  std::uint32_t emptyPath = 0, emptyValue = 0;
  std::vector<Subject> subjects;                 // by path id
  std::vector<Statement> alternateNames, literals, edges;  // in file order
  std::vector<Reification> reifications;         // runs, in file order
  std::vector<FactInGraph> factsInGraphs;
  std::unordered_map<std::string, Predicate, StringHash, std::equal_to<>> predicates;
  std::string error;
  unsigned errorLine = 0;
  std::size_t statements = 0;

  // The subject of the previous statement, as Serd gave it, and what it was: the subjects of
  // a file come in runs (Turtle's ';', a reification's five triples), so most are not expanded
  // or looked up again. Cleared when a prefix or the base changes what a node expands to.
  enum class SubjectKind : std::uint8_t { Ignored, Entity, Statement };
  std::string lastSubject;
  SerdType lastSubjectType = SERD_NOTHING;
  SubjectKind lastKind = SubjectKind::Ignored;
  std::uint32_t lastIndex = 0;  // a path id (Entity) or a position in `reifications`
  std::string subjectBuffer, predicateBuffer, objectBuffer, graphBuffer;

  const Predicate& predicate(std::string_view iri) {
    if (auto it = predicates.find(iri); it != predicates.end()) return it->second;
    return predicates.emplace(std::string(iri), classify(iri)).first->second;
  }
  std::uint32_t path(std::string_view iriPath) {
    const std::uint32_t id = paths.intern(iriPath);
    if (id >= subjects.size()) subjects.resize(id + 1);
    return id;
  }
  // The path of an IRI under ID_NS; any other IRI reads as the empty path.
  std::uint32_t idPath(std::string_view iri) { return iri.starts_with(ID_NS) ? path(iri.substr(ID_NS.size())) : emptyPath; }
};

NodeKind kindFromType(std::string_view type, std::optional<NodeKind> current) {
  if (type == info(NodeKind::Office).ownType) return NodeKind::Office;
  if (type == info(NodeKind::Document).ownType) return NodeKind::Document;
  if (current) return *current;  // pg:Office outranks schema:Organization, whatever the order
  for (const auto& k : allKinds())
    if (k.schemaType == type && k.kind != NodeKind::Office) return k.kind;
  return NodeKind::Organization;
}

void collectReification(Collector& c, Reification& r, const Predicate& p, std::string_view object, SerdType objectType) {
  if (p.role == Predicate::RdfObject) r.value = c.values.intern(object), r.set |= Reification::VALUE;
  if (objectType == SERD_LITERAL) {
    if (p.role == Predicate::Sentence) r.sentence = c.values.intern(object), r.set |= Reification::SENTENCE;
    if (p.role == Predicate::Rule) r.rule = c.values.intern(object), r.set |= Reification::RULE;
  } else if (p.role == Predicate::RdfSubject) {
    r.subject = c.idPath(object), r.set |= Reification::SUBJECT;
  } else if (p.role == Predicate::RdfPredicate) {
    const Predicate& of = c.predicate(object);
    r.relation = of.relation;
    r.property = of.property;
    r.name = of.role == Predicate::Name || of.role == Predicate::AlternateName;
    r.set |= Reification::PREDICATE;
  } else if (p.role == Predicate::RdfObject) {
    r.object = c.idPath(object), r.set |= Reification::OBJECT;
  } else if (p.role == Predicate::DerivedFrom) {
    r.document = c.idPath(object), r.set |= Reification::DOCUMENT;
  }
}

// Works out what the statement's subject is, unless it is the previous statement's.
void classifySubject(Collector& c, const SerdNode* subject) {
  const std::string_view raw = view(subject);
  if (subject->type == c.lastSubjectType && raw == c.lastSubject) return;
  c.lastSubject.assign(raw);
  c.lastSubjectType = subject->type;
  c.lastKind = Collector::SubjectKind::Ignored;
  std::string_view sv;
  if (!expand(c.env, subject, false, c.subjectBuffer, sv) || !sv.starts_with(ID_NS)) return;
  if (const auto hash = sv.find('#'); hash != std::string_view::npos) {  // a fact's provenance
    const std::uint64_t key = (static_cast<std::uint64_t>(c.path(sv.substr(ID_NS.size(), hash - ID_NS.size()))) << 32) |
                              c.fragments.intern(sv.substr(hash + 1));
    c.reifications.emplace_back().key = key;
    c.lastKind = Collector::SubjectKind::Statement;
    c.lastIndex = static_cast<std::uint32_t>(c.reifications.size() - 1);
  } else if (sv.size() > ID_NS.size()) {
    c.lastKind = Collector::SubjectKind::Entity;
    c.lastIndex = c.path(sv.substr(ID_NS.size()));
  }
}

SerdStatus onStatement(void* handle, SerdStatementFlags, const SerdNode* graphName, const SerdNode* subject,
                       const SerdNode* predicate, const SerdNode* object, const SerdNode*, const SerdNode*) {
  auto& c = *static_cast<Collector*>(handle);
  ++c.statements;
  classifySubject(c, subject);
  if (c.lastKind == Collector::SubjectKind::Ignored) return SERD_SUCCESS;
  std::string_view pv, ov;
  if (!expand(c.env, predicate, false, c.predicateBuffer, pv) || !expand(c.env, object, true, c.objectBuffer, ov))
    return SERD_SUCCESS;
  std::string_view gv;
  if (graphName && !expand(c.env, graphName, false, c.graphBuffer, gv)) graphName = nullptr;
  const Predicate& p = c.predicate(pv);
  if (c.lastKind == Collector::SubjectKind::Statement) {
    collectReification(c, c.reifications[c.lastIndex], p, ov, object->type);
    return SERD_SUCCESS;
  }
  const std::uint32_t s = c.lastIndex;  // c.path() may grow c.subjects: no reference is held
  c.subjects[s].described = true;
  if (p.role == Predicate::Type) {
    if (ov.starts_with(SCHEMA_NS) || ov.starts_with(PG_NS)) c.subjects[s].kind = kindFromType(ov, c.subjects[s].kind);
  } else if (p.role == Predicate::Name && object->type == SERD_LITERAL) {
    c.subjects[s].name = c.values.intern(ov);
  } else if (p.role == Predicate::AlternateName && object->type == SERD_LITERAL) {
    c.alternateNames.push_back(Statement{s, c.values.intern(ov), 0});
  } else if (p.relation && (object->type == SERD_URI || object->type == SERD_CURIE) && ov.starts_with(ID_NS)) {
    const std::uint32_t o = c.path(ov.substr(ID_NS.size()));
    c.edges.push_back(Statement{s, o, static_cast<std::uint8_t>(*p.relation)});
    if (graphName && gv.starts_with(ID_NS) && *p.relation != Relation::Mentions)
      c.factsInGraphs.push_back(FactInGraph{s, o, c.path(gv.substr(ID_NS.size())), *p.relation});
  } else if (p.property) {
    c.literals.push_back(Statement{s, c.values.intern(ov), static_cast<std::uint8_t>(*p.property)});
  }
  return SERD_SUCCESS;
}

SerdStatus onBase(void* handle, const SerdNode* uri) {
  auto* c = static_cast<Collector*>(handle);
  c->lastSubjectType = SERD_NOTHING;
  return serd_env_set_base_uri(c->env, uri);
}

SerdStatus onPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
  auto* c = static_cast<Collector*>(handle);
  c->lastSubjectType = SERD_NOTHING;
  return serd_env_set_prefix(c->env, name, uri);
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

NodeKind kindOf(std::string_view iriPath, const Subject& s) {
  if (s.kind) return *s.kind;
  const auto slash = iriPath.find('/');
  return kindFromSegment(iriPath.substr(0, slash)).value_or(NodeKind::Organization);
}

// The statements of one subject, which `sorted` holds stably sorted by subject.
std::span<const Statement> statementsOf(const std::vector<Statement>& sorted, std::uint32_t subject) {
  const auto [first, last] = std::equal_range(sorted.begin(), sorted.end(), Statement{subject, 0, 0},
                                              [](const Statement& a, const Statement& b) { return a.subject < b.subject; });
  return {first, last};
}

void sortBySubject(std::vector<Statement>& statements) {
  std::stable_sort(statements.begin(), statements.end(), [](const Statement& a, const Statement& b) { return a.subject < b.subject; });
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
  c.emptyPath = c.path("");
  c.emptyValue = c.values.intern("");
  c.env = serd_env_new(nullptr);
  SerdReader* reader = serd_reader_new(*syntax, &c, nullptr, onBase, onPrefix, onStatement, nullptr);
  serd_reader_set_error_sink(reader, onError, &c);
  NestingGuard guard(file);
  const SerdStatus status = serd_reader_read_source(reader, NestingGuard::read, NestingGuard::error, &guard,
                                                    reinterpret_cast<const uint8_t*>(path.c_str()), 4096);
  serd_reader_free(reader);
  serd_env_free(c.env);
  if (path != "-") std::fclose(file);
  if (guard.sawNul()) throw InputError(path, guard.line(), "a NUL byte: not a graph Pressgraph reads");
  if (guard.tooDeep())
    throw InputError(path, guard.line(), "blank nodes or lists nested more than " + std::to_string(NestingGuard::MAX_NESTING) +
                                             " deep: not a graph Pressgraph reads");
  if (status > SERD_FAILURE || !c.error.empty())
    throw InputError(path, c.errorLine, "not valid RDF: " + (c.error.empty() ? std::string(reinterpret_cast<const char*>(serd_strerror(status))) : c.error));

  // Nodes are created in IRI order, each with its names and literals in file order.
  std::vector<std::uint32_t> described;
  for (std::uint32_t s = 0; s < c.subjects.size(); ++s)
    if (c.subjects[s].described) described.push_back(s);
  if (described.empty()) throw InputError(path, 0, "no Pressgraph nodes in this graph file");
  std::sort(described.begin(), described.end(), [&](std::uint32_t a, std::uint32_t b) { return c.paths.view(a) < c.paths.view(b); });
  sortBySubject(c.alternateNames);
  sortBySubject(c.literals);
  sortBySubject(c.edges);

  std::vector<NodeId> ids(c.paths.size());
  std::vector<bool> isNode(c.paths.size(), false);
  for (std::uint32_t s : described) {
    const Subject& subj = c.subjects[s];
    const std::string_view iriPath = c.paths.view(s);
    const std::string_view name = subj.name == NONE ? std::string_view{} : c.values.view(subj.name);
    ids[s] = graph.addNode(kindOf(iriPath, subj), iriPath, name.empty() ? iriPath : name);
    isNode[s] = true;
    for (const Statement& alt : statementsOf(c.alternateNames, s)) graph.addName(ids[s], c.values.view(alt.value));
    for (const Statement& lit : statementsOf(c.literals, s))
      graph.addLiteral(ids[s], static_cast<Property>(lit.field), c.values.view(lit.value));
  }
  for (std::uint32_t s : described) {
    for (const Statement& e : statementsOf(c.edges, s)) {
      if (!isNode[e.value]) {  // an object never described as a subject: a bare node
        const std::string_view object = c.paths.view(e.value);
        const auto slash = object.find('/');
        const NodeKind kind = kindFromSegment(object.substr(0, slash)).value_or(NodeKind::Organization);
        ids[e.value] = graph.addNode(kind, object, object.substr(slash == std::string_view::npos ? 0 : slash + 1));
        isNode[e.value] = true;
      }
      graph.addEdge(ids[s], static_cast<Relation>(e.field), ids[e.value]);
    }
  }
  // A path a reification never set reads as "", like any IRI outside ID_NS.
  const auto node = [&](std::uint32_t p) -> std::optional<NodeId> {
    if (p == NONE) p = c.emptyPath;
    return isNode[p] ? std::optional(ids[p]) : std::nullopt;
  };
  const auto value = [&](std::uint32_t v) { return v == NONE ? c.emptyValue : v; };

  // A reification's triples in two places of the file make two records: fold them.
  std::stable_sort(c.reifications.begin(), c.reifications.end(), [](const Reification& a, const Reification& b) { return a.key < b.key; });
  std::size_t folded = 0;
  for (std::size_t i = 0; i < c.reifications.size(); ++i) {
    if (folded > 0 && c.reifications[folded - 1].key == c.reifications[i].key)
      c.reifications[folded - 1].foldIn(c.reifications[i]);
    else
      c.reifications[folded++] = c.reifications[i];
  }
  c.reifications.resize(folded);

  // Provenance of facts the file states; a reification of a triple the file does not hold
  // asserts nothing in RDF, so it is left out too.
  std::vector<std::tuple<std::uint32_t, Relation, std::uint32_t, std::uint32_t>> reified;  // (from, relation, to, document)
  for (const Reification& r : c.reifications) {
    const auto from = node(r.subject), to = node(r.object), document = node(r.document);
    if (!r.relation || !from || !to || !document) continue;
    const Edge edge{*from, *r.relation, *to};
    if (!graph.hasEdge(edge)) continue;
    graph.addEvidence(edge, *document, c.values.view(value(r.sentence)), c.values.view(value(r.rule)));
    if (!c.factsInGraphs.empty()) reified.emplace_back(edge.from.value, edge.relation, edge.to.value, document->value);
  }
  std::sort(reified.begin(), reified.end());
  // A fact in a node's named graph is stated by that node (a document), even where no
  // reification says in which sentence; where one does, it has said all there is. The
  // document's own edges are its description, which its graph holds too, not what it states.
  for (const FactInGraph& f : c.factsInGraphs) {
    const auto document = node(f.graph);
    if (!document || f.subject == f.graph) continue;  // no node: older files' id:graph
    const auto from = node(f.subject), to = node(f.object);
    if (!from || !to) continue;
    const Edge edge{*from, f.relation, *to};
    if (!std::binary_search(reified.begin(), reified.end(), std::tuple(edge.from.value, edge.relation, edge.to.value, document->value)))
      graph.addEvidence(edge, *document, "");
  }
  // Which documents give which names and literals: those written out, and the rest, which
  // went without saying, to every document behind their node.
  for (const Reification& r : c.reifications) {
    const auto subject = node(r.subject), document = node(r.document);
    if (r.relation || (!r.name && !r.property) || !subject || !document) continue;
    // A node only named as an object (no triples of its own) holds no values to credit.
    const std::uint32_t s = r.subject == NONE ? c.emptyPath : r.subject;
    if (!c.subjects[s].described) continue;
    const std::uint32_t v = value(r.value);
    bool held = false;
    if (r.name) {
      held = v == value(c.subjects[s].name);
      for (const Statement& alt : statementsOf(c.alternateNames, s)) held = held || alt.value == v;
    } else {
      for (const Statement& lit : statementsOf(c.literals, s))
        held = held || (lit.value == v && lit.field == static_cast<std::uint8_t>(*r.property));
    }
    if (held) graph.addValueSource(StatedValue{*subject, r.name ? std::nullopt : r.property, c.values.view(v)}, *document);
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
