// SPDX-License-Identifier: MIT
// Regressions from the code review of the foundation: each test names the defect it guards.
#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "tests/cli/CliTestHelpers.h"

namespace pressgraph {
namespace {

namespace fs = std::filesystem;
using test::runPressgraph;
using test::TempDir;

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("two files with one relative name stay two documents with two events", "[cli]") {
  const TempDir dir;
  dir.write("a/release.txt", "IOM organized a workshop in Minsk on 19 July 2021.\n");
  dir.write("b/release.txt", "UNHCR hosted a conference in Geneva on 3 May 2022.\n");
  const auto r = runPressgraph({"build", "-q", dir / "a", dir / "b", "-o", "-", "-f", "nt"});
  REQUIRE(r.exitCode == 0);
  CHECK(count(r.out, "<http://schema.org/identifier> \"release.txt\"") == 2);
  CHECK(count(r.out, "<http://schema.org/Event>") == 2);
}

TEST_CASE("an absurd thread count is capped, not a crash", "[cli]") {
  const TempDir dir;
  dir.write("one.txt", "ILO held a seminar in Accra on 2 March 2020.\n");
  for (const char* threads : {"100000", "134217728"}) {
    const auto r = runPressgraph({"build", "-q", "-j", threads, dir / "one.txt", "-o", dir / "g.ttl"});
    CHECK(r.exitCode == 0);
    CHECK(fs::file_size(dir / "g.ttl") > 0);
  }
}

TEST_CASE("an output name with no known extension is a usage error", "[cli]") {
  const TempDir dir;
  dir.write("one.txt", "ILO held a seminar in Accra on 2 March 2020.\n");
  const auto r = runPressgraph({"build", dir / "one.txt", "-o", dir / "out.xyz"});
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("out.xyz") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out.xyz"));
}

TEST_CASE("writing through a symbolic link replaces the file it names and keeps its mode", "[cli]") {
  const TempDir dir;
  dir.write("one.txt", "ILO held a seminar in Accra on 2 March 2020.\n");
  dir.write("real.ttl", "old\n");
  fs::permissions(dir / "real.ttl", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink(dir / "real.ttl", dir / "link.ttl");
  const auto r = runPressgraph({"build", "-q", dir / "one.txt", "-o", dir / "link.ttl"});
  REQUIRE(r.exitCode == 0);
  CHECK(fs::is_symlink(dir / "link.ttl"));
  CHECK(fs::file_size(dir / "real.ttl") > 4);
  CHECK((fs::status(dir / "real.ttl").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

}  // namespace pressgraph
