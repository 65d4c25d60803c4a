// SPDX-License-Identifier: MIT
// Block-allocated string interning.
#include "graph/StringPool.h"

#include <cstring>
#include <functional>

#include "graph/detail/FlatHash.h"

namespace pressgraph {
namespace {

std::uint32_t tagOf(std::string_view s) {
  const std::uint64_t h = std::hash<std::string_view>{}(s);
  return static_cast<std::uint32_t>(h >> 32) ^ static_cast<std::uint32_t>(h);
}

}  // namespace

std::size_t StringPool::home(std::uint32_t tag, unsigned shift) {
  return detail::homeSlot(tag, shift);
}

// The slot holding `s`, or the empty slot where it would go.
std::size_t StringPool::findSlot(std::string_view s, std::uint32_t tag) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = home(tag, shift_);; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) return i;
    if (static_cast<std::uint32_t>(slot >> 32) == tag && views_[static_cast<std::uint32_t>(slot) - 1] == s) return i;
  }
}

// Into a new table, swapped in when complete: a failed allocation keeps the old one.
void StringPool::grow() {
  std::vector<std::uint64_t> table(slots_.empty() ? 1024 : slots_.size() * 2, 0);
  const unsigned shift = detail::slotShift(table.size());
  const std::size_t mask = table.size() - 1;
  for (std::uint64_t slot : slots_) {
    if (slot == 0) continue;
    std::size_t i = home(static_cast<std::uint32_t>(slot >> 32), shift);
    while (table[i] != 0) i = (i + 1) & mask;
    table[i] = slot;
  }
  slots_.swap(table);
  shift_ = shift;
}

StringId StringPool::intern(std::string_view s) {
  if ((views_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint32_t tag = tagOf(s);
  const std::size_t at = findSlot(s, tag);
  if (slots_[at] != 0) return static_cast<StringId>(static_cast<std::uint32_t>(slots_[at]) - 1);
  if (blocks_.empty() || blockUsed_ + s.size() > blockSize_) {
    // A string longer than a block gets a block of its own, so views never move.
    blockSize_ = std::max(BLOCK_SIZE, s.size());
    blocks_.push_back(std::make_unique<char[]>(blockSize_));
    blockUsed_ = 0;
  }
  char* dst = blocks_.back().get() + blockUsed_;
  if (!s.empty()) std::memcpy(dst, s.data(), s.size());
  blockUsed_ += s.size();
  const auto id = static_cast<StringId>(views_.size());
  views_.emplace_back(dst, s.size());
  slots_[at] = (static_cast<std::uint64_t>(tag) << 32) | (static_cast<std::uint64_t>(id) + 1);
  return id;
}

std::optional<StringId> StringPool::find(std::string_view s) const {
  if (slots_.empty()) return std::nullopt;
  const std::uint64_t slot = slots_[findSlot(s, tagOf(s))];
  if (slot == 0) return std::nullopt;
  return static_cast<StringId>(static_cast<std::uint32_t>(slot) - 1);
}

}  // namespace pressgraph
