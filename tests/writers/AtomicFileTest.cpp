// SPDX-License-Identifier: MIT
// writers/AtomicFile.cpp: paths that stand for a descriptor are written through it, not replaced;
// elsewhere the new file has no name until it replaces the old one.
#include "writers/AtomicFile.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "tests/loaders/LoaderTestHelpers.h"
#include "tests/writers/WriterTestHelpers.h"
#include "tests/Skip.h"

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
    SKIP_TEST(Tool, "no writable /dev/shm");
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

namespace {

std::set<std::string> namesIn(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

bool unnamedFilesWork(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

}  // namespace

TEST_CASE("an AtomicFile's temporary file has no name while it is written, so a killed run leaves none (issue 13)",
          "[writers]") {
  const test::TempDir dir;
  if (!unnamedFilesWork(dir.path())) {
    SKIP_TEST(Tool, "O_TMPFILE does not work in " << dir.path() << "; AtomicFile writes a named temporary file there");
    return;
  }
  const std::string graph = dir.write("g.ttl", "old\n");
  ::chmod(graph.c_str(), 0640);
  {
    AtomicFile file(graph);
    std::fputs(std::string(3 << 20, 'x').c_str(), file.stream());  // past the 1 MiB buffer: on disk
    CHECK(namesIn(dir.path()) == std::set<std::string>{"g.ttl"});
    CHECK(test::readFile(graph) == "old\n");
  }  // abandoned: nothing written, nothing left
  CHECK(namesIn(dir.path()) == std::set<std::string>{"g.ttl"});
  CHECK(test::readFile(graph) == "old\n");

  AtomicFile file(graph);
  std::fputs("new\n", file.stream());
  file.commit();
  CHECK(test::readFile(graph) == "new\n");
  CHECK(namesIn(dir.path()) == std::set<std::string>{"g.ttl"});
  struct stat st {};
  REQUIRE(::stat(graph.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);  // a replaced file keeps its mode

  const mode_t mask = ::umask(022);
  AtomicFile fresh(dir / "new.ttl");
  std::fputs("fresh\n", fresh.stream());
  fresh.commit();
  ::umask(mask);
  REQUIRE(::stat((dir / "new.ttl").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0644);  // a new one the umask's
  CHECK(namesIn(dir.path()) == std::set<std::string>{"g.ttl", "new.ttl"});
}

}  // namespace pressgraph
