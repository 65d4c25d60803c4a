// SPDX-License-Identifier: MIT
// The knowledge graph: every entity once, every fact once, stored on Boost.Graph behind this interface.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/DocumentGraph.h"
#include "graph/Types.h"

namespace pressgraph {

/// Where a fact comes from: the document that states it and the sentence it says it in
/// (empty where the fact follows from the text as a whole, such as an office's parent).
struct Evidence {
  NodeId document;
  std::string_view sentence;
  std::string_view rule;  ///< the extraction rule that found it, or empty (see build --explain)
};

/// A fact one document states, with its sentence and the rule that found it (or empty).
struct StatedFact {
  Edge edge;
  std::string_view sentence;
  std::string_view rule;
};

/// A name (no property) or a literal of a node, as one document gives it.
struct StatedValue {
  NodeId node;
  std::optional<Property> property;  ///< nullopt: a name, canonical or alternate
  std::string_view value;
};

/// The merged graph of a whole corpus. Nodes are identified by their IRI path under ID_NS
/// ("org/international-organization-for-migration"); adding a node that exists returns it.
/// Not thread-safe: extraction runs in parallel into DocumentGraphs, merging runs on one thread.
class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  /// The node with this IRI path, added with `name` if new; for a node that exists, `name`
  /// is offered as with offerName().
  NodeId addNode(NodeKind kind, std::string_view iriPath, std::string_view name);
  std::optional<NodeId> findByIri(std::string_view iriPath) const;
  /// Adds an alternate name (nothing if it is the canonical one).
  void addName(NodeId node, std::string_view name);
  /// A spelling seen for the node: it replaces the canonical name when both fold to the same
  /// key and it is the better spelling (betterName()); otherwise it becomes an alternate.
  void offerName(NodeId node, std::string_view name);
  void addLiteral(NodeId node, Property property, std::string_view value);
  /// Adds the edge unless it exists; returns whether it was new.
  bool addEdge(NodeId from, Relation relation, NodeId to);
  bool hasEdge(const Edge& edge) const;
  /// Records that `document` states the edge (which must exist) in `sentence`, as found by
  /// `rule` (empty: not recorded). Stated again in the same sentence, the first rule stays.
  void addEvidence(const Edge& edge, NodeId document, std::string_view sentence, std::string_view rule = {});
  /// The documents and sentences behind an edge, by document IRI, then sentence.
  std::vector<Evidence> evidence(const Edge& edge) const;
  /// The facts a document states, by subject IRI, relation, object IRI, then sentence.
  std::vector<StatedFact> statedBy(NodeId document) const;
  /// Documents that state at least one fact, or a value valuesStatedBy() returns, by IRI.
  std::vector<NodeId> documentsWithEvidence() const;
  std::size_t evidenceCount() const;

  /// Records that `document` gives `node` a name (property nullopt) or literal it has.
  void addValueSource(const StatedValue& value, NodeId document);
  /// The names and literals `document` gives that not every document behind their node gives,
  /// by node IRI, names first, then property and value. The others go without saying (the
  /// canonical name of an organization, a city's GeoNames IRI): a reader credits them with
  /// creditUnsourcedValues(). A node's documents are those that mention it or state a fact
  /// about it.
  std::vector<StatedValue> valuesStatedBy(NodeId document) const;
  /// Credits each name and literal no document is recorded to give to every document behind
  /// its node: the reading of a graph written with valuesStatedBy().
  void creditUnsourcedValues();

  /// This graph without `documents` and what only they said: their provenance, the facts no
  /// other document states, the names and literals no other document gives, and the nodes no
  /// document mentions and no remaining fact uses any more. A fact no document states (one
  /// read from a graph without provenance) stays while its subject does, and so does its
  /// object. A new graph, since nodes are never removed in place: NodeIds change.
  KnowledgeGraph withoutDocuments(const std::vector<NodeId>& documents) const;

  /// Merges one document's graph, with the evidence of its edges, and with the rules that found
  /// them when `withRules` (build --explain); returns the document's node.
  NodeId merge(const DocumentGraph& doc, bool withRules = false);
  /// Merges another whole graph (sharded builds), its provenance and value sources too.
  void merge(const KnowledgeGraph& other);

  std::size_t nodeCount() const;
  std::size_t edgeCount() const;

  NodeKind kind(NodeId node) const;
  std::string_view iriPath(NodeId node) const;
  /// The full IRI: ID_NS + iriPath.
  std::string iri(NodeId node) const;
  std::string_view name(NodeId node) const;
  /// Every other spelling, sorted.
  std::vector<std::string_view> alternateNames(NodeId node) const;
  /// Literals sorted by property, then value.
  std::vector<std::pair<Property, std::string_view>> literals(NodeId node) const;
  std::optional<std::string_view> literal(NodeId node, Property property) const;

  /// Edges leaving / entering a node, sorted by relation then the other end's IRI.
  std::vector<Edge> outEdges(NodeId node) const;
  std::vector<Edge> inEdges(NodeId node) const;
  /// The edges of outEdges() / inEdges() with one of these relations, in the same order,
  /// without sorting the others (the thousands of documents that mention an organization).
  std::vector<Edge> outEdges(NodeId node, std::span<const Relation> relations) const;
  std::vector<Edge> inEdges(NodeId node, std::span<const Relation> relations) const;
  /// inEdges(node, relations) in no particular order, for a caller that groups them itself
  /// rather than pay for sorting an organization's thousands of events by IRI.
  std::vector<Edge> inEdgesUnsorted(NodeId node, std::span<const Relation> relations) const;
  /// Builds the index of every node's edges the calls above scan, which their first call after
  /// a change would build otherwise: loading a graph calls it, so that a query is quick.
  void indexAdjacency() const;
  /// Every node, sorted by IRI path: the order all writers use.
  std::vector<NodeId> nodesByIri() const;
  /// iriPath(a) < iriPath(b), without comparing the strings where the nodes were added in IRI
  /// order (a graph read from a file, whose nodes the reader adds so).
  bool iriLess(NodeId a, NodeId b) const;
  /// Nodes whose name or alternate name has the folded key of `name` (see foldName()).
  /// By NodeId, each once.
  std::vector<NodeId> findByName(std::string_view name) const;
  /// Builds the index findByName() uses, which its first call after a change would build
  /// otherwise: loading a graph calls it, so that a query after loading is quick.
  void indexNames() const;
  /// For writers that draw or export through Boost itself (GraphML, DOT).
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  /// Builds Impl::statedValues if a change made it stale.
  void indexStatedValues() const;
  /// Frees the index indexAdjacency() built, which a new node or edge makes stale.
  void dropAdjacency();

  std::unique_ptr<Impl> impl_;
};

/// Which of two spellings of one entity is canonical. Symmetric and total, so that merging
/// shards in any order picks the same name.
bool betterName(std::string_view a, std::string_view b);

}  // namespace pressgraph
