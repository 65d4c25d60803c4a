// SPDX-License-Identifier: MIT
// Name keys and IRI slugs.
#include <catch2/catch.hpp>

#include "graph/Names.h"

using namespace pressgraph;

TEST_CASE("folded names ignore case, accents, punctuation and a leading 'the'", "[graph]") {
  CHECK(foldName("The UN Migration Agency") == "un migration agency");
  CHECK(foldName("Lomé") == foldName("LOME"));
  CHECK(foldName("Children's Fund") == foldName("Children’s Fund"));
  CHECK(foldName("Co-operation in Europe") == "co operation in europe");
  CHECK(foldName("Türkiye") == "turkiye");
  CHECK(foldName("Theatre") == "theatre");
}

TEST_CASE("slugs are ASCII, never empty, and transliterate other scripts", "[graph]") {
  CHECK(slug("International Organization for Migration") == "international-organization-for-migration");
  CHECK(slug("Chișinău") == "chisinau");
  CHECK(slug("Москва") == "moskva");
  CHECK(slug("!!!") == "x");
  for (char c : slug("Ελληνική Δημοκρατία")) CHECK(static_cast<unsigned char>(c) < 0x80);
}
