// SPDX-License-Identifier: MIT
// Breadth-first traversals with Boost.Graph on an undirected, document-free copy of the graph.
#include "graph/Algorithms.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <limits>

#include "graph/detail/BoostGraph.h"

namespace pressgraph {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using UVertex = boost::graph_traits<Undirected>::vertex_descriptor;

constexpr unsigned UNREACHED = std::numeric_limits<unsigned>::max();

// Users mean "connected" without direction, and a document node would connect everything it
// mentions; BFS runs on an undirected copy (same vertex indices) without document edges.
Undirected undirectedEntityGraph(const detail::BoostGraph& g) {
  Undirected u(boost::num_vertices(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto s = boost::source(*it, g), t = boost::target(*it, g);
    if (g[s].kind == NodeKind::Document || g[t].kind == NodeKind::Document) continue;
    boost::add_edge(s, t, u);
  }
  return u;
}

struct BfsResult {
  std::vector<unsigned> distance;
  std::vector<UVertex> parent;
};

BfsResult bfs(const KnowledgeGraph& graph, NodeId start) {
  const Undirected u = undirectedEntityGraph(graph.impl().graph);
  BfsResult r;
  r.distance.assign(boost::num_vertices(u), UNREACHED);
  r.parent.resize(boost::num_vertices(u));
  for (UVertex v = 0; v < r.parent.size(); ++v) r.parent[v] = v;
  const UVertex s = start.value;
  r.distance[s] = 0;
  boost::breadth_first_search(
      u, s,
      boost::visitor(boost::make_bfs_visitor(
          std::make_pair(boost::record_distances(r.distance.data(), boost::on_tree_edge()),
                         boost::record_predecessors(r.parent.data(), boost::on_tree_edge())))));
  return r;
}

}  // namespace

std::vector<Reached> neighborhood(const KnowledgeGraph& graph, NodeId start, unsigned depth) {
  const BfsResult r = bfs(graph, start);
  std::vector<Reached> out;
  for (std::uint32_t v = 0; v < r.distance.size(); ++v)
    if (v != start.value && r.distance[v] != UNREACHED && r.distance[v] <= depth)
      out.push_back(Reached{NodeId{v}, r.distance[v]});
  std::sort(out.begin(), out.end(), [&](const Reached& a, const Reached& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    return graph.iriPath(a.node) < graph.iriPath(b.node);
  });
  return out;
}

std::optional<std::vector<NodeId>> shortestPath(const KnowledgeGraph& graph, NodeId from, NodeId to) {
  const BfsResult r = bfs(graph, from);
  if (r.distance[to.value] == UNREACHED) return std::nullopt;
  std::vector<NodeId> path;
  for (UVertex v = to.value; v != from.value; v = r.parent[v]) path.push_back(NodeId{static_cast<std::uint32_t>(v)});
  path.push_back(from);
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace pressgraph
