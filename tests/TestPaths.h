// SPDX-License-Identifier: MIT
// Where tests find the program, the project's own test data, and the shared corpus.
#pragma once

#include <filesystem>
#include <string>

namespace pressgraph::test {

/// The pressgraph binary built with the tests.
inline std::string binary() { return PRESSGRAPH_BINARY; }
/// The source tree (tests/data, examples, ontology/data).
inline std::filesystem::path sourceDir() { return PRESSGRAPH_SOURCE_DIR; }
/// ../shared beside the checkout: the dev corpus and scorer. Absent in a user's clone.
inline std::filesystem::path sharedDir() { return sourceDir().parent_path() / "shared"; }
inline bool haveShared() { return std::filesystem::exists(sharedDir() / "corpus" / "dev" / "docs"); }

}  // namespace pressgraph::test
