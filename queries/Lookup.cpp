// SPDX-License-Identifier: MIT
// Name lookups with preferences that make an ambiguous name pick what users mean, and the
// suggestions shown when a name is not in the graph.
#include "queries/Lookup.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/Names.h"

namespace pressgraph {
namespace {

constexpr Relation PARENT[] = {Relation::ParentOrganization};

bool listed(std::initializer_list<NodeKind> kinds, NodeKind kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`: the optimal
// string alignment distance, so that "unchr" is one edit from "unhcr".
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// How alike two folded names are, from 0 to 1; below SUGGEST_FROM is not worth suggesting.
// A misspelling scores by the share of characters right; one name inside the other
// ("international labour" in "international labour organization") scores at least 0.75.
constexpr double SUGGEST_FROM = 0.6;

double likeness(std::string_view key, std::string_view candidate) {
  const std::size_t shorter = std::min(key.size(), candidate.size()), longer = std::max(key.size(), candidate.size());
  if (shorter == 0) return 0;
  const double spelling = 1.0 - static_cast<double>(editDistance(key, candidate)) / static_cast<double>(longer);
  const bool inside = shorter >= 3 && (candidate.find(key) != std::string_view::npos || key.find(candidate) != std::string_view::npos);
  return inside ? std::max(spelling, 0.75 + 0.25 * static_cast<double>(shorter) / static_cast<double>(longer)) : spelling;
}

}  // namespace

bool isOrganization(NodeKind kind) { return kind == NodeKind::Organization || kind == NodeKind::Office; }

std::optional<NodeId> parentOrganization(const KnowledgeGraph& graph, NodeId node) {
  const std::vector<Edge> parents = graph.outEdges(node, PARENT);
  if (!parents.empty()) return parents.front().to;
  return std::nullopt;
}

NodeId topOrganization(const KnowledgeGraph& graph, NodeId node) {
  std::set<NodeId> seen{node};  // a cycle in a hand-edited graph must not hang us
  while (auto parent = parentOrganization(graph, node)) {
    if (!seen.insert(*parent).second) break;
    node = *parent;
  }
  return node;
}

std::vector<NodeId> withOffices(const KnowledgeGraph& graph, NodeId organization) {
  std::vector<NodeId> out{organization};
  std::set<NodeId> seen{organization};
  for (std::size_t i = 0; i < out.size(); ++i)
    for (const Edge& e : graph.inEdges(out[i], PARENT))
      if (seen.insert(e.from).second) out.push_back(e.from);
  return out;
}

std::optional<NodeId> findNode(const KnowledgeGraph& graph, std::string_view name, std::initializer_list<NodeKind> kinds) {
  const std::string key = foldName(name);
  const auto rank = [&](NodeId id) {
    const bool alias = foldName(graph.name(id)) != key;
    const bool office = parentOrganization(graph, id).has_value();
    const auto kindOrder = std::find(kinds.begin(), kinds.end(), graph.kind(id)) - kinds.begin();
    return std::tuple(alias, office, kindOrder, graph.iriPath(id));
  };
  std::optional<NodeId> best;
  for (NodeId id : graph.findByName(name))
    if (listed(kinds, graph.kind(id)) && (!best || rank(id) < rank(*best))) best = id;
  return best;
}

std::optional<NodeId> findOrganization(const KnowledgeGraph& graph, std::string_view name) {
  return findNode(graph, name, {NodeKind::Organization, NodeKind::Office});
}

std::vector<std::string> similarNames(const KnowledgeGraph& graph, std::string_view name,
                                      std::initializer_list<NodeKind> kinds, std::size_t limit) {
  const std::string key = foldName(name);
  std::vector<std::pair<double, std::string_view>> scored;
  for (NodeId id : graph.nodesByIri()) {
    if (!listed(kinds, graph.kind(id))) continue;
    double best = likeness(key, foldName(graph.name(id)));
    for (std::string_view alternate : graph.alternateNames(id)) best = std::max(best, likeness(key, foldName(alternate)));
    if (best >= SUGGEST_FROM) scored.emplace_back(best, graph.name(id));
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> out;
  for (const auto& [score, candidate] : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), candidate) == out.end()) out.emplace_back(candidate);
  }
  return out;
}

std::vector<std::string> similarNames(const KnowledgeGraph& graph, std::string_view name, std::size_t limit) {
  return similarNames(graph, name, {NodeKind::Organization, NodeKind::Office}, limit);
}

}  // namespace pressgraph
