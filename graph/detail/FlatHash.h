// SPDX-License-Identifier: MIT
// The slot arithmetic the graph's open-addressing tables share.
#pragma once

#include <bit>
#include <cstdint>

namespace pressgraph::detail {

/// The shift that takes a 64-bit product to an index into `size` slots, a power of two.
inline unsigned slotShift(std::size_t size) { return 64 - static_cast<unsigned>(std::countr_zero(size)); }

/// The home slot of `hash`: the top bits of hash × 2^64/phi (Fibonacci hashing), which spreads
/// hashes whose low bits repeat, as packed ids and small tags do.
inline std::size_t homeSlot(std::uint64_t hash, unsigned shift) {
  return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ull) >> shift);
}

}  // namespace pressgraph::detail
