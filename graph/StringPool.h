// SPDX-License-Identifier: MIT
// Interned strings: every name and literal of a graph is stored once and referred to by id.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/Types.h"

namespace pressgraph {

/// Stores each distinct string once in large blocks; views stay valid for the pool's life.
class StringPool {
 public:
  StringPool() = default;
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  /// The id of `s`, adding it on first sight.
  StringId intern(std::string_view s);
  /// The id of `s` if it was interned; never adds.
  std::optional<StringId> find(std::string_view s) const;
  std::string_view view(StringId id) const { return views_[id]; }
  std::size_t size() const { return views_.size(); }

 private:
  static constexpr std::size_t BLOCK_SIZE = 1 << 16;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t blockUsed_ = BLOCK_SIZE;
  std::size_t blockSize_ = BLOCK_SIZE;
  std::vector<std::string_view> views_;
  // Open addressing over ids: each slot is (32 bits of the string's hash << 32) | (id + 1), 0
  // when empty. Eight bytes a slot, half of them used at most; the hash bits re-place a slot
  // when the table grows and turn most mismatches away before comparing strings.
  std::vector<std::uint64_t> slots_;
  unsigned shift_ = 64;

  std::size_t findSlot(std::string_view s, std::uint32_t tag) const;
  static std::size_t home(std::uint32_t tag, unsigned shift);
  void grow();
};

}  // namespace pressgraph
