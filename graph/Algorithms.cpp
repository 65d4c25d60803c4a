// SPDX-License-Identifier: MIT
// Breadth-first traversals with Boost.Graph on an undirected, document-free copy of the graph;
// betweenness with Boost's Brandes algorithm.
#include "graph/Algorithms.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <limits>

#include "graph/detail/BoostGraph.h"

namespace pressgraph {
namespace {

// Each undirected edge keeps the edge it was copied from, so that a path can name its relations.
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, Edge>;
using UVertex = boost::graph_traits<Undirected>::vertex_descriptor;
using UEdge = boost::graph_traits<Undirected>::edge_descriptor;

constexpr unsigned UNREACHED = std::numeric_limits<unsigned>::max();

// Users mean "connected" without direction, and a document node would connect everything it
// mentions; BFS runs on an undirected copy (same vertex indices) without document edges.
Undirected undirectedEntityGraph(const detail::BoostGraph& g) {
  Undirected u(boost::num_vertices(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto s = boost::source(*it, g), t = boost::target(*it, g);
    if (g[s].kind == NodeKind::Document || g[t].kind == NodeKind::Document) continue;
    boost::add_edge(s, t, Edge{detail::nodeId(s), g[*it].relation, detail::nodeId(t)}, u);
  }
  return u;
}

struct BfsResult {
  Undirected graph;
  std::vector<unsigned> distance;
  std::vector<std::optional<UEdge>> parentEdge;  ///< the tree edge a vertex was reached by
};

// Records, for each vertex BFS reaches, its distance and the edge it was reached by.
class TreeRecorder : public boost::default_bfs_visitor {
 public:
  explicit TreeRecorder(BfsResult* result) : result_(result) {}
  void tree_edge(UEdge e, const Undirected& g) const {
    const UVertex from = boost::source(e, g), to = boost::target(e, g);
    result_->distance[to] = result_->distance[from] + 1;
    result_->parentEdge[to] = e;
  }

 private:
  BfsResult* result_;  // visitors are copied, so the state lives outside
};

BfsResult bfs(const KnowledgeGraph& graph, NodeId start) {
  BfsResult r{undirectedEntityGraph(graph.impl().graph), {}, {}};
  r.distance.assign(boost::num_vertices(r.graph), UNREACHED);
  r.parentEdge.resize(boost::num_vertices(r.graph));
  r.distance[start.value] = 0;
  boost::breadth_first_search(r.graph, UVertex{start.value}, boost::visitor(TreeRecorder(&r)));
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
    return graph.iriLess(a.node, b.node);
  });
  return out;
}

std::optional<Path> shortestPath(const KnowledgeGraph& graph, NodeId from, NodeId to) {
  const BfsResult r = bfs(graph, from);
  if (r.distance[to.value] == UNREACHED) return std::nullopt;
  Path path;
  for (UVertex v = to.value; v != from.value;) {
    const UEdge e = *r.parentEdge[v];
    path.nodes.push_back(NodeId{static_cast<std::uint32_t>(v)});
    path.edges.push_back(r.graph[e]);
    v = boost::source(e, r.graph) == v ? boost::target(e, r.graph) : boost::source(e, r.graph);
  }
  path.nodes.push_back(from);
  std::reverse(path.nodes.begin(), path.nodes.end());
  std::reverse(path.edges.begin(), path.edges.end());
  return path;
}

std::vector<double> betweennessCentrality(std::size_t vertexCount,
                                          const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
  using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Simple g(vertexCount);
  for (const auto& [a, b] : edges) boost::add_edge(a, b, g);
  std::vector<double> centrality(vertexCount, 0.0);
  // For undirected graphs Boost already halves the sum, so each pair counts once.
  boost::brandes_betweenness_centrality(
      g, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, g)));
  return centrality;
}

}  // namespace pressgraph
