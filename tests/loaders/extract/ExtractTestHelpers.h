// SPDX-License-Identifier: MIT
// Runs the real extractor, with the real gazetteer, on text written for a test.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "graph/DocumentGraph.h"
#include "loaders/Document.h"
#include "loaders/extract/Extractor.h"

namespace pressgraph::test {

/// The project's gazetteer, loaded once for all tests.
inline const Gazetteer& gazetteer() {
  static const Gazetteer g = Gazetteer::load(PRESSGRAPH_DATA_DIR);
  return g;
}

inline DocumentGraph extractText(const std::string& text, const std::string& date = {}) {
  Document doc;
  doc.identifier = "test.txt";
  doc.text = text;
  doc.date = date;
  return Extractor(gazetteer()).extract(doc);
}

/// Canonical names of the nodes of one kind.
inline std::vector<std::string> names(const DocumentGraph& g, NodeKind kind) {
  std::vector<std::string> out;
  for (const auto& n : g.nodes())
    if (n.kind == kind && n.mentioned) out.push_back(n.name);
  std::sort(out.begin(), out.end());
  return out;
}

inline const DocNode* byName(const DocumentGraph& g, NodeKind kind, const std::string& name) {
  for (const auto& n : g.nodes())
    if (n.kind == kind && (n.name == name || std::find(n.alternateNames.begin(), n.alternateNames.end(), name) != n.alternateNames.end()))
      return &n;
  return nullptr;
}

inline std::uint32_t idOf(const DocumentGraph& g, const DocNode* n) { return static_cast<std::uint32_t>(n - g.nodes().data()); }

/// Names of the nodes `from` points to with `relation`.
inline std::vector<std::string> targets(const DocumentGraph& g, const DocNode* from, Relation relation) {
  std::vector<std::string> out;
  if (!from) return out;
  const std::uint32_t id = idOf(g, from);
  for (const auto& e : g.edges())
    if (e.from == id && e.relation == relation) out.push_back(g.node(e.to).name);
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<std::string> literals(const DocNode* n, Property p) {
  std::vector<std::string> out;
  if (!n) return out;
  for (const auto& [prop, v] : n->literals)
    if (prop == p) out.push_back(v);
  std::sort(out.begin(), out.end());
  return out;
}

inline const DocNode* firstEvent(const DocumentGraph& g) {
  for (const auto& n : g.nodes())
    if (n.kind == NodeKind::Event) return &n;
  return nullptr;
}

}  // namespace pressgraph::test
