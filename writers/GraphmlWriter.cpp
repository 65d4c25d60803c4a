// SPDX-License-Identifier: MIT
// GraphML through Boost's write_graphml over the graph's own adjacency_list.
#include "writers/GraphmlWriter.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <ostream>
#include <streambuf>
#include <string>

#include <boost/graph/adjacency_list.hpp>

#include <vector>

#include "graph/KnowledgeGraph.h"

namespace pressgraph {
namespace {

/// An unbuffered std::streambuf over a FILE*, so write_graphml streams into `out` (whose own
/// buffer suffices) instead of building the whole document in memory first.
class FileStreamBuf : public std::streambuf {
 public:
  explicit FileStreamBuf(FILE* file) : file_(file) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    return std::fputc(c, file_) == EOF ? traits_type::eof() : c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    return static_cast<std::streamsize>(std::fwrite(s, 1, static_cast<std::size_t>(n), file_));
  }

 private:
  FILE* file_;
};

}  // namespace

void writeGraphml(const KnowledgeGraph& graph, FILE* out) {
  // A copy with vertices in IRI order and edges in each node's canonical order, so that one
  // graph reached by any merge order writes the same bytes, as every other writer does.
  using Canonical = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeId, Relation>;
  using Vertex = boost::graph_traits<Canonical>::vertex_descriptor;
  using EdgeDescriptor = boost::graph_traits<Canonical>::edge_descriptor;
  const auto nodes = graph.nodesByIri();
  Canonical g;
  std::vector<Vertex> rank(graph.nodeCount());
  for (NodeId node : nodes) {
    rank[node.value] = boost::add_vertex(g);  // not add_vertex(node, g): see KnowledgeGraph::addNode
    g[rank[node.value]] = node;
  }
  for (NodeId node : nodes)
    for (const Edge& e : graph.outEdges(node)) boost::add_edge(rank[e.from.value], rank[e.to.value], e.relation, g);

  // write_graphml writes the keys in name order: iri, kind, name, relation.
  boost::dynamic_properties properties;
  properties.property("iri", boost::make_function_property_map<Vertex, std::string>([&](Vertex v) { return graph.iri(g[v]); }));
  properties.property("kind", boost::make_function_property_map<Vertex, std::string>(
                                  [&](Vertex v) { return std::string(info(graph.kind(g[v])).label); }));
  properties.property("name", boost::make_function_property_map<Vertex, std::string>(
                                  [&](Vertex v) { return std::string(graph.name(g[v])); }));
  properties.property("relation", boost::make_function_property_map<EdgeDescriptor, std::string>(
                                      [&](EdgeDescriptor e) { return std::string(info(g[e]).label); }));

  FileStreamBuf buffer(out);
  std::ostream stream(&buffer);
  boost::write_graphml(stream, g, properties, /*ordered_vertices=*/true);
  stream.flush();
}

}  // namespace pressgraph
