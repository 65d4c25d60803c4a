// SPDX-License-Identifier: MIT
// writers/OutputLock.cpp: one holder at a time per output, and no lock file left behind.
#include "writers/OutputLock.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "graph/Types.h"
#include "tests/loaders/LoaderTestHelpers.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;

}  // namespace

TEST_CASE("an OutputLock is flock on .NAME.lock beside the output, which goes when it is released", "[writers]") {
  const test::TempDir dir;
  const std::string graph = dir / "g.ttl";
  {
    const OutputLock lock(graph, false);
    REQUIRE(lock.held());
    CHECK(lock.lockPath() == dir / ".g.ttl.lock");
    CHECK(fs::exists(lock.lockPath()));
    // flock() locks an open file, so a second open in this process is another holder.
    const int fd = ::open(lock.lockPath().c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    CHECK(::flock(fd, LOCK_EX | LOCK_NB) != 0);
    ::close(fd);
    CHECK_THROWS_AS(OutputLock(graph, false), IoError);
    CHECK_THROWS_WITH(OutputLock(dir / "./g.ttl", false), Catch::Contains("another process is writing it"));
  }
  CHECK_FALSE(fs::exists(dir / ".g.ttl.lock"));
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("an OutputLock through a symbolic link locks beside the file it names", "[writers]") {
  const test::TempDir dir;
  dir.write("real/g.ttl", "old\n");
  fs::create_symlink(dir / "real/g.ttl", dir.path() / "link.ttl");
  const OutputLock lock(dir / "link.ttl", false);
  CHECK(lock.lockPath() == fs::canonical(dir.path()).string() + "/real/.g.ttl.lock");
  CHECK_THROWS_AS(OutputLock(dir / "real/g.ttl", false), IoError);
}

TEST_CASE("an OutputLock that waits calls its callback once, after a moment, and gets the lock", "[writers]") {
  const test::TempDir dir;
  const std::string graph = dir / "g.ttl";
  auto first = std::make_unique<OutputLock>(graph, false);
  std::thread releaser([&first] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    first.reset();
  });
  int told = 0;
  const auto start = std::chrono::steady_clock::now();
  const OutputLock second(graph, true, [&told] { ++told; });
  const auto waited = std::chrono::steady_clock::now() - start;
  releaser.join();
  CHECK(second.held());
  CHECK(told == 1);
  CHECK(waited >= std::chrono::milliseconds(1400));
  // The first removed its file; the second locked a new one at that name.
  CHECK(fs::exists(second.lockPath()));
}

TEST_CASE("an OutputLock takes over a lock file a killed run left, and removes it", "[writers]") {
  const test::TempDir dir;
  dir.write(".g.ttl.lock", "");
  { const OutputLock lock(dir / "g.ttl", false); CHECK(lock.held()); }
  CHECK_FALSE(fs::exists(dir / ".g.ttl.lock"));
}

TEST_CASE("outputs that are not replaced take no OutputLock", "[writers]") {
  CHECK_FALSE(OutputLock("-", false).held());
  CHECK_FALSE(OutputLock("/dev/null", false).held());
  CHECK_FALSE(OutputLock("/dev/stdout", false).held());
  const test::TempDir dir;
  // A missing folder: nothing to lock, and the write reports the folder.
  CHECK_FALSE(OutputLock(dir / "missing/g.ttl", false).held());
  CHECK_FALSE(fs::exists(dir / "missing"));
}

}  // namespace pressgraph
