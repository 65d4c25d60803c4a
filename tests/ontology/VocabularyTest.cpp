// SPDX-License-Identifier: MIT
// The vocabulary table and ontology/pressgraph.ttl agree, and the table's lookups invert.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <string>

#include "ontology/Vocabulary.h"
#include "tests/TestPaths.h"

using namespace pressgraph;

TEST_CASE("every lookup of the vocabulary table inverts", "[ontology]") {
  for (const auto& k : allKinds()) CHECK(kindFromSegment(k.segment) == k.kind);
  for (const auto& r : allRelations()) CHECK(relationFromIri(r.iri) == r.relation);
  for (const auto& p : allProperties()) CHECK(propertyFromIri(p.iri) == p.property);
  CHECK_FALSE(relationFromIri("http://schema.org/unknown").has_value());
  CHECK(isEventType("Workshop"));
  CHECK_FALSE(isEventType("Picnic"));
}

TEST_CASE("ontology/pressgraph.ttl is valid Turtle that defines every pg: term the table uses", "[ontology]") {
  const std::string path = (test::sourceDir() / "ontology" / "pressgraph.ttl").string();
  FILE* p = popen(("serdi -i turtle -o ntriples '" + path + "' 2>&1").c_str(), "r");
  REQUIRE(p);
  std::string nt;
  std::array<char, 4096> buf;
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), p)) > 0;) nt.append(buf.data(), n);
  REQUIRE(pclose(p) == 0);
  auto defined = [&](std::string_view iri) {
    return nt.find("<" + std::string(iri) + "> <http://www.w3.org/2000/01/rdf-schema#label>") != std::string::npos;
  };
  for (const auto& k : allKinds()) CHECK(defined(k.ownType));
  for (const auto& r : allRelations())
    if (r.iri.starts_with(PG_NS)) CHECK(defined(r.iri));
  for (const auto& p : allProperties())
    if (p.iri.starts_with(PG_NS)) CHECK(defined(p.iri));
}

// The gazetteers are hand-edited: a row with a missing column, an unsorted or duplicate name, a
// shared acronym not flagged ambiguous or a parent that names no row would be read wrong.
TEST_CASE("the gazetteer data files pass their consistency checks", "[ontology]") {
  const std::string script = (test::sourceDir() / "ontology" / "data" / "check_data.py").string();
  FILE* p = popen(("python3 '" + script + "' 2>&1").c_str(), "r");
  REQUIRE(p);
  std::string out;
  std::array<char, 4096> buf;
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), p)) > 0;) out.append(buf.data(), n);
  INFO(out);
  CHECK(pclose(p) == 0);
  CHECK(out.find("\nOK\n") != std::string::npos);
}
