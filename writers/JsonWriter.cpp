// SPDX-License-Identifier: MIT
// Plain nodes-and-edges JSON through RapidJSON's PrettyWriter, in the graph's canonical order.
#include "writers/JsonWriter.h"

#include <rapidjson/filewritestream.h>
#include <rapidjson/prettywriter.h>

#include <string_view>
#include <vector>

namespace pressgraph {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::FileWriteStream>;

void string(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void key(Writer& w, std::string_view s) { w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

/// The key for a vocabulary IRI: its camelCase local name ("http://schema.org/jobTitle" ->
/// "jobTitle"), the same word the JSON-LD uses, and never one with spaces like the labels.
std::string_view localName(std::string_view iri) { return iri.substr(iri.find_last_of("/#") + 1); }

void writeNode(Writer& w, const KnowledgeGraph& graph, NodeId node) {
  w.StartObject();
  key(w, "id");
  string(w, graph.iriPath(node));
  key(w, "iri");
  string(w, graph.iri(node));
  key(w, "kind");
  string(w, info(graph.kind(node)).label);
  key(w, "name");
  string(w, graph.name(node));
  key(w, "alternateNames");
  w.StartArray();
  for (auto alt : graph.alternateNames(node)) string(w, alt);
  w.EndArray();
  // literals() is sorted by property, so each property's values are one run.
  const auto literals = graph.literals(node);
  for (std::size_t i = 0; i < literals.size();) {
    const Property property = literals[i].first;
    std::size_t end = i;
    while (end < literals.size() && literals[end].first == property) ++end;
    const bool several = end - i > 1;
    key(w, localName(info(property).iri));
    if (several) w.StartArray();
    for (; i < end; ++i) string(w, literals[i].second);
    if (several) w.EndArray();
  }
  w.EndObject();
}

}  // namespace

void writeJson(const KnowledgeGraph& graph, FILE* out) {
  char buffer[1 << 16];
  rapidjson::FileWriteStream stream(out, buffer, sizeof buffer);
  Writer w(stream);
  w.SetIndent(' ', 2);
  const std::vector<NodeId> nodes = graph.nodesByIri();
  w.StartObject();
  key(w, "nodes");
  w.StartArray();
  for (NodeId node : nodes) writeNode(w, graph, node);
  w.EndArray();
  key(w, "edges");
  w.StartArray();
  for (NodeId node : nodes) {
    for (const Edge& e : graph.outEdges(node)) {
      w.StartObject();
      key(w, "source");
      string(w, graph.iriPath(e.from));
      key(w, "relation");
      string(w, localName(info(e.relation).iri));
      key(w, "target");
      string(w, graph.iriPath(e.to));
      w.EndObject();
    }
  }
  w.EndArray();
  w.EndObject();
  stream.Put('\n');
  stream.Flush();
}

}  // namespace pressgraph
