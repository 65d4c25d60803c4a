// SPDX-License-Identifier: MIT
// Fixed word lists that the extractors check several times for every token.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pressgraph {

/// Words mapped to values, built once and then only read (from any number of threads). A word
/// whose length or first byte no key has is turned away without hashing, which is most
/// tokens for most lists; the rest cost an FNV-1a hash of a few bytes and a probe or two of an
/// open-addressed table. std::unordered_set hashes with _Hash_bytes, divides by a prime and
/// follows a node pointer on every check: its word lists were a fifth of extraction's time.
template <typename Value>
class WordMap {
 public:
  WordMap() = default;
  WordMap(std::initializer_list<std::pair<std::string_view, Value>> entries) {
    for (const auto& [word, value] : entries) insert(word, value);
  }

  /// Adds `word` (a word given twice keeps its first value).
  void insert(std::string_view word, Value value) {
    if (find(word)) return;
    if (word.empty()) {  // a free slot is an empty string: the empty word lives apart
      emptyWord_ = std::move(value);
      hasEmptyWord_ = true;
      return;
    }
    if (2 * (count_ + 1) > slots_.size()) grow();
    place(std::string(word), std::move(value));
    ++count_;
    lengths_ |= word.size() < 64 ? std::uint64_t{1} << word.size() : std::uint64_t{1} << 63;
    const auto first = static_cast<unsigned char>(word[0]);
    firstBytes_[first / 64] |= std::uint64_t{1} << (first % 64);
  }

  /// The value of `word`, or nullptr.
  const Value* find(std::string_view word) const noexcept {
    if (word.empty()) return hasEmptyWord_ ? &emptyWord_ : nullptr;
    if (!(lengths_ & (word.size() < 64 ? std::uint64_t{1} << word.size() : std::uint64_t{1} << 63)))
      return nullptr;
    const auto first = static_cast<unsigned char>(word[0]);
    if (!(firstBytes_[first / 64] & (std::uint64_t{1} << (first % 64)))) return nullptr;
    for (std::size_t i = hash(word) & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.word.empty()) return nullptr;
      if (slot.word == word) return &slot.value;
    }
  }

  Value* find(std::string_view word) noexcept {
    return const_cast<Value*>(static_cast<const WordMap&>(*this).find(word));
  }

  bool contains(std::string_view word) const noexcept { return find(word) != nullptr; }

 private:
  struct Slot {
    std::string word;  // empty: a free slot
    Value value{};
  };

  static std::size_t hash(std::string_view word) noexcept {
    std::uint32_t h = 2166136261u;
    for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }

  void place(std::string word, Value value) {
    std::size_t i = hash(word) & mask_;
    while (!slots_[i].word.empty()) i = (i + 1) & mask_;
    slots_[i] = Slot{std::move(word), std::move(value)};
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_ = std::vector<Slot>(old.empty() ? 16 : 2 * old.size());
    mask_ = slots_.size() - 1;
    for (Slot& slot : old)
      if (!slot.word.empty()) place(std::move(slot.word), std::move(slot.value));
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1);  // one free slot: find() on an empty map ends
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
  std::uint64_t lengths_ = 0;                  // bit n: a key of n bytes (bit 63: 63 or more)
  std::array<std::uint64_t, 4> firstBytes_{};  // bit b: a key that starts with byte b
  Value emptyWord_{};
  bool hasEmptyWord_ = false;
};

/// A fixed set of words (see WordMap).
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (const auto word : words) insert(word);
  }
  void insert(std::string_view word) { words_.insert(word, true); }
  bool contains(std::string_view word) const noexcept { return words_.contains(word); }

 private:
  WordMap<bool> words_;
};

}  // namespace pressgraph
