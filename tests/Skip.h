// SPDX-License-Identifier: MIT
// What a test could not check, said where everyone sees it. A test that lacks a tool, a service
// or ../shared says so with SKIP_TEST and returns: the run then ends with the list of what was skipped,
// and CTest counts the test as skipped (exit 77, SKIP_RETURN_CODE), not as passed. Under
// scripts/test.sh, which promises that every test ran, a missing tool or service fails the
// test instead (PRESSGRAPH_TESTS_REQUIRE_TOOLS=1); only ../shared, which a user's clone never
// has, may still be missing there.
#pragma once

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace pressgraph::test {

enum class Missing {
  Tool,    ///< a program, npm module, service or system facility the test needs
  Shared,  ///< ../shared beside the checkout (the real corpora and the scorer)
};

struct Skipped {
  std::string test;
  std::string reason;
};

inline std::vector<Skipped>& skipped() {
  static std::vector<Skipped> list;
  return list;
}

inline bool toolsRequired() {
  const char* required = std::getenv("PRESSGRAPH_TESTS_REQUIRE_TOOLS");
  return required != nullptr && std::string(required) == "1";
}

/// Records that the running test cannot check what needs `reason`'s missing piece; the caller
/// returns (or goes on without that part). Fails the test instead when tools are required.
inline void skip(const std::string& reason, Missing what = Missing::Tool) {
  if (what == Missing::Tool && toolsRequired()) FAIL("scripts/test.sh runs every test, but " << reason);
  WARN("skipped: " << reason);
  skipped().push_back({Catch::getResultCapture().getCurrentTestName(), reason});
}

/// The run's exit status, given Catch2's: the list of skips on stderr, and CTest's skip code
/// (PRESSGRAPH_TESTS_SKIP_CODE, set for every CTest entry) for a run that passed with skips.
inline int endRun(int catchStatus) {
  if (skipped().empty()) return catchStatus;
  std::fprintf(stderr, "\n%zu check(s) skipped:\n", skipped().size());
  for (const Skipped& s : skipped()) std::fprintf(stderr, "  %s: %s\n", s.test.c_str(), s.reason.c_str());
  const char* code = std::getenv("PRESSGRAPH_TESTS_SKIP_CODE");
  return catchStatus == 0 && code != nullptr ? std::atoi(code) : catchStatus;
}

}  // namespace pressgraph::test

/// skip() with a message built as WARN builds one: SKIP_TEST(Tool, "serdi " << "is missing").
#define SKIP_TEST(what, message)                                          \
  do {                                                                    \
    std::ostringstream skipMessage_;                                      \
    skipMessage_ << message;                                              \
    ::pressgraph::test::skip(skipMessage_.str(), ::pressgraph::test::Missing::what); \
  } while (false)
