// SPDX-License-Identifier: MIT
#include "cli/Timings.h"

#include <cstdio>
#include <string>

namespace pressgraph::cli {
namespace {
bool enabled = false;
}  // namespace

void enableTimings() { enabled = true; }

void Stage::done(std::size_t count, std::string_view unit) const {
  if (!enabled) return;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "pressgraph: time: %.*s %.6f s, %zu %.*s\n", static_cast<int>(name_.size()), name_.data(), seconds,
               count, static_cast<int>(unit.size()), unit.data());
}

}  // namespace pressgraph::cli
