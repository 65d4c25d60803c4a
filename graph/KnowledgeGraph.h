// SPDX-License-Identifier: MIT
// The knowledge graph: every entity once, every fact once, stored on Boost.Graph behind this interface.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/DocumentGraph.h"
#include "graph/Types.h"

namespace pressgraph {

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
  /// Merges one document's graph; returns the document's node.
  NodeId merge(const DocumentGraph& doc);
  /// Merges another whole graph (sharded builds).
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
  /// Every node, sorted by IRI path: the order all writers use.
  std::vector<NodeId> nodesByIri() const;
  /// Nodes whose name or alternate name has the folded key of `name` (see foldName()).
  std::vector<NodeId> findByName(std::string_view name) const;
  /// For writers that draw or export through Boost itself (GraphML, DOT).
  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

/// Which of two spellings of one entity is canonical. Symmetric and total, so that merging
/// shards in any order picks the same name.
bool betterName(std::string_view a, std::string_view b);

}  // namespace pressgraph
