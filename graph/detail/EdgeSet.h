// SPDX-License-Identifier: MIT
// Which relations join two nodes, for adding an edge twice to be a lookup.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/detail/FlatHash.h"

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

  // The slot of `key` in `table`, or the empty slot where it would go.
  static std::size_t find(const std::vector<Slot>& table, unsigned shift, std::uint64_t key) {
    const std::size_t mask = table.size() - 1;
    std::size_t i = homeSlot(key, shift);
    while (table[i].key != key && table[i].key != EMPTY) i = (i + 1) & mask;
    return i;
  }
  std::size_t find(std::uint64_t key) const { return find(slots_, shift_, key); }

  // Into a new table, swapped in when complete: a failed allocation keeps the old one.
  void grow() {
    std::vector<Slot> table(slots_.empty() ? 1024 : slots_.size() * 2);
    const unsigned shift = slotShift(table.size());
    for (const Slot& s : slots_)
      if (s.key != EMPTY) table[find(table, shift, s.key)] = s;
    slots_.swap(table);
    shift_ = shift;
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  unsigned shift_ = 64;
};

}  // namespace pressgraph::detail
