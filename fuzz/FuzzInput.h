// SPDX-License-Identifier: MIT
// Shared by the targets that go through a path, as the program does: the fuzzer's bytes as a file.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace pressgraph::fuzz {

/// A file named `name` under the temp directory, one per fuzzing process (libFuzzer's -jobs
/// and -fork run several), rewritten with each input.
inline std::string writeInput(const std::string& name, const std::uint8_t* data, std::size_t size) {
  // Removed at a normal exit; a crash leaves it, beside the input libFuzzer saves.
  static const struct Dir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("pressgraph-fuzz-" + std::to_string(::getpid()));
    Dir() { std::filesystem::create_directories(path); }
    ~Dir() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  } dir;
  const std::string path = (dir.path / name).string();
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                               static_cast<std::streamsize>(size));
  return path;
}

}  // namespace pressgraph::fuzz
