// SPDX-License-Identifier: MIT
// Terminal progress bar.
#include "cli/Progress.h"

#include <unistd.h>

#include <cstdio>

namespace pressgraph::cli {

ProgressBar::ProgressBar(bool enabled, std::size_t totalBytes)
    : enabled_(enabled && ::isatty(STDERR_FILENO)), totalBytes_(totalBytes),
      start_(std::chrono::steady_clock::now()), lastDraw_(start_) {}

void ProgressBar::update(std::size_t documents, std::size_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::milliseconds(500) || now - lastDraw_ < std::chrono::milliseconds(100)) return;
  lastDraw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double fraction = totalBytes_ ? std::min(1.0, static_cast<double>(bytes) / static_cast<double>(totalBytes_)) : 0.0;
  constexpr int WIDTH = 30;
  char bar[WIDTH + 1];
  const int filled = static_cast<int>(fraction * WIDTH);
  for (int i = 0; i < WIDTH; ++i) bar[i] = i < filled ? '#' : ' ';
  bar[WIDTH] = '\0';
  std::fprintf(stderr, "\r[%s] %3d%%  %zu docs  %.1f MB/s ", bar, static_cast<int>(fraction * 100), documents,
               static_cast<double>(bytes) / 1e6 / seconds);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) std::fprintf(stderr, "\r%70s\r", "");
  drawn_ = false;
}

}  // namespace pressgraph::cli
