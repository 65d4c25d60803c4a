// SPDX-License-Identifier: MIT
// --timings: the wall time of each stage of a command on stderr, so that a benchmark can time
// reading, extraction and writing apart (bench/run reads these lines).
#pragma once

#include <chrono>
#include <cstddef>
#include <string_view>

namespace pressgraph::cli {

/// Turns the stage lines on (the global --timings flag).
void enableTimings();

/// One stage, timed from construction to done(), which prints
/// `pressgraph: time: STAGE 1.234567 s, N UNIT` on stderr when timings are on.
class Stage {
 public:
  explicit Stage(std::string_view name) : name_(name), start_(std::chrono::steady_clock::now()) {}
  void done(std::size_t count, std::string_view unit) const;

 private:
  std::string_view name_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace pressgraph::cli
