// SPDX-License-Identifier: MIT
// writers/AtomicFile.cpp: paths that stand for a descriptor are written through it, not replaced.
#include "writers/AtomicFile.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/loaders/LoaderTestHelpers.h"
#include "tests/writers/WriterTestHelpers.h"

namespace pressgraph {

TEST_CASE("an AtomicFile on /proc/self/fd/N appends to the file the descriptor holds, never replaces it",
          "[writers]") {
  const test::TempDir dir;
  const std::string log = dir.write("log.txt", "before\n");
  const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
  REQUIRE(fd >= 0);
  struct stat was {};
  REQUIRE(::stat(log.c_str(), &was) == 0);

  AtomicFile file("/proc/self/fd/" + std::to_string(fd));
  std::fputs("after\n", file.stream());
  file.commit();
  ::close(fd);

  CHECK(test::readFile(log) == "before\nafter\n");
  struct stat is {};
  REQUIRE(::stat(log.c_str(), &is) == 0);
  CHECK(is.st_ino == was.st_ino);
}

TEST_CASE("an AtomicFile on a regular file elsewhere under /dev replaces it as anywhere else", "[writers]") {
  if (!std::filesystem::is_directory("/dev/shm") || ::access("/dev/shm", W_OK) != 0) {
    WARN("skipped: no writable /dev/shm");
    return;
  }
  const std::string path = "/dev/shm/pressgraph-test-" + std::to_string(::getpid()) + ".txt";
  { std::ofstream(path) << "an old graph, longer than the new one\n"; }
  AtomicFile file(path);
  std::fputs("new\n", file.stream());
  file.commit();
  CHECK(test::readFile(path) == "new\n");
  std::filesystem::remove(path);
}

}  // namespace pressgraph
