// SPDX-License-Identifier: MIT
// Block-allocated string interning.
#include "graph/StringPool.h"

#include <cstring>

namespace pressgraph {

StringId StringPool::intern(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
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
  ids_.emplace(views_.back(), id);
  return id;
}

std::optional<StringId> StringPool::find(std::string_view s) const {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  return std::nullopt;
}

}  // namespace pressgraph
