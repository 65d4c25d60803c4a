// SPDX-License-Identifier: MIT
// KnowledgeGraph on a Boost adjacency_list, with interned strings and an edge set.
#include "graph/KnowledgeGraph.h"

#include <algorithm>
#include <bit>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "graph/Names.h"
#include "graph/detail/BoostGraph.h"

namespace pressgraph {
namespace {

// Hashes the small tuples of ids the removal and value passes key sets by.
struct TupleHash {
  template <typename... T>
  std::size_t operator()(const std::tuple<T...>& t) const noexcept {
    std::uint64_t h = 0;
    std::apply([&](const auto&... v) { ((h = h * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(v)), ...); }, t);
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

std::uint64_t pairKey(NodeId from, NodeId to) {
  return (static_cast<std::uint64_t>(from.value) << 32) | to.value;
}

StatedValue statedValue(const KnowledgeGraph::Impl& impl, const detail::ValueRecord& r, NodeId node) {
  const auto property = r.field == detail::NAME_FIELD ? std::nullopt : std::optional(static_cast<Property>(r.field));
  return StatedValue{node, property, impl.strings.view(r.value)};
}

std::uint8_t fieldOf(const std::optional<Property>& property) {
  return property ? static_cast<std::uint8_t>(*property) : detail::NAME_FIELD;
}

// The node whose IRI path is the string `iri`, if any.
std::optional<NodeId> nodeWithIri(const KnowledgeGraph::Impl& impl, StringId iri) {
  if (iri < impl.nodeByIri.size() && impl.nodeByIri[iri] != KnowledgeGraph::Impl::NO_NODE) return NodeId{impl.nodeByIri[iri]};
  return std::nullopt;
}

void insertEvidence(KnowledgeGraph::Impl& impl, const detail::EvidenceRecord& record) {
  if (impl.evidenceSet.add(record, impl.evidence)) impl.statedValuesValid = false;
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
  if (const auto found = nodeWithIri(*impl_, iriId)) {
    offerName(*found, name);
    return *found;
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
  if (impl_->iriOrdered == id.value && (id.value == 0 || this->iriPath(NodeId{id.value - 1}) < iriPath)) impl_->iriOrdered = id.value + 1;
  auto& byIri = impl_->nodeByIri;
  if (iriId >= byIri.size()) byIri.resize(std::size_t{iriId} + 1, Impl::NO_NODE);
  byIri[iriId] = id.value;
  impl_->byNameValid = false;
  dropAdjacency();
  return id;
}

std::optional<NodeId> KnowledgeGraph::findByIri(std::string_view iriPath) const {
  const auto id = impl_->strings.find(iriPath);
  if (!id) return std::nullopt;
  return nodeWithIri(*impl_, *id);
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
  std::uint32_t& present = impl_->edgeSet.bits(pairKey(from, to));
  if (present & bit) return false;
  present |= bit;
  boost::add_edge(detail::vertex(from), detail::vertex(to), detail::EdgeData{relation}, impl_->graph);
  ++impl_->edgeCount;
  dropAdjacency();
  impl_->statedValuesValid = false;
  return true;
}

NodeId KnowledgeGraph::merge(const DocumentGraph& doc, bool withRules) {
  std::vector<NodeId> global;
  global.reserve(doc.nodes().size());
  for (const DocNode& n : doc.nodes()) {
    const NodeId id = addNode(n.kind, n.key, n.name);
    for (const auto& alt : n.alternateNames) addName(id, alt);
    for (const auto& [property, value] : n.literals) addLiteral(id, property, value);
    global.push_back(id);
  }
  const NodeId docNode = global[doc.documentNode()];
  // A sentence backs several facts: hash it once.
  std::vector<std::optional<StringId>> sentenceIds(doc.sentences().size());
  const StringId none = impl_->strings.intern({});
  for (const DocEdge& e : doc.edges()) {
    const Edge edge{global[e.from], e.relation, global[e.to]};
    addEdge(edge.from, edge.relation, edge.to);
    StringId sentence;
    if (e.sentence != DocumentGraph::NO_SENTENCE && e.sentence < doc.sentences().size()) {
      auto& id = sentenceIds[e.sentence];
      if (!id) id = impl_->strings.intern(doc.sentences()[e.sentence]);
      sentence = *id;
    } else {
      sentence = none;
    }
    const StringId rule = withRules && !e.rule.empty() ? impl_->strings.intern(e.rule) : none;
    insertEvidence(*impl_, detail::EvidenceRecord{edge.from, edge.to, edge.relation, docNode, sentence, rule});
  }
  for (std::size_t i = 0; i < global.size(); ++i) {
    if (i == doc.documentNode()) continue;  // its values are its own, and go with it
    const DocNode& n = doc.nodes()[i];
    if (n.mentioned) addEdge(docNode, Relation::Mentions, global[i]);
    if (!n.name.empty()) addValueSource(StatedValue{global[i], std::nullopt, n.name}, docNode);
    for (const auto& alt : n.alternateNames) addValueSource(StatedValue{global[i], std::nullopt, alt}, docNode);
    for (const auto& [property, value] : n.literals) addValueSource(StatedValue{global[i], property, value}, docNode);
  }
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
                other.impl_->strings.view(r.sentence), other.impl_->strings.view(r.rule));
  for (const detail::ValueRecord& r : other.impl_->valueSources)
    addValueSource(statedValue(*other.impl_, r, global[r.node.value]), global[r.document.value]);
}

bool KnowledgeGraph::hasEdge(const Edge& edge) const {
  return impl_->edgeSet.bitsOf(pairKey(edge.from, edge.to)) & (1u << static_cast<unsigned>(edge.relation));
}

void KnowledgeGraph::addEvidence(const Edge& edge, NodeId document, std::string_view sentence, std::string_view rule) {
  insertEvidence(*impl_, detail::EvidenceRecord{edge.from, edge.to, edge.relation, document, impl_->strings.intern(sentence),
                                                impl_->strings.intern(rule)});
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
    out.push_back(Evidence{impl_->evidence[i].document, impl_->strings.view(impl_->evidence[i].sentence),
                           impl_->strings.view(impl_->evidence[i].rule)});
  std::sort(out.begin(), out.end(), [&](const Evidence& a, const Evidence& b) {
    if (a.document != b.document) return iriLess(a.document, b.document);
    return a.sentence < b.sentence;
  });
  return out;
}

std::vector<StatedFact> KnowledgeGraph::statedBy(NodeId document) const {
  const auto documentOf = [](const detail::EvidenceRecord& r) { return r.document; };
  std::vector<StatedFact> out;
  for (std::uint32_t i : recordsWith(impl_->evidenceByDocument, impl_->evidence, documentOf, document)) {
    const detail::EvidenceRecord& r = impl_->evidence[i];
    out.push_back(StatedFact{Edge{r.from, r.relation, r.to}, impl_->strings.view(r.sentence), impl_->strings.view(r.rule)});
  }
  std::sort(out.begin(), out.end(), [&](const StatedFact& a, const StatedFact& b) {
    if (a.edge.from != b.edge.from) return iriLess(a.edge.from, b.edge.from);
    if (a.edge.relation != b.edge.relation) return a.edge.relation < b.edge.relation;
    if (a.edge.to != b.edge.to) return iriLess(a.edge.to, b.edge.to);
    return a.sentence < b.sentence;
  });
  return out;
}

std::vector<NodeId> KnowledgeGraph::documentsWithEvidence() const {
  // Millions of records, some tens of thousands of documents: mark them, then sort those.
  std::vector<bool> has(nodeCount(), false);
  for (const detail::EvidenceRecord& r : impl_->evidence) has[r.document.value] = true;
  indexStatedValues();
  for (const detail::ValueRecord& r : impl_->statedValues) has[r.document.value] = true;
  std::vector<NodeId> out;
  for (std::uint32_t i = 0; i < has.size(); ++i)
    if (has[i]) out.push_back(NodeId{i});
  std::sort(out.begin(), out.end(), [&](NodeId a, NodeId b) { return iriLess(a, b); });
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
    return iriLess(a.to, b.to);
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
    return iriLess(a.from, b.from);
  });
  return out;
}

namespace {

bool among(std::span<const Relation> relations, Relation relation) {
  return std::find(relations.begin(), relations.end(), relation) != relations.end();
}

// The index's edges of one node.
std::span<const detail::Adjacent> adjacentOf(const detail::AdjacencyIndex& index, NodeId node) {
  return {index.edges.data() + index.start[node.value], index.edges.data() + index.start[node.value + 1]};
}

}  // namespace

void KnowledgeGraph::dropAdjacency() {
  if (!impl_->adjacencyValid) return;
  impl_->adjacencyValid = false;
  impl_->outIndex = {};
  impl_->inIndex = {};
}

void KnowledgeGraph::indexAdjacency() const {
  if (impl_->adjacencyValid) return;
  const auto& g = impl_->graph;
  const std::size_t n = nodeCount();
  auto& out = impl_->outIndex;
  auto& in = impl_->inIndex;
  out.start.assign(n + 1, 0);
  in.start.assign(n + 1, 0);
  for (std::size_t v = 0; v < n; ++v) {
    out.start[v + 1] = out.start[v] + static_cast<std::uint32_t>(boost::out_degree(v, g));
    in.start[v + 1] = in.start[v] + static_cast<std::uint32_t>(boost::in_degree(v, g));
  }
  out.edges.resize(out.start[n]);
  in.edges.resize(in.start[n]);
  std::vector<std::uint32_t> outNext(out.start.begin(), out.start.end() - 1), inNext(in.start.begin(), in.start.end() - 1);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto from = static_cast<std::uint32_t>(boost::source(*it, g)), to = static_cast<std::uint32_t>(boost::target(*it, g));
    const Relation relation = g[*it].relation;
    out.edges[outNext[from]++] = detail::Adjacent{NodeId{to}, relation};
    in.edges[inNext[to]++] = detail::Adjacent{NodeId{from}, relation};
  }
  impl_->adjacencyValid = true;
}

std::vector<Edge> KnowledgeGraph::outEdges(NodeId node, std::span<const Relation> relations) const {
  indexAdjacency();
  std::vector<Edge> out;
  for (const detail::Adjacent& a : adjacentOf(impl_->outIndex, node))
    if (among(relations, a.relation)) out.push_back(Edge{node, a.relation, a.other});
  std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) {
    if (a.relation != b.relation) return a.relation < b.relation;
    return iriLess(a.to, b.to);
  });
  return out;
}

std::vector<Edge> KnowledgeGraph::inEdges(NodeId node, std::span<const Relation> relations) const {
  std::vector<Edge> out = inEdgesUnsorted(node, relations);
  std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) {
    if (a.relation != b.relation) return a.relation < b.relation;
    return iriLess(a.from, b.from);
  });
  return out;
}

std::vector<Edge> KnowledgeGraph::inEdgesUnsorted(NodeId node, std::span<const Relation> relations) const {
  indexAdjacency();
  std::vector<Edge> out;
  for (const detail::Adjacent& a : adjacentOf(impl_->inIndex, node))
    if (among(relations, a.relation)) out.push_back(Edge{a.other, a.relation, node});
  return out;
}

std::vector<NodeId> KnowledgeGraph::nodesByIri() const {
  std::vector<NodeId> out(nodeCount());
  for (std::uint32_t i = 0; i < out.size(); ++i) out[i] = NodeId{i};
  if (impl_->iriOrdered < out.size())  // else already in order: a graph read from a file
    std::sort(out.begin(), out.end(), [&](NodeId a, NodeId b) { return iriLess(a, b); });
  return out;
}

bool KnowledgeGraph::iriLess(NodeId a, NodeId b) const {
  if (a.value < impl_->iriOrdered && b.value < impl_->iriOrdered) return a < b;
  return iriPath(a) < iriPath(b);
}

namespace {

std::uint64_t nameHash(std::string_view folded) { return fnv1a64(folded); }

}  // namespace

void KnowledgeGraph::indexNames() const {
  if (impl_->byNameValid) return;
  auto& index = impl_->byName;
  index.clear();
  index.reserve(nodeCount());
  for (std::uint32_t i = 0; i < nodeCount(); ++i) {
    const auto& data = impl_->graph[detail::vertex(NodeId{i})];
    index.emplace_back(nameHash(foldName(impl_->strings.view(data.name))), NodeId{i});
    for (StringId alt : data.alternateNames) index.emplace_back(nameHash(foldName(impl_->strings.view(alt))), NodeId{i});
  }
  std::sort(index.begin(), index.end());
  index.erase(std::unique(index.begin(), index.end()), index.end());
  index.shrink_to_fit();
  impl_->byNameValid = true;
}

std::vector<NodeId> KnowledgeGraph::findByName(std::string_view name) const {
  indexNames();
  const std::string key = foldName(name);
  const auto& index = impl_->byName;
  const auto first = std::lower_bound(index.begin(), index.end(), std::pair(nameHash(key), NodeId{0}));
  std::vector<NodeId> out;
  for (auto it = first; it != index.end() && it->first == first->first; ++it) {
    // The hash narrows the search to a node or two; the folded names decide.
    const auto& data = impl_->graph[detail::vertex(it->second)];
    bool match = foldName(impl_->strings.view(data.name)) == key;
    for (std::size_t a = 0; !match && a < data.alternateNames.size(); ++a)
      match = foldName(impl_->strings.view(data.alternateNames[a])) == key;
    if (match && (out.empty() || out.back() != it->second)) out.push_back(it->second);
  }
  return out;
}

// ___________________________________________________________________________________________
// Value sources: which documents gave a node which names and literals.

void KnowledgeGraph::addValueSource(const StatedValue& value, NodeId document) {
  const detail::ValueRecord record{value.node, impl_->strings.intern(value.value), document, fieldOf(value.property)};
  if (impl_->valueSourceSet.add(record, impl_->valueSources)) impl_->statedValuesValid = false;
}

namespace {

// The documents behind each node (that mention it or state a fact about it), sorted by id.
std::vector<std::vector<NodeId>> documentsBehind(const KnowledgeGraph& graph, const KnowledgeGraph::Impl& impl) {
  std::vector<std::vector<NodeId>> behind(graph.nodeCount());
  const auto& g = impl.graph;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const NodeId from = detail::nodeId(boost::source(*it, g));
    if (g[*it].relation == Relation::Mentions && graph.kind(from) == NodeKind::Document)
      behind[boost::target(*it, g)].push_back(from);
  }
  for (const detail::EvidenceRecord& r : impl.evidence) {
    behind[r.from.value].push_back(r.document);
    behind[r.to.value].push_back(r.document);
  }
  for (auto& documents : behind) {
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
  }
  return behind;
}

auto valueKey(const detail::ValueRecord& r) { return std::tuple(r.node, r.field, r.value); }

}  // namespace

void KnowledgeGraph::indexStatedValues() const {
  auto& stated = impl_->statedValues;
  if (!impl_->statedValuesValid) {
    // A value every document behind its node gives is implied by the node; the rest are
    // spelled out. The same rule in creditUnsourcedValues() reads them back.
    const auto behind = documentsBehind(*this, *impl_);
    std::vector<detail::ValueRecord> records = impl_->valueSources;
    std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
      return std::tuple(valueKey(a), a.document) < std::tuple(valueKey(b), b.document);
    });
    stated.clear();
    std::vector<NodeId> givers;
    for (std::size_t first = 0, last; first < records.size(); first = last) {
      givers.clear();
      for (last = first; last < records.size() && valueKey(records[last]) == valueKey(records[first]); ++last)
        givers.push_back(records[last].document);
      const auto& all = behind[records[first].node.value];
      if (all.empty() || givers != all) stated.insert(stated.end(), records.begin() + static_cast<std::ptrdiff_t>(first),
                                                      records.begin() + static_cast<std::ptrdiff_t>(last));
    }
    std::stable_sort(stated.begin(), stated.end(), [](const auto& a, const auto& b) { return a.document < b.document; });
    impl_->statedValuesValid = true;
  }
}

std::vector<StatedValue> KnowledgeGraph::valuesStatedBy(NodeId document) const {
  indexStatedValues();
  const auto& stated = impl_->statedValues;
  const auto first = std::partition_point(stated.begin(), stated.end(), [&](const auto& r) { return r.document < document; });
  const auto last = std::partition_point(first, stated.end(), [&](const auto& r) { return r.document == document; });
  std::vector<StatedValue> out;
  for (auto it = first; it != last; ++it) out.push_back(statedValue(*impl_, *it, it->node));
  const auto order = [](const std::optional<Property>& p) { return p ? static_cast<int>(*p) : -1; };
  std::sort(out.begin(), out.end(), [&](const StatedValue& a, const StatedValue& b) {
    if (a.node != b.node) return iriLess(a.node, b.node);
    if (a.property != b.property) return order(a.property) < order(b.property);
    return a.value < b.value;
  });
  return out;
}

void KnowledgeGraph::creditUnsourcedValues() {
  const auto behind = documentsBehind(*this, *impl_);
  std::unordered_set<std::tuple<std::uint32_t, std::uint8_t, StringId>, TupleHash> sourced;
  for (const detail::ValueRecord& r : impl_->valueSources) sourced.emplace(r.node.value, r.field, r.value);
  for (std::uint32_t i = 0; i < nodeCount(); ++i) {
    const NodeId node{i};
    if (kind(node) == NodeKind::Document || behind[i].empty()) continue;
    const auto& data = impl_->graph[detail::vertex(node)];
    std::vector<std::pair<std::uint8_t, StringId>> values{{detail::NAME_FIELD, data.name}};
    for (StringId alt : data.alternateNames) values.emplace_back(detail::NAME_FIELD, alt);
    for (auto [property, value] : data.literals) values.emplace_back(static_cast<std::uint8_t>(property), value);
    for (auto [field, value] : values) {
      if (sourced.count({i, field, value})) continue;
      for (NodeId document : behind[i]) {
        impl_->valueSourceSet.add(detail::ValueRecord{node, value, document, field}, impl_->valueSources);
      }
    }
  }
  impl_->statedValuesValid = false;
}

KnowledgeGraph KnowledgeGraph::withoutDocuments(const std::vector<NodeId>& documents) const {
  const auto& g = impl_->graph;
  const std::size_t n = nodeCount();
  std::vector<bool> removed(n, false);
  for (NodeId d : documents) removed[d.value] = true;

  // Facts by the documents that state them, kept or not.
  std::unordered_set<std::tuple<std::uint32_t, Relation, std::uint32_t>, TupleHash> stated, statedStill;
  for (const detail::EvidenceRecord& r : impl_->evidence) {
    stated.emplace(r.from.value, r.relation, r.to.value);
    if (!removed[r.document.value]) statedStill.emplace(r.from.value, r.relation, r.to.value);
  }
  const auto factKept = [&](std::uint32_t from, Relation relation, std::uint32_t to) {
    return relation != Relation::Mentions &&
           (statedStill.count({from, relation, to}) || !stated.count({from, relation, to}));
  };

  // The nodes something still holds on to, when the documents `gone` are gone: a document
  // itself, what a document mentions or gives a name or literal, the ends of the facts it
  // states, and, through facts nobody states (gazetteer facts read without provenance), what
  // a held node points to.
  const auto held = [&](const std::vector<bool>& gone) {
    std::vector<bool> hold(n, false);
    std::vector<std::uint32_t> work;
    const auto mark = [&](std::uint32_t v) {
      if (!hold[v]) hold[v] = true, work.push_back(v);
    };
    for (std::uint32_t v = 0; v < n; ++v)
      if (kind(NodeId{v}) == NodeKind::Document && !gone[v]) mark(v);
    for (const detail::EvidenceRecord& r : impl_->evidence)
      if (!gone[r.document.value]) mark(r.from.value), mark(r.to.value);
    for (const detail::ValueRecord& r : impl_->valueSources)
      if (!gone[r.document.value]) mark(r.node.value);
    while (!work.empty()) {
      const std::uint32_t v = work.back();
      work.pop_back();
      for (auto [it, end] = boost::out_edges(detail::vertex(NodeId{v}), g); it != end; ++it) {
        const auto to = static_cast<std::uint32_t>(boost::target(*it, g));
        const Relation relation = g[*it].relation;
        if ((relation == Relation::Mentions && kind(NodeId{v}) == NodeKind::Document) ||
            (relation != Relation::Mentions && !stated.count({v, relation, to})))
          mark(to);
      }
    }
    return hold;
  };
  // A node nothing held before (an entity of a hand-made graph) is nobody's to remove.
  const std::vector<bool> heldNow = held(removed), heldBefore = held(std::vector<bool>(n, false));
  std::vector<bool> keep(n);
  for (std::uint32_t v = 0; v < n; ++v) keep[v] = !removed[v] && (heldNow[v] || !heldBefore[v]);

  // A value stays unless every document that gave it is gone.
  std::unordered_map<std::tuple<std::uint32_t, std::uint8_t, StringId>, bool, TupleHash> valueKept;
  for (const detail::ValueRecord& r : impl_->valueSources) valueKept[{r.node.value, r.field, r.value}] |= !removed[r.document.value];
  const auto kept = [&](std::uint32_t node, std::uint8_t field, StringId value) {
    const auto it = valueKept.find({node, field, value});
    return it == valueKept.end() || it->second;
  };

  KnowledgeGraph out;
  std::vector<NodeId> global(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    if (!keep[v]) continue;
    const detail::NodeData& data = g[v];
    std::vector<std::string_view> names;
    for (StringId alt : data.alternateNames)
      if (kept(v, detail::NAME_FIELD, alt)) names.push_back(impl_->strings.view(alt));
    std::string_view name = impl_->strings.view(data.name);
    if (!kept(v, detail::NAME_FIELD, data.name) && !names.empty()) {
      // The canonical name went with its documents: the best remaining spelling of it, else
      // the best remaining name.
      const std::string key = foldName(name);
      const auto best = [](const std::vector<std::string_view>& from) {
        return *std::min_element(from.begin(), from.end(), [](auto a, auto b) { return betterName(a, b); });
      };
      std::vector<std::string_view> spellings;
      for (auto alt : names)
        if (foldName(alt) == key) spellings.push_back(alt);
      name = best(spellings.empty() ? names : spellings);
    }
    global[v] = out.addNode(data.kind, impl_->strings.view(data.iriPath), name);
    for (auto alt : names) out.addName(global[v], alt);
    for (auto [property, value] : data.literals)
      if (kept(v, static_cast<std::uint8_t>(property), value)) out.addLiteral(global[v], property, impl_->strings.view(value));
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto from = static_cast<std::uint32_t>(boost::source(*it, g)), to = static_cast<std::uint32_t>(boost::target(*it, g));
    const Relation relation = g[*it].relation;
    if (keep[from] && keep[to] && (relation == Relation::Mentions || factKept(from, relation, to)))
      out.addEdge(global[from], relation, global[to]);
  }
  for (const detail::EvidenceRecord& r : impl_->evidence)
    if (!removed[r.document.value] && keep[r.from.value] && keep[r.to.value])
      out.addEvidence(Edge{global[r.from.value], r.relation, global[r.to.value]}, global[r.document.value],
                      impl_->strings.view(r.sentence), impl_->strings.view(r.rule));
  for (const detail::ValueRecord& r : impl_->valueSources)
    if (!removed[r.document.value] && keep[r.node.value])
      out.addValueSource(statedValue(*impl_, r, global[r.node.value]), global[r.document.value]);
  return out;
}

}  // namespace pressgraph
