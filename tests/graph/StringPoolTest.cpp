// SPDX-License-Identifier: MIT
// Interned strings: one id per distinct string, found again after the table grows.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/StringPool.h"

using pressgraph::StringId;
using pressgraph::StringPool;

TEST_CASE("a string pool gives each distinct string one id and finds it again", "[graph]") {
  StringPool pool;
  CHECK_FALSE(pool.find("IOM"));
  std::vector<std::string> strings{"", "IOM", "iom", "IOM ", std::string(100'000, 'x')};
  for (int i = 0; i < 50'000; ++i) strings.push_back("organization " + std::to_string(i));
  std::vector<StringId> ids;
  for (const auto& s : strings) ids.push_back(pool.intern(s));
  CHECK(pool.size() == strings.size());
  for (std::size_t i = 0; i < strings.size(); ++i) {
    CHECK(ids[i] == i);
    CHECK(pool.view(ids[i]) == strings[i]);  // views stay valid while the pool grows
    CHECK(pool.intern(strings[i]) == ids[i]);
    CHECK(pool.find(strings[i]) == ids[i]);
  }
  CHECK(pool.size() == strings.size());
  CHECK_FALSE(pool.find("organization 50000"));
  CHECK_FALSE(pool.find("Iom"));
}
