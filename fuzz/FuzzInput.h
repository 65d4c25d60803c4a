// SPDX-License-Identifier: MIT
// Shared by the targets that go through a path, as the program does: the fuzzer's bytes as a file.
#pragma once

#include <errno.h>  // program_invocation_short_name
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace pressgraph::fuzz {

/// The directory of this fuzzing process's input files, one per process (libFuzzer's -jobs and
/// -fork run several). Each path ends up in the graph (a document's source), so it must not name
/// the process: with the pid in it, two runs on the same inputs took different paths through the
/// hash tables and `scripts/fuzz.sh --fixed` different walks. A process takes the first of
/// pressgraph-fuzz-TARGET-0, -1, ... that no other process holds a lock on (the target in the
/// name, so that two targets run at once do not race for -0). The targets call it first from
/// LLVMFuzzerInitialize, where coverage does not count: whether the directory was there already
/// must not change the first input's features either.
inline const std::filesystem::path& inputDir() {
  static const std::filesystem::path dir = [] {
    for (int i = 0; i < 1000; ++i) {
      auto path = std::filesystem::temp_directory_path() /
                  ("pressgraph-fuzz-" + std::string(program_invocation_short_name) + "-" + std::to_string(i));
      std::error_code ec;
      std::filesystem::create_directories(path, ec);
      const int fd = ::open((path / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
      if (fd < 0) continue;
      if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return path;  // held, through fd, until the process ends
      ::close(fd);
    }
    std::fprintf(stderr, "fuzz: no directory of its own under %s\n", std::filesystem::temp_directory_path().c_str());
    std::abort();
  }();
  return dir;
}

/// A file named `name` in inputDir(), rewritten with each input; the last one stays (beside the
/// copy libFuzzer saves of an input that crashed).
inline std::string writeInput(const std::string& name, const std::uint8_t* data, std::size_t size) {
  const std::string path = (inputDir() / name).string();
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                               static_cast<std::streamsize>(size));
  return path;
}

}  // namespace pressgraph::fuzz
