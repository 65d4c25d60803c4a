// SPDX-License-Identifier: MIT
// JSON-LD through RapidJSON: one inline @context, then the nodes in writeRdf()'s order and shape.
#include "writers/JsonLdWriter.h"

#include <rapidjson/filewritestream.h>
#include <rapidjson/prettywriter.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "writers/RdfWriter.h"

namespace pressgraph {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::FileWriteStream>;

// Every IRI we write is compacted with one of these; the same table builds the @context, so a
// compact IRI can only expand back to the IRI it came from.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> PREFIXES = {{
    {"schema", SCHEMA_NS},
    {"rdf", RDF_NS},
    {"prov", PROV_NS},
    {"pg", PG_NS},
    {"id", ID_NS},
    {"xsd", XSD_NS},
    {"owl", OWL_NS},
}};

std::string compact(std::string_view iri) {
  for (const auto& [prefix, ns] : PREFIXES) {
    if (!iri.starts_with(ns)) continue;
    const std::string_view local = iri.substr(ns.size());
    // JSON-LD reads "p://x" as an absolute IRI, never as prefix p plus "//x".
    if (local.starts_with("//")) break;
    std::string out(prefix);
    out += ':';
    out += local;
    return out;
  }
  return std::string(iri);
}

/// The JSON-LD term for a vocabulary IRI: its local name ("http://schema.org/startDate" ->
/// "startDate"). The names in Vocabulary.cpp are unique, so terms cannot collide.
std::string_view term(std::string_view iri) { return iri.substr(iri.find_last_of("/#") + 1); }

void string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void key(JsonWriter& w, std::string_view s) { w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size())); }


// schema:name and schema:alternateName, which writeRdf() writes for every node.
constexpr std::string_view NAME_TERM = "name";
constexpr std::string_view ALTERNATE_NAME_TERM = "alternateName";

void writeContext(JsonWriter& w) {
  w.StartObject();
  for (const auto& [prefix, ns] : PREFIXES) {
    key(w, prefix);
    string(w, ns);
  }
  for (std::string_view name : {NAME_TERM, ALTERNATE_NAME_TERM}) {
    key(w, name);
    string(w, compact(std::string(SCHEMA_NS) + std::string(name)));
  }
  // Literal terms carry no @type: a date is typed per value, because only the values that
  // dateDatatype() recognises are typed in the Turtle.
  for (const PropertyInfo& p : allProperties()) {
    key(w, term(p.iri));
    if (p.iriValued) {
      w.StartObject();
      key(w, "@id");
      string(w, compact(p.iri));
      key(w, "@type");
      string(w, "@id");
      w.EndObject();
    } else {
      string(w, compact(p.iri));
    }
  }
  for (const RelationInfo& r : allRelations()) {
    key(w, term(r.iri));
    w.StartObject();
    key(w, "@id");
    string(w, compact(r.iri));
    key(w, "@type");
    string(w, "@id");
    w.EndObject();
  }
  w.EndObject();
}

/// Writes `values` under `name`: a scalar for one value, an array for several, as JSON-LD's
/// own compaction does.
template <typename Value, typename WriteOne>
void writeValues(JsonWriter& w, std::string_view name, const std::vector<Value>& values, WriteOne writeOne) {
  if (values.empty()) return;
  key(w, name);
  if (values.size() > 1) w.StartArray();
  for (const Value& v : values) writeOne(v);
  if (values.size() > 1) w.EndArray();
}

// Writes one node object; returns the number of triples it expands to.
std::size_t writeNode(JsonWriter& w, const KnowledgeGraph& graph, NodeId node) {
  std::size_t triples = 0;
  w.StartObject();
  key(w, "@id");
  string(w, compact(graph.iri(node)));

  const NodeKind kind = graph.kind(node);
  std::vector<std::string_view> types{info(kind).schemaType};
  if (kind == NodeKind::Office || kind == NodeKind::Document) types.push_back(info(kind).ownType);
  writeValues(w, "@type", types, [&](std::string_view t) { string(w, compact(t)); });
  triples += types.size();

  key(w, NAME_TERM);
  string(w, graph.name(node));
  ++triples;
  const auto alternates = graph.alternateNames(node);
  writeValues(w, ALTERNATE_NAME_TERM, alternates, [&](std::string_view a) { string(w, a); });
  triples += alternates.size();

  // literals() and outEdges() come sorted by property / relation, so each key's values are
  // one run, and the key order is the vocabulary's.
  const auto literals = graph.literals(node);
  triples += literals.size();
  for (std::size_t i = 0; i < literals.size();) {
    const Property property = literals[i].first;
    std::vector<std::string_view> values;
    for (; i < literals.size() && literals[i].first == property; ++i) values.push_back(literals[i].second);
    writeValues(w, term(info(property).iri), values, [&](std::string_view v) {
      const std::string_view datatype = literalDatatype(property, v);
      if (datatype.empty()) {
        string(w, v);  // an IRI for SameAs (the term says @type @id), else a plain literal
        return;
      }
      w.StartObject();
      key(w, "@value");
      string(w, v);
      key(w, "@type");
      string(w, compact(datatype));
      w.EndObject();
    });
  }

  const auto edges = graph.outEdges(node);
  triples += edges.size();
  for (std::size_t i = 0; i < edges.size();) {
    const Relation relation = edges[i].relation;
    std::vector<NodeId> targets;
    for (; i < edges.size() && edges[i].relation == relation; ++i) targets.push_back(edges[i].to);
    writeValues(w, term(info(relation).iri), targets, [&](NodeId to) { string(w, compact(graph.iri(to))); });
  }
  w.EndObject();
  return triples;
}

void idObject(JsonWriter& w, std::string_view name, std::string_view iri) {
  key(w, name);
  w.StartObject();
  key(w, "@id");
  string(w, compact(iri));
  w.EndObject();
}

// The provenance statements, as writeRdf() writes them (see factIri(), valueIri()); returns the triples.
std::size_t writeEvidence(JsonWriter& w, const KnowledgeGraph& graph) {
  std::size_t triples = 0;
  const std::string rdf(RDF_NS), prov(PROV_NS), pg(PG_NS);
  for (NodeId document : graph.documentsWithEvidence()) {
    const std::string docIri = graph.iri(document);
    std::size_t n = 0;
    for (const StatedFact& fact : graph.statedBy(document)) {
      w.StartObject();
      key(w, "@id");
      string(w, compact(factIri(docIri, ++n)));
      key(w, "@type");
      string(w, compact(rdf + "Statement"));
      idObject(w, compact(rdf + "subject"), graph.iri(fact.edge.from));
      idObject(w, compact(rdf + "predicate"), info(fact.edge.relation).iri);
      idObject(w, compact(rdf + "object"), graph.iri(fact.edge.to));
      idObject(w, compact(prov + "wasDerivedFrom"), docIri);
      triples += 5;
      if (!fact.sentence.empty()) {
        key(w, compact(pg + "sentence"));
        string(w, fact.sentence);
        ++triples;
      }
      if (!fact.rule.empty()) {
        key(w, compact(pg + "rule"));
        string(w, fact.rule);
        ++triples;
      }
      w.EndObject();
    }
    n = 0;
    for (const StatedValue& value : graph.valuesStatedBy(document)) {
      w.StartObject();
      key(w, "@id");
      string(w, compact(valueIri(docIri, ++n)));
      key(w, "@type");
      string(w, compact(rdf + "Statement"));
      idObject(w, compact(rdf + "subject"), graph.iri(value.node));
      idObject(w, compact(rdf + "predicate"), valuePredicate(graph, value));
      if (value.property && info(*value.property).iriValued) {
        idObject(w, compact(rdf + "object"), value.value);
      } else {
        key(w, compact(rdf + "object"));
        w.StartObject();
        key(w, "@value");
        string(w, value.value);
        if (const auto datatype = value.property ? literalDatatype(*value.property, value.value) : std::string_view{};
            !datatype.empty()) {
          key(w, "@type");
          string(w, compact(datatype));
        }
        w.EndObject();
      }
      idObject(w, compact(prov + "wasDerivedFrom"), docIri);
      triples += 5;
      w.EndObject();
    }
  }
  return triples;
}

}  // namespace

std::size_t writeJsonLd(const KnowledgeGraph& graph, FILE* out) {
  char buffer[1 << 16];
  rapidjson::FileWriteStream stream(out, buffer, sizeof buffer);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  std::size_t triples = 0;
  w.StartObject();
  key(w, "@context");
  writeContext(w);
  key(w, "@graph");
  w.StartArray();
  for (NodeId node : graph.nodesByIri()) triples += writeNode(w, graph, node);
  triples += writeEvidence(w, graph);
  w.EndArray();
  w.EndObject();
  stream.Put('\n');
  stream.Flush();
  return triples;
}

}  // namespace pressgraph
