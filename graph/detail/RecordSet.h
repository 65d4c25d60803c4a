// SPDX-License-Identifier: MIT
// Duplicate checks for the provenance lists, at four bytes a slot.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/detail/FlatHash.h"

namespace pressgraph::detail {

/// Says whether a record is already in a list of records. It stores positions in that list,
/// not copies, in one open-addressing table: a graph has millions of provenance records, and
/// a node-based set of copies took some forty bytes and two cache misses for each.
template <class Record, class Hash>
class RecordSet {
 public:
  /// Appends `r` to `records`, the list this set guards, unless it is there already; returns
  /// whether it did. A failed append leaves both unchanged.
  bool add(const Record& r, std::vector<Record>& records) {
    if ((records.size() + 1) * 2 > slots_.size()) grow(records);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = slot(r);
    for (; slots_[i] != EMPTY; i = (i + 1) & mask)
      if (records[slots_[i]] == r) return false;
    records.push_back(r);
    slots_[i] = static_cast<std::uint32_t>(records.size() - 1);
    return true;
  }

 private:
  static constexpr std::uint32_t EMPTY = UINT32_MAX;

  // The top bits of the hash times 2^64/phi: spreads hashes whose low bits repeat.
  static std::size_t slot(const Record& r, unsigned shift) {
    return homeSlot(Hash{}(r), shift);
  }
  std::size_t slot(const Record& r) const { return slot(r, shift_); }

  // Into a new table, swapped in when complete: a failed allocation keeps the old one.
  void grow(const std::vector<Record>& records) {
    std::size_t size = slots_.empty() ? 64 : slots_.size() * 2;
    while ((records.size() + 1) * 2 > size) size *= 2;
    std::vector<std::uint32_t> table(size, EMPTY);
    const unsigned shift = slotShift(size);
    for (std::size_t k = 0; k < records.size(); ++k) {
      std::size_t i = slot(records[k], shift);
      while (table[i] != EMPTY) i = (i + 1) & (size - 1);
      table[i] = static_cast<std::uint32_t>(k);
    }
    slots_.swap(table);
    shift_ = shift;
  }

  std::vector<std::uint32_t> slots_;  // positions in the list, a power of two of them
  unsigned shift_ = 64;
};

}  // namespace pressgraph::detail
