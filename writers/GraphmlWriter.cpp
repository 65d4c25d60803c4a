// SPDX-License-Identifier: MIT
// GraphML through Boost's write_graphml over the graph's own adjacency_list.
#include "writers/GraphmlWriter.h"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <ostream>
#include <streambuf>
#include <string>

#include "graph/detail/BoostGraph.h"

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
  using detail::BoostGraph;
  using Vertex = detail::Vertex;
  using EdgeDescriptor = boost::graph_traits<BoostGraph>::edge_descriptor;
  const BoostGraph& g = graph.impl().graph;

  // The values go through the public API (the bundles hold interned ids, not strings).
  // write_graphml writes the keys in name order: iri, kind, name, relation.
  boost::dynamic_properties properties;
  properties.property("iri", boost::make_function_property_map<Vertex, std::string>(
                                 [&graph](Vertex v) { return graph.iri(detail::nodeId(v)); }));
  properties.property("kind", boost::make_function_property_map<Vertex, std::string>([&graph](Vertex v) {
                        return std::string(info(graph.kind(detail::nodeId(v))).label);
                      }));
  properties.property("name", boost::make_function_property_map<Vertex, std::string>(
                                  [&graph](Vertex v) { return std::string(graph.name(detail::nodeId(v))); }));
  properties.property("relation", boost::make_function_property_map<EdgeDescriptor, std::string>(
                                      [&g](EdgeDescriptor e) { return std::string(info(g[e].relation).label); }));

  FileStreamBuf buffer(out);
  std::ostream stream(&buffer);
  // Node ids are "n" + vertex index, i.e. "n<NodeId>" (vecS), dense and in order: canonical.
  boost::write_graphml(stream, g, properties, /*ordered_vertices=*/true);
  stream.flush();
}

}  // namespace pressgraph
