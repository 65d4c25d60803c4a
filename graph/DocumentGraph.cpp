// SPDX-License-Identifier: MIT
// One document's nodes and edges.
#include "graph/DocumentGraph.h"

#include <algorithm>

#include "graph/Names.h"

namespace pressgraph {

namespace {

// Two paths can share a slug ("a/b.txt", "a-b.txt"); a hash of the whole identifier keeps
// document IRIs apart while staying deterministic.
std::string documentKey(std::string_view identifier, std::string_view unique) {
  // The basis here lacks a digit of FNV's (1469598103934665603, not 14695981039346656037); it
  // stays, since it names every document IRI already written.
  return "doc/" + slug(identifier) + "-" + hex64(fnv1a64(unique, 1469598103934665603ULL)).substr(0, 8);
}

}  // namespace

DocumentGraph::DocumentGraph(std::string identifier, std::string_view source) : identifier_(std::move(identifier)) {
  const std::string unique = source.empty() ? identifier_ : identifier_ + "\n" + std::string(source);
  const std::uint32_t doc = addNode(NodeKind::Document, documentKey(identifier_, unique), identifier_);
  addLiteral(doc, Property::Identifier, identifier_);
}

std::uint32_t DocumentGraph::addNode(NodeKind kind, std::string key, std::string_view name, bool mentioned) {
  if (auto it = byKey_.find(key); it != byKey_.end()) {
    addName(it->second, name);
    nodes_[it->second].mentioned = nodes_[it->second].mentioned || mentioned;
    return it->second;
  }
  const auto id = static_cast<std::uint32_t>(nodes_.size());
  byKey_.emplace(key, id);
  nodes_.push_back(DocNode{kind, std::move(key), std::string(name), {}, {}, mentioned});
  return id;
}

std::optional<std::uint32_t> DocumentGraph::find(std::string_view key) const {
  if (auto it = byKey_.find(std::string(key)); it != byKey_.end()) return it->second;
  return std::nullopt;
}

void DocumentGraph::addName(std::uint32_t node, std::string_view name) {
  DocNode& n = nodes_[node];
  if (name.empty() || name == n.name) return;
  if (std::find(n.alternateNames.begin(), n.alternateNames.end(), name) == n.alternateNames.end())
    n.alternateNames.emplace_back(name);
}

void DocumentGraph::addLiteral(std::uint32_t node, Property property, std::string_view value) {
  auto& lits = nodes_[node].literals;
  for (const auto& [p, v] : lits)
    if (p == property && v == value) return;
  lits.emplace_back(property, std::string(value));
}

void DocumentGraph::removeLiterals(std::uint32_t node, Property property) {
  std::erase_if(nodes_[node].literals, [&](const auto& literal) { return literal.first == property; });
}

void DocumentGraph::addEdge(std::uint32_t from, Relation relation, std::uint32_t to,
                            std::uint32_t sentence, std::string_view rule) {
  if (from == to || hasEdge(from, relation, to)) return;
  edges_.push_back(DocEdge{from, relation, to, sentence, rule});
}

bool DocumentGraph::hasEdge(std::uint32_t from, Relation relation, std::uint32_t to) const {
  return std::any_of(edges_.begin(), edges_.end(), [&](const DocEdge& e) {
    return e.from == from && e.relation == relation && e.to == to;
  });
}

void DocumentGraph::removeEdge(std::uint32_t from, Relation relation, std::uint32_t to) {
  std::erase_if(edges_, [&](const DocEdge& e) {
    return e.from == from && e.relation == relation && e.to == to;
  });
}

void DocumentGraph::removeNode(std::uint32_t node) {
  if (node == documentNode() || node >= nodes_.size()) return;
  std::erase_if(edges_, [&](const DocEdge& e) { return e.from == node || e.to == node; });
  for (DocEdge& e : edges_) {
    e.from -= e.from > node;
    e.to -= e.to > node;
  }
  byKey_.erase(nodes_[node].key);
  nodes_.erase(nodes_.begin() + node);
  for (auto& [key, id] : byKey_) id -= id > node;
}

std::uint32_t DocumentGraph::addSentence(std::string sentence) {
  sentences_.push_back(std::move(sentence));
  return static_cast<std::uint32_t>(sentences_.size() - 1);
}

}  // namespace pressgraph
