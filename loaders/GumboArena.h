// SPDX-License-Identifier: MIT
// The memory of one Gumbo parse: HtmlLoader's, and bench/html_parse_floor's so that the floor
// it measures is the parse `build` runs.
#pragma once

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace pressgraph {

// Every block Gumbo asks for during one parse, freed together when the parse has been read.
// Gumbo 0.10.1 loses the name and identifiers of a DOCTYPE it ignores (one after the page has
// begun, as in pages glued together: found by fuzz_html), and freeing its tree cost a call per
// node; an arena ends the first and skips the second. Gumbo's own frees are ignored: measured
// with a counting allocator, what a parse ever asks for is about what it holds at its peak under
// malloc (a page of 20 MB of small elements: 504 MB asked, 552 MB peak with malloc's rounding),
// and at most half as much again for one long text, whose buffer grows by doubling (62 MB asked,
// 41 MB peak).
class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena() {
    for (void* chunk : chunks_) std::free(chunk);
  }

  void use(GumboOptions& options) {
    options.allocator = &allocate;
    options.deallocator = &deallocate;
    options.userdata = this;
  }

 private:
  static constexpr std::size_t kAlign = alignof(std::max_align_t);  // what malloc promises Gumbo
  static constexpr std::size_t kFirstChunk = 32 * 1024;
  static constexpr std::size_t kLastChunk = 1024 * 1024;
  static constexpr std::size_t kOwnChunk = 8 * 1024;  // a block this big gets a chunk of its own

  static void* allocate(void* self, std::size_t size) { return static_cast<GumboArena*>(self)->take(size); }
  static void deallocate(void*, void*) {}

  void* take(std::size_t size) {
    size = std::max(kAlign, (size + kAlign - 1) & ~(kAlign - 1));
    if (size > kOwnChunk) return newChunk(size);  // the current chunk keeps its free space
    if (size > static_cast<std::size_t>(end_ - next_)) {
      chunkSize_ = chunks_.empty() ? kFirstChunk : std::min(kLastChunk, chunkSize_ * 2);
      next_ = static_cast<std::byte*>(newChunk(chunkSize_));
      end_ = next_ + chunkSize_;
    }
    void* block = next_;
    next_ += size;
    return block;
  }

  // Gumbo does not check for NULL; the exception unwinds through its frames (amd64 code always
  // has unwind tables) and the arena's destructor frees what the parse had.
  void* newChunk(std::size_t size) {
    chunks_.push_back(nullptr);  // first, so that a failing push_back cannot lose the chunk
    chunks_.back() = std::malloc(size);
    if (chunks_.back() == nullptr) throw std::bad_alloc();
    return chunks_.back();
  }

  std::vector<void*> chunks_;
  std::size_t chunkSize_ = 0;
  std::byte* next_ = nullptr;
  std::byte* end_ = nullptr;
};

}  // namespace pressgraph
