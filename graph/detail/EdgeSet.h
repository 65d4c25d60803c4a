// SPDX-License-Identifier: MIT
// Which relations join two nodes, for adding an edge twice to be a lookup.
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace pressgraph::detail {

/// (from, to) packed in 64 bits -> the bit set of the relations from `from` to `to`. One open
/// addressing table of 16-byte slots: a graph has millions of node pairs, and a node-based map
/// took some forty bytes and a pointer chase for each.
class EdgeSet {
 public:
  /// The bits of `key`, added as 0 on first sight.
  std::uint32_t& bits(std::uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = slots_[find(key)];
    if (slot.key != key) {
      slot.key = key;
      ++size_;
    }
    return slot.relations;
  }
  /// The bits of `key`, 0 when absent.
  std::uint32_t bitsOf(std::uint64_t key) const {
    if (slots_.empty()) return 0;
    const Slot& slot = slots_[find(key)];
    return slot.key == key ? slot.relations : 0;
  }

 private:
  // No pair of nodes packs to this: node ids stay below 2^32 - 1.
  static constexpr std::uint64_t EMPTY = UINT64_MAX;
  struct Slot {
    std::uint64_t key = EMPTY;
    std::uint32_t relations = 0;
  };

  // The slot of `key`, or the empty slot where it would go.
  std::size_t find(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
    while (slots_[i].key != key && slots_[i].key != EMPTY) i = (i + 1) & mask;
    return i;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
    for (const Slot& s : old)
      if (s.key != EMPTY) slots_[find(s.key)] = s;
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  unsigned shift_ = 64;
};

}  // namespace pressgraph::detail
