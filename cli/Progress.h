// SPDX-License-Identifier: MIT
// A progress bar on stderr for builds that take more than a moment.
#pragma once

#include <chrono>
#include <cstddef>

namespace pressgraph::cli {

/// Draws `[#####     ]  42%  1234 docs  12.3 MB/s` on stderr, only when stderr is a terminal,
/// only after half a second (short builds stay quiet), at most ten times a second.
class ProgressBar {
 public:
  ProgressBar(bool enabled, std::size_t totalBytes);
  void update(std::size_t documents, std::size_t bytes);
  /// Clears the bar so the summary line starts clean.
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::size_t totalBytes_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point lastDraw_;
};

}  // namespace pressgraph::cli
