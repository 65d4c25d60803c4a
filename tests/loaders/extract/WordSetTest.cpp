// SPDX-License-Identifier: MIT
// loaders/extract/WordSet.h: the flat word lists every extractor checks.
#include <catch2/catch.hpp>

#include <string>
#include <unordered_set>

#include "loaders/extract/WordSet.h"

namespace pressgraph {

TEST_CASE("WordSet holds exactly its words, whatever their length and first byte", "[extract]") {
  const WordSet set = {"of", "the", "and", "Ministry", "co-organised", "\xE2\x80\x99s", "&"};
  for (const char* word : {"of", "the", "and", "Ministry", "co-organised", "\xE2\x80\x99s", "&"}) CHECK(set.contains(word));
  // Same length or first byte as a word, but not a word; a prefix; another case; empty.
  for (const char* word : {"or", "thy", "an", "ministry", "Ministr", "Ministryy", "co-organized", "\xE2\x80\x99t", "", "x"})
    CHECK_FALSE(set.contains(word));
}

TEST_CASE("WordSet agrees with std::unordered_set over many words and non-words, through growth", "[extract]") {
  // Enough words to grow the table many times and to make probe chains collide.
  std::unordered_set<std::string> reference;
  WordSet set;
  for (int i = 0; i < 5000; i += 3) {
    const std::string word = "w" + std::to_string(i * 7919 % 10007);
    reference.insert(word);
    set.insert(word);
  }
  set.insert("w14");  // twice: still one word
  reference.insert("w14");
  int found = 0;
  for (int i = 0; i < 10007; ++i) {
    const std::string word = "w" + std::to_string(i);
    CHECK(set.contains(word) == reference.contains(word));
    found += set.contains(word);
  }
  CHECK(found == static_cast<int>(reference.size()));
}

TEST_CASE("WordMap gives each word its first value", "[extract]") {
  const WordMap<int> months = {{"january", 1}, {"may", 5}, {"may", 6}, {"sept", 9}};
  REQUIRE(months.find("may") != nullptr);
  CHECK(*months.find("may") == 5);
  CHECK(*months.find("sept") == 9);
  CHECK(months.find("june") == nullptr);
  CHECK(months.find("") == nullptr);
  const WordMap<int> empty;
  CHECK(empty.find("may") == nullptr);
  CHECK(empty.find("") == nullptr);
  // The empty word is a key like any other (a gazetteer token that folds to nothing).
  WordMap<int> withEmpty;
  withEmpty.insert("", 7);
  withEmpty.insert("a", 1);
  REQUIRE(withEmpty.find("") != nullptr);
  CHECK(*withEmpty.find("") == 7);
  CHECK(*withEmpty.find("a") == 1);
}

}  // namespace pressgraph
