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

#if defined(__SANITIZE_ADDRESS__)
#define PRESSGRAPH_GUMBO_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PRESSGRAPH_GUMBO_ARENA_ASAN 1
#endif
#endif
#if PRESSGRAPH_GUMBO_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#endif

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
    for (const Chunk& chunk : chunks_) {
      unpoison(chunk.start, chunk.size);
      std::free(chunk.start);
    }
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
  static constexpr std::size_t kLargestBlock = std::size_t{1} << 40;  // far below where rounding wraps
#if PRESSGRAPH_GUMBO_ARENA_ASAN
  static constexpr bool kAsan = true;
#else
  static constexpr bool kAsan = false;
#endif
  // Under AddressSanitizer each block has a header with its size and a poisoned gap after it,
  // and a freed block is poisoned, so that reads of Gumbo's tree past a block or after Gumbo
  // let it go are caught as they were under malloc.
  static constexpr std::size_t kHeader = kAsan ? kAlign : 0;
  static constexpr std::size_t kGap = kAsan ? kAlign : 0;

  struct Chunk {
    std::byte* start;
    std::size_t size;
  };

  static void* allocate(void* self, std::size_t size) { return static_cast<GumboArena*>(self)->take(size); }
  static void deallocate(void* self, void* block) { static_cast<GumboArena*>(self)->giveBack(block); }

  void* take(std::size_t size) {
    if (size > kLargestBlock) throw std::bad_alloc();
    const std::size_t need = kHeader + std::max(kAlign, (size + kAlign - 1) & ~(kAlign - 1)) + kGap;
    std::byte* at;
    if (need > kOwnChunk) {
      at = newChunk(need);  // the current chunk keeps its free space
    } else {
      if (need > static_cast<std::size_t>(end_ - next_)) {
        bumpSize_ = bumpSize_ == 0 ? kFirstChunk : std::min(kLastChunk, bumpSize_ * 2);
        next_ = newChunk(bumpSize_);
        end_ = next_ + bumpSize_;
      }
      at = next_;
      next_ += need;
    }
    std::byte* block = at + kHeader;
    if constexpr (kAsan) {
      unpoison(at, kHeader);
      *reinterpret_cast<std::size_t*>(at) = size;
      poison(at, kHeader);
      unpoison(block, size);
    }
    return block;
  }

  // Without AddressSanitizer, blocks stay until the arena goes.
  void giveBack(void* block) {
    if constexpr (kAsan) {
      if (block == nullptr) return;
      std::byte* header = static_cast<std::byte*>(block) - kHeader;
      unpoison(header, kHeader);
      const std::size_t size = *reinterpret_cast<std::size_t*>(header);
      poison(header, kHeader + size);
    }
  }

  // Gumbo does not check for NULL; the exception unwinds through its frames (amd64 code always
  // has unwind tables) and the arena's destructor frees what the parse had.
  std::byte* newChunk(std::size_t size) {
    chunks_.push_back({nullptr, size});  // first, so that a failing push_back cannot lose the chunk
    chunks_.back().start = static_cast<std::byte*>(std::malloc(size));
    if (chunks_.back().start == nullptr) throw std::bad_alloc();
    poison(chunks_.back().start, size);
    return chunks_.back().start;
  }

  static void poison(const void* at, std::size_t size) {
#if PRESSGRAPH_GUMBO_ARENA_ASAN
    ASAN_POISON_MEMORY_REGION(at, size);
#else
    (void)at, (void)size;
#endif
  }
  static void unpoison(const void* at, std::size_t size) {
#if PRESSGRAPH_GUMBO_ARENA_ASAN
    ASAN_UNPOISON_MEMORY_REGION(at, size);
#else
    (void)at, (void)size;
#endif
  }

  std::vector<Chunk> chunks_;
  std::size_t bumpSize_ = 0;  // of the chunk small blocks come from
  std::byte* next_ = nullptr;
  std::byte* end_ = nullptr;
};

}  // namespace pressgraph
