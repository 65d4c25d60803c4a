// SPDX-License-Identifier: MIT
// KnowledgeGraph on a Boost adjacency_list, with interned strings and an edge set.
#include "graph/KnowledgeGraph.h"

#include <algorithm>
#include <bit>
#include <span>
#include <tuple>

#include "graph/Names.h"
#include "graph/detail/BoostGraph.h"

namespace pressgraph {
namespace {

std::uint64_t pairKey(NodeId from, NodeId to) {
  return (static_cast<std::uint64_t>(from.value) << 32) | to.value;
}

std::size_t countNonAscii(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
}

}  // namespace

bool betterName(std::string_view a, std::string_view b) {
  // Accented spellings over stripped ones ("Türkiye" over "Turkiye"), then capitalised over
  // lower case, then a fixed order so the choice never depends on which came first.
  const auto na = countNonAscii(a), nb = countNonAscii(b);
  if (na != nb) return na > nb;
  const auto ua = std::count_if(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const auto ub = std::count_if(b.begin(), b.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if ((ua > 0) != (ub > 0)) return ua > 0;
  return a < b;
}

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

NodeId KnowledgeGraph::addNode(NodeKind kind, std::string_view iriPath, std::string_view name) {
  const StringId iriId = impl_->strings.intern(iriPath);
  if (auto it = impl_->byIri.find(iriId); it != impl_->byIri.end()) {
    offerName(it->second, name);
    return it->second;
  }
  detail::NodeData data;
  data.kind = kind;
  data.iriPath = iriId;
  data.name = impl_->strings.intern(name);
  // add_vertex(graph) then the bundle: add_vertex(bundle, graph) goes through named_graph's
  // lookup, where GCC 12 with sanitizers warns falsely about an uninitialized optional.
  const detail::Vertex v = boost::add_vertex(impl_->graph);
  impl_->graph[v] = std::move(data);
  const NodeId id = detail::nodeId(v);
  impl_->byIri.emplace(iriId, id);
  impl_->byNameValid = false;
  return id;
}

std::optional<NodeId> KnowledgeGraph::findByIri(std::string_view iriPath) const {
  const auto id = impl_->strings.find(iriPath);
  if (!id) return std::nullopt;
  if (auto it = impl_->byIri.find(*id); it != impl_->byIri.end()) return it->second;
  return std::nullopt;
}

void KnowledgeGraph::addName(NodeId node, std::string_view name) {
  auto& data = impl_->graph[detail::vertex(node)];
  if (name.empty()) return;
  const StringId id = impl_->strings.intern(name);
  if (id == data.name) return;
  if (std::find(data.alternateNames.begin(), data.alternateNames.end(), id) == data.alternateNames.end()) {
    data.alternateNames.push_back(id);
    impl_->byNameValid = false;
  }
}

void KnowledgeGraph::offerName(NodeId node, std::string_view name) {
  auto& data = impl_->graph[detail::vertex(node)];
  const std::string_view current = impl_->strings.view(data.name);
  if (name.empty() || name == current) return;
  // Only another spelling of the same name may replace the canonical one ("Türkiye" for
  // "Turkiye"); an acronym or a different wording stays an alternate whatever the order.
  if (foldName(name) == foldName(current) && betterName(name, current)) {
    const StringId old = data.name;
    data.name = impl_->strings.intern(name);
    std::erase(data.alternateNames, data.name);
    data.alternateNames.push_back(old);
    impl_->byNameValid = false;
  } else {
    addName(node, name);
  }
}

void KnowledgeGraph::addLiteral(NodeId node, Property property, std::string_view value) {
  auto& lits = impl_->graph[detail::vertex(node)].literals;
  const StringId id = impl_->strings.intern(value);
  const std::pair<Property, StringId> lit{property, id};
  if (std::find(lits.begin(), lits.end(), lit) == lits.end()) lits.push_back(lit);
}

bool KnowledgeGraph::addEdge(NodeId from, Relation relation, NodeId to) {
  const std::uint32_t bit = 1u << static_cast<unsigned>(relation);
  std::uint32_t& present = impl_->edgeSet[pairKey(from, to)];
  if (present & bit) return false;
  present |= bit;
  boost::add_edge(detail::vertex(from), detail::vertex(to), detail::EdgeData{relation}, impl_->graph);
  ++impl_->edgeCount;
  return true;
}

NodeId KnowledgeGraph::merge(const DocumentGraph& doc) {
  std::vector<NodeId> global;
  global.reserve(doc.nodes().size());
  for (const DocNode& n : doc.nodes()) {
    const NodeId id = addNode(n.kind, n.key, n.name);
    for (const auto& alt : n.alternateNames) addName(id, alt);
    for (const auto& [property, value] : n.literals) addLiteral(id, property, value);
    global.push_back(id);
  }
  const NodeId docNode = global[doc.documentNode()];
  for (const DocEdge& e : doc.edges()) {
    const Edge edge{global[e.from], e.relation, global[e.to]};
    addEdge(edge.from, edge.relation, edge.to);
    const bool hasSentence = e.sentence != DocumentGraph::NO_SENTENCE && e.sentence < doc.sentences().size();
    addEvidence(edge, docNode, hasSentence ? std::string_view(doc.sentences()[e.sentence]) : std::string_view{});
  }
  for (std::size_t i = 0; i < global.size(); ++i)
    if (i != doc.documentNode() && doc.nodes()[i].mentioned) addEdge(docNode, Relation::Mentions, global[i]);
  return docNode;
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  const auto& g = other.impl_->graph;
  std::vector<NodeId> global(boost::num_vertices(g));
  for (detail::Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const NodeId src = detail::nodeId(v);
    const NodeId id = addNode(other.kind(src), other.iriPath(src), other.name(src));
    for (auto alt : other.alternateNames(src)) addName(id, alt);
    for (auto [property, value] : other.literals(src)) addLiteral(id, property, value);
    global[v] = id;
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    addEdge(global[boost::source(*it, g)], g[*it].relation, global[boost::target(*it, g)]);
  for (const detail::EvidenceRecord& r : other.impl_->evidence)
    addEvidence(Edge{global[r.from.value], r.relation, global[r.to.value]}, global[r.document.value],
                other.impl_->strings.view(r.sentence));
}

bool KnowledgeGraph::hasEdge(const Edge& edge) const {
  const auto it = impl_->edgeSet.find(pairKey(edge.from, edge.to));
  return it != impl_->edgeSet.end() && (it->second & (1u << static_cast<unsigned>(edge.relation)));
}

void KnowledgeGraph::addEvidence(const Edge& edge, NodeId document, std::string_view sentence) {
  const detail::EvidenceRecord record{edge.from, edge.to, edge.relation, document, impl_->strings.intern(sentence)};
  if (impl_->evidenceSet.insert(record).second) impl_->evidence.push_back(record);
}

std::size_t KnowledgeGraph::evidenceCount() const { return impl_->evidence.size(); }

namespace {

// The positions of the evidence records whose key(record) equals `value`. `index` holds every
// position ordered by key; it is (re)built here when records were added since, so provenance,
// asked for rarely (a --why, a writer's pass), costs no memory on builds that never ask.
template <typename Key, typename Value>
std::span<const std::uint32_t> recordsWith(std::vector<std::uint32_t>& index,
                                           const std::vector<detail::EvidenceRecord>& records, Key key,
                                           const Value& value) {
  if (index.size() != records.size()) {
    index.resize(records.size());
    for (std::uint32_t i = 0; i < index.size(); ++i) index[i] = i;
    std::stable_sort(index.begin(), index.end(), [&](std::uint32_t a, std::uint32_t b) { return key(records[a]) < key(records[b]); });
  }
  const auto first = std::partition_point(index.begin(), index.end(), [&](std::uint32_t i) { return key(records[i]) < value; });
  const auto last = std::partition_point(first, index.end(), [&](std::uint32_t i) { return key(records[i]) == value; });
  return {first, last};
}

}  // namespace

std::vector<Evidence> KnowledgeGraph::evidence(const Edge& edge) const {
  const auto factOf = [](const detail::EvidenceRecord& r) { return std::tuple(r.from, r.relation, r.to); };
  std::vector<Evidence> out;
  for (std::uint32_t i : recordsWith(impl_->evidenceByFact, impl_->evidence, factOf, std::tuple(edge.from, edge.relation, edge.to)))
    out.push_back(Evidence{impl_->evidence[i].document, impl_->strings.view(impl_->evidence[i].sentence)});
  std::sort(out.begin(), out.end(), [&](const Evidence& a, const Evidence& b) {
    if (a.document != b.document) return iriPath(a.document) < iriPath(b.document);
    return a.sentence < b.sentence;
  });
  return out;
}

std::vector<StatedFact> KnowledgeGraph::statedBy(NodeId document) const {
  const auto documentOf = [](const detail::EvidenceRecord& r) { return r.document; };
  std::vector<StatedFact> out;
  for (std::uint32_t i : recordsWith(impl_->evidenceByDocument, impl_->evidence, documentOf, document)) {
    const detail::EvidenceRecord& r = impl_->evidence[i];
    out.push_back(StatedFact{Edge{r.from, r.relation, r.to}, impl_->strings.view(r.sentence)});
  }
  std::sort(out.begin(), out.end(), [&](const StatedFact& a, const StatedFact& b) {
    if (a.edge.from != b.edge.from) return iriPath(a.edge.from) < iriPath(b.edge.from);
    if (a.edge.relation != b.edge.relation) return a.edge.relation < b.edge.relation;
    if (a.edge.to != b.edge.to) return iriPath(a.edge.to) < iriPath(b.edge.to);
    return a.sentence < b.sentence;
  });
  return out;
}

std::vector<NodeId> KnowledgeGraph::documentsWithEvidence() const {
  std::vector<NodeId> out;
  for (const detail::EvidenceRecord& r : impl_->evidence) out.push_back(r.document);
  std::sort(out.begin(), out.end(), [&](NodeId a, NodeId b) { return iriPath(a) < iriPath(b); });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t KnowledgeGraph::nodeCount() const { return boost::num_vertices(impl_->graph); }
std::size_t KnowledgeGraph::edgeCount() const { return impl_->edgeCount; }

NodeKind KnowledgeGraph::kind(NodeId node) const { return impl_->graph[detail::vertex(node)].kind; }

std::string_view KnowledgeGraph::iriPath(NodeId node) const {
  return impl_->strings.view(impl_->graph[detail::vertex(node)].iriPath);
}

std::string KnowledgeGraph::iri(NodeId node) const {
  std::string out(ID_NS);
  out += iriPath(node);
  return out;
}

std::string_view KnowledgeGraph::name(NodeId node) const {
  return impl_->strings.view(impl_->graph[detail::vertex(node)].name);
}

std::vector<std::string_view> KnowledgeGraph::alternateNames(NodeId node) const {
  std::vector<std::string_view> out;
  for (StringId id : impl_->graph[detail::vertex(node)].alternateNames) out.push_back(impl_->strings.view(id));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::pair<Property, std::string_view>> KnowledgeGraph::literals(NodeId node) const {
  std::vector<std::pair<Property, std::string_view>> out;
  for (auto [p, id] : impl_->graph[detail::vertex(node)].literals) out.emplace_back(p, impl_->strings.view(id));
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string_view> KnowledgeGraph::literal(NodeId node, Property property) const {
  std::optional<std::string_view> best;
  for (auto [p, id] : impl_->graph[detail::vertex(node)].literals) {
    if (p != property) continue;
    const auto v = impl_->strings.view(id);
    if (!best || v < *best) best = v;
  }
  return best;
}

std::vector<Edge> KnowledgeGraph::outEdges(NodeId node) const {
  const auto& g = impl_->graph;
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(detail::vertex(node), g); it != end; ++it)
    out.push_back(Edge{node, g[*it].relation, detail::nodeId(boost::target(*it, g))});
  std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) {
    if (a.relation != b.relation) return a.relation < b.relation;
    return iriPath(a.to) < iriPath(b.to);
  });
  return out;
}

std::vector<Edge> KnowledgeGraph::inEdges(NodeId node) const {
  const auto& g = impl_->graph;
  std::vector<Edge> out;
  for (auto [it, end] = boost::in_edges(detail::vertex(node), g); it != end; ++it)
    out.push_back(Edge{detail::nodeId(boost::source(*it, g)), g[*it].relation, node});
  std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) {
    if (a.relation != b.relation) return a.relation < b.relation;
    return iriPath(a.from) < iriPath(b.from);
  });
  return out;
}

std::vector<NodeId> KnowledgeGraph::nodesByIri() const {
  std::vector<NodeId> out(nodeCount());
  for (std::uint32_t i = 0; i < out.size(); ++i) out[i] = NodeId{i};
  std::sort(out.begin(), out.end(), [&](NodeId a, NodeId b) { return iriPath(a) < iriPath(b); });
  return out;
}

std::vector<NodeId> KnowledgeGraph::findByName(std::string_view name) const {
  if (!impl_->byNameValid) {
    impl_->byName.clear();
    for (std::uint32_t i = 0; i < nodeCount(); ++i) {
      const NodeId id{i};
      impl_->byName[foldName(this->name(id))].push_back(id);
      for (auto alt : alternateNames(id)) {
        auto& list = impl_->byName[foldName(alt)];
        if (list.empty() || list.back() != id) list.push_back(id);
      }
    }
    impl_->byNameValid = true;
  }
  auto it = impl_->byName.find(foldName(name));
  return it == impl_->byName.end() ? std::vector<NodeId>{} : it->second;
}

}  // namespace pressgraph
