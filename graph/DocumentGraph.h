// SPDX-License-Identifier: MIT
// What the extractors found in one document, before it is merged into the knowledge graph.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ontology/Vocabulary.h"

namespace pressgraph {

/// A node local to one document. `key` is the node's IRI path under ID_NS ("org/iom",
/// "city/minsk-by"): two nodes with one key are one entity, in this document and across documents.
struct DocNode {
  NodeKind kind;
  std::string key;
  std::string name;
  std::vector<std::string> alternateNames;
  std::vector<std::pair<Property, std::string>> literals;
  /// False for a node the text implies but does not name (the country of a named city):
  /// it joins the graph without a schema:mentions edge from the document.
  bool mentioned = true;
};

/// A local edge; `sentence` indexes DocumentGraph::sentences (the provenance of the fact) and
/// `rule` names the extraction rule that found it ("role.passive-by-agent"): a string literal or
/// one of the standard Lexicon's, which live as long as the program.
struct DocEdge {
  std::uint32_t from;
  Relation relation;
  std::uint32_t to;
  std::uint32_t sentence;
  std::string_view rule;
};

/// One document's nodes and edges. Built by one extractor thread, owned by value, merged by
/// KnowledgeGraph::merge in input order so the result does not depend on thread timing.
class DocumentGraph {
 public:
  static constexpr std::uint32_t NO_SENTENCE = UINT32_MAX;

  /// `identifier` is the document's path relative to its input argument, or its record id.
  /// `source` tells documents with one identifier apart ("a/release.txt" and "b/release.txt"
  /// both named "release.txt"); it defaults to the identifier.
  explicit DocumentGraph(std::string identifier, std::string_view source = {});

  const std::string& identifier() const { return identifier_; }
  /// The document's own node (always node 0).
  std::uint32_t documentNode() const { return 0; }

  /// The node with this key, added with `name` on first sight; later names become alternates.
  /// A node added as not `mentioned` becomes mentioned when it is added again as mentioned.
  std::uint32_t addNode(NodeKind kind, std::string key, std::string_view name, bool mentioned = true);
  std::optional<std::uint32_t> find(std::string_view key) const;
  void addName(std::uint32_t node, std::string_view name);
  void addLiteral(std::uint32_t node, Property property, std::string_view value);
  /// Removes the node's values of `property` (the extractor's corrections).
  void removeLiterals(std::uint32_t node, Property property);
  /// `rule` must outlive the graph (rule ids are string literals).
  void addEdge(std::uint32_t from, Relation relation, std::uint32_t to,
               std::uint32_t sentence = NO_SENTENCE, std::string_view rule = {});
  bool hasEdge(std::uint32_t from, Relation relation, std::uint32_t to) const;
  /// Removes every edge from `from` with `relation` to `to` (the extractor's corrections).
  void removeEdge(std::uint32_t from, Relation relation, std::uint32_t to);
  /// Removes a node and every edge to or from it; the nodes after it move down by one (ids
  /// held elsewhere go stale). For the extractor's corrections: an event found to be background.
  void removeNode(std::uint32_t node);
  std::uint32_t addSentence(std::string sentence);

  const std::vector<DocNode>& nodes() const { return nodes_; }
  const std::vector<DocEdge>& edges() const { return edges_; }
  const std::vector<std::string>& sentences() const { return sentences_; }
  const DocNode& node(std::uint32_t id) const { return nodes_[id]; }

 private:
  std::string identifier_;
  std::vector<DocNode> nodes_;
  std::vector<DocEdge> edges_;
  std::vector<std::string> sentences_;
  std::unordered_map<std::string, std::uint32_t> byKey_;
};

}  // namespace pressgraph
