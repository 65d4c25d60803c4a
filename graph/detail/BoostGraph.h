// SPDX-License-Identifier: MIT
// The only header that names Boost: the adjacency_list under KnowledgeGraph.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "graph/KnowledgeGraph.h"
#include "graph/StringPool.h"
#include "graph/detail/EdgeSet.h"
#include "graph/detail/RecordSet.h"

namespace pressgraph {
namespace detail {

struct NodeData {
  NodeKind kind = NodeKind::Organization;
  StringId iriPath = 0;
  StringId name = 0;
  std::vector<StringId> alternateNames;
  std::vector<std::pair<Property, StringId>> literals;
};

struct EdgeData {
  Relation relation = Relation::Mentions;
};

// vecS vertices: a vertex descriptor is its index, so NodeId converts for free. Vertices are
// never removed, which keeps every NodeId valid.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;

inline Vertex vertex(NodeId id) { return static_cast<Vertex>(id.value); }
inline NodeId nodeId(Vertex v) { return NodeId{static_cast<std::uint32_t>(v)}; }

// One piece of provenance: the fact (from, relation, to), the document, the sentence.
struct EvidenceRecord {
  NodeId from;
  NodeId to;
  Relation relation;
  NodeId document;
  StringId sentence;
  /// The rule that found the fact (empty string: not recorded). Not part of the record's
  /// identity: a fact one sentence states is one record, whichever rule found it first.
  StringId rule;
  bool operator==(const EvidenceRecord& o) const {
    return from == o.from && to == o.to && relation == o.relation && document == o.document && sentence == o.sentence;
  }
};

struct EvidenceRecordHash {
  std::size_t operator()(const EvidenceRecord& r) const noexcept {
    std::uint64_t h = r.from.value;
    h = h * 0x9E3779B97F4A7C15ull + r.to.value;
    h = h * 0x9E3779B97F4A7C15ull + static_cast<unsigned>(r.relation);
    h = h * 0x9E3779B97F4A7C15ull + r.document.value;
    h = h * 0x9E3779B97F4A7C15ull + r.sentence;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

// A document gives a node a value: `field` is NAME_FIELD for a name, else a Property.
inline constexpr std::uint8_t NAME_FIELD = 0xFF;
struct ValueRecord {
  NodeId node;
  StringId value;
  NodeId document;
  std::uint8_t field;
  auto operator<=>(const ValueRecord&) const = default;
};

struct ValueRecordHash {
  std::size_t operator()(const ValueRecord& r) const noexcept {
    std::uint64_t h = r.node.value;
    h = h * 0x9E3779B97F4A7C15ull + r.value;
    h = h * 0x9E3779B97F4A7C15ull + r.document.value;
    h = h * 0x9E3779B97F4A7C15ull + r.field;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

// One end of an edge as seen from the other: the edge's relation and the node at its far end.
struct Adjacent {
  NodeId other;
  Relation relation;
};

// Every node's edges in one array, a node's together (compressed sparse row): what a query
// scans without chasing Boost's per-edge list nodes to read each edge's relation.
struct AdjacencyIndex {
  std::vector<std::uint32_t> start;  // node v's edges are [start[v], start[v + 1])
  std::vector<Adjacent> edges;
};

}  // namespace detail

struct KnowledgeGraph::Impl {
  detail::BoostGraph graph;
  StringPool strings;
  // By StringId: the node whose IRI path that string is, or NO_NODE. String ids are dense, so
  // a vector beats a map.
  static constexpr std::uint32_t NO_NODE = UINT32_MAX;
  std::vector<std::uint32_t> nodeByIri;
  // Nodes [0, iriOrdered) were added in strictly increasing IRI order, so that their NodeIds
  // compare as their IRIs do (KnowledgeGraph::iriLess()).
  std::uint32_t iriOrdered = 0;
  // (from, to) -> bit set of relations present, so adding an edge twice is a lookup.
  detail::EdgeSet edgeSet;
  std::size_t edgeCount = 0;
  // Provenance, in the order it was added; the set keeps it free of duplicates.
  std::vector<detail::EvidenceRecord> evidence;
  detail::RecordSet<detail::EvidenceRecord, detail::EvidenceRecordHash> evidenceSet;
  // Positions in `evidence` ordered by document; rebuilt by statedBy() after a change.
  mutable std::vector<std::uint32_t> evidenceByDocument;
  // Positions in `evidence` ordered by fact; rebuilt by evidence() after a change.
  mutable std::vector<std::uint32_t> evidenceByFact;
  // Which documents gave which names and literals; the set keeps it free of duplicates.
  std::vector<detail::ValueRecord> valueSources;
  detail::RecordSet<detail::ValueRecord, detail::ValueRecordHash> valueSourceSet;
  // The value sources valuesStatedBy() returns, ordered by document; built on first use after
  // a change to values, edges or evidence (which decide what goes without saying).
  mutable std::vector<detail::ValueRecord> statedValues;
  mutable bool statedValuesValid = false;
  // (hash of a folded name or alternate name, node), sorted; built by indexNames(). A hash,
  // not the folded string, keeps it at 12 bytes a name: findByName() checks the candidates.
  mutable std::vector<std::pair<std::uint64_t, NodeId>> byName;
  mutable bool byNameValid = false;
  // Out- and in-edges by node, built by indexAdjacency(); addEdge() drops them.
  mutable detail::AdjacencyIndex outIndex, inIndex;
  mutable bool adjacencyValid = false;
};

}  // namespace pressgraph
