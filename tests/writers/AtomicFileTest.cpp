// SPDX-License-Identifier: MIT
// writers/AtomicFile.cpp: paths that stand for a descriptor are written through it, not replaced.
#include "writers/AtomicFile.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

}  // namespace pressgraph
