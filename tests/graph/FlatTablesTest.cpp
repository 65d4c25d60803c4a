// SPDX-License-Identifier: MIT
// The graph's open-addressing tables: provenance duplicate checks and the edge set.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "graph/detail/EdgeSet.h"
#include "graph/detail/RecordSet.h"

namespace {

struct Pair {
  std::uint32_t a, b;
  bool operator==(const Pair&) const = default;
};
struct PairHash {
  std::size_t operator()(const Pair& p) const noexcept { return p.a * 31u + p.b; }
};
// Every record in one probe chain.
struct SameHash {
  std::size_t operator()(const Pair&) const noexcept { return 7; }
};

template <class Hash>
void checkDeduplicates(std::uint32_t n) {
  pressgraph::detail::RecordSet<Pair, Hash> set;
  std::vector<Pair> records;
  // Each record twice, the second time after many others: only the first is new.
  for (int round = 0; round < 2; ++round)
    for (std::uint32_t i = 0; i < n; ++i) {
      const Pair p{i % 97, i};
      CHECK(set.add(p, records) == (round == 0));
    }
  REQUIRE(records.size() == n);
  for (std::uint32_t i = 0; i < n; ++i) CHECK(records[i] == (Pair{i % 97, i}));
}

}  // namespace

TEST_CASE("RecordSet keeps each record once across growth", "[graph]") {
  checkDeduplicates<PairHash>(100'000);
}

TEST_CASE("RecordSet keeps each record once when every hash collides", "[graph]") {
  checkDeduplicates<SameHash>(2'000);
}

TEST_CASE("EdgeSet keeps the relation bits of every node pair across growth", "[graph]") {
  pressgraph::detail::EdgeSet edges;
  CHECK(edges.bitsOf(0) == 0);
  const auto key = [](std::uint64_t from, std::uint64_t to) { return (from << 32) | to; };
  for (std::uint64_t i = 0; i < 50'000; ++i) {
    edges.bits(key(i, i + 1)) |= 1u;
    edges.bits(key(i + 1, i)) |= 1u << (i % 20);
  }
  edges.bits(key(7, 8)) |= 4u;
  CHECK(edges.bitsOf(key(7, 8)) == 5u);
  for (std::uint64_t i = 0; i < 50'000; ++i) {
    CHECK(edges.bitsOf(key(i + 1, i)) == 1u << (i % 20));
    CHECK(edges.bitsOf(key(i, i + 2)) == 0);
  }
  CHECK(edges.bitsOf(key(0, 0)) == 0);
}
